"""The channel's signing keys, fetched without ever stopping the event loop.

botbuilder-python 4.17 checks a token's signature with keys it gets through
``JwtTokenExtractor.get_open_id_metadata(url)``: one ``_OpenIdMetadata`` per OpenID metadata
URL, kept in the class-level dict ``JwtTokenExtractor.metadataCache``. That object fetches
the metadata document and the key set with ``requests.get`` — synchronously on the event
loop and without a timeout — so a key service that accepts the connection and never answers
freezes the whole process (health checks, every other turn, SIGTERM). A failed fetch does
not record its time, so every request fetches again, and a token naming an unknown key id
forces a fetch once the keys are an hour old: one unauthenticated request is enough.

:class:`SigningKeys` is a drop-in for that object (a subclass with the same ``get(kid)``)
that botbuilder finds in the same dict — :func:`install_signing_keys` puts one there for
each metadata URL the configured authentication can use — and does it differently:

- fetched with aiohttp on the event loop, both documents within ``FETCH_TIMEOUT`` (5 s);
- one fetch at a time: concurrent requests wait for the same fetch;
- keys kept for a day (``MAX_AGE``); when a refresh fails, the keys already held are used;
- a failed fetch is retried only after a backoff (``BACKOFF_START`` doubling to
  ``BACKOFF_MAX``), and while there are no keys a request fails at once with
  :class:`KeyServiceUnavailable` (a ``ConnectionError``: the endpoint answers 503, and Bot
  Framework retries);
- a key id that is not in the set triggers at most one refetch per ``UNKNOWN_KID_INTERVAL``
  (5 minutes; Microsoft publishes new keys well before using them), otherwise the token
  is refused (``PermissionError``: 401).

Everything else about token validation (issuer, audience, endorsements, algorithms,
lifetime, service URL claim) stays botbuilder's own.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import time
from collections.abc import Iterable
from typing import Any

import aiohttp
from botframework.connector.auth import AuthenticationConstants, GovernmentConstants
from botframework.connector.auth.jwt_token_extractor import (
    JwtTokenExtractor,
    _OpenIdConfig,
    _OpenIdMetadata,
)
from jwt.algorithms import RSAAlgorithm

log = logging.getLogger(__name__)

FETCH_TIMEOUT = 5.0
MAX_AGE = 24 * 3600.0
UNKNOWN_KID_INTERVAL = 300.0
BACKOFF_START = 10.0
BACKOFF_MAX = 300.0
MAX_DOCUMENT_BYTES = 256 * 1024


key_sets_fetched = 0
"""How many times a key set was fetched in this process: a change tells
:mod:`bot.teams.validated` that tokens it keeps must be checked again."""


class KeyServiceUnavailable(ConnectionError):
    """No signing keys to check a token with: the key service failed or is backing off."""


class SigningKeys(_OpenIdMetadata):
    """One OpenID metadata URL's signing keys, as botbuilder's extractor asks for them."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = FETCH_TIMEOUT,
        clock: Any = time.monotonic,
    ) -> None:
        super().__init__(url)
        self.timeout = timeout
        self._clock = clock
        self._fetched_at: float | None = None
        self._retry_at = 0.0
        self._failures = 0
        self._unknown_kid_at = float("-inf")
        self._inflight: tuple[asyncio.AbstractEventLoop, asyncio.Task[None]] | None = None

    async def get(self, key_id: str) -> _OpenIdConfig:
        """The key ``key_id`` with its endorsements; raises instead of ever returning None."""
        now = self._clock()
        if self._fetched_at is None or now - self._fetched_at > MAX_AGE:
            await self._refresh(required=not self.keys)
        key = self._find(key_id)
        if key is None and self.keys and now - self._unknown_kid_at >= UNKNOWN_KID_INTERVAL:
            self._unknown_kid_at = now
            await self._refresh(required=False)
            key = self._find(key_id)
        if key is None:
            raise PermissionError("the token is signed with a key that is not published")
        return key

    def _find(self, key_id: str) -> _OpenIdConfig | None:
        for key in self.keys:
            if isinstance(key, dict) and key.get("kid") == key_id:
                try:
                    public_key = RSAAlgorithm.from_jwk(json.dumps(key))
                except Exception:  # a malformed published key never validates anything
                    return None
                return _OpenIdConfig(public_key, key.get("endorsements", []))
        return None

    async def _refresh(self, *, required: bool) -> None:
        """Fetch unless backing off; ``required``: raise when no keys came of it."""
        if self._clock() < self._retry_at:
            if required:
                raise KeyServiceUnavailable("the key service failed recently; backing off")
            return
        try:
            await self._shared_fetch()
        except Exception as exc:
            self._failures += 1
            wait = min(BACKOFF_MAX, BACKOFF_START * 2 ** (self._failures - 1))
            self._retry_at = self._clock() + wait
            log.warning(
                "signing keys could not be fetched (%s); next try in %.0f s%s",
                type(exc).__name__,
                wait,
                "" if self.keys else "; tokens are refused with 503 until then",
            )
            if required:
                raise KeyServiceUnavailable("the key service cannot be reached") from None
        else:
            self._failures = 0
            self._retry_at = 0.0

    async def _shared_fetch(self) -> None:
        """One fetch at a time per event loop; everyone asking meanwhile waits for it."""
        loop = asyncio.get_running_loop()
        if self._inflight is None or self._inflight[0] is not loop or self._inflight[1].done():
            self._inflight = (loop, loop.create_task(self._fetch()))
        await asyncio.shield(self._inflight[1])

    async def _fetch(self) -> None:
        async with (
            asyncio.timeout(self.timeout),
            aiohttp.ClientSession(trust_env=True) as session,
        ):
            metadata = await _json(session, self.url)
            jwks_uri = metadata.get("jwks_uri")
            if not isinstance(jwks_uri, str) or not jwks_uri.startswith(("https://", "http://")):
                raise ValueError("the OpenID metadata has no jwks_uri")
            keys = (await _json(session, jwks_uri)).get("keys")
        if not isinstance(keys, list) or not keys:
            raise ValueError("the key set has no keys")
        global key_sets_fetched
        self.keys = keys
        self._fetched_at = self._clock()
        key_sets_fetched += 1
        self.last_updated = dt.datetime.now()  # botbuilder's field, for anyone reading it


async def _json(session: aiohttp.ClientSession, url: str) -> dict[str, Any]:
    async with session.get(url) as response:
        response.raise_for_status()
        body = await response.content.read(MAX_DOCUMENT_BYTES + 1)
    if len(body) > MAX_DOCUMENT_BYTES:
        raise ValueError("the key service sent an oversized document")
    document = json.loads(body)
    if not isinstance(document, dict):
        raise ValueError("the key service sent something else than a JSON object")
    return document


def metadata_urls(configured: str = "") -> list[str]:
    """Every OpenID metadata URL botbuilder's authentication may ask keys for."""
    urls = [
        configured,
        AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
        GovernmentConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        GovernmentConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
    ]
    return list(dict.fromkeys(u for u in urls if u))


def install_signing_keys(urls: Iterable[str]) -> None:
    """Put a fresh :class:`SigningKeys` where botbuilder looks for each URL's keys."""
    for url in urls:
        JwtTokenExtractor.metadataCache[url] = SigningKeys(url)
