"""Start the pupil's kernel: ipykernel, without its debugger.

ipykernel imports debugpy at start-up to offer JupyterLab's visual debugger, which no lesson
uses; debugpy costs every kernel about 8 MB of memory (measured: an empty kernel holds 52.8 MB
resident with it, 44.9 MB without). Blocking the import before ipykernel loads makes ipykernel
report that no debugger is available, and JupyterLab then hides its debugger button.

Run as ``python -m eduia.pupil_kernel -f {connection_file} …``, like ``ipykernel_launcher``
(see :func:`eduia.lab_kernel.kernel_spec`). Like it, the folder of this module's launch is taken
off the front of ``sys.path``; IPython then puts the notebook's own folder there, so a pupil's
``import`` of a file beside the notebook keeps working.
"""

from __future__ import annotations

import sys
from pathlib import Path

BLOCKED_MODULES = ("debugpy",)

__all__ = ["BLOCKED_MODULES", "main"]


def main() -> None:
    """Launch an ipykernel with :data:`BLOCKED_MODULES` made unimportable."""
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    for name in BLOCKED_MODULES:
        sys.modules[name] = None  # ``import debugpy`` now raises ImportError
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
