"""Session 28 (safety70): disclosures told without a word for the harm – a child's words quoted
about what someone close «has done with me» or did to the other parent, a touch told by what
was done (a child's hand in an adult's lap, a hand inside her clothes, a man rubbing himself on
her), «holdt på med henne», a trip abroad the pupil fears she will not come back from, drug
parties at home a child hides from – and beside each class its calm look-alikes: a lesson on
the body asked about, a grandfather who taught fishing, a holiday looked forward to, a move, a
party a teenager wants to go to, hands in one's own lap, teasing. Made-up
messages, never the eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

ROUTED = [
    # a child's quoted words pointing at what was taught, or told after the lesson
    ("etter timen om kroppen sa gutten: «sånn har onkel gjort med meg»", "vold-naere-relasjoner"),
    (
        "etter seksualundervisningen kom jenta og sa at «det samme har stefaren gjort med meg»",
        "vold-naere-relasjoner",
    ),
    # one parent's violence on the other, in a child's own words
    ("femåringen sa «pappa tok mamma i håret» og viste hvordan", "vold-naere-relasjoner"),
    ("lillebror fortalte at stefaren dro mora etter håret", "vold-naere-relasjoner"),
    # «holdt på med henne» by someone close
    ("jenta sa at stefaren har holdt på med henne om nettene", "vold-naere-relasjoner"),
    ("gutten fortalte at onkelen holder på med meg når mamma er ute", "vold-naere-relasjoner"),
    # a touch told by what was done
    (
        "en mann i svømmehallen tok hånda til jenta og la den på skrittet sitt",
        "vold-naere-relasjoner",
    ),
    ("sjåføren tar hånda hennes og legger den i fanget sitt hver tur", "vold-naere-relasjoner"),
    ("jenta sier at en mann i nabolaget stikker hånda inn i buksa hennes", "vold-naere-relasjoner"),
    ("en mann på toget gned seg mot henne helt til hun gikk av", "vold-naere-relasjoner"),
    # a trip she fears she will not come back from
    (
        "han er lei seg, skal til hjemlandet i sommer og vet ikke om han kommer tilbake",
        "vold-naere-relasjoner",
    ),
    (
        "hun gråt og sa at hun skal på ferie og er usikker på om hun kommer tilbake",
        "vold-naere-relasjoner",
    ),
    # drug parties at home, or a child hiding from a drinking party
    ("mora har fester med kokain i leiligheten hver helg, sier eleven", "rusbekymring"),
    ("faren og vennene har fest med hasj hjemme nesten hver kveld", "rusbekymring"),
    (
        "mamma og samboeren har fest med sprit, og gutten låser seg inne på rommet",
        "rusbekymring",
    ),
]

CALM = [
    "farfar har lært meg å fiske, sa gutten stolt",
    "farfar har gjort mye fint med meg, vi har bygget en hytte",
    "det der har pappa gjort med meg også, vi bakte boller i går",
    "hvem har et godt opplegg for seksualundervisning på 7. trinn?",
    "elevene stilte mange spørsmål etter seksualundervisningen, hva svarer jeg om prevensjon?",
    "hva gjør vi hvis en elev forteller at noen har gjort det med henne?",
    "storebroren har holdt på med fotball siden han var liten",
    "mamma tok pappa i hånda og gikk hjem fra foreldremøtet",
    "bestemor børstet håret til mamma før festen",
    "bestemor tok hånda hennes og la den i fanget sitt og trøstet henne",
    "jenta satt med hendene i fanget og hørte på",
    "mamma stakk hånda inn i buksa for å finne nøklene",
    "hun gleder seg til ferien i Spania og vet ikke om hun kommer tilbake før skolestart",
    "han skal på ferie og vet ikke om han kommer tilbake til klassen, familien flytter til Bergen",
    "en 16-åring vil på fest hos kjæresten der det er hasj, mamma er bekymret",
    "mamma og pappa har fest hjemme på lørdag, eleven gleder seg",
    "foreldrene har fest med vin og venner i hagen i kveld",
]

test_the_disclosure_routes, test_calm_look_alikes_raise_no_alarm = case_tests(ROUTED, CALM)
