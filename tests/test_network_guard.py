"""The network guard of conftest.py really blocks outside connections."""

import socket

import pytest
from conftest import NetworkAccessError


def test_outside_connection_is_refused() -> None:
    with socket.socket() as sock, pytest.raises(NetworkAccessError):
        sock.connect(("192.0.2.1", 80))


def test_loopback_is_allowed() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.socket() as client:
            client.connect(server.getsockname())
