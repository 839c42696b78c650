"""Session 21 (safety47): general reasons found on corpus17a's dev half and by safety45, each
with made-up probes (never a corpus's own sentences) and calm look-alikes."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck
from bot.safety_match import Atoms


def test_a_word_the_language_files_spell_is_never_read_as_a_typo() -> None:
    """The one-typo reading of a long word skips the language files' own words (danger.yaml's
    ``ordinary``, the dialect's forms, the topics), as everyday words: taken as written."""
    atoms = Atoms(written=frozenset({"skoleskyss"}))
    stem = atoms.add("skoleskyt*")
    atoms.freeze()
    assert atoms.of("skoleskyss") == frozenset()
    assert atoms.of("skoleskyts") == frozenset({stem})  # no word of the files: still a typo


# An animal up high that will not come down is a pet, no person at risk; a person is.
ANIMAL_UP_HIGH = [
    "katten sitter på taket og vil ikke ned, hvem kan hjelpe?",
    "hunden står på balkongen og vil ikke ned igjen",
    "katten har klatret opp på taket og vil ikke komme ned",
]

PERSON_UP_HIGH = [
    "gutten sitter på taket og vil ikke ned",
    "hun står på brua og vil ikke komme ned",
]


@pytest.mark.parametrize("text", ANIMAL_UP_HIGH)
def test_an_animal_up_high_is_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize("text", PERSON_UP_HIGH)
def test_a_person_up_high_is_suicide_risk(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "selvmord_selvskading", text


# Figures asked of a harm («tall på», «statistikk over») ask about many: no case. Figures
# written on a body beside the harm are no such question.
FIGURES_ASKED = [
    "Finnes det tall på selvskading blant elever i kommunen?",
    "hvilken hjelpetelefon kan jeg tipse om ved vold i nære relasjoner?",
    "har vi statistikk over selvmord blant unge her?",
    "finnes det noen tall om vold blant ungdom hos oss?",
]

FIGURES_TOLD = [
    "jenta har skrevet tall på armen og kuttet seg",
    "han skrev tall på hånda og sier at han vil ta livet sitt",
]


@pytest.mark.parametrize("text", FIGURES_ASKED)
def test_figures_asked_of_a_harm_are_no_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize("text", FIGURES_TOLD)
def test_figures_on_a_body_stay_a_case(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "selvmord_selvskading", text


# Something taken, then panic and «sier han skal dø» with the heart racing: a trip gone wrong,
# the fear of dying (overdose, 113) – no wish to die. Someone who hurts themselves while high
# is self-harm, whatever they took (the brief of session 21: the person's own act decides).
PANIC_AFTER_INTAKE = [
    "gutten har røykt noe bak gymsalen, er helt panisk og sier han skal dø",
    "hun har tatt noe på festen, har panikk og sier hun skal dø, hjertet hamrer",
]

SELF_HARM_WHILE_HIGH = [
    "han er rusa på noe og river seg selv i armene så det blør",
    "hun har drukket mye og kutter seg i armen med en glassbit",
]

WISH_TO_DIE_IN_PANIC = [
    "jenta har panikk og sier hun vil dø, ingen vits lenger for henne",
    "han har panikk og har skrevet farvel til alle, sier han skal dø",
]


@pytest.mark.parametrize("text", PANIC_AFTER_INTAKE)
def test_panic_after_intake_is_a_body_in_trouble(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic != "selvmord_selvskading", text
    assert "113" in found.calls, text


@pytest.mark.parametrize("text", SELF_HARM_WHILE_HIGH)
def test_self_harm_while_high_is_self_harm(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "selvmord_selvskading", text


@pytest.mark.parametrize("text", WISH_TO_DIE_IN_PANIC)
def test_a_wish_to_die_in_panic_stays_suicide_risk(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "selvmord_selvskading", text


# Two signs of a child's needs not met at home – hunger, a body or clothes nobody looks after,
# no winter clothes, illness or growth nobody sees to – are neglect (a disclosure); one sign
# alone, or a class trip's, is no case.
NEGLECT = [
    "gutten kommer alltid sulten på skolen og lukter vondt",
    "jenta har ikke vinterjakke og er alltid sulten når hun kommer i barnehagen",
    "han har hatt lus lenge og stjeler mat fra de andre i klassen",
]

NEGLECT_CALM = [
    "elevene er alltid sultne etter svømmingen, kan vi kjøpe frukt?",
    "det er lus i 3. klasse, send info til foreldrene om å sjekke hodet",
    "på leirskolen luktet alle vondt og var alltid sultne",
    "en elev er alltid sulten, han vokser så mye nå, og han har ikke jakke med i dag",
]


@pytest.mark.parametrize("text", NEGLECT)
def test_two_signs_of_needs_not_met_are_neglect(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.categories == ("omsorgssvikt",), text


@pytest.mark.parametrize("text", NEGLECT_CALM)
def test_one_sign_or_a_trip_is_no_neglect(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


# An arm twisted by someone close is violence (signals skade): «far vred armen hans».
TWISTED = [
    "jenta fortalte at stefaren vred armen hennes bak ryggen",
    "mora vrei om armen til guten fordi han ikkje ville gå",
]


@pytest.mark.parametrize("text", TWISTED)
def test_an_arm_twisted_by_someone_close_is_violence(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "vold_nare", text


def test_an_ankle_twisted_at_training_is_no_case(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("hun vred om ankelen på trening i går") is None


# Nynorsk «kvar» before a time word is «hver» (every), not «hvor» (where): a carer drunk
# «kvar kveld» is drugs at home as «hver kveld» is.
EVERY_EVENING = [
    "ho seier at far er full kvar kveld no",
    "guten fortel at mor drikk kvar helg og at dei er åleine",
]


@pytest.mark.parametrize("text", EVERY_EVENING)
def test_kvar_before_a_time_word_is_every(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.categories == ("rus-hjemme",), text


def test_kvar_alone_is_still_where() -> None:
    from bot.safety_words import dialect_mapped

    dialect = {"kvar": "hvor"}
    assert dialect_mapped(["kvar", "er", "han"], dialect) == ["hvor", "er", "han"]
    assert dialect_mapped(["full", "kvar", "kveld"], dialect) == ["full", "hver", "kveld"]
