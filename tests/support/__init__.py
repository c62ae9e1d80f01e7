"""Test helpers: a real throw-away redis-server and an Upstash-REST-compatible bridge to it."""

from .redis_server import RedisServer
from .upstash_bridge import UpstashBridge

__all__ = ["RedisServer", "UpstashBridge"]
