"""Session 37 (safety81): fresh38's dev acute danger told by someone else (a mother, a
neighbour, a father on the phone), each read as a class beside its calm look-alikes – something
hung from the ceiling and said to be used, a young person sitting on the rails and refusing to
move, someone held fast in a room at a party right now. And its dev false alarms, figures of
speech: a record broken («slo rekord i maraton»), a boy who «skyter i været» (has grown); a
hold in a judo match that was won is no violence routine; and fresh37's sigh «jeg skyter meg
selv i foten hvis vi må ha enda et møte …, lol» asks nothing of the meeting plan.
Made-up messages, never the eval's own sentences."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import ask
from tests.auxil.safety_cases import DANGER, assert_routed_with_number_first, class_tests

ROUTED: list[tuple[str, str, str]] = [
    # something hung from the ceiling or a beam, and said to be used
    (
        "faren fortalte at dattera har knyttet et tau til takbjelken og sier hun skal gjøre det",
        "selvmord_selvskading",
        "acute",
    ),
    (
        "storebroren sier lillesøster har hengt opp ei løkke i taket og vil henge seg",
        "selvmord_selvskading",
        "acute",
    ),
    (
        "his mum called, he has tied a rope to the ceiling beam and says he is going to do it",
        "selvmord_selvskading",
        "acute",
    ),
    # on the rails, refusing to move
    (
        "en nabo ringte: ei jente står på togskinnene og vil ikke gå derfra",
        "selvmord_selvskading",
        "acute",
    ),
    (
        "bussjåføren så en gutt sitte på togsporet og nekte å flytte seg",
        "selvmord_selvskading",
        "acute",
    ),
    # held fast right now, somewhere closed or at a party
    (
        "mora ringte, noen gutter holder dattera fast inne på et rom på festen",
        "seksuelle_overgrep",
        "acute",
    ),
    (
        "en venninne sier at jenta blir holdt fast av to gutter på nachspielet nå",
        "seksuelle_overgrep",
        "acute",
    ),
    ("tante ringte: de lar henne ikke gå fra hytta", "seksuelle_overgrep", "acute"),
    (
        "my friend says her sister is being held in a room at a party and they wont let her leave",
        "seksuelle_overgrep",
        "acute",
    ),
]

CALM = [
    # lights, a poster or a task hung, no intent
    "mora sier sønnen har hengt opp lysslynge i taket på rommet og skal gjøre det samme i stua",
    "sønnen har hengt noe i taket på rommet, en stor plakat av fotballaget",
    "vi har hengt opp julepynt i taket i klasserommet, elevene skal gjøre det ferdig i morgen",
    # held still for a jab, a climbing belay, holding on to a plan
    "mamma holdt ham fast da han fikk vaksine på helsestasjonen",
    "klatrepartneren holder henne fast i sikringa på klatreveggen",
    "læreren holdt fast på at prøven skulle være fredag",
    "de holder fast ved planen om fest på fredag",
    "guttene holder fast på at de ikke var på festen",
    # a record broken, a breakthrough, growing tall
    "bestefaren slo ny rekord på 5000 meter, kan vi nevne det i ukebrevet?",
    "faren til en elev slo rekord i halvmaraton i helga",
    "låta til bandet hans slo gjennom på tiktok",
    "mora sier sønnen skyt i været, han er blitt høyere enn faren",
    "han har vokst så mye i år, han skyter i været",
    "strømprisene skyter i været, har vi budsjett til ekstra møter?",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_a_noose_in_the_ceiling_leads_with_113(bot: SltBot) -> None:
    """Something hung in the ceiling and «skal gjøre det», told by a parent: 113 first and
    the self-harm routine."""
    text = "far ringte redd, sønnen har hengt et tau i taket på rommet og sier han skal gjøre det"
    assert_routed_with_number_first(
        bot, "valer", text, "selvmord_selvskading", "selvskading", "113"
    )


def test_held_fast_at_a_party_leads_with_112(bot: SltBot) -> None:
    """Held fast in a bedroom at a party, told by a parent: 112 first, the abuse routine."""
    text = "moren ringer: dattera sendte melding fra fest, noen holder henne fast på badet"
    assert_routed_with_number_first(
        bot, "gjesdal", text, "seksuelle_overgrep", "vold-naere-relasjoner", "112"
    )


@pytest.mark.parametrize(
    "text",
    [
        "faren slo ham i går og han har blåmerker",
        "noen skyter i været med et gevær i sentrum nå",
        "han skjøt i været med en pistol utenfor skolen nå",
        "søsteren sa at noen har låst broren inne i en kjeller og ikke slipper ham ut",
    ],
)
def test_the_literal_harm_is_still_read(vocabulary: DangerCheck, text: str) -> None:
    """The figures are narrow: a father's blow, a gun fired into the air, a child locked in
    are still read (the gun by its gun, not by «skyter i været»)."""
    assert vocabulary.check(text) is not None


SPORT_MOMENTS = [
    "datteren fikk et slag i boksekampen men vant finalen, kan vi gratulere henne i ukebrevet?",
    "he got a choke hold in the judo tournament and won gold, can we mention it?",
    "eleven tok kvelertak på motstanderen i brytekampen og vant gull, skal vi skrive om det?",
]


@pytest.mark.parametrize("text", SPORT_MOMENTS)
def test_a_hold_in_a_won_match_is_no_routine(bot: SltBot, text: str) -> None:
    """A hold or a blow in a sport, told with its result or a cheer: the match, not the
    violence routine its word names (RoutineAsked.sport_moment)."""
    reply = ask(bot, text, "gjesdal")
    assert str(reply.intent) not in (*DANGER, "routine"), reply.text[:120]


@pytest.mark.parametrize(
    "text",
    [
        "eleven har blåmerker etter judotreninga sier han, men jeg er bekymret",
        "eleven har blåmerker og sier faren tok kvelertak på ham etter kampen",
    ],
)
def test_a_worry_beside_the_sport_keeps_the_case(bot: SltBot, text: str) -> None:
    """A worry told or a father's hold keeps the routine (or the disclosure)."""
    reply = ask(bot, text, "gjesdal")
    assert str(reply.intent) in (*DANGER, "routine"), reply.text[:120]


@pytest.mark.parametrize(
    "text",
    [
        "jeg skyter meg selv i foten hvis vi får enda et møte i politirådet denne uka, lol",
        "jeg dør hvis vi får ett møte til i politirådet denne uka haha",
    ],
)
def test_a_sigh_said_laughing_asks_nothing(bot: SltBot, text: str) -> None:
    """A figure of speech said laughing about meetings, no question mark: the honest «vet
    ikke» without 112/113, not the meeting plan (bot/understanding/laughed_off.py)."""
    reply = ask(bot, text, "valer")
    assert str(reply.intent) == "unknown", reply.text[:120]
    assert "112" not in reply.text and "113" not in reply.text, reply.text


def test_a_question_after_the_laugh_is_still_asked(bot: SltBot) -> None:
    """A question mark keeps the reading: the next meeting is asked."""
    text = "lol, skyter meg selv i foten – når er neste møte i politirådet?"
    assert str(ask(bot, text, "jevnaker").intent) == "next_meeting"


@pytest.mark.parametrize(
    ("text", "routine"),
    [
        ("storebroren vil ha ham med til Syria for å slåss", "hastemote"),
        ("kusinen vil at hun skal dra til Syria og kjempe", "hastemote"),
        ("faren slår ham og vil at han skal dra til Syria", "vold-naere-relasjoner"),
    ],
)
def test_a_fight_abroad_is_the_cause_not_a_blow_at_home(
    vocabulary: DangerCheck, text: str, routine: str
) -> None:
    """A brother drawing him into a fight in Syria is radicalisation (the hastemøte), not
    violence at home; a blow named beside it keeps violence at home first."""
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.routine == routine, (text, finding.describe())
