"""ONE registry for everything the bot can be asked to do.

Questions, coordinator commands, card verbs and follow-ups are all registered here, each as a
:class:`Handler` — a name, a ``check`` that says whether this turn is for it, an
:class:`Policy` checked *before* the handler runs, and ``handle`` which makes the reply.
The model is python-telegram-bot's ``Application``: message handlers are tried in priority
groups (lower number first, registration order within a group, the first whose check matches
wins); there is one fallback and one error path. Card verbs are looked up by their verb,
follow-ups (what a reply causes after the turn: a note to the coordinator, a redrawn call
card) by their ``to``.

Features register their handlers with a ``register(router)`` function; the router knows
nothing about SLT. A new command is one ``router.add(...)`` line in its feature.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.features.reply import Followup, Reply
from bot.frozen_init import quick_init
from bot.messages import Request
from bot.text import fold, strip_mentions

if TYPE_CHECKING:
    from bot.access import Who
    from bot.knowledge.index import KommuneIndex
    from bot.routing import SltBot
    from bot.understanding import Understood

log = logging.getLogger(__name__)

# Priority groups. Lower runs first; a feature may use any integer.
DANGER = -100
"""Acute danger and disclosures: nothing may answer before them."""
COMMANDS = -10
"""Commands that change something (innkall, avlys, flytt, koble, last inn)."""
ROUTINES = 0
"""«Hva gjør jeg …» routines, unless the question is plainly about the organisation."""
QUESTIONS = 10
"""Questions about the organisation, the plan and the tiltak."""
SMALL_TALK = 100
"""Greetings and help: only when nothing else matched."""


@quick_init
@dataclass(frozen=True)
class Turn:
    """What a handler gets: the bot (the application), who asked, and what was understood.

    One object for questions, commands and card clicks alike, like python-telegram-bot's
    ``CallbackContext``; ``request`` is None in the console without a person behind it.
    """

    bot: SltBot
    request: Request | None
    kommune_id: str
    text: str = ""
    understood: Understood | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    who: Who | None = None
    """The sender, resolved once per turn (None in the console without a person)."""
    folded: str | None = None
    """``fold(strip_mentions(text))`` when the caller has it already: read :attr:`folded_text`."""

    @functools.cached_property
    def folded_text(self) -> str:
        """The text as matching reads it: the caller's ``folded``, else folded once per turn
        (handlers read it several times a turn)."""
        return self.folded if self.folded is not None else fold(strip_mentions(self.text))

    @property
    def index(self) -> KommuneIndex:
        return self.bot.kb.kommuner[self.kommune_id]

    @property
    def by(self) -> str:
        """Who did it, as stored beside an answer or a change: the Teams name, else the id."""
        if self.request is None:
            return "Ukjent"
        return self.request.sender.name or self.request.sender.id

    @property
    def identities(self) -> set[str]:
        """Everything that identifies the sender (ids and the roster's UPN/e-mail)."""
        return set(self.who.identities) if self.who is not None else set()


Check = Callable[[Turn], bool]
Allows = Callable[[Turn], bool | Awaitable[bool]]
"""A policy's test: plain, or a coroutine when it reads stored data."""
Handle = Callable[[Turn], Reply | Awaitable[Reply]]
"""A handler: a plain function, or a coroutine function when it reads or writes stored data."""


@dataclass(frozen=True)
class Policy:
    """Who may use a handler. Checked by the router before ``handle`` runs.

    ``refusal`` is what the person is told when they may not; it names whom to ask instead.
    """

    name: str
    allows: Allows
    refusal: str = "Det har du ikke tilgang til. Ta kontakt med SLT-koordinatoren."


ANYONE = Policy("anyone", lambda turn: True)


@dataclass(frozen=True)
class Handler:
    """One thing the bot does: ``check`` says whether a turn is for it, ``handle`` does it."""

    name: str
    check: Check
    handle: Handle
    access: Policy = ANYONE


FollowupHandle = Callable[[Followup], Awaitable[None]]
ErrorHandle = Callable[[Turn, Exception], Reply | None]


async def _settled(value: Any) -> Any:
    """A handler's or policy's result, awaited when it is a coroutine."""
    return await value if inspect.isawaitable(value) else value


@dataclass(frozen=True)
class IntentCheck:
    """A check matching understood questions of these intents (:func:`for_intents`); the
    router knows from ``intents`` alone which turns it can match."""

    intents: frozenset[str]

    def __call__(self, turn: Turn) -> bool:
        return turn.understood is not None and str(turn.understood.intent) in self.intents


def for_intents(*intents: str) -> Check:
    """A check matching understood questions of these intents."""
    return IntentCheck(frozenset(str(i) for i in intents))


class Router:
    """The registry and the dispatcher. Built once per bot; dispatching is a few calls."""

    def __init__(self) -> None:
        self._groups: dict[int, list[Handler]] = {}
        self._ordered: list[tuple[int, Handler]] | None = None
        """:meth:`handlers`, kept until the next registration (asked on every message)."""
        self._for_intent: dict[str | None, tuple[Handler, ...]] = {}
        """Per understood intent (None: nothing understood), the handlers in order whose check
        can match it: an :class:`IntentCheck` of other intents never does. Kept as above."""
        self._verbs: dict[str, Handler] = {}
        self._followups: dict[str, FollowupHandle] = {}
        self._fallback: Handler | None = None
        self._unknown_verb: Handler | None = None
        self._error: ErrorHandle | None = None

    # --- registration -------------------------------------------------------------------

    def add(self, handler: Handler, group: int = QUESTIONS) -> Handler:
        """Register a message handler in a priority group; names are unique."""
        if any(h.name == handler.name for hs in self._groups.values() for h in hs):
            raise ValueError(f"a handler named {handler.name!r} is registered already")
        self._groups.setdefault(group, []).append(handler)
        self._ordered = None
        self._for_intent = {}
        return handler

    def message(
        self,
        name: str,
        check: Check,
        handle: Handle,
        *,
        access: Policy = ANYONE,
        group: int = QUESTIONS,
    ) -> Handler:
        return self.add(Handler(name, check, handle, access), group)

    def command(self, intent: str, handle: Handle, *, access: Policy) -> Handler:
        """A command of one intent, tried before routines and questions, with its policy."""
        return self.message(
            f"command:{intent}", for_intents(intent), handle, access=access, group=COMMANDS
        )

    def verb(self, verb: str, handle: Handle, *, access: Policy = ANYONE) -> Handler:
        """A card button's verb and what it does (one handler per verb)."""
        if verb in self._verbs:
            raise ValueError(f"verb {verb!r} is registered already")
        handler = Handler(f"verb:{verb}", lambda turn: True, handle, access)
        self._verbs[verb] = handler
        return handler

    def followup(self, to: str, handle: FollowupHandle) -> None:
        """What to do after the turn with a reply's :class:`Followup` of this ``to``."""
        self._followups[to] = handle

    def fallback(self, handle: Handle) -> None:
        """The answer when no message handler matched."""
        self._fallback = Handler("fallback", lambda turn: True, handle)

    def unknown_verb(self, handle: Handle) -> None:
        """The answer to a card action whose verb nobody registered (stale or forged)."""
        self._unknown_verb = Handler("verb:unknown", lambda turn: True, handle)

    def error(self, handle: ErrorHandle) -> None:
        """The one error path: turns a handler's exception into a reply, or re-raises (None)."""
        self._error = handle

    # --- introspection --------------------------------------------------------------------

    @property
    def verbs(self) -> frozenset[str]:
        return frozenset(self._verbs)

    def handlers(self) -> list[tuple[int, Handler]]:
        """Every message handler with its group, in the order they are tried."""
        if self._ordered is None:
            self._ordered = [(g, h) for g in sorted(self._groups) for h in self._groups[g]]
        return list(self._ordered)

    def match(self, turn: Turn) -> Handler | None:
        """The message handler that would answer this turn (None: the fallback)."""
        intent = str(turn.understood.intent) if turn.understood is not None else None
        candidates = self._for_intent.get(intent)
        if candidates is None:
            candidates = self._for_intent[intent] = tuple(
                h
                for _, h in self.handlers()
                if not isinstance(h.check, IntentCheck) or intent in h.check.intents
            )
        for handler in candidates:
            if handler.check(turn):
                return handler
        return None

    # --- dispatch -------------------------------------------------------------------------

    async def dispatch(self, turn: Turn) -> Reply:
        """Answer a message: the first matching handler, else the fallback."""
        handler = self.match(turn) or self._fallback
        if handler is None:
            raise LookupError("no handler matched and no fallback is registered")
        return await self.run(handler, turn)

    async def dispatch_action(self, turn: Turn) -> Reply:
        """Answer a card click by its ``verb``."""
        verb = turn.data.get("verb")
        handler = self._verbs.get(verb) if isinstance(verb, str) else None
        if handler is None:
            log.info("card action with unknown verb ignored")
            handler = self._unknown_verb
        if handler is None:
            raise LookupError("unknown verb and no unknown-verb handler is registered")
        return await self.run(handler, turn)

    async def dispatch_followup(self, followup: Followup) -> None:
        handle = self._followups.get(followup.to)
        if handle is None:
            log.warning("follow-up %r has no handler; dropped", followup.to)
            return
        await handle(followup)

    async def run(self, handler: Handler, turn: Turn) -> Reply:
        """Check the access policy, then run the handler through the one error path (a
        policy's read of the store fails through it too)."""
        try:
            if not await _settled(handler.access.allows(turn)):
                log.info("%s refused by access policy %s", handler.name, handler.access.name)
                return Reply(handler.access.refusal, intent=f"{handler.name}.refused")
            answered: Reply = await _settled(handler.handle(turn))
            return answered
        except Exception as exc:
            if self._error is None:
                raise
            reply = self._error(turn, exc)
            if reply is None:
                raise
            return reply


__all__ = [
    "ANYONE",
    "COMMANDS",
    "DANGER",
    "QUESTIONS",
    "ROUTINES",
    "SMALL_TALK",
    "Handler",
    "Policy",
    "Router",
    "Turn",
    "for_intents",
]
