"""Reported speech and false alarms by sense (session 23, safety56). Each sense is a general
reason with made-up probes and calm look-alikes that share its words; no probe is an eval
item's sentence. All names and cases are made up.

* «sa» folds to «så», so «sa» alone is no telling: «sa» with its teller and «at» after it is
  («etter filmen sa en elev at han skal skyte læreren»). A threat told after a film, a drill
  or a game is a threat, in bokmål and nynorsk; a line spoken inside the story («i filmen
  sier skurken at …») is not. A child telling after a film that a parent hits her is a
  disclosure.

False alarms by sense, each next to the real case that shares its words:

* Coffee drunk, a full tank or full speed is nobody drunk («fyller» is no «fyll»); a parent
  drunk with the children is.
* Screams or bangs from a home are violence unless a birthday, music or fireworks explain them.
* «Orker ikke mer» with a thing of the day after it (school, training) is tiredness of the
  thing; «orker ikke mer» alone, or with a wish to die, is not.
* A lesson about extremism («snakket om hakekors i historietimen») is what was taught; a pupil
  drawing the symbol, or saying a people should die, is a case.
* «Rørt ved synet» is moved; «rørte ved henne» is a touch.
* One small burn from something hot is an accident; burns in numbers, or burning oneself, are
  self-harm, and burns from a parent are violence.
* A near-drowning long past is over; drowning now, or «nå» after it, is 113.
* A word spelled or taught («hvordan staves …», «dagens ord …») is a topic; a threat got is not.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck, Kind


@pytest.fixture(scope="module")
def check(kb: KnowledgeBase) -> DangerCheck:
    return DangerCheck.from_language(kb.language, ())


# --- a threat told after a story -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "etter filmen sa en elev at han skal skyte læreren",
        "etter øvelsen sa en gutt at han skal skyte rektor",
        "etter filmen sa ein elev at han skal skyte læraren",
        "etter øvelsen sa en elev til meg at han skal drepe kontaktlæreren",
        "etter filmen skreiv ein gut at han skal skyte læraren",
        "etter filmen skrev en elev at han skal sprenge skolen",
        "etter spillet sa en gutt at han skal stikke kniv i Kari",
        "etter brannøvelsen sa jenta at hun skal knivstikke en medelev",
    ],
)
def test_threat_told_after_a_story_is_a_threat(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is not None, text
    assert finding.kind is Kind.ACUTE, finding.describe()
    assert finding.topic == "trusler", finding.describe()


@pytest.mark.parametrize(
    "text",
    [
        "i filmen sier skurken at han skal skyte helten",
        "i filmen sa skurken at han skal drepe alle",
        "etter filmen så vi en scene der skurken skyter læreren",
        "i boka sier hovedpersonen at han skal skyte kongen",
    ],
)
def test_threat_inside_the_story_is_calm(check: DangerCheck, text: str) -> None:
    assert check.check(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "etter filmen sa en jente at pappa slår henne",
        "etter filmen sa ei jente at pappa slår ho",
        "etter øvelsen sa eleven til meg at faren slår ham",
        "etter foredraget om vold sa en gutt at stefaren slår ham",
        "etter skuespillet sa ei jente at mora slår henne",
    ],
)
def test_child_telling_after_a_story_is_a_disclosure(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is not None, text
    assert finding.topic == "vold_nare", finding.describe()


# --- false alarms by sense, next to the real cases --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "faren drikker kaffe i bilen mens barna leker",
        "mor drikker kakao på kjøkkenet mens ungene gjør lekser",
        "mor fyller full tank og kjører barna til trening",
        "pappa fyller bilen og henter ungene i barnehagen",
        "nabo klager på skriking og smell fra leiligheten, det var bursdagsselskap",
        "det var barnebursdag og mye skriking fra huset i går",
        "eleven orker ikke mer skole",
        "han orker ikke mer trening denne uka",
        "jenta orkar ikkje meir skule",
        "elevene snakket om hakekors i historietimen",
        "elevene snakket om nazisme i samfunnsfagtimen",
        "mora ble så rørt ved synet av ham",
        "faren ble rørt ved tanken på at sønnen skulle flytte",
        "brente seg på kokeplata, et lite brannsår",
        "en elev brente seg på bålet på turen, bare et lite brannsår",
        "han holdt på å drukne i fjor",
        "ein elev heldt på å drukna i fjor",
        "hvordan staves overgrep",
        "kva er rett stavemåte for trusel",
        "dagens ord i 4. klasse er «trussel», hva betyr det?",
    ],
)
def test_calm_look_alike(check: DangerCheck, text: str) -> None:
    finding = check.check(text)
    assert finding is None, f"{text}: {finding.describe() if finding else ''}"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mor er full og skal kjøre barna hjem", "rus"),
        ("faren er stupfull og henter ungene i barnehagen", "rus"),
        ("naboen hørte skrik fra leiligheten og en gutt som gråt", "vold_nare"),
        ("vi hører slag fra huset og barna gråter", "vold_nare"),
        ("eleven orker ikke mer", "selvmord_selvskading"),
        ("hun orker ikke mer og vil bare forsvinne", "selvmord_selvskading"),
        ("en elev tegnet hakekors på pulten", "radikalisering"),
        ("onkelen rørte ved henne", "seksuelle_overgrep"),
        ("stefaren har rørt ved jenta", "seksuelle_overgrep"),
        ("hun har små brannsår på armene", "selvmord_selvskading"),
        ("hun brenner seg med lighter", "selvmord_selvskading"),
        ("mora kastet kokende vann på ham, han har brannsår på armen", "vold_nare"),
        ("en gutt holder på å drukne i bassenget", "akutt_medisinsk"),
        ("han holdt på å drukne i fjor, nå ligger han i vannet og puster ikke", "akutt_medisinsk"),
        ("en gutt holdt på å drukne og puster ikke", "akutt_medisinsk"),
        ("eleven fikk en trussel på skolen i dag", "trusler"),
        ("en elev deler filmer fra IS og er radikalisert", "radikalisering"),
        ("det var skrik hele natta fra leiligheten der ungene bor", "vold_nare"),
        ("far er full og kjørte ungene te skolen", "rus"),
        ("hun planlegger selvmordet sitt i kveld", "selvmord_selvskading"),
    ],
)
def test_real_case_next_to_it(check: DangerCheck, text: str, topic: str) -> None:
    finding = check.check(text)
    assert finding is not None, text
    assert finding.topic == topic, finding.describe()
