"""Build the CloudAdapter from our Settings (Bot Framework configuration names)."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass, replace

import requests
from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import CallerIdConstants
from botframework.connector.auth import AuthenticationConstants
from msrest.exceptions import ClientRequestError

from bot.config import Settings
from bot.teams.connectors import ReusingBotFrameworkAuthentication
from bot.teams.keys import install_signing_keys, metadata_urls

log = logging.getLogger(__name__)

APOLOGY = "Beklager, noe gikk galt hos meg. Prøv igjen om litt."


@dataclass(frozen=True)
class BotFrameworkConfig:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str
    TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL: str | None = None
    TO_BOT_FROM_CHANNEL_TOKEN_ISSUER: str | None = None
    TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL: str | None = None
    TO_CHANNEL_FROM_BOT_LOGIN_URL: str | None = None
    TO_CHANNEL_FROM_BOT_OAUTH_SCOPE: str | None = None
    OAUTH_URL: str | None = None
    CALLER_ID: str | None = None


def create_adapter(settings: Settings) -> CloudAdapter:
    config = BotFrameworkConfig(
        APP_ID=settings.app_id,
        APP_PASSWORD=settings.app_password,
        APP_TYPE=settings.app_type,
        APP_TENANTID=settings.app_tenant_id,
    )
    if settings.openid_metadata_url or settings.token_issuer:
        config = _with_token_endpoints(config, settings)
    install_signing_keys(metadata_urls(settings.openid_metadata_url))  # never on the loop
    adapter = CloudAdapter(ReusingBotFrameworkAuthentication(config))
    adapter.on_turn_error = _on_turn_error
    return adapter


def _with_token_endpoints(config: BotFrameworkConfig, settings: Settings) -> BotFrameworkConfig:
    """Only for tests and sovereign clouds: where the channel's signing keys are published.

    Setting any of these switches botbuilder to its "parameterized" authentication, which
    has no defaults at all: without an issuer every token is refused, and without a login
    URL no reply can be sent. Everything not configured keeps the public cloud's value.
    """
    return replace(
        config,
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=settings.openid_metadata_url
        or AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=settings.token_issuer
        or AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER,
        TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL=(
            AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL
        ),
        TO_CHANNEL_FROM_BOT_LOGIN_URL=AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX,
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE=AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
        OAUTH_URL=AuthenticationConstants.OAUTH_URL,
        CALLER_ID=CallerIdConstants.public_azure_channel,
    )


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
    return isinstance(error, ClientRequestError | TimeoutError | requests.RequestException)
