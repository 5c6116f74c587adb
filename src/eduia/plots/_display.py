"""In a notebook, every eduia chart is shown with its one-line summary right below the picture.

The summary (:func:`eduia.plots.summary`) says in words what the picture shows, without its
colours: it is the text a screen reader reads, and what a pupil who cannot tell the colours
apart reads. When the first eduia chart is drawn in IPython, :func:`show_summaries_below_charts`
registers a display function for matplotlib figures (IPython's ``ipython_display_formatter``,
made for « several display calls for one object »): the figure is displayed as IPython would
(the inline backend's PNG, at the end of the cell or at ``plt.show()``), then, for an eduia chart,
its summary as a paragraph of text. Other figures are displayed unchanged.
"""

from __future__ import annotations

import html
from typing import Any

from eduia.shell import running_shell

_MARK = "_eduia_chart_summaries"


class ChartSummary:
    """The summary shown below a chart: a paragraph in HTML, the plain text elsewhere."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        lines = "<br>".join(html.escape(line) for line in self.text.splitlines())
        return f'<p class="eduia-chart-summary">{lines}</p>'


def show_summaries_below_charts(shell: Any = None) -> bool:
    """Have IPython show each eduia chart's summary below its picture (once per shell).

    Returns False outside IPython (nothing to do).

    Examples
    --------
    >>> show_summaries_below_charts()  # in a plain Python process
    False
    """
    shell = running_shell() if shell is None else shell
    formatter = getattr(shell, "display_formatter", None)
    if formatter is None:
        return False
    if not getattr(shell, _MARK, False):
        formatter.ipython_display_formatter.for_type_by_name(
            "matplotlib.figure", "Figure", lambda figure: _display(formatter, figure)
        )
        setattr(shell, _MARK, True)
    return True


def _display(formatter: Any, figure: Any) -> None:
    """Display ``figure`` with IPython's other formatters, then its summary if it has one."""
    from IPython.display import display, publish_display_data

    from eduia.plots._style import summary

    own = formatter.ipython_display_formatter
    own.enabled = False  # this function is that formatter: the picture comes from the others
    try:
        data, metadata = formatter.format(figure)
    finally:
        own.enabled = True
    if data:
        publish_display_data(data, metadata)
    text = summary(figure)
    if text:
        display(ChartSummary(text))
