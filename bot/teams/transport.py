"""The Bot Connector over plain HTTP: post, update and create with aiohttp, JSON in and out.

Everything the bot says — replies inside a turn (:class:`bot.teams.adapter.TeamsAdapter`
routes ``send_activities``/``update_activity`` here) and proactive messages
(:class:`bot.teams.sender.ProactiveSender`) — leaves through one :class:`ActivityTransport`.
botbuilder's way, an msrest ``ConnectorClient``, serialises every activity attribute by
attribute through msrest's type system and, for proactive sends, runs a whole pipeline turn
(``continue_conversation``) around one POST. Here an activity is a JSON dict
(:mod:`bot.teams.schema` turns botbuilder's models into one) and one request is one request.

The bot's own token comes from what botbuilder already has: the app credentials its
configuration builds (MSAL behind them, ``MicrosoftAppCredentials.get_access_token``).
:class:`BotTokens` fetches a token in a worker thread (MSAL is synchronous) and keeps it for
:data:`TOKEN_REUSE` seconds — MSAL's own cache would hand out the same token, but asking it
costs a thread hop per message. A 401 from the connector drops the kept token.

Proxies come from the environment (``HTTPS_PROXY``, ``NO_PROXY``, a proxy login in
``~/.netrc``), as with ``requests`` before, but are looked up once per connector address
(:class:`EnvProxies`), not by aiohttp's ``trust_env`` on every request: that costs two
worker-thread hand-overs and a read of ``~/.netrc`` per post, about a tenth of a turn's CPU.

One attempt per call: retrying is the caller's business (:mod:`bot.retry`). Failures are
:class:`ConnectorError` (an HTTP answer ≥ 400, with the policy's :class:`~bot.retry.Failure`)
or :class:`ConnectorUnreachable` (timeout, refused, reset; ``kind`` is what the ledger
records: ``ReadTimeout`` means Teams may have taken the message).
"""

from __future__ import annotations

import asyncio
import functools
import json
import time
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol
from urllib.parse import quote

import aiohttp
import pydantic_core
from aiohttp.helpers import get_env_proxy_for_url
from yarl import URL

from bot.retry import Failure, classify_status
from bot.teams.schema import json_default

CONNECTOR_TIMEOUT = 10.0
"""Seconds a Bot Connector request may take to connect, and then between bytes of the answer.
Teams gives up on a turn after about 15 s, so a reply that takes longer is lost anyway; the
proactive sender passes its own per-attempt timeout."""

TOKEN_REUSE = 600.0
"""Seconds a fetched token is used before MSAL is asked again (its tokens live ≥ 60 min, and
MSAL renews them 5 min before they expire)."""

JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8"}

MAX_ORIGINS = 64
"""Connector addresses whose proxy is kept. Teams uses a handful; the bound only matters if
something sends to many (possible with authentication off)."""


class ConnectorError(Exception):
    """The connector answered with an error status."""

    def __init__(self, status: int, headers: Mapping[str, str] | None = None) -> None:
        super().__init__(f"Bot Connector answered {status}")
        self.status = status
        self.failure: Failure = classify_status(status, headers or {})


class ConnectorUnreachable(Exception):
    """No answer: ``kind`` is ``ConnectTimeout``, ``ReadTimeout`` or ``ConnectionError``."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class ActivityTransport(ABC):
    """What the bot needs from the Bot Connector to speak: three calls, JSON in and out.

    The connector's REST paths are written here once; a transport supplies :meth:`_call`, one
    JSON request to a connector address (:class:`AiohttpTransport`; the instruction bench
    leaves the HTTP out).
    """

    async def post(
        self,
        service_url: str,
        conversation_id: str,
        activity: dict[str, Any],
        *,
        reply_to: str | None = None,
        timeout: float | None = None,
    ) -> str | None:
        """Post a message (a reply to ``reply_to`` if given); the new activity's id."""
        path = f"v3/conversations/{_segment(conversation_id)}/activities"
        if reply_to:
            path += f"/{quote(reply_to, safe='')}"
        answer = await self._call("POST", service_url, path, activity, timeout)
        found = answer.get("id")
        return found if isinstance(found, str) and found else None

    async def update(
        self,
        service_url: str,
        conversation_id: str,
        activity_id: str,
        activity: dict[str, Any],
        *,
        timeout: float | None = None,
    ) -> None:
        """Replace a message the bot posted earlier."""
        path = (
            f"v3/conversations/{_segment(conversation_id)}/activities/{quote(activity_id, safe='')}"
        )
        await self._call("PUT", service_url, path, activity, timeout)

    async def create_conversation(
        self, service_url: str, parameters: dict[str, Any], *, timeout: float | None = None
    ) -> dict[str, Any]:
        """Create (or get back Teams' existing) conversation; the connector's answer."""
        return await self._call("POST", service_url, "v3/conversations", parameters, timeout)

    @abstractmethod
    async def _call(
        self, method: str, service_url: str, path: str, body: dict[str, Any], timeout: float | None
    ) -> dict[str, Any]:
        """One request to the connector at ``service_url``: its JSON answer, ``{}`` if none.

        Raises :class:`ConnectorError` for an answer ≥ 400, :class:`ConnectorUnreachable`
        when there is no answer; ``timeout`` None is :data:`CONNECTOR_TIMEOUT`.
        """


class TokenSource(Protocol):
    async def authorization(self) -> str | None:
        """The ``Authorization`` header value, or None when the bot runs without an app id."""
        ...

    def forget(self) -> None:
        """Drop a kept token (the connector refused it)."""
        ...


class NoTokens:
    """Authentication off (no app id): requests go without an Authorization header."""

    async def authorization(self) -> str | None:
        return None

    def forget(self) -> None:
        return None


class BotTokens:
    """The bot's own token from botbuilder's app credentials, fetched off the loop and kept.

    ``credentials`` is called (once, on first use) to get the credentials object botbuilder
    built for this app id — see :meth:`bot.teams.adapter.TeamsAdapter.credentials`.
    """

    def __init__(
        self,
        credentials: Callable[[], Awaitable[Any]],
        *,
        reuse: float = TOKEN_REUSE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._credentials_factory = credentials
        self._credentials: Any = None
        self._reuse = reuse
        self._clock = clock
        self._header: str | None = None
        self._fetched = 0.0
        self._refused = False
        self._lock = asyncio.Lock()

    async def authorization(self) -> str | None:
        header = self._header
        if header is not None and self._clock() - self._fetched < self._reuse:
            return header
        async with self._lock:
            if self._header is not None and self._clock() - self._fetched < self._reuse:
                return self._header
            if self._credentials is None:
                self._credentials = await self._credentials_factory()
            credentials = self._credentials
            app_id = getattr(credentials, "microsoft_app_id", None)
            if not app_id:
                return None  # botbuilder's "empty" credentials: authentication is off
            # A kept token that ran out or was refused: MSAL must not hand out the same one.
            force = self._header is not None or self._refused
            token = await asyncio.to_thread(credentials.get_access_token, force)
            self._header = f"Bearer {token}"
            self._fetched = self._clock()
            self._refused = False
            return self._header

    def forget(self) -> None:
        self._header = None
        self._refused = True


Proxy = tuple[URL | None, aiohttp.BasicAuth | None]


class EnvProxies:
    """The proxy (and its login) for a connector address, from the environment, kept.

    The same answer as aiohttp's ``trust_env`` (its own ``get_env_proxy_for_url``: the
    scheme's ``*_PROXY``, ``NO_PROXY``, a login for the proxy host in ``~/.netrc``), asked
    once per scheme, host and port in a worker thread (it may read a file) instead of on
    every request. The environment of a running service does not change.
    """

    def __init__(self, *, max_origins: int = MAX_ORIGINS) -> None:
        self._max = max_origins
        self._found: dict[tuple[str, str | None, int | None], Proxy] = {}

    async def for_url(self, url: URL) -> Proxy:
        origin = (url.scheme, url.host, url.port)
        found = self._found.get(origin)
        if found is None:
            found = await asyncio.to_thread(_env_proxy, url)
            if len(self._found) >= self._max:
                self._found.pop(next(iter(self._found)))  # the oldest
            self._found[origin] = found
        return found


def _env_proxy(url: URL) -> Proxy:
    try:
        return get_env_proxy_for_url(url)
    except LookupError:  # no proxy for this scheme, or NO_PROXY names the host
        return None, None


class AiohttpTransport(ActivityTransport):
    """:class:`ActivityTransport` over one aiohttp session (opened on first use).

    The session does not read the environment itself (``trust_env``): the proxy comes from
    :class:`EnvProxies`, and the connector is authenticated by the bot's token alone (a
    ``~/.netrc`` login for the connector's host is not sent; with a token it made aiohttp
    refuse the request).
    """

    def __init__(self, tokens: TokenSource, *, proxies: EnvProxies | None = None) -> None:
        self.tokens = tokens
        self.proxies = proxies or EnvProxies()
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()  # proxies: EnvProxies
        return self._session

    async def _call(
        self, method: str, service_url: str, path: str, body: dict[str, Any], timeout: float | None
    ) -> dict[str, Any]:
        headers = dict(JSON_HEADERS)
        authorization = await self.tokens.authorization()
        if authorization:
            headers["Authorization"] = authorization
        limits = _timeout(timeout if timeout is not None else CONNECTOR_TIMEOUT)
        data = encode_body(body)
        try:
            url = _url(service_url.rstrip("/") + "/" + path)
            proxy, proxy_auth = await self.proxies.for_url(url)
            async with self._http().request(
                method,
                url,
                data=data,
                headers=headers,
                timeout=limits,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                raw = await response.read()
                status = response.status
                if status >= 400:
                    if status == 401:
                        self.tokens.forget()
                    raise ConnectorError(status, response.headers)
        except _CONNECT_TIMEOUT as error:
            raise ConnectorUnreachable("ConnectTimeout") from error
        except TimeoutError as error:
            raise ConnectorUnreachable("ReadTimeout") from error
        except (aiohttp.ClientConnectionError, OSError) as error:
            raise ConnectorUnreachable("ConnectionError") from error
        except aiohttp.ClientError as error:
            raise ConnectorUnreachable(type(error).__name__) from error
        try:
            answer = json.loads(raw) if raw.strip() else {}
        except ValueError:
            answer = {}
        return answer if isinstance(answer, dict) else {}


_ENCODER = json.JSONEncoder(ensure_ascii=False, default=json_default)


def encode_body(body: dict[str, Any]) -> bytes:
    """A request's JSON body as UTF-8: what ``json.dumps(body, ensure_ascii=False,
    default=json_default)`` says, written by pydantic-core's serializer (in Rust) without the
    blanks after ``,`` and ``:``. The standard library's C encoder took about 270,000
    instructions for a 2.5 KB card reply (a third of them its circular-reference check and
    escaping), pydantic-core about 90,000; the JSON is the same value either way.

    A value pydantic-core would write differently from ``json`` never reaches it from our
    code: models and dates go through ``json_default`` (``schema.activity_json`` turns a
    model's dates into ISO strings first, as ``json_default`` does). Whatever it refuses (a
    lone surrogate, a type ``json_default`` does not know) goes to the standard encoder,
    which raises as it always did.
    """
    try:
        return pydantic_core.to_json(body, fallback=json_default)
    except ValueError:  # PydanticSerializationError
        return _ENCODER.encode(body).encode()


@functools.lru_cache(maxsize=1024)
def _segment(conversation_id: str) -> str:
    """A conversation id quoted as one path segment, kept for the conversations in use: every
    reply in a conversation quotes the same id (an opaque Teams id, not message text)."""
    return quote(conversation_id, safe="")


@functools.lru_cache(maxsize=16)
def _timeout(seconds: float) -> aiohttp.ClientTimeout:
    """Connect within ``seconds``, then at most ``seconds`` between bytes of the answer (one
    immutable object per value: callers pass a handful of values, on every request)."""
    return aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)


def _url(text: str) -> URL:
    """The URL as aiohttp parses a string, with its error for one it cannot parse."""
    try:
        return URL(text)
    except ValueError as error:
        raise aiohttp.InvalidUrlClientError(text) from error


_CONNECT_TIMEOUT: tuple[type[BaseException], ...] = tuple(
    t for t in (getattr(aiohttp, "ConnectionTimeoutError", None),) if t is not None
)
