"""Formulas of a feedback page as MathML, so that they show offline without MathJax.

nbgrader's feedback pages load MathJax from a CDN: offline, a formula shows as raw LaTeX.
Here the small LaTeX of the lessons (``\\frac``, ``\\sqrt``, ``\\text``, exponents and
indices, Greek letters, the usual operators) becomes MathML, which browsers draw natively
(Chromium since version 109, Firefox, Safari). A formula using anything else stays readable
as its LaTeX text in a ``<code>`` element. Every piece of text is HTML-escaped: a formula
typed by a pupil cannot inject markup.

Examples
--------
>>> latex_to_mathml("x^2")
'<math><msup><mi>x</mi><mn>2</mn></msup></math>'
>>> latex_to_mathml("\\\\unknown{x}")
'<code class="formule">\\\\unknown{x}</code>'
"""

from __future__ import annotations

import html
import re

_GREEK = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "theta": "θ",
    "lambda": "λ",
    "mu": "μ",
    "pi": "π",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "varphi": "φ",
    "omega": "ω",
    "Delta": "Δ",
    "Sigma": "Σ",
    "Omega": "Ω",
}
_OPERATORS = {
    "times": "×",
    "cdot": "·",
    "div": "÷",
    "pm": "±",
    "le": "≤",
    "leq": "≤",
    "ge": "≥",
    "geq": "≥",
    "neq": "≠",
    "ne": "≠",
    "approx": "≈",
    "to": "→",
    "rightarrow": "→",
    "in": "∈",
    "infty": "∞",
    "sum": "∑",
    "prod": "∏",
    "ldots": "…",
    "dots": "…",
    "cdots": "⋯",
    "%": "%",
    "{": "{",
    "}": "}",
    ",": "\u2009",
    ";": "\u2005",
    "quad": "\u2003",
    "qquad": "\u2003\u2003",
}
_TEXT_COMMAND = r"\\(?:text|mathrm|textrm|operatorname)\{[^{}]*\}"
_TOKEN = re.compile(
    _TEXT_COMMAND + r"|\\[A-Za-z]+|\\.|[0-9]+(?:[.,][0-9]+)?|[A-Za-z]|\s+|.", re.DOTALL
)


class _Unsupported(Exception):
    """The formula uses LaTeX this converter does not know: it is shown as text."""


def latex_to_mathml(latex: str, display: bool = False) -> str:
    """The MathML of ``latex``, or the LaTeX itself in ``<code>`` when it is not understood.

    Parameters
    ----------
    latex : str
        The formula, without its ``$`` delimiters.
    display : bool
        A displayed formula (``$$…$$``), on a line of its own.

    Examples
    --------
    >>> latex_to_mathml("\\\\frac{a}{b}")
    '<math><mfrac><mrow><mi>a</mi></mrow><mrow><mi>b</mi></mrow></mfrac></math>'
    """
    try:
        tokens = [token for token in _TOKEN.findall(latex) if not token.isspace()]
        body, rest = _sequence(tokens, 0, closing=None)
        if rest != len(tokens):
            raise _Unsupported
    except (_Unsupported, IndexError):
        return f'<code class="formule">{html.escape(latex)}</code>'
    opening = '<math display="block">' if display else "<math>"
    return f"{opening}{body}</math>"


def _sequence(tokens: list[str], start: int, closing: str | None) -> tuple[str, int]:
    """MathML of the tokens from ``start`` up to ``closing`` (excluded); the next position."""
    parts: list[str] = []
    position = start
    while position < len(tokens):
        token = tokens[position]
        if token == closing:
            return "".join(parts), position
        if token in ("^", "_"):
            if not parts:
                raise _Unsupported
            argument, position = _argument(tokens, position + 1)
            tag = "msup" if token == "^" else "msub"
            parts[-1] = f"<{tag}>{parts[-1]}{argument}</{tag}>"
            continue
        atom, position = _atom(tokens, position)
        parts.append(atom)
    if closing is not None:
        raise _Unsupported
    return "".join(parts), position


def _argument(tokens: list[str], position: int) -> tuple[str, int]:
    """One argument: a ``{…}`` group or a single atom."""
    if tokens[position] == "{":
        body, end = _sequence(tokens, position + 1, closing="}")
        return f"<mrow>{body}</mrow>", end + 1
    return _atom(tokens, position)


def _atom(tokens: list[str], position: int) -> tuple[str, int]:
    token = tokens[position]
    if token == "{":
        body, end = _sequence(tokens, position + 1, closing="}")
        return f"<mrow>{body}</mrow>", end + 1
    if token.startswith("\\"):
        return _command(tokens, position)
    if token == "-":
        return "<mo>−</mo>", position + 1
    if token[0].isdigit():
        return f"<mn>{html.escape(token)}</mn>", position + 1
    if token.isalpha():
        return f"<mi>{html.escape(token)}</mi>", position + 1
    if token == "}":
        raise _Unsupported
    return f"<mo>{html.escape(token)}</mo>", position + 1


def _command(tokens: list[str], position: int) -> tuple[str, int]:
    name = tokens[position][1:]
    if name == "frac":
        numerator, position = _argument(tokens, position + 1)
        denominator, position = _argument(tokens, position)
        return f"<mfrac>{numerator}{denominator}</mfrac>", position
    if name == "sqrt":
        radicand, position = _argument(tokens, position + 1)
        return f"<msqrt>{radicand}</msqrt>", position
    if "{" in name:  # \text{…}, one token with its spaces kept
        text = name.split("{", 1)[1][:-1]
        return f"<mtext>{html.escape(text)}</mtext>", position + 1
    if name in ("left", "right"):
        return _atom(tokens, position + 1) if position + 1 < len(tokens) else ("", position + 1)
    if name in _GREEK:
        return f"<mi>{_GREEK[name]}</mi>", position + 1
    if name in _OPERATORS:
        return f"<mo>{html.escape(_OPERATORS[name])}</mo>", position + 1
    raise _Unsupported


#: ``$$…$$`` or ``$…$`` (no space just inside the single dollars, as in Jupyter's markdown).
MATH_PATTERN = re.compile(r"\$\$(.+?)\$\$|(?<![\\$])\$(?=\S)([^$\n]+?)(?<=\S)\$(?!\$)", re.DOTALL)


def extract_math(text: str, token: str) -> tuple[str, list[str]]:
    """``text`` with each formula replaced by ``<token><n>E``, and the formulas as MathML.

    The placeholders are plain letters and digits, so they go unchanged through markdown and
    the HTML sanitizer; :func:`restore_math` puts the MathML back afterwards.

    Examples
    --------
    >>> extract_math("soit $x^2$ ici", "MATHZ")
    ('soit MATHZ0E ici', ['<math><msup><mi>x</mi><mn>2</mn></msup></math>'])
    """
    formulas: list[str] = []

    def replace(match: re.Match[str]) -> str:
        display = match.group(1) is not None
        formulas.append(latex_to_mathml(match.group(1) if display else match.group(2), display))
        return f"{token}{len(formulas) - 1}E"

    return MATH_PATTERN.sub(replace, text), formulas


def restore_math(rendered: str, token: str, formulas: list[str]) -> str:
    """Put the MathML of :func:`extract_math` back in place of its placeholders.

    Examples
    --------
    >>> restore_math("<p>MATHZ0E</p>", "MATHZ", ["<math></math>"])
    '<p><math></math></p>'
    """
    if not formulas:
        return rendered
    return re.sub(
        rf"{token}(\d+)E",
        lambda m: formulas[int(m.group(1))] if int(m.group(1)) < len(formulas) else "",
        rendered,
    )


__all__ = ["extract_math", "latex_to_mathml", "restore_math"]
