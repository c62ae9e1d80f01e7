"""Every error Honeyline raises on purpose, and the HTTP status each one means.

::

    HoneylineError                      (500)
    ├── SettingsError                   (500)  a variable is malformed; names it
    ├── MissingSecretError              (503)  production route whose secret is unset
    ├── StoreCommandError               (500)  Redis answered with an error (a bug)
    ├── RequestError                    (400)  bad input from a caller; never data loss
    │   ├── UnsupportedMediaType        (415)
    │   ├── PayloadTooLarge             (413)
    │   ├── Unauthorized                (401)  missing/invalid credentials or signature
    │   ├── Forbidden                   (403)  a signature that does not match
    │   ├── NotFound                    (404)  no such recording, campaign, call or report
    │   ├── NumberNotFound              (400)  configure-twilio: no such number on the account
    │   ├── TaskBusy                    (409)  another delivery of this task is running
    │   └── NonRetryableTaskError       (489)  QStash: do not redeliver this message
    ├── TwilioApiError                  (500)  Twilio answered with an error
    ├── UpstreamError                   (502)  Twilio/VAPI refused to serve a recording
    └── DependencyError                 (503)  transport failure; the caller may retry
        ├── StoreUnavailable                    Redis / Upstash cannot be reached
        ├── TwilioUnavailable                   Twilio's API cannot be reached
        ├── SubscribeRefused                    Upstash offers no /subscribe (fall back to polling)
        └── ChannelError                        one alert channel failed (retryable or not)
    VapiRejected (502) / VapiUncertain (504)    VAPI refused the call / its answer was lost

    Outcomes that never become an HTTP response (plain ``Exception``s, caught by their caller):
    InjectedFault                               a crash the fault-injection suite asked for
    Refusal                                     a safety rule refused an agent call (rule + reason)
    LLMAnswerError (ValueError)                 the LLM's answer was not the JSON we asked for
    CheckFailed                                 a doctor check did not pass (says what to fix)
    ServeRefused                                ``make run`` will not start (names the variable/port)

:func:`map_exceptions` turns a library's exceptions into these, in one place per call site.

Transport failures (retryable) are kept apart from refusals so a worker can
answer 5xx to make QStash retry, and 4xx/489 to make it stop. The mapping to an
HTTP response lives in :mod:`chalicelib.web`, once.

All of them derive from Chalice's ``ChaliceUnhandledError`` only so that Chalice
lets them reach our error middleware instead of turning them into a bare 500.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Mapping

from chalice.app import ChaliceUnhandledError


class HoneylineError(ChaliceUnhandledError):
    """Base class. ``status_code`` and ``code`` say how it is shown over HTTP."""

    status_code = 500
    code = "internal_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def headers(self) -> dict[str, str]:
        """Extra response headers this error needs (e.g. QStash's non-retryable flag)."""
        return {}


class SettingsError(HoneylineError):
    code = "configuration_error"

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable} {problem}")
        self.variable = variable


class MissingSecretError(HoneylineError):
    status_code = 503
    code = "not_configured"

    def __init__(self, variable: str) -> None:
        super().__init__(f"this endpoint is disabled: {variable} is not configured on the server")
        self.variable = variable


class RequestError(HoneylineError):
    status_code = 400
    code = "bad_request"


class UnsupportedMediaType(RequestError):
    status_code = 415
    code = "unsupported_media_type"


class PayloadTooLarge(RequestError):
    status_code = 413
    code = "payload_too_large"


class Unauthorized(RequestError):
    status_code = 401
    code = "unauthorized"


class Forbidden(RequestError):
    status_code = 403
    code = "forbidden"


class NotFound(RequestError):
    status_code = 404
    code = "not_found"


class NonRetryableTaskError(RequestError):
    status_code = 489
    code = "non_retryable"

    def headers(self) -> dict[str, str]:
        return {"Upstash-NonRetryable-Error": "true"}


class NumberNotFound(RequestError):
    """The account has no IncomingPhoneNumber with this phone number."""

    code = "twilio_number_not_found"


class TwilioApiError(HoneylineError):
    """Twilio answered with an error. ``status`` is its HTTP status, ``twilio_code`` its error code."""

    code = "twilio_error"

    def __init__(self, message: str, *, status: int | None = None, twilio_code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.twilio_code = twilio_code


class UpstreamError(HoneylineError):
    """A provider answered, but not with what we asked for (a refused or oversized recording)."""

    status_code = 502
    code = "upstream_error"


class TaskBusy(RequestError):
    """Another delivery of this task is running: retry later."""

    status_code = 409
    code = "task_in_progress"


class DependencyError(HoneylineError):
    status_code = 503
    code = "dependency_unavailable"


class ChannelError(DependencyError):
    """One alert channel could not deliver an alert.

    ``retryable`` is False for refusals that a retry cannot fix (a revoked Slack
    webhook, a Telegram chat that does not exist, an invalid operator number);
    ``retry_after`` carries a provider's back-off hint in seconds when it gave one.
    ``uncertain`` is True when the request left and no answer came (a read timeout): the
    provider may have delivered it, and Slack and Telegram take no idempotency key, so the
    alert is not sent again (like VAPI's lost answer). The detail is masked when made.
    """

    code = "notification_failed"

    def __init__(self, channel: str, detail: str, *, status: int | None = None, retryable: bool = True,
                 retry_after: float | None = None, uncertain: bool = False) -> None:
        from chalicelib.redaction import redact_text  # errors.py stays import-light

        detail = str(redact_text(detail))
        super().__init__(f"{channel}: {detail}")
        self.channel = channel
        self.detail = detail
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after
        self.uncertain = uncertain


class SubscribeRefused(DependencyError):
    """The Upstash REST endpoint does not offer /subscribe (older proxies, compatible servers)."""


class StoreUnavailable(DependencyError):
    code = "store_unavailable"


class StoreCommandError(HoneylineError):
    """Redis answered, but with an error: a bug or a wrong key type, not a retryable outage."""

    code = "store_error"


class TwilioUnavailable(DependencyError):
    """Twilio's API could not be reached (connection refused, DNS, timeout): worth retrying."""

    code = "twilio_unavailable"


class VapiRejected(HoneylineError):
    """VAPI answered 4xx: the request itself is wrong; retrying will not help."""

    status_code = 502
    code = "vapi_rejected"


class VapiUncertain(HoneylineError):
    """The request was sent but no answer came: the call may exist (never retried)."""

    status_code = 504
    code = "vapi_uncertain"


class InjectedFault(Exception):
    """A crash the fault-injection suite asked for (:mod:`chalicelib.faults`). Deliberately not a
    HoneylineError: it must behave like any unexpected crash (a 500, a dead Lambda)."""


@contextmanager
def map_exceptions(mapping: Mapping[type[BaseException], type[HoneylineError]], what: str) -> Iterator[None]:
    """Re-raise a library's exceptions as ours (httpx's ``map_exceptions`` is the model).

    ``mapping`` is tried in order; the first class the exception is an instance of
    wins, and the new error says ``what`` failed and why, chained to the original.
    Anything not in the mapping passes through unchanged.
    """
    try:
        yield
    except HoneylineError:
        raise
    except Exception as exc:
        for source, target in mapping.items():
            if isinstance(exc, source):
                raise target(f"{what}: {type(exc).__name__}: {exc}") from exc
        raise


class Refusal(Exception):
    """A safety rule said no to an agent call. ``reason`` is safe to show (no clear number in it)."""

    def __init__(self, rule: str, reason: str) -> None:
        super().__init__(reason)
        self.rule = rule
        self.reason = reason


class LLMAnswerError(ValueError):
    """The model's answer was not the strict JSON object we asked for."""


class CheckFailed(Exception):
    """A doctor check that did not pass; the message says what to set or fix."""


class ServeRefused(Exception):
    """Why the local server will not start; the message names the variable or the port."""
