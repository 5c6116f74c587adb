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
