"""«Hva kan jeg si til foreldrene om natteravnene?», «hva vet du om natteravnene?»: a topic
asked in a frame, read as the question about the topic.

Found walking as a teacher preparing a foreldremøte (walk81): «hva kan jeg si til
foreldrene om natteravnene?» got the honest fallback, though «natteravnene?» gets the tiltak.
The words «si til foreldrene» are those of another class – whether to tell the parents before
a report to the barnevern («skal jeg si fra til foreldrene først?», a routine's step) – and
the examples of that class outvoted the tiltak the rules found. What the asker means to tell
the parents *about* something is that thing asked: the message is restated as «fortell om X»
(the scene before it kept), and X is answered as it would be alone.

«Hva vet du om natteravnene?» got the help card: «hva vet du» asks what the bot can do, but
with «om X» it asks what the bot knows of X – the same restatement.

Only the reading is restated: the danger check and the privacy guard read the whole message
first (bot/routing.py). A question without «om X» («hva skal jeg si til foreldrene?», «skal
jeg si det til foreldrene?») is left as typed: it is the routine's question about telling.

The words are understanding.yaml ``topic_framed``; the grammar around them is code. The
patterns are compiled once per knowledge base (:class:`Frames`), and each runs only when a
word it cannot match without stands in the message as a word (a parent for the telling, «du»
and «om» for what the bot knows, «meg», «oss» or «oversikt» for a request): most messages
pass three set looks and no pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.knowledge.index import KnowledgeBase
from bot.knowledge.reader_words import TopicFramedWords


def _one_of(phrases: Iterable[str]) -> str:
    """A pattern of the ``phrases`` in their order, a phrase's words apart by any spaces."""
    said = (r"\s+".join(re.escape(w) for w in p.lower().split()) for p in phrases)
    return f"(?:{'|'.join(said)})"


def _words(words: str) -> tuple[str, ...]:
    return tuple(words.lower().split())


_TOPIC = r"(?P<topic>[^?]*\w)\s*\??\s*$"


@dataclass(frozen=True)
class Frames:
    """understanding.yaml ``topic_framed``, compiled: the patterns and the words they need."""

    told: re.Pattern[str]
    """«hva kan jeg si til foreldrene om X?»"""
    known: re.Pattern[str]
    """«hva vet du om X?»"""
    of_you: re.Pattern[str]
    overview: re.Pattern[str]
    """«kan du si meg hvilke tiltak er forsinket?», «gi meg en oversikt over tiltakene»: a
    request that the asker be told, whose «meg» read as «mine» («Dine tiltak …», walk81) –
    the question asked is what follows it."""
    main_order: re.Pattern[str]
    """An embedded question's «som» after its subject («hvilke tiltak som mangler
    ansvarlig»), left out as the question is asked on its own («hvilke tiltak mangler
    ansvarlig»)."""
    parents: frozenset[str]
    """The last word of every parent phrase: without one, the telling is not looked for."""
    you: frozenset[str]
    known_about: frozenset[str]
    request_gate: frozenset[str]

    @classmethod
    def of(cls, kb: KnowledgeBase) -> Frames:
        return cls.of_words(kb.language.understanding.topic_framed)

    @classmethod
    def of_words(cls, said: TopicFramedWords) -> Frames:
        what, who = _one_of(_words(said.what)), _one_of(_words(said.who))
        at = rf"(?:på\s+{_one_of(_words(said.meetings))}\s+)?"
        told = (
            rf"\b{what}\s+{_one_of(_words(said.may))}\s+(?:{who}\s+)?"
            rf"(?:{_one_of(said.say)}\s+)?{at}(?:til\s+)?{_one_of(said.parents)}\s+{at}"
            rf"{_one_of(said.about)}\s+{_TOPIC}"
        )
        known = (
            rf"\b{what}\s+{_one_of(_words(said.know))}\s+{_one_of(_words(said.you))}\s+"
            rf"{_one_of(_words(said.known_about))}\s+{_TOPIC}"
        )
        you = _one_of(_words(said.request_you))
        of_you = (
            rf"\b{_one_of(_words(said.request))}\s+{you}\s+{_one_of(_words(said.tell))}\s+"
            rf"{_one_of(_words(said.me))}\s+(?:kort\s+)?(?P<asked>{_one_of(said.asking)}\b"
            r"[^?]*\w)\s*\??\s*$"
        )
        article = rf"(?:{_one_of(_words(said.articles))}\s+)?(?:kort\s+)?"
        overview = (
            rf"\b(?:{_one_of(_words(said.overview_may))}\s+{you}\s+)?"
            rf"{_one_of(_words(said.give))}\s+{_one_of(_words(said.given))}\s+{article}"
            r"(?P<asked>oversikt\s+over\s+[^?]*\w)\s*\??\s*$|"
            rf"\b{_one_of(_words(said.may_get))}\s+{_one_of(_words(said.getters))}\s+"
            rf"(?:få\s+)?{article}(?P<got>oversikt\s+over\s+[^?]*\w)\s*\??\s*$"
        )
        main_order = rf"^({_one_of(_words(said.pronouns))}|{_one_of(said.which)}\s+\w+)\s+som\b"
        return cls(
            told=re.compile(told, re.IGNORECASE),
            known=re.compile(known, re.IGNORECASE),
            of_you=re.compile(of_you, re.IGNORECASE),
            overview=re.compile(overview, re.IGNORECASE),
            main_order=re.compile(main_order, re.IGNORECASE),
            parents=frozenset(p.lower().split()[-1] for p in said.parents),
            you=frozenset(_words(said.you)),
            known_about=frozenset(_words(said.known_about)),
            request_gate=frozenset(_words(said.request_gate)),
        )


def topic_framed(kb: KnowledgeBase, text: str, lowered: str | None = None) -> str | None:
    """``text`` as «fortell om X» when it asks what to tell the parents about X, or what the
    bot knows about X; the question alone when a request frame («kan du si meg …», «gi meg en
    oversikt over …») stands before it; else None. ``lowered``: ``text.lower()`` when the
    caller has it."""
    frames = kb.built(Frames.of)
    words = (text.lower() if lowered is None else lowered).split()
    found = None
    if not frames.parents.isdisjoint(words):
        found = frames.told.search(text)
    if (
        found is None
        and not frames.you.isdisjoint(words)
        and not frames.known_about.isdisjoint(words)
    ):
        found = frames.known.search(text)
    if found is None:
        return None if frames.request_gate.isdisjoint(words) else _requested(frames, text)
    scene = text[: found.start()].rstrip()
    asked = f"fortell om {found.group('topic')}?"
    return f"{scene} {asked[:1].upper()}{asked[1:]}" if scene else asked[:1].upper() + asked[1:]


def _requested(frames: Frames, text: str) -> str | None:
    """``text`` with «kan du si meg» or «gi meg en» before what is asked left out, else None."""
    found = frames.of_you.search(text) or frames.overview.search(text)
    if found is None:
        return None
    asked = frames.main_order.sub(r"\1", next(g for g in found.groups() if g), count=1)
    scene = text[: found.start()].rstrip()
    asked = f"{asked[:1].upper()}{asked[1:]}?"
    return f"{scene} {asked}" if scene else asked


__all__ = ["Frames", "topic_framed"]
