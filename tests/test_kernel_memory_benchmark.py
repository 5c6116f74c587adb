"""benchmarks/kernel_memory.py: the import statements its ``--floor`` kernel runs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

BENCHMARK = Path(__file__).resolve().parent.parent / "benchmarks" / "kernel_memory.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("benchmark_kernel_memory", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_import_lines_keeps_every_import_once_in_order_and_nothing_else(bench) -> None:
    notebook = new_notebook(
        cells=[
            new_markdown_cell("import pas_du_code"),
            new_code_cell("import numpy as np\nfrom sklearn.tree import DecisionTreeClassifier"),
            new_code_cell("x = 1\ndef f():\n    import pandas as pd\n    return pd"),
            new_code_cell("%matplotlib inline\nimport scipy"),
            new_code_cell("import numpy as np\nprint(x)"),
        ]
    )
    assert bench.import_lines(notebook) == [
        "import numpy as np",
        "from sklearn.tree import DecisionTreeClassifier",
        "import pandas as pd",
    ]


@pytest.mark.skipif(not Path("/proc/self/smaps_rollup").exists(), reason="Linux /proc only")
def test_proc_memory_reads_this_process_consistently(bench) -> None:
    import os

    import numpy as np

    before = bench.proc_memory(os.getpid())
    block = np.ones(64 * 2**20, dtype=np.uint8)  # 64 MB, touched: resident and private
    after = bench.proc_memory(os.getpid())
    assert set(after) == {"rss_mb", "peak_mb", "private_mb", "pss_mb"}
    assert after["private_mb"] <= after["rss_mb"] <= after["peak_mb"]
    assert after["pss_mb"] <= after["rss_mb"]
    assert after["rss_mb"] - before["rss_mb"] >= 60
    assert after["private_mb"] - before["private_mb"] >= 60
    del block


def test_the_benchmark_measures_the_pupils_kernel(
    bench, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jupyter_client.kernelspec import KernelSpecManager

    from eduia.lab_kernel import kernel_spec

    monkeypatch.setenv("JUPYTER_PATH", "/autre")
    bench.use_pupil_kernel(tmp_path)
    spec = KernelSpecManager().get_kernel_spec("python3")
    assert spec.argv[1:] == kernel_spec()["argv"][1:]  # python -m eduia.pupil_kernel ...
    assert Path(spec.resource_dir).is_relative_to(tmp_path)
