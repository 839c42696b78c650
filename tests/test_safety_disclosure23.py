"""Session 23 (safety55): disclosures told in everyday words – a child's euphemism for abuse, a
young person's own drugs or drunkenness, neglect, a child shaken, extremist talk – each a
general reason with made-up probes (never an eval item's own sentence) and calm look-alikes."""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

# (text, the topic the finding must have)
TOLD: list[tuple[str, str]] = [
    # A child's word for what she cannot name, by anyone: «gjort ting med henne».
    ("jenta sier at stefaren har gjort ting med henne siden hun var seks", "seksuelle_overgrep"),
    ("ho fortel at morfaren gjer ting med ho når mamma er på jobb", "seksuelle_overgrep"),
    ("gutten sa naboen har gjort ting med ham i kjelleren", "seksuelle_overgrep"),
    ("onkelen har rørt ved henne, sier hun", "seksuelle_overgrep"),
    ("eleven sier en voksen har gjort ting med henne som han ikke skulle", "seksuelle_overgrep"),
    # A young person's own drugs, found where he keeps things, or bought.
    ("faren fant amfetamin i jakka til sønnen på 15", "rus"),
    ("kontaktlæreren så at eleven hadde hasj i pennalet", "rus"),
    ("dattera på 14 kjøpte weed av en på bussen, sier mora", "rus"),
    # Drunk or high, a child.
    ("en 14-åring var full på ungdomsklubben i går", "rus"),
    ("vaktmesteren fant en elev dritings bak gymsalen", "rus"),
    # Signs of drug use.
    ("vi mistenker at jenta i 10B bruker noe, hun har forandret seg mye", "rus"),
    ("læreren tror gutten i 9B bruker noe, han er helt forandret", "rus"),
    # Neglect: hungry every morning, nobody at home answers, a carer not up for weeks.
    ("gutten i 3. trinn er sulten hver morgen og har aldri matpakke", "vold_nare"),
    ("jenta er svolten og ingen vaksne svarar når vi ringer heim", "vold_nare"),
    ("pappa har ikke stått opp på flere uker, sier gutten, og han passer seg selv", "vold_nare"),
    ("jenta på SFO ble ikke hentet før 18.30 i går, mor svarte ikke", "vold_nare"),
    # A child shaken by someone close.
    ("mora rista dottera voldsomt i garderoben", "vold_nare"),
    ("jeg så at faren ristet gutten så han gråt", "vold_nare"),
    ("stefaren rista lillesøstera hardt", "vold_nare"),
    # Extremist talk a young person shares or plans.
    ("en gutt i 9. deler hakekors og snakker om rasekrig på snap", "radikalisering"),
    ("eleven er med i en chatgruppe som vil rense Norge for innvandrere", "radikalisering"),
    ("ein elev snakkar om raseteori i norsktimen og deler nazisymbol", "radikalisering"),
]

CALM = [
    # Many pupils without breakfast or a packed lunch: a school matter, not one family's.
    "mange elever spiser ikke frokost. skal vi ta det opp på foreldremøtet?",
    "flere elever har ikke matpakke, kan vi søke om SLT-midler til frokost?",
    # Doing things together, an outing; a feeling, not a touch.
    "pappa gjør ting med ham i helgene, de går på tur og fisker",
    "ein forelder som gjer ting med ungane i helgene, er det eit tiltak?",
    "mora ble rørt av ham da han sang på avslutningen",
    "faren har sagt ting til henne han ikke skulle, nå er de uvenner",
    # Drugs talked of, not had; a hotel room; full of energy.
    "politiet fant hasj på et rom på hotellet i byen",
    "hvor kjøper ungdom hasj i dag, vet noen det?",
    "gutten var full av energi etter friminuttet",
    "bussen var full av elever på vei til skolen",
    # Pupils in the dark in a science lesson.
    "i naturfag lærte elevene at pupillene blir store i mørket",
    "mamma gjør ting med meg jeg ikke liker, som å vaske rommet",
    "hvordan går vi fram hvis vi tror en elev bruker noe?",
    # A condition asks about the routine in general: no case told.
    "hva gjør vi hvis en elev er full på skoleballet?",
    "hva er rutinen hvis vi finner hasj i sekken til en elev?",
    # A class hungry before lunch; a carer who has not got up yet.
    "elevene er sultne hver morgen, kan vi få frokostordning?",
    "mamma har ikke stått opp ennå, hun er syk i dag",
    # A rug, a head.
    "faren ristet teppet hardt på verandaen",
    "pappa rista på hovudet og gutten gråt fordi han ikke fikk is",
    # A lesson, a novel, a film about Nazis and race theory.
    "i samfunnsfag har vi undervisning om nazisymboler fra andre verdenskrig",
    "romanen vi leser handler om en gutt som tegner hakekors",
    "vi snakket om raseteori i samfunnsfag i dag, elevene var engasjerte",
]


@pytest.mark.parametrize(("text", "topic"), TOLD)
def test_a_disclosure_in_everyday_words_is_read(
    text: str, topic: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.kind == "disclosure", text
    assert found.topic == topic, text


@pytest.mark.parametrize("text", CALM)
def test_its_calm_look_alike_is_no_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is None, text


def test_signs_of_drug_use_go_to_the_drug_routine_not_exploitation(
    vocabulary: DangerCheck,
) -> None:
    """A user's company («henger med eldre gutter») is no errand: the drug routine."""
    found = vocabulary.check("tror gutten bruker noe, han henger med eldre gutter")
    assert found is not None
    assert found.routine == "rusbekymring"
    errand = vocabulary.check("han henger med eldre gutter og må levere pakker for dem")
    assert errand is not None
    assert errand.topic == "menneskehandel_utnytting"
