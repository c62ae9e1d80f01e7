"""Redis access behind one small interface, on three interchangeable backends.

``get_store()`` picks the backend from settings, once per container:

* ``UPSTASH_REDIS_REST_URL`` → :class:`~chalicelib.store.upstash.UpstashStore` (REST)
* ``REDIS_URL`` → :class:`~chalicelib.store.tcp.TcpRedisStore` (redis-py over TCP/TLS)
* neither → :class:`~chalicelib.store.embedded.EmbeddedStore` (in-process, for local runs)

Backends are imported only when chosen: each SDK costs 60-170 ms of cold start.
"""

from __future__ import annotations

import logging
from typing import Any, Callable, TypeVar

from chalicelib.errors import DependencyError
from chalicelib.settings import SHARED_STORE_VARIABLES, PerSettings, Settings
from chalicelib.store.base import Command, Store

__all__ = ["Command", "Store", "best_effort", "create_store", "get_store"]

T = TypeVar("T")
logger = logging.getLogger(__name__)



def create_store(settings: Settings) -> Store:
    """Build the backend ``settings`` selects."""
    backend = settings.store_backend
    if backend == "upstash":
        from chalicelib.store.upstash import UpstashStore

        assert settings.upstash_redis_rest_url and settings.upstash_redis_rest_token
        return UpstashStore(
            settings.upstash_redis_rest_url,
            settings.upstash_redis_rest_token,
            timeout=settings.store_timeout_seconds,
        )
    if backend == "redis":
        from chalicelib.store.tcp import TcpRedisStore

        assert settings.redis_url
        return TcpRedisStore(settings.redis_url, timeout=settings.store_timeout_seconds)
    from chalicelib.store.embedded import EmbeddedStore, RefusingStore

    problem = settings.production_problem(SHARED_STORE_VARIABLES)
    return RefusingStore(problem.message) if problem else EmbeddedStore()


StoreHook = Callable[[Store, Settings], None]
_on_created: list[StoreHook] = []


def on_store_created(hook: StoreHook) -> None:
    """Let a layer above the store wire into every container store as it is built.

    The composition root (``app.py``) registers the live push here, so the store never
    imports the modules that use it: a publish's batch is handed to its observers.
    """
    if hook not in _on_created:
        _on_created.append(hook)


def _container_store(settings: Settings) -> Store:
    """The store routes use, with every registered hook applied (the live push observes it)."""
    store = create_store(settings)
    for hook in _on_created:
        hook(store, settings)
    return store


_stores: PerSettings[Store] = PerSettings(_container_store, lambda store: store.close())


def get_store() -> Store:
    """The container's store, created on first use and rebuilt if the settings change."""
    return _stores.get()


def best_effort(what: str, call: Callable[..., T], *args: Any) -> T | None:
    """Run a store operation whose failure must not reach the caller (seed: degrade).

    A Twilio webhook still answers when Redis is down: the failure is logged and the
    caller carries on with ``None``. Only outages are swallowed; a command error is a
    bug and still raises.
    """
    try:
        return call(*args)
    except DependencyError as exc:
        logger.warning("%s failed, continuing without the store: %s", what, exc.message)
        return None
