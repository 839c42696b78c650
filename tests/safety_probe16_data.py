"""Probe messages for the danger check, round 16: hearsay, online risks and what goes on.

Written fresh for this test (made-up situations and names, no eval item copied). Each case is
(message, topic, routine or None for the acute line alone, number the first line names). A fit
that does not stop is 113; a bomb's means got hold of is a threat; a goodbye sent and a phone
gone quiet is suicide; «krig hjemme» is violence at home; a child minding the younger ones for
long while the carers are away is neglect; a grown man inviting a child to his place, or a
partner of an adult's age she must sleep over with, is grooming. The look-alikes: a fit asked
about, a game in the schoolyard, a closed case, bath bombs, a farewell party, a colleague's
crisis asked as a question for the numbers (the numbers answer it, not the youth routine).
"""

from __future__ import annotations

Probe = tuple[str, str, str | None, str]

AKUTT = "akutt_medisinsk"
SELV = "selvmord_selvskading"
TRUSLER = "trusler"
VOLD = "vold_nare"
SEKSUELL = "seksuelle_overgrep"
VNR = "vold-naere-relasjoner"

CASES: list[Probe] = [
    # A fit that goes on: the acute line, 113.
    ("gutten i 7b har krampeanfall og det gir seg ikke", AKUTT, None, "113"),
    ("epilepsianfallet hennes har vart i sju minutter nå", AKUTT, None, "113"),
    ("eleven med epilepsi har hatt anfall i over fem minutter", AKUTT, None, "113"),
    ("anfallet stopper ikke, hun har epilepsi", AKUTT, None, "113"),
    ("ho har eit anfall som ikkje sluttar, ho har epilepsi", AKUTT, None, "113"),
    # What a bomb needs got hold of: a threat, 112.
    ("han har skaffet seg det som trengs til en bombe", TRUSLER, "hastemote", "112"),
    ("eleven sier han har kjøpt sprengstoff på nett", TRUSLER, "hastemote", "112"),
    ("ho har skaffa det ho treng for å lage ei bombe", TRUSLER, "hastemote", "112"),
    # A goodbye sent and the phone gone quiet: suicide, 113.
    ("faren ringte: sønnen sendte «farvel» på snap og telefonen er av", SELV, "selvskading", "113"),
    ("hun skrev farvel til venninna og vi får ikke tak i henne", SELV, "selvskading", "113"),
    ("kompisen fikk farvel fra ham på melding, og nå svarer han ikke", SELV, "selvskading", "113"),
    ("hun la ut «farvel alle» på insta og mobilen er skrudd av", SELV, "selvskading", "113"),
    # War at home in a child's words: violence in a close relation.
    ("han skrev i dagboka at det er krig hjemme når faren drikker", VOLD, VNR, "112"),
    ("det er krig heime kvar kveld, seier sonen", VOLD, VNR, "112"),
    ("jenta sier huset er en krigssone når mamma kommer hjem", VOLD, VNR, "112"),
    # Minding the younger ones for long with the carers away: neglect.
    ("en 12-åring må passe småsøsken alene fordi mor er bortreist i ukevis", VOLD, VNR, "112"),
    ("gutten passer lillebror hele helga, foreldra er vekke", VOLD, VNR, "112"),
    ("ho passar syskena når foreldra er borte heile helga", VOLD, VNR, "112"),
    # A grown man inviting a child to his place: grooming.
    ("en mann på 40 har invitert eleven til hytta si i helga", SEKSUELL, VNR, "112"),
    ("ein vaksen fyr har bede jenta besøke han i leiligheita si", SEKSUELL, VNR, "112"),
    ("en eldre mann sendte gutten penger og ba ham komme til huset hans", SEKSUELL, VNR, "112"),
    # A partner of an adult's age she sleeps over with: grooming, before the alcohol he gives.
    ("eleven på 14 sier hun sover hos typen på 23 og får vodka av ham", SEKSUELL, VNR, "112"),
    ("hun er 13 og overnatter hos kjæresten på 22 flere netter i uka", SEKSUELL, VNR, "112"),
    ("jenta i 9. fortalte at hun sover hos en mann på 30 i helgene", SEKSUELL, VNR, "112"),
]

KEEP: list[Probe] = [
    # Still real: a closed case with a new threat after it, an adult partner who gives drugs.
    (
        "eleven som truet en lærer i fjor er flyttet og saken er avsluttet, men nå truer han"
        " henne på snap igjen",
        TRUSLER,
        "hastemote",
        "112",
    ),
    (
        "saken er avsluttet, men gutten sier han skal drepe læreren i morgen",
        TRUSLER,
        "hastemote",
        "112",
    ),
    ("han sa han skulle skyte læreren, og det var ikke på lek", TRUSLER, "hastemote", "112"),
    ("kjæresten på 19 gir henne hasj når de er sammen, hun er 15", "rus", "rusbekymring", "112"),
    (
        "kollegaen min sier at eleven har selvmordstanker, hvilket nummer ringer jeg?",
        SELV,
        "selvskading",
        "113",
    ),
]

LOOK_ALIKES: list[str] = [
    # A fit asked about, or over.
    "hva gjør vi når en elev med epilepsi får anfall?",
    "eleven hadde et lite anfall i går, det gikk over etter et minutt",
    "finnes det en rutine for epilepsianfall som varer over fem minutter?",
    # Bombs that are cakes and bath salts.
    "vi kjøpte badebomber til bursdagen hennes",
    "skal vi kjøpe bombe-kake til foreldremøtet?",
    # A farewell that is a party.
    "elevene sa farvel til praktikanten, hun er av de beste vi har hatt",
    # War as a subject, minding siblings for a while.
    "vi har tema om krig i samfunnsfag og skal lese hjemme",
    "eleven passer småsøsken etter skolen en dag i uka",
    "foreldrene er bortreist, så eleven bor hos tante denne uka",
    # A trip with adults.
    "klassen skal på tur til hytta hans Ola, to voksne er med",
    # Games: shooting and killing on pretend.
    "i en lek i gymmen «skjøt» de hverandre med baller, er det greit?",
    "ungane skyt kvarandre på lek med pinnar i friminuttet",
    # A case closed.
    "eleven som truet læreren i fjor har flyttet og saken er avsluttet. hva gjør vi nå?",
    "gutten som truet en elev har byttet skole, saken ble henlagt. trenger vi å melde noe?",
    # A colleague's crisis asked as a question for the numbers.
    "hvis en kollega sier hun har selvmordstanker, hvilket nummer ringer man?",
    "kva nummer ringer eg om ein kollega seier han vil døy?",
    "hvilket nummer skal jeg ringe hvis en medarbeider snakker om selvmord",
]
