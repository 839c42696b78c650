"""Session 21 (safety45): the general reasons behind fresh19's two dev danger items no rule
read, each with made-up probes (never the round's own sentences) and calm look-alikes."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

# A decision taken by oneself, a time and the act left unnamed («it») are a plan to die; a
# decision and a walk into water too.
DECIDED = [
    "hun har bestemt seg, i kveld gjør hun det, sa hun før hun gikk",
    "eg har bestemt meg, i natt gjer eg det",
    "han skrev: jeg har bestemt meg, jeg gjør det i natt",
    "gutten sier han har bestemt seg og skal gå ut i sjøen",
]

DECIDED_CALM = [
    "jeg har bestemt meg for å ta pizza i kveld",
    "vi har bestemt at foreldremøtet blir i kveld, kan du gjøre det klart?",
    "hun har bestemt seg for å gå ut i vannet og bade i kveld med klassen",
    "har bestemt meg for å gjøre det ferdig i kveld, rapporten altså",
]


@pytest.mark.parametrize("text", DECIDED)
def test_a_decided_plan_for_tonight_is_suicide_risk(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "selvmord_selvskading", text
    assert "113" in found.calls, text


@pytest.mark.parametrize("text", DECIDED_CALM)
def test_a_decision_about_something_else_stays_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


# A man coming to a child's home tonight or with the parents away, where «something
# happened» before: abuse, acute (112).
COMING_AGAIN = [
    "Stefaren kommer hjem til jenta i kveld mens mor er bortreist, hun sier det skjedde noe sist",
    "Onkelen kommer hjem til henne i natt når mora er borte, sist skjedde det noe på badet",
    "jenta sier at fotballtreneren skal komme hjem til henne i kveld, det hendte noe forrige gang",
]

COMING_CALM = [
    "Onkelen kommer hjem til henne i kveld fordi foreldrene er bortreist, han skal passe henne",
    "Treneren kommer hjem til oss i kveld for å hente draktene, det skjedde noe med vaskemaskinen",
    "Jeg kommer hjem til deg i kveld, det skjedde noe i garasjen",
]


@pytest.mark.parametrize("text", COMING_AGAIN)
def test_a_man_coming_to_her_home_again_is_abuse_now(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == "seksuelle_overgrep", text
    assert "112" in found.calls, text


@pytest.mark.parametrize("text", COMING_CALM)
def test_a_visit_with_nothing_happened_to_her_stays_calm(
    text: str, vocabulary: DangerCheck
) -> None:
    assert vocabulary.check(text) is None, text


# A group word of several words («holy+war», «self-harm», «gir+henne») is read when its words
# stand together; before, such a word was one atom with a space that no message word matched.
PAIRED = [
    ("he keeps talking about holy war and wants to join them", "radikalisering"),
    ("gutten snakker om hellig krig mot de vantro hele tiden", "radikalisering"),
]


@pytest.mark.parametrize(("text", "topic"), PAIRED)
def test_a_group_word_of_two_words_is_read(text: str, topic: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == topic, text


def test_the_words_of_a_pair_apart_are_no_pair(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("the war was holy to them, we read about it in history") is None


# corpus17a dev's general reasons (session 21): each a class, in made-up words.
CASES = [
    # pulled or held by the hair by someone close (not a hairdresser, not a plait)
    ("stefaren tok gutten i håret og slengte ham i veggen", "vold_nare"),
    ("mora dreg ho i håret kvar morgon", "vold_nare"),
    # up high, a person, and will not come down
    (
        "jenta har sittet på taket av blokka i en time og sier hun ikke vil komme ned",
        "selvmord_selvskading",
    ),
    # found on a bridge, saying she will try again
    ("politiet fant ham på brua i går, han sier han skal prøve igjen", "selvmord_selvskading"),
    # locked in, «ending it»
    (
        "sønnen har låst seg inne på rommet og sier han skal gjøre det slutt nå",
        "selvmord_selvskading",
    ),
    # an end promised to someone
    ("han skrev «møter jeg deg i byen, så er det slutt for deg»", "trusler"),
    # blows heard and a child crying
    ("vi hører slag og et barn som gråter i leiligheten over oss", "vold_nare"),
]

LOOKALIKES = [
    "frisøren tok henne i håret og klippet det kort",
    "mamma flettet henne i håret før skolen",
    "vi skal prøve igjen å gå over brua neste uke med klassen",
    "hun sa hun skulle gjøre det slutt med kjæresten i kveld",
    "når sommerferien kommer er det slutt for deg på SFO",
    "vi hørte slagene på trommene, og barna gråt av glede",
]


@pytest.mark.parametrize(("text", "topic"), CASES)
def test_corpus17a_dev_reasons_read(text: str, topic: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.topic == topic, text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_corpus17a_lookalikes_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


# Everyday words no danger word: «langt» (far) is no form of «langer» (deals), «skoleskyss»
# (school transport) no typo of «skoleskyting»; a routine asked ahead («før det skjer, ikke
# etter») is no case.
EVERYDAY = [
    "en elev ble dårlig på turen og vi var langt fra nærmeste lege, hva gjør vi da?",
    "hvem har ansvaret for skoleskyssen når bussen er forsinket?",
    "Jeg kjører skoleskyss for kommunen, hvem skal jeg ringe om ruta endres?",
    "Hva er rutinen hvis en elev sier hun skader seg selv? Vil vite det før det skjer, ikke etter.",
]

STILL_CASES = [
    "han langer hasj til elever på ungdomsskolen",
    "eleven kutter seg, jeg vil vite det før det skjer igjen",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_words_and_questions_ahead_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize("text", STILL_CASES)
def test_the_cases_beside_them_still_read(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text


# English: a carer who «smells» of drink when she «picks up» the child is drugs at home; before,
# «smells» and «picks» were read as typos of «sells» and «kicks».
CARER_HIGH = [
    "the dad smells of weed every time he picks her up from kindergarten",
    "His mother smelled of alcohol when she collected him today",
]


@pytest.mark.parametrize("text", CARER_HIGH)
def test_a_carer_smelling_of_drink_is_drugs_at_home(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "rusbekymring", text


def test_picking_on_someone_is_no_kick(vocabulary: DangerCheck) -> None:
    assert vocabulary.check("he picks on her at school and we talked to the class") is None


# Pictures to be spread unless the child obeys (sextortion): the picture routine.
SPREAD_UNLESS = [
    "han skriver «møt meg i kveld, ellers legger jeg ut bildet av deg»",
    "hun fikk melding: hvis du ikke sender flere, sprer jeg videoen på skolen",
    "he told her he will share the pictures unless she sends more",
]

SPREAD_CALM = [
    "send bildene fra skoleavslutningen, ellers legger jeg ut de gamle",
    "hvis du vil, kan du sende bildene fra turen til meg",
    "kan du vise bildene fra leirskolen på foreldremøtet hvis det er tid?",
]


@pytest.mark.parametrize("text", SPREAD_UNLESS)
def test_pictures_spread_unless_she_obeys(text: str, vocabulary: DangerCheck) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == "bildedeling", text


@pytest.mark.parametrize("text", SPREAD_CALM)
def test_pictures_of_an_event_stay_calm(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text
