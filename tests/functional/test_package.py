"""``chalice package`` (what ``make package`` and a SAM/CloudFormation deploy use) builds the WebSocket API.

Runs the real packager (no AWS credentials needed) and reads the generated template:
the three WebSocket routes on their own API, every function allowed to post to
connections in the prod policy, and ``WEBSOCKET_URL`` pointing at the stack's own
WebSocket API through the merge template.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_chalice_package_produces_the_websocket_api_and_its_permissions(tmp_path: Path) -> None:
    out = tmp_path / "package"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "AWS_DEFAULT_REGION": "us-east-1"}
    subprocess.run([sys.executable, "-c", "import sys; from chalice.cli import main; sys.exit(main())", "package",
                    "--stage", "prod", "--merge-template", ".chalice/live-push.json", str(out)],
                   cwd=ROOT, env=env, check=True, capture_output=True, timeout=300)
    template = json.loads((out / "sam.json").read_text())
    resources = template["Resources"]
    routes = {r["Properties"]["RouteKey"] for r in resources.values() if r["Type"] == "AWS::ApiGatewayV2::Route"}
    assert routes == {"$connect", "$default", "$disconnect"}
    assert resources["WebsocketAPI"]["Properties"]["ProtocolType"] == "WEBSOCKET"
    handlers = {resources[name]["Properties"]["Handler"] for name in ("WebsocketConnect", "WebsocketMessage", "WebsocketDisconnect")}
    assert handlers == {"app.live_connect", "app.live_message", "app.live_disconnect"}
    for name, resource in resources.items():
        if resource["Type"] == "AWS::IAM::Role":
            statements = [s for p in resource["Properties"]["Policies"] for s in p["PolicyDocument"]["Statement"]]
            manage = [s for s in statements if "execute-api:ManageConnections" in s["Action"]]
            assert manage and manage[0]["Resource"].endswith("/prod/POST/@connections/*"), name
    url = template["Globals"]["Function"]["Environment"]["Variables"]["WEBSOCKET_URL"]
    assert url == {"Fn::Sub": "wss://${WebsocketAPI}.execute-api.${AWS::Region}.${AWS::URLSuffix}/prod"}
    assert template["Outputs"]["WebsocketConnectEndpointURL"]["Value"]["Fn::Sub"].startswith("wss://${WebsocketAPI}")
