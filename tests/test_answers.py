"""What staff get back: the right facts, in text and card alike, with the source named."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from bot.features.reply import Reply
from bot.routing import SltBot
from tests.auxil.asking import last_reply
from tests.auxil.cards import validate_card
from tests.auxil.service import run_app


def card_json(reply: Reply) -> str:
    return json.dumps(reply.cards[0], ensure_ascii=False)


def test_valer_slt_nettverket_lists_all_ten_member_roles(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem sitter i slt-nettverket?", "valer"))
    members = reply.facts["members"]
    assert len(members) == 10
    for role in (
        "barnevern",
        "helse",
        "NAV",
        "Våler ungdomsskole",
        "Kirkebygden skole",
        "Våk skole",
        "Svinndal skole",
        "barn og unge",
        "psykisk helse og rus",
    ):
        assert any(role in m for m in members), role
    assert any("forebyggende avsnitt" in m for m in members)
    assert "Kilde: SLT – plan for arbeidet i Våler kommune 2023–2026" in reply.text


def test_text_and_card_carry_the_same_facts(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem sitter i slt-nettverket?", "valer"))
    for member in reply.facts["members"]:
        assert member in reply.text and member in card_json(reply)
    assert "Kilde: SLT – plan for arbeidet i Våler kommune 2023–2026" in card_json(reply)


def test_jevnaker_koordineringsgruppa_is_chaired_by_the_politikontakt_from_the_newer_plan(
    bot: SltBot,
) -> None:
    reply = asyncio.run(bot.answer("hvem leder møtene i koordineringsgruppa", "jevnaker"))
    assert reply.facts["value"] == "Politikontakt"
    # The same in nynorsk: «møteleiar» is read as «møteleder» (dialect.yaml).
    nynorsk = asyncio.run(bot.answer("kven er møteleiar i koordineringsgruppa?", "jevnaker"))
    assert nynorsk.facts["value"] == "Politikontakt"
    assert "Kilde: Jevnakers nyere SLT-plan" in reply.text
    assert "eldre plan" in reply.text  # what the older plan said is mentioned, not used


def test_gjesdal_operativ_slt_gruppe_is_called_by_the_coordinator(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem kaller inn til operativ slt-gruppe", "gjesdal"))
    assert reply.facts["value"] == "SLT-koordinator"


def test_gjesdal_politi_og_barnevern_meets_twice_a_year_called_by_barnevernleder(
    bot: SltBot,
) -> None:
    reply = asyncio.run(bot.answer("hvor ofte er samarbeidsmøte politi og barnevern", "gjesdal"))
    assert reply.facts["value"] == "1 gang i halvåret"
    assert "Barnevernleder" in reply.text


def test_valer_web_page_difference_is_mentioned_when_asked_how_often(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvor ofte møtes slt-nettverket", "valer"))
    assert "annenhver måned" in reply.text
    assert "Her gjelder den vedtatte planen" in reply.text


def test_jevnaker_politirad_is_shared_with_ringerike_and_hole(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem sitter i politirådet", "jevnaker"))
    assert "felles med Ringerike og Hole" in reply.text


def test_the_coordinator_answer_has_mandate_and_the_public_contact(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem er slt-koordinator", "valer"))
    assert "Mandat" in reply.text and "Kontakt" in reply.text
    assert "@valer.kommune.no" in reply.text
    assert "nettside" in reply.text.lower()  # the contact's source is named


@pytest.mark.parametrize(
    "question", ["hvem er koord i gjesdal", "kven er slt-koord", "tlf til koord?"]
)
def test_the_coordinator_shortened_as_staff_type_it_is_the_coordinator(
    bot: SltBot, question: str
) -> None:
    """«koord» is how staff shorten the title in a chat (found walking: it got the fallback)."""
    reply = asyncio.run(bot.answer(question, "gjesdal"))
    assert reply.text.startswith("SLT-koordinator i Gjesdal")


def test_a_role_question_lists_the_groups_the_role_sits_in(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvor sitter rektor", "gjesdal"))
    assert reply.facts["groups"] == ["arbeidsgruppe"]
    assert "Kommunedirektør" not in reply.text


def test_help_lists_what_the_bot_can_do_with_examples(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hva kan du hjelpe med", "gjesdal"))
    assert reply.intent == "help"
    assert "Prøv for eksempel" in card_json(reply)
    assert "Hvem sitter i styringsgruppa?" in reply.text  # Gjesdal's own name for its group


def examples_in(reply: Reply) -> list[str]:
    shown = reply.text.split("Eksempler:\n", 1)[1].split("\n\n", 1)[0]
    return [line.removeprefix("- «").removesuffix("»") for line in shown.splitlines()]


@pytest.mark.parametrize(
    ("kommune", "groups", "elsewhere"),
    [
        ("valer", "politirådet og SLT-nettverket", "i Gjesdal"),
        ("gjesdal", "styringsgruppa og arbeidsgruppa", "i Jevnaker"),
        ("jevnaker", "politirådet, koordineringsgruppa og fagteamet", "i Gjesdal"),
    ],
)
def test_help_names_the_kommunes_own_groups_and_answers_every_example_it_gives(
    bot: SltBot, kommune: str, groups: str, elsewhere: str
) -> None:
    """Våler has no fagteam and Gjesdal no SLT-nettverk: an example from another kommune's plan
    teaches a question this plan answers with some other group, or not at all."""
    reply = asyncio.run(bot.answer("hjelp", kommune))
    assert f"Hvem som sitter i {groups}\n" in reply.text
    assert f"(«{elsewhere}»)" in reply.text  # another kommune, not the one it answers for
    fallback = asyncio.run(bot.answer("hva er været i morgen", kommune))
    assert examples_in(fallback) == examples_in(reply)
    for example in examples_in(reply):
        answer = asyncio.run(bot.answer(example, kommune))
        assert answer.intent not in ("unknown", "clarify"), example
        assert "Planen sier ikke noe om dette" not in answer.text, example


def test_an_unrelated_question_gets_the_fallback_with_the_coordinator_not_a_wrong_answer(
    bot: SltBot,
) -> None:
    reply = asyncio.run(bot.answer("hva er været i morgen", "valer"))
    assert reply.intent == "unknown"
    assert "kan jeg dessverre ikke svare på" in reply.text
    assert "SLT-koordinator" in reply.text
    assert "Eksempler" in reply.text


def test_a_fallback_about_someone_still_shows_the_emergency_numbers(bot: SltBot) -> None:
    """A danger message the danger check misses lands here: under a message that speaks of
    someone the numbers must be on it; under «hva er været i morgen» they are noise."""
    reply = asyncio.run(bot.answer("han i naboklassen sier at jeg må spørre deg", "gjesdal"))
    assert reply.intent == "unknown"
    assert "112" in reply.text and "113" in reply.text
    assert "112" in json.dumps(reply.cards[0], ensure_ascii=False)
    weather = asyncio.run(bot.answer("hva er været i morgen", "gjesdal"))
    assert weather.intent == "unknown" and "SLT-koordinator" in weather.text
    assert "112" not in json.dumps(weather.cards[0], ensure_ascii=False)


def test_a_group_question_without_a_group_asks_which_one(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hvem sitter i", "jevnaker"))
    assert "Hvilken gruppe mener du?" in reply.text
    assert "Fagteam" in reply.text


def test_every_answer_card_is_adaptive_card_1_5(bot: SltBot) -> None:
    for question in (
        "hvem sitter i politirådet",
        "hjelp",
        "hva er været",
        "hvem er slt-k",
        "hvor sitter nav",
        "hva er målgruppen",
        "hvilke nivåer har slt",
    ):
        card = asyncio.run(bot.answer(question, "valer")).cards[0]
        assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"


PERSONNUMMER_CASE = "gutten med personnummer 12030510087 har begynt å drikke"


@pytest.fixture(scope="module")
def valer_jsonl() -> list[dict[str, object]]:
    """One ``app.py ask --kommune valer --jsonl`` for the tests that read its records: each
    start-up builds a whole bot (seconds; far more on a loaded CI machine)."""
    questions = "hvem sitter i politirådet\n\nhva kan du hjelpe med\nhva er været i morgen\n"
    return _ask_jsonl("valer", questions + PERSONNUMMER_CASE + "\n")


def test_ask_jsonl_answers_each_line_in_order(valer_jsonl: list[dict[str, object]]) -> None:
    records: list[dict[str, Any]] = valer_jsonl
    assert [r["question"] for r in records] == [
        "hvem sitter i politirådet",
        "hva kan du hjelpe med",
        "hva er været i morgen",
        PERSONNUMMER_CASE,
    ]
    assert [r["intent"] for r in records] == ["members", "help", "unknown", "routine"]
    assert records[0]["cards"][0]["type"] == "AdaptiveCard"
    assert "Ordfører" in records[0]["text"]


def test_ask_reads_piped_questions_as_text() -> None:
    """`echo … | app.py ask` answers what was piped (it used to print the usage line), in the
    same order, with the privacy warning the guard gives in Teams."""
    result = run_app(
        "ask",
        "--kommune",
        "valer",
        input="hvem sitter i politirådet\ngutten med personnummer 12030510087 drikker\n",
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.split("\n\n---\n\n")
    assert "Ordfører" in first
    assert second.startswith("Denne meldingen ser ut til å inneholde personopplysninger")


def test_ask_for_an_unknown_kommune_is_a_clear_error() -> None:
    result = run_app("ask", "--kommune", "atlantis", "hei")
    assert result.returncode == 2
    assert "unknown kommune 'atlantis'" in result.stderr


def _ask_jsonl(kommune: str, text: str) -> list[dict[str, object]]:
    result = run_app("ask", "--kommune", kommune, "--jsonl", input=text)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_ask_runs_the_privacy_guard_first_like_teams(
    valer_jsonl: list[dict[str, object]],
) -> None:
    """A teacher pastes a fødselsnummer into the console: the warning comes first, then the
    rus routine, exactly as in Teams."""
    record = valer_jsonl[-1]
    assert record["question"] == PERSONNUMMER_CASE
    assert set(record) == {"question", "intent", "text", "cards"}
    text = str(record["text"])
    assert text.startswith("Denne meldingen ser ut til å inneholde personopplysninger")
    assert "Rusbekymring (Våler kommune)" in text.split("\n\n", 1)[1]
    assert record["intent"] == "routine"
    assert "12030510087" not in json.dumps(record["cards"], ensure_ascii=False)


def test_ask_speaks_for_the_kommune_given_and_understands_own_kommune_statements() -> None:
    records = _ask_jsonl("gjesdal", "hvem er slt-koordinator\njeg jobber i jevnaker\nhjelp\n")
    assert "SLT-koordinator i Gjesdal" in str(records[0]["text"])
    assert "Jevnaker" in str(records[1]["text"])
    assert "SLT-planen for Jevnaker" in str(records[2]["text"])


def test_a_lesson_on_a_routine_topic_is_not_the_routine(bot: SltBot) -> None:
    """«hvilken film …» asks for teaching material; a case told after «men» still is one."""
    lesson = asyncio.run(
        bot.answer("hvilken film bør vi vise 9. trinn om vold i nære relasjoner?", "jevnaker")
    )
    assert str(lesson.intent) != "routine"
    case = asyncio.run(
        bot.answer(
            "vi har temadag om rus, men nå sitter det en elev her som sier hun har tatt 20 paracet",
            "valer",
        )
    )
    assert str(case.intent) in ("danger", "routine")
    assert case.text.lstrip().startswith(("🚨", "⚠"))


@pytest.mark.parametrize(
    ("question", "kommune"),
    [
        ("hvordan fungerer påtaleunnlatelse med vilkår hos oss", "gjesdal"),
        ("skal melde en sak inn til operativ slt-gruppe, må jeg ha samtykke først?", "gjesdal"),
        ("hva er rutinen ved rusbekymring, generelt sett", "valer"),
    ],
)
def test_a_calm_question_about_a_routine_gets_its_steps_without_the_acute_line(
    bot: SltBot, question: str, kommune: str
) -> None:
    """No person, no danger: the plan's steps answer it, the first of which asks whether
    anyone is in danger; the «⚠ Ring 112» line above them is for a case."""
    reply = asyncio.run(bot.answer(question, kommune))
    assert str(reply.intent) == "routine"
    assert not reply.text.lstrip().startswith(("🚨", "⚠"))
    assert "Steg:\n1. " in reply.text
    assert reply.cards[0]["body"][0].get("style") != "attention"
    assert not validate_card(reply.cards[0])


def test_a_young_person_denied_is_no_case_for_a_routine(bot: SltBot) -> None:
    """«ingen konkret elev, bare til undervisningen»: material for a lesson, no case – not the
    routine's steps; asked for, the routine comes without the acute line."""
    lesson = asyncio.run(
        bot.answer(
            "har noen en tegneserie om selvmordsforebygging for 10. trinn? ingen konkret elev, "
            "bare til undervisningen",
            "valer",
        )
    )
    assert str(lesson.intent) != "routine"
    asked = asyncio.run(
        bot.answer("ingen konkret elev, men hva er rutinen ved selvskading?", "valer")
    )
    assert str(asked.intent) == "routine"
    assert not asked.text.lstrip().startswith("⚠")


@pytest.mark.parametrize(
    ("case", "kommune"),
    [
        # someone pointed out or now (a question in general about someone has its steps
        # first since session 21: tests/test_safety_corpora21.py)
        ("eleven min drikker mye i helgene, hva gjør jeg?", "valer"),
        ("lukta hasj av en ungdom i dag, hva er rutinen?", "gjesdal"),
    ],
)
def test_a_routine_question_about_someone_keeps_the_acute_line_first(
    bot: SltBot, case: str, kommune: str
) -> None:
    reply = asyncio.run(bot.answer(case, kommune))
    assert str(reply.intent) == "routine"
    assert reply.text.lstrip().startswith("⚠")


@pytest.mark.parametrize(
    ("question", "kommune", "told"),
    [
        ("tiltak 4", "gjesdal", "Tiltakene med nummer er 1–3 (de andre har ikke nummer)"),
        ("hva går tiltak 4 ut på", "gjesdal", "Planen har ikke noe tiltak 4."),
        ("hvem har ansvar for tiltak 55", "valer", "Tiltakene med nummer er 1–39;"),
        ("hva er fristen for tiltak 3", "jevnaker", "Tiltakene i denne planen har ikke nummer"),
    ],
)
def test_a_tiltak_number_the_plan_lacks_is_said_so_not_answered_with_another_tiltak(
    bot: SltBot, question: str, kommune: str, told: str
) -> None:
    """«tiltak 4» in a plan with tiltak 1–3 once answered with an unrelated tiltak, and the
    hint suggested «tiltak 12», a number Gjesdal's plan does not have."""
    reply = asyncio.run(bot.answer(question, kommune))
    assert told in reply.text
    assert "Tiltak 4:" not in reply.text and "Årskort" not in reply.text
    assert reply.facts.get("tiltak") in (None, [])


@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_a_level_heading_does_not_repeat_the_level(bot: SltBot, kommune: str) -> None:
    """Gjesdal's levels card read «Styrende nivå (styrende nivå)»; the plan's own name of a
    level says it is one."""
    reply = asyncio.run(bot.answer("hvilke nivåer har slt-modellen", kommune))
    shown = (reply.text or "") + card_json(reply)
    assert "nivå (styrende nivå)" not in shown and "nivå (utførende nivå)" not in shown
    assert "nivå (koordinerende nivå)" not in shown
    assert "Koordinerende nivå" in shown


def test_a_role_the_plan_does_not_have_is_said_so_not_answered_with_the_levels(
    bot: SltBot,
) -> None:
    """Gjesdal's plan has no NAV: «hvem i nav jobber med unge» got the SLT levels card. It
    gets the national NAV entry, said to be national: the plan never names NAV."""
    reply = asyncio.run(bot.answer("hvem i nav jobber med unge", "gjesdal"))
    assert "nivåer i SLT-arbeidet" not in (reply.text or "")
    assert "Planen for Gjesdal nevner ikke denne tjenesten" in (reply.text or "")
    assert "Planen oppgir ikke telefonnummer" not in (reply.text or "")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva er telefonnummeret til barnevernvakta?", "gjesdal"),
        ("nummer til nav?", "gjesdal"),
    ],
)
def test_a_number_asked_of_a_national_entry_says_the_plan_gives_none(
    bot: SltBot, text: str, kommune: str
) -> None:
    """A number asked of a service the plan never names: the plan gives none, said plainly
    (services31), never one invented; the work asked («hvem i nav jobber med unge») does not
    get that line (above)."""
    reply = last_reply(bot, text, kommune)
    assert "Planen oppgir ikke telefonnummer" in reply.text, reply.text
