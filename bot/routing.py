"""The bot's domain façade: a neutral request in, replies out. Knows nothing of Teams.

A message goes: danger check → privacy guard → understanding → the router (bot/router.py),
which tries the registered handlers in priority groups — routines, commands, questions, small
talk — and falls back to the honest «vet ikke». The danger check (bot/safety.py) comes first
and, when it finds acute danger or a disclosure, its routine is the answer, whatever else the
message asks. Card actions are checked for this service's signature, then go by verb through
the same router; so do the follow-ups a reply causes after the turn.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.access import Access, Who, basis_text, parse_own_kommune
from bot.clock import Clock, SystemClock
from bot.compiled import Compiled
from bot.config import Settings
from bot.conversation_refs import ConversationRefs
from bot.features import channels
from bot.features.doubt import calm_look, doubted
from bot.features.meetings import MeetingDesk, calendar_links
from bot.features.meetings.ical import MeetingLinks
from bot.features.needs.handlers import offer_beside_calm
from bot.features.organisation import answers
from bot.features.privacy import warning_text
from bot.features.reply import Reply
from bot.features.routines.medical import planned_first_aid
from bot.features.routines.no_case import played_reply, rehearsed_reply
from bot.features.tiltak.desk import TiltakDesk
from bot.frozen_init import quick_replace
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.messages import Request, Scope, Sender
from bot.people import PeopleMap, load_people
from bot.question_reading import MAX_QUESTION_CHARS, read_question
from bot.registry import STORE_BUSY, build_router
from bot.router import Turn
from bot.safety import DangerReading
from bot.storage import Repositories, StoreError
from bot.storage.protocol import Store
from bot.text import fold, strip_mentions
from bot.two_questions import answer_apart
from bot.understanding import Intent, Understood
from bot.understanding.entities import find_kommune
from bot.understanding.restated import restated
from cards import signing
from cards.kommune import kommune_choice_card
from cards.verbs import Verb

log = logging.getLogger(__name__)

"""When the database is locked or full: nothing was changed, and the person can try again."""

UNKNOWN_CARD = (
    "Dette kortet kjenner jeg ikke igjen, så jeg har ikke endret noe. Be meg om et nytt kort "
    "(for eksempel «mine tiltak» eller «neste møte») og prøv igjen der."
)
"""Card data the bot did not sign (forged, altered, or from before an upgrade)."""

CONSOLE = "conv:console"
"""The conversation key of ``app.py ask`` and ``chat``."""


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
        repos: Repositories | None = None,
        link_secret: bytes | None = None,
    ) -> None:
        self.kb = kb
        self.store = store
        """The store the repositories are over (features never use it directly)."""
        self.repos = repos or Repositories.over(store)
        """The repositories (built once by the service; over ``store`` when not given)."""
        self.settings = settings
        self.clock = clock or SystemClock()
        if people is None:
            people = {k: load_people(settings.people_dir, k) for k in kb.kommuner}
        self.access = Access(
            kb,
            self.repos.team_links,
            self.repos.user_choices,
            self.repos.senders,
            settings.default_kommune,
        )
        self.desk = TiltakDesk(kb, self.repos, people)
        compiled = Compiled.of(kb)  # shared by every bot on this knowledge (bot/compiled.py)
        self.understanding = compiled.understanding
        self.privacy = compiled.privacy
        self.routines = compiled.routines
        self.safety = compiled.safety
        self.meetings = MeetingDesk(
            kb, self.repos, self.desk.people, clock=self.clock, guard=self.privacy
        )
        self.link_secret = link_secret
        """The «Legg i kalender» links' secret, read from the store by :meth:`ready`."""
        if settings.public_base_url and link_secret is not None:
            self.meetings.links = MeetingLinks(settings.public_base_url, link_secret)
        self.reloader: Callable[[], Awaitable[str]] | None = None
        """Set by the service: reload the knowledge files and say how it went."""
        self.conversation_refs = ConversationRefs(self.repos)
        self.router = build_router()

    # --- who, where ----------------------------------------------------------------------

    async def ready(self) -> None:
        """Read what every turn may need from the store once: the link-signing secret (the
        same for every instance, made by the first). Called before each turn; cheap after."""
        if self.link_secret is None and self.settings.public_base_url:
            self.link_secret = await self.repos.calendar_tokens.link_secret()
            self.meetings.links = MeetingLinks(self.settings.public_base_url, self.link_secret)

    async def kommune_id_for(self, request: Request) -> str:
        """The conversation's kommune for this sender (see :mod:`bot.access`)."""
        return (await self.access.resolve(request)).kommune_id

    def is_admin(self, identities: set[str] | frozenset[str]) -> bool:
        """Coordinator/admin rights for commands that change state.

        With no admins configured (local use) everyone may; in production ``SLT_ADMINS``
        lists Entra object ids or UPNs (a UPN matches through the team roster, which
        :class:`bot.access.Who` has read into the identities).
        """
        if not self.settings.admins:
            return True
        admins = {a.lower() for a in self.settings.admins}
        return bool(set(identities) & admins)

    def remembers(self, key: str) -> bool:
        """Whether this conversation's reference was stored already in this run."""
        return self.conversation_refs.remembers(key)

    async def remember_conversation(
        self, key: str, scope: Scope, reference: dict[str, Any], request: Request
    ) -> None:
        """Store how to reach a conversation later (bot/conversation_refs.py)."""
        await self.conversation_refs.remember(key, scope, reference, request)

    # --- messages ------------------------------------------------------------------------

    async def on_message(self, request: Request) -> list[Reply]:
        """Danger first, then the privacy guard; only messages to the bot get other answers.

        Acute danger and disclosures are answered even in a channel message that does not
        mention the bot: the acute line is worth the interruption.
        """
        replies = []
        try:
            await self.ready()
            who = await self.access.resolve(request)
        except StoreError:
            log.warning("message not handled: the database cannot be read")
            who = None
        kommune_id = who.kommune_id if who else self.settings.default_kommune
        reading = self.safety.read(request.text)  # once: the fallback asks its hint (respond)
        danger = self.danger_reply(request.text, kommune_id, reading=reading)
        if danger is not None:
            replies.append(danger)
        warning = self.privacy_warning(request, kommune_id, danger_found=danger is not None)
        if warning is not None:
            replies.append(warning)
        if danger is not None or not request.addressed:
            return replies
        if who is None:
            return [*replies, Reply(STORE_BUSY, intent="store.busy")]
        text = request.text.strip()
        try:
            if not text:
                return [await self.help(who, request)]
            whole, plain = text, strip_mentions(text)  # the danger check read the whole
            folded = fold(plain)  # once for the steps below, not once each
            own = parse_own_kommune(text, self.kb, folded=folded) if warning is None else None
            if own is not None:
                return [await self._own_kommune(request, own.kommune_id)]
            asked, of = self.understanding.introduced.question(plain)  # «jeg jobber i nav. …»
            asked = restated(self.kb, asked)  # «…, nei vent, fagteamet» (understanding/restated.py)
            text, folded = (text, folded) if asked is plain else (asked, fold(asked))
            understood = self.understand(text, of or who.kommune_id, folded=folded)
            understood = quick_replace(understood, kommune_named=True) if of else understood
            asks_something = understood.intent not in (Intent.UNKNOWN, Intent.GREETING)
            if warning is None or asks_something or understood.routine:  # after a warning,
                if who.undecided and not understood.kommune_named:  # only questions
                    replies.append(self._ask_kommune(who, "" if warning else text))
                else:  # two questions in one message are answered apart (two_questions.py)
                    apart = await answer_apart(self, text, understood, who, request)
                    replies += apart or [
                        await self.respond(
                            understood,
                            who.kommune_id,
                            request,
                            text=text,
                            who=who,
                            folded=folded,
                            reading=reading if whole == request.text else None,
                        )
                    ]
        except StoreError:
            log.warning("message not handled: the database is not writable")
            replies.append(Reply(STORE_BUSY, intent="store.busy"))
        return replies

    async def help(self, who: Who | None, request: Request | None) -> Reply:
        """The help card, naming the kommune the bot answers for here and why, and for the
        coordinator where to choose the SLT channel while none is chosen."""
        kommune_id = who.kommune_id if who else self.settings.default_kommune
        index = self.kb.get(kommune_id)
        basis = basis_text(who, self.kb) if who else None
        hint = await self.channel_hint(index, request, who)
        manages = (
            index is not None and who is not None and self.may_manage(index.id, who.identities)
        )
        return answers.help_reply(index, self.kb, hint, basis=basis, coordinator=manages)

    async def _own_kommune(self, request: Request, kommune_id: str | None) -> Reply:
        """«jeg jobber i gjesdal»: stored for the sender's own chats; anyone may say it."""
        if kommune_id is None:
            known = ", ".join(i.kommune.short_name for i in self.kb.kommuner.values())
            return Reply(
                f"Den kommunen kjenner jeg ikke. Jeg kjenner SLT-planene for {known}.",
                intent="own_kommune",
            )
        await self.access.choose(request, kommune_id)
        name = self.kb.kommuner[kommune_id].kommune.name
        text = f"Klart! I chatter med meg svarer jeg nå ut fra SLT-planen for {name}."
        if await self.kommune_id_for(request) != kommune_id:
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

    def privacy_warning(
        self, request: Request, kommune_id: str, *, danger_found: bool = False
    ) -> Reply | None:
        """A warning when a message looks like personal data; logs only the detector names."""
        finding = self.privacy.check(request.text)
        if finding is None:
            return None
        log.info("privacy guard: %s in a %s message", finding.describe(), request.scope.value)
        # Where the danger check found nothing (a finding comes first, with its numbers), a
        # message about someone may still be a case it missed: the warning keeps the safety net.
        words = tuple(fold(strip_mentions(request.text)).split())
        net = not danger_found and self.routines.asked.about_someone(words)
        net = net and not self.safety.look_alike(request.text)
        return Reply(
            warning_text(self.coordinator_contact(kommune_id), safety_net=net),
            intent="privacy_warning",
            facts={"detectors": [str(d) for d in finding.detectors]},
        )

    def danger_reply(
        self,
        text: str,
        kommune_id: str,
        *,
        hint: bool = False,
        reading: DangerReading | None = None,
    ) -> Reply | None:
        """The routine for acute danger or a disclosure in ``text``, acute line first; or None.
        ``hint``: instead of the plain fallback, a weaker combination of signals, softly.
        ``reading``: the turn's reading of ``text`` (:meth:`DangerCheck.read`), when it has one.

        A kommune the message names answers for that message, as the reader's questions do
        (bot/understanding/entities.py): the routine and contacts are that kommune's.
        Logs only the category ids and the routine, never the text.
        """
        reading = reading if reading is not None else self.safety.read(text)
        finding = reading.hinted() if hint else reading.finding
        if finding is None:
            return None
        log.info("danger check: %s", finding.describe())
        words = tuple(fold(text).split())  # «… vi er i jevnaker»: the kommune named wins
        kommune_id = find_kommune(self.kb, words, [False] * len(words), kommune_id)[0] or ""
        index = self.kb.get(kommune_id) or self.kb.get(self.settings.default_kommune)
        if index is None:
            index = next(iter(self.kb.kommuner.values()))
        calm = (
            rehearsed_reply(self, text, index.kommune, finding)  # no case now
            or planned_first_aid(self, text, index.kommune, finding)
            or offer_beside_calm(self, text, index, calm_look(self, text, index.id, finding))
        )
        return calm or self.routines.danger(index.kommune, finding)

    def coordinator_contact(self, kommune_id: str) -> str:
        """Whom warnings point to: the coordinator (with a name, if the plan has one)."""
        index = self.kb.get(kommune_id) or self.kb.kommuner[self.settings.default_kommune]
        coordinator = index.kommune.coordinator
        if coordinator.contact and coordinator.contact.name:
            return f"{coordinator.title} ({coordinator.contact.name})"
        return coordinator.title

    def understand(self, text: str, kommune_id: str, *, folded: str | None = None) -> Understood:
        """What a message asks, with the routine it is about (matched once per turn).

        A command verb the grammar knows makes it that command — never something else
        («avlys neste møte i …» is not a question about the next meeting). ``folded``:
        ``fold(strip_mentions(text))`` when the caller has it (one fold per turn).
        bot/question_reading.py reads it."""
        return read_question(self.understanding, self.routines, text, kommune_id, folded)

    async def console_turn(self, text: str, kommune_id: str) -> list[Reply]:
        """One console message (``app.py ask``/``chat``), through exactly what Teams runs after
        authentication: danger check, privacy guard, kommune resolution, understanding and the
        router. The console is a 1:1 chat linked to ``kommune_id``."""
        if await self.repos.team_links.kommune_for(CONSOLE) != kommune_id:
            await self.repos.team_links.link(CONSOLE, kommune_id, "console")
        request = Request(
            text=text, conversation_key=CONSOLE, sender=Sender("console", name="Konsoll")
        )
        return await self.on_message(request)

    async def answer(self, text: str, kommune_id: str, request: Request | None = None) -> Reply:
        """Answer one question for a kommune (also used by the console and ``ask``)."""
        reading = self.safety.read(text)
        danger = self.danger_reply(text, kommune_id, reading=reading)
        if danger is not None:
            return danger
        await self.ready()
        who = await self.access.resolve(request) if request is not None else None
        text = restated(self.kb, text)  # the question asked, as the turn reads it
        folded = fold(strip_mentions(text))  # once for understanding and the handlers
        understood = self.understand(text, kommune_id, folded=folded)
        return await self.respond(
            understood, kommune_id, request, text=text, who=who, folded=folded, reading=reading
        )

    async def respond(
        self,
        understood: Understood,
        kommune_id: str,
        request: Request | None = None,
        *,
        text: str = "",
        who: Who | None = None,
        folded: str | None = None,
        reading: DangerReading | None = None,
    ) -> Reply:
        """The reply to an understood question: the first registered handler that takes it.

        A question naming another kommune («… i gjesdal») is answered for that kommune.
        ``folded``: ``fold(strip_mentions(text))`` when the caller has it; ``reading``: the
        danger check's reading of ``text`` this turn, whose hint the fallback asks.
        """
        turn = Turn(
            bot=self,
            request=request,
            kommune_id=understood.kommune_id or kommune_id,
            text=text,
            understood=understood,
            who=who,
            folded=folded,
        )
        reply = await self.router.dispatch(turn)
        if reply.intent == Intent.UNKNOWN and text:  # a threat in play: its duty (no_case.py)
            danger = self.danger_reply(text, turn.kommune_id, hint=True, reading=reading)
            reply = danger or played_reply(self, text, turn.kommune_id, reading) or reply
        return await doubted(turn, reply)  # the rules quiet: the examples (features/doubt.py)

    def may_manage(self, kommune_id: str, identities: set[str] | frozenset[str]) -> bool:
        """The SLT-koordinator (people mapping) or an admin; in local use (nobody mapped and no
        admins configured) anyone."""
        if self.meetings.may_manage(kommune_id, set(identities), self.settings.admins):
            return True
        return not self.settings.admins and self.desk.people_map(kommune_id).is_empty

    async def calendar_url(self, request: Request | None) -> str | None:
        """The årshjul's .ics link for this team, with an unguessable token made once per team."""
        if request is None or not self.settings.public_base_url:
            return None
        token = await calendar_links.link_token(
            self.repos.calendar_tokens, request.conversation_key
        )
        return f"{self.settings.public_base_url}/calendar/{token}.ics"

    async def kommune_for_calendar_token(self, token: str) -> str | None:
        conversation = await calendar_links.conversation_with(self.repos.calendar_tokens, token)
        if conversation is None:
            return None
        linked = await self.repos.team_links.kommune_for(conversation)
        return linked if linked in self.kb.kommuner else self.settings.default_kommune

    async def channel_hint(
        self, index: KommuneIndex | None, request: Request | None, who: Who | None
    ) -> str | None:
        """For the coordinator: where to choose the SLT channel, while none is chosen."""
        if index is None or request is None or who is None:
            return None
        if not self.may_manage(index.id, who.identities):
            return None
        chosen = await self.repos.channels.for_kommune(index.id)
        if chosen is not None and chosen.channel:
            return None
        return "Ingen kanal er valgt for påminnelser og innkallinger ennå. " + (
            channels.HOW_TO_CHOOSE
        )

    def forget_references(self) -> None:
        """Store conversation references again on the next turn (after a kommune change)."""
        self.conversation_refs.forget()

    # --- card actions --------------------------------------------------------------------

    @property
    def actions(self) -> frozenset[str]:
        """The card verbs the router knows."""
        return self.router.verbs

    async def on_action(self, request: Request, data: dict[str, Any]) -> Reply | None:
        """A card button was pressed. Unknown or forged payloads get a kind answer.

        The signature is checked before any handler runs (``cards.signing``): data the bot
        did not write itself changes nothing.
        """
        checked = signing.verified(data)
        if checked is None:
            log.info("card action refused: the data is not signed by this service")
            return Reply(UNKNOWN_CARD, intent="action.unsigned")
        try:
            await self.ready()
            who = await self.access.resolve(request)
        except StoreError:
            log.warning("card action not handled: the database cannot be read")
            return Reply(STORE_BUSY, intent="store.busy")
        turn = Turn(bot=self, request=request, kommune_id=who.kommune_id, data=checked, who=who)
        return await self.router.dispatch_action(turn)


__all__ = ["STORE_BUSY", "Request", "Scope", "SltBot", "Verb"]
