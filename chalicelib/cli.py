"""Operator commands: ``python -m chalicelib <command>``.

doctor   check the configured store, event bus, active calls and queue
"""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from chalicelib.errors import SettingsError
from chalicelib.logs import configure_logging


def _doctor(args: argparse.Namespace) -> int:
    from chalicelib.doctor import run_doctor
    from chalicelib.settings import get_settings
    from chalicelib.store import get_store

    settings = get_settings()
    print(f"store: {settings.store_backend}  queue: {settings.queue_backend}  env: {settings.app_env}")
    return run_doctor(settings, get_store(), sys.stdout, check_url=args.check_url)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m chalicelib", description="Honeyline operator commands")
    commands = parser.add_subparsers(dest="command", required=True)
    doctor = commands.add_parser("doctor", help="check the store, events, active calls and queue configuration")
    doctor.add_argument("--check-url", action="store_true", help="also contact the QStash URL")
    doctor.set_defaults(run=_doctor)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("WARNING")
    try:
        return int(args.run(args))
    except SettingsError as exc:
        print(f"configuration error: {exc.message}", file=sys.stderr)
        return 2
