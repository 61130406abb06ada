"""Signed read-receipt links: the pre-read email says who opened it without a login.

The token names a delivery (one email to one person) and carries an HMAC-SHA256 of it under a
secret only the sender and the web app hold (``$DEBRIEF_RECEIPT_SECRET`` by default, the
``delivery.receipt_secret_env`` setting). Whoever has the link can mark that one email read,
nothing more: the token reveals no address, and a changed id fails the signature. The web app's
route ``GET /read/{token}`` verifies it (:func:`verify_receipt`), records the read
(:func:`debrief.kb.record_read`) and shows the report; ``debrief kb ack TOKEN`` does the same
from a shell.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

__all__ = ["RECEIPT_PATH", "receipt_token", "receipt_url", "verify_receipt"]

#: The web app's route for a receipt link: ``<base_url>/read/<token>``.
RECEIPT_PATH = "/read/"
_TOKEN = re.compile(r"^([1-9][0-9]{0,17})\.([A-Za-z0-9_-]{43})$")
_MIN_SECRET = 16


def _check_secret(secret: str | bytes) -> bytes:
    key = secret.encode("utf-8") if isinstance(secret, str) else secret
    if len(key) < _MIN_SECRET:
        raise ValueError(
            f"the read-receipt secret must be at least {_MIN_SECRET} characters long "
            "(for example: python3 -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    return key


def _signature(delivery_id: int, key: bytes) -> str:
    mac = hmac.new(key, f"debrief-receipt:v1:{delivery_id}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).decode("ascii").rstrip("=")


def receipt_token(delivery_id: int, secret: str | bytes) -> str:
    """``<delivery id>.<signature>``, URL-safe."""
    if delivery_id <= 0:
        raise ValueError(f"a delivery id is positive, not {delivery_id}")
    return f"{delivery_id}.{_signature(delivery_id, _check_secret(secret))}"


def verify_receipt(token: str, secret: str | bytes) -> int | None:
    """The delivery id a token names, or None when it is malformed or its signature is wrong
    (compared in constant time)."""
    m = _TOKEN.match(token.strip()) if isinstance(token, str) else None
    if m is None:
        return None
    delivery_id = int(m.group(1))
    expected = _signature(delivery_id, _check_secret(secret))
    return delivery_id if hmac.compare_digest(expected, m.group(2)) else None


def receipt_url(base_url: str, delivery_id: int, secret: str | bytes) -> str:
    """The link to put in the email: ``<base_url>/read/<token>``."""
    return base_url.rstrip("/") + RECEIPT_PATH + receipt_token(delivery_id, secret)
