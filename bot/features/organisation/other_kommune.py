"""A question about another kommune's SLT work: «hva står i SLT-planen til Time kommune?».

The bot knows the plans of the kommuner it serves (knowledge/kommuner/) and no other; asked
about another kommune it says so, names the ones it knows and who to ask, rather than
answering from the asker's own plan. Norway's kommuner are a knowledge file
(knowledge/national/kommuner_norge.yaml, its source named there), loaded and checked with the
rest (bot/knowledge/country.py); the words around a name are understanding.yaml's
``other_kommune``. Both are folded once per knowledge base (:func:`kommuner_of`), never per
message.

A name counts as the kommune asked about only where a place stands: after «i», «på», «hos» …
(«koordinatoren i Stavanger»), or before «kommune» or a possessive («Hole sin plan», «Moss
kommunes plan»). A name that is also a word or a surname (the file's ``also_words``: «time»,
«Hole») needs a capital letter or «kommune» after it. Never when the question names a served
kommune too, speaks of «vi» / «oss» (a comparison with the asker's own), or names a kommune
the asker's own plan works with in its groups, contacts or tiltak (Jevnaker's politiråd is
shared with Ringerike and Hole) without asking for its plan. A routine asked for, a case
about someone or a question the bot would not answer anyway needs the same.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from bot.features.organisation import texts
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.router import ROUTINES, Router, Turn
from bot.text import fold
from bot.understanding import Intent

OTHER_KOMMUNE = "other_kommune"
"""The reply's fact naming the kommune asked about (the rescue leaves such a reply be)."""

WORKS = {"groups", "contacts", "tiltak", "coordinator"}
"""Where the asker's own knowledge names a kommune it works with (not the plan's history):
fields of the kommune's model."""
_WORD = re.compile(r"[\w-]+")
SIN = "si"
"""The possessive after a name («Hole sin plan»): after a name that is also a word it is that
word's own phrase («må hver tjeneste ha sin egen prosedyre» is no question about Hå), so
such a name needs its capital letter; «kommune» after it is enough without one."""


@dataclass(frozen=True)
class Kommuner:
    """Norway's kommuner by folded name (one or more words), those also words, and the words
    around a name that make it the kommune asked about (all folded)."""

    names: dict[tuple[str, ...], str]
    also_words: frozenset[str]
    first_words: frozenset[str]
    """Every name's first word, lower-cased as written and folded: a message holding none of
    them (nor one with a genitive «s») names no kommune, and is passed over without folding
    each of its words (most turns)."""
    before: frozenset[str]
    after: frozenset[str]
    we: frozenset[str]
    plan_words: tuple[str, ...]

    def may_name_one(self, text: str) -> bool:
        words = _WORD.findall(text.lower().replace("-", " "))
        first = self.first_words  # by set operations in C, not a generator per word
        return not first.isdisjoint(words) or not first.isdisjoint([w[:-1] for w in words])


def kommuner_of(kb: KnowledgeBase) -> Kommuner:
    """The country's kommuner and the words around them, built once per knowledge base."""
    return kb.built(_build)


def _build(kb: KnowledgeBase) -> Kommuner:
    listed = kb.country.names()
    names = {tuple(key.split()): name for key, name in listed.items()}
    written = {n.split()[0].lower() for n in (*listed.values(), *kb.country.parallel_names)}
    words = kb.language.understanding.other_kommune
    return Kommuner(
        names=names,
        also_words=kb.country.also(),
        first_words=frozenset({key[0] for key in names} | written),
        before=_folded(words.before),
        after=_folded(words.after),
        we=_folded(words.we),
        plan_words=tuple(sorted(_folded(words.plan_words))),
    )


def _folded(spec: str) -> frozenset[str]:
    return frozenset(fold(w) for w in spec.split())


def named_other(
    text: str, kb: KnowledgeBase, own: KommuneIndex | None, *, strict: bool = False
) -> str | None:
    """The kommune without a plan here that ``text`` asks about, else None; ``strict``: only
    when its plan or SLT work is asked for, or «kommune» follows its name."""
    known = kommuner_of(kb)
    if not known.may_name_one(text):
        return None
    raw = _WORD.findall(text.replace("'", "").replace("’", ""))
    words = [fold(w).replace("-", " ") for w in raw]
    flat = [p for w in words for p in w.split()]
    if known.we & set(flat):
        return None
    served = {fold(n) for n in kb.names}
    for i in range(len(words)):
        for n in (3, 2, 1):
            key = tuple(p for w in words[i : i + n] for p in w.split())
            stem = (*key[:-1], key[-1][:-1]) if key and key[-1].endswith("s") else ()
            genitive = stem in known.names  # «Stavangers plan»
            name = known.names.get(key) or (known.names.get(stem) if genitive else None)
            if name is None or fold(name) in served:
                continue
            before = words[i - 1] if i > 0 else ""
            after = words[i + n] if i + n < len(words) else ""
            if before not in known.before and after not in known.after and not genitive:
                continue
            if fold(name) in known.also_words and not (
                raw[i][:1].isupper() or (after in known.after and not after.startswith(SIN))
            ):
                continue
            plan = any(w.startswith(known.plan_words) for w in flat) or after in known.after
            if not plan and (strict or (own is not None and _works_with(own, name))):
                continue
            return name
    return None


_TEXTS: dict[tuple[str, str], str] = {}
"""A served kommune's knowledge as text (its place names left out), by id and version."""


def _works_with(own: KommuneIndex, name: str) -> bool:
    """The asker's own knowledge names the kommune, capitalised as a name (a shared group, a
    neighbour's service; «Time» the kommune, never «1 time»)."""
    key = (own.kommune.id, own.kommune.version)
    if key not in _TEXTS:
        data = own.kommune.model_dump(mode="json", include=WORKS)
        _TEXTS[key] = json.dumps(data, ensure_ascii=False)
    return re.search(rf"\b{re.escape(name)}\b", _TEXTS[key]) is not None


def asked_other(turn: Turn) -> str | None:
    """The other kommune the turn's question asks about. A routine asked for, or a case
    about someone («eleven bor i Moss, hvem melder jeg til?»), names a kommune in passing
    unless its plan is asked for; so does a question the bot would not answer anyway
    («har noen sett dokumentaren om overdoser i Oslo?»)."""
    q = turn.understood
    kb = turn.bot.kb
    if q is None or q.kommune_named or not kommuner_of(kb).may_name_one(turn.text):
        return None
    # a question the bot would not answer anyway («dokumentaren om … i Oslo») stays so
    strict = q.intent is Intent.UNKNOWN or q.routine is not None
    strict = strict or turn.bot.routines.asked.about_someone(q.words)
    return named_other(turn.text, kb, kb.get(turn.kommune_id), strict=strict)


def _asks_other(turn: Turn) -> bool:
    return asked_other(turn) is not None


def other_kommune(turn: Turn) -> Reply:
    """The kommuner whose plans the bot knows, and who to ask about the one asked about."""
    kb = turn.bot.kb
    name = asked_other(turn) or ""
    shown = sorted(k.kommune.short_name for k in kb.kommuner.values())
    text = texts.OTHER_KOMMUNE(served=texts.joined(shown), name=name)
    return Reply(text, intent="unknown", facts={OTHER_KOMMUNE: name})


def register(router: Router) -> None:
    """Before routines and questions: they would answer from the asker's own plan."""
    router.message("other_kommune", _asks_other, other_kommune, group=ROUTINES - 1)


__all__ = ["OTHER_KOMMUNE", "Kommuner", "kommuner_of", "named_other", "other_kommune", "register"]
