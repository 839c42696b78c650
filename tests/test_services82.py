"""«Who do I contact» (session 38, services82).

A probe of 61 messages made up from the plans (../shared/seeds) and ../shared/domain as staff
type them – every kommune, bokmål, nynorsk, English, no æøå, keyword style –, none copied from
an eval item: each with the reply intents that are right and the words a right answer holds.
Scored at int38: 41/61; on this branch 51/61 (PROBE_AT_LEAST). Then the classes it fixed, each
with new phrasings and calm look-alikes that must keep their reading:

- a need asked in staff's words, no service named: reading and writing troubles (PPT in
  Gjesdal; a plan that names no PPT says so), needs across services (Gjesdal's Tjeneste- og
  koordineringskontoret, Våler's Oppvekstteam), veiledning for parents, theft and break-ins
  by a young person (knowledge/national/needs.yaml);
- nynorsk «hjelpetilbod», and «strever» as whom a question is about, not its need;
- a service named alone («ppt gjesdal?») its contact card, a role alone its seats;
- «hvem sørger for …» as who is responsible, never grief;
- the help-offer card says a line several services share once.
"""

from __future__ import annotations

import functools

import pytest

from bot.text import fold
from tests.eval import Item, Runner, _answer

CONTACT = ("contact_service", "coordinator", "hotlines")
"""tests/eval ACCEPTS for contact_service."""
HOLDER = ("unknown",)
"""«hvem er X»: the plan names no holder – the honest answer with the role's card (dev twins
fr-0216, f8-239 are labelled unknown)."""
OWNER = ("tiltak_owner", *CONTACT)
"""«hvem sørger for …»: who is responsible – the tiltak's ansvarlig answers."""
SEATS = ("role_groups", *CONTACT)
"""A role alone («politikontakt våler?»): its seats, or its card (which holds them)."""

PROBE: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    # Våler
    ("valer", "hvordan får jeg tak i barnevernet i våler?", CONTACT, ("barnevern",)),
    ("valer", "barnevern nr", CONTACT, ("barnevern",)),
    ("valer", "politikontakt våler?", SEATS, ("politikontakt",)),
    (
        "valer",
        "jobber i barnehage, hvem ringer jeg om helsa til et barn på avdelinga?",
        CONTACT,
        ("helsesykepleier",),
    ),
    (
        "valer",
        "hvor kan ungdommer gå for å få prevensjon i våler",
        CONTACT,
        ("ungdomshelsestasjon",),
    ),
    ("valer", "kven kan eg kontakte om ein ungdom som ruser seg?", CONTACT, ("ungdomskontakt",)),
    ("valer", "skolelos kontaktinfo", CONTACT, ("skolelos",)),
    (
        "valer",
        "hvem følger opp ungdom som står i fare for å droppe ut av skolen?",
        CONTACT,
        ("skolelos",),
    ),
    ("valer", "ungdomslos i våler - hvordan når jeg han", CONTACT, ("ungdomslos",)),
    (
        "valer",
        "who should I contact at NAV about a young person without a job in Våler?",
        CONTACT,
        ("nav",),
    ),
    (
        "valer",
        "hvem kan hjelpe med mekling mellom to ungdommer som er uvenner",
        CONTACT,
        ("konfliktr",),
    ),
    ("valer", "bti koordinator valer kontakt", (*CONTACT, "bti"), ("bti",)),
    ("valer", "hvem tilbyr stottesamtaler i valer", CONTACT, ("psykisk helse",)),
    ("valer", "hvem er slt-koordinator i våler og hvordan når jeg henne?", CONTACT, ("grønsleth",)),
    (
        "valer",
        "where can teens get free health advice in Vaaler?",
        CONTACT,
        ("ungdomshelsestasjon",),
    ),
    ("valer", "helsesykepleir valer kontakt", CONTACT, ("helsesykepleier",)),
    ("valer", "kven er ungdomskontakten i våler?", HOLDER, ("ungdomskontakt",)),
    (
        "valer",
        "hvem sørger for oppfølging av ungdom som står i fare for å ruse seg?",
        OWNER,
        ("ungdomskontakt",),
    ),
    ("valer", "nav valer kontaktperson for unge", CONTACT, ("nav",)),
    (
        "valer",
        "ungdomshelsestasjonen, hvor ligger den og hvordan kontakter man dem",
        CONTACT,
        ("ungdomshelsestasjon",),
    ),
    ("valer", "psykisk helse og rus våler tlf", CONTACT, ("psykisk helse",)),
    (
        "valer",
        "vi i utekontakten treffer en gutt som vil ha hjelp med rusen, hvem henviser vi til?",
        CONTACT,
        ("ungdomskontakt",),
    ),
    # Jevnaker
    ("jevnaker", "helsesykepleier på ungdomsskolen jevnaker?", CONTACT, ("helsesykepleier",)),
    ("jevnaker", "hvem er helsesøster på JUS", HOLDER, ("helsesykepleier",)),
    (
        "jevnaker",
        "hvor kan en 16-åring snakke med noen om sex og kropp i jevnaker",
        CONTACT,
        ("helsestasjon for ungdom",),
    ),
    (
        "jevnaker",
        "kva tilbod finst for foreldre som treng rettleiing i jevnaker?",
        CONTACT,
        ("familiens hus",),
    ),
    ("jevnaker", "pmto jevnaker hvem kontakter jeg", CONTACT, ("familiens hus",)),
    ("jevnaker", "hvem på NAV jobber med ungdom i jevnaker?", CONTACT, ("ungdomskontakt",)),
    (
        "jevnaker",
        "jeg er utekontakt, hvem i kommunen jobber med utenforskap blant ungdom?",
        CONTACT,
        ("ungdomskonsulent",),
    ),
    (
        "jevnaker",
        "natteravner - hvem tar jeg kontakt med for å bli med?",
        CONTACT,
        ("frivilligsentral",),
    ),
    ("jevnaker", "hvor kan vi søke råd om radikalisering", CONTACT, ("radikalisering.no",)),
    ("jevnaker", "barnevernet jevnaker telefon", CONTACT, ("barnevern",)),
    (
        "jevnaker",
        "who do I call at the police about a youth in Jevnaker?",
        CONTACT,
        ("politikontakt",),
    ),
    ("jevnaker", "hvordan melder jeg en sak inn til fagteamet", CONTACT, ("slt-koordinator",)),
    ("jevnaker", "slt koordinator jevnaker kontakt", CONTACT, ("koordinator",)),
    (
        "jevnaker",
        "familiens hus jevnaker - hva gjør de og hvordan når jeg dem?",
        CONTACT,
        ("familiens hus",),
    ),
    ("jevnaker", "ungdomskonsulenten - hvordan får jeg tak i han?", CONTACT, ("ungdomskonsulent",)),
    ("jevnaker", "hvem kontakter jeg om barnevern utenfor kontortid", CONTACT, ("barnevernvakt",)),
    ("jevnaker", "hfu jevnaker kontakt", CONTACT, ("helsestasjon for ungdom",)),
    (
        "jevnaker",
        "trener på fotballen her, kven kan eg snakke med om ein spelar eg uroar meg for? han er 15",
        CONTACT,
        ("fagteam",),
    ),
    # Gjesdal
    ("gjesdal", "ppt gjesdal?", CONTACT, ("ppt",)),
    (
        "gjesdal",
        "elev som sliter med lesing og skriving, hvem kontakter vi i gjesdal",
        CONTACT,
        ("ppt",),
    ),
    ("gjesdal", "kven kan hjelpe ein familie som treng støtte?", CONTACT, ("familiesenter",)),
    ("gjesdal", "mestringsenheten kontakt", CONTACT, ("mestringsenhet",)),
    (
        "gjesdal",
        "hvem jobber med psykisk helse for ungdom i gjesdal?",
        CONTACT,
        ("mestringsenhet",),
    ),
    (
        "gjesdal",
        "hvor søker vi om tjenester til et barn med store behov?",
        CONTACT,
        ("koordineringskontor",),
    ),
    ("gjesdal", "helsestasjonen gjesdal nummer", CONTACT, ("helsestasjon",)),
    (
        "gjesdal",
        "frivilligsentralen i gjesdal, hvordan kontakter jeg dem",
        CONTACT,
        ("frivilligsentral",),
    ),
    (
        "gjesdal",
        "ungdommer som har stjålet fra butikken, hvem i kommunen jobber sammen om sånne saker",
        CONTACT,
        ("operativ",),
    ),
    (
        "gjesdal",
        "hvilke hjelpetilbud finnes for barn og familier i gjesdal?",
        CONTACT,
        ("familiesenter",),
    ),
    (
        "gjesdal",
        "finnes det hjelp å få i gjesdal for en ungdom som har det tøft?",
        CONTACT,
        ("mestringsenhet",),
    ),
    ("gjesdal", "politikontakten i gjesdal, hvem er det", HOLDER, ()),
    (
        "gjesdal",
        "kan konfliktrådet hjelpe oss med to jenter som er i konflikt?",
        CONTACT,
        ("konfliktr",),
    ),
    (
        "gjesdal",
        "jobber på nav. hvilken gruppe i gjesdal samarbeider om ungdom som begår lovbrudd?",
        CONTACT,
        ("operativ",),
    ),
    (
        "gjesdal",
        "who handles school psychology things in gjesdal, like reading problems?",
        CONTACT,
        ("ppt",),
    ),
    ("gjesdal", "familiesentret tlf?", CONTACT, ("familiesenter",)),
    (
        "gjesdal",
        "kven i gjesdal kan hjelpe ein elev som har lese- og skrivevanskar",
        CONTACT,
        ("ppt",),
    ),
    ("gjesdal", "helsesykepleier gjesdal, kontakt?", CONTACT, ("helsesykepleier",)),
    ("gjesdal", "barnevernet i gjesdal, hvordan melder jeg til dem?", ("routine",), ("barnevern",)),
    (
        "gjesdal",
        "tjeneste og koordineringskontoret - hva er det og hvem kontakter man der",
        CONTACT,
        ("koordineringskontor",),
    ),
    (
        "gjesdal",
        "foreldre som sliter med grensesetting hjemme, hvor kan de få veiledning?",
        CONTACT,
        ("familiesenter",),
    ),
)

PROBE_AT_LEAST = 50
"""The probe's right answers on this branch (51/61 when written): a floor, so a change that
loses several shows."""


@functools.lru_cache(maxsize=1)
def _runner() -> Runner:
    return Runner()


def _reply(kommune: str, text: str) -> tuple[str, str]:
    """The answering reply's intent and all replies' text, folded."""
    replies = _runner().replies(Item("s82", kommune, "dev", text, "unknown"))
    answer = _answer(replies)
    return (str(answer.intent) if answer else "none"), fold("\n".join(r.text for r in replies))


def _right(kommune: str, text: str, intents: tuple[str, ...], must: tuple[str, ...]) -> bool:
    got, said = _reply(kommune, text)
    return got in intents and all(fold(m) in said for m in must)


def test_probe_figure() -> None:
    right = sum(_right(*row) for row in PROBE)
    assert right >= PROBE_AT_LEAST, f"probe {right}/{len(PROBE)}"


# --- the classes fixed, in new phrasings ----------------------------------------------------

FIXED = (
    # reading, writing, learning: PPT where the plan names it
    ("gjesdal", "eleven vår har dysleksi, hvem kan vi kontakte?", ("ppt",)),
    ("gjesdal", "kven hjelper born med lærevanskar?", ("ppt",)),
    ("gjesdal", "who can we contact about a pupil with dyslexia?", ("ppt",)),
    # needs across services
    (
        "gjesdal",
        "barn med sammensatte behov, hvem koordinerer tjenestene?",
        ("koordineringskontor",),
    ),
    ("valer", "hvem kan hjelpe en familie med sammensatte vansker?", ("oppvekstteam",)),
    ("gjesdal", "hvor søker foreldre om individuell plan for barnet?", ("koordineringskontor",)),
    # parents' guidance
    ("jevnaker", "hvor kan foreldre få veiledning når tenåringen ikke hører?", ("familiens hus",)),
    ("gjesdal", "foreldra treng rettleiing, kven kan dei kontakte?", ("familiesenter",)),
    # a young person's theft or break-in
    ("gjesdal", "to elever har stjålet fra kiosken, hvem tar slike saker?", ("operativ",)),
    ("jevnaker", "gjengen har gjort hærverk på skolen, hvem kontakter vi?", ("fagteam",)),
    ("valer", "ungdommer bak innbrudd i hytter, hvem jobber med dem?", ("politikontakt",)),
    # nynorsk «hjelpetilbod», «strever» as whom
    ("gjesdal", "kva hjelpetilbod har gjesdal?", ("mestringsenhet", "familiesenter")),
    ("gjesdal", "hvilke hjelpetilbud har vi for barn som strever?", ("mestringsenhet",)),
    # a service named alone
    ("gjesdal", "familiesenteret gjesdal?", ("familiesenter",)),
    ("jevnaker", "nav jevnaker?", ("nav",)),
)


@pytest.mark.parametrize(("kommune", "text", "must"), FIXED)
def test_contact_class(kommune: str, text: str, must: tuple[str, ...]) -> None:
    got, said = _reply(kommune, text)
    assert got in CONTACT, (got, said[:300])
    assert all(fold(m) in said for m in must), said[:600]


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        # a plan that names no PPT says so, never another service
        ("jevnaker", "elev med lese- og skrivevansker, hvem hjelper?"),
        ("valer", "hvem tar elever med dysleksi?"),
    ],
)
def test_need_no_service_said(kommune: str, text: str) -> None:
    got, said = _reply(kommune, text)
    assert got == "unknown"
    assert fold("nevner ingen tjeneste for lese- og skrivevansker") in said


@pytest.mark.parametrize(
    ("kommune", "text", "not_said"),
    [
        # theft with no young person: no crime service
        ("gjesdal", "hvem har stjålet kaffen fra personalrommet?", "operativ"),
        ("valer", "hvem har tatt laderen min? den er stjålet", "kriminalitet"),
        # a young person's trust is not theft («stoler»)
        ("jevnaker", "ungdommen stoler ikke på oss, hvem kan hjelpe?", "kriminalitet"),
        # reading a book is no learning trouble
        ("gjesdal", "klassen skal lese en bok om vennskap, hvem velger boka?", "ppt"),
        # «sørger for» of a chore: no grief offer
        ("valer", "hvem sørger for kaffe på møtet?", "etterlatte"),
    ],
)
def test_look_alikes_stay(kommune: str, text: str, not_said: str) -> None:
    _, said = _reply(kommune, text)
    assert fold(not_said) not in said, said[:400]


def test_grief_still_grief() -> None:
    """«barn som sørger» is grief: the samtalegruppe for etterlatte (Våler tiltak 5)."""
    _, said = _reply("valer", "har vi noe for barn som sørger etter at mor døde?")
    assert "etterlatte" in said


@pytest.mark.parametrize(
    ("kommune", "text", "must"),
    [
        (
            "valer",
            "hvem sørger for at elever som står i fare for å falle ut følges opp?",
            "skolelos",
        ),
        ("jevnaker", "kven syter for natteravnane?", "frivilligsentral"),
    ],
)
def test_sorger_for_is_responsibility(kommune: str, text: str, must: str) -> None:
    got, said = _reply(kommune, text)
    assert got in OWNER and must in said and "etterlatte" not in said


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "helsesykepleier?"),
        ("gjesdal", "politikontakt gjesdal?"),
        # a service asked with more than its name: its seats, as before
        ("valer", "sitter barnevernet i noen slt-grupper?"),
        ("gjesdal", "er ppt med i noen av gruppene?"),
    ],
)
def test_role_alone_keeps_seats(kommune: str, text: str) -> None:
    got, _ = _reply(kommune, text)
    assert got == "role_groups"


def test_shared_line_said_once() -> None:
    """Gjesdal's five hjelpetilbud: the plan's one line about them under the list, once."""
    _, said = _reply("gjesdal", "hvilke hjelpetilbud finnes i gjesdal?")
    line = fold("Et av de aktuelle hjelpetilbudene planen nevner")
    assert said.count(line) == 1
    assert fold("Felles for alle") in said  # xfix83: the line as a colleague says it
