"""``make run``: the app on a local HTTP server, checked before it serves.

What ``chalice local`` does (a threaded ``http.server`` in front of Chalice's
``LocalGateway``), with a newcomer's sharp edges removed:

* The shell wins. ``chalice local`` copies the stage's ``environment_variables``
  from ``.chalice/config.json`` over the shell's, so ``APP_ENV=production make run``
  ran as development; here a variable set in the shell overrides the file, and the
  override is printed.
* Settings are validated, and the store pinged, before the port is opened: a bad
  ``REDIS_URL`` refuses to serve, naming the variable, instead of printing
  "Serving on…" and answering every request with a 500.
* A busy port says which port, and how to choose another (``PORT=``).
* A browser closing a tab mid long-poll is not a ``BrokenPipeError`` traceback,
  and each request logs one line (the app's own), not two.

The browser tests and benchmarks serve through the same classes
(``tests.support.live_server``), so what they exercise is what ``make run`` runs.
Imported only by ``make run`` and tests: never on Lambda.
"""

from __future__ import annotations

import errno
import json
import logging
import sys
from pathlib import Path
from typing import Any, Mapping, TextIO

from chalicelib.errors import HoneylineError, ServeRefused, SettingsError
from chalicelib.settings import Settings, override_settings, process_environment

PROJECT_DIR = Path(__file__).resolve().parents[1]
DEFAULT_PORT = 8000
# Which variable to name when the configured store does not answer.
STORE_VARIABLES = {"upstash": "UPSTASH_REDIS_REST_URL", "redis": "REDIS_URL", "embedded": "(embedded store)"}


def stage_environment(stage: str, project_dir: Path = PROJECT_DIR) -> dict[str, str]:
    """The ``environment_variables`` ``chalice`` would set for ``stage`` (top level, then the stage's)."""
    path = project_dir / ".chalice" / "config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise ServeRefused(f"{path} is not valid JSON: {exc}") from None
    merged = dict(config.get("environment_variables") or {})
    merged.update(((config.get("stages") or {}).get(stage) or {}).get("environment_variables") or {})
    return {str(k): str(v) for k, v in merged.items()}


def merged_environment(shell: Mapping[str, str], stage_env: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The stage's values under the shell's; returns the environment and one note per override."""
    notes = [
        f"{name}={shell[name]} from the shell overrides .chalice/config.json ({value})"
        for name, value in sorted(stage_env.items())
        if name in shell and shell[name] != value
    ]
    return {**stage_env, **shell}, notes


def check_settings(environ: Mapping[str, str]) -> Settings:
    """Build the settings and ping the store; :class:`ServeRefused` names what is wrong."""
    try:
        settings = Settings.from_env(environ)
    except SettingsError as exc:
        raise ServeRefused(f"configuration error: {exc.message}") from None
    if settings.store_backend == "embedded":
        return settings  # in-process: nothing to reach
    from chalicelib.store import create_store

    store = create_store(settings)
    try:
        if store.execute("ping") != "PONG":
            raise ServeRefused(f"{STORE_VARIABLES[settings.store_backend]}: the store did not answer PING")
    except HoneylineError as exc:
        raise ServeRefused(f"{STORE_VARIABLES[settings.store_backend]}: unreachable: {exc.message}") from None
    finally:
        store.close()
    return settings


def server_classes() -> tuple[type, type]:
    """The request handler and server ``make run`` and the tests share.

    One log line per request: the app's middleware writes it (JSON, numbers masked),
    so the handler's own access line is dropped. A client that hangs up (a closed
    tab, an EventSource mid long-poll) is normal, not a traceback.
    """
    from chalice.local import ChaliceRequestHandler, ThreadedHTTPServer

    class QuietHandler(ChaliceRequestHandler):
        def log_request(self, code: Any = "-", size: Any = "-") -> None:
            pass  # the app logs each request once

        def handle(self) -> None:
            try:
                super().handle()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    class QuietServer(ThreadedHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
                super().handle_error(request, client_address)

    return QuietHandler, QuietServer


def create_server(host: str, port: int, stage: str = "dev") -> Any:
    """A ``chalice.local.LocalDevServer`` bound to ``host:port`` (0: any free port).

    Raises :class:`ServeRefused` when the port is taken.
    """
    from chalice.config import Config
    from chalice.local import LocalChalice, LocalDevServer
    from chalice.local import create_local_server as chalice_local_server

    from app import app

    config = Config.create(chalice_stage=stage, app_name="honeyline", project_dir=str(PROJECT_DIR))
    if not isinstance(app, LocalChalice):
        # What `chalice local` does once per process: give the app a thread-local current_request
        # (the server is threaded). Chalice refuses to do it twice, so later servers skip it.
        chalice_local_server(app, config, "127.0.0.1", 0).server.server_close()
    handler_cls, server_cls = server_classes()
    try:
        return LocalDevServer(app, config, host, port, handler_cls=handler_cls, server_cls=server_cls)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServeRefused(
                f"port {port} on {host} is already in use (another `make run`?): "
                f"stop it, or choose another port: PORT={port + 1} make run"
            ) from None
        raise


def serve(host: str, port: int, *, stage: str = "dev", out: TextIO = sys.stdout,
          environ: Mapping[str, str] | None = None) -> int:
    """Check the configuration, then serve until interrupted. Returns the exit status."""
    from chalicelib.logs import configure_logging

    gateway = None
    try:
        env, notes = merged_environment(process_environment() if environ is None else dict(environ), stage_environment(stage))
        for note in notes:
            print(f"note: {note}", file=out)
        if not env.get("WEBSOCKET_URL"):
            gateway, env = start_websocket_gateway(host, env)
        settings = check_settings(env)
        for problem in settings.production_problems():  # production refuses these routes: say so now
            print(f"warning: {problem.message}", file=out)
        override_settings(settings)
        configure_logging(settings.log_level)
        logging.getLogger().setLevel(settings.log_level)  # the CLI configured WARNING before
        server = create_server(host, port, stage)
    except ServeRefused as exc:
        if gateway is not None:
            gateway.stop()
        print(f"make run: not serving: {exc}", file=sys.stderr)
        return 2
    store = "in-process store (data lives and dies with this process)" if settings.store_backend == "embedded" \
        else f"{settings.store_backend} store"
    url = f"http://{host}:{server.server.server_address[1]}"
    print(f"Honeyline ({settings.app_env}, {store}, {settings.queue_backend} tasks) on {url}/\n"
          f"Bring the page alive from another terminal: make demo URL={url}", file=out, flush=True)
    if gateway is not None:
        print(f"Live push: API Gateway WebSocket stand-in on {gateway.ws_url} (the page's first choice, as deployed)",
              file=out, flush=True)
    try:
        server.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server.server_close()
        if gateway is not None:
            gateway.stop()
    return 0


def start_websocket_gateway(host: str, env: dict[str, str]) -> tuple[Any, dict[str, str]]:
    """The loopback API Gateway WebSocket stand-in on a free port, and the variables that point the app at it.

    ``chalice local`` has no WebSockets; with the stand-in, ``make run`` pushes events the way a
    deployment does (``WEBSOCKET_URL`` set in the shell skips it).
    """
    from chalicelib.local_gateway import LocalWebsocketGateway

    gateway = LocalWebsocketGateway(host="127.0.0.1" if host in ("", "0.0.0.0", "::") else host).start()
    return gateway, {**env, "WEBSOCKET_URL": gateway.ws_url, "WEBSOCKET_MANAGEMENT_URL": gateway.management_url}
