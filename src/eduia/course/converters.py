"""nbgrader converters that keep what went wrong instead of only logging it.

Examples
--------
>>> from eduia.course.converters import RecordingAutograde
>>> RecordingAutograde.__mro__[1].__name__
'Autograde'
"""

from __future__ import annotations

from typing import Any

from nbgrader.converters import Autograde


class RecordingAutograde(Autograde):
    """nbgrader's ``Autograde`` that collects eduia's issues and the exceptions it met.

    Attributes
    ----------
    issues : list
        ``(code, fields)`` pairs recorded by eduia's preprocessors for this run.
    failures : list
        Exceptions raised while converting a notebook (nbgrader only logs them).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.issues: list[tuple[str, dict[str, Any]]] = []
        self.failures: list[BaseException] = []

    def init_single_notebook_resources(self, notebook_filename: str) -> dict[str, Any]:
        resources = super().init_single_notebook_resources(notebook_filename)
        resources["eduia_issues"] = []
        return resources

    def write_single_notebook(self, output: str, resources: dict[str, Any]) -> None:
        self.issues.extend(resources.get("eduia_issues", []))
        super().write_single_notebook(output, resources)

    def convert_single_notebook(self, notebook_filename: str) -> None:
        try:
            super().convert_single_notebook(notebook_filename)
        except Exception as error:
            self.failures.append(error)
            raise
