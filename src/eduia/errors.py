"""The one base of every error eduia shows a pupil or a teacher: :class:`EduiaError`.

Each package keeps its own error class (``DatasetError``, ``PlotError``, ``CheckFailed``, …),
deriving from :class:`EduiaError` and from the built-in error a Python user would expect
(``ValueError``, ``AssertionError``, …), so ``except ValueError`` keeps working. The message of
an :class:`EduiaError` is already a sentence from the catalogue. Under IPython (a lesson) it is
shown as a short French panel instead of a traceback; the traceback stays one command away
(``%tb``), and nbgrader still sees an error.

Examples
--------
>>> class TooBig(EduiaError, ValueError):
...     pass
>>> isinstance(TooBig("Trop grand."), ValueError)
True
>>> TooBig("Trop grand.")._render_traceback_()[1]
'   Trop grand.'
"""

from __future__ import annotations


class EduiaError(Exception):
    """An error whose message a pupil or teacher reads as it is (French, or English).

    Examples
    --------
    >>> str(EduiaError("Le fichier est vide."))
    'Le fichier est vide.'
    """

    def panel(self) -> object:
        """The short display: a titled panel with the message and where the details are."""
        from eduia.checks.display import Panel
        from eduia.i18n import t

        return Panel("uncheckable", t("errors.title"), (str(self), t("errors.details")))

    def _render_traceback_(self) -> list[str]:
        """IPython's hook: these lines replace the traceback (coloured for Jupyter)."""
        return self.panel().ansi_lines()  # type: ignore[attr-defined]
