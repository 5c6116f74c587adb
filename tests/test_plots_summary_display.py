"""In a real kernel with the inline backend, each eduia chart comes with its one-line summary
right below the picture; other figures are shown as matplotlib shows them."""

from __future__ import annotations

import nbformat
import pytest

CELLS = {
    "end_of_cell": (
        "from eduia import plots\n"
        "from eduia.i18n import set_language\n"
        "set_language('fr')\n"
        "plots.bar_chart(x=['Gap', 'Nice'], y=[41000, 348085])"
    ),
    "plt_show": (
        "import matplotlib.pyplot as plt\n"
        "plots.bar_chart(x=['Digne', 'Toulon'], y=[16000, 180000])\n"
        "plt.show()\n"
        "print('après')"
    ),
    "plain_matplotlib": "plt.plot([1, 2, 3])\nplt.title('sans eduia')\nplt.show()",
}


@pytest.fixture(scope="module")
def outputs() -> dict[str, list[dict]]:
    from nbclient import NotebookClient

    cells = [nbformat.v4.new_code_cell(source) for source in CELLS.values()]
    notebook = nbformat.v4.new_notebook(cells=cells)
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("MPLBACKEND", raising=False)  # the kernel's own inline backend
        NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    return {name: cell.outputs for name, cell in zip(CELLS, notebook.cells)}


def kinds(outputs: list[dict]) -> list[str]:
    """Each output as ``picture``, ``summary: <text>``, or its text."""
    found = []
    for output in outputs:
        data = output.get("data", {})
        if "image/png" in data:
            found.append("picture")
        elif 'class="eduia-chart-summary"' in data.get("text/html", ""):
            found.append("summary: " + data["text/plain"])
        elif output.get("output_type") == "stream":
            found.append(output["text"].strip())
        elif output.get("output_type") != "execute_result":
            found.append(str(output))
    return found


def test_a_chart_shown_at_the_end_of_its_cell_has_its_summary_below(outputs) -> None:
    shown = kinds(outputs["end_of_cell"])
    assert shown[0] == "picture" and shown[1].startswith("summary: Diagramme en barres"), shown
    assert "Nice" in shown[1] and len(shown) == 2


def test_plt_show_gives_the_picture_then_its_summary_then_what_follows(outputs) -> None:
    shown = kinds(outputs["plt_show"])
    assert shown[0] == "picture" and "Toulon" in shown[1] and shown[2] == "après", shown


def test_a_figure_drawn_without_eduia_is_only_its_picture(outputs) -> None:
    assert kinds(outputs["plain_matplotlib"]) == ["picture"]
