"""A fake Bot Framework token service: the channel's signing keys, and tokens signed with them.

Bot Framework signs what it sends a bot with keys it publishes behind an OpenID metadata
document; each key lists the channels it is endorsed for (``"endorsements": ["msteams", …]``).
:class:`TokenAuthority` publishes its own RSA key the same way, mints tokens with the claims
Bot Framework uses (``iss``, ``aud`` = the bot's app id, ``serviceurl``, ``nbf``, ``exp``), and
stands in for Entra's client-credentials endpoint that gives the bot its own token for
replies. It records what it was asked, so tests can say what happened at the edge.

Point the bot at it with ``Settings(openid_metadata_url=authority.metadata_url,
token_issuer=authority.issuer)``. botbuilder caches metadata per URL for a day, so every
authority gets a URL of its own (a random first path segment).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
import requests
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.auxil.loop_thread import LoopThread

BOT_FRAMEWORK_ISSUER = "https://api.botframework.com"
"""The issuer of channel → bot tokens (botbuilder's TO_BOT_FROM_CHANNEL_TOKEN_ISSUER)."""


@dataclass
class SigningKey:
    kid: str
    private: rsa.RSAPrivateKey

    @classmethod
    def generate(cls, kid: str | None = None) -> SigningKey:
        private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        return cls(kid or f"test-key-{uuid.uuid4().hex[:8]}", private)

    def jwk(self, endorsements: list[str]) -> dict[str, Any]:
        public = RSAAlgorithm.to_jwk(self.private.public_key(), as_dict=True)
        return {**public, "kid": self.kid, "use": "sig", "endorsements": endorsements}


@dataclass
class TokenAuthority:
    """The channel's token service on a loopback port (its own thread: see loop_thread)."""

    issuer: str = BOT_FRAMEWORK_ISSUER
    endorsements: list[str] = field(default_factory=lambda: ["msteams"])
    key: SigningKey = field(default_factory=SigningKey.generate)
    fetched: list[str] = field(default_factory=list)
    """Paths of metadata and key requests, in order."""
    issued_to_bots: list[dict[str, str]] = field(default_factory=list)
    """Client-credentials requests the bot made for its replies (client id, authority)."""
    app_secrets: dict[str, str] = field(default_factory=dict)
    failing: int | None = None
    """An HTTP status to answer metadata and key requests with (the key service is broken)."""
    hanging: bool = False
    """Accept metadata and key requests and never answer them (the key service hangs)."""

    def __post_init__(self) -> None:
        self._tenant = uuid.uuid4().hex
        self._loop: LoopThread | None = None
        self._runner: web.AppRunner | None = None
        self._base = ""

    # --- lifecycle ------------------------------------------------------------------------

    def start(self) -> TokenAuthority:
        self._loop = LoopThread("token-authority")
        self._base = self._loop.run(self._serve())
        return self

    async def _serve(self) -> str:
        app = web.Application()
        app.router.add_get("/{tenant}/.well-known/openid-configuration", self._metadata)
        app.router.add_get("/{tenant}/keys", self._keys)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._client_credentials)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        host, port = self._runner.addresses[0][:2]
        return f"http://{host}:{port}/{self._tenant}"

    def close(self) -> None:
        if self._loop is not None and self._runner is not None:
            self._loop.run(self._runner.cleanup())
            self._loop.stop()

    @property
    def metadata_url(self) -> str:
        return f"{self._base}/.well-known/openid-configuration"

    # --- tokens ---------------------------------------------------------------------------

    def register_bot(self, app_id: str, secret: str) -> None:
        """The Entra app registration the bot signs in with for its replies."""
        self.app_secrets[app_id] = secret

    def token(
        self,
        *,
        app_id: str,
        service_url: str,
        issuer: str | None = None,
        audience: str | None = None,
        lifetime: dt.timedelta = dt.timedelta(hours=1),
        issued: dt.datetime | None = None,
        key: SigningKey | None = None,
        algorithm: str = "RS256",
        **claims: Any,
    ) -> str:
        """A channel → bot token as Bot Framework makes it; every part can be made wrong."""
        issued = issued or dt.datetime.now(dt.UTC)
        payload = {
            "iss": issuer or self.issuer,
            "aud": audience or app_id,
            "serviceurl": service_url,
            "nbf": int(issued.timestamp()),
            "iat": int(issued.timestamp()),
            "exp": int((issued + lifetime).timestamp()),
            **claims,
        }
        signer = key or self.key
        return jwt.encode(payload, signer.private, algorithm=algorithm, headers={"kid": signer.kid})

    @staticmethod
    def header(token: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"}

    def bot_token(self, credentials: Any) -> str:
        """What botbuilder's MicrosoftAppCredentials gets from Entra, asked over HTTP here."""
        response = requests.post(
            f"{self._base}/oauth2/v2.0/token",
            data={
                "grant_type": "client_credentials",
                "client_id": credentials.microsoft_app_id,
                "client_secret": credentials.microsoft_app_password,
                "scope": f"{credentials.oauth_scope}/.default",
                "authority": credentials.oauth_endpoint or "",
            },
            timeout=5,
        )
        body = response.json()
        if "access_token" not in body:
            raise PermissionError(f"Failed to get access token with error: {body.get('error')}")
        return body["access_token"]

    # --- the HTTP side --------------------------------------------------------------------

    async def _trouble(self) -> web.Response | None:
        if self.hanging:
            await asyncio.Event().wait()  # until the client gives up or the server closes
        if self.failing is not None:
            return web.json_response({"error": "unavailable"}, status=self.failing)
        return None

    async def _metadata(self, request: web.Request) -> web.Response:
        self.fetched.append(request.path)
        if trouble := await self._trouble():
            return trouble
        return web.json_response(
            {
                "issuer": self.issuer,
                "authorization_endpoint": f"{self._base}/authorize",
                "jwks_uri": f"{self._base}/keys",
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            }
        )

    async def _keys(self, request: web.Request) -> web.Response:
        self.fetched.append(request.path)
        if trouble := await self._trouble():
            return trouble
        return web.json_response({"keys": [self.key.jwk(list(self.endorsements))]})

    async def _client_credentials(self, request: web.Request) -> web.Response:
        form = await request.post()
        client_id, secret = str(form.get("client_id", "")), str(form.get("client_secret", ""))
        self.issued_to_bots.append({"client_id": client_id, "authority": str(form["authority"])})
        if self.app_secrets.get(client_id) != secret:
            return web.json_response({"error": "invalid_client"}, status=401)
        now = dt.datetime.now(dt.UTC)
        scope = str(form.get("scope", "")).removesuffix("/.default")
        token = jwt.encode(
            {"aud": scope, "appid": client_id, "exp": int(now.timestamp()) + 3600},
            self.key.private,
            algorithm="RS256",
            headers={"kid": self.key.kid},
        )
        return web.json_response({"access_token": token, "token_type": "Bearer"})
