"""Card action data signed with the server's secret, so a click cannot be forged or altered.

Every button's ``data`` (built by :func:`cards.base.execute`, the one place card actions are
made) carries ``sig``: an HMAC-SHA256 over the data as the bot wrote it, verb included.
Teams sends that data back on a click together with the card's input fields (a comment, a
new date, an agenda item). :func:`verified` recomputes the signature over everything except
those inputs and refuses the click when it does not match: a hand-made payload, a key
changed from one meeting to another, a verb swapped from «Kommentar» to «Utført».

The secret is process-wide because card builders are pure functions called from many
places; the service sets it once at start (``bot.card_secret``), from the settings or a
file in the data folder, so cards posted before a restart stay valid. Without that (the
command line, tests of single builders) a random secret is made per process.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from typing import Any

SIGNATURE = "sig"
INPUT_IDS = frozenset({"comment", "new_deadline", "agenda_item"})
"""The ids of the cards' input fields: filled in by the person, never signed."""
_ROW_INPUT = re.compile(
    r"(comment|done_comment|more_comment|reason|new_deadline|set_deadline|accept_deadline"
    r"|person|group)_[tg]\d{0,2}"
)
"""A tiltak card row's own inputs, named by the row's slot (``reason_t2``, ``person_g``)."""


def is_input(key: str) -> bool:
    return key in INPUT_IDS or _ROW_INPUT.fullmatch(key) is not None


_secret: bytes = secrets.token_bytes(32)


def use_secret(secret: bytes) -> None:
    """Sign and check with this secret from now on (called once at service start)."""
    global _secret
    if len(secret) < 16:
        raise ValueError("the card secret must be at least 16 bytes")
    _secret = secret


def _mac(fields: dict[str, Any]) -> str:
    canonical = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hmac.new(_secret, canonical.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def sign(data: dict[str, Any]) -> dict[str, Any]:
    """The data with its signature added (inputs are never part of what a builder writes)."""
    fields = {k: v for k, v in data.items() if k != SIGNATURE}
    clash = {k for k in fields if is_input(k)}
    if clash:
        raise ValueError(f"card data uses an input id: {sorted(clash)}")
    return {**fields, SIGNATURE: _mac(fields)}


def verified(payload: dict[str, Any]) -> dict[str, Any] | None:
    """The click's data if the signature matches (with only known inputs added), else None."""
    presented = payload.get(SIGNATURE)
    if not isinstance(presented, str):
        return None
    fields = {k: v for k, v in payload.items() if k != SIGNATURE and not is_input(k)}
    try:
        expected = _mac(fields)
    except (TypeError, ValueError):  # not JSON-shaped: not ours
        return None
    if not hmac.compare_digest(presented.encode(), expected.encode()):
        return None
    inputs = {k: v for k, v in payload.items() if is_input(k)}
    return {**fields, **inputs}
