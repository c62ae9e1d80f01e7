"""Scam intelligence for operators and for others: campaigns, the blocklist, reports.

* :mod:`.views` — ``GET /api/campaigns`` (top campaigns of a period) and ``/api/campaigns/{id}``;
* :mod:`.blocklist` — ``GET /api/intel/numbers?format=csv|json|stix``: callback numbers in full;
* :mod:`.stix` — the STIX 2.1 bundle (``stix2`` is imported only for that format);
* :mod:`.reports` — FTC-ready reports per call or campaign, and the SMS 7726 text;
* :mod:`.false_positives` — an operator's "not a scammer": out of every export, never called.

Campaigns themselves are formed in the pipeline by :mod:`chalicelib.campaigns`.
"""

from chalicelib.intel.blocklist import CONTENT_TYPES, FORMATS, blocklist_rows, export, parse_since
from chalicelib.intel.false_positives import listing as false_positive_listing
from chalicelib.intel.false_positives import mark as mark_false_positive
from chalicelib.intel.false_positives import parse_number
from chalicelib.intel.false_positives import unmark as unmark_false_positive
from chalicelib.intel.reports import call_report, campaign_report
from chalicelib.intel.views import campaign_detail, int_param, top_campaigns

__all__ = ["CONTENT_TYPES", "FORMATS", "blocklist_rows", "call_report", "campaign_detail", "campaign_report", "export",
           "false_positive_listing", "int_param", "mark_false_positive", "parse_number", "parse_since",
           "top_campaigns", "unmark_false_positive"]
