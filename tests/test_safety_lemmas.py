"""The danger check reads an inflection no list spells by its lemma (bot/safety_lemmas.py).

Made-up phrasings, each with a form the files do not list as typed (a nynorsk plural, a
dialect past tense, a noun's plural): each is read as its dictionary word. Look-alikes that
share a lemma with a danger word stay quiet, and the lexicons' ambiguous forms join nothing.

The rules of what joins are applied offline by scripts/lemma_forms.py, with simplemma's
lexicons (a dev dependency): those tests skip without it; the phrasings read the committed
knowledge/language/lemma_forms.yaml, as the bot does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import pytest

from bot.safety import DangerCheck, check
from bot.safety_lemmas import Kin, lemma_key, unfold

KinOf = Callable[[Iterable[str]], Kin]


@pytest.fixture(scope="module")
def kin() -> KinOf:
    """scripts/lemma_forms.py's table for a small vocabulary (the lexicons read once)."""
    pytest.importorskip("simplemma", reason="simplemma (a dev dependency) is not installed")
    from scripts.lemma_forms import kin as build
    from scripts.lemma_forms import lexicons

    found: tuple[Mapping[str, str], ...] = lexicons()
    return lambda vocabulary: build(vocabulary, found)


def test_a_folded_word_is_tried_in_every_spelling() -> None:
    assert set(unfold("sla")) == {"sla", "slå"}
    assert "skjaere" in set(unfold("skjaere")) and "skjære" in set(unfold("skjaere"))


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"), [("stikka", "stikke"), ("tenkje", "tenke"), ("leggje", "legge")]
)
def test_nynorsk_lemmas_meet_their_bokmal_ones(nynorsk: str, bokmal: str) -> None:
    assert lemma_key(nynorsk) == bokmal


def test_a_form_is_read_as_its_lemma_where_the_files_list_it(kin: KinOf) -> None:
    # «hengte» (hanged) has phrases of its own; «hingo» (hung) is read as «henge» alone
    table = kin({"henge", "hengte"})
    assert table.reading("hingo") == ("henge", {"henge", "hengte"})
    assert table.reading("nordmannsen") == ("", frozenset())


def test_a_verb_and_its_noun_are_one_act(kin: KinOf) -> None:
    # «lugget» is the noun's definite form to one lexicon and the verb's past to the other
    assert kin({"lugget"}).of("luggande") == {"lugget"}


def test_forms_join_the_vocabulary_word_of_their_lemma(kin: KinOf) -> None:
    table = kin({"kvele", "onkel", "leve", "brenne", "dor", "for", "stikke"})
    assert table.of("kvalte") == {"kvele"}  # a strong past no ending rule makes
    assert table.of("onklane") == {"onkel"}  # a nynorsk plural
    assert table.of("stikka") == {"stikke"}  # nynorsk «stikka» meets bokmål «stikke»
    # An everyday word is taken as written: «levde» stays «levde» (lived).
    assert not table.of("levde")
    # «dør» is «dø» (dies) and the noun door: its forms («døra») join nothing; nor do
    # forms that fold to another word («fore» – «føre»).
    assert not table.of("dora") and not table.of("dorene") and not table.of("fore")


READ = [
    ("jenta seier onklane hennar tek bilete av ho utan klede", "seksuelle_overgrep"),
    ("vi får ikkje kontaktane med guten, han ligg på golvet etter festen", "akutt_medisinsk"),
    ("gutten har hjertestansen, vi har ringt men hva gjør vi", "akutt_medisinsk"),
    ("foreldra hennar rusast heime kvar helg og ho må passe småsøskena", "rus"),
]


@pytest.mark.parametrize(("message", "topic"), READ)
def test_an_inflection_no_list_spells_is_read(
    vocabulary: DangerCheck, message: str, topic: str
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.topic == topic, (message, finding)


QUIET = [
    "døra til møterommet er låst, hvem har nøkkelen?",
    "dørene på ungdomsklubben stenger klokka ti",
    "vi levde godt på leirskolen, maten var kjempegod",
    "kven har ansvaret for kontaktane med foreldra i slt?",
    "onklane og tantene til elevane er velkomne på 17. mai-feiringa",
    "kan vi låne knivane til kjøkkenet på ungdomsklubben?",
    "trenerne i fotballklubben vil ha et møte om politiattest",
    "han kvalte en latter da rektor snublet",
    "vi brende bål på leirskolen og grilla pølser",
    "lærerne skjelte ut klassen for bråket",
    "klassen hingo opp plakatar med hyssing i gangen i går",
]


@pytest.mark.parametrize("message", QUIET)
def test_look_alikes_sharing_a_lemma_stay_quiet(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


def test_nothing_of_a_message_is_kept(vocabulary: DangerCheck) -> None:
    table = vocabulary._words._kin  # the table the check reads
    before = len(table)
    check("guten seier at onklane har gjort ting med han, Ola Nordmannsen", vocabulary)
    assert len(table) == before
    assert not table.of("nordmannsen")
