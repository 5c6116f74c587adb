"""Lesson 06 playground: k-means step by step on the map of the communes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from eduia.learn import KMeans
from eduia.playgrounds._base import Placeholder, PlaygroundError
from eduia.playgrounds.kmeans_steps import KM_PER_DEGREE, draw_kmeans_steps, kmeans_steps


@pytest.fixture(autouse=True)
def _french(monkeypatch):
    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)


@pytest.fixture
def communes() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    centres = np.array([[5.4, 43.4], [7.1, 43.8], [6.2, 44.6]])
    points = np.vstack([rng.normal(c, 0.15, size=(60, 2)) for c in centres])
    fires = np.r_[np.full(60, 50), np.full(60, 1), np.full(60, 1)] * rng.integers(1, 4, 180)
    return pd.DataFrame(
        {"longitude": points[:, 0], "latitude": points[:, 1], "incendies_1973_2024": fires}
    )


def _km(communes: pd.DataFrame) -> np.ndarray:
    cos = np.cos(np.radians(communes.latitude.mean()))
    return np.column_stack([communes.longitude * cos, communes.latitude]) * KM_PER_DEGREE


def test_steps_alternate_assign_and_move(communes):
    start = draw_kmeans_steps(k=3, step=0, data=communes)
    assert start.phase == "start" and start.groups is None and start.mean_distance_km is None
    assigned = draw_kmeans_steps(k=3, step=1, data=communes, fig=start.figure)
    assert assigned.phase == "assign"
    np.testing.assert_allclose(assigned.centres, start.centres)  # assigning does not move centres
    distances = np.linalg.norm(
        _km(communes)[:, None, :] - _km_centres(assigned.centres, communes), axis=2
    )
    np.testing.assert_array_equal(assigned.groups, distances.argmin(axis=1))
    moved = draw_kmeans_steps(k=3, step=2, data=communes, fig=start.figure)
    assert moved.phase == "move"
    np.testing.assert_array_equal(moved.groups, assigned.groups)  # moving keeps the groups
    for group in range(3):
        members = communes[assigned.groups == group]
        assert moved.centres[group, 1] == pytest.approx(members.latitude.mean())
    assert moved.mean_distance_km < assigned.mean_distance_km


def _km_centres(centres: np.ndarray, communes: pd.DataFrame) -> np.ndarray:
    cos = np.cos(np.radians(communes.latitude.mean()))
    return (np.column_stack([centres[:, 0] * cos, centres[:, 1]]) * KM_PER_DEGREE)[None, :, :]


@pytest.mark.parametrize("weighted", [False, True])
def test_the_end_is_what_kmeans_finds(communes, weighted):
    start = draw_kmeans_steps(k=3, step=0, weighted=weighted, data=communes)
    end = draw_kmeans_steps(k=3, to_end=True, weighted=weighted, data=communes)
    assert end.phase == "done"
    weights = communes.incendies_1973_2024 if weighted else None
    model = KMeans(k=3).fit(
        _km(communes), centres=_km_centres(start.centres, communes)[0], sample_weight=weights
    )
    np.testing.assert_array_equal(end.groups, model.groups_)
    np.testing.assert_allclose(_km_centres(end.centres, communes)[0], model.centres_)


def test_weighting_pulls_centres_towards_fires(communes):
    plain = draw_kmeans_steps(k=2, to_end=True, data=communes)
    weighted = draw_kmeans_steps(k=2, to_end=True, weighted=True, data=communes)
    fiery = np.array([5.4, 43.4])  # the blob with fifty times more fires
    nearest = lambda result: np.linalg.norm(result.centres - fiery, axis=1).min()
    assert nearest(weighted) <= nearest(plain)


def test_a_step_past_the_end_shows_the_end(communes):
    end = draw_kmeans_steps(k=3, to_end=True, data=communes)
    assert end.step < 40
    late = draw_kmeans_steps(k=3, step=40, data=communes)
    assert late.phase == "done" and late.step == end.step
    np.testing.assert_allclose(late.centres, end.centres)
    assert "Plus rien ne bouge" in late.figure.axes[0].get_title(loc="left")


def test_figure_shows_the_state(communes):
    result = draw_kmeans_steps(k=3, step=2, data=communes)
    ax = result.figure.axes[0]
    communes_artist, centres_artist = ax.collections[0], ax.collections[2]
    np.testing.assert_allclose(centres_artist.get_offsets(), result.centres)
    assert len({tuple(c) for c in communes_artist.get_facecolors()}) == 3
    assert ax.get_title(loc="left").startswith("Étape 2 : chaque centre va au milieu")
    assert "Distance moyenne" in ax.texts[0].get_text()


@pytest.mark.parametrize(("k", "step"), [(1, 0), (9, 0), (3, -1), (3, 41), (2.5, 0), ("3", 0)])
def test_bad_values_are_explained_in_french(communes, k, step):
    with pytest.raises(PlaygroundError, match="k|step"):
        draw_kmeans_steps(k=k, step=step, data=communes)


def test_missing_column_is_explained(communes):
    with pytest.raises(PlaygroundError, match="incendies_1973_2024"):
        draw_kmeans_steps(data=communes.drop(columns="incendies_1973_2024"))


def test_widget_and_autograding(communes, monkeypatch):
    playground = kmeans_steps(data=communes)
    assert playground.error is None
    assert playground.update(step=3).phase == "assign"
    assert set(playground.controls) == {"k", "step", "to_end", "weighted"}
    assert playground.update(to_end=True).phase == "done"
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert isinstance(kmeans_steps(data=communes), Placeholder)
