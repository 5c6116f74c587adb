"""Larger text and more spacing in JupyterLab, for pupils with low vision or « troubles dys ».

``eduia lab --grand-texte`` writes JupyterLab settings into the workspace's own settings folder
(``<workspace>/.eduia/jupyter/lab-settings``, the one :func:`eduia.launch.lab_environment` points
JupyterLab at), so the choice is kept for the next launches; ``eduia lab --texte-normal`` removes
them. Nothing is downloaded: the fonts stay the ones JupyterLab and the system already have.

What changes:

- the theme's font sizes (``@jupyterlab/apputils-extension:themes`` overrides): the lesson's text,
  the menus and the playgrounds' controls and captions (ipywidgets follow the interface size);
- the playgrounds' captions (their text equivalent) already have 1.5 line spacing.

Measured in Chromium: the lesson's text goes from 14 to 18 px, code from 13 to 17 px (its lines
from 18.2 to 23.8 px high, same ratio). CodeMirror's own ``customStyles.lineHeight`` setting was
tried and changed nothing measurable, so it is not written.

A setting the pupil changed by hand in « Paramètres » in the same file is replaced by
``--grand-texte`` and removed by ``--texte-normal`` (only the keys eduia writes are touched).

Examples
--------
>>> from pathlib import Path
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> [path.name for path in set_large_text(folder, True)]
['themes.jupyterlab-settings']
>>> large_text_is_on(folder)
True
>>> _ = set_large_text(folder, False)
>>> large_text_is_on(folder)
False
"""

from __future__ import annotations

import json
from pathlib import Path

from eduia.launch import SETTINGS_FOLDER

#: plugin folder, settings file, the keys eduia writes and their values.
LARGE_TEXT_SETTINGS: tuple[tuple[str, str, dict[str, object]], ...] = (
    (
        "@jupyterlab/apputils-extension",
        "themes",
        {
            "overrides": {
                "content-font-size1": "18px",  # the lessons' text (JupyterLab: 14px)
                "ui-font-size1": "16px",  # menus, widgets' labels and captions (13px)
                "code-font-size": "17px",  # code and outputs (13px)
            }
        },
    ),
)


def _settings_file(workspace: Path, folder: str, plugin: str) -> Path:
    return Path(workspace).resolve() / SETTINGS_FOLDER / folder / f"{plugin}.jupyterlab-settings"


def _read(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def set_large_text(workspace: Path, on: bool) -> list[Path]:
    """Write (``on``) or remove eduia's larger-text settings in ``workspace``; the files touched.

    Raises ``OSError`` when the settings folder cannot be written.
    """
    touched = []
    for folder, plugin, values in LARGE_TEXT_SETTINGS:
        path = _settings_file(workspace, folder, plugin)
        data = _read(path)
        for key, value in values.items():
            if on:
                data[key] = value
            else:
                data.pop(key, None)
        if not on and not path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        touched.append(path)
    return touched


def large_text_is_on(workspace: Path) -> bool:
    """True when every larger-text setting of eduia is in ``workspace``'s settings."""
    return all(
        all(_read(_settings_file(workspace, folder, plugin)).get(k) == v for k, v in values.items())
        for folder, plugin, values in LARGE_TEXT_SETTINGS
    )
