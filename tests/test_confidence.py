"""The confidence rule for readings retrieval decides, with made-up rankings and questions.

Close readings are asked back («Mente du …?»), an object holding too few of the question's
words is no answer (the honest fallback), a clear leader answers. A rival is weighed by how
close it scores to the leader, never by whether it clears the score floor: otherwise an object
added elsewhere, moving the rival's score across the floor, would flip the answer. The margin
of each answer retrieval decided is kept, so the evaluation counts the fragile ones.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.knowledge.models import NationalDefaults
from bot.understanding import Intent, Understanding, retrieval
from bot.understanding.confidence import answer_margin, fragile, retrieval_margin
from bot.understanding.options import MARGIN, MIN_SCORE, from_retrieval
from bot.understanding.retrieval import Doc, Hit
from tests.eval import Item, Outcome, report

TILTAK = Doc("tiltak", "99", "Sommerleir for ungdom")
CONTACT = Doc("contact", "ungdomsklubb", "Ungdomsklubben")
NOTE = Doc("note", "0", "Planen ble vedtatt")


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> KommuneIndex:
    found = kb.get("valer")
    assert found is not None
    return found


@pytest.fixture(scope="module")
def reader(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


def read(hits: list[Hit], index: KommuneIndex) -> tuple[Intent, tuple[str, ...]]:
    intent, _, options = from_retrieval(Intent.UNKNOWN, hits, index, frozenset())
    return intent, options


def test_a_clear_leader_answers(index: KommuneIndex) -> None:
    intent, options = read([Hit(TILTAK, 4.0, 1.0), Hit(CONTACT, 1.2, 1.0)], index)
    assert (intent, options) == (Intent.TILTAK_LOOKUP, ())


def test_two_close_readings_are_asked_back(index: KommuneIndex) -> None:
    intent, options = read([Hit(TILTAK, 3.0, 1.0), Hit(CONTACT, 2.5, 1.0)], index)
    assert intent is Intent.UNKNOWN
    assert options == ("Hva går tiltak 99 ut på?", "Hvordan når jeg ungdomsklubben?")


def test_weak_coverage_of_the_questions_words_is_no_answer(index: KommuneIndex) -> None:
    """A high score on one word of five («sommerleir») is that word in passing."""
    intent, options = read([Hit(TILTAK, 5.0, 0.4), Hit(CONTACT, 0.5, 0.2)], index)
    assert (intent, options) == (Intent.UNKNOWN, ())


def test_a_rival_under_the_score_floor_still_counts_by_its_ratio(index: KommuneIndex) -> None:
    """The same ranking, the rival just under and just over the floor: the same reading."""
    below = read([Hit(TILTAK, 1.6, 1.0), Hit(CONTACT, MIN_SCORE - 0.01, 1.0)], index)
    above = read([Hit(TILTAK, 1.6, 1.0), Hit(CONTACT, MIN_SCORE + 0.01, 1.0)], index)
    assert below[0] is above[0] is Intent.UNKNOWN
    assert below[1] and above[1]


def test_one_family_is_no_rival(index: KommuneIndex) -> None:
    """A plan note beside the plan is part of it, not another reading."""
    plan = Doc("plan", "plan", "SLT-planen")
    intent, options = read([Hit(plan, 3.0, 1.0), Hit(NOTE, 2.9, 1.0)], index)
    assert (intent, options) == (Intent.PLAN, ())


def test_the_margin_is_the_nearest_threshold() -> None:
    assert retrieval_margin([Hit(TILTAK, 4.0, 1.0), Hit(CONTACT, 1.0, 1.0)]) == pytest.approx(
        4.0 / MARGIN
    )
    assert retrieval_margin([Hit(TILTAK, 1.2, 1.0)]) == pytest.approx(1.2 / MIN_SCORE)
    assert retrieval_margin([Hit(TILTAK, 4.0, 0.3)]) is None  # nothing strong: no answer


@pytest.mark.parametrize(
    ("margin", "is_fragile"),
    [(None, False), (0.8, False), (1.0, True), (1.09, True), (1.1, False), (2.5, False)],
)
def test_fragile_is_the_band_just_above_a_threshold(
    margin: float | None, *, is_fragile: bool
) -> None:
    assert fragile(margin) is is_fragile


def test_only_an_answer_retrieval_decided_has_a_margin(index: KommuneIndex) -> None:
    hits = [Hit(TILTAK, 4.0, 1.0), Hit(CONTACT, 1.0, 1.0)]
    decided = answer_margin(Intent.TILTAK_LOOKUP, "", (None, None), (), hits, index)
    assert decided == pytest.approx(4.0 / MARGIN)
    cued = answer_margin(Intent.TILTAK_LOOKUP, "tiltak", (None, None), (), hits, index)
    asked_back = answer_margin(Intent.UNKNOWN, "", (None, None), ("Mente du?",), hits, index)
    other = answer_margin(Intent.CONTACT_SERVICE, "", (None, None), (), hits, index)
    assert cued is asked_back is other is None


def test_a_question_a_cue_and_a_group_decide_has_no_margin(reader: Understanding) -> None:
    understood = reader.understand("hvem sitter i politirådet", "valer")
    assert understood.intent is Intent.MEMBERS
    assert understood.margin is None


def test_the_eval_report_counts_fragile_answers_per_half() -> None:
    """The product owner's figure: confident answers retrieval decided, and how many of them
    stand within ten per cent of a threshold. An aggregate only, as for the test half."""
    item = Item("x-1", "valer", "dev", "sommerleir?", "tiltak_lookup")
    outcomes = [
        Outcome(item, "tiltak_lookup", right=True, wrong_answer=False, margin=1.05),
        Outcome(item, "tiltak_lookup", right=True, wrong_answer=False, margin=2.0),
        Outcome(item, "members", right=True, wrong_answer=False),
    ]
    assert "fragile: 1 of 2 confident answers retrieval decided" in report(outcomes)


MADE_UP = [
    ("valer", "fortell meg om sommeruka for ungdom"),
    ("gjesdal", "er det noe for unge som faller ut av skolen"),
    ("jevnaker", "hvilke visjoner har vi"),
    ("valer", "barnevernvakta om kvelden"),
    ("gjesdal", "hva er målgruppa vår"),
    ("jevnaker", "hvem sitter i politirådet"),
]


def test_one_object_added_elsewhere_flips_no_reading(
    kb: KnowledgeBase, reader: Understanding, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every word's BM25 weight moves when an object is added anywhere; the readings must not.
    The object added shares words with many questions (ungdom, skole, barn, plan)."""
    before = [reader.understand(text, kommune) for kommune, text in MADE_UP]
    documents = retrieval._documents

    def with_one_more(index: KommuneIndex, national: NationalDefaults | None) -> list[Any]:
        extra = retrieval._text("ungdom skole barn foreldre planen samarbeid trygg oppvekst")
        return [*documents(index, national), (Doc("note", "0", "Et nytt notat"), extra)]

    monkeypatch.setattr(retrieval, "_documents", with_one_more)
    after = [Understanding(kb).understand(text, kommune) for kommune, text in MADE_UP]
    assert [(u.intent, u.group_id, u.options) for u in after] == [
        (u.intent, u.group_id, u.options) for u in before
    ]
