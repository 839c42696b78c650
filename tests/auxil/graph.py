"""A fake Microsoft identity platform and Microsoft Graph calendar, on loopback, in one server.

msal only accepts ``https://`` authorities, so the fake speaks TLS with a throwaway self-signed
certificate for 127.0.0.1 made at import time; :meth:`FakeGraph.settings` hands the bot that
certificate as its CA file. Nothing leaves the machine.

Identity side (what msal fetches):
  GET  /{tenant}/v2.0/.well-known/openid-configuration   tenant discovery
  POST /{tenant}/oauth2/v2.0/token                       client credentials -> access token
Graph side (what :class:`bot.graph.GraphCalendar` calls):
  POST  /v1.0/users/{upn}/events                         create (201 + event)
  PATCH /v1.0/users/{upn}/events/{id}                    update (200 + event)
  POST  /v1.0/users/{upn}/events/{id}/cancel             cancel (202, no body)

It records every Graph request (path, JSON body, Authorization header), counts token requests,
keeps the calendar it was asked to build, and can be told to fail, or to answer too late.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import itertools
import shutil
import ssl
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.graph_settings import GraphSettings

TENANT_ID = "0f5e1c2a-5e7b-4c1d-9a61-7e57f1c0a001"
CLIENT_ID = "8d2b7f40-1a3c-4e5f-b6a7-5107b07e0001"
CLIENT_SECRET = "testvik-hemmelig~not-a-real-secret"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"

ERROR_CODES = {
    400: ("ErrorInvalidRequest", "Your request can't be completed."),
    401: ("InvalidAuthenticationToken", "Access token has expired or is not yet valid."),
    403: ("ErrorAccessDenied", "Access is denied. Check credentials and try again."),
    404: ("ErrorItemNotFound", "The specified object was not found in the store."),
    429: ("ApplicationThrottled", "Application is over its MailboxConcurrency limit."),
    503: ("ServiceNotAvailable", "The service is temporarily unavailable."),
    504: ("GatewayTimeout", "The gateway timed out."),
}


def _make_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1/localhost that can also act as its own CA."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "fake-graph.testvik.example")])
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=True,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "fake-graph.crt", directory / "fake-graph.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class GraphRequest:
    method: str
    path: str
    upn: str
    event_id: str | None
    body: dict[str, Any]
    authorization: str | None


@dataclass
class TokenRequest:
    form: dict[str, str]  # without the client secret
    client_id: str
    secret_ok: bool


@dataclass
class Failure:
    status: int
    retry_after: float | None = None
    code: str | None = None


@dataclass
class StoredEvent:
    organizer: str
    event: dict[str, Any]
    cancelled: bool = False
    cancel_comment: str | None = None
    transaction_id: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)


class Sleeps:
    """Stands in for asyncio.sleep: remembers how long the retry policy chose to wait."""

    def __init__(self) -> None:
        self.waited: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waited.append(seconds)


class FakeGraph:
    def __init__(
        self,
        *,
        tenant_id: str = TENANT_ID,
        client_id: str = CLIENT_ID,
        client_secret: str = CLIENT_SECRET,
    ) -> None:
        self.tenant_id = tenant_id
        self.client_id = client_id
        self.client_secret = client_secret
        self.requests: list[GraphRequest] = []
        self.token_requests: list[TokenRequest] = []
        self.discovery_requests = 0
        self.events: dict[str, StoredEvent] = {}
        self.issued_tokens: set[str] = set()
        self._failures: list[Failure] = []
        self._late: list[float] = []
        self._token_ids = itertools.count(1)
        self._event_ids = itertools.count(1)
        self._server: TestServer | None = None
        self._dir = Path(tempfile.mkdtemp(prefix="fake-graph-"))
        self.ca_file, self._key_file = _make_certificate(self._dir)

    # --- what tests read and steer ------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the fake first"
        return str(self._server.make_url("")).rstrip("/")

    @property
    def authority(self) -> str:
        return f"{self.url}/{self.tenant_id}"

    def settings(self, **overrides: Any) -> GraphSettings:
        """GraphSettings pointing the bot at this fake (and trusting its certificate)."""
        values: dict[str, Any] = {
            "tenant_id": self.tenant_id,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "base_url": f"{self.url}/v1.0",
            "authority": self.authority,
            "ca_file": str(self.ca_file),
            "timeout": 5.0,
        }
        values.update(overrides)
        return GraphSettings(**values)

    def fail_next(
        self, status: int, retry_after: float | None = None, code: str | None = None
    ) -> None:
        """The next Graph request (not the token endpoint) gets this error instead."""
        self._failures.append(Failure(status, retry_after, code))

    def answer_late(self, seconds: float) -> None:
        """The next Graph request is carried out, but the answer comes ``seconds`` late."""
        self._late.append(seconds)

    def revoke_tokens(self) -> None:
        """Every token issued so far stops working (as if it had expired early)."""
        self.issued_tokens.clear()

    def calendar_of(self, upn: str) -> list[StoredEvent]:
        return [e for e in self.events.values() if e.organizer.lower() == upn.lower()]

    # --- the server ---------------------------------------------------------------------------

    async def start(self) -> FakeGraph:
        app = web.Application()
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._discovery)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        app.router.add_post("/v1.0/users/{upn}/events", self._create)
        app.router.add_patch("/v1.0/users/{upn}/events/{event_id}", self._update)
        app.router.add_post("/v1.0/users/{upn}/events/{event_id}/cancel", self._cancel)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.ca_file, self._key_file)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server(ssl=context)
        return self

    async def close(self) -> None:
        if self._server is not None:
            await self._server.close()
        shutil.rmtree(self._dir, ignore_errors=True)

    # --- identity platform ----------------------------------------------------------------------

    async def _discovery(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        if tenant != self.tenant_id:
            return web.json_response(
                {"error": "invalid_tenant", "error_description": "Tenant not found."}, status=400
            )
        self.discovery_requests += 1
        base = f"{self.url}/{tenant}"
        return web.json_response(
            {
                "issuer": f"{base}/v2.0",
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": [
                    "client_secret_post",
                    "private_key_jwt",
                    "client_secret_basic",
                ],
                "tenant_region_scope": "EU",
            }
        )

    async def _token(self, request: web.Request) -> web.Response:
        form = {k: str(v) for k, v in (await request.post()).items()}
        client_id = form.get("client_id", "")
        secret = form.pop("client_secret", None)
        basic = request.headers.get("Authorization", "")
        if secret is None and basic.startswith("Basic "):
            client_id, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
        secret_ok = client_id == self.client_id and secret == self.client_secret
        self.token_requests.append(TokenRequest(form, client_id, secret_ok))
        if form.get("grant_type") != "client_credentials":
            return web.json_response({"error": "unsupported_grant_type"}, status=400)
        if not secret_ok:
            return web.json_response(
                {
                    "error": "invalid_client",
                    "error_description": "AADSTS7000215: Invalid client secret provided.",
                    "error_codes": [7000215],
                },
                status=401,
            )
        if GRAPH_SCOPE not in form.get("scope", "").split():
            return web.json_response({"error": "invalid_scope"}, status=400)
        token = f"fake-graph-token-{next(self._token_ids)}-{uuid.uuid4().hex[:8]}"
        self.issued_tokens.add(token)
        return web.json_response(
            {
                "token_type": "Bearer",
                "expires_in": 3599,
                "ext_expires_in": 3599,
                "access_token": token,
            }
        )

    # --- Graph ------------------------------------------------------------------------------

    @staticmethod
    def _error(
        status: int, code: str | None = None, headers: dict[str, str] | None = None
    ) -> web.Response:
        default_code, message = ERROR_CODES.get(status, ("UnknownError", ""))
        request_id = str(uuid.uuid4())
        body = {
            "error": {
                "code": code or default_code,
                "message": message,
                "innerError": {
                    "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                    "request-id": request_id,
                    "client-request-id": request_id,
                },
            }
        }
        return web.json_response(
            body, status=status, headers={"request-id": request_id, **(headers or {})}
        )

    async def _admit(self, request: web.Request) -> tuple[GraphRequest, web.Response | None]:
        """Record the request; answer with an error when it is not to be carried out."""
        try:
            body = await request.json() if request.can_read_body else {}
        except ValueError:
            body = {}
        seen = GraphRequest(
            request.method,
            request.path,
            request.match_info["upn"],
            request.match_info.get("event_id"),
            body,
            request.headers.get("Authorization"),
        )
        self.requests.append(seen)
        auth = seen.authorization or ""
        if not auth.startswith("Bearer ") or auth[7:] not in self.issued_tokens:
            return seen, self._error(401)
        if self._failures:
            failure = self._failures.pop(0)
            headers = {}
            if failure.retry_after is not None:
                headers["Retry-After"] = f"{failure.retry_after:g}"
            return seen, self._error(failure.status, failure.code, headers)
        return seen, None

    async def _maybe_late(self) -> None:
        if self._late:
            await asyncio.sleep(self._late.pop(0))

    def _event_json(self, event_id: str, stored: StoredEvent) -> dict[str, Any]:
        event = stored.event
        online = None
        if event.get("isOnlineMeeting"):
            thread = base64.b32encode(event_id.encode()).decode().strip("=").lower()
            online = {
                "joinUrl": (
                    f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}"
                    f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{self.tenant_id}%22%7d"
                )
            }
        return {
            "@odata.context": (
                f"https://graph.microsoft.com/v1.0/$metadata#users('{stored.organizer}')"
                "/events/$entity"
            ),
            "id": event_id,
            "subject": event.get("subject"),
            "body": event.get("body"),
            "start": event.get("start"),
            "end": event.get("end"),
            "location": event.get("location", {"displayName": ""}),
            "attendees": [
                {**a, "status": {"response": "none", "time": "0001-01-01T00:00:00Z"}}
                for a in event.get("attendees", [])
            ],
            "organizer": {"emailAddress": {"address": stored.organizer, "name": ""}},
            "isOrganizer": True,
            "isCancelled": stored.cancelled,
            "isOnlineMeeting": bool(event.get("isOnlineMeeting")),
            "onlineMeetingProvider": event.get("onlineMeetingProvider", "unknown"),
            "onlineMeeting": online,
            "transactionId": stored.transaction_id,
            "webLink": (
                f"https://outlook.office365.com/owa/?itemid={quote(event_id, safe='')}"
                "&exvsurl=1&path=/calendar/item"
            ),
        }

    async def _create(self, request: web.Request) -> web.Response:
        seen, refused = await self._admit(request)
        if refused is not None:
            return refused
        transaction_id = seen.body.get("transactionId")
        for event_id, stored in self.events.items():  # Graph's duplicate suppression
            if transaction_id and stored.transaction_id == transaction_id:
                await self._maybe_late()
                return web.json_response(self._event_json(event_id, stored), status=201)
        event_id = f"AAMkADVmYzQ5Ny1mYWtlLWdyYXBo{next(self._event_ids):04d}AAA="
        self.events[event_id] = StoredEvent(
            organizer=seen.upn, event=dict(seen.body), transaction_id=transaction_id
        )
        await self._maybe_late()
        return web.json_response(self._event_json(event_id, self.events[event_id]), status=201)

    async def _update(self, request: web.Request) -> web.Response:
        seen, refused = await self._admit(request)
        if refused is not None:
            return refused
        stored = self.events.get(seen.event_id or "")
        if stored is None or stored.organizer.lower() != seen.upn.lower():
            return self._error(404)
        stored.history.append(dict(stored.event))
        stored.event.update(seen.body)
        await self._maybe_late()
        return web.json_response(self._event_json(seen.event_id or "", stored))

    async def _cancel(self, request: web.Request) -> web.Response:
        seen, refused = await self._admit(request)
        if refused is not None:
            return refused
        stored = self.events.get(seen.event_id or "")
        if stored is None or stored.organizer.lower() != seen.upn.lower() or stored.cancelled:
            return self._error(404)
        stored.cancelled = True
        stored.cancel_comment = seen.body.get("comment") or seen.body.get("Comment")
        await self._maybe_late()
        return web.Response(status=202)
