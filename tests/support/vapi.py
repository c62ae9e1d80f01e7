"""A loopback VAPI API: ``POST /call`` and ``GET /call`` (List Calls) as VAPI answers them, failing on demand."""

from __future__ import annotations

import itertools
import json
import threading
import time
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, urlsplit

from tests.support.loopback import JsonHandler, LoopbackServer


class FakeVapi(LoopbackServer):
    """Records every create-call request; ``fail_next(status)`` / ``delay_next(seconds)`` inject faults."""

    def __init__(self, api_key: str = "vapi-test-key") -> None:
        outer = self
        self.api_key = api_key
        self.calls: list[dict[str, Any]] = []
        self._created: list[dict[str, Any]] = []
        self.attempts = 0
        self._faults: list[tuple[str, float]] = []
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

        self.files: dict[str, tuple[bytes, str]] = {}  # path -> (body, content type): VAPI's recording storage

        class Handler(JsonHandler):
            protocol_version = "HTTP/1.1"
            content_type = "application/json; charset=utf-8"

            def do_GET(self) -> None:
                if self.path.split("?", 1)[0] == "/call":
                    return self._list_calls()
                # Like storage.vapi.ai: a recording URL from an end-of-call report, no credentials.
                found = outer.files.get(self.path)
                if found is None:
                    return self._send_bytes(404, b"<Error><Code>NoSuchKey</Code></Error>", "application/xml")
                self._send_bytes(200, found[0], found[1])

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                with outer._lock:
                    outer.attempts += 1
                    fault = outer._faults.pop(0) if outer._faults else None
                if fault and fault[0] == "delay":
                    time.sleep(fault[1])
                if self.path != "/call":
                    return self._send(404, {"message": "Cannot POST " + self.path, "statusCode": 404})
                if self.headers.get("Authorization") != f"Bearer {outer.api_key}":
                    return self._send(401, {"message": "Invalid Key. Hot tip, you may be using the private key instead of the public key, or vice versa.", "error": "Unauthorized", "statusCode": 401})
                if fault and fault[0] == "status":
                    return self._send(int(fault[1]), {"message": "injected failure", "statusCode": int(fault[1])})
                body = json.loads(raw)
                if "customer" not in body or not ("assistantId" in body or "assistant" in body):
                    return self._send(400, {"message": ["customer must be an object"], "error": "Bad Request", "statusCode": 400})
                call_id = f"call_{next(outer._ids):04d}"
                created = datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
                call = {
                    "id": call_id, "orgId": "org_test", "type": "outboundPhoneCall", "status": "queued",
                    "phoneNumberId": body.get("phoneNumberId"), "customer": body.get("customer"),
                    "assistantId": body.get("assistantId"), "createdAt": created,
                }
                with outer._lock:
                    outer.calls.append(body)
                    # GET /call answers with the whole Call, assistantOverrides (our metadata) included
                    outer._created.append({**call, "assistantOverrides": body.get("assistantOverrides")})
                if fault and fault[0] == "drop":  # placed, but the answer never arrives (a read timeout)
                    time.sleep(fault[1])
                    self.close_connection = True
                    return
                self._send(201, call)

            def _list_calls(self) -> None:
                """``GET /call?phoneNumberId=&createdAtGe=&limit=`` (VAPI's List Calls: newest first)."""
                if self.headers.get("Authorization") != f"Bearer {outer.api_key}":
                    return self._send(401, {"message": "Invalid Key.", "error": "Unauthorized", "statusCode": 401})
                query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                with outer._lock:
                    found = list(reversed(outer._created))
                if "phoneNumberId" in query:
                    found = [c for c in found if c["phoneNumberId"] == query["phoneNumberId"]]
                if "createdAtGe" in query:
                    found = [c for c in found if c["createdAt"] >= query["createdAtGe"]]
                self._send(200, found[: int(float(query.get("limit", 100)))])

        super().__init__(Handler)
        self.serve_in_background()

    def store_recording(self, name: str, body: bytes, content_type: str = "audio/wav") -> str:
        """Put a recording in the storage; returns its URL (what ``artifact.recordingUrl`` holds)."""
        self.files["/" + name] = (body, content_type)
        return f"{self.url}/{name}"

    def fail_next(self, status: int, n: int = 1) -> None:
        with self._lock:
            self._faults.extend([("status", float(status))] * n)

    def drop_answer_next(self, seconds: float = 2.0, n: int = 1) -> None:
        """Place the next call but never answer (the client times out after VAPI placed it)."""
        with self._lock:
            self._faults.extend([("drop", seconds)] * n)

    def delay_next(self, seconds: float, n: int = 1) -> None:
        with self._lock:
            self._faults.extend([("delay", seconds)] * n)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self._created.clear()
            self.files.clear()
            self._faults.clear()
            self.attempts = 0
            self._ids = itertools.count(1)
