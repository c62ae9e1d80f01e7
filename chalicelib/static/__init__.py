"""The dashboard's static files (HTML, CSS, JS), served as they are: no build step.

Every file goes out with a Content-Security-Policy that lets the page run only our
own scripts and styles: a transcript that somehow carried markup could not load or
run anything, and no other site may frame the page (clickjacking). The one inline
script (it sets ``<base>`` under an API Gateway stage) is allowed by its hash,
computed from the file itself, so editing it cannot silently break the policy.
The page may connect to its own origin and, where the deployment has one, to the
origin of its WebSocket API (``WEBSOCKET_URL``), nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from chalice.app import Response

_ROOT = Path(__file__).resolve().parent
_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".svg": "image/svg+xml"}


@lru_cache(maxsize=16)
def _read(name: str) -> str:
    path = (_ROOT / name).resolve()
    if path.parent != _ROOT or path.suffix not in _TYPES:
        raise FileNotFoundError(name)
    return path.read_text(encoding="utf-8")


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


@lru_cache(maxsize=4)
def content_security_policy(websocket_url: str | None = None) -> str:
    parts = urlsplit(websocket_url or "")
    connect = "'self'" + (f" {parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "")
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in _INLINE_SCRIPT.findall(_read("index.html"))
    )
    return (
        f"default-src 'none'; script-src 'self' {hashes}; style-src 'self'; img-src 'self' data:; "
        f"media-src 'self' blob:; connect-src {connect}; font-src 'self'; manifest-src 'self'; "
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


def security_headers(websocket_url: str | None = None) -> dict[str, str]:
    """Headers for the page and its files: our scripts only, never framed, no sniffing, no referrer."""
    return {
        "Content-Security-Policy": content_security_policy(websocket_url),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "DENY",
    }


def page(name: str, websocket_url: str | None = None) -> Response:
    """A static file with its content type, cached in memory for the container's life.

    ``websocket_url`` (the deployment's WebSocket API, if any) is the one other place the
    page may connect to.
    """
    try:
        _read(name)
    except (FileNotFoundError, OSError):
        return Response({"error": "not_found", "message": f"no static file {name[:60]!r}"}, status_code=404,
                        headers=security_headers())
    return Response(
        _read(name),
        headers={"Content-Type": _TYPES[Path(name).suffix], "Cache-Control": "public, max-age=300",
                 **security_headers(websocket_url)},
    )
