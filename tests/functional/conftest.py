"""Fixtures the functional tests share: the app behind chalice's in-process test client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from chalice.test import Client


@pytest.fixture
def client() -> Iterator[Client]:
    """The Chalice app under ``chalice.test.Client`` on the ``dev`` stage.

    ``app`` is imported here, not at module level, so collecting the unit tests never loads it.
    """
    from app import app

    with Client(app, stage_name="dev") as test_client:
        yield test_client
