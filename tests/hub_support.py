"""A real school JupyterHub for tests and benchmarks: accounts, start, login, spawn, run code.

Used by ``tests/test_hub_school.py`` and ``benchmarks/hub_spawn.py``. Needs root (``useradd``),
configurable-http-proxy (npm) and a Jupyter environment readable by the pupils' accounts
(``EDUIA_HUB_TEST_PREFIX``, by default ``/opt/eduia-hub-test``, made by ``.ci/run``).
"""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from eduia.hub.school import SchoolClass, SchoolOptions, create_accounts, write_school

PREFIX = Path(os.environ.get("EDUIA_HUB_TEST_PREFIX", "/opt/eduia-hub-test"))


def missing_requirement() -> str | None:
    """Why a real hub cannot run here, or ``None``."""
    if os.geteuid() != 0:
        return "creating unix accounts needs root"
    if not shutil.which("configurable-http-proxy") or not shutil.which("useradd"):
        return "configurable-http-proxy (npm) or useradd is missing"
    if not (PREFIX / "bin" / "jupyterhub-singleuser").exists():
        return f"no pupil-readable Jupyter environment in {PREFIX} (see .ci/run)"
    return None


def free_ports(count: int) -> list[int]:
    """``count`` distinct free loopback ports."""
    from eduia.launch import free_port

    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in ports:
            ports.append(port)
    return ports


@dataclass
class RunningHub:
    url: str
    root: Path
    options: SchoolOptions
    log: Path
    process: subprocess.Popen

    def log_tail(self, size: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-size:]

    def login(self, user: str, password: str) -> tuple[object, int]:
        """Log in through the hub's form; return (``requests`` session, HTTP status)."""
        import requests

        session = requests.Session()
        session.get(f"{self.url}/hub/login", timeout=10)
        xsrf = session.cookies.get("_xsrf")
        answer = session.post(
            f"{self.url}/hub/login",
            timeout=30,
            allow_redirects=False,
            data={"username": user, "password": password, "_xsrf": xsrf},
        )
        session.headers["X-XSRFToken"] = session.cookies.get("_xsrf") or xsrf
        return session, answer.status_code

    def token(self, session: object, user: str) -> str:
        """An API token of ``user``, made from their logged-in session."""
        answer = session.post(
            f"{self.url}/hub/api/users/{user}/tokens", json={"note": "test"}, timeout=30
        )
        assert answer.status_code in (200, 201), answer.text
        return answer.json()["token"]

    def spawn(self, user: str, token: str, timeout: float = 120) -> str:
        """Start ``user``'s server through the REST API, wait until ready; return its URL."""
        import requests

        headers = {"Authorization": f"token {token}"}
        started = requests.post(
            f"{self.url}/hub/api/users/{user}/server", headers=headers, timeout=30
        )
        assert started.status_code in (201, 202), started.text + self.log_tail()
        deadline = time.monotonic() + timeout
        while (
            not requests.get(f"{self.url}/hub/api/user", headers=headers, timeout=10)
            .json()["servers"]
            .get("", {})
            .get("ready")
        ):
            assert time.monotonic() < deadline, self.log_tail()
            time.sleep(0.2)
        return f"{self.url}/user/{user}"


def execute(server: str, token: str, code: str | list[str], timeout: float = 120) -> str:
    """Run ``code`` (or each cell of a list, in order) in a new kernel of a user's server.

    Returns the output and error text of all cells.
    """
    import requests
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    headers = {"Authorization": f"token {token}"}
    kernel = requests.post(
        f"{server}/api/kernels", headers=headers, json={"name": "python3"}, timeout=60
    )
    kernel.raise_for_status()
    kernel_id = kernel.json()["id"]

    async def run() -> str:
        url = server.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
        connection = await websocket_connect(HTTPRequest(url, headers=headers))
        session = uuid.uuid4().hex
        output = []
        for cell in [code] if isinstance(code, str) else code:
            msg_id = uuid.uuid4().hex
            await connection.write_message(
                json.dumps(
                    {
                        "header": {
                            "msg_id": msg_id,
                            "username": "test",
                            "session": session,
                            "msg_type": "execute_request",
                            "version": "5.3",
                        },
                        "parent_header": {},
                        "metadata": {},
                        "channel": "shell",
                        "content": {
                            "code": cell,
                            "silent": False,
                            "store_history": False,
                            "user_expressions": {},
                            "allow_stdin": False,
                        },
                    }
                )
            )
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                raw = await asyncio.wait_for(connection.read_message(), timeout)
                if raw is None:
                    raise ConnectionError("the kernel's websocket closed")
                if isinstance(raw, bytes):  # a binary frame (widget buffers): not ours to read
                    continue
                message = json.loads(raw)
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
        requests.delete(f"{server}/api/kernels/{kernel_id}", headers=headers, timeout=30)


@contextmanager
def school_hub(
    classes: list[SchoolClass], passwords: dict[str, str], before_start=None
) -> Iterator[RunningHub]:
    """Create the accounts, write the school's config, run JupyterHub; clean everything after."""
    import requests

    root = Path(tempfile.mkdtemp(prefix="eduia-hub-", dir="/tmp"))
    root.chmod(0o755)  # the pupils' servers read the pupil settings under it
    port, hub_port, api_port, service_port = free_ports(4)
    options = SchoolOptions(
        port=port,
        hub_port=hub_port,
        proxy_api_port=api_port,
        first_service_port=service_port,
        data_dir=str(root / "data"),
        courses_dir=str(root / "courses"),
        exchange_root=str(root / "exchange"),
        prefix=str(PREFIX),
    )
    (root / "data").mkdir(mode=0o700)
    log = root / "data" / "jupyterhub.log"
    logins = sorted({*passwords, *(group.grader for group in classes)})
    process = None
    try:
        assert create_accounts(classes, options, passwords) == passwords
        write_school(classes, root / "etc", options)
        if before_start:
            before_start(options)
        with log.open("wb") as handle:
            process = subprocess.Popen(
                [
                    str(PREFIX / "bin" / "jupyterhub"),
                    "-f",
                    str(root / "etc" / "jupyterhub_config.py"),
                ],
                cwd=root / "data",
                stdout=handle,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                env={**os.environ, "PATH": f"{PREFIX}/bin:{os.environ.get('PATH', '')}"},
            )
        hub = RunningHub(f"http://127.0.0.1:{port}", root, options, log, process)
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(f"{hub.url}/hub/api", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, hub.log_tail()
            time.sleep(0.3)
        yield hub
    finally:
        if process is not None and process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the hub stops the servers it started
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
        for login in logins:
            try:
                pwd.getpwnam(login)
            except KeyError:
                continue
            subprocess.run(["userdel", "-r", login], capture_output=True, check=False)
        for group in classes:
            subprocess.run(["groupdel", group.unix_group], capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)


def one_exercise_notebook(solution: str) -> dict:
    """A one-exercise nbgrader notebook: ``solution`` in the answer cell, a graded test cell."""

    def cell(source: str, **nbgrader: object) -> dict:
        return {
            "cell_type": "code",
            "execution_count": None,
            "outputs": [],
            "source": source,
            "metadata": {
                "nbgrader": {
                    "schema_version": 3,
                    "locked": False,
                    "solution": False,
                    "grade": False,
                    **nbgrader,
                }
            },
        }

    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
        },
        "cells": [
            cell(solution, solution=True, grade_id="reponse"),
            cell("assert x == 2", grade=True, grade_id="test", points=1, locked=True),
        ],
    }
