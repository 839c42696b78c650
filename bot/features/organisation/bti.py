"""What BTI is, with the kommune's own BTI contact and groups where the plan names them.

The national description is from the domain notes (Helsedirektoratet and KoRus); the levels
are the same four the routine cards mark steps with.
"""

from __future__ import annotations

import re

from bot.features.organisation import texts
from bot.features.reply import Reply
from bot.features.routines.model import BTI_LEVELS
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import NationalDefaults
from bot.router import Router, for_intents
from bot.text import fold
from bot.understanding import Intent
from bot.understanding.holders import asks_bti_coordinator
from cards.sheet import sheet_card

URL = re.compile(r"https?://\S+?(?=[.,;)]?(?:\s|$))")


def bti(
    index: KommuneIndex,
    national: NationalDefaults | None,
    *,
    coordinator: bool = False,
    levels: bool = False,
    asked: tuple[str, ...] = (),
) -> Reply:
    """``coordinator``: the question asks who the BTI-koordinator is – that leads, and where
    the plans do not say, the answer says so; the four levels then only when ``levels`` (the
    question names them): what BTI is in one paragraph is enough beside who coordinates it.
    ``asked``: the question's own words («kva betyr stafettlogg»): a BTI tiltak's sentence that
    names one follows its first – what the plan says of the word asked about."""
    k = index.kommune
    sections = [Section(text=texts.BTI_WHAT)]
    if levels or not coordinator:
        sections.append(Section(heading=texts.BTI_LEVELS_HEADING, items=tuple(BTI_LEVELS.values())))
    who = []
    contact = k.contacts.get("bti_koordinator")
    if contact is not None:
        who.append(contact.role + (f": {contact.url}" if contact.url else ""))
    # Who the plans make BTI-koordinator, where the coordinator's facts say («står bare i den
    # eldre planen»): the words the plan has, with what they rest on.
    for fact in k.coordinator.facts:
        if fact.quote and "bti" in fold(f"{fact.about} {fact.quote}").replace("-", " ").split():
            # the plan's words when asked who; in passing, what the quote is about is enough
            quoted = texts.plan_quote(about=fact.about, quote=fact.quote)
            who.append(quoted if coordinator else fact.about)
    if coordinator:
        lines = tuple(who) or (texts.no_bti_coordinator(k.short_name),)
        sections.insert(0, Section(heading=texts.BTI_COORDINATOR, items=lines))
    local = [] if coordinator else who
    for group in k.groups:
        if "bti" in fold(" ".join((group.name, group.id, *group.aliases))).split():
            local.append(f"{group.name}" + (f" – {group.meets.text}" if group.meets else ""))
    for tiltak in k.tiltak:
        sentences = _bti_sentences(tiltak.tiltak)
        naming = [t for t in sentences[1:] if any(w.startswith(asked) for w in _words(t))]
        if "bti" in fold(tiltak.tiltak).split():
            # its first sentence (the whole text: «hva er tiltak 9»), and the one naming what
            # was asked after it («Benytte Stafettloggen …»); a link given above once
            first = ". ".join((sentences[0], *naming[:1]))
            for url in URL.findall(first):
                if any(url in line for line in who):
                    first = first.replace(f" ({url})", "")
            numbered = tiltak.id.isdigit()
            local.append(texts.bti_tiltak(number=tiltak.id, text=first) if numbered else first)
    # What the kommune's own plan notes say of BTI («Alle ansatte skal jobbe etter BTI …»),
    # unless its link is already given above.
    shown = " ".join((*who, *local))
    for note in k.notes:
        said = " ".join(s for s in _bti_sentences(note) if "bti" in _words(s))
        if said and not any(url in shown for url in URL.findall(said)):
            local.append(said)
    if local:
        sections.append(Section(heading=texts.in_kommune(k.short_name), items=tuple(local)))
    sources = []
    if national and "bti" in national.sources:
        sources.append(national.sources["bti"].title)
    if local or who:
        sources.append(k.sources[k.plan.source].title)
    title = texts.BTI_WHO if coordinator else texts.BTI_TITLE
    sheet = Sheet(title=title, sections=tuple(sections), sources=tuple(sources))
    return Reply(sheet.as_text(), (sheet_card(sheet),), "bti")


def register(router: Router) -> None:
    router.message(
        "question:bti",
        for_intents(Intent.BTI),
        lambda turn: bti(
            turn.index,
            turn.bot.kb.national,
            coordinator=turn.understood is not None and asks_bti_coordinator(turn.understood.words),
            levels=turn.understood is not None and asks_levels(turn.understood.words),
            asked=_asked(turn.understood.words, turn.bot.understanding.lexicon.filler)
            if turn.understood is not None
            else (),
        ),
    )


ASKED_LETTERS = 6
"""A question word this long names a thing the plan may say («stafettlogg»), not a form word."""


def _asked(words: tuple[str, ...], filler: frozenset[str]) -> tuple[str, ...]:
    """The question's words that may name something a tiltak says («stafettlogg», which the
    BTI cue took from the searched words), «bti» and filler aside."""
    named = (w for w in words if len(w) >= ASKED_LETTERS and not w.startswith("bti"))
    return tuple(w for w in named if w not in filler)


def asks_levels(words: tuple[str, ...]) -> bool:
    """«nivå», «nivåene», «nivaa»: the question names BTI's levels."""
    return any(w.startswith("niv") for w in words)


def _bti_sentences(text: str) -> list[str]:
    """A plan text's sentences, each without its full stop."""
    parts = re.split(r"(?<=\.) (?=[A-Z\u00c6\u00d8\u00c5])", text)
    return [part.strip().rstrip(".") for part in parts if part.strip()]


def _words(text: str) -> list[str]:
    return fold(text).replace("-", " ").split()
