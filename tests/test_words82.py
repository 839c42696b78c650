"""words82: the word lists of topic_framed, leaning, errands and compared are understanding.yaml's,
and topic_framed gates its patterns by words, not by substrings.

No answer changed (bench.answer_snapshot: 0 of 26,498 differ): these tests hold new phrasings
of each class to the reading they had, calm look-alikes to theirs, and the gates to their job
(a pattern is never run on a message that lacks a word it needs). The reload of a word a
linguist adds is tests/test_language_lists.py's.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path
from typing import Any, cast

import pytest

from bot.features.organisation.errands import errand
from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from bot.understanding.compared import compared_kommune
from bot.understanding.leaning import leaning
from bot.understanding.topic_framed import Frames, topic_framed

ROOT = Path(__file__).resolve().parent.parent


def _words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("kva bør eg fortelje foreldra om ungdata?", "Fortell om ungdata?"),
        ("Hva kan vi si til de foresatte på foreldremøtet om natteravn", "Fortell om natteravn?"),
        ("hva skal jeg ta opp med", None),  # no parent, no «om»
        ("Møte i kveld. Hva burde vi nevne til mamma om SLT?", "Møte i kveld. Fortell om SLT?"),
        ("hva veit du om sommerjobb", "Fortell om sommerjobb?"),
        ("hva kan boten angående MOT", None),  # «angående» never gated what the bot knows
        (
            "Kunne du vise meg hvilke tiltak som mangler ansvarlig?",
            "Hvilke tiltak mangler ansvarlig?",
        ),
        ("kan du gi oss ei kort oversikt over møtene", "Oversikt over møtene?"),
        ("får vi oversikt over frister?", "Oversikt over frister?"),
        # calm look-alikes: «mor», «far» inside other words, «oversikt» in a compound
        ("når er møtet i morgen?", None),
        ("hva er farlig for ungdom på fredager?", None),
        ("hvem har ansvar for familiearbeidet?", None),
        ("hvor finner jeg oversikten over tiltak?", None),
        ("hva skal jeg si til foreldrene?", None),
    ],
)
def test_a_frame_reads_as_before(kb: KnowledgeBase, text: str, restated: str | None) -> None:
    assert topic_framed(kb, text) == restated


class _Refused:
    """A pattern that must not be run."""

    def search(self, text: str) -> None:
        raise AssertionError(f"a pattern ran on {text!r}")


class _Holding:
    """A knowledge base as topic_framed asks it: its frames, built."""

    def __init__(self, frames: Frames) -> None:
        self.frames = frames

    def built(self, make: Any) -> Frames:
        return self.frames


@pytest.mark.parametrize(
    "text",
    [
        "når er neste møte i morgen?",
        "er det farlig å kjøre moped uten hjelm?",
        "hvem følger opp familiesaker i barnevernet?",
        "hva er fagteamets oversiktsbilde?",
        "Hvem sitter i styringsgruppa for SLT?",
    ],
)
def test_no_pattern_runs_without_a_word_it_needs(kb: KnowledgeBase, text: str) -> None:
    """«mor», «far», «familie» and «oversikt» as parts of other words pass no gate: the
    patterns are not run (they ran on «morgen» and «farlig» before words82)."""
    refused = cast(Any, _Refused())
    frames = dataclasses.replace(
        kb.built(Frames.of), told=refused, known=refused, of_you=refused, overview=refused
    )
    assert topic_framed(cast(KnowledgeBase, _Holding(frames)), text) is None


def test_the_parent_gate_is_whole_words(kb: KnowledgeBase) -> None:
    frames = kb.built(Frames.of)
    assert {"mor", "far", "foresatte", "foreldrene"} <= frames.parents
    assert not {"de", "morgen", "farlig", "foreld"} & frames.parents


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("gjeld det òg for dei?", True),
        ("hva med henne da", True),
        ("og hva med den andre barnehagen?", True),
        ("kan du forklare det enklere", True),
        ("skriv det kortere til rektor", True),
        # naming their own object: not leaning
        ("hva med fagteamet?", False),
        ("gjelder det alle skolene?", False),
        ("forklar den rutinen enklere", False),
        ("hvem leder det forebyggende arbeidet?", False),
    ],
)
def test_a_follow_up_leans_as_before(kb: KnowledgeBase, text: str, leans: bool) -> None:
    assert leaning(kb).leans_on_before(_words(text)) is leans


@pytest.mark.parametrize(
    ("text", "buys", "errand_asked"),
    [
        ("kan me kjøpe pizza til fagteamet?", True, True),
        ("hvor kjøper jeg blomster til rektor", True, True),
        ("hvor kan vi låne gymsalen til foreldremøtet?", False, True),
        ("hvor parkerer jeg ved rådhuset?", False, True),
        # someone else buying, and no errand: calm readings stay
        ("eleven kjøpte snus av en eldre gutt", False, True),
        ("hvem har ansvar for natteravnene?", False, False),
        ("hvor henvender jeg meg om en bekymring?", False, False),
    ],
)
def test_buying_and_errands_read_as_before(
    kb: KnowledgeBase, text: str, buys: bool, errand_asked: bool
) -> None:
    words = _words(text)
    assert leaning(kb).asks_where_to_buy(words) is buys
    assert errand(kb, words) is errand_asked


@pytest.mark.parametrize(
    ("text", "team", "kommuner"),
    [
        ("hvem leder politirådet? er det likt i jevnaker?", "valer", ("valer", "jevnaker")),
        ("hvor ofte møtes fagteamet – samme i Gjesdal?", "jevnaker", ("jevnaker", "gjesdal")),
        ("hvem leder politirådet i jevnaker?", "valer", None),
        ("hvem leder politirådet? i gjesdal?", "valer", None),  # narrows, compares nothing
        ("hvor ofte møtes fagteamet? og hvem er med i Gjesdal?", "valer", None),
    ],
)
def test_a_comparison_reads_as_before(
    kb: KnowledgeBase, text: str, team: str, kommuner: tuple[str, str] | None
) -> None:
    found = compared_kommune(text, kb, team)
    assert (None if found is None else (found.own, found.other)) == kommuner


READERS = (
    "bot/understanding/topic_framed.py",
    "bot/understanding/leaning.py",
    "bot/understanding/laughed_off.py",
    "bot/understanding/compared.py",
    "bot/features/organisation/errands.py",
)
WORDS_IN_CODE = 3
"""A set, tuple or list of this many words or more is a word list: the language file's."""


@pytest.mark.parametrize("module", READERS)
def test_the_readers_keep_no_word_list(module: str) -> None:
    """No literal collection of words, and no alternation of words in a pattern, is left in
    the five readers: their words are understanding.yaml's (or danger.yaml's «joking»)."""
    tree = ast.parse((ROOT / module).read_text(encoding="utf-8"))
    exported = [
        n.value
        for n in tree.body
        if isinstance(n, ast.Assign) and [ast.unparse(t) for t in n.targets] == ["__all__"]
    ]
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.Tuple | ast.List) and node not in exported:
            said = [
                e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            assert len(said) < WORDS_IN_CODE, (module, node.lineno)
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert not re.search(r"[a-zæøå]{2,}\|[a-zæøå]{2,}", node.value), (module, node.value)
