"""How to reach a service, and what the plan says (session 40, service84).

A probe of made-up messages from the plans (../shared/seeds) and ../shared/domain as staff
type them – every kommune, bokmål, nynorsk, English, no æøå, voice-dictated, abbreviations
(BV, HS, PPT, NAV, HFU, JUS) –, none copied from an eval item: each with the reply intents that
are right, the words a right answer holds and the words it must not hold (a number or opening
hours the knowledge does not hold is never invented).
"""

from __future__ import annotations

import functools

import pytest

from bot.text import fold
from tests.eval import Item, Runner, _answer

CONTACT = ("contact_service", "coordinator", "hotlines")
"""tests/eval ACCEPTS for contact_service."""
PLAN = ("plan", "target_group", "tiltak_status")
"""tests/eval ACCEPTS for plan_facts."""
HONEST = ("unknown",)
CARD_OR_HONEST = (*CONTACT, "unknown")
"""A detail of a service the knowledge does not hold (its hours, a private number): the
service's card saying what it holds, or the honest answer – never an invented figure."""
NO_FIGURE = ("kl.", ":00", ":30", "åpent fra", "åpen fra")
HOURS = HONEST
"""Opening hours no plan holds: the honest answer (the eval's writers label «hva er
åpningstidene på helsestasjon for ungdom» unknown), never hours made up."""
NO_NUMBER = "oppgir ikke telefonnummer eller e-post"

Row = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]

PROBE: tuple[Row, ...] = (
    # --- Våler: reaching a service ---
    ("valer", "tlf til helsesykepleier på skolen?", CONTACT, ("helsesykepleier",), ()),
    ("valer", "hva er nummeret til barnevernet i valer", CONTACT, ("barnevern",), ()),
    ("valer", "ungdomshelsestasjonen åpningstider", HOURS, (), NO_FIGURE),
    ("valer", "hvem kontakter jeg i BV om en elev", CONTACT, ("barnevern",), ()),
    ("valer", "kan du gi meg eposten til slt koordinator", CONTACT, ("koordinator",), ()),
    ("valer", "how do I reach the school nurse in Våler", CONTACT, ("helsesykepleier",), ()),
    (
        "valer",
        "jeg lurer på hvem jeg skal ringe i nav om en ungdom på 19 som ikke har jobb",
        CONTACT,
        ("nav",),
        (),
    ),
    ("valer", "kontaktinfo psykisk helse og rus", CONTACT, ("psykisk helse",), ()),
    ("valer", "kvar finn eg ungdomskontakten", CONTACT, ("ungdomskontakt",), ()),
    (
        "valer",
        "nettpatruljen til politiet, hvordan kontakter vi dem",
        CONTACT,
        ("nettpatrulje",),
        (),
    ),
    (
        "valer",
        "hei jeg lurer på hvem jeg ringer hvis jeg vil snakke med ungdomslosen i våler takk",
        CONTACT,
        ("ungdomslos",),
        (),
    ),
    ("valer", "hvor far ungdom hjelp med rus i vaaler", CONTACT, ("ungdomskontakt",), ()),
    # a leader's own e-mail: no plan holds it (corpus c17b-837 is labelled unknown)
    ("valer", "e-post til barnevernsleder i våler?", HONEST, (), ()),
    ("valer", "mobilnummeret til politikontakten", CARD_OR_HONEST, ("politikontakt",), ()),
    # --- Våler: what the plan says ---
    ("valer", "når ble slt planen vedtatt i våler", PLAN, ("2023",), ()),
    ("valer", "hvem vedtok planen", PLAN, ("kommunestyret",), ()),
    ("valer", "hvilken aldersgruppe er slt for hos oss", PLAN, ("10",), ()),
    ("valer", "hva sier ungdata om vålerungdommen", PLAN, ("møteplass",), ()),
    ("valer", "hva er visjonen for slt arbeidet i valer", PLAN, ("oppvekstsvilk",), ()),
    ("valer", "kor lenge gjeld planen", PLAN, ("2026",), ()),
    # --- Jevnaker: reaching a service ---
    ("jevnaker", "HFU jevnaker - når er det åpent?", HOURS, (), NO_FIGURE),
    ("jevnaker", "hvem i nav jobber med ungdom", CONTACT, ("nav",), ()),
    ("jevnaker", "kontakt helsesøster jus", CONTACT, ("helsesykepleier",), ()),
    ("jevnaker", "who do I talk to about PMTO for a family", CONTACT, ("familiens hus",), ()),
    ("jevnaker", "ungdomskonsulenten hva er nummeret hans", CONTACT, ("ungdomskonsulent",), ()),
    (
        "jevnaker",
        "kven kan eg ringje hos politiet om ungdomsmiljøet",
        CONTACT,
        ("politikontakt",),
        (),
    ),
    ("jevnaker", "hvor kan jeg søke råd om radikalisering", CONTACT, ("radikalisering",), ()),
    (
        "jevnaker",
        "vi vil gå natteravn på fredager, hvem kontakter vi",
        CONTACT,
        ("frivilligsentral",),
        (),
    ),
    ("jevnaker", "HS på JUS, hvem er kontakt", CONTACT, ("helsesykepleier",), ()),
    ("jevnaker", "hvem tar imot saker til fagteamet", CONTACT, ("koordinator",), ()),
    # --- Jevnaker: what the plan says ---
    ("jevnaker", "hvilken periode gjelder slt planen til jevnaker", PLAN, ("2028",), ()),
    ("jevnaker", "hva er målet med slt i jevnaker", PLAN, ("riktig hjelp til riktig tid",), ()),
    ("jevnaker", "hvem er slt rettet mot", PLAN, ("foresatte",), ()),
    (
        "jevnaker",
        "hva er de felles satsingsomradene med ringerike og hole",
        PLAN,
        ("vold i nære",),
        (),
    ),
    (
        "jevnaker",
        "what are the shared priorities the police council agreed on",
        PLAN,
        ("vold i nære",),
        (),
    ),
    ("jevnaker", "bruker dere ungdata i jevnaker", PLAN, ("ungdata",), ()),
    ("jevnaker", "er slt lovpålagt", PLAN, ("ikke lovpålagt",), ()),
    # --- Gjesdal: reaching a service ---
    ("gjesdal", "ppt kontakt info", CONTACT, ("ppt",), ()),
    (
        "gjesdal",
        "hvem kontakter jeg i PPT om en elev som ikke får til matte",
        CONTACT,
        ("ppt",),
        (),
    ),
    ("gjesdal", "nummer til helsestasjonen", CONTACT, ("helsestasjon",), ()),
    (
        "gjesdal",
        "hvordan kommer jeg i kontakt med mestringsenheten",
        CONTACT,
        ("mestringsenhet",),
        (),
    ),
    (
        "gjesdal",
        "jeg jobber på ålgård ungdomsskole og lurer på hvem jeg kan snakke med hos politiet om "
        "ungdommene",
        CONTACT,
        ("politikontakt",),
        (),
    ),
    (
        "gjesdal",
        "where do I apply for coordinated services for a child in gjesdal",
        CONTACT,
        ("koordineringskontor",),
        (),
    ),
    ("gjesdal", "hvem tar imot henvendelser til familiesenteret", CONTACT, ("familiesenter",), ()),
    ("gjesdal", "åpningstider frivilligsentralen", HOURS, (), NO_FIGURE),
    # --- Gjesdal: what the plan says ---
    ("gjesdal", "hva er målgruppen for slt i gjesdal", PLAN, ("12",), ()),
    (
        "gjesdal",
        "hva er hovedmålet i handlingsplanen",
        PLAN,
        ("forebygge rus og kriminalitet",),
        (),
    ),
    ("gjesdal", "kva strategiar har planen", PLAN, ("samarbeid",), ()),
    ("gjesdal", "hva står slt for", PLAN, ("samordning",), ()),
    ("gjesdal", "hvor lenge varer handlingsplanen", PLAN, ("2025",), ()),
    ("gjesdal", "hvem godkjenner bruk av stimuleringsmidler", PLAN, ("arbeidsgruppa",), ()),
    # --- what no plan holds: honest ---
    ("gjesdal", "hvor mange ungdommer svarte på ungdata sist", HONEST, (), ()),
    ("valer", "hva er budsjettet til slt i år", HONEST, (), ()),
)


@functools.lru_cache(maxsize=1)
def _runner() -> Runner:
    return Runner()


def _reply(kommune: str, text: str) -> tuple[str, str]:
    """The answering reply's intent and all replies' text, folded."""
    replies = _runner().replies(Item("s84", kommune, "dev", text, "unknown"))
    answer = _answer(replies)
    return (str(answer.intent) if answer else "none"), fold("\n".join(r.text for r in replies))


def probe_right(row: Row) -> bool:
    kommune, text, intents, must, must_not = row
    got, said = _reply(kommune, text)
    return (
        got in intents
        and all(fold(m) in said for m in must)
        and not any(fold(m) in said for m in must_not)
    )


PROBE_AT_BASE = 48
"""The probe's right answers at int41 (7c084889), scored with the expectations above: 46 with
the first ones, before two were set to the eval's own labelling (opening hours and a leader's
e-mail are the honest answer, f25-029, f27-239, corpus c17b-837)."""
PROBE_AT_LEAST = 50
"""On this branch (50/53): a floor, so a change that loses several shows. Left failing: a
kommune's name grown into a word («vålerungdommen»), English «apply for coordinated
services», and whom to talk to about a tiltak named («who do I talk to about PMTO»: a reading
of it as the service that runs the tiltak was backed out – on the held-out half it turned
honest answers wrong)."""


def test_probe_figure() -> None:
    right = sum(probe_right(row) for row in PROBE)
    assert right >= PROBE_AT_LEAST, f"probe {right}/{len(PROBE)}"


# --- the classes fixed, in new phrasings, each with calm look-alikes ---------------------------

# A service named alone in a compound or with the kommune («ungdomshelsestasjon våler??»): its
# contact card – what synonyms.yaml reads in beside it («helsestasjon for ungdom») is no word
# the writer typed.
SERVICE_ALONE = (
    ("valer", "ungdomshelsestasjonen??", ("ungdomshelsestasjon",)),
    ("valer", "ungdomshelsestasjon i våler", ("ungdomshelsestasjon",)),
    ("gjesdal", "familiesenteret gjesdal??", ("familiesenter",)),
)


@pytest.mark.parametrize(("kommune", "text", "must"), SERVICE_ALONE)
def test_service_alone_is_its_contact(kommune: str, text: str, must: tuple[str, ...]) -> None:
    got, said = _reply(kommune, text)
    assert got in CONTACT, (got, said[:300])
    assert all(fold(m) in said for m in must), said[:600]


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        # a role alone is still its seats, not a contact card
        ("valer", "helsesykepleier", "role_groups"),
        ("jevnaker", "politikontakt?", "role_groups"),
    ],
)
def test_role_alone_keeps_its_seats(kommune: str, text: str, intent: str) -> None:
    assert _reply(kommune, text)[0] == intent


# A worry or cases brought to a group the question names: whoever takes its cases in (Jevnaker's
# fagteam: «sakene varsles SLT-koordinator»).
CASES_TO_GROUP = (
    ("jevnaker", "kven sender eg bekymringa til om eg vil ha henne opp i fagteamet?"),
    ("jevnaker", "hvem tar imot saker til fagteamet?"),
    ("gjesdal", "hvem sender jeg saken til om jeg vil ha den i operativ slt-gruppe"),
)


@pytest.mark.parametrize(("kommune", "text"), CASES_TO_GROUP)
def test_case_to_group_goes_to_its_caller(kommune: str, text: str) -> None:
    got, said = _reply(kommune, text)
    assert got in ("coordinator", "innkaller", "contact_service"), (got, said[:300])
    assert fold("slt-koordinator") in said


@pytest.mark.parametrize(
    ("kommune", "text", "not_got"),
    [
        # no group named: no group's caller
        ("jevnaker", "hvem sender jeg en bekymring til om en elev som drikker?", "innkaller"),
        ("valer", "hvordan sender jeg en bekymring til barnevernet?", "innkaller"),
        # no who-word: whether the case belongs there, not who takes it in
        ("gjesdal", "skal saken til operativ slt-gruppe når eleven har stjålet?", "innkaller"),
    ],
)
def test_no_group_no_caller(kommune: str, text: str, not_got: str) -> None:
    assert _reply(kommune, text)[0] != not_got


# What a source says that a plan fact holds («hva sier ungdata»), and a plan fact that names the
# group asked about.
PLAN_SAYS = (
    ("valer", "hva viser ungdata for våler?", ("møteplass",)),
    ("valer", "hva sa ungdataundersøkelsen sist?", ("møteplass",)),
    ("jevnaker", "hvilke satsingsområder har politirådet vedtatt?", ("vold i nære",)),
    ("jevnaker", "kva har politirådet vedteke som felles satsingsområde?", ("vold i nære",)),
    ("jevnaker", "which shared priorities did the police council agree on?", ("vold i nære",)),
)


@pytest.mark.parametrize(("kommune", "text", "must"), PLAN_SAYS)
def test_plan_says(kommune: str, text: str, must: tuple[str, ...]) -> None:
    got, said = _reply(kommune, text)
    assert got in PLAN, (got, said[:300])
    assert all(fold(m) in said for m in must), said[:600]


@pytest.mark.parametrize(
    ("kommune", "text", "intent"),
    [
        # a service that «says» something is no plan fact
        ("gjesdal", "hva sier barnevernet?", "unknown"),
        # a finding told, no question: not the fact that names its source
        ("jevnaker", "folkehelseprofilen viser mye frafall i vgs i år", "unknown"),
        # the plan in general keeps its sheet
        ("valer", "når ble planen vedtatt?", "plan"),
    ],
)
def test_says_look_alikes(kommune: str, text: str, intent: str) -> None:
    got, said = _reply(kommune, text)
    assert got == intent, (got, said[:300])
    assert fold("møteplass") not in said


def test_plan_adopted_still_said() -> None:
    _got, said = _reply("valer", "når ble planen vedtatt?")
    assert fold("26.10.2023") in said
