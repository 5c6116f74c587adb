"""``eduia course roster``: class lists as French schools export them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eduia.cli import main
from eduia.course.lessons import CourseError
from eduia.course.roster import (
    ROSTER_NAME,
    assign_ids,
    decode,
    import_roster,
    pupil_id,
    read_class_list,
    read_roster,
)


@pytest.fixture
def course(tmp_path: Path) -> Path:
    from course_simulation import write_demo_lesson

    from eduia.course.folder import init_course

    write_demo_lesson(tmp_path / "lessons")
    init_course(tmp_path / "course", "seconde-3", lessons_dir=tmp_path / "lessons")
    return tmp_path / "course"


PRONOTE = "Nom;Prénom;Classe;Né(e) le\nDUPONT-MORETTI;Marie-Claire;2nde 3;01/02/2010\nN'DIAYE;Ibrahima;2nde 3;\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_encodings_of_school_exports(course: Path, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(PRONOTE.encode(encoding))
    result = import_roster(course, path)
    assert [p.id for p in result.added] == ["marie-claire.dupont-moretti", "ibrahima.ndiaye"]
    assert result.added[0].first_name == "Marie-Claire" and result.added[0].classe == "2nde 3"


def test_gradebook_and_course_list_hold_the_pupils(course: Path, tmp_path: Path) -> None:
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    (tmp_path / "liste.csv").write_text(PRONOTE, encoding="utf-8")
    import_roster(course, tmp_path / "liste.csv")
    with Gradebook(gradebook_url(course)) as gradebook:
        student = gradebook.find_student("ibrahima.ndiaye")
        assert (student.first_name, student.last_name) == ("Ibrahima", "N'DIAYE")
    assert (course / ROSTER_NAME).read_bytes().startswith(b"\xef\xbb\xbf")
    assert {p.id for p in read_roster(course)} == {"marie-claire.dupont-moretti", "ibrahima.ndiaye"}


def test_importing_again_updates_instead_of_duplicating(course: Path, tmp_path: Path) -> None:
    first = tmp_path / "septembre.csv"
    first.write_text(
        "Nom;Prénom;Classe\nRoux;Léo;2nde 1\nRoux;Léo;2nde 1\nMartin;Jade;2nde 1\n",
        encoding="utf-8",
    )
    assert [p.id for p in import_roster(course, first).added] == [
        "leo.roux",
        "leo.roux-2",
        "jade.martin",
    ]
    second = tmp_path / "janvier.csv"  # a new pupil, a change of class, another order
    second.write_text(
        "Nom;Prénom;Classe\nMartin;Jade;2nde 4\nRoux;Léo;2nde 1\nRoux;Léo;2nde 1\n"
        "Garcia;Inès;2nde 1\n",
        encoding="utf-8",
    )
    result = import_roster(course, second)
    assert [p.id for p in result.added] == ["ines.garcia"]
    assert sorted(p.id for p in result.updated) == ["jade.martin", "leo.roux", "leo.roux-2"]
    roster = {p.id: p for p in read_roster(course)}
    assert len(roster) == 4 and roster["jade.martin"].classe == "2nde 4"


def test_bad_rows_are_reported_with_their_line_and_skipped(
    course: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Nom;Prénom;Classe\nDurand;Paul;2nde 2\n;Julie;2nde 2\n\nBlanc;;2nde 2\n"
        "12;34;2nde 2\nLeroy;Anna;2nde 2\n",
        encoding="utf-8",
    )
    assert main(["course", "roster", str(path), "--course", str(course)]) == 0
    out, err = capsys.readouterr()
    assert "ligne 3 ignorée : nom manquant" in err
    assert "ligne 5 ignorée : prénom manquant" in err
    assert "ligne 6 ignorée : nom manquant" in err
    assert "2 élèves ajoutés, 0 mis à jour, 3 lignes ignorées" in out
    assert {p.id for p in read_roster(course)} == {"paul.durand", "anna.leroy"}


def test_single_pupil_column_and_login_column(course: Path, tmp_path: Path) -> None:
    rows, bad = read_class_list(
        "Élève;Classe\nLE GALL Léa;1re NSI\nDUPONT-MORETTI Marie-Claire;1re NSI\n"
    )
    assert bad == []
    assert [(f["nom"], f["prenom"]) for _, f in rows] == [
        ("LE GALL", "Léa"),
        ("DUPONT-MORETTI", "Marie-Claire"),
    ]
    path = tmp_path / "hub.csv"
    path.write_text(
        "Nom,Prénom,Login\nLefèvre,Chloé,clefevre\nMoreau,Hugo,h+moreau\n", encoding="utf-8"
    )
    result = import_roster(course, path)
    assert [p.id for p in result.added] == ["clefevre"]
    assert result.rejected and result.rejected[0][0] == 3


def test_a_list_without_names_is_refused_in_french(course: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("Matière;Moyenne\nMaths;12\n", encoding="utf-8")
    with pytest.raises(CourseError, match="Aucune colonne de noms"):
        import_roster(course, path)
    assert main(["course", "roster", str(path), "--course", str(course)]) == 2
    assert "Aucune colonne de noms" in capsys.readouterr().err


def test_decode_and_ids_examples() -> None:
    assert decode("Prénom".encode("cp1252")) == "Prénom"
    assert decode("\ufeffNom".encode("utf-8")) == "Nom"
    assert pupil_id("Œdipe", "Lœuf") == "oedipe.loeuf"
    assert [p.id for p in assign_ids([{"nom": "Roux", "prenom": "Léo"}] * 3, [])] == [
        "leo.roux",
        "leo.roux-2",
        "leo.roux-3",
    ]


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_ids_are_always_safe_for_nbgrader(first: str, last: str) -> None:
    import re

    identifier = pupil_id(first, last)
    assert re.fullmatch(r"[a-z0-9-]*\.[a-z0-9-]*", identifier)
    assert "+" not in identifier and "*" not in identifier and "/" not in identifier
    assert pupil_id(first, last) == identifier


def test_reimport_with_a_login_column_matches_the_pupils_already_there(
    course: Path, tmp_path: Path
) -> None:
    from eduia.course.collect import ClassList

    september = tmp_path / "septembre.csv"
    september.write_text(
        "Nom;Prénom;Classe\nMARTIN;Léa;2nde 3\nROUX;Léo;2nde 3\n", encoding="utf-8"
    )
    import_roster(course, september)
    january = tmp_path / "janvier.csv"  # the hub's export: the same pupils, now with their logins
    january.write_text(
        "Nom;Prénom;Classe;Login\nROUX;Léo;2nde 3;lroux\nMARTIN;Léa;2nde 3;lmartin\n"
        "BLANC;Ève;2nde 3;eblanc\n",
        encoding="utf-8",
    )
    result = import_roster(course, january)
    assert sorted(p.id for p in result.updated) == ["lea.martin", "leo.roux"]
    assert [p.id for p in result.added] == ["eblanc"]
    roster = {p.id: p for p in read_roster(course)}
    assert len(roster) == 3 and roster["lea.martin"].login == "lmartin"
    assert (
        ClassList(list(roster.values())).resolve("lmartin") == "lea.martin"
    )  # collect knows her copy
    assert len(import_roster(course, january).added) == 0  # and again: nothing new


def test_homonyms_keep_their_ids_whatever_the_order_of_the_rows(
    course: Path, tmp_path: Path
) -> None:
    rows = [
        "MARTIN;Léa;2nde 1;12/05/2010",
        "MARTIN;Léa;2nde 3;20/11/2009",
        "ROUX;Léo;2nde 1;01/01/2010",
    ]
    first = tmp_path / "a.csv"
    first.write_text("Nom;Prénom;Classe;Né(e) le\n" + "\n".join(rows) + "\n", encoding="utf-8")
    ids = {(p.classe, p.birth_date): p.id for p in import_roster(course, first).added}
    assert ids == {
        ("2nde 3", "2009-11-20"): "lea.martin",
        ("2nde 1", "2010-05-12"): "lea.martin-2",
        ("2nde 1", "2010-01-01"): "leo.roux",
    }  # numbered by birth date, not by row
    swapped = tmp_path / "b.csv"  # another order, and both Léa changed class
    swapped.write_text(
        "Nom;Prénom;Classe;Date de naissance\nMARTIN;Léa;2nde 2;2010-05-12\n"
        "ROUX;Léo;2nde 1;2010-01-01\nMARTIN;Léa;2nde 4;2009-11-20\n",
        encoding="utf-8",
    )
    import_roster(course, swapped)
    roster = {p.id: p for p in read_roster(course)}
    assert len(roster) == 3
    assert (roster["lea.martin"].birth_date, roster["lea.martin"].classe) == (
        "2009-11-20",
        "2nde 4",
    )
    assert (roster["lea.martin-2"].birth_date, roster["lea.martin-2"].classe) == (
        "2010-05-12",
        "2nde 2",
    )


def test_homonyms_without_birth_dates_do_not_swap_on_reimport(course: Path, tmp_path: Path) -> None:
    one, two = "MARTIN;Léa;2nde 1", "MARTIN;Léa;2nde 3"
    (tmp_path / "a.csv").write_text(f"Nom;Prénom;Classe\n{two}\n{one}\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"Nom;Prénom;Classe\n{one}\n{two}\n", encoding="utf-8")
    first = {p.classe: p.id for p in import_roster(course, tmp_path / "a.csv").added}
    assert first == {"2nde 1": "lea.martin", "2nde 3": "lea.martin-2"}  # not by row order
    import_roster(course, tmp_path / "b.csv")
    assert {p.classe: p.id for p in read_roster(course)} == first


def test_a_binary_file_or_a_spreadsheet_is_refused_in_a_few_french_words(
    course: Path, tmp_path: Path, capsys
) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    assert main(["course", "roster", str(image), "--course", str(course)]) == 2
    err = capsys.readouterr().err
    assert "n'est pas une liste de classe en texte (CSV)" in err and len(err) < 400
    assert "\x00" not in err and "\ufffd" not in err
    workbook = tmp_path / "liste.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x14\x00" * 200)
    assert main(["course", "roster", str(workbook), "--course", str(course)]) == 2
    assert "« Enregistrer sous… » au format CSV" in capsys.readouterr().err
    assert read_roster(course) == []


def test_a_huge_class_list_is_refused_before_anything_is_added(
    course: Path, tmp_path: Path, capsys
) -> None:
    from nbgrader.api import Gradebook

    from eduia.course.config import gradebook_url

    path = tmp_path / "enorme.csv"
    path.write_text(
        "Nom;Prénom\n" + "".join(f"NOM{i};Élève{i}\n" for i in range(2500)), encoding="utf-8"
    )
    assert main(["course", "roster", str(path), "--course", str(course)]) == 2
    assert "2500 lignes, plus que toute classe" in capsys.readouterr().err
    assert read_roster(course) == []
    with Gradebook(gradebook_url(course)) as gradebook:
        assert gradebook.students == []


def test_the_school_hub_uses_the_logins_of_the_class_list(course: Path, tmp_path: Path) -> None:
    from eduia.hub.school import classes_from_course

    (tmp_path / "a.csv").write_text(
        "Nom;Prénom;Classe\nMARTIN;Léa;2nde3\nROUX;Léo;2nde3\n", encoding="utf-8"
    )
    import_roster(course, tmp_path / "a.csv")
    (tmp_path / "b.csv").write_text(
        "Nom;Prénom;Classe;Login\nMARTIN;Léa;2nde3;lmartin\n", encoding="utf-8"
    )
    import_roster(course, tmp_path / "b.csv")
    [group] = classes_from_course(course, ["prof"])
    assert sorted(group.pupils) == ["leo.roux", "lmartin"]
