"""Handwritten digits as scikit-learn's bundled digits were made, and the class's own digits.

scikit-learn's ``load_digits`` (1 797 digits, shipped with scikit-learn: no download) comes
from the UCI « optdigits » data: each digit was scanned as a 32 × 32 black-and-white bitmap,
size-normalised, then cut into 8 × 8 blocks of 4 × 4 pixels; each block became the number of
its black pixels, from 0 to 16. :func:`what_the_ai_sees` does exactly that to a pupil's drawing:
the drawing is cropped to its bounding box, enlarged until its height (or its width, for a wide
drawing) fills 32 pixels, centred, and counted block by block.

The class's own digits stay on the pupil's machine: :func:`save_drawing` appends a drawing to
``mes_chiffres.csv`` in the lesson's folder (the pupil's workspace), nothing is sent anywhere.
When the class has drawn nothing yet, :func:`french_style_digits` gives a small, generated and
labelled set of digits drawn « à la française » (a crossed 7, a 1 with its long flag) on the
same 16 × 16 grid, so that the lesson always runs.

Examples
--------
>>> drawing = np.zeros((16, 16), dtype=bool); drawing[2:14, 7] = True  # a plain « 1 »
>>> what_the_ai_sees(drawing)[:, 3:5].sum() > 0
np.True_
"""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from eduia.i18n import t
from eduia.learn._checks import LearnError

GRID = 16
"""The side of the pupil's drawing grid (16 × 16 squares)."""
BITMAP = 32
"""The side of the bitmaps scikit-learn's digits were made from."""
BLOCK = 4
"""The side of a block: 8 × 8 blocks of 4 × 4 pixels, each counted from 0 to 16."""
INK = BLOCK * BLOCK
FILE_NAME = "mes_chiffres.csv"
"""The file, in the lesson's folder, that keeps the pupil's own digits."""


def as_drawing(drawing: Any) -> np.ndarray:
    """``drawing`` as a 2-D boolean array (``True`` = black), refused in French otherwise.

    Examples
    --------
    >>> as_drawing([[0, 1], [1, 0]]).tolist()
    [[False, True], [True, False]]
    """
    try:
        grid = np.asarray(drawing, dtype=float)
    except (TypeError, ValueError):
        raise LearnError(t("digits.bad_drawing")) from None
    if grid.ndim != 2 or grid.size == 0 or not np.all((grid == 0) | (grid == 1)):
        raise LearnError(t("digits.bad_drawing"))
    return grid.astype(bool)


def normalise(drawing: Any, size: int = BITMAP) -> np.ndarray:
    """The drawing cropped to its bounding box, enlarged to fill ``size`` pixels, centred.

    The height fills the bitmap (the width for a drawing wider than tall) and the proportions
    are kept, so a « 1 » stays thin, as in the scanned digits; nearest-neighbour enlargement.
    An empty drawing stays empty.

    Examples
    --------
    >>> dot = np.zeros((16, 16), dtype=bool); dot[3, 5] = True
    >>> int(normalise(dot).sum())  # one square fills the whole 32 × 32 bitmap
    1024
    """
    grid = as_drawing(drawing)
    bitmap = np.zeros((size, size), dtype=bool)
    rows, columns = np.flatnonzero(grid.any(axis=1)), np.flatnonzero(grid.any(axis=0))
    if rows.size == 0:
        return bitmap
    box = grid[rows[0] : rows[-1] + 1, columns[0] : columns[-1] + 1]
    height, width = box.shape
    scale = size / max(height, width)
    new_height = max(1, min(size, round(height * scale)))
    new_width = max(1, min(size, round(width * scale)))
    source_rows = np.minimum((np.arange(new_height) * height) // new_height, height - 1)
    source_columns = np.minimum((np.arange(new_width) * width) // new_width, width - 1)
    top, left = (size - new_height) // 2, (size - new_width) // 2
    bitmap[top : top + new_height, left : left + new_width] = box[
        np.ix_(source_rows, source_columns)
    ]
    return bitmap


def count_blocks(bitmap: Any, block: int = BLOCK) -> np.ndarray:
    """The number of black pixels of each ``block`` × ``block`` square of ``bitmap``.

    Examples
    --------
    >>> count_blocks(np.ones((32, 32), dtype=bool))[0, 0]
    np.int64(16)
    """
    grid = np.asarray(bitmap, dtype=bool)
    side = grid.shape[0] // block
    return grid.reshape(side, block, side, block).sum(axis=(1, 3)).astype(np.int64)


def what_the_ai_sees(drawing: Any) -> np.ndarray:
    """The 8 × 8 numbers from 0 to 16 that scikit-learn's digits model sees for ``drawing``.

    Examples
    --------
    >>> what_the_ai_sees(np.ones((16, 16), dtype=bool)).max()
    np.float64(16.0)
    """
    return count_blocks(normalise(drawing)).astype(float)


# -- digits drawn « à la française », generated ---------------------------------------------


# Strokes in a unit box (x to the right, y downwards), as polylines. The 1 has its long flag
# and the 7 its bar, as they are written in France; the 4 is open at the top.
def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float) -> list:
    angles = np.radians(np.linspace(start, end, 24))
    return list(zip(cx + rx * np.cos(angles), cy + ry * np.sin(angles)))


_STROKES: dict[int, list[list[tuple[float, float]]]] = {
    0: [_arc(0.5, 0.5, 0.4, 0.5, 0, 360)],
    1: [[(0.15, 0.4), (0.65, 0.0), (0.65, 1.0)]],
    2: [_arc(0.5, 0.3, 0.4, 0.3, 180, 380) + [(0.05, 1.0), (0.95, 1.0)]],
    3: [_arc(0.45, 0.25, 0.4, 0.25, 200, 450), _arc(0.45, 0.73, 0.45, 0.27, 270, 520)],
    4: [[(0.55, 0.0), (0.05, 0.65), (0.95, 0.65)], [(0.7, 0.3), (0.7, 1.0)]],
    5: [[(0.9, 0.0), (0.2, 0.0), (0.12, 0.45)], _arc(0.45, 0.7, 0.45, 0.3, 220, 500)],
    6: [[(0.8, 0.0), (0.35, 0.25)] + _arc(0.5, 0.7, 0.42, 0.3, 200, 560)],
    7: [[(0.0, 0.15), (0.1, 0.0), (0.95, 0.0), (0.4, 1.0)], [(0.25, 0.5), (0.85, 0.5)]],
    8: [_arc(0.5, 0.25, 0.33, 0.25, 0, 360), _arc(0.5, 0.73, 0.42, 0.27, 0, 360)],
    9: [_arc(0.5, 0.22, 0.42, 0.22, 0, 360), [(0.92, 0.22), (0.75, 1.0)]],
}

VARIANTS = 4
"""How many generated drawings of each digit :func:`french_style_digits` gives."""


def _segment_distances(points: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    direction = end - start
    length = float(direction @ direction) or 1.0
    along = np.clip(((points - start) @ direction) / length, 0.0, 1.0)
    nearest = start + along[:, None] * direction
    return np.hypot(*(points - nearest).T)


def render_strokes(strokes: list, *, size: int = GRID, pen: float = 0.6) -> np.ndarray:
    """Polylines in the unit square, drawn as black squares of a ``size`` × ``size`` grid.

    A square is black when its centre is at most ``pen`` squares from a stroke.

    Examples
    --------
    >>> int(render_strokes([[(0.0, 0.5), (1.0, 0.5)]], size=8).any(axis=1).sum())
    1
    """
    centres = np.stack(np.meshgrid(np.arange(size) + 0.5, np.arange(size) + 0.5), -1)
    points = centres.reshape(-1, 2)
    nearest = np.full(len(points), np.inf)
    for stroke in strokes:
        line = np.asarray(stroke, dtype=float)
        for start, end in itertools.pairwise(line):
            nearest = np.minimum(nearest, _segment_distances(points, start, end))
    return (nearest <= pen).reshape(size, size)


def _placed(stroke: list, rng: np.random.Generator, box: tuple) -> np.ndarray:
    top, left, height, width, slant = box
    points = np.asarray(stroke, dtype=float)
    x = left + (points[:, 0] + slant * (1 - points[:, 1])) * width
    y = top + points[:, 1] * height
    return np.column_stack([x, y]) + rng.normal(0, 0.25, size=(len(points), 2)).cumsum(0) / 6


def french_style_digits(variants: int = VARIANTS, seed: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """Digits drawn « à la française » on the 16 × 16 grid, generated (always the same ones).

    Each digit 0 to 9 is drawn ``variants`` times from its strokes, with a different size,
    slant and wobble; the 1 has its long flag, the 7 its bar. They stand for the class's
    digits when nobody has drawn yet; they are generated, not drawn by pupils.

    Returns
    -------
    drawings : ndarray of bool, shape (10 × variants, 16, 16)
    labels : ndarray of int, shape (10 × variants,)

    Examples
    --------
    >>> drawings, labels = french_style_digits()
    >>> drawings.shape, labels[:5].tolist()
    ((40, 16, 16), [0, 0, 0, 0, 1])
    """
    rng = np.random.default_rng(seed)
    drawings, labels = [], []
    for digit, strokes in _STROKES.items():
        for _ in range(variants):
            height = rng.uniform(10, 14)
            width = height * rng.uniform(0.55, 0.8)
            slant = rng.uniform(-0.05, 0.25)
            top = rng.uniform(0.5, GRID - height - 0.5)
            left = rng.uniform(0.5, GRID - width * (1 + max(slant, 0)) - 0.5)
            box = (top, left, height, width, slant)
            placed = [_placed(stroke, rng, box) for stroke in strokes]
            drawings.append(render_strokes(placed, pen=rng.uniform(0.9, 1.2)))
            labels.append(digit)
    return np.array(drawings), np.array(labels)


# -- the pupil's own digits, kept on the machine ----------------------------------------------


def _file(folder: Path | str | None) -> Path:
    return (Path(folder) if folder is not None else Path.cwd()) / FILE_NAME


def save_drawing(drawing: Any, label: int, folder: Path | str | None = None) -> Path:
    """Append ``drawing`` and its ``label`` to ``mes_chiffres.csv`` in ``folder`` (default: here).

    The file stays in the lesson's folder on this machine; nothing is uploaded.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> save_drawing(np.eye(16, dtype=bool), 1, folder).name
    'mes_chiffres.csv'
    """
    grid = as_drawing(drawing)
    if grid.shape != (GRID, GRID):
        raise LearnError(t("digits.bad_drawing"))
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)) or not 0 <= label <= 9:
        raise LearnError(t("digits.bad_label"))
    path = _file(folder)
    new = not path.exists()
    with path.open("a", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(["chiffre", "dessin"])
        writer.writerow([int(label), "".join("1" if on else "0" for on in grid.flat)])
    return path


def load_drawings(folder: Path | str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The drawings kept by :func:`save_drawing` in ``folder`` (none: two empty arrays).

    Unreadable lines (a file edited by hand) are skipped.

    Examples
    --------
    >>> import tempfile
    >>> load_drawings(tempfile.mkdtemp())[0].shape
    (0, 16, 16)
    """
    drawings, labels = [], []
    path = _file(folder)
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text, label = (row.get("dessin") or ""), (row.get("chiffre") or "")
                if (
                    len(text) == GRID * GRID
                    and set(text) <= {"0", "1"}
                    and label in set("0123456789")
                ):
                    drawings.append(np.array([c == "1" for c in text]).reshape(GRID, GRID))
                    labels.append(int(label))
    if not drawings:
        return np.zeros((0, GRID, GRID), dtype=bool), np.zeros(0, dtype=int)
    return np.array(drawings), np.array(labels)


@dataclass
class DigitSet:
    """Digits ready for a scikit-learn model: ``pixels`` (n, 64) from 0 to 16 and ``labels``."""

    drawings: np.ndarray
    pixels: np.ndarray
    labels: np.ndarray
    generated: bool

    def __len__(self) -> int:
        return len(self.labels)

    def __repr__(self) -> str:
        key = "digits.generated_set" if self.generated else "digits.own_set"
        return t(key, count=len(self), file=FILE_NAME)


def our_digits(folder: Path | str | None = None) -> DigitSet:
    """The pupil's own digits if any were kept here, else the generated French-style ones.

    Examples
    --------
    >>> import tempfile
    >>> our_digits(tempfile.mkdtemp()).generated
    True
    """
    drawings, labels = load_drawings(folder)
    generated = len(labels) == 0
    if generated:
        drawings, labels = french_style_digits()
    pixels = np.array([what_the_ai_sees(drawing).ravel() for drawing in drawings])
    return DigitSet(drawings, pixels, labels, generated)
