"""Session 34 (disclosure78): fresh35's dev disclosures that went unrouted or to the wrong
routine, each read as a class beside its calm look-alikes – a young person made to work while
someone keeps the pay, the passport or the ID, or to work off a debt, is exploitation; a
child's injury explained by a grown-up's anger («my dad lost it») is violence at home;
injuries with a plea not to tell a parent are violence at home, not self-harm, while a cut the
child made stays self-harm; abuse told in a child's euphemism («rare leker», «hemmeligheten
vår») by a grown-up or a relative is abuse; an adult sending pictures to a child and wanting
some back is grooming; a child with a much older partner is the abuse routine; fear of being
left abroad after a «holiday» is forced marriage. Made-up messages, never the eval's own."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import last_reply
from tests.auxil.safety_cases import KOMMUNER, assert_no_alarm, class_tests

ROUTED: list[tuple[str, str, str]] = [
    # a young person's labour taken
    (
        "a 15-year-old girl has to work nights in a nail salon, the owner keeps her wages",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "gutten på 16 må jobbe gratis på en kafé hver kveld for å betale gjeld til en mann",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "a boy of 17 says he must work every night at a garage and his boss keeps his ID",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # a child's injury explained by a grown-up's anger
    ("a girl (10) had bruises on her neck and said her dad got angry", "vold_nare", "disclosure"),
    (
        "the boy had a black eye, his stepdad lost his temper yesterday",
        "vold_nare",
        "disclosure",
    ),
    ("jenta har blåmerker på armen og sier at mamma klikket i går", "vold_nare", "disclosure"),
    # injuries and a plea not to tell a parent: violence at home, not self-harm
    (
        "eleven har brannsår på hånda. hun sa ikke si noe til mamma",
        "vold_nare",
        "disclosure",
    ),
    (
        "gutten har merker på halsen og ba meg ikke si det til stefaren",
        "vold_nare",
        "disclosure",
    ),
    ("she has burn marks on her back. she said don't tell my dad", "vold_nare", "disclosure"),
    # abuse told in a child's euphemism
    (
        "jenta på 5 sier at morfar leker hemmelige leker med henne når hun er alene hos ham",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "gutten sa at naboen har rare leker med ham på soverommet",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "a girl (6) said her uncle plays secret games with her when they are alone",
        "seksuelle_overgrep",
        "disclosure",
    ),
    # an adult sending pictures to a child and wanting some back
    (
        "en eldre mann på nett sender bilder til en gutt på 11 og vil ha bilder tilbake",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "the coach sends her pictures and wants her to send pictures back, she is 13",
        "seksuelle_overgrep",
        "disclosure",
    ),
    # a child with a much older partner
    (
        "en 13-åring sier kjæresten hennes er mye eldre og henter henne i bil",
        "seksuelle_overgrep",
        "disclosure",
    ),
    (
        "a girl (14) says her boyfriend is much older and has his own flat",
        "seksuelle_overgrep",
        "disclosure",
    ),
    # fear of being left abroad after a holiday
    (
        "eleven er redd hun skal bli sendt til hjemlandet i sommerferien og ikke få komme tilbake",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "a girl fears she will be taken on a holiday abroad and will not come back",
        "tvangsekteskap_aere",
        "disclosure",
    ),
]

CALM = [
    # a summer job, a dugnad, pay put in the bank
    "eleven må jobbe i sommer, og mamma tar pengene hans og setter dem på sparekontoen",
    "han må jobbe på dugnad og treneren tar pengene til laget",
    # an angry parent at the game, no injury of his doing
    "the dad lost it and yelled at the referee, the boy had a black eye from a header",
    "the dad lost it at the referee after the match, the boy cried in the car",
    # children's odd games, a secret present
    "barna leker rare leker i friminuttet",
    "læreren sa at barna leker rare leker i friminuttet",
    "morfar leker rare leker med barnebarna i bursdagen hennes",
    # match photos and a sign-up form sent back
    "treneren sender bilder fra kampen og vil at foreldrene skal sende tilbake påmeldingen",
    # a partner a year older, or a grown-up's partner
    "jenta på 15 har en kjæreste som er et år eldre",
    "kollegaen min har en kjæreste som er mye eldre enn henne",
    # moving abroad, back after the holiday
    "familien flytter til utlandet i sommer og hun kommer ikke tilbake til skolen vår",
    "eleven skal på ferie til utlandet i sommer og kommer ikke tilbake før skolestart",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_a_cut_the_child_made_stays_self_harm(vocabulary: DangerCheck) -> None:
    """The plea not to tell a parent beside a cut the child made: the self-harm routine."""
    finding = vocabulary.check("eleven har kuttet seg på armen og sier ikke si noe til mamma")
    assert finding is not None
    assert finding.topic == "selvmord_selvskading", finding.describe()


def test_hate_messages_among_pupils_are_no_grooming(vocabulary: DangerCheck) -> None:
    """Hate written to a pupil in a chat is harassment (the plan's tiltak), not an adult
    seeking a child: «hatmeldinger» is no «meldinger» of grooming's phrase."""
    text = "noen i 6. sendte hatmeldinger til en jente i klassechatten på nett, hva gjør vi?"
    assert vocabulary.check(text) is None


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_asking_for_the_pill_is_no_overdose(bot: SltBot, kommune: str) -> None:
    """«p-piller» asked for, no older partner told: no alarm from the rules or the net (the
    net had read the pills of «spør om p-piller … kjæresten er mye eldre» as self-harm)."""
    assert_no_alarm(bot, kommune, "ei jente på 15 spør om p-piller, hva gjør jeg?")
    assert_no_alarm(bot, kommune, "eleven har glemt p-pillene sine i to dager")


PUPILS_TEXT_AS_TEXT = [
    "ei elev har skrevet en novelle om en gutt som blir slått av faren sin, den er oppdiktet."
    " hvor lang kan den være?",
    "en elev har skrevet en novelle om en jente som ruser seg, den er fiksjon. kan jeg sende"
    " den til en skrivekonkurranse?",
    "eleven laget en kort film om en gutt som blir mobbet og slått, alt er oppdiktet. kan vi"
    " melde den på en konkurranse?",
    "a pupil wrote a novel where the main character wants to die, can we send it to a writing"
    " competition?",
]
PUPILS_OWN_STORY = [
    "en elev skrev en novelle om en jente som blir slått hjemme, jeg tror den er selvopplevd."
    " kan jeg sende den inn til en konkurranse?",
    "en elev skrev en novelle der hovedpersonen vil ta livet sitt, jeg er bekymret for henne."
    " kan vi sende den til skrivekonkurransen?",
]


@pytest.mark.parametrize("text", PUPILS_TEXT_AS_TEXT)
def test_a_pupils_made_up_text_asked_about_as_a_text_is_no_case(bot: SltBot, text: str) -> None:
    """A pupil's text said to be made up or sent to a competition asks about the text: the
    honest «vet ikke», no routine card and no alarm (f35-017, f33-161)."""
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) == "unknown", (text, reply.intent, reply.text[:120])
    assert "🚨" not in reply.text and "113" not in reply.text, reply.text[:160]


@pytest.mark.parametrize("text", PUPILS_OWN_STORY)
def test_a_pupils_text_told_as_her_own_keeps_the_routine(bot: SltBot, text: str) -> None:
    """Said to be her own story, or a worry about her: the routine answers (a pupil's text is
    one of the ways a young person tells)."""
    reply = last_reply(bot, text, "gjesdal")
    assert str(reply.intent) in ("routine", "danger", "disclosure"), (text, reply.intent)


CHORES = [
    "pappa tvinger ham til å pakke skolesekken selv hver kveld",
    "trenaren tvinger dem til å selge lodd før cupen",
    "mora tvang henne til å rydde rommet før hun fikk gå ut",
]
CHORE_AND_HARM = [
    ("faren tvinger ham til å pakke hasj i poser", "rus"),
    ("stefaren tvinger ham til å pakke sekken og slår ham når han er treg", "vold_nare"),
    ("mamma tvinger henne til å rydde rommet og låser henne inne i natt", "vold_nare"),
]


@pytest.mark.parametrize("text", CHORES)
def test_an_ordinary_chore_made_to_do_is_no_coercion(vocabulary: DangerCheck, text: str) -> None:
    """Packing the bag, selling raffle tickets for the team, tidying the room: no alarm."""
    assert vocabulary.check(text) is None, text


@pytest.mark.parametrize(("text", "topic"), CHORE_AND_HARM)
def test_a_chore_beside_a_harm_is_still_a_case(
    vocabulary: DangerCheck, text: str, topic: str
) -> None:
    """A drug packed, a blow or a locked door beside the chore keeps the case."""
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == topic, finding.describe()
