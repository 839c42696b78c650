"""Per-turn look-ups in a vocabulary read as set tests, not as a loop that rebuilds the
vocabulary's form at every word or every turn (perf31). Each is held to what the loop said,
on made-up words:

- the level comparison's «samme spørsmål» (the question asked again, compares nothing) looks
  at the word after «samme» only, wherever it stands, and a message of one word or none;
- a compound whose head is a cost word, against two vocabularies in turn (the heads are
  picked once per vocabulary, never one vocabulary's for the other's);
- a service after «uten»/«utenom» (ruled out, or already known) and none in a question
  with neither word (most);
- a figure asked of people counted («hvor mange elever … utsatt for vold»), no case: what
  ends the count's part of the sentence is made once per knowledge load.
"""

from __future__ import annotations

import pytest

from bot.compiled import Compiled
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.models import Level
from bot.understanding.facets import costs
from bot.understanding.level_same import asks_same_level
from bot.understanding.question_form import QuestionForm
from bot.understanding.service_asked import roles_asked

SAID = QuestionForm(
    same_words=frozenset({"samme", "lik"}),
    same_question=frozenset({"sporsmal", "spm"}),
    same_again=frozenset({"for"}),
    level_named={"styrende": Level.STYRENDE, "utforende": Level.UTFORENDE},
)


def _looped(words: tuple[str, ...], said: QuestionForm) -> bool:
    """The first test of :func:`asks_same_level` as the word loop read it."""
    again = frozenset((w,) for w in said.same_question)
    return not said.same_words.isdisjoint(
        w for i, w in enumerate(words) if words[i + 1 : i + 2] not in again
    )


def test_the_same_question_asked_again_compares_nothing() -> None:
    cases = [
        ("er", "styrende", "det", "samme", "som", "utforende"),
        ("samme", "sporsmal", "om", "styrende", "og", "utforende"),
        ("styrende", "og", "utforende", "lik", "spm"),
        ("styrende", "lik", "utforende", "samme"),
        ("samme",),
        (),
    ]
    for words in cases:
        compares = _looped(words, SAID)
        got = asks_same_level(words, None, SAID)
        assert got == (compares and len({w for w in words if w in SAID.level_named}) >= 2)
    assert asks_same_level(("er", "styrende", "det", "samme", "som", "utforende"), None, SAID)
    assert not asks_same_level(
        ("samme", "sporsmal", "om", "styrende", "og", "utforende"), None, SAID
    )


def test_a_compound_on_a_cost_word_against_two_vocabularies() -> None:
    fees = frozenset({"avgift", "gebyr"})
    sums = frozenset({"belop", "summen"})
    asked = ("hva", "koster", "parkeringsavgift", "gebyrsats", "totalbelop", "summen")
    assert costs(asked, fees) == {"parkeringsavgift"}
    assert costs(asked, sums) == {"totalbelop", "summen"}
    assert costs(asked, fees) == {"parkeringsavgift"}
    assert costs(asked, frozenset()) == set()


@pytest.fixture(scope="module")
def compiled() -> Compiled:
    return Compiled.of(KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR))


def test_a_service_ruled_out_or_already_known_is_not_asked(compiled: Compiled) -> None:
    lex = compiled.understanding.lexicon

    def asked(text: str) -> tuple[str, ...]:
        words = tuple(text.split())
        return roles_asked(lex, words, [False] * len(words))

    assert "politi" in asked("kan politi hjelpe oss med dette")
    assert "politi" not in asked("vi vil lose det uten at det blir politi hvem kan hjelpe")
    assert "politi" not in asked("hvem samarbeider vi med utenom politi")
    assert "politi" in asked("hvem samarbeider vi med utenom kommunen om politi")


def test_a_figure_asked_of_people_counted_is_no_case(compiled: Compiled) -> None:
    check = compiled.safety.check
    assert check("hvor mange elever i kommunen har blitt utsatt for vold i år?") is None
    assert check("hvor mange elever på 9. trinn har opplevd overgrep?") is None
    assert check("eleven min har blitt utsatt for vold hjemme") is not None
