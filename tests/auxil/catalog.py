"""One example of every card the bot can send, built by the real code paths.

``sample_cards()`` runs the bot on the bundled knowledge with an in-memory store, a fixed
clock and a made-up people mapping (Kari, Ola and Per Nordmann), and collects the cards:
answers, tiltak lists and reminders (fresh, answered, with a notice, the channel fallback
with an @mention), the escalation and the weekly digest, routine overviews and steps, and
the meeting cards when ``cards/meeting.py`` exists. The tests validate and render every one
of them (tests/test_cards_catalog.py); ``scripts/render_docs_cards.py`` renders the main
ones for the README.

It lives in tests because it builds a whole bot (issue 15). Plain-text replies (greeting,
refusals, the privacy warning, delivery failures) have no card and are not listed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any, cast

from bot.clock import OSLO, FixedClock
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.features.meetings import present
from bot.features.meetings.answers import attendance_of
from bot.features.reply import Card, Reply
from bot.features.routines.texts import START_TITLE
from bot.features.tiltak.model import Status
from bot.features.tiltak.present import plan_end_view, reminder_view
from bot.features.tiltak.view import TiltakView
from bot.job_context import JobContext, Knowledge, served
from bot.knowledge.index import KnowledgeBase
from bot.messages import Request, Scope, Sender
from bot.outbox.items import Message
from bot.people import PeopleMap, Person, PersonRef
from bot.routing import SltBot
from bot.storage import Repositories
from bot.storage.records import ConversationRef, KommuneChannel
from bot.storage.sqlite import SqliteStore
from bot.text import fold
from cards import signing
from cards.kommune import kommune_choice_card
from cards.tiltak import batch_card, plan_end_card
from cards.verbs import Verb

SAMPLE_NOW = dt.datetime(2026, 5, 27, 9, 0, tzinfo=OSLO)
"""A Wednesday when Våler's tiltak 18 («informasjonsskriv før sommerferien») is 14 days off.

The README's cards use Gjesdal, whose knowledge names no person, and Våler's tiltak; Våler's
coordinator card (``answer.coordinator.contact``) shows the public contact from the kommune's
website.
"""
REMINDER_NOW = dt.datetime(2026, 6, 1, 9, 0, tzinfo=OSLO)
"""A Monday when Våler's tiltak 18 («før hver sommerferie», computed as 15 June) is 14 days off."""
BATCH_NOW = dt.datetime(2026, 11, 30, 9, 0, tzinfo=OSLO)
"""A Monday with Våler's yearly status check: Kari gets five tiltak in one card."""
DIGEST_NOW = dt.datetime(2026, 6, 22, 9, 0, tzinfo=OSLO)
"""A Monday: the weekly digest goes out, and Friday's week-25 deadlines (13, 14) are escalated."""

KARI = Person(role="Ungdomskontakt", name="Kari Nordmann", aad_object_id="aad-kari-nordmann")
OLA = Person(role="SLT-koordinator", name="Ola Nordmann", aad_object_id="aad-ola-nordmann")
PER = Person(role="Politikontakt", name="Per Nordmann", upn="per.nordmann@politiet.example")
SAMPLE_PEOPLE = {
    "valer": (
        (OLA,),
        (KARI,),
        (KARI.model_copy(update={"role": "Ungdomsskolen"}),),
    ),
    "gjesdal": (
        (OLA,),
        (KARI.model_copy(update={"role": "Barnevernleder"}),),
        (PER,),
    ),
}
CHANNEL_REFERENCE: dict[str, Any] = {
    "conversation": {"id": "19:slt-kanal@thread.tacv2", "conversationType": "channel"},
    "serviceUrl": "https://smba.trafficmanager.net/emea/",
    "channelId": "msteams",
}

MAIN_CARDS = {
    "answer.members": "members",
    "answer.coordinator": "coordinator",
    "routine.overview": "routine-overview",
    "routine.step.decision": "routine-step",
    "tiltak.reminder": "tiltak-reminder",
    "tiltak.reminder.answered": "tiltak-reminder-answered",
    "tiltak.not_mine": "tiltak-not-mine",
    "tiltak.escalation": "tiltak-escalation",
    "tiltak.digest": "tiltak-digest",
    "tiltak.status": "plan-status",
    "meeting.call": "meeting-call",
    "meeting.arshjul": "arshjul",
    "routine.danger": "routine-danger",
    "meeting.command.confirm": "meeting-confirm",
    "meeting.command.ask": "meeting-ask",
    "kommune.choice": "kommune-choice",
}
"""Catalog name → file name under docs/cards/ for the cards the README shows."""


def _people(kb: KnowledgeBase) -> dict[str, PeopleMap]:
    result = {kommune_id: PeopleMap(kommune_id) for kommune_id in kb.kommuner}
    for kommune_id, groups in SAMPLE_PEOPLE.items():
        if kommune_id in kb.kommuner:
            by_role: dict[str, tuple[Person, ...]] = {
                fold(people[0].role): people for people in groups
            }
            result[kommune_id] = PeopleMap(kommune_id, by_role)
    return result


def _request(person: Person = KARI, text: str = "") -> Request:
    return Request(
        text=text,
        conversation_key="sample-team",
        sender=Sender(f"29:{person.aad_object_id}", person.aad_object_id, person.name),
        tenant_id="00000000-0000-0000-0000-0000000000aa",
        scope=Scope.CHANNEL,
    )


def _only_card(reply: Reply | None, what: str) -> Card:
    if reply is None or len(reply.cards) != 1:
        raise AssertionError(f"{what}: expected one card, got {reply}")
    return reply.cards[0]


def _actions(element: Any) -> list[dict[str, Any]]:
    """Every action in a card: top-level, in ActionSets and inside ShowCards, in order."""
    found: list[dict[str, Any]] = []
    if isinstance(element, dict):
        if str(element.get("type", "")).startswith("Action."):
            found.append(element)
        for value in element.values():
            found += _actions(value)
    elif isinstance(element, list):
        for value in element:
            found += _actions(value)
    return found


def _first_choice(element: Any, input_id: str) -> str:
    """The first choice's value of the ChoiceSet ``input_id`` anywhere in a card."""
    if isinstance(element, dict):
        if element.get("id") == input_id:
            return str(element["choices"][0]["value"])
        element = list(element.values())
    if isinstance(element, list):
        for value in element:
            try:
                return _first_choice(value, input_id)
            except LookupError:
                continue
    raise LookupError(input_id)


def _action_data(card: Card, title: str, after: str | None = None) -> dict[str, Any]:
    """The data of the first action titled ``title`` (with data), after the first ``after``."""
    actions = _actions(card)
    if after is not None:
        start = next((i for i, a in enumerate(actions) if a.get("title") == after), None)
        if start is None:
            raise AssertionError(f"no action {after!r} on the card")
        actions = actions[start:]
    for action in actions:
        if action.get("title") == title and "data" in action:
            return dict(action["data"])
    raise AssertionError(f"no action {title!r} on the card")


def sample_cards(kb: KnowledgeBase | None = None) -> dict[str, Card]:
    """Name → card for every kind of card the bot sends (names as ``area.kind[.variant]``)."""
    kb = kb or KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    settings = Settings(default_kommune="valer", scheduler_enabled=False)
    clock = FixedClock(SAMPLE_NOW)
    bot = SltBot(kb, SqliteStore.open(":memory:"), settings, clock=clock, people=_people(kb))
    cards: dict[str, Card] = {}

    def ask(name: str, question: str, kommune: str = "valer") -> None:
        cards[name] = _only_card(
            asyncio.run(bot.answer(question, kommune, _request(text=question))), name
        )

    # --- knowledge answers (cards/sheet.py) ------------------------------------------------
    ask("answer.members", "hvem sitter i politirådet", "gjesdal")
    ask("answer.coordinator", "hvem er slt-koordinator", "gjesdal")
    ask("answer.coordinator.contact", "hvem er slt-koordinator")  # with the public contact
    ask("answer.meeting_role", "hvem kaller inn til fagteamet", "jevnaker")
    ask("answer.frequency", "hvor ofte møtes slt-nettverket")
    ask("answer.duties", "hva gjør slt-nettverket")
    ask("answer.role_groups", "hvilke grupper er helsesykepleier med i")
    ask("answer.levels", "hvilke nivåer har slt")
    ask("answer.target_group", "hvem er målgruppen")
    ask("answer.plan", "hvilken plan gjelder")
    ask("answer.help", "hjelp")
    ask("answer.fallback", "hva blir været i morgen")

    # --- the action plan (cards/sheet.py, cards/tiltak.py) ---------------------------------
    _answer_one(bot, "jevnaker", "pmto")
    ask("tiltak.status", "status handlingsplan", "jevnaker")
    ask("tiltak.for_role", "tiltak for ungdomskontakt")
    ask("tiltak.owner", "hvem har ansvar for tiltak 18")
    ask("tiltak.deadline", "hva er fristen for tiltak 18")
    ask("tiltak.mine", "mine tiltak")
    cards.update(_reminders(bot, kb))

    # --- routines (cards/routine.py) -------------------------------------------------------
    ask("routine.overview", "hva gjør jeg ved rusbekymring", "gjesdal")
    ask("routine.overview.national_default", "hva gjør jeg ved selvskading")
    ask("routine.danger", "eleven sier at faren slår henne, hun tør ikke gå hjem", "gjesdal")
    cards.update(_routine_steps(bot, cards["routine.overview"]))

    # --- meetings (cards/meeting.py, when it exists) ---------------------------------------
    cards.update(_meeting_cards(bot))

    # --- commands and the user's kommune (bot/features/meetings/chat.py, cards/kommune.py) --
    for name, command in (
        ("meeting.command.ask", "avlys neste møte i slt"),
        ("meeting.command.confirm", "innkall operativ slt-gruppe 5.12 kl 10"),
    ):
        reply = asyncio.run(bot.answer(command, "gjesdal", _request(OLA, text=command)))
        cards[name] = _only_card(reply, name)
    options = [("gjesdal", "Gjesdal"), ("valer", "Våler")]
    cards["kommune.choice"] = kommune_choice_card(
        "Du er med i SLT-team for både Gjesdal og Våler. Hvilken kommune jobber du i?",
        options,
        "hvem er slt-koordinator",
    )
    return cards


def _answer_one(bot: SltBot, kommune_id: str, tiltak_id: str) -> None:
    """Mark one tiltak done, so the status shows every section in use."""
    tiltak = bot.desk.by_id(kommune_id, tiltak_id)
    view = asyncio.run(bot.desk.view(kommune_id))
    occurrence = view.current(tiltak, SAMPLE_NOW.date()) if tiltak else None
    if occurrence is None:
        raise AssertionError(f"no current occurrence of {kommune_id}/{tiltak_id}")
    asyncio.run(bot.desk.answer(occurrence, Status.DONE, KARI.name or "", SAMPLE_NOW))


def _context(bot: SltBot) -> JobContext:
    """What the tiltak job reads, over this bot (no sender: nothing went out yet)."""
    return JobContext(Knowledge(served(bot)), bot.repos, None)


def _view(bot: SltBot, kommune_id: str) -> TiltakView:
    """The kommune's tiltak as stored now (what a tick reads once per kommune)."""
    return asyncio.run(bot.desk.view(kommune_id))


def _reminders(bot: SltBot, kb: KnowledgeBase) -> dict[str, Card]:
    """The reminder card as the scheduler sends it, and after each kind of answer; the
    coordinator's cards (escalation, «ikke mitt ansvar», digest) and what their buttons do."""
    from bot.features.tiltak.jobs import TiltakJob

    today = REMINDER_NOW.date()
    cards: dict[str, Card] = {}
    asyncio.run(_choose_sample_channel(bot.repos))
    job = TiltakJob()
    [reminder] = asyncio.run(job._due_reminders(_context(bot), _view(bot, "valer"), REMINDER_NOW))
    cards["tiltak.reminder.single"] = reminder.reply.cards[0]
    cards["tiltak.reminder.channel_mention"] = _channel_fallback(reminder)
    single = cards["tiltak.reminder.single"]

    data = _action_data(single, "Send ny frist")
    cards["tiltak.reminder.notice"] = _only_card(
        asyncio.run(bot.on_action(_request(), data)), "more time without a new date"
    )
    later = (today + dt.timedelta(days=30)).isoformat()
    cards["tiltak.reminder.more_time"] = _only_card(
        asyncio.run(bot.on_action(_request(), {**data, "new_deadline_t1": later})), "more time"
    )

    # One person's day: every due tiltak in one card, a row with buttons per tiltak.
    bot.clock.at = BATCH_NOW  # type: ignore[attr-defined]
    batch = asyncio.run(job._due_reminders(_context(bot), _view(bot, "valer"), BATCH_NOW))
    kari_day = [o for o in batch if "Kari" in o.key]
    cards["tiltak.reminder"] = kari_day[0].reply.cards[0]
    done = {
        **_action_data(cards["tiltak.reminder"], "Marker som utført"),
        "done_comment_t1": "Vi har gått gjennom rutinen med alle trinnlærerne i høst.",
    }
    cards["tiltak.reminder.answered"] = _only_card(
        asyncio.run(bot.on_action(_request(), done)), "done"
    )
    reason = "Dette er ungdomskontaktens oppgave, ikke skolens."
    not_mine = {
        **_action_data(
            cards["tiltak.reminder.answered"], "Send til koordinatoren", "Ikke mitt ansvar"
        ),
    }
    not_mine[f"reason_{not_mine['slot']}"] = reason
    answered = asyncio.run(bot.on_action(_request(), not_mine))
    cards["tiltak.reminder.answered_two"] = _only_card(answered, "not mine")
    [followup] = answered.followups if answered else ()
    assert followup.card is not None
    cards["tiltak.not_mine"] = followup.card
    assign = {
        **_action_data(followup.card, "Lagre"),
        "person_t1": OLA.aad_object_id or "",
    }
    cards["tiltak.not_mine.handled"] = _only_card(
        asyncio.run(bot.on_action(_request(OLA), assign)), "assign a new ansvarlig"
    )

    bot.clock.at = SAMPLE_NOW  # type: ignore[attr-defined]
    lopende = bot.desk.by_id("valer", "1")
    assert lopende is not None
    check = _view(bot, "valer").occurrence(lopende, dt.date(2027, 11, 30))
    k = kb.kommuner["valer"].kommune
    cards["tiltak.status_check"] = batch_card(
        reminder_view(
            check,
            today=today,
            plan_title=k.plan.title,
            source_title=k.sources["plan"].title,
            coordinator=True,  # the coordinator's copy: the one with «Sett frist»
        )
    )
    cards["tiltak.plan_end"] = plan_end_card(
        plan_end_view("valer", "2023–2026", dt.date(2026, 12, 31), ended=False)
    )

    # The coordinator's Monday: week 25's deadlines (13, 14: given to Kari) and 18 passed.
    fresh = SltBot(
        kb,
        SqliteStore.open(":memory:"),
        bot.settings,
        clock=FixedClock(DIGEST_NOW),
        people=bot.desk.people,
    )
    asyncio.run(_choose_sample_channel(fresh.repos))
    kari = PersonRef(KARI.name or "", KARI.aad_object_id or "")
    for tiltak_id in ("13", "14"):
        tiltak = fresh.desk.by_id("valer", tiltak_id)
        assert tiltak is not None
        asyncio.run(fresh.desk.assign("valer", tiltak, kari, OLA.name or "", SAMPLE_NOW))
    monday = _context(fresh)
    [escalation] = asyncio.run(job._escalations(monday, _view(fresh, "valer"), DIGEST_NOW.date()))
    cards["tiltak.escalation"] = escalation.reply.cards[0]
    mark = _action_data(cards["tiltak.escalation"], "Marker som utført")
    cards["tiltak.escalation.handled"] = _only_card(
        asyncio.run(fresh.on_action(_request(OLA), mark)), "mark done"
    )
    digest = asyncio.run(job._digest(monday, _view(fresh, "valer"), DIGEST_NOW.date()))
    cards["tiltak.digest"] = digest[0].reply.cards[0]
    group = _action_data(cards["tiltak.digest"], "Lagre")
    group["person_g"] = KARI.aad_object_id or ""
    group["group_g"] = _first_choice(cards["tiltak.digest"], "group_g")
    cards["tiltak.digest.assigned"] = _only_card(
        asyncio.run(fresh.on_action(_request(OLA), group)), "assign a group"
    )
    return cards


async def _choose_sample_channel(repos: Repositories) -> None:
    """Våler's SLT channel, as a coordinator's «bruk denne kanalen for SLT» leaves it."""
    channel = ConversationRef("sample-channel", "channel", CHANNEL_REFERENCE, "valer")
    await repos.conversations.save(channel)
    await repos.channels.choose_for_kommune(
        KommuneChannel("valer", "sample-channel", None, "sample")
    )


def _channel_fallback(outgoing: Message) -> Card:
    """The reminder posted in the SLT channel with an @mention when no 1:1 chat can be made."""
    from bot.teams.addressing import with_mention
    from bot.teams.outgoing import Outgoing, UserTarget

    user = UserTarget(
        f"29:{KARI.aad_object_id}",
        "00000000-0000-0000-0000-0000000000aa",
        CHANNEL_REFERENCE["serviceUrl"],
        KARI.name or "",
    )
    personal = Outgoing(  # the message as Teams carries it to Kari, with the channel fallback
        key=outgoing.key,
        reply=outgoing.reply,
        kind=outgoing.kind,
        user=user,
        fallback_channel=CHANNEL_REFERENCE,
        fallback_mention=(user.user_id, user.name),
    )
    return cast(Card, with_mention(personal)["attachments"][0]["content"])


def _routine_steps(bot: SltBot, overview: Card) -> dict[str, Card]:
    """Step cards reached by pressing the buttons, as a user would."""
    request = _request()
    start = _action_data(overview, START_TITLE)

    def press(data: dict[str, Any]) -> Card:
        return _only_card(asyncio.run(bot.on_action(request, data)), f"step {data.get('step')}")

    first = press(start)  # «Akutt fare?» – a decision
    after_no = press(_action_data(first, "Nei"))
    steps = {"routine.step.decision": first, "routine.step": after_no}
    base = {
        "verb": str(Verb.ROUTINE_STEP),
        "routine": start["routine"],
        "kommune": start["kommune"],
    }
    # Steps further along, as the bot would have signed them on the card before.
    steps["routine.step.legal"] = press(
        signing.sign({**base, "step": "meld-barnevern", "trail": ["akutt-fare", "alvor"]})
    )
    steps["routine.step.closing"] = press(
        signing.sign({**base, "step": "end", "trail": ["folg-opp"]})
    )
    steps["routine.step.stale"] = press(signing.sign({**base, "step": "finnes-ikke-lenger"}))
    return steps


MEETING_GROUP = ("gjesdal", "operativ-slt-gruppe")
"""Gjesdal's operative SLT group meets monthly; the SLT-koordinator calls in."""


def _meeting_cards(bot: SltBot) -> dict[str, Card]:
    """Meeting call (new, answered, cancelled), the day-before reminder, the referat nudge,
    and the answers about the next meeting and the årshjul.

    Empty until cards/meeting.py and the bot's meeting desk exist. Clicks go through
    ``bot.on_action`` like Teams' invokes do.
    """
    try:
        from cards import meeting as meeting_cards
    except ImportError:
        return {}
    desk = getattr(bot, "meetings", None)
    if desk is None:
        return {}
    if desk.links is None:  # the sample service has no public URL; show the button anyway
        from bot.features.meetings.ical import MeetingLinks

        desk.links = MeetingLinks("https://slt-boten.example", b"sample-secret")
    kommune_id, group_id = MEETING_GROUP
    meeting = asyncio.run(desk.next_meeting(kommune_id, group_id, SAMPLE_NOW))
    data = meeting_cards.card_data(present.meeting_view(meeting))
    new = meeting_cards.call_card(present.call_card_view(asyncio.run(desk.call_view(meeting))))
    cards = {"meeting.call.new": new}
    asyncio.run(
        bot.on_action(_request(OLA), signing.sign({**data, "verb": str(Verb.MEETING_RSVP_YES)}))
    )
    sak = "Oppfølging av bekymringssamtaler etter sommeren"
    agenda = {**signing.sign({**data, "verb": str(Verb.MEETING_AGENDA)}), "agenda_item": sak}
    cards["meeting.call"] = _only_card(
        asyncio.run(bot.on_action(_request(KARI), agenda)), "meeting agenda"
    )

    key = meeting.key
    missing = asyncio.run(desk.not_answered(meeting))
    not_answered = [(i.mention_id, i.name) for i in missing if i.mention_id]
    answers = asyncio.run(desk.answers(key))
    cards["meeting.reminder"] = meeting_cards.meeting_reminder_card(
        present.reminder_card_view(meeting, attendance_of(answers), not_answered)
    )
    sekretar = [(i.mention_id, i.name) for i in desk.sekretar(meeting) if i.mention_id]
    cards["meeting.minutes_reminder"] = meeting_cards.minutes_reminder_card(
        present.minutes_card_view(
            meeting, sekretar=sekretar, agenda=answers.agenda, attendance=attendance_of(answers)
        )
    )
    for name, question in (
        ("meeting.next", "når er neste møte i operativ slt-gruppe"),
        ("meeting.plan", "møteplan for operativ slt-gruppe"),
    ):
        reply = asyncio.run(bot.answer(question, kommune_id, _request(text=question)))
        cards[name] = _only_card(reply, name)
    from bot.features.meetings.questions import meeting_plan_reply

    arshjul = asyncio.run(
        meeting_plan_reply(
            desk,
            bot.kb.kommuner[kommune_id],
            SAMPLE_NOW.year,
            "https://slt-boten.example/calendar/eksempel.ics",
            today=SAMPLE_NOW.date(),
        )
    )
    cards["meeting.arshjul"] = _only_card(arshjul, "årshjul")
    following = asyncio.run(desk.next_meeting(kommune_id, group_id, meeting.end))
    assert following is not None
    cancelled = asyncio.run(desk.cancel(following.key, OLA.name or ""))
    cards["meeting.call.cancelled"] = meeting_cards.call_card(
        present.call_card_view(asyncio.run(desk.call_view(cancelled)))
    )
    return cards
