"""Questions the plans do not answer, asked of an object they do: the honest «vet ikke» says
what the plan lacks and names the coordinator, never a confident answer to a nearby question.

- who sat in a group before («hvem satt i politirådet i fjor»): the plan lists who sits there
  now (understanding/facets.py ``PAST_MEMBERS``), and today's list comes marked as today's;
- whether the kommune has a group by a name another kommune's plan gives and its own does not
  («finnes det en operativ SLT-gruppe i Jevnaker?»): the plan names none, and the groups it
  has on that level are named (understanding/group_lacked.py);
- a judgment («er SLT-modellen egentlig bra?», «hva synes du om politirådet?»): no plan judges
  itself, so no sheet of the thing judged (understanding/opinion.py);
- a translation («what does "hastemøte" mean in English?»): the bot translates nothing, so no
  sheet of the group the word names (understanding/translation.py).

Beside each, a calm look-alike the plan does answer keeps its answer. Every message is made up
for this file.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.test_answers_confidence import turn

PAST_MEMBERS = [
    ("hvem satt i fagteamet i fjor?", "jevnaker"),
    ("kven sat i politirådet tidlegare?", "gjesdal"),
    ("hvem satt i politirådet forrige periode?", "valer"),
    ("hvem har tidligere sittet i koordineringsgruppa?", "jevnaker"),
]


def test_a_role_held_before_is_not_in_the_plan(bot: SltBot) -> None:
    reply = turn(bot, "hvem var koordinator tidligere?", "gjesdal")[-1]
    assert str(reply.intent) == "unknown"
    assert "Planen sier ikke hvem som var SLT-koordinator før" in reply.text


PAST_COUNTS = [
    ("hvor mange møter har politirådet hatt i år?", "valer"),
    ("hvor mange ganger har fagteamet møttes i fjor?", "jevnaker"),
    ("kor mange saker har arbeidsgruppa hatt hittil?", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune"), PAST_COUNTS)
def test_a_record_of_meetings_is_not_in_the_plan(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"  # not the rhythm the rescue's examples point to
    assert "Planen fører ingen tall" in reply.text


def test_a_rhythm_asked_by_count_keeps_its_answer(bot: SltBot) -> None:
    reply = turn(bot, "hvor mange møter har fagteamet i året?", "jevnaker")[-1]
    assert str(reply.intent) == "frequency"


ASSUMED_DATES = [
    ("hvilken dato er oppvekstkonferansen?", "jevnaker", "ingen dato eller uke for"),
    ("kva dato er samlinga «Sammen for ungdom» i haust?", "gjesdal", "ingen dato eller uke for"),
    ("hva er klokkeslettet for fagteam-møtene?", "jevnaker", "ikke klokkeslett for"),
]


@pytest.mark.parametrize(("text", "kommune", "said"), ASSUMED_DATES)
def test_a_date_the_knowledge_only_assumed_is_not_the_plans(
    bot: SltBot, text: str, kommune: str, said: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert said in reply.text


def test_the_next_meeting_keeps_its_worked_out_date(bot: SltBot) -> None:
    reply = turn(bot, "hvilken dato er neste møte i politirådet?", "valer")[-1]
    assert str(reply.intent) == "next_meeting"


MEMBERS_NOW = [
    ("hvem er med i koordineringsgruppa, har det endret seg siden forrige plan?", "jevnaker"),
    ("hvem sitter i fagteamet?", "jevnaker"),
    ("kven sit i styringsgruppa no?", "gjesdal"),
    ("hvem er med i politirådet?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), PAST_MEMBERS)
def test_members_gone_by_are_not_in_the_plan(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "den sier bare hvordan det er nå" in reply.text
    assert "SLT-koordinator" in reply.text


def test_a_standing_meeting_role_asked_of_a_meeting_gone_by_keeps_its_answer(
    bot: SltBot,
) -> None:
    reply = turn(bot, "hvem var sekretær i politirådet i fjor?", "valer")[-1]
    assert str(reply.intent) == "sekretar"


@pytest.mark.parametrize(("text", "kommune"), MEMBERS_NOW)
def test_members_now_keep_their_list(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "members"


GROUP_LACKED = [
    ("finnes det et fagteam i Våler?", "valer", "«fagteam»", "BTI-møte"),
    ("har vi en operativ slt-gruppe her?", "jevnaker", "«operativ SLT-gruppe»", "Fagteam"),
    ("har me eit slt-nettverk?", "gjesdal", "«SLT-nettverk»", "SLT-arbeidsgruppe"),
    ("fins det ei arbeidsgruppe i slt?", "valer", "«arbeidsgruppe»", "SLT-nettverket"),
]

GROUP_HAD = [
    ("finnes det en operativ slt-gruppe hos oss?", "gjesdal"),
    ("har vi et slt-nettverk?", "valer"),
    ("har vi et fagteam?", "jevnaker"),
    ("hvem sitter i slt-nettverket?", "gjesdal"),
]


@pytest.mark.parametrize(("text", "kommune", "name", "has"), GROUP_LACKED)
def test_a_group_the_plan_does_not_name_is_said_to_be_missing(
    bot: SltBot, text: str, kommune: str, name: str, has: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert f"nevner ingen gruppe som heter {name}" in reply.text
    assert f"- {has}" in reply.text
    assert "SLT-koordinator" in reply.text


@pytest.mark.parametrize(("text", "kommune"), GROUP_HAD)
def test_a_group_the_plan_has_is_not_said_to_be_missing(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert "nevner ingen gruppe" not in reply.text
    assert str(reply.intent) != "unknown"


OPINIONS = [
    ("er SLT-modellen egentlig bra?", "jevnaker"),
    ("fungerer fagteamet godt?", "jevnaker"),
    ("hva synes du om politirådet vårt?", "valer"),
    ("er styringsgruppa nyttig, egentlig?", "gjesdal"),
]

NOT_OPINIONS = [
    ("hva er SLT-modellen?", "gjesdal", "levels"),
    ("er det bra at jeg melder bekymring til barnevernet?", "jevnaker", "routine"),
    ("er koordinatoren med i politirådet?", "valer", "role_groups"),
]


@pytest.mark.parametrize(("text", "kommune"), OPINIONS)
def test_a_judgment_is_not_in_the_plan(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "Jeg kan ikke vurdere" in reply.text
    assert "SLT-koordinator" in reply.text
    assert "112" not in reply.text  # a question about things: no safety net


@pytest.mark.parametrize(("text", "kommune", "intent"), NOT_OPINIONS)
def test_a_question_of_fact_or_advice_keeps_its_answer(
    bot: SltBot, text: str, kommune: str, intent: str
) -> None:
    assert str(turn(bot, text, kommune)[-1].intent) == intent


TRANSLATIONS = [
    ('what does "fagteam" mean in English?', "jevnaker"),
    ("what does «hastemøte» mean in English?", "jevnaker"),
    ("hva betyr operativ slt-gruppe på engelsk?", "gjesdal"),
    ("kan du oversette rutinen om skolefravær til polsk?", "valer"),
]


@pytest.mark.parametrize(("text", "kommune"), TRANSLATIONS)
def test_a_translation_is_not_given(bot: SltBot, text: str, kommune: str) -> None:
    reply = turn(bot, text, kommune)[-1]
    assert str(reply.intent) == "unknown"
    assert "Jeg oversetter ikke" in reply.text
    assert "SLT-koordinator" in reply.text


def test_a_question_in_english_keeps_its_answer(bot: SltBot) -> None:
    reply = turn(bot, "who sits in the fagteam?", "jevnaker")[-1]
    assert str(reply.intent) == "members"
