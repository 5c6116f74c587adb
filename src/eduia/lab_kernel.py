"""The pupil's Python kernel: ipykernel without its debugger, with eduia's IPython extension loaded.

The extension (:mod:`eduia.checks.ipython`) gives French help from the first cell, before any
``import eduia``: a ``NameError`` after a restart, the decimal comma, spaced thousands, a text
without quotes, a near-miss column name, ``×`` for ``*``, a forgotten ``return``; and « Run All »
goes on past an unfinished exercise.

:func:`write_kernel_spec` writes a kernel spec named ``python3`` (the name every lesson asks for)
into ``<data folder>/kernels/python3``. A Jupyter server whose ``JUPYTER_PATH`` starts with that
folder uses it instead of ipykernel's own: ``eduia lab`` puts ``<workspace>/.eduia/jupyter/data``
there (:func:`eduia.launch.lab_environment`); a school server puts a folder of its own on the
pupils' ``JUPYTER_PATH`` (see the teacher guide, « serveur d'établissement »). The command starts
with ``python``, which Jupyter replaces by the Python that runs the server, so the kernel always
runs in eduia's environment. It starts :mod:`eduia.pupil_kernel`, ipykernel without debugpy
(8 MB less per pupil; no lesson uses JupyterLab's debugger).

Examples
--------
>>> kernel_spec()["argv"][-1]
'--ext=eduia.checks.ipython'
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

EXTENSION = "eduia.checks.ipython"
KERNEL_NAME = "python3"

__all__ = ["EXTENSION", "KERNEL_NAME", "kernel_spec", "with_kernel_path", "write_kernel_spec"]


def kernel_spec() -> dict[str, object]:
    """The ``kernel.json`` of the pupil's kernel: ipykernel's, started without its debugger
    (:mod:`eduia.pupil_kernel`), plus ``--ext`` for eduia's help.

    Examples
    --------
    >>> kernel_spec()["display_name"]
    'Python 3 (ipykernel)'
    >>> kernel_spec()["argv"][:3], kernel_spec()["metadata"]
    (['python', '-m', 'eduia.pupil_kernel'], {'debugger': False})
    """
    return {
        "argv": [
            "python",
            "-m",
            "eduia.pupil_kernel",
            "-f",
            "{connection_file}",
            f"--ext={EXTENSION}",
        ],
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "metadata": {"debugger": False},
    }


def write_kernel_spec(data_dir: Path) -> Path:
    """Write ``data_dir/kernels/python3/kernel.json`` (unless it already holds exactly it).

    Parameters
    ----------
    data_dir : Path
        A Jupyter data folder, to put first on ``JUPYTER_PATH``.

    Returns
    -------
    Path
        The kernel spec file.

    Examples
    --------
    >>> write_kernel_spec(Path("/tmp/eleve/.eduia/jupyter/data"))  # doctest: +SKIP
    PosixPath('/tmp/eleve/.eduia/jupyter/data/kernels/python3/kernel.json')
    """
    target = Path(data_dir) / "kernels" / KERNEL_NAME / "kernel.json"
    text = json.dumps(kernel_spec(), indent=1) + "\n"
    try:
        if target.read_text(encoding="utf-8") == text:
            return target
    except (OSError, UnicodeDecodeError):
        pass
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target


def with_kernel_path(environment: Mapping[str, str], data_dir: Path) -> dict[str, str]:
    """``environment`` with ``data_dir`` first on ``JUPYTER_PATH`` (the kernel spec written there).

    Examples
    --------
    >>> with_kernel_path({}, Path("/tmp/k"))["JUPYTER_PATH"]  # doctest: +SKIP
    '/tmp/k'
    """
    write_kernel_spec(data_dir)
    result = dict(environment)
    others = result.get("JUPYTER_PATH")
    result["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(Path(data_dir)), others]))
    return result
