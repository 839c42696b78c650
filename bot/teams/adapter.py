"""Build the CloudAdapter from our Settings (Bot Framework configuration names)."""

from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import (
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
)

from bot.config import Settings

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


def create_adapter(settings: Settings) -> CloudAdapter:
    config = BotFrameworkConfig(
        APP_ID=settings.app_id,
        APP_PASSWORD=settings.app_password,
        APP_TYPE=settings.app_type,
        APP_TENANTID=settings.app_tenant_id,
        # Only for tests and sovereign clouds: where the channel's signing keys are published.
        TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=settings.openid_metadata_url or None,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=settings.token_issuer or None,
    )
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(config))
    adapter.on_turn_error = _on_turn_error
    return adapter


async def _on_turn_error(context: TurnContext, error: Exception) -> None:
    """Log the failure (type only, never message text) and tell the user kindly."""
    # The traceback's frames, not the exception's message: a message could quote user text.
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error(
        "turn failed: %s in %s activity\n%s", type(error).__name__, context.activity.type, frames
    )
    if context.activity.type == "message":
        try:
            await context.send_activity(APOLOGY)
        except Exception as send_error:  # the connector itself may be what failed
            log.warning("could not send the apology: %s", type(send_error).__name__)
