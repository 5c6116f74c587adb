"""One pupil's feedback page: what the pupil handed in, the points, the teacher's comments.

The page is built from the notebook the pupil handed in (``submitted/``), never from the
autograded one: the grading run executed the hidden tests next to the pupil's code, so any
output of that run (a cell printing ``%history``, a function recording its arguments, a cell
reading the lesson's source) may carry them. What comes from grading is only what the
gradebook holds: each cell's points, whether it waits for a manual grade, and the teacher's
comments. Locked cells show their released text (hidden tests and mark schemes cut out, as the
pupil received them); the pupil's own cells show what the pupil wrote, with the outputs of the
pupil's own session (a visible check's French message and hint, as the pupil saw it). Pupil
markdown and HTML go through :func:`eduia.course.sanitize.clean_html`; formulas become MathML
(:mod:`eduia.course.feedback_math`); the page loads nothing: no script, and a
Content-Security-Policy that forbids any request.

Examples
--------
>>> grades = NotebookGrades("demo", 6.0, 8.0, {})
>>> page = render_page(PageContext("demo", "ana", "Ana Roux", 6.0, 8.0), None, grades, {})
>>> "15 / 20" in page and "<script" not in page
True
"""

from __future__ import annotations

import base64
import html
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from eduia.course.feedback_math import extract_math, restore_math
from eduia.i18n import t

#: Longest output kept from the pupil's notebook, in characters (the rest is cut).
MAX_OUTPUT_CHARS = 20_000
#: Largest attached file carried inside the page, in bytes.
MAX_ATTACHMENT_BYTES = 5_000_000
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_BASE64 = re.compile(r"^[A-Za-z0-9+/=\s]+$")
_CHECK_CALL = re.compile(r"\bexercices\.([A-Za-z_][A-Za-z0-9_]*)\.check\(")
_IMAGES = ("image/png", "image/jpeg", "image/gif")
_WIDGET = "application/vnd.jupyter.widget-view+json"

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem;
       color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.5rem; } .note { font-size: 1.3rem; font-weight: bold; }
table.points { border-collapse: collapse; margin: .5rem 0 1.5rem; }
table.points td, table.points th { border: 1px solid #bbb; padding: .25rem .6rem; text-align: left; }
.cellule { margin: .8rem 0; } .md { padding: 0 .3rem; }
pre { background: #f5f5f5; padding: .5rem; overflow-x: auto; white-space: pre-wrap; }
pre.erreur { background: #fdeceb; } pre.sortie { background: #fff; border-left: 3px solid #ddd; }
.verdict { border-left: 4px solid #888; padding: .3rem .6rem; margin: .3rem 0 1rem; background: #fafafa; }
.verdict.reussi { border-color: #1a7f37; } .verdict.rate { border-color: #b42318; }
.verdict.attente { border-color: #8a6d00; } .commentaire { background: #eef4ff; padding: .3rem .6rem; }
.etiquette { font-size: .85rem; color: #555; margin: .2rem 0 0; }
"""


@dataclass(frozen=True)
class CellGrade:
    """A graded cell as the gradebook holds it (no output of the grading run)."""

    name: str
    cell_type: str
    score: float
    max_score: float
    needs_manual_grade: bool
    comment: str = ""


@dataclass(frozen=True)
class NotebookGrades:
    """One notebook of a submission: its points and its graded cells."""

    name: str
    score: float
    max_score: float
    grades: dict[str, CellGrade]
    penalty: float = 0.0
    comments: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PageContext:
    """Who the page is for, and the lesson's total."""

    lesson: str
    student: str
    student_name: str
    score: float
    max_score: float
    pending: bool = False
    attachments: tuple[tuple[str, bytes], ...] = ()


def render_page(
    context: PageContext,
    notebook: Any,
    grades: NotebookGrades,
    released: dict[str, tuple[str, str]],
) -> str:
    """The HTML of one notebook's feedback page.

    Parameters
    ----------
    context : PageContext
        The pupil, the lesson and its total points.
    notebook : NotebookNode or None
        The notebook the pupil handed in (``None``: not handed in).
    grades : NotebookGrades
        The gradebook's points and comments for this notebook.
    released : dict
        nbgrader id of each locked cell → ``(cell type, text as released)``.

    Examples
    --------
    >>> render_page(PageContext("demo", "ana", "", 0, 8), None, NotebookGrades("demo", 0, 8, {}),
    ...             {}).count("<math")
    0
    """
    token = "EDUIAMATH" + secrets.token_hex(6).upper()
    cells = notebook.cells if notebook is not None else []
    ordered = _in_notebook_order(grades, cells)
    body = [_header(context, grades, ordered)]
    if notebook is None:
        body.append(f"<p>{_e(t('course.page_notebook_missing', notebook=grades.name))}</p>")
    shown: set[str] = set()
    for cell in cells:
        body.append(_cell_html(cell, grades, released, token, shown))
    missing = [grade for grade in ordered if grade.name not in shown]
    for grade in missing:
        body.append(
            f"<p class='etiquette'>{_e(t('course.page_cell_missing', cell=grade.name))}</p>"
        )
        body.append(_verdict(grade, "", ran=True))
    body.append(_attachments(context.attachments))
    title = t("course.page_title", lesson=context.lesson)
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        f"<title>{_e(title)}</title><style>{_STYLE}{_code_style()}</style></head><body>"
        + "\n".join(part for part in body if part)
        + "</body></html>\n"
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _in_notebook_order(grades: NotebookGrades, cells: list) -> list[CellGrade]:
    """The grades in the order of the notebook's cells (a gradebook on PostgreSQL returns them
    in any order); cells the pupil deleted come last, by name."""
    position = {
        cell.get("metadata", {}).get("nbgrader", {}).get("grade_id"): index
        for index, cell in enumerate(cells)
    }
    return sorted(
        grades.grades.values(), key=lambda grade: (position.get(grade.name, len(cells)), grade.name)
    )


def _header(context: PageContext, grades: NotebookGrades, ordered: list[CellGrade]) -> str:
    from eduia.course.export import mark_out_of_20
    from eduia.i18n import french_number

    who = f"{context.student_name} ({context.student})" if context.student_name else context.student
    mark = french_number(mark_out_of_20(context.score, context.max_score), 2).replace(",00", "")
    key = "course.page_mark_pending" if context.pending else "course.page_mark"
    lines = [
        f"<h1>{_e(t('course.page_title', lesson=context.lesson))}</h1>",
        f"<p>{_e(t('course.page_for', name=who))}</p>",
        f"<p class='note'>{_e(t(key, mark=mark, score=french_number(context.score), max=french_number(context.max_score)))}</p>",
    ]
    if context.pending:
        lines.append(f"<p>{_e(t('course.page_pending_explained'))}</p>")
    if grades.penalty:
        lines.append(f"<p>{_e(t('course.page_penalty', points=french_number(grades.penalty)))}</p>")
    rows = "".join(
        f"<tr><td>{_e(grade.name)}</td><td>{_e(_points(grade))}</td><td>{_e(_status(grade))}</td></tr>"
        for grade in ordered
    )
    if rows:
        head = "".join(
            f"<th>{_e(t(key))}</th>"
            for key in ("course.page_col_cell", "course.page_col_points", "course.page_col_status")
        )
        lines.append(f"<table class='points'><tr>{head}</tr>{rows}</table>")
    return "\n".join(lines)


def _points(grade: CellGrade) -> str:
    from eduia.i18n import french_number

    if grade.needs_manual_grade:
        return t("course.page_points_pending", max=french_number(grade.max_score))
    return t(
        "course.page_points", score=french_number(grade.score), max=french_number(grade.max_score)
    )


def _status(grade: CellGrade) -> str:
    if grade.needs_manual_grade:
        return t("course.page_status_pending")
    if grade.score >= grade.max_score:
        return t("course.page_status_full")
    return t("course.page_status_partial") if grade.score > 0 else t("course.page_status_zero")


def _grade_id(cell: Any) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def _cell_html(
    cell: Any,
    grades: NotebookGrades,
    released: dict[str, tuple[str, str]],
    token: str,
    shown: set[str],
) -> str:
    grade_id = _grade_id(cell)
    cell_type, source = cell.get("cell_type"), _text(cell.get("source", ""))
    locked = grade_id in released
    if locked:  # the pupil received it so: never the pupil's edit, never a hidden test
        cell_type, source = released[grade_id]
    parts = ["<div class='cellule'>"]
    if cell_type == "markdown":
        parts.append(f"<div class='md'>{markdown_html(source, token)}</div>")
    elif cell_type == "code":
        parts.append(f"<pre class='code'>{_highlight(source)}</pre>")
        outputs = [_output_html(output, token) for output in cell.get("outputs", [])]
        outputs = [output for output in outputs if output]
        if outputs:
            if locked:
                parts.append(f"<p class='etiquette'>{_e(t('course.page_own_run'))}</p>")
            parts.extend(outputs)
    else:
        parts.append(f"<pre>{_e(source)}</pre>")
    grade = grades.grades.get(grade_id or "")
    if grade is not None and grade_id not in shown:
        shown.add(grade.name)
        ran = cell_type != "code" or bool(cell.get("outputs"))
        parts.append(_verdict(grade, source, ran))
    comment = grades.comments.get(grade_id or "")
    if comment and grade is None:
        parts.append(_comment_html(comment))
    parts.append("</div>")
    return "\n".join(parts)


def _verdict(grade: CellGrade, source: str, ran: bool) -> str:
    from eduia.i18n import french_number

    points = {"score": french_number(grade.score), "max": french_number(grade.max_score)}
    if grade.needs_manual_grade:
        tone, text = "attente", t("course.page_verdict_pending", max=points["max"])
    elif grade.cell_type == "markdown":
        tone, text = (
            "reussi" if grade.score >= grade.max_score else "rate",
            t("course.page_verdict_written", **points),
        )
    elif grade.score >= grade.max_score:
        tone, text = "reussi", t("course.page_verdict_passed", **points)
    else:
        tone, text = "rate", t("course.page_verdict_failed", **points)
    lines = [f"<p>{_e(text)}</p>"]
    check = _CHECK_CALL.search(source)
    if grade.cell_type == "code" and not grade.needs_manual_grade and grade.score < grade.max_score:
        if check and not ran:
            lines.append(f"<p>{_e(t('course.page_check_not_run'))}</p>")
        if check:
            lines.append(
                f"<p>{_e(t('course.page_hint', call=f'exercices.{check.group(1)}.hint()'))}</p>"
            )
    if grade.comment:
        lines.append(_comment_html(grade.comment))
    return f"<div class='verdict {tone}'>" + "".join(lines) + "</div>"


def _comment_html(comment: str) -> str:
    text = _e(comment).replace("\n", "<br>")
    return f"<p class='commentaire'>{_e(t('course.page_comment'))} {text}</p>"


def _text(value: Any) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def markdown_html(text: str, token: str = "EDUIAMATHX") -> str:
    """Markdown (with its inline HTML and formulas) as safe HTML: sanitized, formulas in MathML.

    Examples
    --------
    >>> markdown_html('**Oui** <img src=x onerror="alert(1)">')
    '<p><strong>Oui</strong> <img src="x"></p>'
    """
    import mistune

    from eduia.course.sanitize import clean_html

    protected, formulas = extract_math(text, token)
    rendered = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])(protected)
    return restore_math(clean_html(str(rendered)), token, formulas).strip()


def _highlight(source: str) -> str:
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return highlight(source, PythonLexer(), HtmlFormatter(nowrap=True)).rstrip("\n")


def _code_style() -> str:
    from pygments.formatters import HtmlFormatter

    return HtmlFormatter().get_style_defs(".code")


def _cut(text: str) -> str:
    text = _ANSI.sub("", text)
    if len(text) > MAX_OUTPUT_CHARS:
        return text[:MAX_OUTPUT_CHARS] + "\n" + t("course.output_truncated")
    return text


def _output_html(output: Any, token: str) -> str:
    """One output of the pupil's own session, made inert."""
    from eduia.course.sanitize import clean_html

    kind = output.get("output_type")
    if kind == "stream":
        return f"<pre class='sortie'>{_e(_cut(_text(output.get('text', ''))))}</pre>"
    if kind == "error":
        lines = output.get("traceback") or [
            f"{output.get('ename', '')}: {output.get('evalue', '')}"
        ]
        return f"<pre class='erreur'>{_e(_cut(chr(10).join(map(str, lines))))}</pre>"
    data = output.get("data", {})
    for mime in _IMAGES:
        value = _text(data.get(mime, ""))
        if value and _BASE64.match(value) and len(value) <= MAX_ATTACHMENT_BYTES:
            return f"<img alt='' src='data:{mime};base64,{''.join(value.split())}'>"
    if "text/html" in data:
        return f"<div class='sortie'>{clean_html(_cut(_text(data['text/html'])))}</div>"
    if "text/markdown" in data:
        return (
            f"<div class='sortie'>{markdown_html(_cut(_text(data['text/markdown'])), token)}</div>"
        )
    if "text/latex" in data:
        return f"<div class='sortie'>{markdown_html(_cut(_text(data['text/latex'])), token)}</div>"
    if _WIDGET in data:
        return f"<p class='etiquette'>{_e(t('course.page_widget'))}</p>"
    if "text/plain" in data:
        return f"<pre class='sortie'>{_e(_cut(_text(data['text/plain'])))}</pre>"
    return ""


def _attachments(files: tuple[tuple[str, bytes], ...]) -> str:
    if not files:
        return ""
    items = []
    for name, content in files:
        if len(content) > MAX_ATTACHMENT_BYTES:
            items.append(f"<li>{_e(name)} — {_e(t('course.page_attachment_too_big'))}</li>")
            continue
        encoded = base64.b64encode(content).decode("ascii")
        items.append(
            f'<li><a download="{_e(name)}" href="data:application/octet-stream;base64,'
            f'{encoded}">{_e(name)}</a></li>'
        )
    return f"<h2>{_e(t('course.page_attachments'))}</h2><ul>" + "".join(items) + "</ul>"


def visible_text(page: str) -> str:
    """What a browser shows of ``page``: tags removed, entities decoded (for the leak guard).

    Examples
    --------
    >>> visible_text("<p>a &lt; b</p>")
    'a < b'
    """
    return html.unescape(re.sub(r"<[^>]+>", "", page))


__all__ = [
    "CellGrade",
    "NotebookGrades",
    "PageContext",
    "markdown_html",
    "render_page",
    "visible_text",
]
