"""The prod IAM policy: valid, in sync with the generator, and granting every AWS call the code makes.

The calls are found in the source, not listed by hand: for every service the code
creates a boto3 client for, each operation of botocore's model whose snake_case name
appears as a call (``.start_transcription_job(``) or a paginator (``"get_parameters_by_path"``)
must be allowed by the policy of a deployment with every feature on.
"""

from __future__ import annotations

import json
import pathlib
import re

import botocore.session

from chalicelib.iam import policy, policy_json
from chalicelib.settings import Settings

ROOT = pathlib.Path(__file__).resolve().parents[2]
SOURCE = "\n".join(p.read_text() for p in (ROOT / "chalicelib").rglob("*.py"))
IAM_PREFIX = {"s3": "s3", "transcribe": "transcribe", "bedrock-runtime": "bedrock", "ssm": "ssm",
              "apigatewaymanagementapi": "execute-api"}
ACTION_OF = {"bedrock:Converse": "bedrock:InvokeModel", "bedrock:ConverseStream": "bedrock:InvokeModelWithResponseStream",
             "execute-api:PostToConnection": "execute-api:ManageConnections",
             "execute-api:GetConnection": "execute-api:ManageConnections",
             "execute-api:DeleteConnection": "execute-api:ManageConnections"}


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def aws_calls() -> set[str]:
    # boto3/botocore clients, and services whose operations the code builds from botocore's model.
    services = set(re.findall(r"""(?:(?<![\w])client|get_service_model)\(\s*["']([a-z0-9-]+)["']""", SOURCE))
    assert {"s3", "transcribe", "bedrock-runtime", "ssm", "apigatewaymanagementapi"} <= services, services
    session = botocore.session.get_session()
    actions = set()
    for service in services:
        model = session.get_service_model(service)
        for operation in model.operation_names:
            snake = _snake(operation)
            if re.search(rf"""\.{snake}\(|["']{snake}["']|operation_model\(["']{operation}["']""", SOURCE):
                action = f"{IAM_PREFIX.get(service, service)}:{operation}"
                actions.add(ACTION_OF.get(action, action))
    return actions


def granted(document: dict) -> set[str]:
    found = set()
    for statement in document["Statement"]:
        assert statement["Effect"] == "Allow" and statement["Resource"]
        actions = statement["Action"]
        found |= set([actions] if isinstance(actions, str) else actions)
    return found


def test_the_checked_in_policy_is_the_generated_one_for_a_plain_deployment() -> None:
    checked_in = (ROOT / ".chalice" / "policy-prod.json").read_text()
    assert json.loads(checked_in)["Version"] == "2012-10-17"
    assert checked_in == policy_json(Settings.from_env({}), ssm_prefix="/honeyline/prod")
    config = json.loads((ROOT / ".chalice" / "config.json").read_text())["stages"]["prod"]
    assert config["iam_policy_file"] == "policy-prod.json" and config["autogen_policy"] is False


def test_every_aws_call_the_code_makes_is_granted_when_its_feature_is_on() -> None:
    calls = aws_calls()
    assert {"s3:PutObject", "s3:GetObject", "transcribe:StartTranscriptionJob", "transcribe:GetTranscriptionJob",
            "bedrock:InvokeModel", "ssm:GetParametersByPath", "execute-api:ManageConnections"} <= calls
    everything = policy(Settings.from_env({"TRANSCRIBE_BUCKET": "hl-recordings", "SCAM_ANALYZER": "bedrock"}))
    missing = calls - granted(everything)
    assert not missing, f"the code calls {sorted(missing)} but the prod policy does not allow it"
    json.dumps(everything)


def test_features_off_grant_nothing_of_theirs_and_on_are_scoped() -> None:
    plain = granted(policy(Settings.from_env({})))
    assert not {a for a in plain if a.startswith(("s3:", "transcribe:", "bedrock:"))}
    on = policy(Settings.from_env({"TRANSCRIBE_BUCKET": "hl-recordings", "SCAM_ANALYZER": "bedrock",
                                   "BEDROCK_MODEL_ID": "anthropic.claude-3-haiku-20240307-v1:0"}))
    resources = json.dumps(on)
    assert "arn:aws:s3:::hl-recordings/recordings/*" in resources and "arn:aws:s3:::*" not in resources
    assert "foundation-model/anthropic.claude-3-haiku-20240307-v1:0" in resources
