"""The review cycle around the reports: ``debrief tick`` and what it sends.

Modules: :mod:`~debrief.cycle.receipts` (signed read-receipt links).
"""

from __future__ import annotations

from debrief.cycle.receipts import RECEIPT_PATH, receipt_token, receipt_url, verify_receipt

__all__ = ["RECEIPT_PATH", "receipt_token", "receipt_url", "verify_receipt"]
