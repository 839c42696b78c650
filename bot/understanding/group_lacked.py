"""«Finnes det en operativ SLT-gruppe i Jevnaker?», «har me eit SLT-nettverk i Gjesdal?»: a
group asked for by a name another kommune's plan gives a group and this kommune's plan does not.

The level synonyms find the kommune's own group on the same level (Jevnaker's fagteam for
«operativ SLT-gruppe»), and its sheet or a «Mente du …?» about it would answer as if the
kommune had a group of that name. Whether it has one is what was asked: the honest reply says
the plan names none and which groups it has on that level (organisation/lacked_group.py).

Only in a question of whether the kommune has it (``exists``: «finnes det», or «har vi/me …»),
or of the group's meetings (``MEETING_READINGS``: «når er neste møte i fagteamet» in Gjesdal –
a wrong premise gets no other group's date, rhythm or convener), and only for a name whose last
word is a group's (``heads``: «-gruppe», «nettverk», «team»): «har vi en rutine for politi og
barnevern» names Gjesdal's samarbeidsmøte by an alias, no group. The names are folded once per
knowledge base; a question looks them up once, in the words it already has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.knowledge.asked_words import GroupLackedWords
from bot.knowledge.index import KnowledgeBase, KommuneIndex, phrase_starts
from bot.knowledge.models import Level
from bot.text import fold, folded_words
from bot.understanding.entities import longest_phrase
from bot.understanding.intents import Intent

MEETING_READINGS = frozenset(
    {
        Intent.NEXT_MEETING,
        Intent.FREQUENCY,
        Intent.MEETING_PLAN,
        Intent.INNKALLER,
        Intent.MOTELEDER,
        Intent.SEKRETAR,
    }
)
"""A group's meetings asked: of a group the kommune does not have, the honest reply."""


@dataclass(frozen=True)
class Lacked:
    """A group name the kommune's plan does not give: as said, and the level it is on."""

    name: str
    level: Level


@dataclass(frozen=True)
class GroupNames:
    """Per kommune: the folded group names other kommuner's plans give and its own does not."""

    others: Mapping[str, Mapping[str, Lacked]]
    starts: Mapping[str, Mapping[str, tuple[int, ...]]]
    exists: frozenset[str]
    have: frozenset[str]
    we: frozenset[str]
    longest: int
    kommuner: Mapping[str, str]
    """A kommune's one-word name (folded) → its id: another kommune named beside the name."""

    @classmethod
    def of(cls, kb: KnowledgeBase, words: GroupLackedWords | None) -> GroupNames:
        if words is None:
            return cls({}, {}, frozenset(), frozenset(), frozenset(), 0, {})
        heads = tuple(fold(w) for w in words.heads.split())
        named: dict[str, Lacked] = {}
        for index in kb.kommuner.values():
            for group in index.kommune.groups:
                for name in (group.name, *group.aliases):
                    folded = fold(name)
                    if folded.endswith(heads) and folded not in named:
                        named[folded] = Lacked(_shown(name), group.level)
        # Most kommuner lack the same names (every one that names none of them its own): one
        # table and its starts for each distinct set, not one per kommune (356: 356 alike).
        alike: dict[frozenset[str], tuple[dict[str, Lacked], dict[str, tuple[int, ...]]]] = {}
        others: dict[str, dict[str, Lacked]] = {}
        starts: dict[str, dict[str, tuple[int, ...]]] = {}
        for kommune_id, index in kb.kommuner.items():
            own = {p for p, (kind, _) in index.phrases.items() if kind == "group"}
            lacked = frozenset(p for p in named if p not in own)
            if lacked not in alike:
                names = {p: said for p, said in named.items() if p in lacked}
                alike[lacked] = (names, phrase_starts(names))
            others[kommune_id], starts[kommune_id] = alike[lacked]
        return cls(
            others=others,
            starts=starts,
            exists=folded_words(words.exists),
            have=folded_words(words.have),
            we=folded_words(words.we),
            longest=max((len(p.split()) for p in named), default=0),
            kommuner={n: k for n, k in kb.names.items() if " " not in n},
        )

    def lacked(
        self,
        words: tuple[str, ...],
        kommune_id: str | None,
        index: KommuneIndex | None,
        intent: Intent = Intent.UNKNOWN,
    ) -> Lacked | None:
        """The group name asked for that the kommune's plan does not give, or None – also when
        the question names one of the kommune's own groups by its own name («finnes det en
        operativ slt-gruppe hos oss» in Gjesdal, which has one)."""
        if not kommune_id or kommune_id not in self.others or index is None:
            return None
        exists = bool(set(words) & self.exists) or (
            words[:1] and words[0] in self.have and words[1:2] and words[1] in self.we
        )
        if not (exists or intent in MEETING_READINGS):
            return None
        found = longest_phrase(
            words, self.others[kommune_id], self.starts[kommune_id], self.longest
        )
        if found is None:
            return None
        if not exists and any(self.kommuner.get(w, kommune_id) != kommune_id for w in words):
            # «i Gjesdal har de en arbeidsgruppe, hvor ofte møtes koordineringsgruppa hos
            # oss?» in Jevnaker: the other kommune's group compares, the meeting is one's own
            return None
        own = longest_phrase(words, index.phrases, index.phrase_starts, self.longest)
        return None if own is not None and own[2][0] == "group" else found[2]


def _shown(name: str) -> str:
    """The name as a plan writes it, lower-cased but for SLT: «operativ SLT-gruppe»."""
    return re.sub(r"\bslt\b", "SLT", name.lower())


__all__ = ["GroupNames", "Lacked"]
