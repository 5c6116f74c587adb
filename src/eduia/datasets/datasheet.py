"""Write a dataset's French datasheet (Markdown) from its ``datapackage.json`` entry.

Every datasheet has the same sections, in this order (:data:`SECTIONS`): what it is, source
and licence, real or simulated, columns, how it was made, known gaps, suggested lessons, and
how to load it. The column table is produced from the Table Schema, so it never disagrees with
the loader.

Examples
--------
>>> from eduia.datasets import catalog
>>> text = render(catalog.resource("communes"), rows=946)
>>> text.splitlines()[0]
'# Communes de la Région Sud'
"""

from __future__ import annotations

from typing import Any

from eduia.i18n import t

#: Catalogue keys of the section titles, in the order they appear.
SECTIONS = (
    "datasets.sheet_what",
    "datasets.sheet_source",
    "datasets.sheet_origin",
    "datasets.sheet_columns",
    "datasets.sheet_method",
    "datasets.sheet_caveats",
    "datasets.sheet_lessons",
    "datasets.sheet_usage",
)


class Datasheet(str):
    """A datasheet's Markdown text that Jupyter shows formatted and a terminal shows as is.

    Examples
    --------
    >>> sheet = Datasheet("# Titre")
    >>> sheet.startswith("# "), sheet._repr_markdown_()
    (True, '# Titre')
    """

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return str(self)


def type_label(field: dict[str, Any]) -> str:
    """The French name of a column's type (``"entier"``, ``"texte"``, ``"catégorie"``...).

    Examples
    --------
    >>> type_label({"name": "n", "type": "integer"})
    'entier'
    """
    if "categories" in field:
        return t("datasets.type_category", language="fr")
    return t(f"datasets.type_{field['type']}", language="fr")


def origin_label(origin: str) -> str:
    """The French word for a column's ``origin``: « réel », « simulé » or « calendrier ».

    Examples
    --------
    >>> origin_label("simulated")
    'simulé'
    """
    return t(f"datasets.origin_{origin}", language="fr")


def _section(key: str, body: list[str]) -> list[str]:
    return ["", f"## {t(key, language='fr')}", "", *body]


def _source_lines(entry: dict[str, Any]) -> list[str]:
    lines = [
        f"- {t('datasets.sheet_source_item', language='fr')} {s['title']} <{s['path']}>"
        for s in entry["sources"]
    ]
    lines += [
        f"- {t('datasets.sheet_licence_item', language='fr')} {x['title']} <{x['path']}>"
        for x in entry["licenses"]
    ]
    lines.append(f"- {t('datasets.sheet_attribution_item', language='fr')} {entry['attribution']}")
    lines.append(f"- {t('datasets.sheet_updated_item', language='fr')} {entry['updated']}")
    return lines


def _origin_lines(entry: dict[str, Any]) -> list[str]:
    lines = [
        t(
            "datasets.sheet_simulated_banner"
            if entry["simulated"]
            else "datasets.sheet_real_banner",
            language="fr",
        ),
        "",
    ]
    lines += [
        f"- `{field['name']}` : {origin_label(field['origin'])}"
        for field in entry["schema"]["fields"]
    ]
    return lines


def _column_lines(entry: dict[str, Any]) -> list[str]:
    lines = [t("datasets.sheet_columns_header", language="fr"), "|---|---|---|---|---|"]
    for field in entry["schema"]["fields"]:
        kind = type_label(field)
        if "categories" in field:
            kind += " (" + ", ".join(f"« {value} »" for value in field["categories"]) + ")"
        cells = [
            f"`{field['name']}`",
            kind,
            field.get("unit", "—"),
            origin_label(field["origin"]),
            field["description"],
        ]
        lines.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return lines


def _usage_lines(name: str) -> list[str]:
    """How to load the table; for a teacher-only table, where it is and what pupils load instead."""
    from eduia.datasets.catalog import TEACHER_ONLY

    load = ["```python", "from eduia.datasets import load", "", f'donnees = load("{name}")', "```"]
    if name not in TEACHER_ONLY:
        return load
    practice = [
        "```python",
        "from eduia.challenge import load_practice_rows",
        "",
        "donnees = load_practice_rows()",
        "```",
    ]
    return [
        t("datasets.sheet_teacher_only", language="fr"),
        "",
        *load,
        "",
        t("datasets.sheet_practice", language="fr"),
        "",
        *practice,
    ]


def render(entry: dict[str, Any], rows: int) -> str:
    """The datasheet of one ``datapackage.json`` resource with ``rows`` data rows.

    Parameters
    ----------
    entry : dict
        The resource (name, title, description, sources, licenses, schema...).
    rows : int
        The number of rows of its CSV file.

    Examples
    --------
    >>> from eduia.datasets import catalog
    >>> "## Colonnes" in render(catalog.resource("qualite_air"), rows=1826)
    True
    """
    size = t(
        "datasets.sheet_size",
        language="fr",
        rows=rows,
        columns=len(entry["schema"]["fields"]),
        file=entry["path"],
    )
    usage = _usage_lines(entry["name"])
    bodies = [
        [entry["description"], "", size],
        _source_lines(entry),
        _origin_lines(entry),
        _column_lines(entry),
        [entry["method"]],
        [f"- {caveat}" for caveat in entry["caveats"]],
        [f"- {lesson}" for lesson in entry["lessons"]],
        usage,
    ]
    lines = [f"# {entry['title']}"]
    for key, body in zip(SECTIONS, bodies):
        lines += _section(key, body)
    return "\n".join(lines) + "\n"
