"""Structured JSON logs, with phone numbers masked on every record.

CloudWatch stores one line per record; JSON lines make them searchable
(``{ $.level = "ERROR" }``). The formatter masks the message, the extra fields and
the traceback (an exception's message may quote a number), and the redacting filter
sits on the handler too, so records from every library that propagate to the root
logger are masked. Chalice's own logger propagates here (``configure_logs=False``).
"""

from __future__ import annotations

import json
import logging
import sys
import time

from chalicelib.redaction import RedactingFilter, redact_text

_configured = False


class JsonFormatter(logging.Formatter):
    """One JSON object per record; every text in it (traceback included) is masked."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "ts": round(record.created, 3),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            line.update(extra)
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        masked = {key: redact_text(value) if isinstance(value, str) else value for key, value in line.items()}
        return json.dumps(masked, default=str)


def configure_logging(level: str = "INFO") -> None:
    """Install the JSON, redacting handler on the root logger once per process.

    The Lambda runtime pre-installs its own root handler; we replace its formatter and
    add the filter rather than stacking a second handler (which would double every line).
    """
    global _configured
    if _configured:
        return
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.StreamHandler(sys.stderr))
    for handler in root.handlers:
        handler.setFormatter(JsonFormatter())
        handler.addFilter(RedactingFilter())
    root.setLevel(level)
    logging.Formatter.converter = time.gmtime
    _configured = True
