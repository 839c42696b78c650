"""«står det noe om foreldre i planen?», «har planen noe om mobbing?»: what the plan says on
the topic asked (understanding/topic_asked.py), in its own words and with where it says it –
the goals and strategies, innsatsområder, tiltak, routines and plan notes that name it – or
the honest «Planen nevner ikke …» with the coordinator to ask. Never the plan's general sheet,
which reads as an answer and says nothing on the topic.

Which texts name the topic: understanding/topic_asked.py's :func:`names_topic` – the plan's
own wording decides, nothing is inferred."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.help import fallback
from bot.features.organisation.other_kommune import asked_other
from bot.features.organisation.sheets import sheet_reply, sources
from bot.features.plan_topic import texts
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.features.tiltak.names import is_numbered
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.knowledge.provenance import Sourced, SourceKind
from bot.router import ROUTINES, Router, Turn
from bot.text import as_written, echoable
from bot.understanding import Intent
from bot.understanding.topic_asked import names_topic, terms

TILTAK_SHOWN = 6
"""Tiltak listed at most; the count of the rest follows."""
NOTE_CHARS = 300
LINE_CHARS = 160
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
SPAN_CHARS = 60
"""The topic shown as the writer wrote it, small words between its words kept, up to this long."""


def said_on(index: KommuneIndex, topic: tuple[str, ...]) -> tuple[list[Section], list[Sourced]]:
    """The plan's sections that name the topic, and the sourced objects they come from."""
    stems = terms(topic)
    k = index.kommune
    sections: list[Section] = []
    cited: list[Sourced] = []

    def lines(items: Iterable[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for i in items if names_topic(stems, i)))

    if k.goals is not None:
        goals = lines((*k.goals.vision, *k.goals.goals, *k.goals.strategies))
        if goals:
            sections.append(Section(heading=texts.GOALS, items=goals))
            cited.append(k.goals)
    areas = lines(t.innsatsomrade for t in k.tiltak if t.innsatsomrade)
    if areas:
        sections.append(Section(heading=texts.AREAS, items=areas))
    tiltak = [t for t in k.tiltak if names_topic(stems, f"{t.tiltak} {t.mal or ''}")]
    if tiltak:
        shown = tuple(
            _tiltak_line(t, _where((t.tiltak, t.mal or ""), stems)) for t in tiltak[:TILTAK_SHOWN]
        )
        rest = len(tiltak) - TILTAK_SHOWN
        more = (texts.more_tiltak(count=rest),) if rest > 0 else ()
        sections.append(Section(heading=texts.TILTAK, items=shown + more))
        cited += tiltak[:1]
    routines = [
        r
        for r in k.routines
        if index.source(r.source).kind is SourceKind.PLAN  # not the bot's national routine
        and names_topic(stems, r.title)
    ]
    if routines:
        sections.append(Section(heading=texts.ROUTINES, items=tuple(r.title for r in routines)))
        cited += routines
    facts = [f for f in k.plan_facts if names_topic(stems, f"{f.topic} {f.text}")]
    notes = lines(k.notes)
    told = tuple(f"{f.topic}: {f.text}" for f in facts) + notes
    if told:
        sections.append(
            Section(heading=texts.NOTES, items=tuple(_cut(t, NOTE_CHARS) for t in told))
        )
        cited += facts
    if names_topic(stems, k.target_group.text):
        sections.append(Section(heading=texts.TARGET, text=k.target_group.text))
        cited.append(k.target_group)
    return sections, cited


def _where(texts_: tuple[str, ...], stems: list[list[str]]) -> str:
    """A tiltak's first sentence, and the first that names the topic when that one does not
    («Politiet til stede på skolene. … Politiet kan delta på foreldremøter etter avtale.»)."""
    sentences = [s for text in texts_ if text for s in _sentences(text)]
    first = _cut(sentences[0], LINE_CHARS)
    if names_topic(stems, first):
        return first
    naming = next((s for s in sentences[1:] if names_topic(stems, s)), "")
    gap = " " if first.endswith("…") else " … "  # one «…» between them, never two
    return f"{first}{gap}{_cut(naming, LINE_CHARS)}" if naming else first


def _sentences(text: str) -> list[str]:
    """``text`` split where a sentence ends: a stop, then a capital or a quote – not inside
    «8., 9. og 10. trinn»."""
    out: list[str] = []
    for piece in SENTENCE_END.split(text.strip()):
        starts = piece[:1].isupper() or not piece[:1].isalnum()
        if out and not starts:
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _cut(text: str, chars: int) -> str:
    """``text`` up to ``chars`` characters, cut at a word."""
    return text if len(text) <= chars else text[: chars - 1].rsplit(" ", 1)[0] + " …"


def _shown(turn: Turn, topic: tuple[str, ...]) -> str:
    """The topic as the writer typed it, or '' when a word may not be echoed (a name)."""
    text = turn.text or ""
    shown = [echoable(text, w) for w in topic]
    if any(
        s is None and as_written(text, w) is not None for s, w in zip(shown, topic, strict=True)
    ):
        return ""  # a word that may be a name
    said = [s for s in shown if s]  # a compound's head the reader added is not shown
    if not said:
        return ""
    start, end = text.find(said[0]), text.rfind(said[-1]) + len(said[-1])
    if 0 <= start < end <= start + SPAN_CHARS:
        return text[start:end]  # «vold i nære relasjoner», as written
    return " ".join(said)


def _asks_topic(turn: Turn) -> bool:
    """A topic asked of the plan – of the asker's own: «hva sier planen i Sandnes om …» asks
    another kommune's plan, which other_kommune.py answers (who to ask there)."""
    q = turn.understood
    return q is not None and bool(q.topic) and asked_other(turn) is None


def plan_topic(turn: Turn) -> Reply:
    """What the plan says on the topic, or that it names none of it (module docstring)."""
    q, index = turn.understood, turn.index
    assert q is not None  # _asks_topic checked it
    shown = _shown(turn, q.topic)
    sections, cited = said_on(index, q.topic)
    if not sections:
        lead = texts.not_named(topic=shown) if shown else texts.NOT_NAMED_IT
        routine = next(
            (r for r in index.kommune.routines if names_topic(terms(q.topic), r.title)), None
        )
        if routine is not None and shown:  # the bot's national routine on it: say how to ask
            title = routine.title
            lead = texts.routine_instead(
                topic=shown, title=title, asked=title[:1].lower() + title[1:]
            )
        reply = fallback(index, turn.bot.kb, topic=True, lead=lead)
        return Reply(reply.text, reply.cards, reply.intent, {**reply.facts, PLAN_LACKS: True})
    sheet = Sheet(
        title=texts.said_on(topic=shown) if shown else texts.SAID_ON_IT,
        subtitle=index.kommune.plan.title,
        sections=tuple(sections),
        sources=sources(index, index.kommune.plan, *cited),
    )
    # tiltak alone («har planen noe om ungdomsklubben?»): the plan's offers on it
    only_tiltak = all(s.heading == texts.TILTAK for s in sections)
    intent = Intent.TILTAK_LOOKUP if only_tiltak else Intent.PLAN
    return sheet_reply(sheet, intent, topic=list(q.topic))


def register(router: Router) -> None:
    """Before the routines: a topic the plan is asked about is no case to act on."""
    router.message("plan:topic", _asks_topic, plan_topic, group=ROUTINES - 1)


def _tiltak_line(tiltak: Tiltak, name: str) -> str:
    """«Tiltak 2: …» for a tiltak the plan numbers; a tiltak without a number by its own words
    alone – its id (``politiet-pa-skolene``) is the knowledge file's, never user text."""
    return texts.tiltak_line(number=tiltak.id, name=name) if is_numbered(tiltak) else name


__all__ = ["plan_topic", "register", "said_on"]
