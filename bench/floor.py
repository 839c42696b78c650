"""The floor: what a turn costs with aiohttp alone, no botbuilder and no domain logic.

The same protocol as the bots: a Teams activity in on ``/api/messages``, a reply with an
Adaptive Card posted to ``{serviceUrl}v3/conversations/{id}/activities/{activityId}``, then
201. The card is one of SLT-boten's real answer cards, computed once at start, so the reply
weighs what ours weigh. Nothing is checked or authenticated: this is a lower bound for
comparison, not a bot. Run it as its own process: ``python -m bench.floor --port 3980``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
from aiohttp import web

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SESSION = web.AppKey("session", aiohttp.ClientSession)


def sample_card() -> dict[str, Any]:
    """A real answer card of ours ("hvem sitter i politirådet?" for Våler)."""
    from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
    from bot.knowledge.index import KnowledgeBase
    from bot.routing import SltBot
    from bot.storage.sqlite import SqliteStore

    bot = SltBot(
        KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR), SqliteStore.open(":memory:"), Settings()
    )
    return dict(asyncio.run(bot.answer("hvem sitter i politirådet?", "valer")).cards[0])


def create_app(card: dict[str, Any]) -> web.Application:
    async def messages(request: web.Request) -> web.Response:
        activity = json.loads(await request.read())
        conversation = activity["conversation"]
        reply = {
            "type": "message",
            "from": activity.get("recipient"),
            "recipient": activity.get("from"),
            "conversation": conversation,
            "replyToId": activity["id"],
            "attachments": [{"contentType": CARD_CONTENT_TYPE, "content": card}],
        }
        url = (
            f"{activity['serviceUrl'].rstrip('/')}/v3/conversations/{conversation['id']}"
            f"/activities/{activity['id']}"
        )
        async with request.app[SESSION].post(url, json=reply) as response:
            await response.read()
        return web.Response(status=201)

    async def session(app: web.Application) -> AsyncIterator[None]:
        app[SESSION] = aiohttp.ClientSession()
        yield
        await app[SESSION].close()

    app = web.Application()
    app.router.add_post("/api/messages", messages)
    app.cleanup_ctx.append(session)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=3980)
    args = parser.parse_args(argv)
    web.run_app(
        create_app(sample_card()), host="127.0.0.1", port=args.port, print=None, access_log=None
    )


if __name__ == "__main__":
    main()
