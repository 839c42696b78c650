"""The baseline: an echo bot written the way Microsoft's Python echo sample is written.

BotBuilder-Samples ``samples/python/02.echo-bot`` (``app.py``, ``bots/echo_bot.py``,
``config.py``) on the same botbuilder packages as SLT-boten: a ``CloudAdapter`` over
``ConfigurationBotFrameworkAuthentication``, an ``ActivityHandler`` that echoes, and an
aiohttp route that hands the request to ``adapter.process``. The per-turn work is the
sample's; only the module globals are built in ``create_app`` so the port can be chosen.

Run it as its own process: ``python -m bench.echo_sample --port 3979`` (loopback only).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback

from aiohttp import web
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.core.integration import aiohttp_error_middleware
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication

ENV = os.environ


class DefaultConfig:
    """The sample's config.py: the Bot Framework settings from the environment."""

    PORT = 3978
    APP_ID = ENV.get("MicrosoftAppId", "")
    APP_PASSWORD = ENV.get("MicrosoftAppPassword", "")
    APP_TYPE = ENV.get("MicrosoftAppType", "MultiTenant")
    APP_TENANTID = ENV.get("MicrosoftAppTenantId", "")


class EchoBot(ActivityHandler):  # type: ignore[misc]  # botbuilder is untyped
    """The sample's bots/echo_bot.py."""

    async def on_members_added_activity(self, members_added, turn_context: TurnContext):  # type: ignore[no-untyped-def]
        for member in members_added:
            if member.id != turn_context.activity.recipient.id:
                await turn_context.send_activity("Hello and welcome!")

    async def on_message_activity(self, turn_context: TurnContext):  # type: ignore[no-untyped-def]
        return await turn_context.send_activity(
            MessageFactory.text(f"Echo: {turn_context.activity.text}")
        )


async def on_error(context: TurnContext, error: Exception) -> None:
    print(f"\n [on_turn_error] unhandled error: {error}", file=sys.stderr)
    traceback.print_exc()
    await context.send_activity("The bot encountered an error or bug.")


def create_app() -> web.Application:
    adapter = CloudAdapter(ConfigurationBotFrameworkAuthentication(DefaultConfig()))
    adapter.on_turn_error = on_error
    bot = EchoBot()

    async def messages(req: web.Request) -> web.Response:
        response: web.Response = await adapter.process(req, bot)
        return response

    app = web.Application(middlewares=[aiohttp_error_middleware])
    app.router.add_post("/api/messages", messages)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=DefaultConfig.PORT)
    args = parser.parse_args(argv)
    web.run_app(create_app(), host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
