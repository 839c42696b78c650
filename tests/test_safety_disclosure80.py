"""Session 36 (disclosure80): fresh37's dev disclosures that went unrouted, and calm concerns
read as disclosures, each read as a class beside its calm look-alikes – the family who follow
or watch a girl and punish her for contact with boys, or send a child abroad for being «too
Norwegian», is honour-based control; a relative or friend pulling a young person into a group
that travels to a war zone is radicalisation; a minor kept from school, unpaid or living at the
workplace is exploitation for work; a gang's own theft asked about calmly, and the offer for
young people caught with drugs, are routine questions, no child harmed. Made-up messages, never
the eval's own."""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.asking import ask
from tests.auxil.safety_cases import KOMMUNER, class_tests

ROUTED: list[tuple[str, str, str]] = [
    # honour-based control: followed, watched, punished for contact with boys
    (
        "brødrene hennes følger etter henne overalt og slår henne hvis hun snakker med gutter",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "her cousins watch her all the time and will beat her if she talks to boys",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "brørne hennar følgjer etter ho og skal straffe ho viss ho snakkar med gutar",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "the brothers follow her after school and say they will hurt her if she is seen with a boy",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    # sent abroad for being too Norwegian
    (
        "faren sier han skal sende henne til hjemlandet fordi hun har blitt for norsk",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "his parents will send him to Pakistan because he has become too western",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "ho blir send til heimlandet i sommar fordi familien meiner ho er for vestleg",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    # pulled into a group that travels to a war zone
    (
        "kusinen prøver å få ham med i en gruppe som skal dra til krigsområder",
        "radikalisering",
        "disclosure",
    ),
    (
        "her friend is trying to get her to join a group that travels to war zones",
        "radikalisering",
        "disclosure",
    ),
    (
        "ein kamerat har invitert han med i ei gruppe som vil reise til krigsområdet",
        "radikalisering",
        "disclosure",
    ),
    # a minor exploited for work
    (
        "en gutt på 15 jobber på restauranten hele dagen og får ikke gå på skolen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "the boy works at the car wash all day and is not allowed to go to school",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "ein einsleg mindreårig jobbar gratis på butikken til onkelen og går ikkje på skulen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "a minor with no parents here works in a shop without pay",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "he works in the kitchen all day and his boss won't let him go to school, he is 15",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "onkelen lar ham ikke gå på skolen, han må jobbe i butikken hele dagen",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    # two things in one message: a calm preamble, the case told in the middle, a question after
    (
        "Hei, vi hadde cup i helga og alt gikk fint, men ei av jentene sa at brødrene følger"
        " etter henne og slår henne hvis hun snakker med gutter. Hvem har kontaktinfo til cupen"
        " neste år?",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "Hei! Leiren gikk bra. En gutt fortalte at familien skal sende ham til hjemlandet etter"
        " sommeren fordi han har blitt for norsk. Når er neste møte i SLT-gruppa?",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "Takk for sist! På skolebussen sa en jente at storebroren vil ha henne med i en gruppe"
        " som skal reise til krigsområder. Kan du sende meg referatet?",
        "radikalisering",
        "disclosure",
    ),
    (
        "Vi har mange ungdommer på sommerjobb nå. En av dem, en mindreårig gutt, sier han jobber"
        " på en restaurant om kveldene også og ikke får lov å gå på skolen. Hvem er"
        " SLT-koordinator?",
        "menneskehandel_utnytting",
        "disclosure",
    ),
    (
        "Hi, the camp went well. One girl told me her brothers watch her all the time and will"
        " beat her if she talks to boys. Who do I send the invoice to?",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "brødrene sjekker mobilen hennes og truer henne hvis hun har gutter på snap",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    # … and with a drug named, the drug trade's errand: the rus routine
    (
        "a minor works for older guys selling weed all day, not allowed to go to school",
        "rus",
        "disclosure",
    ),
]

CALM = [
    # a big brother minding a small sister, boys in a game, a teacher's rule
    "storebroren passer på lillesøsteren etter skolen",
    "storebroren passer på henne i friminuttet når hun leker med gutter fra klassen",
    "broren hennes spiller fotball med gutter fra 10. trinn og trener hver dag",
    "her brothers watch football with boys from school every saturday",
    "the teacher will punish her if she talks to boys during the test",
    # a school trip or an exchange abroad
    "klassen skal på skoletur til utlandet etter sommaren",
    "han blir sendt til utlandet på utveksling etter sommeren, han er for norsk sier han selv",
    "vi skal sende laget til en cup i utlandet, treneren synes maten der er for norsk",
    # a war in a lesson, the army, a journalist
    "i historietimen lærte vi om krigsområder og hvordan ungdom blir rekruttert",
    "broren har vervet seg til forsvaret og skal reise til krigsområder",
    "moren jobber som journalist og vil ha ham med til krigsområder",
    "vi skal ha et opplegg om krig, vil du bli med i gruppa som lager plakater om krigsområder?",
    # a summer job with long days by choice, a planning day
    "han jobber hele dagen på sommerjobben fordi han vil spare til moped",
    "sommerjobb med lange dager, hun jobber hele dagen men liker det",
    "elevene går ikke på skolen i morgen, lærerne jobber med planleggingsdag",
    "she works all day on the farm in summer and doesn't go to school in july",
    # two things in one message, each calm: a trip abroad, a war in class, a summer job
    "Hei, cupen gikk fint! Laget skal på treningsleir til utlandet etter sommeren. Hvem har"
    " kontaktinfo til bussen?",
    "Takk for sist. Vi hadde historietime om krigsområder i dag og elevene var engasjerte. Når er"
    " neste møte?",
    "Hei, sommerjobben går bra, ungdommene jobber hele dagen og trives. Hvem sender lønna?",
    "Leiren var fin, storebroren passet på lillesøsteren hele uka. Hvem har nøkkelen til hytta?",
    # a gang's own theft, the offer for young people caught with drugs
    "hva gjør vi når en gjeng ungdommer stjeler fra butikken?",
    "det er en gjeng som henger rundt på senteret og stjeler, kan politiet ta en prat?",
    "kva for eit tilbod har vi for ungdom som blir tatt med hasj?",
    "vi har et tilbud for ungdom som blir tatt med hasj, hva heter det?",
    "finnes det noe tilbod til ungdom som ruser seg?",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)

STILL_ROUTED: list[tuple[str, str]] = [
    # a gang that makes a younger child steal, and a drug offered, stay cases
    ("en gjeng eldre gutter får ham til å stjele fra butikken", "menneskehandel_utnytting"),
    ("en gjeng som bruker yngre elever til å selge", "menneskehandel_utnytting"),
    ("older boys pay him to steal from the shop every friday", "menneskehandel_utnytting"),
    ("noen eldre gutter får henne til å stjele fra butikken", "menneskehandel_utnytting"),
    ("en gjeng som sender 13-åringer for å stjele fra butikken", "menneskehandel_utnytting"),
    ("han tilbød eleven hasj i friminuttet", "rus"),
]


@pytest.mark.parametrize(("text", "topic"), STILL_ROUTED)
def test_a_gang_using_a_child_and_a_drug_offered_stay_cases(
    text: str, topic: str, vocabulary: DangerCheck
) -> None:
    finding = vocabulary.check(text)
    assert finding is not None, text
    assert finding.topic == topic, (text, finding.describe())


@pytest.mark.parametrize("kommune", KOMMUNER)
def test_the_offer_for_young_people_caught_with_drugs_is_the_rus_routine(
    bot: SltBot, kommune: str
) -> None:
    """«ka for eit tilbod har vi for ungdom som blir tatt med narkotika»: the rus routine, no
    disclosure (its twin, a student caught with hash asking for a contract, is the same)."""
    reply = ask(
        bot, "kva slags tilbod har vi for ungdom som blir tatt med hasj, noko kontrakt?", kommune
    )
    assert str(reply.intent) == "routine", reply.text[:160]
    assert reply.facts.get("routine") == "rusbekymring", reply.facts


def test_a_gang_stealing_asked_about_is_the_concern_talk(bot: SltBot) -> None:
    """A gang's own theft asked about calmly: the routine with the police's
    bekymringssamtale (Våler's rusbekymring), no exploitation."""
    reply = ask(
        bot, "Det er en gjeng som henger rundt og stjeler fra butikken, hva gjør vi?", "valer"
    )
    assert str(reply.intent) == "routine", reply.text[:160]
    assert "bekymringssamtale" in reply.text.lower()
