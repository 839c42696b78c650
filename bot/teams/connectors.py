"""Reuse what botbuilder would rebuild for every turn: connector clients, credentials, token client.

botbuilder-python 4.17 builds, for every turn and every proactive send, a new
``ConnectorClient`` (an msrest ``Configuration``, pipeline and ``requests.Session``, plus new
``MicrosoftAppCredentials`` with their own MSAL app and token cache) and a new
``UserTokenClient`` (a second msrest client), and drops them when the turn ends. Each msrest
``Configuration`` costs 4–6 ms of CPU on the event loop (its retry policy builds the list
of retryable status codes with a quadratic list scan); a new session means a new TCP
(and TLS) connection to the Bot Connector for every reply; new credentials mean a token
request to Entra ID for every reply, made synchronously on the event loop.

:class:`ReusingBotFrameworkAuthentication` is botbuilder's own configuration-based
authentication with those objects kept; nothing in botbuilder is patched or forked.
Measurements: ``docs/performance.md``.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, cast

import aiohttp
import requests
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from botframework.connector import AsyncBfPipeline, Channels
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)
from msrest.exceptions import ClientRequestError
from msrest.universal_http import ClientRequest
from msrest.universal_http.async_abc import AsyncClientResponse
from msrest.universal_http.async_requests import AsyncRequestsHTTPSender
from multidict import CIMultiDict

from bot.teams.validated import ValidatedTokens, copy_result

CONNECTOR_TIMEOUT = 10.0
"""Seconds an msrest request (the roster) may take to connect, and then between bytes of the
answer (msrest's default is 100 s)."""

MAX_CLIENTS_PER_FACTORY = 64
"""Distinct (service URL, audience) pairs kept per factory. Teams uses a handful of service
URLs; the bound only matters if something sends many (possible with auth off)."""


class ReusingConnectorFactory(ConnectorFactory):
    """One ConnectorClient per (service URL, audience), kept for later turns.

    A client holds no per-turn state: its credentials, pipeline and session are the same for
    every request to that service URL, and msrest builds a fresh request context per call,
    so concurrent turns can share it. Keeping it also keeps the HTTP connection alive and
    the credentials' MSAL token cache, so a token is fetched once per hour, not per reply.
    """

    def __init__(
        self,
        inner: ConnectorFactory,
        *,
        prepare: Callable[[ConnectorClient], None] | None = None,
        max_clients: int = MAX_CLIENTS_PER_FACTORY,
    ):
        self._inner = inner
        self._prepare = prepare
        self._max_clients = max_clients
        self._clients: OrderedDict[tuple[str, str | None], ConnectorClient] = OrderedDict()

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        key = (service_url, audience)
        client = self._clients.get(key)
        if client is not None:
            self._clients.move_to_end(key)
            return client
        client = await self._inner.create(service_url, audience)
        if self._prepare is not None:
            self._prepare(client)
        client = self._clients.setdefault(key, client)  # a concurrent turn may have made one
        while len(self._clients) > self._max_clients:
            self._clients.popitem(last=False)  # in-flight users keep their reference
        return client


class AiohttpDriver(AsyncRequestsHTTPSender):
    """msrest's requests driver for the Bot Connector, sending with aiohttp on the event loop.

    Replies and proactive messages no longer use msrest (:mod:`bot.teams.transport`); what
    still does — the team roster (``TeamsInfo``) — goes through this driver, so it shares
    the one aiohttp session instead of sending with ``requests`` in a worker thread. It is a
    drop-in for msrest's requests driver (it subclasses it): the credentials policy still
    signs ``self.session`` and its Authorization header is sent; ``config.connection.timeout``
    bounds connecting and each read. One attempt per request: the roster is synced again at
    the next turn when it fails (retrying is :mod:`bot.retry`'s, for the senders). A failure
    raises msrest's ``ClientRequestError`` around the ``requests`` exception requests would
    have raised, so code written for msrest sees the same kinds.
    """

    def __init__(self, config: Any, session: Callable[[], aiohttp.ClientSession]) -> None:
        super().__init__(config)
        self._http = session

    # msrest's async senders override the sync ``send`` the same way (msrest ignores it too).
    async def send(  # type: ignore[override]
        self, request: ClientRequest, **kwargs: Any
    ) -> AsyncClientResponse:
        # msrest annotates this as Dict[str, str]; it is requests' keyword arguments.
        options = cast(dict[str, Any], self._configure_send(request, **kwargs))
        headers = dict(options["headers"])
        authorization = self.session.headers.get("Authorization")  # set by the credentials
        if authorization:
            headers["Authorization"] = authorization
        seconds = options.get("timeout")
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=seconds, sock_read=seconds)
        try:
            async with self._http().request(
                request.method,
                request.url,
                data=options.get("data"),
                headers=headers,
                timeout=timeout,
                allow_redirects=options.get("allow_redirects", True),
                # True: the connector's own context (aiohttp treats None the same way).
                ssl=bool(options.get("verify", True)),
            ) as response:
                body = await response.read()
        except (aiohttp.ClientError, TimeoutError) as error:
            raise _request_error(error) from error
        return _Response(request, response, body)


_CONNECT_TIMEOUT: tuple[type[BaseException], ...] = tuple(
    t for t in (getattr(aiohttp, "ConnectionTimeoutError", None),) if t is not None
)


def _request_error(error: BaseException) -> ClientRequestError:
    """msrest's error for a failed request, around the exception requests would have raised."""
    inner: requests.RequestException
    if isinstance(error, _CONNECT_TIMEOUT):
        inner = requests.ConnectTimeout(str(error))
    elif isinstance(error, TimeoutError):
        inner = requests.ReadTimeout(str(error))
    elif isinstance(error, aiohttp.ClientConnectionError | OSError):
        inner = requests.ConnectionError(str(error))
    else:
        inner = requests.RequestException(str(error))
    return ClientRequestError("Error occurred in request.", inner)


class _Response(AsyncClientResponse):
    """A finished aiohttp response with its body read, as msrest's deserializers want it."""

    def __init__(self, request: ClientRequest, response: aiohttp.ClientResponse, body: bytes):
        super().__init__(request, response)
        self.status_code = response.status
        self.headers = CIMultiDict(response.headers)  # msrest wants a mutable mapping
        self.reason = response.reason
        self._body = body

    def body(self) -> bytes:
        return self._body


class ReusingBotFrameworkAuthentication(ConfigurationBotFrameworkAuthentication):
    """botbuilder's configuration-based authentication, reusing what it would rebuild per turn.

    - Turns get a :class:`ReusingConnectorFactory` per bot app id instead of a new factory
      (and so a new client) per request.
    - Proactive sends (``continue_conversation``, creating 1:1 chats) get their own reusing
      factory: the sender tunes those clients (no hidden retries, its own timeout), and that
      tuning must not change how replies inside a turn behave.
    - Every client sends with :class:`AiohttpDriver` over one aiohttp session (opened on
      first use, closed by :meth:`close`). Its serializer skips msrest's client-side
      validation (no Bot Framework schema model declares a constraint, so it only walks the
      activity) and serializes card content with :func:`_json_objects`.
    - The UserTokenClient (only used by sign-in flows, which SLT-boten has none of) is built
      once per app id instead of once per turn.
    - A token botbuilder validated is not validated again for the next activity with the
      same token, channel and service URL until it expires (:mod:`bot.teams.validated`).
    - With authentication off (no app id: local runs, the benchmarks) a request without a
      token gets botbuilder's anonymous identity; botbuilder builds the same one for every
      request (empty claims, no caller id, the channel's audience) except on the emulator
      channel, where a skill's activity gets its own. The first is kept and each turn gets
      a copy of it, as for a kept token. With authentication on, a request without a token
      is refused by botbuilder every time: a refusal is never kept.
    """

    def __init__(self, configuration: Any, **options: Any) -> None:
        super().__init__(configuration, **options)
        self._http_session: aiohttp.ClientSession | None = None
        self._turn_factories: dict[str | None, ReusingConnectorFactory] = {}
        self._proactive_factories: dict[str | None, ReusingConnectorFactory] = {}
        self._user_token_clients: dict[str | None, UserTokenClient] = {}
        self.validated = ValidatedTokens()
        """Tokens botbuilder validated, kept until they expire (bot/teams/validated.py)."""
        self._anonymous: AuthenticateRequestResult | None = None
        """botbuilder's result for a request without a token (authentication off)."""

    async def authenticate_request(
        self, activity: Activity, auth_header: str
    ) -> AuthenticateRequestResult:
        """botbuilder's check, done once per token and activity address (:mod:`validated`)."""
        channel_id, service_url = activity.channel_id, activity.service_url
        anonymous = not auth_header and channel_id != Channels.emulator
        if auth_header:
            kept = self.validated.get(auth_header, channel_id, service_url)
            if kept is not None:
                return kept
        elif anonymous and self._anonymous is not None:
            return copy_result(self._anonymous)
        result = await super().authenticate_request(activity, auth_header)
        if result.connector_factory is not None:
            result.connector_factory = _reusing(
                self._turn_factories,
                _app_id(result.claims_identity),
                result.connector_factory,
                prepare=self._prepare,
            )
        if auth_header:
            self.validated.keep(auth_header, channel_id, service_url, result)
        elif anonymous:
            self._anonymous = copy_result(result)
        return result

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        app_id = _app_id(claims_identity)
        factory = self._proactive_factories.get(app_id)
        if factory is None:
            inner = super().create_connector_factory(claims_identity)
            factory = _reusing(self._proactive_factories, app_id, inner, prepare=self._prepare)
        return factory

    def _prepare(self, client: ConnectorClient) -> None:
        config = client.config
        config.connection.timeout = CONNECTOR_TIMEOUT
        config.driver = AiohttpDriver(config, self._session)
        config.pipeline = AsyncBfPipeline(config)  # botbuilder's pipeline, with that driver
        serializer = client.conversations._serialize  # the one the operations were built with
        serializer.client_side_validation = False
        serializer.serialize_type["object"] = _json_objects(serializer.serialize_object)

    def _session(self) -> aiohttp.ClientSession:
        """One aiohttp session for all our clients, made on first use inside the loop."""
        if self._http_session is None or self._http_session.closed:
            self._http_session = aiohttp.ClientSession(trust_env=True)  # proxies, as requests
        return self._http_session

    async def close(self) -> None:
        if self._http_session is not None:
            await self._http_session.close()
            self._http_session = None

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = _app_id(claims_identity)
        client = self._user_token_clients.get(app_id)
        if client is None:
            client = await super().create_user_token_client(claims_identity)
            client = self._user_token_clients.setdefault(app_id, client)
        return client


def _json_objects(fallback: Callable[..., Any]) -> Callable[..., Any]:
    """msrest's serializer for free-form ``object`` values, with plain JSON done in C.

    An Adaptive Card is an ``object`` in the schema (``Attachment.content``), and msrest
    walks it value by value in Python (two caught exceptions per string): half of the cost
    of serializing a reply. For dicts and lists of JSON values ``json`` gives the same result
    (tuples become lists where msrest would write their repr); anything else — dates,
    models, other types — goes to msrest's own way. Installed in the serializer's type table
    (``serialize_type``), the place msrest dispatches ``object`` from.
    """

    def serialize_object(attr: Any, **kwargs: Any) -> Any:
        if type(attr) is dict or type(attr) is list:
            try:
                return json.loads(json.dumps(attr))
            except (TypeError, ValueError):
                pass
        return fallback(attr, **kwargs)

    return serialize_object


def _reusing(
    factories: dict[str | None, ReusingConnectorFactory],
    app_id: str | None,
    inner: ConnectorFactory,
    *,
    prepare: Callable[[ConnectorClient], None] | None = None,
) -> ReusingConnectorFactory:
    factory = factories.get(app_id)
    if factory is None:
        factory = factories.setdefault(app_id, ReusingConnectorFactory(inner, prepare=prepare))
    return factory


def _app_id(claims_identity: ClaimsIdentity | None) -> str | None:
    """The bot app id botbuilder builds a connector factory for (audience, else appid claim)."""
    if claims_identity is None:
        return None
    # Claims are decoded JWT values; botbuilder's ClaimsIdentity is untyped.
    app_id = cast(
        str | None, claims_identity.get_claim_value(AuthenticationConstants.AUDIENCE_CLAIM)
    )
    if app_id is None:
        app_id = cast(
            str | None, claims_identity.get_claim_value(AuthenticationConstants.APP_ID_CLAIM)
        )
    return app_id


async def close_connections(adapter: Any) -> None:
    """Close the adapter's HTTP sessions (at shutdown, after the last turn and send)."""
    close = getattr(adapter, "close", None)
    if close is not None:
        await close()
        return
    auth = getattr(adapter, "bot_framework_authentication", None)
    if isinstance(auth, ReusingBotFrameworkAuthentication):
        await auth.close()
