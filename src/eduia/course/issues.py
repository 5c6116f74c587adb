"""What can go wrong with one pupil's submission, and how the summary says it.

An :class:`Issue` is a code (``"corrupt"``, ``"timeout"``…) and the fields of its French
message (``course.issue_<code>`` in the catalogue). Some issues only inform the teacher
(nbgrader repaired the notebook: a restored locked cell, a truncated output); the others
mean the automatic score may be unfair or missing, and the teacher must look
(:attr:`Issue.needs_attention`): ``eduia course autograde`` then exits with 1 and the
submission is flagged in the formgrader.

Examples
--------
>>> Issue("timeout", {"cell": "q1", "seconds": 30}).needs_attention
True
>>> Issue("huge_output", {"cell": "q2"}).needs_attention
False
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eduia.i18n import t

#: Issue codes that require the teacher to look at the submission.
ATTENTION_CODES = frozenset(
    {
        "corrupt",
        "no_notebook",
        "kernel_died",
        "kernel_stuck",
        "timeout",
        "out_of_memory",
        "grading_error",
        "unreadable_folder",
        "lingering_processes",
        "worker_died",
        "tampering",
    }
)

#: Every issue code, each with a message ``course.issue_<code>``.
ISSUE_CODES = ATTENTION_CODES | {
    "renamed",
    "locked_edited",
    "locked_deleted",
    "answer_deleted",
    "metadata_changed",
    "huge_output",
    "extra_notebook",
    "bad_timestamp",
}


@dataclass(frozen=True)
class Issue:
    """One problem met while grading a submission.

    Parameters
    ----------
    code : str
        One of :data:`ISSUE_CODES`.
    fields : dict
        The values of the message (file or cell names, seconds…).

    Examples
    --------
    >>> Issue("renamed", {"found": "copie.ipynb", "expected": "tp.ipynb"}).message("en")
    'renamed file: “copie.ipynb” was graded as “tp.ipynb”'
    """

    code: str
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def needs_attention(self) -> bool:
        """Whether the teacher must look at the submission."""
        return self.code in ATTENTION_CODES

    def message(self, language: str | None = None) -> str:
        """The issue in one line, in French unless ``language`` says otherwise."""
        return t(f"course.issue_{self.code}", language=language, **self.fields)

    def to_pair(self) -> tuple[str, dict[str, Any]]:
        """A picklable, JSON-friendly ``(code, fields)`` pair."""
        return self.code, dict(self.fields)


def unique_issues(pairs: list[tuple[str, dict[str, Any]]]) -> list[Issue]:
    """The issues of ``pairs`` in order, without repeats.

    Examples
    --------
    >>> [i.code for i in unique_issues([("timeout", {"cell": "a"}), ("timeout", {"cell": "a"})])]
    ['timeout']
    """
    seen: list[Issue] = []
    for code, fields in pairs:
        issue = Issue(code, dict(fields))
        if issue not in seen:
            seen.append(issue)
    return seen
