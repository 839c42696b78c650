"""Bot Framework tokens botbuilder has already validated, kept until they expire.

Teams sends the same token with every activity for about an hour, and botbuilder checks it
from scratch each time: it decodes the JWT, looks the key up, verifies the RSA signature and
the claims — a large share of an authenticated turn's CPU. :class:`ValidatedTokens` keeps
the result of a check that *succeeded*, so the next request with the same token is let in
without doing it again. Nothing else changes:

- only a success is kept; a forged, expired or otherwise refused token goes to botbuilder
  every time and is refused there as before;
- the key is the whole ``Authorization`` header *and* what the check read from the activity
  (its ``channelId``, for the key's endorsements, and its ``serviceUrl``, for the token's
  ``serviceurl`` claim): a genuine token replayed with an activity pointing elsewhere is
  checked, and refused, by botbuilder;
- a kept token is used only while its ``exp`` lies ahead (botbuilder allows five minutes of
  clock skew past it; this does not): after that botbuilder decides again;
- a token without ``exp`` is never kept;
- when the channel's signing keys are fetched again (:data:`bot.teams.keys.key_sets_fetched`
  changes) every kept token is checked again, so a key Microsoft withdraws stops letting
  tokens in exactly when it would without this;
- at most :data:`MAX_TOKENS` are kept (the oldest go first).

The clock is the wall clock, as PyJWT's expiry check uses.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from botframework.connector.auth import AuthenticateRequestResult, ClaimsIdentity

from bot.teams import keys

MAX_TOKENS = 256
"""Distinct (token, channel, service URL) kept. Teams uses a few tokens an hour per bot."""


@dataclass(frozen=True)
class _Kept:
    result: AuthenticateRequestResult
    expires: float
    key_sets: int


class ValidatedTokens:
    """Successful token checks by (header, channel id, service URL), until the token expires."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        key_sets: Callable[[], int] = lambda: keys.key_sets_fetched,
        max_tokens: int = MAX_TOKENS,
    ) -> None:
        self._clock = clock
        self._key_sets = key_sets
        self._max = max_tokens
        self._kept: OrderedDict[tuple[str, str, str], _Kept] = OrderedDict()

    def get(
        self, header: str, channel_id: str | None, service_url: str | None
    ) -> AuthenticateRequestResult | None:
        """The kept result for this header and activity (a copy), or None: check it."""
        key = (header, channel_id or "", service_url or "")
        kept = self._kept.get(key)
        if kept is None:
            return None
        if self._clock() >= kept.expires or kept.key_sets != self._key_sets():
            del self._kept[key]
            return None
        return copy_result(kept.result)

    def keep(
        self,
        header: str,
        channel_id: str | None,
        service_url: str | None,
        result: AuthenticateRequestResult,
    ) -> None:
        """Remember a check botbuilder passed (only a signed token with an ``exp``)."""
        identity = result.claims_identity
        if not header or identity is None or not identity.is_authenticated:
            return
        expires = identity.claims.get("exp") if isinstance(identity.claims, dict) else None
        if isinstance(expires, bool) or not isinstance(expires, int | float):
            return
        if expires <= self._clock():
            return  # accepted within botbuilder's clock skew: never kept
        key = (header, channel_id or "", service_url or "")
        self._kept[key] = _Kept(copy_result(result), float(expires), self._key_sets())
        self._kept.move_to_end(key)
        while len(self._kept) > self._max:
            self._kept.popitem(last=False)


def copy_result(result: AuthenticateRequestResult) -> AuthenticateRequestResult:
    """A result of its own for each turn (botbuilder keeps it on the turn context)."""
    copied = AuthenticateRequestResult()
    identity: Any = result.claims_identity
    copied.claims_identity = ClaimsIdentity(
        dict(identity.claims), identity.is_authenticated, identity.authentication_type
    )
    copied.audience = result.audience
    copied.caller_id = result.caller_id
    copied.connector_factory = result.connector_factory
    return copied
