"""``eduia hub school``: one school's JupyterHub, generated and then run for real.

The fast tests read the generated ``jupyterhub_config.py`` with traitlets, as JupyterHub does.
The slow test (root only) creates real unix accounts with ``useradd``, starts JupyterHub with
configurable-http-proxy on loopback, logs a pupil in with her unix password, starts her server
through the hub's REST API, runs code in her kernel, and proves she cannot read another pupil's
home folder.
"""

from __future__ import annotations

import json
import os
import pwd
import secrets
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from eduia.cli import main
from eduia.hub.school import SchoolClass, SchoolError, SchoolOptions, read_classes, write_school

CLASSES = (
    "classe;role;login\n"
    "2nde1;enseignant;mme_durand\n"
    "2nde1;eleve;alice\n"
    "2nde1;eleve;bruno\n"
    "1g2;enseignant;m_martin\n"
    "1g2;eleve;chloe\n"
)


def _load(path: Path) -> object:
    """The config as JupyterHub loads it (a traitlets PyFileConfigLoader)."""
    from traitlets.config.loader import PyFileConfigLoader

    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def test_config_has_one_nbgrader_service_per_class_and_no_admin(tmp_path):
    (tmp_path / "classes.csv").write_text(CLASSES, encoding="utf-8")
    assert main(["hub", "school", str(tmp_path / "classes.csv"), str(tmp_path / "etc")]) == 0
    config = _load(tmp_path / "etc" / "jupyterhub_config.py")
    services = {s["name"]: s for s in config.JupyterHub.services}
    assert {"2nde1", "1g2"} <= set(services)
    assert services["2nde1"]["user"] == "grader-2nde1"
    assert services["2nde1"]["url"] != services["1g2"]["url"]
    groups = config.JupyterHub.load_groups
    assert groups["nbgrader-2nde1"]["users"] == ["alice", "bruno"]
    assert groups["formgrade-2nde1"]["users"] == ["mme_durand"]
    assert groups["formgrade-1g2"]["users"] == ["m_martin"]
    roles = {r["name"]: r for r in config.JupyterHub.load_roles}
    assert roles["formgrade-1g2"]["scopes"] == ["access:services!service=1g2"]
    assert roles["formgrade-1g2"]["groups"] == ["formgrade-1g2"]
    assert not any("admin" in scope for r in roles.values() for scope in r["scopes"])
    assert config.Authenticator.admin_users == set()
    assert config.Authenticator.allowed_users == {
        "alice",
        "bruno",
        "chloe",
        "mme_durand",
        "m_martin",
    }
    assert config.Spawner.environment["EDUIA_LANG"] == "fr"
    assert config.Spawner.http_timeout > 10
    course = (tmp_path / "etc" / "courses" / "1g2" / "nbgrader_config.py").read_text()
    assert "course_id = '1g2'" in course


def test_pupils_settings_hide_the_teacher_tools(tmp_path):
    write_school([SchoolClass("2nde1", ["prof"], ["alice"])], tmp_path)
    server = json.loads((tmp_path / "pupil-jupyter" / "jupyter_server_config.json").read_text())
    extensions = server["ServerApp"]["jpserver_extensions"]
    assert extensions["nbgrader.server_extensions.formgrader"] is False
    page = json.loads((tmp_path / "pupil-jupyter" / "labconfig" / "page_config.json").read_text())
    assert page["disabledExtensions"]["@jupyter/nbgrader:formgrader"] is True
    assert page["disabledExtensions"]["@jupyter/nbgrader:create-assignment"] is True
    config = _load(tmp_path / "jupyterhub_config.py")
    assert config.Spawner.environment["JUPYTER_CONFIG_PATH"] == str(tmp_path / "pupil-jupyter")


def test_lti_and_notebook_interface(tmp_path):
    options = SchoolOptions(authenticator="lti13", lti_issuer="https://ent.test", interface="/tree")
    write_school([SchoolClass("2nde1", ["prof"], ["alice"])], tmp_path, options)
    config = _load(tmp_path / "jupyterhub_config.py")
    assert config.JupyterHub.authenticator_class.endswith("LTI13Authenticator")
    assert config.LTI13Authenticator.jwks_endpoint == "https://ent.test/lti/jwks"
    assert config.Spawner.default_url == "/tree"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("classe;login\n2nde1;alice\n", "Colonnes manquantes"),
        ("classe;role;login\n2nde1;eleve;Alice Dupont\n", "nom de compte"),
        ("classe;role;login\n2nde1;parent;alice\n", "rôle « parent » inconnu"),
    ],
)
def test_bad_class_lists_get_a_french_message(text, fragment, tmp_path, capsys):
    with pytest.raises(SchoolError, match=fragment):
        read_classes(text)
    (tmp_path / "c.csv").write_text(text, encoding="utf-8")
    assert main(["hub", "school", str(tmp_path / "c.csv"), str(tmp_path / "etc")]) == 1
    assert fragment in capsys.readouterr().err


def test_hub_catalogue_is_complete_in_both_languages():
    import re
    import string

    import eduia.commands.hub
    import eduia.hub
    from eduia.messages.hub import MESSAGES

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (french, english) in MESSAGES.items():
        assert key.startswith("hub.") and french and english and french != english, key
        assert fields(french) == fields(english), key
    used: set[str] = set()
    for path in [*Path(eduia.hub.__file__).parent.glob("*.py"), Path(eduia.commands.hub.__file__)]:
        used |= set(re.findall(r'"(hub\.[a-z_0-9]+)"', path.read_text(encoding="utf-8")))
    assert used and used <= set(MESSAGES), used - set(MESSAGES)


# --- the real hub -------------------------------------------------------------------------


@pytest.mark.slow
def test_a_pupil_logs_in_starts_her_server_and_cannot_read_another_pupils_home():
    from hub_support import execute, missing_requirement, school_hub

    reason = missing_requirement()
    if reason:
        pytest.skip(reason)
    import requests

    tag = "e" + secrets.token_hex(3)  # unique account names: tests may run side by side
    alice, bruno, teacher = f"{tag}alice", f"{tag}bruno", f"{tag}prof"
    classes = [SchoolClass(f"{tag}c", [teacher], [alice, bruno])]
    passwords = {alice: "mot-de-passe-a1", bruno: "mot-de-passe-b2", teacher: "prof-c3"}

    def prepare(options: SchoolOptions) -> None:
        bruno_home = Path(pwd.getpwnam(bruno).pw_dir)
        (bruno_home / "secret.txt").write_text("copie de Bruno")
        os.chown(bruno_home / "secret.txt", pwd.getpwnam(bruno).pw_uid, -1)
        os.chmod(pwd.getpwnam(alice).pw_dir, 0o755)  # the hub must make it private again

    with school_hub(classes, passwords, before_start=prepare) as hub:
        _, refused = hub.login(alice, "faux")
        assert refused != 302
        session, status = hub.login(alice, passwords[alice])
        assert status == 302, hub.log_tail()
        token = hub.token(session, alice)
        headers = {"Authorization": f"token {token}"}
        # She sees herself, not her classmate, and is no administrator.
        assert requests.get(
            f"{hub.url}/hub/api/users/{bruno}", headers=headers, timeout=10
        ).status_code in (403, 404)
        everyone = requests.get(f"{hub.url}/hub/api/users", headers=headers, timeout=10)
        assert everyone.status_code == 403 or [u["name"] for u in everyone.json()] == [alice]
        me = requests.get(f"{hub.url}/hub/api/user", headers=headers, timeout=10).json()
        assert me["admin"] is False and f"nbgrader-{tag}c" in me["groups"]

        server = hub.spawn(alice, token)
        saved = requests.put(
            f"{server}/api/contents/preuve.txt",
            headers=headers,
            timeout=30,
            json={"type": "file", "format": "text", "content": "bonjour"},
        )
        assert saved.status_code in (200, 201), saved.text
        account = pwd.getpwnam(alice)
        proof = Path(account.pw_dir) / "preuve.txt"
        assert proof.stat().st_uid == account.pw_uid  # her server runs as her unix account
        assert Path(account.pw_dir).stat().st_mode & 0o777 == 0o700
        french = Path(
            account.pw_dir,
            ".jupyter/lab/user-settings/@jupyterlab/translation-extension",
            "plugin.jupyterlab-settings",
        )
        assert json.loads(french.read_text())["locale"] == "fr_FR"

        output = execute(
            server,
            token,
            "import os\nprint(os.getuid(), os.environ['EDUIA_LANG'])\n"
            f"open('/home/{bruno}/secret.txt').read()\n",
        )
        assert f"{account.pw_uid} fr" in output
        assert "PermissionError" in output and "copie de Bruno" not in output
        listing = execute(server, token, f"import os\nos.listdir('/home/{bruno}')\n")
        assert "PermissionError" in listing


def _as_grader(group: SchoolClass, options: SchoolOptions, *arguments: str) -> str:
    course = Path(options.courses_dir) / group.name
    done = subprocess.run(
        [
            "/usr/sbin/runuser",
            "-u",
            group.grader,
            "--",
            f"{options.prefix}/bin/nbgrader",
            *arguments,
        ],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
        env={
            "PATH": f"{options.prefix}/bin:/usr/bin:/bin",
            "LANG": "C.UTF-8",
            "HOME": pwd.getpwnam(group.grader).pw_dir,
        },
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout + done.stderr


NBGRADER_CELL = (
    "import subprocess\n"
    "def nb(*args):\n"
    "    done = subprocess.run(['nbgrader', *args], capture_output=True, text=True)\n"
    "    print('RC', done.returncode, done.stdout, done.stderr)\n"
)


@pytest.mark.slow
def test_two_classes_release_fetch_submit_collect_autograde_and_stay_apart():
    from hub_support import execute, missing_requirement, one_exercise_notebook, school_hub

    reason = missing_requirement()
    if reason:
        pytest.skip(reason)

    tag = "n" + secrets.token_hex(3)
    alice, chloe = f"{tag}alice", f"{tag}chloe"
    first = SchoolClass(f"{tag}a", [f"{tag}prof_a"], [alice])
    second = SchoolClass(f"{tag}b", [f"{tag}prof_b"], [chloe])
    passwords = {
        alice: "mdp-alice-1",
        chloe: "mdp-chloe-2",
        f"{tag}prof_a": "mdp-prof-a",
        f"{tag}prof_b": "mdp-prof-b",
    }

    def release(options: SchoolOptions) -> None:
        for group, lesson in ((first, "devoir1"), (second, "devoir2")):
            grader = pwd.getpwnam(group.grader)
            source = Path(options.courses_dir) / group.name / "source" / lesson
            source.mkdir(parents=True)
            (source / f"{lesson}.ipynb").write_text(
                json.dumps(one_exercise_notebook("### BEGIN SOLUTION\nx = 2\n### END SOLUTION"))
            )
            for path in [source.parent, source, source / f"{lesson}.ipynb"]:
                os.chown(path, grader.pw_uid, grader.pw_gid)
            _as_grader(group, options, "generate_assignment", lesson)
            _as_grader(group, options, "release_assignment", lesson)

    with school_hub([first, second], passwords, before_start=release) as hub:
        options = hub.options
        session, status = hub.login(alice, passwords[alice])
        assert status == 302, hub.log_tail()
        token = hub.token(session, alice)
        server = hub.spawn(alice, token)
        exchange, courses = options.exchange_root, options.courses_dir
        output = execute(
            server,
            token,
            [
                NBGRADER_CELL,
                "nb('list')",
                f"nb('fetch_assignment', 'devoir1', '--course', '{first.name}')",
                f"nb('submit', 'devoir1', '--course', '{first.name}')",
                (
                    "import os\n"
                    f"for path in ['{exchange}/{second.name}', '{exchange}/{second.name}/outbound',\n"
                    f"             '{exchange}/{first.name}/inbound', '{courses}/{first.name}',\n"
                    f"             '{courses}/{second.name}']:\n"
                    "    try:\n"
                    "        os.listdir(path)\n"
                    "        print('OPEN', path)\n"
                    "    except PermissionError:\n"
                    "        print('CLOSED', path)\n"
                ),
            ],
        )
        listed = output.split("RC", 2)[1]
        assert "devoir1" in listed and "devoir2" not in listed  # her classes only
        assert output.count("RC 0") == 3, output
        assert Path(pwd.getpwnam(alice).pw_dir, first.name, "devoir1", "devoir1.ipynb").exists()
        assert "OPEN" not in output and output.count("CLOSED") == 5, output

        # Each teacher reaches her own class's formgrader only; pupils reach none.
        def service_status(user: str, course: str) -> tuple[int, str]:
            visitor, _ = hub.login(user, passwords[user])
            deadline = time.monotonic() + 90
            while True:
                page = visitor.get(f"{hub.url}/services/{course}/formgrader", timeout=30)
                if page.status_code not in (502, 503) or time.monotonic() > deadline:
                    return page.status_code, page.text
                time.sleep(1)

        status, page = service_status(f"{tag}prof_a", first.name)
        assert status == 200 and "nbgrader" in page.lower(), (status, hub.log_tail())
        assert service_status(f"{tag}prof_a", second.name)[0] == 403
        assert service_status(f"{tag}prof_b", second.name)[0] == 200
        assert service_status(alice, first.name)[0] == 403

        _as_grader(first, options, "collect", "devoir1")
        _as_grader(first, options, "autograde", "devoir1")
        graded = Path(courses) / first.name / "autograded" / alice / "devoir1" / "devoir1.ipynb"
        assert graded.exists()
        assert not (Path(courses) / second.name / "submitted").exists()


def _course_with_roster(tmp_path: Path, class_list: str) -> Path:
    from course_simulation import write_demo_lesson

    from eduia.course.folder import init_course
    from eduia.course.roster import import_roster

    write_demo_lesson(tmp_path / "lessons")
    init_course(tmp_path / "course", "seconde-3", lessons_dir=tmp_path / "lessons")
    (tmp_path / "liste.csv").write_text(class_list, encoding="utf-8")
    import_roster(tmp_path / "course", tmp_path / "liste.csv")
    return tmp_path / "course"


def test_the_class_list_of_eduia_course_roster_gives_the_accounts(tmp_path):
    course = _course_with_roster(
        tmp_path, "Nom;Prénom;Classe\nDUPONT-MORETTI;Marie-Claire;2nde 3\nN'DIAYE;Ibrahima;2nde 3\n"
    )
    assert (
        main(["hub", "school", str(course), str(tmp_path / "etc"), "--teacher", "mme_durand"]) == 0
    )
    config = _load(tmp_path / "etc" / "jupyterhub_config.py")
    pupils = config.JupyterHub.load_groups["nbgrader-2nde-3"]["users"]
    assert pupils == ["ibrahima.ndiaye", "marie-claire.dupont-moretti"]
    assert config.JupyterHub.load_groups["formgrade-2nde-3"]["users"] == ["mme_durand"]


def test_a_course_without_class_list_is_refused_in_french(tmp_path, capsys):
    (tmp_path / "vide").mkdir()
    assert main(["hub", "school", str(tmp_path / "vide"), str(tmp_path / "etc")]) == 1
    assert "eduia course roster" in capsys.readouterr().err


def test_create_accounts_writes_a_private_sheet_of_working_passwords(tmp_path, capsys):
    if os.geteuid() != 0 or not shutil.which("useradd"):
        pytest.skip("creating unix accounts needs root and useradd")
    import pamela

    tag = secrets.token_hex(3)
    course = _course_with_roster(tmp_path, f"Nom;Prénom;Classe\nT{tag};Zoé;2nde {tag}\n")
    login, classe = f"zoe.t{tag}", f"2nde-{tag}"
    shared = tmp_path / "srv"
    try:
        assert (
            main(
                [
                    "hub",
                    "school",
                    str(course),
                    str(tmp_path / "etc"),
                    "--create-accounts",
                    "--courses-dir",
                    str(shared / "courses"),
                    "--exchange-root",
                    str(shared / "exchange"),
                ]
            )
            == 0
        )
        assert "1 compte créé" in capsys.readouterr().out
        sheet = tmp_path / "etc" / "premiers-mots-de-passe.csv"
        assert sheet.stat().st_mode & 0o777 == 0o600
        rows = [line.split(";") for line in sheet.read_text().splitlines()]
        assert rows[0] == ["login", "mot_de_passe"] and rows[1][0] == login
        pamela.authenticate(login, rows[1][1], service="login")  # the password works
        with pytest.raises(pamela.PAMError):
            pamela.authenticate(login, rows[1][1] + "x", service="login")
        assert Path(pwd.getpwnam(login).pw_dir).stat().st_mode & 0o777 == 0o700
        assert (shared / "exchange" / classe).stat().st_mode & 0o7777 == 0o2750
        assert (shared / "courses" / classe / "nbgrader_config.py").exists()
    finally:
        for user in (login, f"grader-{classe}"):
            subprocess.run(["userdel", "-r", user], capture_output=True, check=False)
        subprocess.run(["groupdel", f"classe-{classe}"], capture_output=True, check=False)
