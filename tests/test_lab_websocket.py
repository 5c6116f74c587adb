"""A playground's picture is not held back by Nagle's algorithm: on a real ``eduia lab`` server,
the socket of the kernel's websocket has TCP_NODELAY (see :mod:`eduia.lab_websocket`)."""

from __future__ import annotations

import asyncio
import ctypes
import json
import os
import socket
import sys
from pathlib import Path

import pytest
import requests

from eduia.hub.school import pupil_settings
from eduia.launch import RESPONSIVE_SERVER_SETTINGS, configure_offline, lab_environment, running_lab

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc and uses pidfd_getfd")
CONNECTION = RESPONSIVE_SERVER_SETTINGS["ServerApp"]["kernel_websocket_connection_class"]
PIDFD_GETFD = 438  # the same number on every Linux architecture (generic syscall table)


def socket_inodes(pid: int) -> dict[int, int]:
    """The process's open sockets: inode → file descriptor."""
    found = {}
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd) if fd.is_symlink() else ""
        if target.startswith("socket:["):
            found[int(target[8:-1])] = int(fd.name)
    return found


def tcp_inode(local_port: int, remote_port: int) -> int | None:
    """The inode of the loopback TCP connection from ``local_port`` to ``remote_port``."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, remote = (int(address.rsplit(":", 1)[1], 16) for address in fields[1:3])
            if (local, remote) == (local_port, remote_port):
                return int(fields[9])
    return None


def nodelay_of(pid: int, fd: int) -> int:
    """TCP_NODELAY of another process's socket, read from a copy of its descriptor."""
    libc = ctypes.CDLL(None, use_errno=True)
    pidfd = os.pidfd_open(pid)
    try:
        copy = libc.syscall(PIDFD_GETFD, pidfd, fd, 0)
        if copy < 0:
            pytest.fail(f"pidfd_getfd: {os.strerror(ctypes.get_errno())}")
        with socket.socket(fileno=copy) as duplicate:
            return duplicate.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    finally:
        os.close(pidfd)


async def open_kernel_websocket(url: str, token: str, kernel_id: str):
    """A kernel websocket that the server has connected (its kernel_info reply came back)."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    ws_url = url.replace("http://", "ws://") + f"/api/kernels/{kernel_id}/channels"
    connection = await websocket_connect(
        HTTPRequest(ws_url, headers={"Authorization": f"token {token}"})
    )
    request = {
        "header": {
            "msg_id": "info",
            "msg_type": "kernel_info_request",
            "session": "t",
            "username": "t",
            "version": "5.3",
        },
        "parent_header": {},
        "metadata": {},
        "content": {},
        "channel": "shell",
    }
    await connection.write_message(json.dumps(request))
    while True:
        raw = await asyncio.wait_for(connection.read_message(), 60)
        assert raw is not None, "the kernel's websocket closed"
        if isinstance(raw, str) and json.loads(raw)["msg_type"] == "kernel_info_reply":
            return connection


def test_the_kernel_websocket_of_a_real_lab_has_nodelay(tmp_path: Path) -> None:
    with running_lab(tmp_path) as lab:
        base = f"http://127.0.0.1:{lab.port}"
        headers = {"Authorization": f"token {lab.token}"}
        kernel = requests.post(f"{base}/api/kernels", headers=headers, json={}, timeout=60)
        kernel.raise_for_status()

        async def check() -> int:
            connection = await open_kernel_websocket(base, lab.token, kernel.json()["id"])
            client_port = connection.stream.socket.getsockname()[1]
            inode = tcp_inode(lab.port, client_port)
            assert inode is not None, "no server side for the websocket in /proc/net/tcp"
            fd = socket_inodes(lab.process.pid).get(inode)
            assert fd is not None, "the websocket is not a socket of the lab's process"
            value = nodelay_of(lab.process.pid, fd)
            connection.close()
            return value

        assert asyncio.run(check()) == 1, "Nagle's algorithm is still on for kernel messages"


def test_every_server_config_eduia_writes_names_the_connection(tmp_path: Path) -> None:
    """``eduia lab`` (pupil and teacher), the installed environment, the school server's pupils."""
    lab_environment(tmp_path / "eleve", {})
    lab_environment(tmp_path / "prof", {}, teacher=True)
    configure_offline(tmp_path / "venv")
    pupil_settings(tmp_path / "pupil-jupyter")
    written = [
        tmp_path / "eleve/.eduia/jupyter/jupyter_server_config.json",
        tmp_path / "prof/.eduia/jupyter/jupyter_server_config.json",
        tmp_path / "venv/etc/jupyter/jupyter_server_config.d/eduia.json",
        tmp_path / "pupil-jupyter/jupyter_server_config.json",
    ]
    for path in written:
        server = json.loads(path.read_text())["ServerApp"]
        assert server["kernel_websocket_connection_class"] == CONNECTION, path


def test_the_connection_class_is_jupyter_servers_own_with_nodelay() -> None:
    from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection
    from traitlets.utils.importstring import import_item

    assert issubclass(import_item(CONNECTION), ZMQChannelsWebsocketConnection)
