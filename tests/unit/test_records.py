"""Records: the frozen value objects that replaced ``@dataclass`` on every webhook's path."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib.budget import Deadline
from chalicelib.events import Event
from chalicelib.idempotency import Claim
from chalicelib.records import Record
from chalicelib.settings import Settings
from chalicelib.tasks import Task

ROOT = Path(__file__).resolve().parents[2]


def test_records_compare_by_value_and_show_their_fields() -> None:
    task = Task("process_sms", {"message_sid": "SM1", "body": "hi"})
    assert task == Task("process_sms", {"message_sid": "SM1", "body": "hi"}, 0)
    assert task != Task("process_sms", {"message_sid": "SM1", "body": "hi"}, 5)
    assert task != ("process_sms", {"message_sid": "SM1", "body": "hi"}, 0)  # not a tuple
    assert repr(task) == "Task(type='process_sms', payload={'message_sid': 'SM1', 'body': 'hi'}, delay_seconds=0)"
    assert Event("1-0", "incoming_call", 5).data == {} and Event("1-0", "incoming_call", 5).data is not Event("1-0", "x", 5).data
    assert hash(Claim("k", "t", "claimed")) == hash(Claim("k", "t", "claimed"))


def test_records_are_frozen() -> None:
    claim = Claim("k", "t", "claimed")
    with pytest.raises(AttributeError, match="immutable"):
        claim.outcome = "done"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del claim.key
    with pytest.raises(AttributeError):
        claim.extra = 1  # type: ignore[attr-defined]
    settings = Settings.from_env({})
    with pytest.raises(AttributeError, match="immutable"):
        settings.app_env = "production"  # type: ignore[misc]
    assert settings.app_env == "development"


def test_replace_copies_with_changes_and_validates_names() -> None:
    settings = Settings.from_env({"DASHBOARD_TOKEN": "d"})
    production = settings.replace(app_env="production")
    assert production.is_production and not settings.is_production and production.dashboard_token == "d"
    assert settings.replace() == settings and settings.replace() is not settings
    with pytest.raises(TypeError, match="no field app_environment"):
        settings.replace(app_environment="production")
    with pytest.raises(TypeError):
        Settings(nope=1)


def test_secrets_and_clocks_stay_out_of_repr() -> None:
    settings = Settings(twilio_auth_token="tok-123", redis_url="redis://:pw@h", qstash_token="q-123")
    shown = repr(settings)
    assert "tok-123" not in shown and ":pw@" not in shown and "q-123" not in shown and "app_env='development'" in shown
    assert "clock" not in repr(Deadline.after(1.0))


def test_copy_and_pickle_rebuild_through_init() -> None:
    claim = Claim("k", "t", "done", {"r": [1]})
    assert copy.deepcopy(claim) == claim and pickle.loads(pickle.dumps(claim)) == claim
    settings = Settings.from_env({"APP_ENV": "production"})
    assert pickle.loads(pickle.dumps(settings)) == settings


def test_slots_must_match_the_fields() -> None:
    with pytest.raises(TypeError, match="differ from its fields"):
        class Broken(Record):
            __slots__ = ("a",)
            a: int
            b: int


def test_import_app_generates_no_dataclass_code() -> None:
    """The webhook path imports neither ``dataclasses`` (and ``inspect``) nor ``uuid`` (and ``platform``)."""
    code = "import sys, app; print(sorted(m for m in ('dataclasses', 'inspect', 'uuid', 'platform') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
