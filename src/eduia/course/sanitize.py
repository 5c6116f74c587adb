"""Remove pupil scripts from graded notebooks before a teacher's or pupil's browser shows them.

The formgrader and the feedback pages render a graded notebook's markdown and HTML outputs
as they are. Here, with nh3 (the Rust ``ammonia`` sanitizer), markdown cells and HTML or
markdown outputs lose scripts, event handlers and ``javascript:`` URLs, and JavaScript or
SVG outputs are dropped. Inline HTML in markdown is cleaned as HTML, so a ``<`` in a code
span shows as ``&lt;``: a known cost.

Examples
--------
>>> clean_html('<img src="x" onerror="alert(1)">')
'<img src="x">'
"""

from __future__ import annotations

from pathlib import Path

#: Output types that carry code or active content: dropped from graded notebooks.
ACTIVE_OUTPUTS = ("application/javascript", "text/javascript", "image/svg+xml")


def clean_html(text: str) -> str:
    """``text`` without scripts, event handlers or ``javascript:`` URLs (nh3's safe lists)."""
    import nh3

    return nh3.clean(text)


def sanitize_notebook(path: Path) -> None:
    """Clean the markdown cells and rich outputs of the notebook at ``path``, in place."""
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown" and "<" in cell.source:
            cell.source = clean_html(cell.source)
        for output in cell.get("outputs", []):
            data = output.get("data")
            if not data:
                continue
            for mime in list(data):
                if mime in ACTIVE_OUTPUTS or "javascript" in mime:
                    del data[mime]
                elif mime in ("text/html", "text/markdown"):
                    value = data[mime]
                    data[mime] = clean_html("".join(value) if isinstance(value, list) else value)
            if not data:
                data["text/plain"] = ""
    nbformat.write(notebook, path)


def sanitize_folder(folder: Path) -> None:
    """Sanitize every notebook under ``folder``."""
    for path in sorted(folder.rglob("*.ipynb")):
        sanitize_notebook(path)
