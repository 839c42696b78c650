"""Session 27 (safety65): danger told by its signs – a secret kept from home and gifts from
someone older, a wound with the door excuse, a belt round the neck, «enough to end it», a
bathroom filmed, a child shut in a hot car, a threat posted on Facebook, a hand held to the
stove, sleeping dressed to flee, bottles all over a home – and beside each class its calm
look-alikes: presents at Christmas, a documentary, a medal round the neck, a photographer, a
camp night, a bottle drive, youth slang for doing well, a lesson's question, a family short of
money, a row «ikke vold, bare konflikt», and a game's threat made up at once. Made-up
messages, never the eval's own sentences."""

from __future__ import annotations

from tests.auxil.safety_cases import case_tests

ROUTED = [
    # a secret kept from home by an adult who writes at night, in nynorsk
    (
        "ein trenar skriv til ho på snap kvar natt og seier ho ikkje må seie det til mora",
        "vold-naere-relasjoner",
    ),
    # new things from someone much older, and lies about where she is
    (
        "jenta på 13 har fått ny mobil og nye klær av en mann på 40, og hun lyver om hvor hun er",
        "vold-naere-relasjoner",
    ),
    # traitors to be punished, killings shown from a terror group
    (
        "gutten i 10B sier han skal straffe forræderne og deler drapsvideoer fra en terrorgruppe",
        "hastemote",
    ),
    # a wound and the door excuse
    ("gutten i 4. kom med blått øye og sa han gikk på en dør igjen", "vold-naere-relasjoner"),
    # found with a rope round the neck, enough taken to die, arms covered in blood
    ("vi fant eleven på toalettet med et tau rundt halsen", "selvskading"),
    ("hun sa hun har tatt nok til å dø", "selvskading"),
    ("han sendte et bilde av armene sine fulle av blod", "selvskading"),
    # a plan to go in front of a train
    ("gutten har planlagt å hoppe foran toget etter skolen", "selvskading"),
    # filmed in the shower by someone close; what happens with him «is not allowed»
    ("jenta sier stefaren filmer henne når hun dusjer", "vold-naere-relasjoner"),
    ("eleven skrev at det som skjer hjemme med stefaren er ikke lov", "vold-naere-relasjoner"),
    # a child alone in a car in the heat: the acute line, no routine
    ("det sitter en gutt på 6 alene i en bil i solsteiken og han svarer ikke", None),
    # a threat posted on Facebook («book» is no book there)
    ("en far skriver på Facebook at han skal komme og ta læreren i morgen", "hastemote"),
    ("en forelder skriver på Facebook at han skal drepe rektor", "hastemote"),
    # a hand held to the stove, cigarette burns, sleeping dressed to flee
    ("gutten sier stefaren holdt hånda hans på kokeplata", "vold-naere-relasjoner"),
    ("a girl in 3rd grade has cigarette burns on her arms", "vold-naere-relasjoner"),
    ("gutten sover med klærne på i tilfelle de må rømme fra pappa", "vold-naere-relasjoner"),
    # pictures posted unless she comes
    ("hun sier han legger ut bildene hvis hun ikke kommer til ham i kveld", "bildedeling"),
    # unconscious beside a bottle of spirits; bottles all over a home
    ("fant en jente bevisstløs i parken med en spritflaske ved siden av", "rusbekymring"),
    ("gutten sier pappa sover hele dagen og det står flasker overalt", "rusbekymring"),
    # the real twins of the calm classes below
    ("eleven skrev i norskoppgaven at hun vil ta livet av seg", "selvskading"),
    ("det er mye krangling hjemme og pappa slår", "vold-naere-relasjoner"),
    ("barna får ikke mat hjemme", "vold-naere-relasjoner"),
    (
        "han sa han skal drepe kompisen, de var venner igjen etter, men nå truer han igjen",
        "hastemote",
    ),
    ("gutten sier han skal drepe læreren på eksamen", "hastemote"),
]

CALM = [
    "vi har planlagt å ta toget til Oslo på klassetur",
    "gutten fikk nye klær av onkelen sin til jul",
    "eleven fikk brukte klær fra en voksen i Røde Kors",
    "læreren viste et klipp fra en dokumentar om en terrorgruppe i samfunnsfag",
    "eleven gikk på en dør i gymmen, hvem melder avvik på døra?",
    "han vant og sto med medaljen rundt halsen på bildet",
    "vi har nok til at alle får pizza på avslutningen",
    "fotografen filmer elevene på scenen under avslutningen",
    "det som skjer på hytta med pappa er alltid gøy, sier eleven",
    "pappa sier at det er ikke lov å spille etter klokka ni",
    "kan elevene vente alene i bilen i varmen mens jeg henter nøkkelen?",
    "foreldrene skriver på Facebook at de vil takke rektor for året",
    "læreren holdt hånda hans under kaldt vann etter at han brant seg på komfyren",
    "på leirskolen sov vi med klærne på fordi det var kaldt",
    "a pupil burned her hand on the stove in cooking class",
    "elevene la ut bildene fra turen på skolens side",
    "vi fant en tom vodkaflaske i skolegården i morges, hvem rydder?",
    "det står flasker overalt etter pantaksjonen, hvem henter dem?",
    # youth slang: did brilliantly
    "hun drepte fullstendig på scenen i kveld, for en konsert",
    "eleven drepte på muntlig i dag, hvordan gir jeg ros?",
    # a lesson's question
    "hvorfor tar Julie livet av seg i stykket? trenger det til undervisningen",
    # a row said to be no violence, a family short of money
    "det er mye krangling hjemme hos dem, ikke vold, bare konflikt. hvor får foreldrene hjelp?",
    "familien har ikke råd til mat til barna, hvor sender vi dem?",
    # a game's threat, friends again at once
    "han sa «jeg skal drepe deg» til kompisen under spillet, de ble venner igjen etter et minutt",
]

test_the_sign_routes, test_calm_look_alikes_raise_no_alarm = case_tests(ROUTED, CALM)
