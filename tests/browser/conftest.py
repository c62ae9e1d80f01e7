"""What every browser test shares: one headless Chromium per module (Debian's, through Playwright)."""

from __future__ import annotations

from typing import Any, Iterator

import pytest

from tests.support.live_server import launch_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()
