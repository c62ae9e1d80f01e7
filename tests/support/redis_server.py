"""A real, throw-away ``redis-server`` for tests (loopback only, no persistence)."""

from __future__ import annotations

import atexit
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Optional, Type

import redis

START_TIMEOUT = 10.0


def free_port() -> int:
    """Return a currently free TCP port on 127.0.0.1 (bind to port 0, then release it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisServer:
    """Run ``redis-server`` on a free loopback port in a temporary directory.

    Use as a context manager. ``stop()`` then ``start()`` restarts it on the same port, so tests
    can simulate "Redis down" and recovery. The process is also killed at interpreter exit.
    """

    def __init__(self, port: Optional[int] = None, binary: Optional[str] = None) -> None:
        found = binary or shutil.which("redis-server")
        if not found:
            raise RuntimeError(
                "redis-server not found on PATH: install it (Debian: apt-get install redis-server)"
            )
        self.binary: str = found
        self.port: int = port or free_port()
        self._tmp = tempfile.TemporaryDirectory(prefix="redis-test-")
        self.dir = Path(self._tmp.name)
        self._proc: Optional[subprocess.Popen[bytes]] = None
        self._log = self.dir / "redis.log"
        self._admin: Optional[redis.Redis] = None
        atexit.register(self.close)

    @property
    def url(self) -> str:
        """``redis://127.0.0.1:<port>/0``."""
        return f"redis://127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int:
        """The server's process id (a benchmark pauses it with SIGSTOP)."""
        assert self._proc is not None, "the server is not running"
        return self._proc.pid

    @property
    def running(self) -> bool:
        """True while the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def client(self, **kwargs: object) -> redis.Redis:
        """A new redis-py client for this server (``decode_responses=False`` unless overridden)."""
        options: dict = {"decode_responses": False, "socket_timeout": 5, "socket_connect_timeout": 2}
        options.update(kwargs)
        return redis.Redis(host="127.0.0.1", port=self.port, db=0, **options)

    def start(self) -> "RedisServer":
        """Start the server (no-op if running) and wait until it answers PING."""
        if self.running:
            return self
        args = [
            self.binary, "--save", "", "--appendonly", "no", "--port", str(self.port),
            "--bind", "127.0.0.1", "--daemonize", "no", "--dir", str(self.dir),
            "--protected-mode", "no", "--logfile", "",
        ]
        log = open(self._log, "ab")
        try:
            self._proc = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=self.dir
            )
        finally:
            log.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        probe = self.client(socket_timeout=0.5, socket_connect_timeout=0.5)
        last: Optional[BaseException] = None
        try:
            while time.monotonic() < deadline:
                if self._proc is not None and self._proc.poll() is not None:
                    raise RuntimeError(
                        f"redis-server exited with {self._proc.returncode} on port {self.port}:\n"
                        f"{self.output()}"
                    )
                try:  # the PING must come from our process, not another server on the port
                    if self._proc and probe.info("server").get("process_id") == self._proc.pid:
                        return
                except redis.RedisError as exc:
                    last = exc
                time.sleep(0.02)
        finally:
            probe.close()
        self.stop()
        raise RuntimeError(
            f"redis-server on port {self.port} did not answer PING within {START_TIMEOUT} s "
            f"({last!r}):\n{self.output()}"
        )

    def output(self) -> str:
        """The server's combined stdout/stderr so far (for error messages)."""
        try:
            return self._log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        """Terminate the server (SIGTERM, then SIGKILL after 5 s). Safe to call repeatedly."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)

    def close(self) -> None:
        """Stop the server and remove its temporary directory."""
        self.stop()
        self._tmp.cleanup()
        atexit.unregister(self.close)

    def _admin_client(self) -> redis.Redis:
        if self._admin is None:
            self._admin = self.client()
        return self._admin

    def command_stats(self) -> dict[str, int]:
        """Calls per command from ``INFO commandstats``, e.g. ``{"set": 3, "config|resetstat": 1}``."""
        raw = self._admin_client().execute_command("INFO", "commandstats")
        stats: dict[str, int] = {}
        if isinstance(raw, dict):  # redis-py parsed it: {"cmdstat_get": {"calls": 1, ...}}
            for name, fields in raw.items():
                key = str(name).lower().removeprefix("cmdstat_")
                stats[key] = int(fields["calls"]) if isinstance(fields, dict) else 0
            return stats
        text = raw.decode() if isinstance(raw, bytes) else str(raw)
        for line in text.splitlines():
            if line.startswith("cmdstat_") and ":" in line:
                name, fields = line.split(":", 1)
                parts = dict(p.split("=", 1) for p in fields.split(",") if "=" in p)
                stats[name.removeprefix("cmdstat_").lower()] = int(parts.get("calls", 0))
        return stats

    def reset_stats(self) -> None:
        """``CONFIG RESETSTAT`` (the reset itself is not counted afterwards)."""
        self._admin_client().config_resetstat()

    def __enter__(self) -> "RedisServer":
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        self.close()
