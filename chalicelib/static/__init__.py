"""The dashboard's static files (HTML, CSS, JS), served as they are: no build step."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from chalice.app import Response

_ROOT = Path(__file__).resolve().parent
_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}


@lru_cache(maxsize=16)
def _read(name: str) -> str:
    path = (_ROOT / name).resolve()
    if path.parent != _ROOT or path.suffix not in _TYPES:
        raise FileNotFoundError(name)
    return path.read_text(encoding="utf-8")


def page(name: str) -> Response:
    """A static file with its content type, cached in memory for the container's life."""
    try:
        _read(name)
    except (FileNotFoundError, OSError):
        return Response({"error": "not_found", "message": f"no static file {name[:60]!r}"}, status_code=404)
    return Response(
        _read(name),
        headers={"Content-Type": _TYPES[Path(name).suffix], "Cache-Control": "public, max-age=300"},
    )
