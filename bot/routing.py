"""The bot's domain façade: a neutral request in, replies out. Knows nothing of Teams.

A message goes: privacy guard → (routine | knowledge intent | command) → Reply.
Card actions go by verb to the handler registered for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.config import Settings
from bot.features import answers
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.store import Store
from bot.understanding import Intent, Understanding

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
"""Longer messages are not questions; only the privacy guard reads them in full."""


class Scope(StrEnum):
    PERSONAL = "personal"
    GROUP_CHAT = "groupChat"
    CHANNEL = "channel"


@dataclass(frozen=True)
class Request:
    """One incoming message or card action, in domain terms."""

    text: str
    conversation_key: str
    user_id: str
    user_aad_id: str | None = None
    user_name: str | None = None
    tenant_id: str | None = None
    scope: Scope = Scope.PERSONAL
    addressed: bool = True
    """False for channel messages Teams delivers without an @mention (RSC permission)."""


ActionHandler = Callable[["SltBot", Request, dict[str, Any]], Reply | None]


class SltBot:
    """Everything the bot does, behind two calls: ``on_message`` and ``on_action``."""

    def __init__(self, kb: KnowledgeBase, store: Store, settings: Settings) -> None:
        self.kb = kb
        self.store = store
        self.settings = settings
        self.understanding = Understanding(kb)
        self.actions: dict[str, ActionHandler] = {}
        self._remembered: set[str] = set()

    # --- who, where ----------------------------------------------------------------------

    def kommune_id_for(self, request: Request) -> str:
        linked = self.store.kommune_for(request.conversation_key)
        if linked and linked in self.kb.kommuner:
            return linked
        return self.settings.default_kommune

    def is_admin(self, request: Request) -> bool:
        """Coordinator/admin rights for commands that change state.

        With no admins configured (local use) everyone may; in production ``SLT_ADMINS``
        lists Entra object ids or UPNs.
        """
        if not self.settings.admins:
            return True
        ids = {x.lower() for x in (request.user_aad_id, request.user_id) if x}
        return bool(ids & self.settings.admins)

    def remember_conversation(
        self, key: str, scope: Scope, reference: dict[str, Any], request: Request
    ) -> None:
        """Store how to reach a conversation later; written once per conversation and run."""
        if key in self._remembered:
            return
        self.store.save_reference(key, scope.value, reference, self.kommune_id_for(request))
        self._remembered.add(key)

    # --- messages ------------------------------------------------------------------------

    def on_message(self, request: Request) -> list[Reply]:
        if not request.addressed:
            return []
        text = request.text.strip()
        if not text:
            return [answers.help_reply(self.kb.get(self.kommune_id_for(request)), self.kb)]
        return [self.answer(text[:MAX_QUESTION_CHARS], self.kommune_id_for(request), request)]

    def answer(self, text: str, kommune_id: str, request: Request | None = None) -> Reply:
        """Answer one question for a kommune (also used by the console and ``ask``)."""
        understood = self.understanding.understand(text, kommune_id)
        index = self.kb.get(understood.kommune_id or kommune_id)
        if understood.intent is Intent.LINK_TEAM:
            return self._link_team(understood.kommune_id, understood.kommune_named, request)
        if understood.intent is Intent.HELP:
            return answers.help_reply(index, self.kb)
        if index is None:
            return answers.fallback(None, self.kb)
        handler = answers.ANSWERS.get(understood.intent)
        if handler is not None:
            return handler(index, understood)
        if understood.intent is Intent.GREETING:
            return answers.greeting(index, self.kb)
        return answers.fallback(index, self.kb)

    def _link_team(self, kommune_id: str | None, named: bool, request: Request | None) -> Reply:
        if request is None:
            return Reply("Kobling til kommune gjøres i Teams.", intent=Intent.LINK_TEAM)
        if not named or kommune_id is None:
            known = ", ".join(i.kommune.short_name for i in self.kb.kommuner.values())
            return Reply(
                f"Hvilken kommune skal dette teamet bruke? Skriv for eksempel «koble teamet til "
                f"gjesdal». Kjente kommuner: {known}.",
                intent=Intent.LINK_TEAM,
            )
        if not self.is_admin(request):
            return Reply(
                "Bare SLT-koordinatoren kan koble teamet til en kommune. Ta kontakt med "
                "koordinatoren om det skal endres.",
                intent=Intent.LINK_TEAM,
            )
        index = self.kb.kommuner[kommune_id]
        self.store.link(
            request.conversation_key, kommune_id, request.user_aad_id or request.user_id
        )
        log.info("conversation linked to kommune %s", kommune_id)
        return Reply(
            f"Klart! Dette teamet bruker nå SLT-planen for {index.kommune.name}.",
            intent=Intent.LINK_TEAM,
            facts={"kommune": kommune_id},
        )

    # --- card actions --------------------------------------------------------------------

    def register_action(self, verb: str, handler: ActionHandler) -> None:
        self.actions[verb] = handler

    def on_action(self, request: Request, data: dict[str, Any]) -> Reply | None:
        """A card button was pressed. Unknown or forged payloads get a kind answer."""
        verb = data.get("verb")
        handler = self.actions.get(verb) if isinstance(verb, str) else None
        if handler is None:
            log.info("card action with unknown verb ignored")
            return Reply(
                "Den knappen kjenner jeg ikke igjen. Prøv å spørre på nytt.", intent="action"
            )
        return handler(self, request, data)

    def index_for(self, request: Request) -> KommuneIndex:
        return self.kb.kommuner[self.kommune_id_for(request)]
