"""eduia.plots: charts draw what they are given, in French, and refuse wrong columns helpfully."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.colors import to_hex

from eduia import i18n, plots
from eduia.learn import KNearestNeighbours
from eduia.plots import PlotError


@pytest.fixture(autouse=True)
def _french_and_clean() -> None:
    i18n.set_language("fr")
    yield
    i18n._chosen_language = None
    plt.close("all")


@pytest.fixture
def days() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    frame = pd.DataFrame(
        {"temperature_c": rng.uniform(10, 40, 80), "humidite_pct": rng.uniform(10, 90, 80)}
    )
    frame["feu"] = ((frame.temperature_c > 28) & (frame.humidite_pct < 45)).astype(int)
    return frame


@pytest.fixture
def communes() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "nom": ["Marseille", "Aix", "Nice", "Gap", "Ristolas"],
            "departement": ["13", "13", "06", "05", "05"],
            "longitude": [5.37, 5.45, 7.26, 6.08, 6.98],
            "latitude": [43.30, 43.53, 43.71, 44.56, 44.77],
            "population_municipale": pd.array([873076, 146000, 348085, 41000, None], dtype="Int64"),
        }
    )


# --- points --------------------------------------------------------------------------------


def test_scatter_colours_each_class_and_labels_in_french(days) -> None:
    ax = plots.scatter(days, x="temperature_c", y="humidite_pct", hue="feu", hue_labels={1: "feu"})
    assert len(ax.collections) == 2
    for collection, value in zip(ax.collections, [0, 1]):
        chosen = days[days.feu == value]
        np.testing.assert_allclose(
            collection.get_offsets(), chosen[["temperature_c", "humidite_pct"]]
        )
        assert to_hex(collection.get_facecolor()[0]) == plots.BINARY_COLOURS[value].lower()
    assert ax.get_xlabel() == plots._style.column_label("temperature_c")
    assert [text.get_text() for text in ax.get_legend().get_texts()] == ["0", "feu"]
    assert ax.xaxis.label.get_fontsize() >= 14


def test_same_departement_same_colour_everywhere(communes) -> None:
    colours = plots.category_colours(communes.departement)
    assert colours["13"] == plots.category_colours(["13", "83"])["13"]
    assert len(set(plots.category_colours(["04", "05", "06", "13", "83", "84"]).values())) == 6


def test_scatter_accepts_plain_values_and_a_continuous_hue() -> None:
    ax = plots.scatter(x=[1, 2, 3], y=[3, 1, 2], hue=["a", "b", "a"])
    assert [len(c.get_offsets()) for c in ax.collections] == [2, 1]
    days = pd.DataFrame({"a": np.arange(30.0), "b": np.arange(30.0), "t": np.linspace(5, 35, 30)})
    ax = plots.scatter(days, x="a", y="b", hue="t", ax=plt.figure().add_subplot())
    assert ax.collections[0].get_array().tolist() == days.t.tolist()  # a colour scale


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            lambda d: plots.scatter(d, x="Temperature", y="humidite_pct"),
            'Écrivez x="temperature_c"',
        ),
        (lambda d: plots.scatter(d, x="temperature_c", y="humidité"), 'y="humidite_pct"'),
        (
            lambda d: plots.scatter(d, x="temperature_c", y="humidite_pct", hue="zzz"),
            "Colonnes disponibles",
        ),
        (lambda d: plots.scatter(x="temperature_c", y="humidite_pct"), "ajoutez data="),
        (lambda d: plots.scatter("jours", x="temperature_c", y="humidite_pct"), "DataFrame"),
        (lambda d: plots.scatter(d, y="humidite_pct"), "Il manque l'argument x="),
        (lambda d: plots.scatter(d.assign(z="a"), x="z", y="feu"), "hue="),
        (lambda d: plots.scatter(d, x=[1, 2], y="feu"), "x a 2 valeurs"),
    ],
)
def test_wrong_columns_are_explained(days, call, expected: str) -> None:
    with pytest.raises(PlotError, match=expected):
        call(days)


def test_wrong_column_message_in_english(days) -> None:
    i18n.set_language("en")
    with pytest.raises(PlotError, match="Did you mean “temperature_c”"):
        plots.scatter(days, x="temperatur", y="humidite_pct")


def test_axis_labels_take_units_from_the_datasets_metadata(monkeypatch) -> None:
    from eduia.plots import _style

    monkeypatch.setattr(
        _style, "shipped_columns", lambda: {"temperature_c": ("", "°C"), "feu": ("", "")}
    )
    assert _style.column_label("temperature_c") == "temperature (°C)"
    assert _style.column_label("feu") == "feu"
    assert _style.column_label("population_municipale") == "population municipale"


def test_real_metadata_gives_units() -> None:
    from eduia.plots import _style

    assert _style.shipped_columns()  # the shipped datapackage.json is readable
    assert _style.column_label("vent_km_h") == "vent (km/h)"


# --- decision regions ----------------------------------------------------------------------


@pytest.mark.parametrize("library", ["sklearn", "eduia"])
def test_decision_regions_show_the_model_answers(days, library: str) -> None:
    from sklearn.neighbors import KNeighborsClassifier

    features = days[["temperature_c", "humidite_pct"]]
    model = (KNeighborsClassifier(3) if library == "sklearn" else KNearestNeighbours(3)).fit(
        features, days.feu
    )
    ax = plots.decision_regions(
        model, days, x="temperature_c", y="humidite_pct", hue="feu", resolution=50
    )
    image = ax.images[0]
    codes = np.asarray(image.get_array())
    left, right, bottom, top = image.get_extent()
    grid_x, grid_y = np.meshgrid(np.linspace(left, right, 50), np.linspace(bottom, top, 50))
    expected = model.predict(
        pd.DataFrame({"temperature_c": grid_x.ravel(), "humidite_pct": grid_y.ravel()})
    )
    np.testing.assert_array_equal(codes.ravel(), expected)  # class 0 → code 0, class 1 → code 1
    assert codes.min() == 0 and codes.max() == 1
    assert left < days.temperature_c.min() and right > days.temperature_c.max()


def test_decision_regions_refuse_unfitted_or_mismatched_models(days) -> None:
    from sklearn.neighbors import KNeighborsClassifier

    for model in (KNeighborsClassifier(), KNearestNeighbours()):
        with pytest.raises(PlotError, match="pas encore appris"):
            plots.decision_regions(model, days, x="temperature_c", y="humidite_pct")
    fitted = KNeighborsClassifier(3).fit(days[["humidite_pct", "feu"]], days.feu)
    with pytest.raises(PlotError, match="humidite_pct, feu"):
        plots.decision_regions(fitted, days, x="temperature_c", y="humidite_pct")
    with pytest.raises(PlotError, match="predict"):
        plots.decision_regions("knn", days, x="temperature_c", y="humidite_pct")


# --- map -----------------------------------------------------------------------------------


def test_region_map_by_departement_sized_by_population(communes) -> None:
    ax = plots.region_map(communes, size="population_municipale")
    assert ax.get_aspect() == pytest.approx(1 / np.cos(np.radians(communes.latitude.mean())))
    names = {text.get_text() for text in ax.texts}
    assert {"Bouches-du-Rhône", "Alpes-Maritimes", "Hautes-Alpes"} <= names
    by_colour = {to_hex(c.get_facecolor()[0]): c for c in ax.collections if len(c.get_offsets())}
    colours = plots.category_colours(["05", "13"])
    bouches_du_rhone, hautes_alpes = (
        by_colour[colours["13"].lower()],
        by_colour[colours["05"].lower()],
    )
    np.testing.assert_allclose(bouches_du_rhone.get_offsets(), [[5.37, 43.30], [5.45, 43.53]])
    assert bouches_du_rhone.get_sizes()[0] == pytest.approx(plots.maps.LARGEST_MARKER)
    assert bouches_du_rhone.get_sizes()[1] == pytest.approx(600 * 146000 / 873076)
    assert hautes_alpes.get_sizes()[1] == plots.maps.SMALLEST_MARKER  # Ristolas: no population
    assert ax.get_xlabel() == "longitude (°)"
    assert ax.get_legend().get_title().get_text().startswith("population municipale")


def test_region_map_with_another_hue_keeps_a_legend(communes) -> None:
    communes["grande"] = np.where(communes.population_municipale.fillna(0) > 100_000, "oui", "non")
    ax = plots.region_map(communes, hue="grande", labels=True)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["non", "oui"]
    assert not ax.texts
    with pytest.raises(PlotError, match='Écrivez latitude="Latitude"'):
        plots.region_map(communes.rename(columns={"latitude": "Latitude"}), latitude="lattitude")


def test_region_map_on_the_real_communes(shared_dir) -> None:
    communes = pd.read_csv(shared_dir / "facts" / "communes_paca.csv", dtype={"departement": str})
    ax = plots.region_map(communes, size="incendies_1973_2024")
    assert sum(len(c.get_offsets()) for c in ax.collections) == 946
    assert len(ax.texts) == 6


# --- evaluation ----------------------------------------------------------------------------


def test_confusion_counts_and_french_words() -> None:
    truth, prediction = [1, 1, 1, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0]
    assert plots.confusion_counts(truth, prediction) == {
        "true_positives": 2,
        "false_negatives": 1,
        "false_positives": 1,
        "true_negatives": 3,
    }
    frame = pd.DataFrame({"episode": truth, "alerte": prediction})
    ax = plots.confusion_matrix(
        frame, truth="episode", prediction="alerte", names=("calme", "épisode")
    )
    texts = sorted(text.get_text() for text in ax.texts)
    assert texts == [
        "1\nalertes manquées",
        "1\nfausses alertes",
        "2\nvrais positifs",
        "3\nvrais négatifs",
    ]
    assert [label.get_text() for label in ax.get_xticklabels()] == ["épisode", "calme"]
    assert ax.get_ylabel() == "Réalité"


def test_confusion_matrix_refuses_what_it_cannot_show() -> None:
    with pytest.raises(PlotError, match="positive='oui'"):
        plots.confusion_counts([0, 1], [1, 1], positive="oui")
    with pytest.raises(PlotError, match="deux classes"):
        plots.confusion_counts([0, 1, 2], [1, 1, 2], positive=1)
    assert plots.confusion_counts([0, 0], [0, 0])["true_negatives"] == 2


def test_score_curve_marks_the_best_test_score() -> None:
    scores = pd.DataFrame(
        {"k": [1, 3, 5, 7], "train": [1.0, 0.9, 0.85, 0.8], "test": [0.7, 0.8, 0.82, 0.79]}
    )
    ax = plots.score_curve(scores, x="k", train="train", test="test")
    train_line, test_line, best = ax.get_lines()
    assert train_line.get_ydata().tolist() == scores.train.tolist()
    assert test_line.get_ydata().tolist() == scores.test.tolist()
    assert best.get_xdata()[0] == 5
    assert [t.get_text() for t in ax.get_legend().get_texts()][-1] == "meilleur test : 5"
    with pytest.raises(PlotError, match='test="test"'):
        plots.score_curve(scores, x="k", train="train", test="Test_")


# --- tree ----------------------------------------------------------------------------------


def test_decision_tree_in_french_to_depth_three(days) -> None:
    from sklearn.tree import DecisionTreeClassifier

    tree = DecisionTreeClassifier(max_depth=6, random_state=0).fit(
        days[["temperature_c", "humidite_pct"]], days.feu
    )
    ax = plots.decision_tree(tree, class_names=["calme", "feu"], max_depth=3)
    texts = "\n".join(text.get_text() for text in ax.texts)
    assert "exemples = 80" in texts and "classe = " in texts and "répartition" in texts
    assert "samples" not in texts and "class =" not in texts
    assert "temperature_c ≤" in texts or "humidite_pct ≤" in texts
    assert {"oui", "non"} <= {text.get_text() for text in ax.texts}
    with pytest.raises(PlotError, match="arbre de décision"):
        plots.decision_tree(KNearestNeighbours())
    with pytest.raises(PlotError, match="arbre de décision"):
        plots.decision_tree(DecisionTreeClassifier())


# --- catalogue and properties ----------------------------------------------------------------


@pytest.mark.parametrize("domain", ["plots", "learn"])
def test_every_message_has_both_languages_with_the_same_fields(domain: str) -> None:
    import importlib
    import string

    messages = importlib.import_module(f"eduia.messages.{domain}").MESSAGES
    for key, (french, english) in messages.items():
        assert key.startswith(f"{domain}.") and french and english, key
        fields = [
            {name for _, name, _, _ in string.Formatter().parse(text) if name}
            for text in (french, english)
        ]
        assert fields[0] == fields[1], key


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=12).filter(lambda name: name not in ("a", "b")))
def test_any_unknown_column_names_the_argument(name: str) -> None:
    frame = pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0]})
    with pytest.raises(PlotError) as caught:
        plots.scatter(frame, x="a", y=name, ax=plt.figure().add_subplot())
    assert str(caught.value).startswith("y=")
    plt.close("all")


# --- bars and lines --------------------------------------------------------------------------


def test_bar_chart_sums_per_category_and_writes_french_numbers() -> None:
    frame = pd.DataFrame({"departement": ["13", "04", "13"], "feux": [1000.0, 20.0, 234.5]})
    ax = plots.bar_chart(frame, x="departement", y="feux")
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == [20.0, 1234.5]  # sorted categories, repeated ones summed
    assert [to_hex(bar.get_facecolor()) for bar in ax.patches] == [
        plots.category_colours(["04", "13"])[code].lower() for code in ("04", "13")
    ]
    assert [text.get_text() for text in ax.texts] == ["20", "1\u202f234"]
    assert ax.get_xticklabels()[1].get_text() == "13\nBouches-\ndu-Rhône"
    with pytest.raises(PlotError, match='Écrivez y="feux"'):
        plots.bar_chart(frame, x="departement", y="feu")


def test_line_chart_draws_one_sorted_line_per_group() -> None:
    frame = pd.DataFrame(
        {
            "annee": [2021, 2020, 2020, 2021],
            "nombre_feux": [80, 90, 300, 250],
            "departement": ["04", "04", "13", "13"],
        }
    )
    ax = plots.line_chart(frame, x="annee", y="nombre_feux", hue="departement")
    first, second = ax.get_lines()
    assert first.get_xdata().tolist() == [2020, 2021] and first.get_ydata().tolist() == [90, 80]
    assert second.get_ydata().tolist() == [300, 250]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "04 Alpes-de-Haute-Provence",
        "13 Bouches-du-Rhône",
    ]
    single = plots.line_chart(x=[1, 2, 3], y=[3, 1, 2], ax=plt.figure().add_subplot())
    assert len(single.get_lines()) == 1 and single.get_legend() is None
