"""Honeyline on a real HTTP server, for the browser tests, the demo test and the live benchmark.

``LiveServer`` runs the Chalice app exactly as ``make run`` does
(:func:`chalicelib.local_server.create_server`: a threaded ``http.server`` in front of
Chalice's ``LocalGateway``, with a thread-local ``current_request``), on a free loopback
port, in a daemon thread of this process. Settings are installed process-wide,
so the test can read the same (embedded) store the server writes.

Browser helpers (Chromium from Debian, never downloaded) live here too, so the
tests and ``bench.bench_live`` launch it the same way.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from chalicelib.settings import Settings, override_settings

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright)"
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        return f"Chromium is not installed at {CHROMIUM} (Debian: apt-get install chromium)"
    return None


def launch_chromium(playwright: Any) -> Any:
    """Debian's Chromium through Playwright, with the background chatter switched off."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


class LiveServer:
    """The app on ``http://127.0.0.1:<free port>``, serving from a thread until closed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._server: Any = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._server.server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def install_settings(self) -> None:
        """Make this server's settings the process-wide ones again (tests reset them)."""
        override_settings(self.settings)

    def start(self) -> "LiveServer":
        from chalicelib.local_server import create_server

        self.install_settings()
        # Port 0: the OS picks a free port, read back from the bound socket (no race with another process).
        self._server = create_server("127.0.0.1", 0)
        self._thread = threading.Thread(target=self._server.server.serve_forever, name="honeyline-live-server", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()  # from this thread: serve_forever runs in the other one
            self._server.server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def wait_until(page: Any, expression: str, timeout: float = 8.0) -> None:
    """Poll an expression from Python: Playwright's wait_for_function needs eval, which our CSP forbids."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        time.sleep(0.05)
