"""«Who helps, how do we reach them» asked as staff preparing a parents' meeting or passing on
a parent's question (session 37, services81). Every message is made up for this file.

- A young person out of school and work («falt ut av skole og arbeid», «verken i jobb eller
  skole») is the need NAV's ungdomsgaranti meets (knowledge/national/needs.yaml), where the
  plan names NAV for it; «falt ut av skolen» alone stays the school's follow-up.
- Parents who drink or use are read only when said in a row: «… ruse seg, foreldrene vil vite
  hvem de kan snakke med» asks as parents, not of them – the young person's rus need answers.
- The kommune's help offers asked to tell or as a list («hvilke hjelpetilbud kan jeg nevne for
  foreldrene på foreldremøtet?»): the plan's own list where it has one (Gjesdal, 004:110),
  else every service of the kommune (bot/features/organisation/offers_listed.py).
- Parents or a family who call for a need («hvem kan en familie ringe for
  foreldreveiledning») get the plan's service for it, not the helplines; a young person who
  calls anonymously still gets the helplines.
- A young person who «har det vanskelig / tøft» and needs someone to talk to is the psychic
  health need, as «har det tungt» was.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply

OUT_OF_WORK = [
    ("valer", "en far spør hvem som kan hjelpe datteren på 20 som har falt ut av skole og arbeid"),
    (
        "valer",
        "foreldrene lurer på hvem som hjelper en gutt på 18 som verken er i jobb eller skole",
    ),
    ("jevnaker", "en mor spør hvem som følger opp sønnen, han har droppet ut av skole og arbeid"),
    ("valer", "en mor spør hvem som hjelper en ungdom på 17 uten skole og arbeid"),
]


@pytest.mark.parametrize(("kommune", "text"), OUT_OF_WORK)
def test_out_of_school_and_work_is_nav(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert "nav" in reply.text.lower(), reply.text[:400]


def test_out_of_school_alone_stays_the_schools_follow_up(bot: SltBot) -> None:
    reply = last_reply(
        bot, "en mor spør hvem som hjelper sønnen som har falt ut av skolen", "valer"
    )
    assert "skolelos" in reply.text.lower(), reply.text[:400]
    assert "nav" not in reply.text.lower().split("akutt")[0], reply.text[:400]


PARENTS_ASKING = [
    "hvem følger opp en ungdom som står i fare for å ruse seg, foreldrene lurer på hvem de kan "
    "kontakte",
    "foreldrene vil vite hvem sønnen kan snakke med, han har begynt å ruse seg",
]


@pytest.mark.parametrize("text", PARENTS_ASKING)
def test_parents_asking_are_not_parents_who_use(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert "ungdomskontakt" in reply.text.lower(), reply.text[:400]
    assert "pårørende" not in reply.text.lower(), reply.text[:400]


PARENTS_WHO_USE = [
    "en elev har foreldre som ruser seg, hvem kan hun snakke med?",
    "hvem kan en elev snakke med når foreldrene drikker mye?",
]


@pytest.mark.parametrize("text", PARENTS_WHO_USE)
def test_parents_who_use_are_still_read(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert "pårørende" in reply.text.lower(), reply.text[:400]


LISTED = [
    (
        "gjesdal",
        "hvilke hjelpetilbud bør jeg nevne for foreldrene på foreldremøtet?",
        "helsestasjon",
    ),
    (
        "gjesdal",
        "skal ha foreldremøte på 9. trinn, hvilke hjelpetilbud kan jeg fortelle om?",
        "ppt",
    ),
    (
        "valer",
        "hva kan jeg si til foreldrene om hvilke hjelpetilbud kommunen har?",
        "helsesykepleier",
    ),
    ("jevnaker", "hvilke hjelpetilbud har vi?", "barneverntjenesten"),
    (
        "valer",
        "kan du liste opp hjelpetilbudene i kommunen til foreldremøtet?",
        "barneverntjenesten",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "must"), LISTED)
def test_help_offers_asked_as_a_list(bot: SltBot, kommune: str, text: str, must: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]
    assert "hjelpetelefon" not in reply.text.lower(), reply.text[:400]


NOT_LISTED = [
    # a need read: its service, not the whole list
    ("gjesdal", "hvilke hjelpetilbud har vi for ungdom med angst?", "mestringsenheten"),
    # a service named: that service
    ("valer", "hvilke hjelpetilbud har NAV for unge?", "nav"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), NOT_LISTED)
def test_a_need_or_a_service_named_is_not_the_list(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert must in reply.text.lower(), reply.text[:400]
    assert "Tjenestene planen nevner" not in reply.text, reply.text[:400]


FAMILY_CALLS = [
    ("gjesdal", "hvem kan en familie ringe for foreldreveiledning", "familiesenter"),
    ("jevnaker", "hvem kan foreldrene ringe om de trenger hjelp med oppdragelse", "familiens hus"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), FAMILY_CALLS)
def test_a_family_calling_for_a_need_gets_its_service(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]


def test_a_young_person_calling_anonymously_keeps_the_helplines(bot: SltBot) -> None:
    reply = last_reply(bot, "kor kan ungdom ringa anonymt om dei har det vondt heime", "valer")
    assert str(reply.intent) == "hotlines", reply.text[:200]


HARD_TIMES = [
    ("gjesdal", "hei! hvem kan en ungdom som har det vanskelig prate med?", "mestringsenheten"),
    (
        "valer",
        "en mor spør hvem sønnen kan snakke med, han har det tøft for tiden",
        "psykisk helse",
    ),
]


@pytest.mark.parametrize(("kommune", "text", "must"), HARD_TIMES)
def test_a_young_person_having_a_hard_time(bot: SltBot, kommune: str, text: str, must: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]


ERRANDS = [
    ("gjesdal", "vi har samling med politiet neste uke, hvor kjøper vi boller til foreldrene?"),
    ("valer", "hvor bestiller vi mat til foreldremøtet om rus?"),
    ("jevnaker", "hvor parkerer foreldrene når de kommer til møte hos helsesykepleier?"),
]


@pytest.mark.parametrize(("kommune", "text"), ERRANDS)
def test_an_errand_asks_no_service(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) not in ("contact_service", "hotlines"), (text, reply.text[:200])


REACHED_WHERE = [
    ("valer", "hvor får vi tak i politikontakten?", "politikontakt"),
    ("gjesdal", "hvor finner foreldrene PPT?", "ppt"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), REACHED_WHERE)
def test_where_to_reach_a_service_is_still_asked(
    bot: SltBot, kommune: str, text: str, must: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]


OFFER_NAMED_FIRST = [
    "Friluftsskolen, hvem tar jeg kontakt med?",
    "Friluftsskolen: hvem kan foreldrene kontakte?",
    "friluftsskolen, hvem skal vi kontakte?",
]


@pytest.mark.parametrize("text", OFFER_NAMED_FIRST)
def test_an_offer_named_first_is_its_givers(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "valer")
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert "dnt vansjø" in reply.text.lower(), reply.text[:400]
    assert not reply.text.startswith("Barneverntjenesten"), reply.text[:400]


def test_a_family_short_of_money_is_nav(bot: SltBot) -> None:
    reply = last_reply(
        bot, "en mor spør hvem som kan hjelpe når familien har dårlig økonomi", "valer"
    )
    assert "nav" in reply.text.lower(), reply.text[:400]


def test_every_service_found_is_named_even_without_a_number(bot: SltBot) -> None:
    text = "hvem kan foreldre snakke med om de er bekymret for rus hos ungdommen?"
    reply = last_reply(bot, text, "jevnaker")
    if reply.text.startswith("Hvem kan hjelpe?"):  # several services: each one is named
        body = reply.text.split("Planen oppgir ikke")[0]
        assert len(body.strip().splitlines()) > 2, reply.text[:400]


REACHED_BY_SOMEONE = [
    ("gjesdal", "hvordan når de familiesenteret?", "familiesenter"),
    ("gjesdal", "foreldrene lurer på hvordan de kontakter mestringsenheten", "mestringsenheten"),
    ("jevnaker", "foreldrene lurer på hvordan de når ungdomskonsulenten", "ungdomskonsulent"),
    ("valer", "en mor spør hvordan hun når helsesykepleier", "helsesykepleier"),
    ("valer", "en far lurer på hvordan han når barnevernet", "barnevern"),
]


@pytest.mark.parametrize(("kommune", "text", "must"), REACHED_BY_SOMEONE)
def test_how_someone_reaches_a_service(bot: SltBot, kommune: str, text: str, must: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert str(reply.intent) == "contact_service", (text, reply.text[:200])
    assert must in reply.text.lower(), reply.text[:400]


NOT_REACHED = [
    ("gjesdal", "hvordan når vi målene i planen?"),
    ("valer", "hvordan når de ut til foreldrene med informasjon om rus?"),
]


@pytest.mark.parametrize(("kommune", "text"), NOT_REACHED)
def test_reaching_a_goal_asks_no_contact(bot: SltBot, kommune: str, text: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert not reply.text.startswith(("Politikontakt", "Barneverntjenesten")), reply.text[:200]


def test_whether_there_is_a_routine_is_still_the_list(bot: SltBot) -> None:
    reply = last_reply(bot, "har vi en rutine for radikalisering?", "jevnaker")
    assert str(reply.intent) == "routine_list", reply.text[:200]
