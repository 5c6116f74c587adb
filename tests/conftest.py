"""Shared test set-up: the network is cut for every test in this process.

Any attempt to open a connection to something other than this machine (loopback or a Unix
socket) fails the test at once, which proves that eduia never downloads at run time.
Tests that start subprocesses prove the same with a network namespace (see the tests marked
``network_namespace``).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"


class NetworkAccessError(RuntimeError):
    """Raised when code under test tries to reach the network."""


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_local(address):
            raise NetworkAccessError(f"network access attempted during a test: {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_local(address):
            raise NetworkAccessError(f"network access attempted during a test: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


@pytest.fixture(autouse=True)
def _french_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in French, whatever the machine's LANG, and leaves no language behind."""
    from eduia import i18n

    monkeypatch.setenv("EDUIA_LANG", "fr")
    monkeypatch.setattr(i18n, "_chosen_language", None)


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder beside the repository; the test is skipped when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is absent")
    return SHARED_DIR


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's Chromium driven by Playwright (see tests/browser_support.py)."""
    from browser_support import CHROMIUM_ARGS, chromium_or_skip
    from playwright.sync_api import sync_playwright

    chromium = chromium_or_skip()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A fresh French browser tab, closed after the test."""
    from browser_support import VIEWPORT

    context = browser.new_context(viewport=VIEWPORT, locale="fr-FR")  # type: ignore[attr-defined]
    tab = context.new_page()
    tab.set_default_timeout(60_000)
    yield tab
    context.close()
