"""Services asked by what they do (session 25): «hvem jobber med …», «hvem samordner …».

Policies, not phrases. A contact's ``aliases`` hold its work in the plan's own words (each
cited to a seed line in knowledge/); a question that opens with a who-word and a work verb
(understanding.yaml ``question_form.services.work``) and names no group, level, role or
tiltak asks whom to contact, and the service whose work holds the need answers it. When no
service in that kommune's plan does what is asked, the answer stays honest. Every message is
written for this file, never taken from the evaluation set.

Every service the three plans name, and what the plan says it does (tested below unless
said otherwise):

- Jevnaker: Familiens hus (PMTO with a familieveileder, 001:431–435), the ungdomskonsulent
  (the project «Hindre utenforskap», 001:316–321), Radikalisering.no (advice on
  radicalisation, 002:613–614). Frivilligsentralen (natteravner) is answered by its tiltak,
  and the politikontakt's samhandlingsrutine (001:440–448) by the tiltak too or not yet;
  barnevern, helsesykepleier, HFU, NAV and the BTI page have a seat or a name in the plan,
  no piece of work asked for by itself.
- Gjesdal: Tjeneste- og koordineringskontoret (its name: coordinating services, 004:110),
  the Frivilligsentral (natteravnordningen), Konfliktrådet (straffereaksjoner, 004:94–96).
  Helsestasjon, familiesenter, mestringsenheten and PPT are only listed (004:110).
- Våler: the skolelos (000:484–489), NAV Våler (ungdomsgarantien, 000:862–869), Psykisk
  helse og rustjenesten. The nettpatrulje (tiltak 35, 000:902) still gets a «Mente du …?».
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding import Intent, Understanding
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # Jevnaker
        ("hvem kan gi foreldre veiledning i oppdragelsen?", "jevnaker", "Familiens hus"),
        ("hvem gir familieveiledning?", "jevnaker", "Familiens hus"),
        (
            "hvem jobber med unge som faller utenfor både skole og arbeidsliv?",
            "jevnaker",
            "Ungdomskonsulent",
        ),
        ("hvem hjelper ungdom som står utenfor skole og jobb?", "jevnaker", "Ungdomskonsulent"),
        (
            "hvem gir råd om radikalisering og voldelig ekstremisme?",
            "jevnaker",
            "Radikalisering.no",
        ),
        # Gjesdal
        ("hvem samordner tjenester rundt et barn?", "gjesdal", "koordineringskontoret"),
        ("hvem tar seg av natteravnordningen?", "gjesdal", "Frivilligsentralen"),
        ("hvem jobber med straffereaksjoner for ungdom?", "gjesdal", "Konfliktrådet"),
        # Våler
        (
            "hvem følger opp elever som står i fare for å falle ut av skolen?",
            "valer",
            "Skolelos",
        ),
        ("hvem tar seg av ungdomsgarantien?", "valer", "NAV Våler"),
        # the service or its ungdomskontakt, whose work tiltak 3 gives (000:491-497: «ungdom
        # som står i fare for å ruse seg»; its contact's alias since session 27)
        ("hvem jobber med psykisk helse og rus?", "valer", "psykisk helse og rustjenesten"),
    ],
)
def test_a_service_is_found_by_what_the_plan_says_it_does(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert service.lower() in replies[0].text.lower()


@pytest.mark.parametrize(
    ("text", "kommune", "service"),
    [
        # a routine's sign words name the work («ruskontrakt», «ruser seg»): no case is told
        ("hvem jobber med ungdom på ruskontrakt?", "jevnaker", "Ungdomskonsulent"),
        ("hvem jobber med ungdom som ruser seg?", "valer", "ungdomskontakt (psykisk helse"),
    ],
)
def test_work_named_by_a_routines_topic_is_still_the_service(
    bot: SltBot, text: str, kommune: str, service: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == ["contact_service"]
    assert service.lower() in replies[0].text.lower()


def test_a_case_told_before_whom_to_reach_keeps_the_routine(bot: SltBot) -> None:
    """The writer tells of a pupil first, then asks whom: the routine answers, acute line first."""
    text = (
        "En elev har trukket seg unna alle i høst og skriver nå på nett at politikerne må "
        "straffes med vold. Hvem tar jeg kontakt med?"
    )
    replies = turn(bot, text, "jevnaker")
    assert replies[-1].intent not in ("contact_service", "unknown")


def test_whom_to_arrange_a_visit_with_is_how_to_reach_the_service(bot: SltBot) -> None:
    """«hvem avtaler vi det med» asks whom to reach; the police's seats name the politikontakt."""
    text = "vi vil ha politiet på besøk i klassen, hvem avtaler vi det med?"
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Politikontakt" in replies[0].text
    other = turn(bot, "hvem avtaler jeg med for å låne gymsalen", "jevnaker")
    assert [r.intent for r in other] == ["unknown"]  # nothing of the plan's arranges it


@pytest.mark.parametrize("kommune", ["jevnaker", "gjesdal", "valer"])
def test_work_no_plan_gives_to_a_service_gets_the_honest_fallback(
    bot: SltBot, kommune: str
) -> None:
    replies = turn(bot, "hvem hjelper med skatteoppgjøret?", kommune)
    assert [r.intent for r in replies] == ["unknown"]
    assert "skatteoppgjøret" in replies[0].text  # the plan, not the bot, lacks it


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvem jobber med ungdom som opplever utenforskap?", "jevnaker"),
        ("hvem samordner hjelpen til en familie med mange tjenester?", "gjesdal"),
        ("hvem tar seg av straffereaksjoner for unge?", "gjesdal"),
    ],
)
def test_who_and_a_work_verb_asks_whom_to_contact(
    understanding: Understanding, text: str, kommune: str
) -> None:
    q = understanding.understand(text, kommune)
    assert q.intent is Intent.CONTACT_SERVICE
    assert q.cue.split()[0] == "hvem"


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # a group named: its own reading stands
        ("hvem jobber med sakene i fagteamet?", "jevnaker"),
        # a tiltak named by name: who runs it
        ("hvem jobber med trygghetsvandringen?", "jevnaker"),
    ],
)
def test_a_named_object_keeps_its_own_reading(
    understanding: Understanding, text: str, kommune: str
) -> None:
    q = understanding.understand(text, kommune)
    assert not (q.intent is Intent.CONTACT_SERVICE and q.cue == "hvem jobber")


def test_a_role_in_a_remark_beside_the_question_is_the_writers(bot: SltBot) -> None:
    """«… Ny NAV-rådgiver her» says who writes, not which service is asked for."""
    text = "Hvem jobber med unge som står utenfor skole og arbeid? Jobber i NAV selv"
    replies = turn(bot, text, "jevnaker")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "Ungdomskonsulent" in replies[0].text


def test_the_old_name_of_nav_reaches_nav_where_the_plan_names_none(bot: SltBot) -> None:
    """Gjesdal's plan names no NAV: the national entry answers, marked as not the plan's."""
    replies = turn(bot, "hvordan når jeg sosialkontoret i gjesdal?", "gjesdal")
    assert [r.intent for r in replies] == ["contact_service"]
    assert "NAV" in replies[0].text
    own = turn(bot, "hvordan når jeg nav?", "valer")  # a plan's own NAV stands over it
    assert "NAV Våler" in own[0].text


def test_whether_a_service_sits_in_a_group_is_the_seat_answer(bot: SltBot) -> None:
    replies = turn(bot, "er nav med i noen av gruppene her?", "gjesdal")
    assert [r.intent for r in replies] == ["role_groups"]
    assert "NAV" in replies[0].text


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)
