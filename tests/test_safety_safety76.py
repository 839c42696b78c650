"""Session 32 (safety76): fresh33's four dev danger and disclosure messages that were not routed
or went to the wrong routine, each read as a class beside its calm look-alikes – someone gone
out with the pills, a rope or a knife who says he will not come back is acute suicide risk (113
first), a son off to a sleepover with his medicine who is back late is not; a child made to
water, pack or carry for a grown-up close to it who grows or sells drugs is a drug at home
(rusbekymring, barnevernet), tomatoes in the cellar or a school garden are not; a drug forced on
a child to try, by a sibling too, is the rus routine, while a sibling's blows stay violence at
home; a long leave «to visit family» that a pupil cries over and may not come back from is
forced marriage or honour-based control, an exchange term or a visit she looks forward to is
not. Made-up messages, never the eval's own sentences."""

from __future__ import annotations

from bot.routing import SltBot
from bot.safety import DangerCheck
from tests.auxil.safety_cases import (
    assert_check_routes,
    assert_routed_with_number_first,
    class_tests,
)

ROUTED: list[tuple[str, str, str]] = [
    # gone out with the means, saying he will not come back
    (
        "mora ringte: sønnen gikk ut med alle pillene hennes og sa han ikke kommer tilbake",
        "selvmord_selvskading",
        "acute",
    ),
    ("ho gjekk ut med tablettane og sa at ho ikkje kjem tilbake", "selvmord_selvskading", "acute"),
    (
        "faren sier datteren forsvant med et tau fra garasjen og skrev at hun ikke er her i morgen",
        "selvmord_selvskading",
        "acute",
    ),
    (
        "my neighbour says her son left with the pills and said he is never coming back",
        "selvmord_selvskading",
        "acute",
    ),
    # made to work in a grown-up's drug business
    (
        "ei elev seier at onkelen dyrkar cannabis i garasjen og at ho må passe på plantene",
        "rus",
        "disclosure",
    ),
    (
        "en gutt sier at mora og kjæresten hennes selger hasj og at han må pakke posene",
        "rus",
        "disclosure",
    ),
    (
        "a pupil says her dad grows weed in the basement and she has to water the plants",
        "rus",
        "disclosure",
    ),
    # a drug forced on a child to try
    ("en elev sa at kusinen tvang henne til å prøve hasj på en fest", "rus", "disclosure"),
    (
        "ein gut fortel at storebroren tvingar han til å prøve snus og filmar det",
        "rus",
        "disclosure",
    ),
    ("a pupil says his cousin forces him to try pills at parties", "rus", "disclosure"),
    # a long leave she fears she will not come back from
    (
        "elev har søkt om lang permisjon for å besøke familien, men hun er redd og vet ikke om"
        " hun kommer tilbake",
        "tvangsekteskap_aere",
        "disclosure",
    ),
    (
        "ho har fått permisjon for å besøke slekta i to månader, men ho gret og sa ho kanskje"
        " ikkje kjem tilbake",
        "tvangsekteskap_aere",
        "disclosure",
    ),
]

CALM = [
    "sønnen gikk ut med medisinen sin til en overnatting hos en venn og sa han kommer tilbake sent",
    "han dro på leir med medisinene sine og kommer ikke tilbake før søndag",
    "eleven gikk hjem med medisinen og kommer ikke tilbake i dag, han har feber",
    "faren dyrker tomater i kjelleren og hun må vanne plantene når han er på jobb",
    "elevene må vanne plantene i skolehagen i sommerferien",
    "klassen dyrker karse og alle må vanne plantene sine",
    "i samfunnsfag lærte vi at cannabis dyrkes ulovlig, og elevene må skrive en tekst om det",
    "a pupil says her mom makes her try on dresses for the prom",
    "en elev skal på utveksling til USA i tre måneder, hun gleder seg veldig",
    "eleven har søkt permisjon for å besøke familie i Polen i to uker, hun gleder seg",
    "hun gråt fordi hun ikke fikk permisjon for å besøke familien",
]


test_the_class_routes, test_calm_look_alikes_raise_no_alarm = class_tests(ROUTED, CALM)


def test_gone_with_the_pills_leads_with_113(bot: SltBot) -> None:
    """Told late in a home visit's message: the self-harm routine and 113 first, not the
    safety net's question back."""
    text = (
        "sitter i et foreldremøte hjemme hos en familie, og faren sier at datteren akkurat dro "
        "med sovetablettene hans og sa hun ikke kommer tilbake"
    )
    assert_routed_with_number_first(
        bot, "gjesdal", text, "selvmord_selvskading", "selvskading", "113"
    )


def test_a_siblings_blows_stay_violence_at_home(vocabulary: DangerCheck) -> None:
    """The drug forced on a child is the rus routine; the sibling who beats him still routes to
    violence at home, also when he forces a drug on him too."""
    assert_check_routes(vocabulary, "storebroren slår ham hver dag", "vold-naere-relasjoner")
    assert_check_routes(
        vocabulary,
        "storebroren slår ham og tvinger ham til å prøve piller",
        "vold-naere-relasjoner",
    )
