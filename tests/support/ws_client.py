"""A small RFC 6455 client for tests: connect (or see the refusal), send text, read messages.

Masks its frames as every browser must; the browser tests use Chromium's own WebSocket.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
from typing import Any
from urllib.parse import urlsplit


class Refused(Exception):
    """The upgrade was answered with a plain HTTP status (``$connect`` said no)."""

    def __init__(self, status: int, body: str) -> None:
        super().__init__(f"HTTP {status}: {body}")
        self.status, self.body = status, body


class WsClient:
    def __init__(self, url: str, timeout: float = 5.0) -> None:
        parts = urlsplit(url)
        self.sock = socket.create_connection((parts.hostname, parts.port or 80), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        self.sock.sendall((f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                           "User-Agent: honeyline-tests\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                break
            head += chunk
        header, _, rest = head.partition(b"\r\n\r\n")
        status = int(header.split(b" ", 2)[1])
        if status != 101:
            lines = header.decode().split("\r\n")
            length = next((int(l.split(":")[1]) for l in lines if l.lower().startswith("content-length")), 0)
            while len(rest) < length:
                rest += self.sock.recv(4096)
            self.sock.close()
            raise Refused(status, rest.decode())
        self._buffer = rest

    def _read(self, n: int) -> bytes:
        while len(self._buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed")
            self._buffer += chunk
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        return data

    def send(self, value: Any) -> None:
        payload = (value if isinstance(value, str) else json.dumps(value)).encode()
        mask = os.urandom(4)
        n = len(payload)
        head = bytes([0x81]) + (bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + struct.pack(">H", n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def recv(self) -> tuple[int, bytes]:
        """The next frame: (opcode, payload). Close frames come back as opcode 8."""
        first, second = self._read(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._read(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._read(8))[0]
        return first & 0x0F, self._read(length)

    def recv_json(self) -> Any:
        opcode, payload = self.recv()
        if opcode != 1:
            raise ConnectionError(f"expected a text frame, got opcode {opcode}: {payload!r}")
        return json.loads(payload)

    def close(self) -> None:
        try:
            mask = os.urandom(4)
            self.sock.sendall(bytes([0x88, 0x82]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(struct.pack(">H", 1000))))
        except OSError:
            pass
        self.sock.close()
