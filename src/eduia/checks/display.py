"""How checks, hints and solutions look: one panel type, its colours, and where to show it.

Every colour and icon of ``eduia.checks`` is chosen here. The palette is Okabe–Ito (safe for
colour-blind pupils), and a panel never relies on colour alone: it carries an icon and a word.
A panel renders as HTML and Markdown in Jupyter, as plain text in a terminal, and as ANSI
lines for IPython's error display.

Examples
--------
>>> print(Panel("hint", "Indice", ("Pense à return.",)))
💡 Indice
   Pense à return.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from eduia.i18n import t
from eduia.shell import running_shell

#: tone -> (border colour, background colour), Okabe–Ito hues on light backgrounds.
COLOURS = {
    "correct": ("#009E73", "#E6F5F0"),
    "incorrect": ("#D55E00", "#FBEEE6"),
    "not_attempted": ("#0072B2", "#E6F1F7"),
    "uncheckable": ("#E69F00", "#FDF5E6"),
    "hint": ("#56B4E9", "#EEF7FC"),
    "solution": ("#555555", "#F4F4F4"),
    "info": ("#555555", "#F4F4F4"),
}
#: tone -> ANSI colour code, for IPython's error output and terminals.
ANSI = {
    "correct": "32",
    "incorrect": "31",
    "not_attempted": "34",
    "uncheckable": "33",
    "hint": "36",
    "solution": "37",
    "info": "37",
}
ICONS = {
    "correct": "✅",
    "incorrect": "❌",
    "not_attempted": "✏️",
    "uncheckable": "⚠️",
    "hint": "💡",
    "solution": "📖",
    "info": "ℹ️",
}
TEXT_COLOUR = "#222222"


def title(tone: str, exercise: str = "") -> str:
    """The title of a panel of this tone, e.g. « Bravo ! (02.distance) ».

    Examples
    --------
    >>> title("correct", "02.k")  # doctest: +SKIP
    'Bravo, c’est juste ! (02.k)'
    """
    heading = t(f"checks.title_{tone}")
    return f"{heading} ({exercise})" if exercise else heading


@dataclass(frozen=True)
class Panel:
    """A titled block of lines, optionally with a piece of code, in one tone.

    Parameters
    ----------
    tone : str
        A key of :data:`COLOURS`: an outcome, ``"hint"``, ``"solution"`` or ``"info"``.
    heading : str
        The first line, after the icon.
    lines : tuple of str
        Paragraphs of text.
    code : str, optional
        Python code shown verbatim (the solution).

    Examples
    --------
    >>> "Bravo" in Panel("correct", "Bravo", ())._repr_html_()
    True
    """

    tone: str
    heading: str
    lines: tuple[str, ...]
    code: str = ""

    def __str__(self) -> str:
        body = [f"   {line}" for line in self.lines]
        body += [f"    {line}" for line in self.code.splitlines()]
        return "\n".join([f"{ICONS[self.tone]} {self.heading}", *body])

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(
            str(self)
        )  # IPython's plain-text display: a terminal, or a text-only front end

    def ansi_lines(self) -> list[str]:
        """The plain text with the heading in the tone's ANSI colour, one string per line."""
        first, *rest = str(self).splitlines()
        return [f"\x1b[1;{ANSI[self.tone]}m{first}\x1b[0m", *rest]

    def _repr_html_(self) -> str:
        border, background = COLOURS[self.tone]
        paragraphs = "".join(
            f"<p style='margin:0.3em 0'>{html.escape(line)}</p>" for line in self.lines
        )
        code = f"<pre style='margin:0.3em 0'>{html.escape(self.code)}</pre>" if self.code else ""
        return (
            f"<div class='eduia-check eduia-{self.tone}' style='border-left:6px solid {border};"
            f"background:{background};color:{TEXT_COLOUR};padding:0.5em 1em;margin:0.3em 0'>"
            f"<strong>{ICONS[self.tone]} {html.escape(self.heading)}</strong>"
            f"{paragraphs}{code}</div>"
        )

    def _repr_markdown_(self) -> str:
        parts = [f"**{ICONS[self.tone]} {self.heading}**", *self.lines]
        if self.code:
            parts.append(f"```python\n{self.code}\n```")
        return "\n\n".join(parts)


def show(item: object) -> None:
    """Show ``item`` rich in Jupyter (IPython's ``display``), as plain text anywhere else.

    IPython is used only when it is already running, so a terminal pays nothing for it.

    Examples
    --------
    >>> show(Panel("info", "Note", ("Rien à signaler.",)))
    ℹ️ Note
       Rien à signaler.
    """
    if running_shell() is not None:
        from IPython.display import display

        display(item)
    else:
        print(item)
