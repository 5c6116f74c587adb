"""The mistakes French pupils make in Python, recognised with the line to fix.

:func:`explain_syntax` reads a ``SyntaxError``'s line: a number written with spaced thousands
(``168 054``), ``×`` or ``x`` for a multiplication. :func:`explain_name` reads a ``NameError``: a
text without quotes (``ville = Marseille``), or a name not defined yet, most often after a
restart of the kernel (run the cells above, with JupyterLab's French menu). :func:`decimal_commas`
finds ``a = -4,9`` in a cell (a tuple, not a number) and :func:`explain_tuple` recalls it when that
tuple later breaks a calculation. :func:`closest_column` finds a near-miss or unaccented column
name, :func:`functions_without_return` the pupil's functions that forgot ``return``.

Each returns French text from the catalogue (``help.*``), or ``None`` when it does not apply.

Examples
--------
>>> try:
...     exec(compile("x = 168 054", "<cellule>", "exec"))  # noqa: S102
... except SyntaxError as error:
...     print(explain_syntax(error, language="en"))
Line 1: no spaces inside a number in Python: write 168054 (or 168_054). The corrected line: x = 168054
"""

from __future__ import annotations

import ast
import difflib
import inspect
import linecache
import re
import unicodedata
from types import FrameType, TracebackType
from typing import Any

from eduia.i18n import t

_SPACED_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\w.])")
_TIMES = re.compile(r"(?<=[\w)\]])(\s*)[×x](\s*)(?=[\d(\[])|(?<=[\w)\]])(\s+)[×x](\s+)(?=[\w(\[])")
_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+|[a-zà-ÿ]*[à-ÿ][a-zà-ÿ]*")
# JupyterLab's French menu (language pack fr-FR): « Exécution › Exécuter tout au-dessus de la
# cellule sélectionnée » runs the cells above the selected one.
_decimal_commas: dict[str, str] = {}


def _fixed(line: str, old: str, new: str) -> str:
    return line.strip().replace(old, new)


# -- SyntaxError ---------------------------------------------------------------------------------


def explain_syntax(error: SyntaxError, language: str | None = None) -> str | None:
    """Spaced thousands, or ``×``/``x`` for a multiplication, in the line of ``error``.

    Examples
    --------
    >>> try:
    ...     exec(compile("aire = 3 × 4", "<cellule>", "exec"))  # noqa: S102
    ... except SyntaxError as error:
    ...     print(explain_syntax(error, language="en"))  # doctest: +ELLIPSIS
    Line 1: ... The corrected line: aire = 3 * 4
    """
    line = (error.text or "").rstrip("\n")
    number = error.lineno or "?"
    if found := _SPACED_NUMBER.search(line):
        written = found.group(0)
        joined = re.sub(r"[ \u00a0\u202f]", "", written)
        return t(
            "help.spaced_thousands",
            language,
            line=number,
            written=written,
            joined=joined,
            underscored=re.sub(r"[ \u00a0\u202f]", "_", written),
            fixed=_fixed(line, written, joined),
        )
    if "×" in line or _TIMES.search(line):
        fixed = _TIMES.sub(lambda m: " * ", line.replace("×", "*")).strip()
        fixed = re.sub(r"\s*\*\s*", " * ", fixed)
        return t("help.times_sign", language, line=number, fixed=fixed)
    return None


# -- NameError -----------------------------------------------------------------------------------


def user_frame(traceback: TracebackType | None) -> tuple[FrameType, int] | None:
    """The deepest frame of the pupil's own code (its cells and functions), with its line."""
    found = None
    while traceback is not None:
        if traceback.tb_frame.f_globals.get("__name__") == "__main__":
            found = (traceback.tb_frame, traceback.tb_lineno)
        traceback = traceback.tb_next
    return found


def _source_line(frame: FrameType, lineno: int) -> str:
    return linecache.getline(frame.f_code.co_filename, lineno).rstrip("\n")


def looks_like_text(name: str) -> bool:
    """Whether ``name`` looks like a French word or place (``Marseille``, ``été``), not code.

    Examples
    --------
    >>> looks_like_text("Marseille"), looks_like_text("été"), looks_like_text("mes_notes")
    (True, True, False)
    """
    return _WORD.fullmatch(name) is not None


def explain_name(error: NameError, language: str | None = None) -> str:
    """A text without quotes, or a name not defined yet (run the cells above), with the line.

    Examples
    --------
    >>> try:
    ...     exec("ville = Marseille", {"__name__": "__main__"})  # noqa: S102
    ... except NameError as error:
    ...     print(explain_name(error, language="en"))  # doctest: +ELLIPSIS
    Is “Marseille” a text? Then put it between quotes: "Marseille". ...
    """
    name = getattr(error, "name", None) or _quoted_name(str(error))
    where = user_frame(error.__traceback__)
    namespace = where[0].f_globals if where else {}
    line = _source_line(*where) if where else ""
    if looks_like_text(name):
        quoted = f'"{_word_at(line, name)}"'
        text = t("help.text_without_quotes", language, name=name, quoted=quoted)
        if line.strip():
            fixed = _fixed(line, _word_at(line, name), quoted)
            text += " " + t("help.corrected_line", language, fixed=fixed)
        return text
    text = t("help.name_not_defined", language, name=name)
    close = difflib.get_close_matches(name, [key for key in namespace if key[:1] != "_"], n=1)
    if close:
        text += " " + t("help.name_close", language, close=close[0])
    return text


def _word_at(line: str, name: str) -> str:
    """``name`` with the hyphenated rest of a place name: ``Aix-en-Provence`` for ``Aix``."""
    found = re.search(rf"(?<![\w\"']){re.escape(name)}(?:-[\wÀ-ÿ']+)*", line)
    return found.group(0) if found else name


def _quoted_name(message: str) -> str:
    found = re.search(r"'(\w+)'", message)
    return found.group(1) if found else "?"


# -- the decimal comma ---------------------------------------------------------------------------


def _number(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def decimal_commas(source: str) -> list[tuple[str, int, str, str]]:
    """The assignments ``name = -4,9`` of ``source``: (name, line, written, corrected line).

    Examples
    --------
    >>> decimal_commas("a = -4,9\\npoint = (1, 2)\\nx, y = 1, 2")
    [('a', 1, 'a = -4,9', 'a = -4.9')]
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    lines = source.splitlines()
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, value = node.targets[0], node.value
        if not (isinstance(target, ast.Name) and isinstance(value, ast.Tuple)):
            continue
        if len(value.elts) != 2 or not all(_number(item) for item in value.elts):
            continue
        written = ast.get_source_segment(source, value) or ""
        if not re.fullmatch(r"[-+]?\d+,\d+", written):
            continue
        line = lines[node.lineno - 1].strip()
        found.append(
            (target.id, node.lineno, line, line.replace(written, written.replace(",", ".")))
        )
    return found


def warn_decimal_commas(source: str, language: str | None = None) -> list[str]:
    """The warnings for the decimal commas of a cell; they are remembered for later errors.

    Examples
    --------
    >>> print(warn_decimal_commas("g = -9,81", language="en")[0])  # doctest: +ELLIPSIS
    Careful, line 1: “g = -9,81” makes g a pair of two numbers, (-9, 81)...
    """
    warnings = []
    for name, lineno, written, fixed in decimal_commas(source):
        _decimal_commas[name] = written
        pair = "(" + ", ".join(written.partition("=")[2].strip().split(",")) + ")"
        warnings.append(
            t(
                "help.decimal_comma",
                language,
                line=lineno,
                written=written,
                name=name,
                pair=pair,
                fixed=fixed,
            )
        )
    return warnings


def explain_tuple(error: BaseException, language: str | None = None) -> str | None:
    """When a tuple made by a decimal comma breaks a calculation, recall the line to fix."""
    if "tuple" not in str(error):
        return None
    where = user_frame(error.__traceback__)
    if where is None:
        return None
    frame, lineno = where
    line = _source_line(frame, lineno)
    for name, written in _decimal_commas.items():
        if re.search(rf"\b{re.escape(name)}\b", line) and isinstance(
            frame.f_globals.get(name), tuple
        ):
            fixed = written.replace(",", ".")
            return t("help.decimal_comma_later", language, name=name, written=written, fixed=fixed)
    return None


# -- columns and return --------------------------------------------------------------------------


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower().strip()


def closest_column(key: str, columns: list[str]) -> str | None:
    """The column ``key`` was meant to be: same letters without accents or case, else close.

    Examples
    --------
    >>> closest_column("departement", ["nom", "département"])
    'département'
    >>> closest_column("popultion", ["nom", "population"])
    'population'
    """
    plain = {_plain(column): column for column in columns}
    if _plain(key) in plain:
        return plain[_plain(key)]
    close = difflib.get_close_matches(_plain(key), list(plain), n=1, cutoff=0.6)
    return plain[close[0]] if close else None


def column_line(error: BaseException, key: str, column: str, language: str | None = None) -> str:
    """« La ligne corrigée : … » with ``column`` in place of ``key``, or ``""``."""
    where = user_frame(error.__traceback__)
    line = _source_line(*where) if where else ""
    for quote in ('"', "'"):
        if f"{quote}{key}{quote}" in line:
            fixed = _fixed(line, f"{quote}{key}{quote}", f"{quote}{column}{quote}")
            return t("help.corrected_line", language, fixed=fixed)
    return ""


def functions_without_return(error: BaseException) -> list[str]:
    """The pupil's functions called in the failing line whose code has no ``return value``.

    Examples
    --------
    >>> functions_without_return(ValueError())
    []
    """
    where = user_frame(error.__traceback__)
    if where is None:
        return []
    frame, lineno = where
    try:
        calls = ast.walk(ast.parse(_source_line(frame, lineno).strip()))
    except SyntaxError:
        return []
    names = []
    for node in calls:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            function = frame.f_globals.get(node.func.id)
            if inspect.isfunction(function) and not _returns_a_value(function):
                names.append(node.func.id)
    return names


def _returns_a_value(function: Any) -> bool:
    try:
        tree = ast.parse(inspect.cleandoc("\n" + inspect.getsource(function)))
    except (OSError, TypeError, SyntaxError):
        return True  # source unknown: say nothing
    return any(
        isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom))
        and getattr(node, "value", None) is not None
        for node in ast.walk(tree)
    )
