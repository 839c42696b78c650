"""Microsoft Graph calendar: meetings as Outlook/Teams events on the innkaller's calendar.

Used only when Graph is configured (:meth:`GraphSettings.from_env` returns settings); without
it the meeting card and the .ics link are all there is.

How it talks to Graph
  * The bot authenticates as itself (client credentials) with msal. The app registration needs
    the **application** permission ``Calendars.ReadWrite`` with admin consent; that permission
    reaches every mailbox in the tenant unless an Exchange application access policy / RBAC for
    Applications scope limits it to the SLT coordinators.
  * ``POST /users/{upn}/events`` creates the meeting with ``isOnlineMeeting`` and
    ``onlineMeetingProvider: teamsForBusiness``; Graph sends the invitations and answers with
    ``id``, ``webLink`` and ``onlineMeeting.joinUrl``. Every create carries a ``transactionId``,
    so a retry after a timeout does not create the meeting twice.
  * ``PATCH /users/{upn}/events/{id}`` with new ``start``/``end`` moves it (Graph sends updates).
  * ``POST /users/{upn}/events/{id}/cancel`` with a ``comment`` cancels it (organizer only).

One call per attempt: retries (with :attr:`GraphCalendar.retry`), the ledger and what a crash
leaves are the outbox's — jobs and follow-ups hand it a ``CalendarChange`` and
:mod:`bot.graph_delivery` makes the call here.

Times are sent as Oslo wall-clock time with ``timeZone: "W. Europe Standard Time"`` (the Windows
zone for Europe/Oslo), so the event is stored in the innkaller's own zone and Outlook shows
"09:00" rather than "08:00 UTC" in the event details. The one exception is an hour that occurs
twice (the last Sunday in October, 02:00-03:00): there the local time is ambiguous, so the time
goes as UTC with ``timeZone: "UTC"``.

msal is synchronous (``requests``), so it runs in a worker thread. One
:class:`msal.ConfidentialClientApplication` lives for the process: its in-memory cache hands out
the same token until shortly before it expires, so there is no token request per call.

Privacy: subjects, bodies and attendee lists are never logged and never put into
:class:`GraphError`; the log gets operation names, event ids and HTTP status only.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import logging
import ssl
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol, cast
from urllib.parse import quote

import aiohttp
import msal
import requests
import requests.adapters
from yarl import URL

from bot.clock import OSLO
from bot.graph_settings import GraphSettings
from bot.retry import Failure, RetryPolicy, classify_status

log = logging.getLogger(__name__)

GRAPH_SCOPES = ["https://graph.microsoft.com/.default"]
WINDOWS_TIME_ZONE = "W. Europe Standard Time"
RETRY_STATUSES = frozenset({429, 503, 504})

Attendee = tuple[str, str]
"""(email address, display name) — from the people mapping."""


class _MsalApp(Protocol):
    """The part of msal's ``ConfidentialClientApplication`` we use (msal ships no types)."""

    http_client: requests.Session

    def acquire_token_for_client(self, scopes: list[str]) -> dict[str, Any]: ...

    def remove_tokens_for_client(self) -> None: ...


class GraphError(Exception):
    """Graph (or the token endpoint) said no.

    ``status`` is the HTTP status (0 when no answer came: timeout, connection refused);
    ``code`` is Graph's error code (``ErrorAccessDenied``, ``invalid_client``, ``timeout``...).
    It never carries the request body, so it is safe to log. ``failure`` is what the outbox's
    retry policy reads: retryable or not, and Graph's Retry-After.
    """

    def __init__(
        self,
        status: int,
        code: str,
        request_id: str | None = None,
        failure: Failure | None = None,
    ) -> None:
        super().__init__(status, code)
        self.status = status
        self.code = code
        self.request_id = request_id
        self.failure = failure or Failure(str(status or code), retryable=False)
        """The attempt as the retry policy sees it (with Graph's Retry-After)."""

    def __str__(self) -> str:
        suffix = f" (request-id {self.request_id})" if self.request_id else ""
        return f"Graph {self.status} {self.code}{suffix}"


@dataclass(frozen=True)
class CreatedEvent:
    id: str
    web_link: str
    join_url: str | None
    """None when the mailbox could not make a Teams meeting (Teams not enabled for the user)."""


def graph_time(moment: dt.datetime) -> dict[str, str]:
    """A Graph ``dateTimeTimeZone``: Oslo wall-clock time, or UTC in the doubled hour."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Graph times must be timezone-aware")
    local = moment.astimezone(OSLO)
    if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():
        utc = moment.astimezone(dt.UTC).replace(tzinfo=None)
        return {"dateTime": utc.isoformat(timespec="seconds"), "timeZone": "UTC"}
    wall = local.replace(tzinfo=None)
    return {"dateTime": wall.isoformat(timespec="seconds"), "timeZone": WINDOWS_TIME_ZONE}


def _attendee_list(organizer_upn: str, attendees: Iterable[Attendee]) -> list[dict[str, Any]]:
    """Required attendees, each once, without the innkaller (the organizer is not invited)."""
    seen = {organizer_upn.strip().lower()}
    result = []
    for address, name in attendees:
        key = address.strip().lower()
        if not key or key in seen:
            continue
        seen.add(key)
        result.append(
            {"emailAddress": {"address": address.strip(), "name": name}, "type": "required"}
        )
    return result


async def _error_code(response: aiohttp.ClientResponse) -> str:
    """Graph's ``error.code``; the message (which may echo the request) is dropped."""
    try:
        payload = json.loads(await response.text())
    except (ValueError, UnicodeDecodeError, aiohttp.ClientError):
        payload = None
    if isinstance(payload, dict):
        error = payload.get("error")
        code = error.get("code") if isinstance(error, dict) else None
        if isinstance(code, str):
            return code
        if isinstance(error, str):  # OAuth-style token endpoint errors
            return error
    return f"http_{response.status}"


class GraphCalendar:
    """Creates, moves and cancels meetings on a user's Outlook calendar. Build once per process.

    The aiohttp session is made on first use and closed by :meth:`close`; the msal app is made
    on first use too (its constructor fetches the tenant's OpenID configuration).
    """

    def __init__(
        self,
        settings: GraphSettings,
        *,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
    ) -> None:
        self.settings = settings
        self.retry = RetryPolicy(  # how the outbox retries Graph (bot/graph_delivery.py)
            max_attempts=settings.max_retries + 1,
            base_delay=1.0,  # 1 s, 2 s, 4 s … up to 16 s, each plus up to 25 %
            max_delay=16.0,
            spread=0.25,
            give_up_after=settings.max_retry_wait,
            sleep=sleep,
        )
        self._session: aiohttp.ClientSession | None = None
        self._app: _MsalApp | None = None
        self._token_lock = asyncio.Lock()

    # --- the three operations ---------------------------------------------------------------

    async def create_event(
        self,
        organizer_upn: str,
        subject: str,
        start: dt.datetime,
        end: dt.datetime,
        location: str | None,
        attendees: Iterable[Attendee],
        body_html: str,
        *,
        transaction_id: str | None = None,
    ) -> CreatedEvent:
        """Put a Teams meeting on ``organizer_upn``'s calendar and invite ``attendees``.

        ``transaction_id`` makes the create idempotent in Graph; pass a stable one (for example
        derived from our own meeting id) to survive retries across restarts too.
        """
        if end <= start:
            raise ValueError("a meeting must end after it starts")
        event: dict[str, Any] = {
            "subject": subject,
            "body": {"contentType": "HTML", "content": body_html},
            "start": graph_time(start),
            "end": graph_time(end),
            "attendees": _attendee_list(organizer_upn, attendees),
            "isOnlineMeeting": True,
            "onlineMeetingProvider": "teamsForBusiness",
            "transactionId": transaction_id or str(uuid.uuid4()),
        }
        if location:
            event["location"] = {"displayName": location}
        created = await self._request(
            "create_event", "POST", f"{self._user_path(organizer_upn)}/events", event
        )
        event_id = created.get("id")
        if not isinstance(event_id, str) or not event_id:
            raise GraphError(502, "missing_event_id")
        online = created.get("onlineMeeting") or {}
        join_url = online.get("joinUrl") if isinstance(online, dict) else None
        if not join_url:
            log.warning("graph event %s created without a Teams link", event_id)
        else:
            log.info("graph event %s created", event_id)
        return CreatedEvent(id=event_id, web_link=created.get("webLink") or "", join_url=join_url)

    async def move_event(
        self, organizer_upn: str, event_id: str, start: dt.datetime, end: dt.datetime
    ) -> None:
        """Give the meeting new times; Graph sends the attendees an update."""
        if end <= start:
            raise ValueError("a meeting must end after it starts")
        await self._request(
            "move_event",
            "PATCH",
            self._event_path(organizer_upn, event_id),
            {"start": graph_time(start), "end": graph_time(end)},
        )
        log.info("graph event %s moved", event_id)

    async def cancel_event(self, organizer_upn: str, event_id: str, comment: str) -> None:
        """Cancel the meeting; the attendees get ``comment`` with the cancellation.

        Not retried after a timeout: a cancel that did arrive cannot be repeated.
        """
        await self._request(
            "cancel_event",
            "POST",
            f"{self._event_path(organizer_upn, event_id)}/cancel",
            {"comment": comment},
            idempotent=False,
        )
        log.info("graph event %s cancelled", event_id)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._app is not None:
            self._app.http_client.close()
            self._app = None

    async def __aenter__(self) -> GraphCalendar:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # --- plumbing ---------------------------------------------------------------------------

    def _user_path(self, upn: str) -> str:
        return f"/users/{quote(upn.strip(), safe='@')}"

    def _event_path(self, upn: str, event_id: str) -> str:
        return f"{self._user_path(upn)}/events/{quote(event_id, safe='')}"

    def _ssl(self) -> ssl.SSLContext | bool:
        if self.settings.ca_file:
            return ssl.create_default_context(cafile=self.settings.ca_file)
        return True

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                timeout=aiohttp.ClientTimeout(total=self.settings.timeout),
                connector=aiohttp.TCPConnector(ssl=self._ssl()),
                headers={"Accept": "application/json"},
            )
        return self._session

    def _build_app(self) -> _MsalApp:
        s = self.settings
        app = msal.ConfidentialClientApplication(
            s.client_id,
            client_credential=s.client_secret,
            authority=s.authority,
            # No detour to login.microsoftonline.com/common/discovery/instance: the authority
            # is configured, not user input. (A login.microsoftonline.com authority skips it
            # anyway; an own host — the tests' fake, a sovereign cloud — needs this.)
            instance_discovery=False,
            http_client=self._msal_http(),
        )
        return cast(_MsalApp, app)

    def _msal_http(self) -> requests.Session:
        """The session msal uses: our timeout and CA file on every request.

        Not msal's ``verify=``/``timeout=``: requests lets ``REQUESTS_CA_BUNDLE`` override a
        session-level ``verify``, so the CA file goes in per request, as the timeout must.
        Proxies from the environment still apply. One retry on connection errors, like msal's.
        """
        session = requests.Session()
        session.request = functools.partial(  # type: ignore[method-assign]
            session.request, timeout=self.settings.timeout, verify=self.settings.ca_file or True
        )
        adapter = requests.adapters.HTTPAdapter(max_retries=1)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    async def _token(self) -> str:
        async with self._token_lock:
            try:
                if self._app is None:
                    self._app = await asyncio.to_thread(self._build_app)
                app = self._app
                result = await asyncio.to_thread(app.acquire_token_for_client, scopes=GRAPH_SCOPES)
            except (OSError, ValueError) as exc:  # requests' errors are OSErrors
                log.warning("graph token endpoint unusable: %s", type(exc).__name__)
                raise GraphError(0, "token_endpoint_unreachable") from None
        token = result.get("access_token") if isinstance(result, dict) else None
        if not token:
            code = str(result.get("error") or "no_token") if isinstance(result, dict) else "?"
            log.warning("graph token refused: %s", code)
            raise GraphError(401, code)
        return str(token)

    def _forget_token(self) -> None:
        if self._app is not None:
            self._app.remove_tokens_for_client()

    async def _request(
        self,
        operation: str,
        method: str,
        path: str,
        body: dict[str, Any],
        *,
        idempotent: bool = True,
    ) -> dict[str, Any]:
        """One Graph call, with one fresh token after a 401. Not retried here: the outbox
        retries (bot/outbox/), with :attr:`retry`; the :class:`GraphError` says whether
        another attempt may help — 429/503/504 (with Graph's Retry-After) and, for
        idempotent calls, timeouts and dropped connections."""
        url = URL(self.settings.base_url + path, encoded=True)
        token_refreshed = False
        while True:
            token = await self._token()
            headers = {"Authorization": f"Bearer {token}"}
            try:
                async with self._http().request(method, url, json=body, headers=headers) as resp:
                    if resp.status < 300:
                        text = await resp.text()
                        try:
                            return json.loads(text) if text.strip() else {}
                        except ValueError:
                            raise GraphError(resp.status, "invalid_json") from None
                    code = await _error_code(resp)
                    if resp.status == 401 and not token_refreshed:
                        log.info("graph %s: 401 %s, fetching a new token", operation, code)
                        self._forget_token()
                        token_refreshed = True
                        continue
                    failure = classify_status(resp.status, resp.headers, retryable=RETRY_STATUSES)
                    log.warning("graph %s: %s %s", operation, resp.status, code)
                    raise GraphError(resp.status, code, resp.headers.get("request-id"), failure)
            except (TimeoutError, aiohttp.ClientConnectionError) as exc:
                code = "timeout" if isinstance(exc, TimeoutError) else "connection_error"
                kind = "TimeoutError" if code == "timeout" else code  # a timeout is ambiguous
                log.warning("graph %s: %s", operation, code)
                raise GraphError(0, code, failure=Failure(kind, retryable=idempotent)) from None
