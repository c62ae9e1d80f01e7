"""Honeyline: a scam-call honeypot that calls the scammers back.

Everything except the route table lives here, one module per concern: settings,
errors, redaction, logs, store (Redis backends), events, calls, health, web (HTTP
glue) and cli. See the README for the picture.
"""

__version__ = "0.1.0"
