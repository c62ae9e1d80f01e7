"""The analyzer's verdict, in the shape the worker, the agent and the CLI all share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Analysis", "COARSE_TYPES", "coarse_type"]

# The original system's four scam types; finer types fold into them for old consumers.
COARSE_TYPES = {
    "crypto_exchange": "crypto_exchange", "it_support": "it_support", "refund": "it_support",
    "banking": "banking", "loan_debt": "banking",
}


def coarse_type(scam_type: str) -> str:
    """Map a fine scam type onto the original's crypto_exchange / it_support / banking / other."""
    if scam_type == "none":
        return "none"
    return COARSE_TYPES.get(scam_type, "other")


@dataclass(frozen=True)
class Analysis:
    """What one transcript or SMS is, and what the agent needs to call the scammer back.

    ``confidence`` is the analyzer's probability (0-100) that the text is a scam, so one
    threshold reads the same for the offline scorer and an LLM; ``is_scam`` is
    ``confidence >= 50``.  ``callback_number`` is E.164 and always occurs in the text.
    """

    is_scam: bool
    confidence: int
    scam_type: str
    impersonated_company: str | None
    callback_type: str  # "phone_number" | "press_key" | "none"
    callback_number: str | None
    callback_key: str | None
    reasoning: str
    signals: tuple[str, ...] = field(default=())
    source: str = "offline"

    @property
    def category(self) -> str:
        """The original's coarse scam type (crypto_exchange / it_support / banking / other)."""
        return coarse_type(self.scam_type)

    def should_engage(self, threshold: int = 70) -> bool:
        """Whether the agent should call back: a confident scam with a number to ring."""
        return (self.is_scam and self.confidence >= threshold
                and self.callback_type == "phone_number" and bool(self.callback_number))

    def to_dict(self, id: Any = None) -> dict[str, Any]:  # noqa: A002 - the wire field name
        """The DESIGN.md "Analyzer command" line, field for field."""
        return {
            "id": id,
            "is_scam": self.is_scam,
            "confidence": self.confidence,
            "scam_type": self.scam_type,
            "impersonated_company": self.impersonated_company,
            "callback": {"type": self.callback_type, "number": self.callback_number,
                         "key": self.callback_key},
            "reasoning": self.reasoning,
        }
