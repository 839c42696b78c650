"""A coordinator's short conversation in the team channel, over HTTP, and what a reader sees."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.clock import FixedClock
from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import start_bot


def visible(node: Any) -> list[str]:
    """What a reader sees: every text and title in the activity, not the actions' data."""
    if isinstance(node, dict):
        shown = [str(node[k]) for k in ("text", "title") if isinstance(node.get(k), str)]
        return shown + [s for k, v in node.items() if k != "data" for s in visible(v)]
    if isinstance(node, list):
        return [s for item in node for s in visible(item)]
    return []


async def said_in_channel(
    settings: Settings,
    kb: KnowledgeBase,
    connector: FakeConnector,
    sender: dict[str, Any],
    texts: tuple[str, ...],
    *,
    now: dt.datetime,
    people: dict[str, Any] | None = None,
) -> list[dict[str, Any]]:
    """Start the real bot at ``now``, let ``sender`` @mention it with each text in the
    channel, and return the replies (one per text)."""
    server, client = await start_bot(settings, kb, people=people or {}, clock=FixedClock(now))
    try:
        for text in texts:
            await client.post(
                message(text, connector.url, scope="channel", mention=True, sender=sender)
            )
        return list(await connector.wait_for(len(texts)))
    finally:
        await client.session.close()
        await server.close()
