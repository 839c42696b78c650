"""The bot's domain façade: a neutral request in, replies out. Knows nothing of Teams.

A message goes: danger check → privacy guard → (routine | knowledge intent | command) → Reply.
The danger check (bot/safety.py) comes first and, when it finds acute danger or a
disclosure, its routine is the answer, whatever else the message asks.
Card actions go by verb to the handler registered for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.features import answers, calendar_links, channels, meeting_chat, tiltak_answers
from bot.features.ical import MeetingLinks, link_secret
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
from bot.safety import DangerCheck
from bot.store import Store, StoreError
from bot.understanding import Intent, Understanding, Understood
from cards import signing
from cards.verbs import Verb

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
"""Longer messages are not questions; only the privacy guard reads them in full."""

STORE_BUSY = "Jeg fikk ikke lagret dette akkurat nå. Prøv igjen om litt."

UNKNOWN_CARD = (
    "Dette kortet kjenner jeg ikke igjen, så jeg har ikke endret noe. Be meg om et nytt kort "
    "(for eksempel «mine tiltak» eller «neste møte») og prøv igjen der."
)
"""Card data the bot did not sign (forged, altered, or from before an upgrade)."""

MEETING_ELSEWHERE = (
    "Dette møtekortet kan bare besvares i kanalen der innkallingen ble sendt, eller av dem som "
    "er invitert. Ingenting er endret. Ta kontakt med innkaller om du skal være med."
)
"""When the database is locked or full: nothing was changed, and the person can try again."""


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
        self.desk = TiltakDesk(kb, store, people)
        self.understanding = Understanding(kb)
        self.privacy = PrivacyGuard.from_knowledge(kb)
        self.routines = RoutineBook(kb)
        self.safety = DangerCheck.from_language(kb.language)
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
        for verb in tiltak_answers.COORDINATOR_VERBS:
            self.register_action(verb, _tiltak_coordinator)
        self.register_action(Verb.TILTAK_EXTEND_PLAN, _plan_extend)
        self.register_action(Verb.ROUTINE_STEP, _routine_step)
        self.register_action(Verb.ROUTINE_ANSWER, _routine_step)
        self.register_action(Verb.ROUTINE_START, _routine_start)
        for verb in (Verb.MEETING_RSVP_YES, Verb.MEETING_RSVP_NO, Verb.MEETING_AGENDA):
            self.register_action(verb, _meeting_click)

    # --- who, where ----------------------------------------------------------------------

    def kommune_id_for(self, request: Request) -> str:
        linked = self.store.kommune_for(request.conversation_key)
        if linked and linked in self.kb.kommuner:
            return linked
        return self.settings.default_kommune

    def identities(self, request: Request) -> set[str]:
        """Everything that identifies the sender: ids from Teams plus the roster's UPN/e-mail."""
        ids = {x.lower() for x in (request.user_aad_id, request.user_id) if x}
        if request.user_aad_id:
            member = self.store.get("roster", request.user_aad_id.lower())
            if member:
                ids |= {str(member[k]).lower() for k in ("upn", "email") if member.get(k)}
        return ids

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
        """Store how to reach a conversation later; written once per conversation and run.

        Only for messages to the bot. A stored reference is not a target: posts go only to
        channels a coordinator chose (``bot.features.channels``)."""
        if key in self._remembered:
            return
        if not request.addressed:
            return  # a message merely seen (RSC, no @mention) stores nothing
        linked = self.store.kommune_for(request.conversation_key)  # never the default kommune
        try:
            self.store.save_reference(key, scope.value, reference, linked)
        except StoreError:  # the answer has gone out; a later turn stores the reference
            log.warning("conversation reference not stored: the database is not writable")
            return
        self._remembered.add(key)

    # --- messages ------------------------------------------------------------------------

    def on_message(self, request: Request) -> list[Reply]:
        """Danger first, then the privacy guard; only messages to the bot get other answers.

        Acute danger and disclosures are answered even in a channel message that does not
        mention the bot: the acute line is worth the interruption.
        """
        replies = []
        danger = self.danger_reply(request.text, self.kommune_id_for(request))
        if danger is not None:
            replies.append(danger)
        warning = self.privacy_warning(request)
        if warning is not None:
            replies.append(warning)
        if danger is not None or not request.addressed:
            return replies
        text = request.text.strip()
        if not text:
            return [answers.help_reply(self.kb.get(self.kommune_id_for(request)), self.kb)]
        understood = self.understanding.understand(
            text[:MAX_QUESTION_CHARS], self.kommune_id_for(request)
        )
        asks_something = understood.intent not in (Intent.UNKNOWN, Intent.GREETING)
        routine = self.routines.match(text)
        if warning is None or asks_something or routine:  # after a warning, only real questions
            try:
                reply = self.respond(understood, self.kommune_id_for(request), request, text=text)
            except StoreError:
                log.warning("%s not done: the database is not writable", understood.intent)
                reply = Reply(STORE_BUSY, intent="store.busy")
            replies.append(reply)
        return replies

    def privacy_warning(self, request: Request) -> Reply | None:
        """A warning when a message looks like personal data; logs only the detector names."""
        finding = self.privacy.check(request.text)
        if finding is None:
            return None
        log.warning("privacy guard: %s in a %s message", finding.describe(), request.scope.value)
        return Reply(
            warning_text(self.coordinator_contact(request)),
            intent="privacy_warning",
            facts={"detectors": [str(d) for d in finding.detectors]},
        )

    def danger_reply(self, text: str, kommune_id: str) -> Reply | None:
        """The routine for acute danger or a disclosure in ``text``, acute line first; or None.

        Logs only the category ids and the routine, never the text.
        """
        finding = self.safety.check(text)
        if finding is None:
            return None
        log.warning("danger check: %s", finding.describe())
        index = self.kb.get(kommune_id) or self.kb.get(self.settings.default_kommune)
        if index is None:
            index = next(iter(self.kb.kommuner.values()))
        return self.routines.danger(index.kommune, finding)

    def coordinator_contact(self, request: Request) -> str:
        """Whom privacy warnings point to: the coordinator (with a name, if the plan has one)."""
        coordinator = self.kb.kommuner[self.kommune_id_for(request)].kommune.coordinator
        if coordinator.contact and coordinator.contact.name:
            return f"{coordinator.title} ({coordinator.contact.name})"
        return coordinator.title

    def answer(self, text: str, kommune_id: str, request: Request | None = None) -> Reply:
        """Answer one question for a kommune (also used by the console and ``ask``)."""
        danger = self.danger_reply(text, kommune_id)
        if danger is not None:
            return danger
        return self.respond(
            self.understanding.understand(text, kommune_id), kommune_id, request, text=text
        )

    def respond(
        self,
        understood: Understood,
        kommune_id: str,
        request: Request | None = None,
        *,
        text: str = "",
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
        if understood.intent is Intent.NEW_CALENDAR_LINK and index is not None:
            return self._new_calendar_link(index, request)
        if understood.intent is Intent.HELP:
            return answers.help_reply(index, self.kb, self._channel_hint(index, request))
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
        self, index: KommuneIndex, q: Understood, request: Request | None, text: str
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
            team_key=request.conversation_key,
        )

    def _channel_hint(self, index: KommuneIndex | None, request: Request | None) -> str | None:
        """For the coordinator: where to choose the SLT channel, while none is chosen."""
        if index is None or request is None or not self.may_manage(index.id, request):
            return None
        if channels.kommune_channel_key(self.store, index.id):
            return None
        return "Ingen kanal er valgt for påminnelser og innkallinger ennå. " + (
            channels.HOW_TO_CHOOSE
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
        token = calendar_links.link_token(self.store, request.conversation_key)
        return f"{self.settings.public_base_url}/calendar/{token}.ics"

    def kommune_for_calendar_token(self, token: str) -> str | None:
        conversation = calendar_links.conversation_for(self.store, token)
        if conversation is None:
            return None
        linked = self.store.kommune_for(conversation)
        return linked if linked in self.kb.kommuner else self.settings.default_kommune

    def _new_calendar_link(self, index: KommuneIndex, request: Request | None) -> Reply:
        """«ny kalenderlenke»: the coordinator replaces a leaked link; the old one stops."""
        intent = Intent.NEW_CALENDAR_LINK
        if request is None or not self.settings.public_base_url:
            return Reply("Kalenderlenker er ikke slått på for denne boten.", intent=intent)
        if not self.may_manage(index.id, request):
            return Reply("Bare SLT-koordinatoren kan lage en ny kalenderlenke.", intent=intent)
        calendar_links.renew(self.store, request.conversation_key)
        log.info("calendar link renewed")
        return Reply(
            "Ny kalenderlenke er laget, og den gamle virker ikke lenger. Kalendere som "
            f"abonnerte på den gamle, må legge inn den nye: {self.calendar_url(request)}",
            intent=intent,
        )

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
        by = request.user_aad_id or request.user_id
        channels.forget_team_channels(self.store, request.conversation_key, kommune_id)
        where = ""
        if request.channel_key:  # the linked team's channel: the coordinator chose it here
            channels.choose_kommune_channel(
                self.store, kommune_id, request.channel_key, request.conversation_key, by
            )
            where = " Påminnelser og innkallinger kommer i denne kanalen."
        return Reply(
            f"Klart! Dette teamet bruker nå SLT-planen for {index.kommune.name}.{where}",
            intent=Intent.LINK_TEAM,
            facts={"kommune": kommune_id},
        )

    # --- card actions --------------------------------------------------------------------

    def register_action(self, verb: str, handler: ActionHandler) -> None:
        self.actions[verb] = handler

    def on_action(self, request: Request, data: dict[str, Any]) -> Reply | None:
        """A card button was pressed. Unknown or forged payloads get a kind answer.

        The signature is checked before any handler runs (``cards.signing``): data the bot
        did not write itself changes nothing.
        """
        checked = signing.verified(data)
        if checked is None:
            log.info("card action refused: the data is not signed by this service")
            return Reply(UNKNOWN_CARD, intent="action.unsigned")
        data = checked
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
    if q.intent in (
        Intent.LINK_TEAM,
        Intent.HELP,
        Intent.MEETING_PLAN,
        Intent.NEXT_MEETING,
        Intent.NEW_CALENDAR_LINK,
    ):
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


def _meeting_click(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """Kommer / Kommer ikke / Meld inn sak: from the meeting's channel, an invitee or the
    coordinator only (a card copied into another chat changes nothing)."""
    kommune_id = data.get("kommune")
    if isinstance(kommune_id, str) and kommune_id in bot.kb.kommuner:
        where = meeting_chat.meeting_channel(bot.store, data)
        from_there = where is not None and request.channel_key == where
        invited = meeting_chat.is_invited(bot.meetings, data, bot.identities(request))
        if not (from_there or invited or bot.may_manage(kommune_id, request)):
            log.info("meeting action refused: not from its channel, nor an invitee")
            return Reply(MEETING_ELSEWHERE, intent="meeting.refused")
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
        answer = tiltak_answers.parse_card_answer(
            bot.desk, data, bot.privacy, bot.coordinator_contact(request)
        )
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
        updated = bot.desk.occurrence(
            kommune_id, answer.occurrence.tiltak, answer.occurrence.deadline
        )
        text = tiltak_answers.not_mine_text(updated)
        reply = Reply(
            reply.text,
            reply.cards,
            reply.intent,
            reply.facts,
            (Followup(kommune_id, text, card=note),),
        )
    return reply


def _tiltak_coordinator(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """The coordinator's buttons on the escalation, «ikke mitt ansvar» and digest cards."""
    kommune_id = data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in bot.kb.kommuner:
        return Reply("Kortet hører til en kommune jeg ikke kjenner.", intent="tiltak.action")
    if not bot.may_manage(kommune_id, request):
        return Reply(_COORDINATOR_ONLY, intent="tiltak.refused")
    by = request.user_name or request.user_id
    index = bot.kb.kommuner[kommune_id]
    if data.get("verb") == Verb.TILTAK_ASSIGN and data.get("card") == "digest":
        return tiltak_answers.apply_assign_group(bot.desk, index, data, by, bot.clock.now())
    try:
        answer = tiltak_answers.parse_card_answer(
            bot.desk, data, bot.privacy, bot.coordinator_contact(request)
        )
    except tiltak_answers.CardProblem as problem:
        return Reply(str(problem), intent="tiltak.action")
    return tiltak_answers.apply_coordinator_action(bot.desk, index, answer, by, bot.clock.now())


_COORDINATOR_ONLY = (
    "Det er bare SLT-koordinatoren som kan gjøre dette. Ta kontakt med koordinatoren."
)


def _tiltak_set_deadline(bot: SltBot, request: Request, data: dict[str, Any]) -> Reply:
    """The coordinator sets a deadline for a tiltak the plan gave none (stored)."""
    try:
        answer = tiltak_answers.parse_card_answer(
            bot.desk, data, bot.privacy, bot.coordinator_contact(request)
        )
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
