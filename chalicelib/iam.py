"""The ``prod`` Lambda role's IAM policy, generated from the settings it will run with.

``.chalice/config.json`` points the prod stage at ``.chalice/policy-prod.json`` (no
auto-generated policy: least privilege). ``make package`` regenerates that file from
the deploy environment (``python -m chalicelib iam-policy``), so the role carries the
Transcribe, S3 and Bedrock permissions exactly when ``TRANSCRIBE_BUCKET`` or
``SCAM_ANALYZER=bedrock`` are set, scoped to the bucket's two prefixes and to the one
model. The checked-in file is the policy of a deployment with neither feature;
``tests/unit/test_iam.py`` fails when the code makes an AWS call no policy grants.
"""

from __future__ import annotations

import json
from typing import Any

from chalicelib.settings import Settings

DEFAULT_SSM_PREFIX = "/honeyline/prod"
# AWS calls the code makes, by feature: (IAM action, resource). Converse is authorised as InvokeModel.
TRANSCRIBE_ACTIONS = ("transcribe:StartTranscriptionJob", "transcribe:GetTranscriptionJob")


def policy(settings: Settings, *, ssm_prefix: str | None = None) -> dict[str, Any]:
    prefix = "/" + (ssm_prefix or settings.ssm_parameter_prefix or DEFAULT_SSM_PREFIX).strip("/")
    statements: list[dict[str, Any]] = [
        {"Sid": "Logs", "Effect": "Allow",
         "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
         "Resource": "arn:*:logs:*:*:*"},
        {"Sid": "SecretsFromParameterStore", "Effect": "Allow", "Action": ["ssm:GetParametersByPath"],
         "Resource": f"arn:*:ssm:*:*:parameter{prefix}*"},
        {"Sid": "DecryptSecureStrings", "Effect": "Allow", "Action": ["kms:Decrypt"], "Resource": "*",
         "Condition": {"StringLike": {"kms:ViaService": "ssm.*.amazonaws.com"}}},
        # Live push (chalicelib.push): PostToConnection on the stack's own WebSocket API, whose id
        # is known only once deployed; the stage and the @connections path narrow it.
        {"Sid": "LivePushToWebSockets", "Effect": "Allow", "Action": ["execute-api:ManageConnections"],
         "Resource": "arn:*:execute-api:*:*:*/prod/POST/@connections/*"},
    ]
    if settings.transcribe_bucket:
        bucket = settings.transcribe_bucket
        statements += [
            {"Sid": "TranscribeRecordings", "Effect": "Allow", "Action": ["s3:PutObject", "s3:GetObject"],
             "Resource": [f"arn:aws:s3:::{bucket}/recordings/*", f"arn:aws:s3:::{bucket}/transcripts/*"]},
            # Transcription jobs have no resource-level permissions for these two calls.
            {"Sid": "TranscribeJobs", "Effect": "Allow", "Action": list(TRANSCRIBE_ACTIONS), "Resource": "*"},
        ]
    if settings.scam_analyzer == "bedrock":
        statements.append({"Sid": "BedrockModel", "Effect": "Allow", "Action": ["bedrock:InvokeModel"],
                           "Resource": f"arn:aws:bedrock:*::foundation-model/{settings.bedrock_model_id}"})
    return {"Version": "2012-10-17", "Statement": statements}


def policy_json(settings: Settings, *, ssm_prefix: str | None = None) -> str:
    return json.dumps(policy(settings, ssm_prefix=ssm_prefix), indent=2) + "\n"
