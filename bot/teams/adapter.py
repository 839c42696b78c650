"""Build the CloudAdapter from our Settings (Bot Framework configuration names).

:class:`TeamsAdapter` is botbuilder's CloudAdapter — its authentication and its turn — with
what a turn *says* sent through :mod:`bot.teams.transport` (plain aiohttp, JSON) instead of
an msrest ConnectorClient. In botbuilder 4.17 a turn's replies leave through
``CloudAdapterBase.send_activities`` and ``update_activity``; both are overridden here, and
``delay``, ``invokeResponse`` and ``trace`` activities still go to botbuilder's own code.
"""

from __future__ import annotations

import logging
import traceback
from types import SimpleNamespace
from typing import Any

import requests
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ActivityTypes, CallerIdConstants, ResourceResponse
from botframework.connector import Channels
from botframework.connector.auth import AuthenticationConstants
from msrest.exceptions import ClientRequestError

from bot.config import Settings
from bot.teams.connectors import ReusingBotFrameworkAuthentication
from bot.teams.keys import install_signing_keys, metadata_urls
from bot.teams.schema import activity_json
from bot.teams.transport import (
    ActivityTransport,
    AiohttpTransport,
    BotTokens,
    ConnectorUnreachable,
)

log = logging.getLogger(__name__)

APOLOGY = "Beklager, noe gikk galt hos meg. Prøv igjen om litt."
CREDENTIALS_URL = "https://smba.trafficmanager.net/teams/"
"""Any connector address: the credentials are the same for all; the client is never used."""
PASSED_ON = ("delay", ActivityTypes.invoke_response)
"""Activities botbuilder's own send_activities handles without the connector."""


class TeamsAdapter(CloudAdapter):  # type: ignore[misc]  # botbuilder is untyped
    """CloudAdapter whose turns speak through an :class:`ActivityTransport`."""

    def __init__(self, auth: ReusingBotFrameworkAuthentication, app_id: str) -> None:
        super().__init__(auth)
        self.app_id = app_id
        self.transport: ActivityTransport = AiohttpTransport(BotTokens(self.credentials))

    async def credentials(self) -> Any:
        """The app credentials botbuilder builds for this bot (audience, login endpoint and
        all), from the connector client its factory makes for proactive sends (kept)."""
        claims = self.create_claims_identity(self.app_id)
        factory = self.bot_framework_authentication.create_connector_factory(claims)
        client = await factory.create(CREDENTIALS_URL, None)
        return client.config.credentials

    async def send_activities(
        self, context: TurnContext, activities: list[Activity]
    ) -> list[ResourceResponse]:
        responses: list[ResourceResponse] = []
        for activity in activities:
            if activity.type in PASSED_ON or (
                activity.type == ActivityTypes.trace and activity.channel_id != Channels.emulator
            ):
                responses.extend(await super().send_activities(context, [activity]))
                continue
            activity.id = None
            incoming = context.activity
            conversation = activity.conversation or incoming.conversation
            sent = await self.transport.post(
                activity.service_url or incoming.service_url,
                conversation.id,
                activity_json(activity),
                reply_to=activity.reply_to_id,
            )
            responses.append(ResourceResponse(id=sent or ""))
        return responses

    async def reply(self, context: TurnContext, payload: dict[str, Any]) -> str | None:
        """Send ``payload`` (JSON, e.g. :func:`bot.teams.convert.reply_json`) as a reply to the
        turn's activity: what ``context.send_activity`` does — addressed as botbuilder's
        ``get_conversation_reference``/``apply_conversation_reference`` would — without its
        deep copy of the activity (cards included) and the model round trip."""
        incoming = context.activity
        reply_to = incoming.id
        if incoming.type == ActivityTypes.conversation_update or incoming.channel_id in (
            Channels.direct_line,
            Channels.webchat,
        ):
            reply_to = None
        addressed = {
            "inputHint": "acceptingInput",
            **payload,
            "channelId": incoming.channel_id,
            "locale": incoming.locale,
            "serviceUrl": incoming.service_url,
            "conversation": activity_json(incoming.conversation),
            "from": activity_json(incoming.recipient) if incoming.recipient else None,
            "recipient": activity_json(incoming.from_property) if incoming.from_property else None,
            "replyToId": reply_to,
        }
        clean = {key: value for key, value in addressed.items() if value is not None}
        context.responded = True
        return await self.transport.post(
            incoming.service_url, incoming.conversation.id, clean, reply_to=reply_to
        )

    async def update_activity(self, context: TurnContext, activity: Activity) -> Any:
        incoming = context.activity
        conversation = activity.conversation or incoming.conversation
        await self.transport.update(
            activity.service_url or incoming.service_url,
            conversation.id,
            activity.id,
            activity_json(activity),
        )
        return ResourceResponse(id=activity.id)

    async def close(self) -> None:
        """Close the transport's and botbuilder's HTTP sessions (at shutdown)."""
        close = getattr(self.transport, "close", None)
        if close is not None:
            await close()
        auth = self.bot_framework_authentication
        if isinstance(auth, ReusingBotFrameworkAuthentication):
            await auth.close()


def bot_framework_config(settings: Settings) -> SimpleNamespace:
    """The configuration botbuilder's ConfigurationBotFrameworkAuthentication reads.

    botbuilder takes each setting by its attribute name (``APP_ID``, ``TO_BOT_FROM_…``) with
    ``getattr``/``hasattr`` and treats a missing one as unset, so a namespace of the names we
    set is the whole contract.
    """
    names: dict[str, str] = {
        "APP_ID": settings.app_id,
        "APP_PASSWORD": settings.app_password,
        "APP_TYPE": settings.app_type,
        "APP_TENANTID": settings.app_tenant_id,
    }
    if settings.openid_metadata_url or settings.token_issuer:
        names |= _token_endpoints(settings)
    return SimpleNamespace(**names)


def create_adapter(settings: Settings) -> TeamsAdapter:
    config = bot_framework_config(settings)
    install_signing_keys(metadata_urls(settings.openid_metadata_url))  # never on the loop
    adapter = TeamsAdapter(ReusingBotFrameworkAuthentication(config), settings.app_id)
    adapter.on_turn_error = _on_turn_error
    return adapter


def _token_endpoints(settings: Settings) -> dict[str, str]:
    """Only for tests and sovereign clouds: where the channel's signing keys are published.

    Setting any of these switches botbuilder to its "parameterized" authentication, which
    has no defaults at all: without an issuer every token is refused, and without a login
    URL no reply can be sent. Everything not configured keeps the public cloud's value.
    """
    public = AuthenticationConstants
    return {
        "TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL": settings.openid_metadata_url
        or public.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": settings.token_issuer
        or public.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER,
        "TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL": public.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL,
        "TO_CHANNEL_FROM_BOT_LOGIN_URL": public.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX,
        "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE": public.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
        "OAUTH_URL": public.OAUTH_URL,
        "CALLER_ID": CallerIdConstants.public_azure_channel,
    }


async def _on_turn_error(context: TurnContext, error: Exception) -> None:
    """Log the failure (type only, never message text) and tell the user kindly."""
    # The traceback's frames, not the exception's message: a message could quote user text.
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error(
        "turn failed: %s in %s activity\n%s", type(error).__name__, context.activity.type, frames
    )
    if context.activity.type == "message" and not _connector_unreachable(error):
        try:
            await context.send_activity(APOLOGY)
        except Exception as send_error:  # the connector itself may be what failed
            log.warning("could not send the apology: %s", type(send_error).__name__)


def _connector_unreachable(error: BaseException) -> bool:
    """The connector itself did not answer (timeout, refused): an apology would wait as long."""
    return isinstance(
        error,
        ConnectorUnreachable | ClientRequestError | TimeoutError | requests.RequestException,
    )
