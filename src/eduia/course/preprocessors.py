"""nbgrader preprocessors that let grading survive real pupils' notebooks.

They are named in the course's ``nbgrader_config.py``, so plain ``nbgrader autograde``, the
formgrader and ``eduia course autograde`` all use them:

- :class:`RestoreLockedCells`: nbgrader's ``OverwriteCells``, but every deleted locked cell
  (tests and read-only cells) is put back where it was, whatever cell preceded it;
- :class:`RobustExecute`: nbgrader's ``Execute``; when the kernel dies (``os._exit``, memory),
  the notebook is still graded: the cells that ran keep their results, the others score 0;
- :class:`CapOutputSize`: truncates an enormous output (one huge line escapes ``LimitOutput``);
- :class:`HideHiddenTests`: for feedback, removes hidden tests and the outputs that could
  reveal them.

Each problem met is appended to ``resources["eduia_issues"]`` when that list is present, as
``(code, fields)`` pairs (see :mod:`eduia.course.issues`).

Examples
--------
>>> from eduia.course.preprocessors import CapOutputSize
>>> CapOutputSize(max_chars=10).max_chars
10
"""

from __future__ import annotations

from typing import Any

from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbconvert.preprocessors import Preprocessor
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import ClearHiddenTests, Execute, OverwriteCells
from traitlets import Bool, Integer, List

from eduia.i18n import t

KERNEL_DIED = "KernelDied"
TIMEOUT = "CellTimeoutError"
#: The error a cell gets when it asks for more memory than a graded kernel may hold.
OUT_OF_MEMORY = "MemoryError"


def record_issue(resources: dict[str, Any], code: str, **fields: Any) -> None:
    """Append the problem ``code`` to the list ``resources["eduia_issues"]`` if there is one.

    Examples
    --------
    >>> resources = {"eduia_issues": []}
    >>> record_issue(resources, "timeout", cell="q1")
    >>> resources["eduia_issues"]
    [('timeout', {'cell': 'q1'})]
    """
    issues = resources.get("eduia_issues") if resources else None
    if issues is not None:
        issues.append((code, fields))


def cell_label(cell: NotebookNode, index: int) -> str:
    """How a summary names a cell: its nbgrader id, else its position (from 1).

    Examples
    --------
    >>> from nbformat.v4 import new_code_cell
    >>> cell_label(new_code_cell("x"), 2)
    'n° 3'
    """
    grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
    return grade_id or f"n° {index + 1}"


def _error_output(ename: str, evalue: str) -> NotebookNode:
    return NotebookNode(
        output_type="error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"]
    )


class RestoreLockedCells(OverwriteCells):
    """``OverwriteCells`` that puts back every deleted locked cell, not only grade cells.

    nbgrader's own ``add_missing_cells`` only restores grade cells, and only right after a
    grade or solution cell (a test after a read-only Markdown cell makes it fail). Here each
    missing locked cell goes back after the nearest earlier cell of the source still present.
    """

    def add_missing_grade_cells(
        self, nb: NotebookNode, resources: dict
    ) -> tuple[NotebookNode, dict]:
        source = self.gradebook.find_notebook(self.notebook_id, self.assignment_id)
        graded = {cell.name: cell.max_score for cell in source.grade_cells}
        solutions = {cell.name for cell in source.solution_cells}
        present = {_grade_id(cell) for cell in nb.cells} - {None}
        for position, source_cell in enumerate(source.source_cells):
            if source_cell.name in present or not (
                source_cell.locked or source_cell.name in graded
            ):
                continue
            if source_cell.name in graded:
                cell = self.missing_cell_transform(
                    source_cell, graded[source_cell.name], is_solution=source_cell.name in solutions
                )
            else:
                cell = self._plain_locked_cell(source_cell)
            _insert_after_earlier(nb, source.source_cells[:position], cell)
            present.add(source_cell.name)
            code = "locked_deleted" if source_cell.locked else "answer_deleted"
            record_issue(resources, code, cell=source_cell.name)
        return nb, resources

    def add_missing_task_cells(
        self, nb: NotebookNode, resources: dict
    ) -> tuple[NotebookNode, dict]:
        return nb, resources  # task cells are locked: restored above, in place

    def _plain_locked_cell(self, source_cell: Any) -> NotebookNode:
        cell = NotebookNode(
            cell_type=source_cell.cell_type,
            metadata=NotebookNode(
                deletable=False,
                editable=False,
                nbgrader=NotebookNode(
                    grade=False,
                    grade_id=source_cell.name,
                    locked=True,
                    solution=False,
                    task=False,
                    schema_version=3,
                    checksum=source_cell.checksum,
                ),
            ),
            source=source_cell.source,
        )
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        return cell

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple:
        before = cell.source
        cell, resources = super().preprocess_cell(cell, resources, index)
        if cell.source != before and _as_released(cell.source) != before.strip():
            record_issue(resources, "locked_edited", cell=cell_label(cell, index))
        return cell, resources

    def report_change(self, name: str, attr: str, old: Any, new: Any) -> None:
        super().report_change(name, attr, old, new)
        self._changes.append((name, attr))

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        self._changes: list[tuple[str, str]] = []
        nb, resources = super().preprocess(nb, resources)
        for name, attr in self._changes:
            if attr != "checksum":
                record_issue(resources, "metadata_changed", cell=name)
        return nb, resources


def _insert_after_earlier(nb: NotebookNode, earlier_cells: list, cell: NotebookNode) -> None:
    """Insert ``cell`` after the nearest of ``earlier_cells`` still in ``nb`` (else first)."""
    indices = {_grade_id(existing): i for i, existing in enumerate(nb.cells)}
    insert_at = 0
    for earlier in reversed(earlier_cells):
        if earlier.name in indices:
            insert_at = indices[earlier.name] + 1
            break
    nb.cells.insert(insert_at, cell)


def _as_released(source: str) -> str:
    """``source`` without its hidden-test and mark-scheme regions, as the pupil received it."""
    kept, hidden = [], False
    for line in source.split("\n"):
        if "BEGIN HIDDEN TESTS" in line or "BEGIN MARK SCHEME" in line:
            hidden = True
        elif "END HIDDEN TESTS" in line or "END MARK SCHEME" in line:
            hidden = False
        elif not hidden:
            kept.append(line)
    return "\n".join(kept).strip()


def _grade_id(cell: NotebookNode) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


class RobustExecute(Execute):
    """nbgrader's ``Execute`` that survives a dead or stuck kernel and reports interrupted loops
    and cells that ran out of memory (:data:`eduia.course.isolation.KERNEL_MEMORY_LIMIT_MB`).

    When the kernel dies, or stays busy after the timeout's interrupt (a loop that ignores
    it: nbclient then gives up waiting for its output), the cell and every later code cell
    get an error output, so their tests score 0 and the notebook is still graded; the
    earlier cells keep their results.
    """

    def preprocess(self, nb: NotebookNode, resources: Any = None, km: Any = None) -> tuple:
        self._dead_at: int | None = None
        return super().preprocess(nb, resources, km)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> tuple:
        if self._dead_at is not None:
            if cell.cell_type == "code":
                cell.outputs = [_error_output(KERNEL_DIED, t("course.cell_not_run"))]
            return cell, resources
        try:
            cell, resources = super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._stop_at(cell, index, "kernel_died", t("course.kernel_died_output"))
        except CellTimeoutError:
            self._stop_at(cell, index, "kernel_stuck", t("course.kernel_stuck_output"))
        else:
            errors = {output.get("ename") for output in cell.get("outputs", [])}
            if TIMEOUT in errors:
                record_issue(
                    self.resources, "timeout", cell=cell_label(cell, index), seconds=self.timeout
                )
            if OUT_OF_MEMORY in errors:
                record_issue(self.resources, "out_of_memory", cell=cell_label(cell, index))
        return cell, resources

    def _stop_at(self, cell: NotebookNode, index: int, code: str, message: str) -> None:
        """Give up on the kernel at cell ``index``: it and the code cells after it score 0."""
        self._dead_at = index
        cell.outputs = [_error_output(KERNEL_DIED, message)]
        record_issue(self.resources, code, cell=cell_label(cell, index), seconds=self.timeout)


class CapOutputSize(Preprocessor):
    """Truncate every output of a code cell beyond ``max_chars`` characters in total."""

    max_chars = Integer(100_000, help="Characters of output kept per cell (-1: no limit)").tag(
        config=True
    )
    enabled = Bool(True).tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple:
        if cell.cell_type != "code" or self.max_chars < 0:
            return cell, resources
        budget, truncated = self.max_chars, False
        for output in cell.outputs:
            for holder, key in _text_fields(output):
                text = holder[key] if isinstance(holder[key], str) else "".join(holder[key])
                if len(text) > budget:
                    holder[key] = text[:budget] + "\n" + t("course.output_truncated")
                    truncated = True
                budget = max(0, budget - len(text))
        if truncated:
            record_issue(resources, "huge_output", cell=cell_label(cell, index))
        return cell, resources


def _text_fields(output: NotebookNode) -> list[tuple[dict, str]]:
    if output.get("output_type") == "stream":
        return [(output, "text")]
    data = output.get("data", {})
    return [(data, key) for key in data if key.startswith("text/") or key.endswith("json")]


class HideHiddenTests(ClearHiddenTests):
    """For nbgrader's own feedback (the formgrader's button): remove hidden tests and every
    output of the grading run.

    A traceback or a message printed by a hidden test can reveal it, so a cell that held
    hidden tests shows only a short French verdict (naming the error only when it is one of
    Python's own exceptions: a pupil's exception class could be named after a hidden test).
    Any other code cell shows the outputs of the notebook the pupil handed in, never those of
    the grading run, which ran next to the hidden tests. ``eduia course feedback`` builds its
    pages without nbgrader (:mod:`eduia.course.feedback`).
    """

    display_data_priority = List([], help="Accepted (set by nbconvert's exporters), unused.").tag(
        config=True
    )

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        self._handed_in = _handed_in_outputs(resources)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple:
        if not self._remove_hidden_test_region(cell):
            if cell.cell_type == "code":
                handed_in = getattr(self, "_handed_in", {})
                cell.outputs = handed_in.get(_grade_id(cell) or cell.get("id") or "", [])
            return cell, resources
        if cell.cell_type == "code":
            failed = [
                _builtin_error(out.get("ename", ""))
                for out in cell.outputs
                if out.get("output_type") == "error"
            ]
            key = "course.hidden_tests_failed" if failed else "course.hidden_tests_passed"
            text = t(key, error=failed[0] if failed else "")
            cell.outputs = [NotebookNode(output_type="stream", name="stdout", text=text + "\n")]
        return cell, resources


def _builtin_error(name: str) -> str:
    """``name`` if it is one of Python's exceptions (or eduia's ``CheckFailed``), else ``Exception``."""
    import builtins

    known = getattr(builtins, name, None)
    if name == "CheckFailed" or (isinstance(known, type) and issubclass(known, BaseException)):
        return name
    return "Exception"


def _handed_in_outputs(resources: dict) -> dict[str, list]:
    """The outputs of the notebook the pupil handed in, by nbgrader id or cell id (else none)."""
    import nbformat

    info = (resources or {}).get("nbgrader", {})
    url = str(info.get("db_url", ""))
    if not url.startswith("sqlite:///") or not all(
        info.get(k) for k in ("student", "assignment", "notebook")
    ):
        return {}
    from pathlib import Path

    path = (
        Path(url[len("sqlite:///") :]).parent
        / "submitted"
        / info["student"]
        / info["assignment"]
        / f"{info['notebook']}.ipynb"
    )
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception:  # noqa: BLE001 - no readable copy: no output at all
        return {}
    outputs = {}
    for cell in notebook.cells:
        if cell.get("cell_type") == "code":
            for key in (_grade_id(cell), cell.get("id")):
                if key:
                    outputs.setdefault(key, [_inert(output) for output in cell.get("outputs", [])])
    return outputs


def _inert(output: NotebookNode) -> NotebookNode:
    """``output`` without active content: JavaScript and SVG dropped, HTML and markdown cleaned."""
    from eduia.course.sanitize import ACTIVE_OUTPUTS, clean_html

    data = output.get("data")
    if data:
        for mime in list(data):
            if mime in ACTIVE_OUTPUTS or "javascript" in mime:
                del data[mime]
            elif mime in ("text/html", "text/markdown"):
                value = data[mime]
                data[mime] = clean_html("".join(value) if isinstance(value, list) else value)
        if not data:
            data["text/plain"] = ""
    return output


def is_kernel_death(output: NotebookNode) -> bool:
    """Whether ``output`` is the error :class:`RobustExecute` writes when the kernel died.

    Examples
    --------
    >>> is_kernel_death(_error_output(KERNEL_DIED, "x"))
    True
    """
    return output.get("output_type") == "error" and output.get("ename") == KERNEL_DIED


__all__ = [
    "CapOutputSize",
    "HideHiddenTests",
    "RestoreLockedCells",
    "RobustExecute",
    "cell_label",
    "is_kernel_death",
    "record_issue",
]
