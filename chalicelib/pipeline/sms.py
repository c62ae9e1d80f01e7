"""Step ``transcript`` of a message: an SMS already is text; the body travels in the task."""

from __future__ import annotations

from typing import Any

from chalicelib.pipeline.context import Context
from chalicelib.tasks import new_task


def run(ctx: Context) -> dict[str, Any]:
    payload = ctx.task.payload
    task = new_task("analyze_scam", {"subject": payload["message_sid"], "channel": "sms", "text": payload["body"]})
    ctx.commit(tasks=[task], result={"next": "analyze_scam"})
    return {"next": "analyze_scam"}
