"""The bot's domain façade: a neutral request in, replies out. Knows nothing of Teams.

A message goes: privacy guard → (routine | knowledge intent | command) → Reply.
Card actions go by verb to the handler registered for it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.access import Access, Who, basis_text, parse_own_kommune
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.features import answers, meeting_chat, tiltak_answers
from bot.features.command_grammar import kind_of
from bot.features.ical import MeetingLinks, link_secret, team_token
from bot.features.meetings import (
    MeetingDesk,
)
from bot.features.privacy import PrivacyGuard, warning_text
from bot.features.reply import Followup, Reply
from bot.features.routine_answers import RoutineBook
from bot.features.tiltak import TiltakDesk
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import Kommune
from bot.people import PeopleMap, load_people
from bot.store import Store, StoreError
from bot.understanding import Intent, Understanding, Understood
from cards.kommune import kommune_choice_card
from cards.verbs import Verb

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
"""Longer messages are not questions; only the privacy guard reads them in full."""

STORE_BUSY = "Jeg fikk ikke lagret dette akkurat nå. Prøv igjen om litt."
"""When the database is locked or full: nothing was changed, and the person can try again."""


CONSOLE = "conv:console"
"""The conversation key of ``app.py ask`` and ``chat``."""


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
    channel_key: str | None = None
    """``channel:<id>`` for a channel message: where the group's meeting calls can go."""
    addressed: bool = True
    """False for channel messages Teams delivers without an @mention (RSC permission)."""


ActionHandler = Callable[["SltBot", Request, dict[str, Any]], Reply | None]

COMMAND_INTENTS = {
    "call": Intent.MEETING_CALL,
    "cancel": Intent.MEETING_CANCEL,
    "move": Intent.MEETING_MOVE,
}

MEETING_COMMANDS = frozenset(
    {Intent.MEETING_CALL, Intent.MEETING_CANCEL, Intent.MEETING_MOVE, Intent.LINK_CHANNEL}
)

TILTAK_INTENTS = frozenset(
    {
        Intent.TILTAK_MINE,
        Intent.TILTAK_STATUS,
        Intent.TILTAK_DEADLINE,
        Intent.TILTAK_OWNER,
        Intent.TILTAK_FOR_ROLE,
    }
)


class SltBot:
    """Everything the bot does, behind two calls: ``on_message`` and ``on_action``."""

    def __init__(
        self,
        kb: KnowledgeBase,
        store: Store,
        settings: Settings,
        *,
        clock: Clock | None = None,
        people: dict[str, PeopleMap] | None = None,
    ) -> None:
        self.kb = kb
        self.store = store
        self.settings = settings
        self.clock = clock or SystemClock()
        if people is None:
            people = {k: load_people(settings.people_dir, k) for k in kb.kommuner}
        self.access = Access(kb, store, settings.default_kommune)
        self.desk = TiltakDesk(kb, store, people)
        self.understanding = Understanding(kb)
        self.privacy = PrivacyGuard()
        self.routines = RoutineBook(kb)
        self.meetings = MeetingDesk(
            kb, store, self.desk.people, clock=self.clock, guard=self.privacy
        )
        if settings.public_base_url:
            self.meetings.links = MeetingLinks(settings.public_base_url, link_secret(store))
        self.actions: dict[str, ActionHandler] = {}
        self.reloader: Callable[[], str] | None = None
        """Set by the service: reload the knowledge files and say how it went."""
        self._remembered: set[str] = set()
        for verb in tiltak_answers.STATUS_FOR_VERB:
            self.register_action(verb, _tiltak_action)
        self.register_action(Verb.TILTAK_SET_DEADLINE, _tiltak_set_deadline)
        self.register_action(Verb.TILTAK_EXTEND_PLAN, _plan_extend)
        self.register_action(Verb.ROUTINE_STEP, _routine_step)
        self.register_action(Verb.ROUTINE_ANSWER, _routine_step)
        self.register_action(Verb.ROUTINE_START, _routine_start)
        for verb in (Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO, Verb.MEETING_AGENDA):
            self.register_action(verb, _meeting_click)
        self.register_action(Verb.KOMMUNE_CHOOSE, _kommune_chosen)
        self.register_action(Verb.MEETING_COMMAND, _meeting_command_button)

    # --- who, where ----------------------------------------------------------------------

    def kommune_id_for(self, request: Request) -> str:
        """The conversation's kommune for this sender (see :mod:`bot.access`)."""
        return self.access.resolve(request).kommune_id

    def identities(self, request: Request) -> set[str]:
        """Everything that identifies the sender: ids from Teams plus the roster's UPN/e-mail."""
        return set(self.access.identities(request))

    def is_admin(self, request: Request) -> bool:
        """Coordinator/admin rights for commands that change state.

        With no admins configured (local use) everyone may; in production ``SLT_ADMINS``
        lists Entra object ids or UPNs (a UPN matches through the team roster).
        """
        if not self.settings.admins:
            return True
        admins = {a.lower() for a in self.settings.admins}
        return bool(self.identities(request) & admins)

    def remembers(self, key: str) -> bool:
        """Whether this conversation's reference was stored already in this run."""
        return key in self._remembered

    def remember_conversation(
        self, key: str, scope: Scope, reference: dict[str, Any], request: Request
    ) -> None:
        """Store how to reach a conversation later; written once per conversation and run."""
        if key in self._remembered:
            return
        try:
            self.store.save_reference(key, scope.value, reference, self.kommune_id_for(request))
        except StoreError:  # the answer has gone out; a later turn stores the reference
            log.warning("conversation reference not stored: the database is not writable")
            return
        self._remembered.add(key)

    # --- messages ------------------------------------------------------------------------

    def on_message(self, request: Request) -> list[Reply]:
        """Every message passes the privacy guard; only messages to the bot get answers."""
        replies = []
        who = self.access.resolve(request)
        warning = self.privacy_warning(request, who.kommune_id)
        if warning is not None:
            replies.append(warning)
        if not request.addressed:
            return replies
        text = request.text.strip()
        if not text:
            return [self.help(who)]
        try:
            own = parse_own_kommune(text, self.kb) if warning is None else None
            if own is not None:
                return [self._own_kommune(request, own.kommune_id)]
            understood = self.understand(text, who.kommune_id)
            asks_something = understood.intent not in (Intent.UNKNOWN, Intent.GREETING)
            routine = self.routines.match(text)
            if warning is None or asks_something or routine:  # after a warning, only questions
                if who.undecided and not understood.kommune_named:
                    replies.append(self._ask_kommune(who, "" if warning else text))
                else:
                    replies.append(
                        self.respond(understood, who.kommune_id, request, text=text, who=who)
                    )
        except StoreError:
            log.warning("message not handled: the database is not writable")
            replies.append(Reply(STORE_BUSY, intent="store.busy"))
        return replies

    def help(self, who: Who | None) -> Reply:
        """The help card, naming the kommune the bot answers for here and why."""
        kommune_id = who.kommune_id if who else self.settings.default_kommune
        line = basis_text(who, self.kb) if who else None
        return answers.help_reply(self.kb.get(kommune_id), self.kb, basis=line)

    def _own_kommune(self, request: Request, kommune_id: str | None) -> Reply:
        """«jeg jobber i gjesdal»: stored for the sender's own chats; anyone may say it."""
        if kommune_id is None:
            known = ", ".join(i.kommune.short_name for i in self.kb.kommuner.values())
            return Reply(
                f"Den kommunen kjenner jeg ikke. Jeg kjenner SLT-planene for {known}.",
                intent="own_kommune",
            )
        self.access.choose(request, kommune_id)
        name = self.kb.kommuner[kommune_id].kommune.name
        text = f"Klart! I chatter med meg svarer jeg nå ut fra SLT-planen for {name}."
        if self.access.resolve(request).kommune_id != kommune_id:
            text += " I dette teamet gjelder teamets kommune."
        log.info("user chose kommune %s", kommune_id)
        return Reply(text, intent="own_kommune", facts={"kommune": kommune_id})

    def _ask_kommune(self, who: Who, question: str) -> Reply:
        """A member of teams in several kommuner is asked which one, with buttons."""
        names = [(k, self.kb.kommuner[k].kommune.short_name) for k in who.options]
        listed = " og ".join(n for _, n in names)
        prompt = (
            f"Du er med i SLT-team for både {listed}. Hvilken kommune jobber du i? "
            "Jeg husker svaret til neste gang."
        )
        card = kommune_choice_card(prompt, names, question[:MAX_QUESTION_CHARS])
        return Reply(
            prompt, (card,), intent="own_kommune.ask", facts={"options": list(who.options)}
        )

    def privacy_warning(self, request: Request, kommune_id: str | None = None) -> Reply | None:
        """A warning when a message looks like personal data; logs only the detector names."""
        finding = self.privacy.check(request.text)
        if finding is None:
            return None
        log.warning("privacy guard: %s in a %s message", finding.describe(), request.scope.value)
        kommune_id = kommune_id or self.kommune_id_for(request)
        coordinator = self.kb.kommuner[kommune_id].kommune.coordinator
        contact = coordinator.title
        if coordinator.contact and coordinator.contact.name:
            contact = f"{coordinator.title} ({coordinator.contact.name})"
        return Reply(
            warning_text(contact),
            intent="privacy_warning",
            facts={"detectors": [str(d) for d in finding.detectors]},
        )

    def console_turn(self, text: str, kommune_id: str) -> list[Reply]:
        """One console message (``app.py ask``/``chat``), through exactly what Teams runs after
        authentication: privacy guard, kommune resolution, understanding and the router. The
        console is a 1:1 chat linked to ``kommune_id``."""
        if self.store.kommune_for(CONSOLE) != kommune_id:
            self.store.link(CONSOLE, kommune_id, "console")
        request = Request(
            text=text, conversation_key=CONSOLE, user_id="console", user_name="Konsoll"
        )
        return self.on_message(request)

    def understand(self, text: str, kommune_id: str) -> Understood:
        """Understanding, except that a command verb first makes it that command — never
        something else («avlys neste møte i …» is not a question about the next meeting)."""
        understood = self.understanding.understand(text[:MAX_QUESTION_CHARS], kommune_id)
        kind = kind_of(text[:MAX_QUESTION_CHARS])
        if kind is not None:
            return dataclasses.replace(understood, intent=COMMAND_INTENTS[kind])
        return understood

    def answer(self, text: str, kommune_id: str, request: Request | None = None) -> Reply:
        """Answer one question for a kommune, without the privacy guard (tests, catalogue)."""
        return self.respond(self.understand(text, kommune_id), kommune_id, request, text=text)

    def respond(
        self,
        understood: Understood,
        kommune_id: str,
        request: Request | None = None,
        *,
        text: str = "",
        who: Who | None = None,
    ) -> Reply:
        """The reply to an understood question.

        A routine ("hva gjør jeg ved rusbekymring", "mor slår") wins unless the question is
        plainly about the organisation (it names a group, level or role with a cue) or the
        action plan.
        """
        index = self.kb.get(understood.kommune_id or kommune_id)
        if index is not None and not _about_organisation(understood):
            routine_id = self.routines.match(text)
            if routine_id:
                reply = self.routines.overview(index.kommune, routine_id)
                if reply is not None:
                    return reply
        if understood.intent is Intent.LINK_TEAM:
            return self._link_team(understood.kommune_id, understood.kommune_named, request)
        if understood.intent is Intent.RELOAD:
            return self._reload(request)
        if understood.intent is Intent.HELP:
            return (
                self.help(who)
                if who and not understood.kommune_named
                else answers.help_reply(index, self.kb)
            )
        if index is None:
            return answers.fallback(None, self.kb)
        handler = answers.ANSWERS.get(understood.intent)
        if handler is not None:
            return handler(index, understood)
        if understood.intent in TILTAK_INTENTS:
            return self._tiltak_question(index, understood, request)
        if understood.intent in MEETING_COMMANDS:
            return self._meeting_command(index, understood, request, text)
        if understood.intent in (Intent.MEETING_PLAN, Intent.NEXT_MEETING):
            return meeting_chat.answer(
                self.meetings,
                index,
                understood,
                text,
                self.clock.now(),
                lambda kommune_id: self.calendar_url(request),
            )
        if understood.intent is Intent.GREETING:
            return answers.greeting(index, self.kb)
        return answers.fallback(index, self.kb)

    def _tiltak_question(
        self, index: KommuneIndex, q: Understood, request: Request | None
    ) -> Reply:
        today = self.clock.now().date()
        if q.intent is Intent.TILTAK_MINE:
            identities = self.identities(request) if request else set()
            return tiltak_answers.my_tiltak(self.desk, index, identities, today)
        if q.intent is Intent.TILTAK_STATUS:
            return tiltak_answers.plan_status(self.desk, index, today)
        if q.intent is Intent.TILTAK_DEADLINE:
            return tiltak_answers.tiltak_deadline(self.desk, index, q, today)
        if q.intent is Intent.TILTAK_OWNER:
            return tiltak_answers.tiltak_owner(self.desk, index, q, today)
        return tiltak_answers.tiltak_for_role(self.desk, index, q, today)

    def _meeting_command(
        self,
        index: KommuneIndex,
        q: Understood,
        request: Request | None,
        text: str,
        *,
        confirmed: bool = False,
    ) -> Reply:
        if request is None:
            return Reply("Møter innkalles, avlyses og flyttes i Teams.", intent=q.intent)
        return meeting_chat.command(
            self.meetings,
            index,
            q,
            text,
            allowed=self.may_manage(index.id, request),
            by=request.user_name or request.user_id,
            now=self.clock.now(),
            channel_key=request.channel_key,
            store=self.store,
            confirmed=confirmed,
        )

    def may_manage(self, kommune_id: str, request: Request) -> bool:
        """The SLT-koordinator (people mapping) or an admin; in local use (nobody mapped and no
        admins configured) anyone."""
        identities = self.identities(request)
        if self.meetings.may_manage(kommune_id, identities, self.settings.admins):
            return True
        return not self.settings.admins and self.desk.people_map(kommune_id).is_empty

    def calendar_url(self, request: Request | None) -> str | None:
        """The årshjul's .ics link for this team, with an unguessable token made once per team."""
        if request is None or not self.settings.public_base_url:
            return None
        record = self.store.get(
            meeting_chat.CALENDAR_TOKENS, f"conversation:{request.conversation_key}"
        )
        if record is None:
            token = team_token()
            self.store.put(
                meeting_chat.CALENDAR_TOKENS,
                f"token:{token}",
                {"conversation": request.conversation_key},
            )
            record = {"token": token}
            self.store.put(
                meeting_chat.CALENDAR_TOKENS, f"conversation:{request.conversation_key}", record
            )
        return f"{self.settings.public_base_url}/calendar/{record['token']}.ics"

    def kommune_for_calendar_token(self, token: str) -> str | None:
        record = self.store.get(meeting_chat.CALENDAR_TOKENS, f"token:{token}")
        if record is None:
            return None
        linked = self.store.kommune_for(record["conversation"])
        return linked if linked in self.kb.kommuner else self.settings.default_kommune

    def _reload(self, request: Request | None) -> Reply:
        if request is None or self.reloader is None:
            return Reply(
                "Kunnskapen lastes inn på nytt i Teams, eller ved omstart av boten. "
                "Sjekk filene først med «app.py validate».",
                intent=Intent.RELOAD,
            )
        if not self.is_admin(request):
            return Reply(
                "Bare SLT-koordinatoren kan laste inn kunnskapen på nytt.", intent=Intent.RELOAD
            )
        return Reply(self.reloader(), intent=Intent.RELOAD)

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
        self._remembered.clear()  # conversation references are re-saved with the new kommune
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
        try:
            return handler(self, request, data)
        except StoreError:
            log.warning("card action %s not done: the database is not writable", verb)
            return Reply(STORE_BUSY, intent="store.busy")

    def index_for(self, request: Request) -> KommuneIndex:
        return self.kb.kommuner[self.kommune_id_for(request)]


def _about_organisation(q: Understood) -> bool:
    """A question about who/when/how often for a named group, or about the action plan."""
    if q.intent in TILTAK_INTENTS or q.intent in MEETING_COMMANDS:
        return True
    if q.intent in (Intent.LINK_TEAM, Intent.HELP, Intent.MEETING_PLAN, Intent.NEXT_MEETING):
        return True
    specific = (
        Intent.MEMBERS,
        Intent.INNKALLER,
        Intent.MOTELEDER,
        Intent.SEKRETAR,
        Intent.FREQUENCY,
        Intent.ROLE_GROUPS,
        Intent.COORDINATOR,
    )
    return (
        q.intent in specific
        and bool(q.cue)
        and bool(q.group_id or q.level or q.role_words or q.intent is Intent.COORDINATOR)
    )


def _meeting_command_button(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """A button on «Mente du …?» or «… vil du likevel kalle inn?»: the command it carries is
    run as if written, with the same access check."""
    command = data.get("command")
    if data.get("dismiss") or not isinstance(command, str):
        return Reply("Greit, jeg endrer ingenting.", intent="meeting.command")
    index = bot.index_for(request)
    if kind_of(command[:MAX_QUESTION_CHARS]) is None:
        return Reply(
            "Jeg forstod ikke knappen. Skriv kommandoen på nytt.", intent="meeting.command"
        )
    understood = bot.understand(command, index.id)
    return bot._meeting_command(
        index, understood, request, command, confirmed=data.get("confirmed") is True
    )


def _kommune_chosen(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """A click on «Hvilken kommune jobber du i?»: remember it, then answer the question."""
    kommune_id = data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Den kommunen kjenner jeg ikke. Prøv å spørre på nytt.", intent="own_kommune")
    bot.access.choose(request, kommune_id)
    name = bot.kb.kommuner[kommune_id].kommune.short_name
    confirmation = f"Klart – jeg svarer for {name} heretter."
    question = data.get("question")
    if not isinstance(question, str) or not question.strip():
        return Reply(confirmation, intent="own_kommune", facts={"kommune": kommune_id})
    who = bot.access.resolve(request)
    understood = bot.understand(question, who.kommune_id)
    answer = bot.respond(understood, who.kommune_id, request, text=question, who=who)
    cards = (
        tuple(
            {
                **c,
                "body": [
                    {"type": "TextBlock", "text": confirmation, "wrap": True, "isSubtle": True},
                    *c.get("body", []),
                ],
            }
            for c in answer.cards[:1]
        )
        + answer.cards[1:]
    )
    return Reply(
        f"{confirmation}\n\n{answer.text}", cards, answer.intent, answer.facts, answer.followups
    )


def _meeting_click(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    user_id = (request.user_aad_id or request.user_id).lower()
    return meeting_chat.click(
        bot.meetings, data, user_id=user_id, name=request.user_name or "Ukjent", now=bot.clock.now()
    )


def _routine_step(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    return bot.routines.step(_card_kommune(bot, request, data), data)


def _routine_start(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    return bot.routines.start(_card_kommune(bot, request, data), data)


def _card_kommune(bot: SltBot, request: Request, data: dict[str, Any]) -> Kommune:
    """The kommune a card was made for (its data says), else the conversation's."""
    kommune_id = data.get("kommune")
    if isinstance(kommune_id, str) and kommune_id in bot.kb.kommuner:
        return bot.kb.kommuner[kommune_id].kommune
    return bot.index_for(request).kommune


def _tiltak_action(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """A click on a reminder card: only the ansvarlig or the coordinator may answer."""
    try:
        answer = tiltak_answers.parse_card_answer(bot.desk, data)
    except tiltak_answers.CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    kommune_id = answer.occurrence.kommune_id
    people = bot.desk.people_map(kommune_id)
    allowed = bot.desk.may_answer(kommune_id, answer.occurrence.tiltak, bot.identities(request))
    if not allowed and bot.settings.admins:
        allowed = bot.is_admin(request)
    elif not allowed and people.is_empty:
        allowed = True  # nobody is mapped yet (local use): anyone in the room may answer
    if not allowed:
        log.info("tiltak answer refused: sender is not the ansvarlig")
        return Reply(
            "Det er bare den som er ansvarlig for tiltaket, eller SLT-koordinatoren, som kan "
            "svare på denne påminnelsen. Ta kontakt med koordinatoren om noe skal endres.",
            intent="tiltak.refused",
        )
    index = bot.kb.kommuner[kommune_id]
    by = request.user_name or request.user_id
    reply, note = tiltak_answers.apply_card_answer(bot.desk, index, answer, by, bot.clock.now())
    if note:
        reply = Reply(
            reply.text, reply.cards, reply.intent, reply.facts, (Followup(kommune_id, note),)
        )
    return reply


_COORDINATOR_ONLY = (
    "Det er bare SLT-koordinatoren som kan gjøre dette. Ta kontakt med koordinatoren."
)


def _tiltak_set_deadline(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """The coordinator sets a deadline for a tiltak the plan gave none (stored)."""
    try:
        answer = tiltak_answers.parse_card_answer(bot.desk, data)
    except tiltak_answers.CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    kommune_id = answer.occurrence.kommune_id
    if not bot.may_manage(kommune_id, request):
        return Reply(_COORDINATOR_ONLY, intent="tiltak.refused")
    by = request.user_name or request.user_id
    index = bot.kb.kommuner[kommune_id]
    return tiltak_answers.apply_set_deadline(bot.desk, index, answer, by, bot.clock.now())


def _plan_extend(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """«Forleng med ett år» on the plan-end card: the only way reminders go on after it."""
    kommune_id = data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Kortet hører til en kommune jeg ikke kjenner.", intent="tiltak.action")
    if not bot.may_manage(kommune_id, request):
        return Reply(_COORDINATOR_ONLY, intent="tiltak.refused")
    by = request.user_name or request.user_id
    return tiltak_answers.apply_extend_plan(bot.desk, kommune_id, data, by, bot.clock.now())


__all__ = ["Request", "Scope", "SltBot", "Verb"]
