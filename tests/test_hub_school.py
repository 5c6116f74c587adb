"""``eduia hub school``: one school's JupyterHub, generated and then run for real.

The fast tests read the generated ``jupyterhub_config.py`` with traitlets, as JupyterHub does.
The slow test (root only) creates real unix accounts with ``useradd``, starts JupyterHub with
configurable-http-proxy on loopback, logs a pupil in with her unix password, starts her server
through the hub's REST API, runs code in her kernel, and proves she cannot read another pupil's
home folder.
"""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
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
    assert config.Authenticator.allowed_users == {"alice", "bruno", "chloe", "mme_durand",
                                                  "m_martin"}
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


@pytest.mark.parametrize("text, fragment", [
    ("classe;login\n2nde1;alice\n", "Colonnes manquantes"),
    ("classe;role;login\n2nde1;eleve;Alice Dupont\n", "nom de compte"),
    ("classe;role;login\n2nde1;parent;alice\n", "rôle « parent » inconnu"),
])
def test_bad_class_lists_get_a_french_message(text, fragment, tmp_path, capsys):
    with pytest.raises(SchoolError, match=fragment):
        read_classes(text)
    (tmp_path / "c.csv").write_text(text, encoding="utf-8")
    assert main(["hub", "school", str(tmp_path / "c.csv"), str(tmp_path / "etc")]) == 1
    assert fragment in capsys.readouterr().err


# --- the real hub -------------------------------------------------------------------------


def _free_ports(count: int) -> list[int]:
    from eduia.launch import free_port

    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


def _execute(base: str, token: str, code: str) -> str:
    """Run ``code`` in a new kernel of the pupil's server; return its output and error text."""
    import requests
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    headers = {"Authorization": f"token {token}"}
    kernel = requests.post(f"{base}/api/kernels", headers=headers, json={"name": "python3"},
                           timeout=60)
    kernel.raise_for_status()
    kernel_id = kernel.json()["id"]

    async def run() -> str:
        url = base.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        connection = await websocket_connect(HTTPRequest(url, headers=headers))
        msg_id = uuid.uuid4().hex
        await connection.write_message(json.dumps({
            "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": False,
                        "user_expressions": {}, "allow_stdin": False},
        }))
        output = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            message = json.loads(await asyncio.wait_for(connection.read_message(), 60))
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            if kind == "stream":
                output.append(content["text"])
            elif kind == "error":
                output.append(f"{content['ename']}: {content['evalue']}")
            elif kind == "status" and content["execution_state"] == "idle":
                break
        connection.close()
        return "".join(output)

    try:
        return asyncio.run(run())
    finally:
        requests.delete(f"{base}/api/kernels/{kernel_id}", headers=headers, timeout=30)


@pytest.mark.slow
def test_a_pupil_logs_in_starts_her_server_and_cannot_read_another_pupils_home():
    if os.geteuid() != 0:
        pytest.skip("creating unix accounts needs root")
    if not shutil.which("configurable-http-proxy") or not shutil.which("useradd"):
        pytest.skip("configurable-http-proxy (npm) or useradd is missing")
    import requests

    from eduia.hub.school import create_accounts

    # The pupils' servers run as the pupils: their Python must be readable by them (under /opt,
    # made by .ci/run), unlike a virtual environment whose base interpreter lives in /root.
    prefix = Path(os.environ.get("EDUIA_HUB_TEST_PREFIX", "/opt/eduia-hub-test"))
    if not (prefix / "bin" / "jupyterhub-singleuser").exists():
        pytest.skip(f"no pupil-readable Jupyter environment in {prefix} (see .ci/run)")

    tag = "e" + secrets.token_hex(3)  # unique account names: tests may run side by side
    alice, bruno, teacher = f"{tag}alice", f"{tag}bruno", f"{tag}prof"
    classes = [SchoolClass(f"{tag}c", [teacher], [alice, bruno])]
    root = Path(tempfile.mkdtemp(prefix="eduia-hub-", dir="/tmp"))
    root.chmod(0o755)  # the pupils' servers read the pupil settings under it
    port, hub_port, api_port, service_port = _free_ports(4)
    options = SchoolOptions(port=port, hub_port=hub_port, proxy_api_port=api_port,
                            first_service_port=service_port, data_dir=str(root / "data"),
                            courses_dir=str(root / "courses"),
                            exchange_root=str(root / "exchange"), prefix=str(prefix))
    (root / "data").mkdir(mode=0o700)
    log = root / "data" / "jupyterhub.log"
    hub = None
    try:
        passwords = {alice: "mot-de-passe-a1", bruno: "mot-de-passe-b2", teacher: "prof-c3"}
        assert create_accounts(classes, options, passwords) == passwords
        write_school(classes, root / "etc", options)
        (Path(pwd.getpwnam(bruno).pw_dir) / "secret.txt").write_text("copie de Bruno")
        os.chown(Path(pwd.getpwnam(bruno).pw_dir) / "secret.txt", pwd.getpwnam(bruno).pw_uid, -1)
        os.chmod(pwd.getpwnam(alice).pw_dir, 0o755)  # the hub must make it private again
        with log.open("wb") as handle:
            hub = subprocess.Popen(
                [f"{sys.prefix}/bin/jupyterhub", "-f", str(root / "etc" / "jupyterhub_config.py")],
                cwd=root / "data", stdout=handle, stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, "PATH": f"{sys.prefix}/bin:{os.environ.get('PATH', '')}"})
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{url}/hub/api", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert hub.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.5)

        session = requests.Session()
        session.get(f"{url}/hub/login", timeout=10)
        xsrf = session.cookies.get("_xsrf")
        wrong = session.post(f"{url}/hub/login", timeout=30, allow_redirects=False,
                             data={"username": alice, "password": "faux", "_xsrf": xsrf})
        assert wrong.status_code != 302
        login = session.post(f"{url}/hub/login", timeout=30, allow_redirects=False,
                             data={"username": alice, "password": passwords[alice],
                                   "_xsrf": xsrf})
        assert login.status_code == 302, login.text[:500]
        api = {"X-XSRFToken": session.cookies.get("_xsrf") or xsrf}
        token = session.post(f"{url}/hub/api/users/{alice}/tokens", headers=api,
                             json={"note": "test"}, timeout=30)
        assert token.status_code in (200, 201), token.text
        headers = {"Authorization": f"token {token.json()['token']}"}
        # She sees herself, not her classmate, and no admin panel.
        assert requests.get(f"{url}/hub/api/users/{bruno}", headers=headers,
                            timeout=10).status_code in (403, 404)
        everyone = requests.get(f"{url}/hub/api/users", headers=headers, timeout=10)
        assert everyone.status_code == 403 or [u["name"] for u in everyone.json()] == [alice]
        me = requests.get(f"{url}/hub/api/user", headers=headers, timeout=10).json()
        assert me["admin"] is False and f"nbgrader-{tag}c" in me["groups"]

        started = requests.post(f"{url}/hub/api/users/{alice}/server", headers=headers, timeout=30)
        assert started.status_code in (201, 202), started.text
        deadline = time.monotonic() + 120
        while not requests.get(f"{url}/hub/api/user", headers=headers,
                               timeout=10).json()["servers"].get("", {}).get("ready"):
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.5)

        server = f"{url}/user/{alice}"
        saved = requests.put(f"{server}/api/contents/preuve.txt", headers=headers, timeout=30,
                             json={"type": "file", "format": "text", "content": "bonjour"})
        assert saved.status_code in (200, 201), saved.text
        account = pwd.getpwnam(alice)
        proof = Path(account.pw_dir) / "preuve.txt"
        assert proof.stat().st_uid == account.pw_uid  # her server runs as her unix account
        assert Path(account.pw_dir).stat().st_mode & 0o777 == 0o700
        french = Path(account.pw_dir, ".jupyter/lab/user-settings/@jupyterlab/translation-extension",
                      "plugin.jupyterlab-settings")
        assert json.loads(french.read_text())["locale"] == "fr_FR"

        output = _execute(server, token.json()["token"],
                          "import os\nprint(os.getuid(), os.environ['EDUIA_LANG'])\n"
                          f"open('/home/{bruno}/secret.txt').read()\n")
        assert f"{account.pw_uid} fr" in output
        assert "PermissionError" in output and "copie de Bruno" not in output
        listing = _execute(server, token.json()["token"], f"import os\nos.listdir('/home/{bruno}')\n")
        assert "PermissionError" in listing
    finally:
        if hub is not None and hub.poll() is None:
            os.killpg(hub.pid, signal.SIGTERM)
            try:
                hub.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(hub.pid, signal.SIGKILL)
        # JupyterHub stops the servers it started (cleanup_servers) before it exits.
        for login in (alice, bruno, teacher, classes[0].grader):
            subprocess.run(["userdel", "-r", login], capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)
