"""Honeyline: a scam-call honeypot that calls the scammers back.

Everything except the route table lives here, one module per concern: settings,
errors, redaction, logs, store (Redis backends), events, calls, health, web (HTTP
glue) and cli. See the README for the picture.
"""

import logging

__version__ = "0.1.0"

# These clients log every request's URL and query at INFO: phone numbers (Twilio's lookups)
# and the Telegram bot token (it is part of the URL) among them. Quiet them wherever
# chalicelib is used, before any of them is created.
NOISY_LOGGERS = ("httpx", "httpcore", "twilio.http_client", "botocore", "urllib3")
for _name in NOISY_LOGGERS:
    logging.getLogger(_name).setLevel(logging.WARNING)
