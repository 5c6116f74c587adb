"""A decision tree drawn in French, readable down to depth 3 on a projector.

Colour is never alone: each box writes its class in words (« classe = feu »).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from eduia.i18n import t
from eduia.plots._columns import PlotError
from eduia.plots._style import (
    BINARY_COLOURS,
    FONT_SIZES,
    PALETTE,
    get_axes,
    set_summary,
    set_title,
)

_WORDS = {"samples": "plots.tree.samples", "value": "plots.tree.value", "class": "plots.tree.class"}
_ARROWS = {"True": "plots.tree.true", "False": "plots.tree.false"}


def translate_node_text(text: str) -> str:
    """A node's text from scikit-learn's ``plot_tree`` with its words in the current language.

    Examples
    --------
    >>> from eduia.i18n import set_language
    >>> set_language("fr")
    >>> translate_node_text("samples = 12\\nclass = feu")
    'exemples = 12\\nclasse = feu'
    """
    for word, key in _WORDS.items():
        text = re.sub(rf"^{word} = ", f"{t(key)} = ", text, flags=re.MULTILINE)
    return text.replace(" <= ", " ≤ ")


def _colour_by_class(nodes: Sequence[Any], class_names: Sequence[str] | None) -> None:
    """Fill each box with its decision's colour, the same as in eduia's scatter plots and maps.

    scikit-learn's own colours (orange for the first class) would contradict the regions drawn
    beside the tree (blue for « pas de feu », vermillion for « feu »).
    """
    from matplotlib.colors import to_rgba

    names = [str(name) for name in class_names or []]
    colours = BINARY_COLOURS if len(names) == 2 else PALETTE
    prefix = f"{t('plots.tree.class')} = "
    for node in nodes:
        decision = next(
            (
                line[len(prefix) :]
                for line in node.get_text().splitlines()
                if line.startswith(prefix)
            ),
            None,
        )
        box = node.get_bbox_patch()
        if decision in names and box is not None:
            box.set_facecolor(to_rgba(colours[names.index(decision) % len(colours)], 0.35))


def decision_tree(
    model: Any,
    *,
    feature_names: Sequence[str] | None = None,
    class_names: Sequence[str] | None = None,
    max_depth: int | None = 3,
    title: str | None = None,
    ax: Any = None,
) -> Any:
    """Draw a fitted scikit-learn decision tree with French words, coloured by majority class.

    Parameters
    ----------
    model : DecisionTreeClassifier or DecisionTreeRegressor
        A fitted tree.
    feature_names : list of str, optional
        The names of its questions' columns; the ones it learnt from a DataFrame by default.
    class_names : list of str, optional
        Names of the classes in the order of ``model.classes_`` (e.g. ``["calme", "feu"]``).
    max_depth : int or None
        Draw down to this depth (deeper nodes show as « (...) »); ``None`` draws everything.
    title : str, optional
        The chart's title.
    ax : matplotlib Axes, optional
        Where to draw; pyplot's current Axes when omitted.

    Returns
    -------
    matplotlib Axes
        Its one-line summary in words (depth, leaves, first question) is
        :func:`eduia.plots.summary` of it.

    Examples
    --------
    >>> from sklearn.tree import DecisionTreeClassifier
    >>> tree = DecisionTreeClassifier(max_depth=2).fit([[20], [35], [30]], [0, 1, 1])
    >>> ax = decision_tree(tree, feature_names=["température"], class_names=["calme", "feu"])
    """
    from sklearn.tree import BaseDecisionTree, plot_tree

    if not isinstance(model, BaseDecisionTree) or not hasattr(model, "tree_"):
        raise PlotError(t("plots.not_a_tree", kind=type(model).__name__))
    if feature_names is None and hasattr(model, "feature_names_in_"):
        feature_names = [str(name) for name in model.feature_names_in_]
    if class_names is None and hasattr(model, "classes_"):
        class_names = [str(value) for value in model.classes_]
    ax = get_axes(ax)
    nodes = plot_tree(
        model,
        feature_names=feature_names,
        class_names=class_names,
        max_depth=max_depth,
        filled=True,
        precision=1,
        impurity=False,
        rounded=True,
        fontsize=FONT_SIZES["ticks"],
        ax=ax,
    )
    for node in nodes:
        node.set_text(translate_node_text(node.get_text()))
    _colour_by_class(nodes, class_names)
    for text in ax.texts:
        if text.get_text().strip() in _ARROWS:
            text.set_text(t(_ARROWS[text.get_text().strip()]))
    set_title(ax, title)
    set_summary(ax, _tree_summary(model, nodes))
    return ax


def _tree_summary(model: Any, nodes: Sequence[Any]) -> str:
    if model.tree_.node_count <= 1 or not nodes:
        return t("plots.summary.tree_leaf")
    question = nodes[0].get_text().splitlines()[0]
    return t(
        "plots.summary.tree",
        depth=model.get_depth(),
        leaves=model.get_n_leaves(),
        question=question,
    )
