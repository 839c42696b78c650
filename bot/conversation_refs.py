"""How to reach a conversation later: its Bot Framework reference, stored once per conversation
and run, for proactive posts (reminders, calls). Kept apart from the turn (bot/routing.py): a
stored reference is not a target – posts go only to channels a coordinator chose
(``bot.features.channels``)."""

from __future__ import annotations

import logging
from typing import Any

from bot.messages import Request, Scope
from bot.storage import Repositories, StoreError
from bot.storage.records import ConversationRef

log = logging.getLogger(__name__)


class ConversationRefs:
    """The conversations whose reference this run has stored, and the store to write them."""

    def __init__(self, repos: Repositories) -> None:
        self._repos = repos
        self._remembered: set[str] = set()

    def remembers(self, key: str) -> bool:
        """Whether this conversation's reference was stored already in this run."""
        return key in self._remembered

    async def remember(
        self, key: str, scope: Scope, reference: dict[str, Any], request: Request
    ) -> None:
        """Store how to reach a conversation later; written once per conversation and run.

        Only for messages to the bot."""
        if key in self._remembered:
            return
        if not request.addressed:
            return  # a message merely seen (RSC, no @mention) stores nothing
        # Never the default kommune: only a link says which kommune a conversation is.
        linked = await self._repos.team_links.kommune_for(request.conversation_key)
        try:
            await self._repos.conversations.save(
                ConversationRef(key, scope.value, reference, linked)
            )
        except StoreError:  # the answer has gone out; a later turn stores the reference
            log.warning("conversation reference not stored: the database is not writable")
            return
        self._remembered.add(key)

    def forget(self) -> None:
        """Store conversation references again on the next turn (after a kommune change)."""
        self._remembered.clear()


__all__ = ["ConversationRefs"]
