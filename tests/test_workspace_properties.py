"""Property: whatever the pupil edits or deletes, whatever updates arrive, no pupil byte is lost.

A hypothesis state machine plays a pupil (edit any file, create files, delete files, break the
manifest) against eduia (ship new versions of the lessons, update the workspace, reset a lesson).
The model remembers every file whose current content the pupil wrote; after every step each of
them must still be on disk with exactly those bytes — at its own path, or, after a reset, in the
dated backup that the reset reported.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from eduia.workspace import prepare_workspace, reset_lesson

LESSON_POOL = ("00-jupyter", "01-regles", "02-voisins")
PUPIL_NAMES = (
    "brouillon.ipynb",
    "notes.txt",
    "02-voisins/mes-essais.ipynb",
    "00-jupyter/autre.ipynb",
    "01-regles",
)  # the last one is a file where a lesson folder goes


def workspace_files(workspace: Path) -> list[str]:
    return sorted(
        path.relative_to(workspace).as_posix()
        for path in workspace.rglob("*")
        if path.is_file() and ".eduia" not in path.relative_to(workspace).parts
    )


class PupilAndUpdates(RuleBasedStateMachine):
    """A pupil working in a workspace while eduia ships new versions."""

    @initialize()
    def create(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="eduia-property-"))
        self.workspace = self.root / "eleve"
        self.release = self.root / "release"
        self.pupil: dict[str, bytes] = {}
        self.counter = 0
        self.version = 0
        self.ship(LESSON_POOL, "first")
        prepare_workspace(self.workspace, self.release, version="0.0")

    def teardown(self) -> None:
        shutil.rmtree(getattr(self, "root", ""), ignore_errors=True)

    def ship(self, lessons: tuple[str, ...] | list[str], tag: str) -> None:
        shutil.rmtree(self.release, ignore_errors=True)
        for lesson in lessons:
            folder = self.release / lesson
            folder.mkdir(parents=True)
            (folder / f"{lesson}.ipynb").write_bytes(f"shipped:{lesson}:{tag}".encode())
            (folder / "donnees.csv").write_bytes(f"shipped-data:{lesson}:{tag}".encode())

    def next_pupil_bytes(self, data: bytes) -> bytes:
        self.counter += 1
        return b"pupil:%d:" % self.counter + data

    @rule(data=st.data(), payload=st.binary(max_size=40))
    def pupil_edits(self, data: st.DataObject, payload: bytes) -> None:
        choices = sorted(set(workspace_files(self.workspace)) | set(PUPIL_NAMES))
        relative = data.draw(st.sampled_from(choices))
        target = self.workspace / relative
        if target.is_dir() or (target.parent.exists() and not target.parent.is_dir()):
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        content = self.next_pupil_bytes(payload)
        target.write_bytes(content)
        self.pupil[relative] = content

    @rule(data=st.data())
    def pupil_deletes(self, data: st.DataObject) -> None:
        files = workspace_files(self.workspace)
        if files:
            relative = data.draw(st.sampled_from(files))
            (self.workspace / relative).unlink()
            self.pupil.pop(relative, None)

    @rule(garbage=st.binary(max_size=20))
    def pupil_breaks_manifest(self, garbage: bytes) -> None:
        (self.workspace / ".eduia" / "manifest.json").write_bytes(garbage)

    @rule(lessons=st.lists(st.sampled_from(LESSON_POOL), unique=True), same_version=st.booleans())
    def eduia_updates(self, lessons: list[str], same_version: bool) -> None:
        self.version += 0 if same_version else 1
        self.counter += 1
        self.ship(lessons, f"update{self.counter}")
        prepare_workspace(self.workspace, self.release, version=f"0.{self.version}")

    @rule(lesson=st.sampled_from(LESSON_POOL), prefix_only=st.booleans())
    def pupil_resets(self, lesson: str, prefix_only: bool) -> None:
        if not (self.release / lesson).is_dir():
            return
        report = reset_lesson(self.workspace, lesson[:2] if prefix_only else lesson, self.release)
        for backup in report.backups:
            content = (self.workspace / backup).read_bytes()
            for relative, pupil_content in list(self.pupil.items()):
                if pupil_content == content and (self.workspace / relative).read_bytes() != content:
                    self.pupil[backup] = self.pupil.pop(relative)

    @invariant()
    def no_pupil_byte_is_lost(self) -> None:
        for relative, content in getattr(self, "pupil", {}).items():
            assert (self.workspace / relative).read_bytes() == content, relative


PupilAndUpdates.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestPupilAndUpdates = PupilAndUpdates.TestCase
