"""One school's JupyterHub: ``jupyterhub_config.py`` and the pupils' Jupyter settings.

:func:`read_classes` reads the school's list (``classe``, ``role``, ``login``; role ``eleve`` or
``enseignant``); :func:`write_school` writes into ``OUT``:

- ``jupyterhub_config.py``: one hub on real unix accounts (PAM for a standalone school, or LTI 1.3
  for the region's digital workspace), the local process spawner running each pupil's server as
  that pupil, home folders forced to mode 0700 before every spawn, French interface, no admin
  panel; and, as in nbgrader's own « multiple classes » demo, **one nbgrader service per class**
  (a formgrader run as the class's ``grader-<classe>`` account), groups ``nbgrader-<classe>``
  (pupils: see that class's assignments) and ``formgrade-<classe>`` (teachers: reach that class's
  formgrader only); the idle culler when ``jupyterhub-idle-culler`` is installed;
- ``pupil-jupyter/``: the Jupyter config folder put first on every pupil server's
  ``JUPYTER_CONFIG_PATH``: nbgrader's teacher panels and the formgrader off, JupyterLab offline;
- ``pupil-jupyter/data/kernels/python3``: the pupils' kernel (their ``JUPYTER_PATH``), which loads
  eduia's IPython extension for French help from the first cell (see :mod:`eduia.lab_kernel`);
- ``pupil-jupyter/nbgrader_config.py``: nbgrader in the pupils' servers (exchange root, courses
  from the hub's ``nbgrader-<classe>`` groups);
- ``courses/<classe>/nbgrader_config.py``: each class service's course settings.

The pupils' default interface is JupyterLab (``/lab``): eduia's playgrounds and browser tests run
there; Jupyter Notebook 7 (``/tree``), which JupyterLab's accessibility statement recommends,
is served by the same server and can be made the default with ``interface="/tree"``.

Examples
--------
>>> from eduia.hub.school import SchoolOptions, read_classes, school_config
>>> classes = read_classes("classe;role;login\\n2nde1;eleve;alice\\n2nde1;enseignant;prof\\n")
>>> "grader-2nde1" in school_config(classes, SchoolOptions())
True
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from eduia import __version__
from eduia.errors import EduiaError
from eduia.hub.region import EXCHANGE_ROOT

KERNEL_DATA_FOLDER = "data"  # in pupil-jupyter/, as in eduia lab's .eduia/jupyter/

_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,31}$")
_CLASS = re.compile(r"^[a-z0-9][a-z0-9_-]{0,23}$")
PUPIL_ROLES = ("eleve", "élève")
TEACHER_ROLES = ("enseignant", "professeur", "prof")


class SchoolError(EduiaError, ValueError):
    """A problem in the school's class list; the message is French, from the catalogue."""


@dataclass
class SchoolClass:
    """One class: its id (a unix-safe name), teachers and pupils (unix logins).

    Examples
    --------
    >>> SchoolClass("2nde1", ["prof"], ["alice"]).grader
    'grader-2nde1'
    """

    name: str
    teachers: list[str] = field(default_factory=list)
    pupils: list[str] = field(default_factory=list)

    @property
    def grader(self) -> str:
        """The unix account that runs the class's nbgrader service (owns its course folder)."""
        return f"grader-{self.name}"

    @property
    def unix_group(self) -> str:
        """The unix group of the class: only its members reach its part of the exchange."""
        return f"classe-{self.name}"


@dataclass(frozen=True)
class SchoolOptions:
    """Where and how the school's hub runs.

    Examples
    --------
    >>> SchoolOptions(port=8000).port
    8000
    """

    ip: str = "127.0.0.1"
    port: int = 8000
    hub_port: int = 8081
    proxy_api_port: int = 8001
    first_service_port: int = 9100
    data_dir: str = "/srv/jupyterhub"
    courses_dir: str = "/srv/nbgrader/courses"
    exchange_root: str = EXCHANGE_ROOT
    prefix: str = sys.prefix
    authenticator: str = "pam"
    lti_issuer: str = "https://ent.region.internal"
    lti_client_id: str = "eduia"
    interface: str = "/lab"
    idle_timeout: int = 1800


def read_classes(text: str) -> list[SchoolClass]:
    """Parse the school's list: columns ``classe``, ``role`` (``eleve``/``enseignant``), ``login``.

    Raises
    ------
    SchoolError
        For a missing column, a login or class name that is not a valid unix name, or an
        unknown role.

    Examples
    --------
    >>> [c.pupils for c in read_classes("classe,role,login\\n1G2,eleve,bob\\n")]
    [['bob']]
    """
    from eduia.i18n import t

    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if ";" in first else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = {(name or "").strip().lower(): name for name in (reader.fieldnames or [])}
    missing = [name for name in ("classe", "role", "login") if name not in columns]
    if missing:
        raise SchoolError(t("hub.school_missing_columns", columns=", ".join(missing)))
    classes: dict[str, SchoolClass] = {}
    for line, row in enumerate(reader, start=2):
        name = (row[columns["classe"]] or "").strip().lower()
        role = (row[columns["role"]] or "").strip().lower()
        login = (row[columns["login"]] or "").strip()
        if not (name or role or login):
            continue
        for value, pattern in ((name, _CLASS), (login, _NAME)):
            if not pattern.match(value):
                raise SchoolError(t("hub.school_bad_name", line=line, name=value))
        group = classes.setdefault(name, SchoolClass(name))
        if role in PUPIL_ROLES:
            group.pupils.append(login)
        elif role in TEACHER_ROLES:
            group.teachers.append(login)
        else:
            raise SchoolError(t("hub.school_bad_role", line=line, role=role))
    if not classes:
        raise SchoolError(t("hub.school_empty"))
    return list(classes.values())


def classes_from_course(course_root: str | Path, teachers: list[str]) -> list[SchoolClass]:
    """The classes of a course folder's class list (imported by ``eduia course roster``).

    Each pupil's login is their roster login (the class list's Login column), else their id
    (``prenom.nom``); pupils are grouped by their
    ``classe`` column (the course id when it is empty); ``teachers`` teach every class.

    Raises
    ------
    SchoolError
        When the course has no class list, or an id or class cannot be a unix name.

    Examples
    --------
    >>> classes_from_course("cours-snt", ["mme_durand"])  # doctest: +SKIP
    [SchoolClass(name='2nde3', teachers=['mme_durand'], pupils=['lea.le-gall', ...])]
    """
    from eduia.course.roster import plain, read_roster
    from eduia.i18n import t

    root = Path(course_root)
    pupils = read_roster(root)
    if not pupils:
        raise SchoolError(t("hub.course_without_roster", path=root))
    default = root.resolve().name
    classes: dict[str, SchoolClass] = {}
    for pupil in pupils:
        name = re.sub(r"[^a-z0-9_-]+", "", plain(pupil.classe or default).replace(" ", "-"))
        login = pupil.login or pupil.id  # the Login column of the class list, when it had one
        for value, pattern in ((name, _CLASS), (login, _NAME), *((x, _NAME) for x in teachers)):
            if not pattern.match(value):
                raise SchoolError(t("hub.school_bad_name", line=pupil.id, name=value))
        group = classes.setdefault(name, SchoolClass(name, list(teachers)))
        group.pupils.append(login)
    return list(classes.values())


def _groups_and_roles(classes: list[SchoolClass]) -> tuple[dict, list]:
    groups: dict[str, dict[str, list[str]]] = {}
    roles: list[dict] = [{"name": "server", "scopes": ["inherit"]}]
    for group in classes:
        groups[f"nbgrader-{group.name}"] = {"users": sorted(set(group.pupils))}
        groups[f"formgrade-{group.name}"] = {"users": sorted(set(group.teachers))}
        roles.append(
            {
                "name": f"formgrade-{group.name}",
                "groups": [f"formgrade-{group.name}"],
                "scopes": [f"access:services!service={group.name}"],
            }
        )
        roles.append(
            {
                "name": f"nbgrader-{group.name}",
                "groups": [f"nbgrader-{group.name}"],
                "scopes": ["list:services", f"read:services!service={group.name}"],
            }
        )
    return groups, roles


def _services(classes: list[SchoolClass], options: SchoolOptions) -> list[dict]:
    services = []
    for number, group in enumerate(classes):
        course = f"{options.courses_dir}/{group.name}"
        services.append(
            {
                "name": group.name,
                "url": f"http://127.0.0.1:{options.first_service_port + number}",
                "command": [
                    f"{options.prefix}/bin/jupyterhub-singleuser",
                    f"--notebook-dir={course}",
                ],
                "user": group.grader,
                "cwd": course,
                "environment": {
                    "JUPYTERHUB_DEFAULT_URL": "/formgrader",
                    "EDUIA_LANG": "fr",
                    "EDUIA_EXCHANGE_ROOT": options.exchange_root,
                },
                "oauth_no_confirm": True,
            }
        )
    return services


def _authenticator(options: SchoolOptions) -> str:
    if options.authenticator == "lti13":
        return (
            "c.JupyterHub.authenticator_class = 'ltiauthenticator.lti13.auth.LTI13Authenticator'\n"
            f"c.LTI13Authenticator.issuer = {options.lti_issuer!r}\n"
            f"c.LTI13Authenticator.authorize_url = {options.lti_issuer + '/lti/authorize'!r}\n"
            f"c.LTI13Authenticator.jwks_endpoint = {options.lti_issuer + '/lti/jwks'!r}\n"
            f"c.LTI13Authenticator.client_id = [{options.lti_client_id!r}]\n"
            "c.LTI13Authenticator.username_key = 'sub'\n"
        )
    return "c.JupyterHub.authenticator_class = 'pam'\n"


_TEMPLATE = '''\
# JupyterHub of the school, generated by eduia {version} (eduia hub school): do not edit by hand,
# edit the class list and run « eduia hub school » again.
import importlib.util
import json
import os
import pwd
from pathlib import Path

c = get_config()  # noqa: F821 - provided by JupyterHub

c.JupyterHub.bind_url = {bind_url!r}
c.JupyterHub.hub_ip = {ip!r}
c.JupyterHub.hub_port = {hub_port!r}
c.ConfigurableHTTPProxy.api_url = {proxy_api!r}
c.ConfigurableHTTPProxy.pid_file = {data_dir!r} + '/jupyterhub-proxy.pid'
c.JupyterHub.db_url = 'sqlite:///' + {data_dir!r} + '/jupyterhub.sqlite'
c.JupyterHub.cookie_secret_file = {data_dir!r} + '/jupyterhub_cookie_secret'
c.JupyterHub.pid_file = {data_dir!r} + '/jupyterhub.pid'

# Accounts: real unix users; nobody is a hub administrator (no teacher panel for anyone).
{authenticator}c.Authenticator.allowed_users = set({users!r})
c.Authenticator.admin_users = set()
c.JupyterHub.load_groups = {groups!r}
c.JupyterHub.load_roles = {roles!r}

# One nbgrader service (formgrader) per class, as in nbgrader's multiple-classes demo.
c.JupyterHub.services = {services!r}
if importlib.util.find_spec('jupyterhub_idle_culler'):
    c.JupyterHub.services.append({{
        'name': 'idle-culler',
        'command': [{python!r}, '-m', 'jupyterhub_idle_culler', '--timeout={idle_timeout}'],
    }})
    c.JupyterHub.load_roles.append({{
        'name': 'idle-culler', 'services': ['idle-culler'],
        'scopes': ['list:users', 'read:users:activity', 'read:servers', 'delete:servers'],
    }})

# Each pupil's server runs as that pupil, in French, offline, without nbgrader's teacher panels.
c.Spawner.cmd = [{singleuser!r}]
c.Spawner.default_url = {interface!r}
c.Spawner.notebook_dir = '~'
c.Spawner.http_timeout = 120  # the first spawn on a cold disk exceeds the default 10 s
c.Spawner.start_timeout = 300
c.Spawner.environment = {{
    'EDUIA_LANG': 'fr',
    'LANG': 'fr_FR.UTF-8',
    'EDUIA_EXCHANGE_ROOT': {exchange_root!r},
    'JUPYTER_CONFIG_PATH': {pupil_config!r},
    # the pupils' python3 kernel loads eduia's IPython extension (French help from the first cell)
    'JUPYTER_PATH': {pupil_data!r},
    'PATH': {path!r},
}}

FRENCH_SETTINGS = {french!r}


def eduia_pre_spawn(spawner):
    """Home folder private (0700, owned by the pupil) and JupyterLab in French."""
    account = pwd.getpwnam(spawner.user.name)
    home = Path(account.pw_dir)
    home.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chown(home, account.pw_uid, account.pw_gid)
    os.chmod(home, 0o700)
    folder, plugin, values = FRENCH_SETTINGS
    target = home / '.jupyter' / 'lab' / 'user-settings' / folder / (plugin + '.jupyterlab-settings')
    if not target.exists():
        made = []
        for parent in reversed(target.parents):
            if not parent.exists():
                parent.mkdir()
                made.append(parent)
        target.write_text(json.dumps(values), encoding='utf-8')
        for path in [*made, target]:
            os.chown(path, account.pw_uid, account.pw_gid)


c.Spawner.pre_spawn_hook = eduia_pre_spawn
'''


def school_config(
    classes: list[SchoolClass], options: SchoolOptions, out: str | Path = "/etc/jupyterhub"
) -> str:
    """The text of ``jupyterhub_config.py`` for ``classes``.

    Examples
    --------
    >>> text = school_config([SchoolClass("2nde1", ["prof"], ["alice"])], SchoolOptions())
    >>> "access:services!service=2nde1" in text
    True
    """
    from eduia.launch import FRENCH_LOCALE_SETTINGS

    groups, roles = _groups_and_roles(classes)
    users = sorted({login for group in classes for login in (*group.pupils, *group.teachers)})
    return _TEMPLATE.format(
        version=__version__,
        bind_url=f"http://{options.ip}:{options.port}",
        ip=options.ip,
        hub_port=options.hub_port,
        proxy_api=f"http://127.0.0.1:{options.proxy_api_port}",
        data_dir=options.data_dir,
        authenticator=_authenticator(options),
        users=users,
        groups=groups,
        roles=roles,
        services=_services(classes, options),
        python=f"{options.prefix}/bin/python",
        idle_timeout=int(options.idle_timeout),
        singleuser=f"{options.prefix}/bin/jupyterhub-singleuser",
        interface=options.interface,
        exchange_root=options.exchange_root,
        pupil_config=str(Path(out).resolve() / "pupil-jupyter"),
        pupil_data=str(Path(out).resolve() / "pupil-jupyter" / KERNEL_DATA_FOLDER),
        path=f"{options.prefix}/bin:/usr/local/bin:/usr/bin:/bin",
        french=list(FRENCH_LOCALE_SETTINGS),
    )


def _write_json(path: Path, data: Mapping[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def pupil_settings(folder: Path) -> None:
    """Write the pupils' Jupyter config folder: formgrader and teacher panels off, offline; and
    in its ``data`` folder (the pupils' ``JUPYTER_PATH``) the python3 kernel spec that loads
    eduia's IPython extension, as ``eduia lab`` does."""
    from eduia.lab_kernel import write_kernel_spec
    from eduia.launch import (
        DISABLED_PLUGINS,
        OFFLINE_SERVER_SETTINGS,
        PUPIL_SERVER_SETTINGS,
        RESPONSIVE_SERVER_SETTINGS,
        merged_settings,
    )

    write_kernel_spec(folder / KERNEL_DATA_FOLDER)

    pupil_extensions = {
        **PUPIL_SERVER_SETTINGS["ServerApp"]["jpserver_extensions"],
        "nbgrader.server_extensions.course_list": False,
    }
    server = merged_settings(
        OFFLINE_SERVER_SETTINGS,
        RESPONSIVE_SERVER_SETTINGS,
        {"ServerApp": {"jpserver_extensions": pupil_extensions}},
    )
    _write_json(folder / "jupyter_server_config.json", server)
    _write_json(
        folder / "labconfig" / "page_config.json",
        {
            "disabledExtensions": {
                name: True for name in (*DISABLED_PLUGINS, "@jupyter/nbgrader:formgrader")
            }
        },
    )


def course_config_text(group: SchoolClass, options: SchoolOptions = SchoolOptions()) -> str:
    """The ``nbgrader_config.py`` of the class's course folder (run by its nbgrader service).

    Examples
    --------
    >>> "course_id = '2nde1'" in course_config_text(SchoolClass("2nde1"))
    True
    """
    return (
        f"# nbgrader course {group.name}, generated by eduia; lives in "
        f"{options.courses_dir}/{group.name}/\n"
        "c = get_config()  # noqa: F821\n"
        f"c.CourseDirectory.root = {options.courses_dir + '/' + group.name!r}\n"
        f"c.CourseDirectory.course_id = {group.name!r}\n"
        f"c.Exchange.root = {options.exchange_root!r}\n"
        "c.Exchange.path_includes_course = True\n"
    )


def write_school(
    classes: list[SchoolClass], out: str | Path, options: SchoolOptions = SchoolOptions()
) -> list[Path]:
    """Write the school's hub configuration into ``out`` (see the module's docstring).

    Examples
    --------
    >>> write_school(read_classes(open("classes.csv").read()), "/etc/jupyterhub")  # doctest: +SKIP
    """
    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    config = out / "jupyterhub_config.py"
    config.write_text(school_config(classes, options, out), encoding="utf-8")
    pupil_settings(out / "pupil-jupyter")
    nbgrader = out / "pupil-jupyter" / "nbgrader_config.py"
    nbgrader.write_text(
        "# nbgrader for every pupil's server (on its JUPYTER_CONFIG_PATH), generated by eduia\n"
        "c = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {options.exchange_root!r}\n"
        "c.Exchange.path_includes_course = True\n"
        "from nbgrader.auth import JupyterHubAuthPlugin\n"
        "c.Authenticator.plugin_class = JupyterHubAuthPlugin\n",
        encoding="utf-8",
    )
    written = [config, nbgrader]
    for group in classes:
        course = out / "courses" / group.name / "nbgrader_config.py"
        course.parent.mkdir(parents=True, exist_ok=True)
        course.write_text(course_config_text(group, options), encoding="utf-8")
        written.append(course)
    return written


def _run(command: list[str], stdin: str | None = None) -> None:
    import subprocess

    subprocess.run(command, input=stdin, text=True, check=True, capture_output=True)


def create_accounts(
    classes: list[SchoolClass],
    options: SchoolOptions = SchoolOptions(),
    passwords: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Create the missing unix accounts, course folders and exchange (as root, with ``useradd``).

    Pupils and teachers get a private home (mode 0700) and a first password (``passwords`` or a
    random one of 10 letters and digits); each class gets its ``grader-<classe>`` account owning
    ``<courses_dir>/<classe>``; the exchange root is created world-writable with the sticky bit,
    as nbgrader's exchange requires, and each class's part of it is open to that class's unix
    group ``classe-<classe>`` only. Returns ``{login: first password}`` of the accounts created.

    Examples
    --------
    >>> create_accounts(read_classes(open("classes.csv").read()))  # doctest: +SKIP
    {'alice': 'k2x9...'}
    """
    import grp
    import os
    import pwd
    import secrets
    import string

    alphabet = string.ascii_lowercase.replace("l", "") + "23456789"
    created: dict[str, str] = {}

    def exists(login: str) -> bool:
        try:
            pwd.getpwnam(login)
        except KeyError:
            return False
        return True

    people = sorted({login for group in classes for login in (*group.pupils, *group.teachers)})
    for login in people:
        if exists(login):
            continue
        _run(["useradd", "--create-home", "--shell", "/bin/bash", "-K", "HOME_MODE=0700", login])
        password = (passwords or {}).get(login) or "".join(
            secrets.choice(alphabet) for _ in range(10)
        )
        _run(["chpasswd"], stdin=f"{login}:{password}\n")
        created[login] = password
    exchange = Path(options.exchange_root)
    exchange.mkdir(parents=True, exist_ok=True)
    os.chmod(exchange, 0o1777)
    for group in classes:
        if not exists(group.grader):
            _run(
                [
                    "useradd",
                    "--create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    "-K",
                    "HOME_MODE=0700",
                    group.grader,
                ]
            )
        account = pwd.getpwnam(group.grader)
        try:
            gid = grp.getgrnam(group.unix_group).gr_gid
        except KeyError:
            _run(["groupadd", group.unix_group])
            gid = grp.getgrnam(group.unix_group).gr_gid
        for member in sorted({group.grader, *group.pupils, *group.teachers}):
            _run(["usermod", "--append", "--groups", group.unix_group, member])
        # The class's part of the exchange: its grader owns it, only the class may enter it
        # (nbgrader leaves an existing course folder as it is). Another class's pupils cannot
        # list or read its lessons; the inbound folder inside keeps nbgrader's own rules.
        shared = exchange / group.name
        shared.mkdir(exist_ok=True)
        os.chown(shared, account.pw_uid, gid)
        os.chmod(shared, 0o2750)
        course = Path(options.courses_dir) / group.name
        course.mkdir(parents=True, exist_ok=True)
        os.chown(course, account.pw_uid, account.pw_gid)
        os.chmod(course, 0o700)
        os.chmod(course.parent, 0o755)
        config = course / "nbgrader_config.py"
        if not config.exists():
            config.write_text(course_config_text(group, options), encoding="utf-8")
            os.chown(config, account.pw_uid, account.pw_gid)
    return created
