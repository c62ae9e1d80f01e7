"""Operator commands: ``python -m chalicelib <command>``.

serve             run Honeyline locally (what `make run` runs): settings checked first
doctor            check the configuration as production sees it, or a deployment (--url)
configure-twilio  point a Twilio number's voice, SMS and status callbacks at Honeyline
analyze --jsonl   analyze {"id", "text", "channel"} lines from stdin with the offline analyzer
eval              precision, recall, F1 and false-positive rate on the labelled data
demo              send a realistic sequence of signed Twilio webhooks to a running server
relay             hand on the tasks left in the outbox (what the scheduled relay_tasks does)
intel             scam intelligence: export the blocklist, campaigns, FTC reports, false positives
iam-policy        the prod role's IAM policy for the configured features (make package writes it)
bytecode          add the cold path's .pyc and the analyzer's gate tables to a deployment.zip (make package runs it)
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Sequence

from chalicelib.errors import HoneylineError, SettingsError
from chalicelib.logs import configure_logging


def _doctor(args: argparse.Namespace) -> int:
    from chalicelib import doctor
    from chalicelib.settings import get_settings

    settings = get_settings()
    if args.url:
        print(f"doctor: checking the deployment at {args.url} from outside")
        return doctor.run_remote_doctor(args.url, settings, sys.stdout, cafile=args.cafile)
    from chalicelib.store import get_store

    print(f"doctor: checking this configuration as production will see it (store: {settings.store_backend}, "
          f"queue: {settings.queue_backend}, APP_ENV here: {settings.app_env})")
    return doctor.run_doctor(settings, get_store(), sys.stdout, check_url=args.check_url)


def _serve(args: argparse.Namespace) -> int:
    from chalicelib.local_server import serve

    return serve(args.host, args.port, stage=args.stage)


def _configure_twilio(args: argparse.Namespace) -> int:
    from chalicelib.settings import get_settings
    from chalicelib.twilio_numbers import configure_number, make_client, print_plan

    settings = get_settings()
    number = args.number or settings.twilio_phone_number
    base_url = args.base_url or settings.public_base_url
    if not number or not base_url:
        print("configure-twilio needs --number (or TWILIO_PHONE_NUMBER) and --base-url (or PUBLIC_BASE_URL)", file=sys.stderr)
        return 2
    if args.dry_run and not (settings.twilio_account_sid and settings.twilio_auth_token):
        # Nothing to compare with: say what would be set, without asking Twilio.
        print_plan(number, base_url, sys.stdout)
        return 0
    sid = settings.require("twilio_account_sid")
    token = settings.require("twilio_auth_token")
    client = make_client(sid, token, api_base=args.api_base or settings.twilio_api_base)
    configure_number(client, number, base_url, dry_run=args.dry_run, out=sys.stdout)
    return 0


def _analyze(args: argparse.Namespace) -> int:
    from chalicelib.analysis.commands import analyze_jsonl

    return analyze_jsonl(sys.stdin, sys.stdout)


def _eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from chalicelib.analysis.commands import calibrate, default_data_dir, evaluate

    data = Path(args.data) if args.data else default_data_dir()
    if not data.is_dir():
        print(f"no labelled data at {data} (use --data DIR)", file=sys.stderr)
        return 2
    if args.calibrate:
        calibrate(data, sys.stdout)
        return 0
    evaluate(data, sys.stdout)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from chalicelib.demo import run_demo
    from chalicelib.settings import get_settings

    settings = get_settings()
    return run_demo(args.url, token=settings.twilio_auth_token, public_base=settings.public_base_url, out=sys.stdout,
                    pause=args.pause)


def _relay(args: argparse.Namespace) -> int:
    import time

    from chalicelib import pipeline, push
    from chalicelib.settings import get_settings
    from chalicelib.store import get_store, on_store_created

    on_store_created(push.observe)  # as in app.py: relayed tasks' events reach open tabs
    while True:
        work = pipeline.for_request(get_settings(), get_store(), budget=55.0)
        print(work.relay())
        if not args.every:
            return 0
        time.sleep(args.every)


def _intel(args: argparse.Namespace) -> int:
    """``intel export|campaigns|report|false-positive``: the intelligence routes, offline."""
    import json

    from chalicelib import intel
    from chalicelib.intel import api
    from chalicelib.settings import get_settings
    from chalicelib.store import get_store

    settings, store = get_settings(), get_store()
    if args.intel_command == "export":
        body = intel.export(store, settings, args.format, since_ms=intel.parse_since(args.since),
                            min_confidence=intel.int_param(str(args.min_confidence), "--min-confidence", 0, 0, 100))
        sys.stdout.write(body if body.endswith("\n") else body + "\n")
        return 0
    if args.intel_command == "campaigns":
        answer = api.list_campaigns(store, settings, {"days": str(args.days), "limit": str(args.limit)})
    elif args.intel_command == "report":
        answer = api.report(store, settings, campaign=args.campaign, call=args.call)
        if not args.json:
            print(answer["text"])
            return 0
    else:
        number = intel.parse_number(args.number)
        answer = intel.unmark_false_positive(store, number) if args.remove else intel.mark_false_positive(store, number, args.reason)
    print(json.dumps(answer, indent=1))
    return 0


def _add_intel(commands: Any) -> None:
    parser = commands.add_parser("intel", help="scam intelligence: blocklist export, campaigns, reports, false positives")
    sub = parser.add_subparsers(dest="intel_command", required=True)
    export = sub.add_parser("export", help="the blocklist of scam callback numbers (callback numbers in full)")
    export.add_argument("--format", choices=("csv", "json", "stix"), default="json")
    export.add_argument("--since", help="unix seconds/milliseconds or an ISO 8601 date")
    export.add_argument("--min-confidence", type=int, default=0, help="0-100 (default: %(default)s)")
    campaigns = sub.add_parser("campaigns", help="the top campaigns of a period, as JSON")
    campaigns.add_argument("--days", type=int, default=7)
    campaigns.add_argument("--limit", type=int, default=10)
    report = sub.add_parser("report", help="an FTC-ready report of a campaign or a call")
    target = report.add_mutually_exclusive_group(required=True)
    target.add_argument("--campaign")
    target.add_argument("--call", help="a CallSid or MessageSid")
    report.add_argument("--json", action="store_true", help="the whole report as JSON instead of the text")
    fp = sub.add_parser("false-positive", help="mark a number as not a scammer's: out of every export, never called")
    fp.add_argument("number", help="E.164, e.g. +18005550100")
    fp.add_argument("--reason", default="")
    fp.add_argument("--remove", action="store_true", help="undo the mark")
    parser.set_defaults(run=_intel)


def _iam_policy(args: argparse.Namespace) -> int:
    from chalicelib.iam import policy_json
    from chalicelib.settings import get_settings

    sys.stdout.write(policy_json(get_settings(), ssm_prefix=args.ssm_prefix))
    return 0


def _bytecode(args: argparse.Namespace) -> int:
    from pathlib import Path

    from chalicelib.bytecode import add_bytecode

    print(add_bytecode(Path(args.zip), runtime=args.runtime).summary())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m chalicelib", description="Honeyline operator commands")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run Honeyline on a local HTTP server (make run)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s; make run: PORT=)")
    serve.add_argument("--stage", default="dev", help="stage of .chalice/config.json whose variables apply "
                                                      "under the shell's (default: %(default)s)")
    serve.set_defaults(run=_serve)
    doctor = commands.add_parser("doctor", help="check the configuration as production sees it, or a deployment (--url)")
    doctor.add_argument("--url", help="check the deployment at this URL from outside, e.g. "
                                      "https://abc.execute-api.us-east-1.amazonaws.com/prod")
    doctor.add_argument("--cafile", help="CA bundle to trust for --url (a private CA)")
    doctor.add_argument("--check-url", action="store_true", help="also contact the QStash URL")
    doctor.set_defaults(run=_doctor)
    twilio = commands.add_parser("configure-twilio", help="set a Twilio number's webhooks to this deployment")
    twilio.add_argument("--number", help="the honeypot number, E.164 (default: TWILIO_PHONE_NUMBER)")
    twilio.add_argument("--base-url", help="public base URL of the API, stage included (default: PUBLIC_BASE_URL)")
    twilio.add_argument("--dry-run", action="store_true", help="print the changes without making them")
    twilio.add_argument("--api-base", help=argparse.SUPPRESS)  # route Twilio REST calls elsewhere (tests, proxies)
    twilio.set_defaults(run=_configure_twilio)
    analyze = commands.add_parser("analyze", help="analyze texts (JSON lines on stdin, one result line each)")
    analyze.add_argument("--jsonl", action="store_true", required=True, help='read {"id", "text", "channel"} lines')
    analyze.set_defaults(run=_analyze)
    evaluation = commands.add_parser("eval", help="measure the analyzer on labelled data")
    evaluation.add_argument("--data", help="folder with calls/ and sms/ (default: ../shared/data)")
    evaluation.add_argument("--calibrate", action="store_true",
                            help="fit the probability scale on the tuning rows and print it")
    evaluation.set_defaults(run=_eval)
    demo = commands.add_parser("demo", help="send demo Twilio webhooks (scam voicemail, legitimate voicemail, smishing SMS)")
    demo.add_argument("--url", default="http://127.0.0.1:8000", help="the running server (default: %(default)s)")
    demo.add_argument("--pause", type=float, default=1.5, help="seconds between webhooks (default: %(default)s)")
    demo.set_defaults(run=_demo)
    relay = commands.add_parser("relay", help="hand on the tasks left in the outbox (needs a shared store: REDIS_URL or Upstash)")
    relay.add_argument("--every", type=float, default=0, help="repeat every N seconds (default: once)")
    relay.set_defaults(run=_relay)
    _add_intel(commands)
    iam = commands.add_parser("iam-policy", help="print the prod role's IAM policy for the configured features")
    iam.add_argument("--ssm-prefix", default=None, help="SSM parameter path (default: SSM_PARAMETER_PREFIX or /honeyline/prod)")
    iam.set_defaults(run=_iam_policy)
    bytecode = commands.add_parser("bytecode", help="add the cold path's compiled modules (.pyc) and the analyzer's gate tables to a Lambda deployment.zip")
    bytecode.add_argument("zip", help="the deployment.zip of `chalice package`, e.g. build/package/deployment.zip")
    bytecode.add_argument("--runtime", help="the Lambda runtime, e.g. python3.11 (default: the Runtime in the sam.json beside the zip)")
    bytecode.set_defaults(run=_bytecode)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("WARNING")
    try:
        return int(args.run(args))
    except SettingsError as exc:
        print(f"configuration error: {exc.message}", file=sys.stderr)
        return 2
    except (HoneylineError, ValueError) as exc:
        print(f"error: {getattr(exc, 'message', exc)}", file=sys.stderr)
        return 1
