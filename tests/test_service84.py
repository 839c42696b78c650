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

Row = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]

PROBE: tuple[Row, ...] = (
    # --- Våler: reaching a service ---
    ("valer", "tlf til helsesykepleier på skolen?", CONTACT, ("helsesykepleier",), ()),
    ("valer", "hva er nummeret til barnevernet i valer", CONTACT, ("barnevern",), ()),
    ("valer", "ungdomshelsestasjonen åpningstider", CARD_OR_HONEST, ("ungdomshelsestasjon",), NO_FIGURE),
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
    ("valer", "nettpatruljen til politiet, hvordan kontakter vi dem", CONTACT, ("nettpatrulje",), ()),
    (
        "valer",
        "hei jeg lurer på hvem jeg ringer hvis jeg vil snakke med ungdomslosen i våler takk",
        CONTACT,
        ("ungdomslos",),
        (),
    ),
    ("valer", "hvor far ungdom hjelp med rus i vaaler", CONTACT, ("ungdomskontakt",), ()),
    ("valer", "e-post til barnevernsleder i våler?", CARD_OR_HONEST, ("barnevern",), ("@",)),
    ("valer", "mobilnummeret til politikontakten", CARD_OR_HONEST, ("politikontakt",), ()),
    # --- Våler: what the plan says ---
    ("valer", "når ble slt planen vedtatt i våler", PLAN, ("2023",), ()),
    ("valer", "hvem vedtok planen", PLAN, ("kommunestyret",), ()),
    ("valer", "hvilken aldersgruppe er slt for hos oss", PLAN, ("10",), ()),
    ("valer", "hva sier ungdata om vålerungdommen", PLAN, ("møteplass",), ()),
    ("valer", "hva er visjonen for slt arbeidet i valer", PLAN, ("oppvekstsvilk",), ()),
    ("valer", "kor lenge gjeld planen", PLAN, ("2026",), ()),
    # --- Jevnaker: reaching a service ---
    ("jevnaker", "HFU jevnaker - når er det åpent?", CARD_OR_HONEST, ("helsestasjon for ungdom",), NO_FIGURE),
    ("jevnaker", "hvem i nav jobber med ungdom", CONTACT, ("nav",), ()),
    ("jevnaker", "kontakt helsesøster jus", CONTACT, ("helsesykepleier",), ()),
    ("jevnaker", "who do I talk to about PMTO for a family", CONTACT, ("familiens hus",), ()),
    ("jevnaker", "ungdomskonsulenten hva er nummeret hans", CONTACT, ("ungdomskonsulent",), ()),
    ("jevnaker", "kven kan eg ringje hos politiet om ungdomsmiljøet", CONTACT, ("politikontakt",), ()),
    ("jevnaker", "hvor kan jeg søke råd om radikalisering", CONTACT, ("radikalisering",), ()),
    ("jevnaker", "vi vil gå natteravn på fredager, hvem kontakter vi", CONTACT, ("frivilligsentral",), ()),
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
    ("jevnaker", "what are the shared priorities the police council agreed on", PLAN, ("vold i nære",), ()),
    ("jevnaker", "bruker dere ungdata i jevnaker", PLAN, ("ungdata",), ()),
    ("jevnaker", "er slt lovpålagt", PLAN, ("ikke lovpålagt",), ()),
    # --- Gjesdal: reaching a service ---
    ("gjesdal", "ppt kontakt info", CONTACT, ("ppt",), ()),
    ("gjesdal", "hvem kontakter jeg i PPT om en elev som ikke får til matte", CONTACT, ("ppt",), ()),
    ("gjesdal", "nummer til helsestasjonen", CONTACT, ("helsestasjon",), ()),
    ("gjesdal", "hvordan kommer jeg i kontakt med mestringsenheten", CONTACT, ("mestringsenhet",), ()),
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
    ("gjesdal", "åpningstider frivilligsentralen", CARD_OR_HONEST, ("frivilligsentral",), NO_FIGURE),
    # --- Gjesdal: what the plan says ---
    ("gjesdal", "hva er målgruppen for slt i gjesdal", PLAN, ("12",), ()),
    ("gjesdal", "hva er hovedmålet i handlingsplanen", PLAN, ("forebygge rus og kriminalitet",), ()),
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
