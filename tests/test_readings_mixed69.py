"""Readings of session 27 (mixed69): a plan's adoption it does not state, how the levels hang
together, a name that is both a group and a routine asked with a second part that points back,
what happens after a step of a routine, and the eval's view of small talk.

Every question here is written for this file, never taken from the evaluation set.
"""

from __future__ import annotations

import pytest

from bot.features.organisation import texts
from bot.routing import SltBot
from tests.eval import Item, small_talk_answer
from tests.test_answers_confidence import turn


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("gjesdal", "hvem godkjente slt-planen vår, og hvilken dato?"),
        ("gjesdal", "når ble handlingsplanen vedtatt, og av hvem?"),
        ("jevnaker", "hvem har vedtatt slt-planen her?"),
    ],
)
def test_an_adoption_the_plan_does_not_state_gets_the_honest_answer(
    bot: SltBot, kommune: str, text: str
) -> None:
    """No vedtak in the plan: said so, with the period it gives and whom to ask – the honest
    answer (``unknown``), not the plan's sheet."""
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent, reply.text)
    assert texts.NO_ADOPTION in reply.text
    assert "SLT-koordinator" in reply.text


def test_an_adoption_the_plan_states_is_answered(bot: SltBot) -> None:
    reply = turn(bot, "hvem godkjente slt-planen, og når?", "valer")[-1]
    assert reply.intent == "plan", reply.text
    assert "26.10.2023" in reply.text


def test_the_period_asked_beside_a_missing_adoption_keeps_the_plans_sheet(bot: SltBot) -> None:
    reply = turn(bot, "hvilken periode gjelder planen, og når ble den vedtatt?", "gjesdal")[-1]
    assert reply.intent == "plan", reply.text
    assert texts.NO_ADOPTION in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "hvordan henger de tre nivåene sammen, og hvem er bindeleddet?"),
        ("valer", "hvordan henger nivåene sammen – hvem er bindeledd mellom dem?"),
        ("gjesdal", "hvordan henger nivåene sammen, hvem er bindeledd?"),
    ],
)
def test_how_the_levels_hang_together_is_the_levels_answer(
    bot: SltBot, kommune: str, text: str
) -> None:
    """The levels' answer opens with the link between them: it answers both parts (split at
    «, og hvem …», the coordinator's sheet may follow it)."""
    replies = turn(bot, text, kommune)
    levels = [r for r in replies if "levels" in (r.intent, *r.facts.get("intents", ()))]
    assert levels, (text, [(r.intent, r.text) for r in replies])
    assert "bindeleddet mellom nivåene" in levels[0].text


def test_the_link_between_the_levels_alone_is_the_coordinator(bot: SltBot) -> None:
    reply = turn(bot, "hvem er bindeleddet mellom nivåene?", "jevnaker")[-1]
    assert reply.intent == "coordinator", reply.text


@pytest.mark.parametrize(
    "text",
    [
        "hva er egentlig et hastemøte, og når blir det kalt inn?",
        "hva betyr hastemøte og når kalles det inn",
    ],
)
def test_what_a_hastemote_is_and_when_it_is_called_is_the_plans_words(
    bot: SltBot, text: str
) -> None:
    """Jevnaker's hastemøte is a group and a routine: the second part asks more of what the
    first names, and the plan fact on it answers both («… dersom en alvorlig situasjon …»)."""
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "plan", (text, reply.intent, reply.text)
    assert "alvorlig situasjon" in reply.text


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("valer", "hva skjer videre når jeg har meldt bekymring til barnevernet?"),
        ("gjesdal", "hva skjer etter at bekymringsmeldingen er sendt?"),
    ],
)
def test_what_happens_after_a_routines_step_is_the_routine(
    bot: SltBot, kommune: str, text: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "routine", (text, reply.intent, reply.text)
    assert reply.facts.get("routine") == "bekymringsmelding"


def test_what_happens_after_a_meeting_is_no_routine(bot: SltBot) -> None:
    reply = turn(bot, "hva skjer etter møtet i politirådet?", "valer")[-1]
    assert reply.intent != "routine", reply.text


def _item(intent: str) -> Item:
    return Item(id="x", kommune="valer", half="dev", text="takk!", intent=intent)


def test_small_talk_filed_as_unknown_accepts_the_greeting_back() -> None:
    assert small_talk_answer(_item("unknown"), "greeting")
    assert not small_talk_answer(_item("unknown"), "plan")
    assert not small_talk_answer(_item("tiltak_lookup"), "greeting")


@pytest.mark.parametrize(
    ("kommune", "text"),
    [
        ("jevnaker", "hvem er leder for barnevernet her, navnet takk?"),
        ("gjesdal", "hvem er leder for ppt, hva heter hun?"),
    ],
)
def test_a_services_head_asked_by_name_is_said_to_be_missing(
    bot: SltBot, kommune: str, text: str
) -> None:
    """«leder for» reads as the møteleder cue, but no group is named: the plans give no
    service's head by name – the honest answer, not «Hvilken gruppe mener du?»."""
    reply = turn(bot, text, kommune)[-1]
    assert reply.intent == "unknown", (text, reply.intent, reply.text)
    assert reply.facts.get("asked") == "holder"


def test_which_programme_on_a_topic_is_the_tiltak_retrieval_finds_clearly(bot: SltBot) -> None:
    """«hvilket opplegg om X har vi …» asks the plan's offer on a topic, as «har vi noe
    opplegg om …» does (understanding/offer_asked.py): Våler's parents' meetings tiltak."""
    text = "hvilket opplegg om rus har vi på foreldremøtene for 8., 9. og 10. trinn?"
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent == "tiltak_lookup", reply.text
    assert "Utsett" in reply.text
    text = "hvilket opplegg har vi om vold og overgrep i helsesamtalene?"
    reply = turn(bot, text, "jevnaker")[-1]
    assert reply.intent == "tiltak_lookup", reply.text
    assert "Helsesamtale" in reply.text


def test_which_programme_on_a_topic_the_plan_lacks_stays_honest(bot: SltBot) -> None:
    reply = turn(bot, "hvilke opplegg har vi mot mobbing i friminuttene?", "valer")[-1]
    assert reply.intent != "tiltak_lookup", reply.text


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("who's responsible for the activity day in 9th grade?", "Ungdomsskolen"),
        ("who's in charge of the activity day with the police?", "Ungdomsskolen"),
    ],
)
def test_a_tiltak_owner_asked_in_english(bot: SltBot, text: str, owner: str) -> None:
    """«who's» splits at the apostrophe; «9th grade» reads as «9. trinn», «activity day» as
    «aktivitetsdag» (language/dialect.yaml)."""
    reply = turn(bot, text, "valer")[-1]
    assert reply.intent in ("tiltak_owner", "tiltak_lookup"), (text, reply.intent, reply.text)
    assert "Aktivitetsdag" in reply.text and owner in reply.text
