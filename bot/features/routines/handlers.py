"""Routines in the conversation: the overview reply and the step-by-step card actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.features.reply import Reply
from bot.features.routines import texts
from bot.features.routines.asides import asides_shown
from bot.features.routines.asked import RoutineAsked
from bot.features.routines.asks_routine import asked_calmly, asks_routine
from bot.features.routines.card_views import RoutineOverviewView
from bot.features.routines.matcher import RoutineMatcher
from bot.features.routines.medical import asks_taken_ill, taken_ill
from bot.features.routines.model import (
    SLT_KOORDINATOR,
    ResolvedRoutine,
    overview_text,
    resolve_routines,
)
from bot.features.routines.no_other_plan import absent_plan, asks_absent_plan
from bot.features.routines.plan_also import cut, plan_also, plans_beside
from bot.features.routines.plan_silent import asks_silent_plan, plan_silent
from bot.features.routines.present import overview_view, step_view
from bot.features.routines.step_asked import card_with_step, step_asked, step_block, with_step
from bot.features.sheet import Section, Sheet
from bot.frozen_init import quick_replace
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.language import words_of
from bot.knowledge.models import Kommune, NationalDefaults
from bot.router import ROUTINES, Router, Turn, for_intents
from bot.safety import DangerFinding, Kind
from bot.text import fold
from bot.understanding import Intent
from cards.routine import overview_card, step_card
from cards.sheet import sheet_card
from cards.verbs import Verb

DANGER_INTENT = {Kind.ACUTE: "danger", Kind.DISCLOSURE: "disclosure"}
"""The reply intent for each kind of finding (what ``ask --jsonl`` and the logs show)."""

DANGER_LEAVES_OUT = frozenset({SLT_KOORDINATOR})
"""In a danger reply the numbers to call and the services come first; the coordinator is for
afterwards (the general routine card still names them)."""


class RoutineBook:
    """Every kommune's routines resolved against the national defaults, and one matcher."""

    def __init__(self, kb: KnowledgeBase, vocabulary: Iterable[str] = ()) -> None:
        """``vocabulary``: the knowledge's folded words, matched once at build."""
        self.national = kb.national
        self.by_kommune: dict[str, dict[str, ResolvedRoutine]] = {}
        self.matcher: RoutineMatcher | None = None
        self.joking = frozenset(fold(w) for w in words_of(kb.language.danger.joking))
        """«rusa på sukker haha»: a question that laughs is no case a routine answers."""
        self.asked = RoutineAsked.of(kb)
        self.dialect = kb.language.dialect.folded()
        self.beyond = {
            c.id: (c.routine, c.beyond) for c in kb.language.danger.categories if c.beyond
        }
        """Per danger category: what its routine does not cover of it (danger.yaml ``beyond``)."""
        self.by_topic = {
            c.topic: c.routine for c in kb.language.danger.categories if c.topic and c.routine
        }
        """The danger check's routine per topic (radikalisering → hastemote)."""
        """Whether a message asks for a routine or tells a case, not only names its topic."""
        self._shown: dict[
            tuple[str, str, tuple[str, ...], bool, tuple[str, ...]],
            tuple[str, RoutineOverviewView],
        ] = {}
        """The overview's text and view per kommune, routine, danger leads and the plan's
        asides shown (few: one per topic an aside is asked by): pure functions
        of this knowledge (the book is built anew on reload), so each is worked out once.
        The card is built per reply: its buttons are signed with the service's secret."""
        if kb.national is None:  # routines need the national file (legal bases, contacts)
            return
        kommuner = [index.kommune for index in kb.kommuner.values()]
        self.by_kommune = {k.id: resolve_routines(k, kb.national) for k in kommuner}
        self.matcher = RoutineMatcher.from_knowledge(kb.national, kommuner, vocabulary)

    def match(self, text: str, *, folded: str | None = None) -> str | None:
        """The routine the text is about; «kva er rutina ved vald i heimen» is matched as
        bokmål when its own words match none (dialect.yaml: «vald» is «vold»)."""
        if self.matcher is None:
            return None
        found = self.matcher.match(text, folded=folded)
        said = (fold(text) if folded is None else folded).split()
        read = [self.dialect.get(w, w) for w in said]
        if found is None and read != said:
            found = self.matcher.match(" ".join(read), folded=" ".join(read))
        return found.routine_id if found else None

    def weak_sign(self, text: str) -> str | None:
        """The routine a lone weak sign names («han har røde øyne i timene»): offered as
        «Mente du …?» (bot/features/rescue/), never opened – one sign alone is no case."""
        return self.matcher.weak_sign(text) if self.matcher is not None else None

    def overview(
        self, kommune: Kommune, routine_id: str, *, calm: bool = False, words: Iterable[str] = ()
    ) -> Reply | None:
        """The routine's card. ``calm``: a question that tells no danger («trenger jeg samtykke
        før …», «hvordan fungerer påtaleunnlatelse med vilkår») gets the plan's steps without
        the acute line above them – the first step still asks whether anyone is in danger.
        ``words``: the question's folded words, which choose the plan's asides to show."""
        resolved = self.by_kommune.get(kommune.id, {}).get(routine_id)
        if resolved is None or self.national is None:
            return None
        text, view = self._overview(
            resolved, kommune, calm=calm, asides=asides_shown(resolved, words)
        )
        return Reply(
            text,
            (overview_card(view),),
            "routine",
            {"routine": routine_id, "national_default": resolved.is_national_default},
        )

    def _overview(
        self,
        resolved: ResolvedRoutine,
        kommune: Kommune,
        alert: tuple[str, ...] = (),
        *,
        calm: bool = False,
        asides: tuple[str, ...] = (),
    ) -> tuple[str, RoutineOverviewView]:
        """The overview's text and view; with ``alert`` (a danger finding's leads) the
        coordinator is left out and the leads replace the routine's own acute line; ``calm``
        (never with ``alert``) leaves the acute line out."""
        calm = calm and not alert
        key = (kommune.id, resolved.routine.id, alert, calm, asides)
        shown = self._shown.get(key)
        if shown is None:
            assert self.national is not None
            national = self.national
            leave_out = DANGER_LEAVES_OUT if alert else frozenset()
            acute_line = not (alert or calm)
            text = overview_text(
                resolved,
                kommune,
                national,
                leave_out=leave_out,
                acute_line=acute_line,
                asides=asides,
            )
            view = overview_view(
                resolved,
                kommune,
                national,
                alert=alert,
                leave_out=leave_out,
                acute=not calm,
                asides=asides,
            )
            shown = self._shown[key] = (text, view)
        return shown

    def danger(self, kommune: Kommune, finding: DangerFinding) -> Reply:
        """The routine a danger finding names, with its lead lines above the acute line."""
        routines = self.by_kommune.get(kommune.id, {})
        resolved = routines.get(finding.routine) if finding.routine else None
        leads = "\n".join(f"🚨 {lead}" for lead in finding.leads)
        facts: dict[str, Any] = {
            "routine": finding.routine,
            "topic": finding.topic,
            "danger": finding.kind.value,
            "categories": list(finding.categories),
            "call": list(finding.calls),
            "also": list(finding.also),
        }
        if finding.routine is None:  # a body in trouble, no routine named: what to do now
            return Reply(f"{leads}\n\n{texts.AFTER_ACUTE}", (), DANGER_INTENT[finding.kind], facts)
        if resolved is None or self.national is None:  # no routines loaded: the lines alone
            return Reply(leads, (), DANGER_INTENT[finding.kind], facts)
        topic = (fold(finding.topic),) if finding.topic else ()  # the plan's words on it
        asides = asides_shown(resolved, topic, topic_only=True)
        text, view = self._overview(resolved, kommune, tuple(finding.leads), asides=asides)
        beyond = " ".join(filter(None, (self._beyond(finding), self._also(kommune, finding))))
        if beyond:  # «rutinen under gjelder … hjemme»: said before the routine claims it
            text = f"{beyond}\n\n{text}"
            view = quick_replace(view, summary=f"{beyond}\n\n{view.summary}")
        return Reply(
            f"{leads}\n\n{text}",
            (overview_card(view),),
            DANGER_INTENT[finding.kind],
            {**facts, "national_default": resolved.is_national_default},
        )

    def _also(self, kommune: Kommune, finding: DangerFinding) -> str:
        """The routines the finding names beside its own («følg også rutinen Selvskading»)."""
        routines = self.by_kommune.get(kommune.id, {})
        titles = [routines[r].routine.title for r in finding.also if r in routines]
        return " ".join(texts.ALSO_ROUTINE.format(title=t) for t in titles)

    def _beyond(self, finding: DangerFinding) -> str:
        """The first found category's note on what the routine shown does not cover of it."""
        for category in finding.categories:
            routine, note = self.beyond.get(category, (None, ""))
            if routine == finding.routine and note:
                return note
        return ""

    def list_reply(
        self,
        kommune: Kommune,
        first: str | None = None,
        also: tuple[str, ...] = (),
        beside: tuple[str, ...] = (),
    ) -> Reply:
        """«Hvilke rutiner finnes?»: every routine that applies here, one line each; ``first``
        (the routine «har vi en rutine for …» asks about) leads the list; ``also``: what the
        plan says of the topic asked about besides its routines (:func:`plan_also`);
        ``beside``: the kommune's other plans, after the routines (:func:`plans_beside`)."""
        resolved = list(self.by_kommune.get(kommune.id, {}).values())
        resolved.sort(key=lambda r: r.id != first)
        # What the plan says of the topic asked about answers the question: it comes first.
        sections = [Section(heading=texts.PLAN_ALSO, items=also)] if also else []
        parts = [(texts.OWN_ROUTINES, False), (texts.NATIONAL_ROUTINES, True)]
        if resolved and resolved[0].id == first and resolved[0].is_national_default:
            parts.reverse()  # the routine asked about leads
        brief, briefer = list(sections), list(sections)  # the text form (the card has all)
        for heading, national in parts:
            mine = [r for r in resolved if r.is_national_default is national]
            items = tuple(f"{r.routine.title} – {_first_sentence(r.routine.summary)}" for r in mine)
            if items:
                sections.append(Section(heading=heading, items=items))
                # The national standard routines are the same everywhere and the card says
                # when each applies: in the text their titles are what the reader looks for.
                titles = tuple(
                    line if r.id == first else r.routine.title
                    for r, line in zip(mine, items, strict=True)
                )
                brief.append(Section(heading=heading, items=titles if national else items))
                briefer.append(Section(heading=heading, items=titles))
        if beside:  # where else the kommune writes routines down: last, it was not asked
            tail = Section(heading=texts.PLANS_BESIDE, items=beside)
            sections, brief, briefer = [*sections, tail], [*brief, tail], [*briefer, tail]
        title = f"Rutiner i {kommune.short_name}"
        examples = () if also else texts.EXAMPLES  # a topic asked about: no need
        sheet = Sheet(title=title, sections=tuple(sections), examples=examples)
        text = Sheet(title=title, sections=tuple(brief), examples=examples).as_text()
        if len(text) > READABLE_CHARS:  # what the plan says leads; the routines by title
            text = Sheet(title=title, sections=tuple(briefer), examples=examples).as_text()
        if len(text) > READABLE_CHARS and also:  # … and each thing it says by its start
            said = Section(heading=texts.PLAN_ALSO, items=tuple(cut(a, ALSO_BRIEF) for a in also))
            text = Sheet(title=title, sections=(said, *briefer[1:]), examples=examples).as_text()
        return Reply(
            text,
            (sheet_card(sheet),),
            "routine_list",
            {"routines": [r.id for r in resolved]},
        )

    def step(self, kommune: Kommune, data: dict[str, Any]) -> Reply:
        """A Neste/Tilbake/Ja/Nei click: the card for the step it leads to."""
        routine_id, step_id = data.get("routine"), data.get("step")
        resolved = (
            self.by_kommune.get(kommune.id, {}).get(routine_id)
            if isinstance(routine_id, str)
            else None
        )
        if resolved is None or self.national is None or not isinstance(step_id, str):
            return Reply(texts.ROUTINE_GONE_ASK_AGAIN, intent="routine.step")
        trail = _trail(data.get("trail"))
        card = step_card(step_view(resolved, kommune, self.national, step_id, trail))
        return Reply(
            f"{resolved.routine.title}: steg {step_id}",
            (card,),
            "routine.step",
            {"routine": routine_id, "step": step_id},
        )

    def start(self, kommune: Kommune, data: dict[str, Any]) -> Reply:
        routine_id = data.get("routine")
        reply = self.overview(kommune, routine_id) if isinstance(routine_id, str) else None
        return reply or Reply(texts.ROUTINE_GONE, intent="routine.step")


def _first_sentence(text: str) -> str:
    sentence = text.strip().split(". ")[0].rstrip(".")
    if len(sentence) <= SUMMARY_CHARS:
        return sentence
    return sentence[: SUMMARY_CHARS - 2].rsplit(" ", 1)[0].rstrip(",:;–") + " …"


SUMMARY_CHARS = 80
READABLE_CHARS = 1200
ALSO_BRIEF = 150
"""… and, when that is still longer, what the plan says of the topic cut to this, each."""
"""A message people read (issue 11): a routine list longer than this in text lists the routines
by title, but the one asked about (the card keeps every line)."""
"""A routine's line in the list: its title and when it applies, short enough that eight fit in
a message people read."""


def _trail(value: Any) -> tuple[str, ...]:
    """The visited step ids from a card payload; anything forged is dropped."""
    if not isinstance(value, Iterable) or isinstance(value, (str, bytes, dict)):
        return ()
    return tuple(v for v in value if isinstance(v, str) and len(v) <= 64)[:50]


# --- registration on the router -------------------------------------------------------------


def _routine(turn: Turn) -> Reply:
    q = turn.understood
    assert q is not None and q.routine is not None
    reply = turn.bot.routines.overview(
        turn.index.kommune, q.routine, calm=asked_calmly(turn), words=q.words
    )
    assert reply is not None  # asks_routine checked the routine resolves here
    resolved = turn.bot.routines.by_kommune[turn.kommune_id][q.routine]
    step = step_asked(resolved, q.words, q.rest)
    if step is None:
        return reply
    block = step_block(resolved, step)  # the step asked, in full, in the text and the card
    cards = tuple(card_with_step(card, block) for card in reply.cards[:1]) + reply.cards[1:]
    return quick_replace(reply, text=with_step(reply.text, block), cards=cards)


def _card_kommune(turn: Turn) -> Kommune:
    """The kommune a card was made for (its data says), else the conversation's."""
    kommune_id = turn.data.get("kommune")
    if isinstance(kommune_id, str) and kommune_id in turn.bot.kb.kommuner:
        return turn.bot.kb.kommuner[kommune_id].kommune
    return turn.index.kommune


def register(router: Router) -> None:
    """«Hva gjør jeg ved …» before questions, and the routine card's buttons."""
    silent = lambda turn: asks_silent_plan(turn) and asks_routine(turn)  # noqa: E731
    router.message("routine:plan_silent", silent, plan_silent, group=ROUTINES)
    router.message("routine", asks_routine, _routine, group=ROUTINES)
    router.message("routine:taken_ill", asks_taken_ill, taken_ill, group=ROUTINES)
    router.message("question:no_other_plan", asks_absent_plan, absent_plan)
    router.message(
        "question:routine_list",
        for_intents(Intent.ROUTINE_LIST),
        lambda turn: turn.bot.routines.list_reply(
            turn.index.kommune,
            turn.understood.routine if turn.understood else None,
            plan_also(turn),
            plans_beside(turn),
        ),
    )
    step = lambda turn: turn.bot.routines.step(_card_kommune(turn), dict(turn.data))  # noqa: E731
    router.verb(Verb.ROUTINE_STEP, step)
    router.verb(Verb.ROUTINE_ANSWER, step)
    router.verb(
        Verb.ROUTINE_START,
        lambda turn: turn.bot.routines.start(_card_kommune(turn), dict(turn.data)),
    )


__all__ = ["NationalDefaults", "RoutineBook", "register"]
