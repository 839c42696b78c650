"""A meeting question answered for the aspect it asks, or honestly not at all.

Policies, not phrases: a cadence the plan does not state is a «vet ikke» that names the
coordinator (not a confident sheet about the group's other facts); «hvem kaller inn» about a
meeting described by who sits in it is that group's innkaller, or «which group?» when several
groups seat them – never the roles' seats. Every message is written for this file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn


def test_a_cadence_the_plan_does_not_state_is_an_honest_unknown(bot: SltBot) -> None:
    replies = turn(bot, "hvor mange ganger møtes utøvende nivå i løpet av et år", "valer")
    assert [r.intent for r in replies] == ["unknown"]
    assert "Planen sier ikke noe om dette" in replies[0].text
    assert "SLT-koordinator i Våler" in replies[0].text  # whom to ask instead


def test_a_stated_cadence_is_still_answered(bot: SltBot) -> None:
    replies = turn(bot, "hvor ofte samles politirådet egentlig", "valer")
    assert [r.intent for r in replies] == ["frequency"]
    assert "fire ganger" in replies[0].text


@pytest.mark.parametrize(
    "text",
    [
        "gruppa der rektorene og helsestasjonen sitter, hvem sender ut innkallingen?",
        "møtet med rektor og helsestasjonen – hvem kaller inn dit?",
    ],
)
def test_a_meeting_described_by_its_members_gets_its_innkaller(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] == ["innkaller"], text
    assert "SLT-arbeidsgruppe" in replies[0].text


def test_members_seated_together_in_several_groups_are_asked_back(bot: SltBot) -> None:
    replies = turn(bot, "hvem kaller inn til møtet med politiet og barnevernet?", "valer")
    assert [r.intent for r in replies] == ["clarify"]
    assert not replies[0].text.startswith("Hvor sitter")  # no seat lookup for the roles


def test_a_tiltak_found_on_one_word_in_passing_is_no_answer(bot: SltBot) -> None:
    # «Gutta» is read as «Guttas campus»; the topic asked about (skjermtid) is in no tiltak.
    text = "Gutta sitter med mobilen hele lunsjen, finnes det noe tiltak mot skjermtid?"
    replies = turn(bot, text, "jevnaker")
    assert [r.intent for r in replies] in (["unknown"], ["clarify"])
    assert "Guttas campus:" not in replies[0].text.split("\n")[0]


def test_a_tiltak_topic_the_plan_has_is_still_answered(bot: SltBot) -> None:
    replies = turn(bot, "hvilke tiltak har vi mot rus", "jevnaker")
    assert [r.intent for r in replies] == ["tiltak_lookup"]


def test_knytt_til_in_a_question_links_no_team(bot: SltBot) -> None:
    replies = turn(bot, "rutinane våre knytt til slt-arbeidet, kva finst?", "gjesdal")
    assert "link_team" not in [r.intent for r in replies]
    assert "bruker nå SLT-planen" not in replies[0].text


def test_an_owner_asked_for_something_no_tiltak_is_about_is_honest(bot: SltBot) -> None:
    text = "skidag på ungdomsskulen i morgon, kven har ansvar for matpakkene til ungane?"
    replies = turn(bot, text, "gjesdal")
    assert [r.intent for r in replies] in (["unknown"], ["clarify"])


def test_an_owner_asked_for_a_tiltak_by_name_is_still_answered(bot: SltBot) -> None:
    replies = turn(bot, "hvem har ansvar for ungdata", "gjesdal")
    assert [r.intent for r in replies] == ["tiltak_owner"]


def test_is_a_role_at_a_school_in_slt_asks_its_seats(bot: SltBot) -> None:
    # «er X med i …» asks for seats; the school's contact that retrieval finds is not asked.
    text = "er helsesykepleier på Jevnaker ungdomsskole med i noen slt-grupper?"
    replies = turn(bot, text, "jevnaker")
    assert [r.intent for r in replies] == ["role_groups"]
    assert "Fagteam" in replies[0].text


def test_what_is_a_name_both_a_group_and_a_routine_bear_reads_the_plans_words(bot: SltBot) -> None:
    # Jevnaker's plan has a group called Hastemøte, and every kommune a hastemøte routine; its
    # plan also says what a hastemøte is (001:276-279), a plan fact asked by that name, and
    # that answers «hva er det» – no «Mente du …?» between the group and the routine (facts53).
    replies = turn(bot, "hastemøte ble nevnt på personalmøtet, hva er det for noe?", "jevnaker")
    assert [r.intent for r in replies] == ["plan"]
    assert "alvorlig situasjon" in replies[0].text


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Hva er hensikten med Hastemøte?", "duties"),  # each button answers its reading
        ("Hva gjør jeg ved hastemøte?", "routine"),
    ],
)
def test_each_reading_offered_answers_in_place(bot: SltBot, text: str, intent: str) -> None:
    assert [r.intent for r in turn(bot, text, "jevnaker")] == [intent]


def test_tiltak_for_a_topic_after_a_place_in_passing_is_a_topic_lookup(bot: SltBot) -> None:
    # «ungdomsklubben» is where they are; «tiltak for flere fritidstilbud» asks for a topic.
    text = "de er mye på ungdomsklubben, noen tiltak for flere fritidstilbud?"
    assert [r.intent for r in turn(bot, text, "valer")] == ["tiltak_lookup"]


@pytest.mark.parametrize(
    ("text", "coordinator"),
    [
        ("hvem er det egentlig som koordinerer utøvende nivå her", "BTI-koordinator"),
        ("kven koordinerer slt-nettverket?", "SLT-koordinator"),
    ],
)
def test_who_coordinates_leads_with_the_plan_s_coordinator(
    bot: SltBot, text: str, coordinator: str
) -> None:
    # No innkaller is named, but the plan says who coordinates the work: that answers the
    # question first, and «the plan does not say» is kept to who calls in.
    replies = turn(bot, text, "valer")
    first = replies[-1].text.split("\n\n")[1]
    assert first.startswith(f"Arbeidet koordineres av {coordinator}"), replies[-1].text
    assert "Planen sier ikke noe om dette" not in replies[-1].text


def test_who_calls_in_still_says_the_plan_does_not_say(bot: SltBot) -> None:
    replies = turn(bot, "hvem kaller inn til slt-nettverket", "valer")
    assert "Planen sier ikke noe om dette" in replies[-1].text
