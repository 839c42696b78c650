"""The knowledge audit (issue 13), asked as staff would ask, through the bot's answer path.

Every test is one finding: it asks the question a kommune employee or police officer would
type (the same path as ``app.py ask`` and a Teams message) and checks the answer against the
plans (``../shared/seeds``; for Jevnaker the newer plan 001 wins over 002).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from bot.clock import OSLO, FixedClock
from bot.config import REPO_ROOT, Settings
from bot.features.review import review_items
from bot.features.review import to_markdown as review_markdown
from bot.features.tiltak.reminder_plan import plan_end, plan_reminders
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.provenance import Basis
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from tests.auxil.service import run_app, validate_bundled

AUTUMN_2025 = dt.datetime(2025, 9, 1, 10, 0, tzinfo=OSLO)


@pytest.fixture
def bot(kb: KnowledgeBase) -> SltBot:
    return SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(AUTUMN_2025))


def ask(bot: SltBot, kommune: str, question: str) -> str:
    return asyncio.run(bot.answer(question, kommune)).text


# 1. Jevnaker's rusbekymring routine is being written, not adopted ---------------------------


def test_1_jevnaker_rusbekymring_is_under_utarbeiding_and_pa_rett_kjol_is_flagged(
    bot: SltBot,
) -> None:
    text = ask(bot, "jevnaker", "hva gjør jeg ved rusbekymring")
    assert "under utarbeiding i fagteam" in text
    assert "felles rutine ved rusbekymring/mistanke er under utarbeiding" in text
    assert "Kilde: Nasjonal standardrutine" in text  # not presented as the kommune's routine
    assert "Grunnlag – fra eldre kilde: «På rett kjøl» (ruskontrakt) står bare i den eldre" in text
    assert "(eldre plan)" in text  # the På rett kjøl step says where it comes from


# 2. No deadline the plans never set ----------------------------------------------------------


def test_2_a_lopende_tiltak_has_a_statussjekk_never_a_frist(bot: SltBot) -> None:
    text = ask(bot, "valer", "hva er fristen for tiltak 1")
    assert "Statussjekk: 30.11.2025 (løpende tiltak – planen gir ingen frist)" in text
    assert "Frist:" not in text


def test_2_tiltak_4_has_no_example_date(bot: SltBot) -> None:
    text = ask(bot, "valer", "hva er fristen for tiltak 4")
    assert "15.10" not in text and "Statussjekk" in text


def test_2_a_date_from_the_plans_words_is_computed_and_says_so(kb: KnowledgeBase) -> None:
    spring = SltBot(kb, SqliteStore.open(":memory:"), Settings(), clock=FixedClock(AUTUMN_2025))
    text = ask(spring, "valer", "hva er fristen for tiltak 18")
    assert "Frist: 15.06.2026 (beregnet: «før hver sommerferie»" in text
    assert "Grunnlag: utledet: fristen er beregnet" in text


def test_2_tiltak_18_and_19_have_nothing_after_the_plan_ends(kb: KnowledgeBase) -> None:
    late = SltBot(
        kb,
        SqliteStore.open(":memory:"),
        Settings(),
        clock=FixedClock(dt.datetime(2026, 9, 1, 10, tzinfo=OSLO)),
    )
    text = ask(late, "valer", "hva er fristen for tiltak 18")
    assert "2027" not in text
    assert "Frist: ingen flere før planen slutter 31.12.2026" in text
    assert "2027" not in ask(late, "valer", "hva er fristen for tiltak 19")


def test_2_validate_passes_with_no_example_dates() -> None:
    result = validate_bundled()
    assert result.returncode == 0, result.stderr
    assert "example" not in (REPO_ROOT / "knowledge" / "kommuner" / "valer.yaml").read_text()


# 3. Plans that have ended produce no work, and say so ---------------------------------------


def test_3_gjesdals_plan_has_ended_and_the_answers_say_so(kb: KnowledgeBase) -> None:
    now = SltBot(
        kb,
        SqliteStore.open(":memory:"),
        Settings(),
        clock=FixedClock(dt.datetime(2026, 9, 1, 10, tzinfo=OSLO)),
    )
    for question in ("status handlingsplan", "hva er fristen for tiltak 1", "tiltak for rektorene"):
        text = ask(now, "gjesdal", question)
        assert "Handlingsplanen gjaldt 2023–2025." in text, question
        assert "2027" not in text


@pytest.mark.parametrize("kommune_id", ["valer", "jevnaker", "gjesdal"])
def test_3_the_reminder_preview_is_empty_after_each_plans_end(
    kb: KnowledgeBase, kommune_id: str
) -> None:
    kommune = kb.kommuner[kommune_id].kommune
    end = plan_end(kommune)
    after = end + dt.timedelta(days=1)
    assert plan_reminders(kommune, after, after + dt.timedelta(days=730)) == []
    assert plan_reminders(kommune, end - dt.timedelta(days=364), end)  # but not before it
    result = run_app(
        "reminders",
        "--kommune",
        kommune_id,
        "--from",
        after.isoformat(),
        "--to",
        (after + dt.timedelta(days=365)).isoformat(),
        "--json",
    )
    assert result.returncode == 0
    assert json.loads(result.stdout) == []
    assert f"handlingsplanen gjaldt {kommune.plan.period_start}–{kommune.plan.period_end}" in (
        result.stderr.lower()
    )


# 4. Våler's consent routine uses BTI-møte and oppvekstteam, not a fagteam ----------------------


def test_4_valer_consent_goes_to_bti_mote_and_oppvekstteam(bot: SltBot) -> None:
    text = ask(bot, "valer", "trenger jeg samtykke for å ta opp en sak")
    assert "fagteam" not in text.lower()
    assert "BTI-møte – skolen kaller inn" in text
    assert "oppvekstteamet, som ledes av nestleder i barneverntjenesten" in text


# 5. Jevnaker's target group has no invented ages ----------------------------------------------


def test_5_jevnaker_target_group_has_no_ages(bot: SltBot) -> None:
    reply = asyncio.run(bot.answer("hva er målgruppen", "jevnaker"))
    assert "Barn og unge og deres foresatte" in reply.text
    assert "Planen oppgir ingen aldersgrense" in reply.text
    assert "10–23" not in reply.text and " år" not in reply.text
    assert reply.facts["min_age"] is None


# 6. Jevnaker's coordinator: the newer plan's role only, no self-contradicting note -------------


def test_6_jevnaker_coordinator_is_not_said_to_be_bti_or_oppvekstkoordinator(bot: SltBot) -> None:
    text = ask(bot, "jevnaker", "hvem er slt-koordinator")
    answer, _, notes = text.partition("\nMerk:")
    assert "BTI-koordinator" not in answer and "Oppvekstkoordinator" not in answer
    assert "Rollen er også" not in text
    assert "Her gjelder den nyeste planen" in notes  # the older plan is only mentioned
    assert "Grunnlag – mangler: Navn og kontaktinformasjon" in text


# 7. Våler's routines are cited as the national default -----------------------------------------


@pytest.mark.parametrize(
    "question", ["hva gjør jeg ved rusbekymring", "mistanke om vold i hjemmet", "skolefravær"]
)
def test_7_valer_routines_cite_the_national_default(bot: SltBot, question: str) -> None:
    text = ask(bot, "valer", question)
    assert "Kilde: Nasjonal standardrutine i SLT-boten" in text
    assert "Kilde: SLT – plan for arbeidet i Våler kommune" not in text


# 8. Jevnaker's shared politiråd is called by Ringerike/Hole --------------------------------------


def test_8_jevnaker_politirad_is_called_by_ringerike_hole(bot: SltBot) -> None:
    text = ask(bot, "jevnaker", "hvem kaller inn til politirådet")
    assert text.splitlines()[3] == "SLT-koordinator Ringerike/Hole."
    coordinator = ask(bot, "jevnaker", "hvem er slt-koordinator")
    calls = coordinator.split("Kaller inn til:")[1].split("\n\n")[0]
    assert "politiråd" not in calls.lower()


def test_8_jevnaker_politirad_is_not_on_jevnakers_calendar(bot: SltBot) -> None:
    plan = asyncio.run(bot.meetings.year_plan("jevnaker", 2026))
    assert plan and all(m.group.id != "politiradet" for m in plan)


# 9. Hotlines where they belong ----------------------------------------------------------------


@pytest.mark.parametrize("kommune_id", ["valer", "jevnaker", "gjesdal"])
def test_9_violence_routine_gives_116_111_and_116_006(bot: SltBot, kommune_id: str) -> None:
    text = ask(bot, kommune_id, "mistanke om vold i hjemmet")
    assert "116 111" in text and "116 006" in text


@pytest.mark.parametrize("kommune_id", ["valer", "jevnaker", "gjesdal"])
def test_9_self_harm_routine_gives_mental_helse_116_123(bot: SltBot, kommune_id: str) -> None:
    text = ask(bot, kommune_id, "en elev skader seg selv og har selvmordstanker")
    assert "116 123" in text and "Mental Helse" in text


# 10. Jevnaker's plan title and period are not invented; older-plan tiltak flagged ----------------


def test_10_jevnaker_plan_title_and_period_are_flagged_not_invented(bot: SltBot) -> None:
    text = ask(bot, "jevnaker", "hva er planen")
    assert "SLT-plan for Jevnaker kommune 2025–2028" not in text
    assert "utledet: Handlingsplanens periode 2025–2028 er lest ut av tiltakene" in text
    assert "mangler: Planens tittel" in text


@pytest.mark.parametrize(
    ("question", "tiltak_id"),
    [
        ("tiltak for ungdomskonsulent", "pa-rett-kjol"),
        ("tiltak for alle sektorene", "meningsfull-aktivitet"),
        ("hvem har ansvar for mitt valg", "mitt-valg"),
    ],
)
def test_10_older_plan_tiltak_are_shown_as_such(bot: SltBot, question: str, tiltak_id: str) -> None:
    reply = asyncio.run(bot.answer(question, "jevnaker"))
    assert tiltak_id in reply.facts["tiltak"]
    line = next(x for x in reply.text.splitlines() if "bare i eldre plan, ikke i den nye" in x)
    assert tiltak_id not in line  # the knowledge file's slug is an internal id, never shown
    assert "frist" not in line.lower()


# 11. Jevnaker's hastemøte roles are not invented -----------------------------------------------


def test_11_jevnaker_hastemote_roles_are_missing_not_invented(bot: SltBot) -> None:
    text = ask(bot, "jevnaker", "hvem kaller inn til hastemøte")
    assert "Planen sier ikke noe om dette" in text
    assert "Grunnlag – mangler: Hvem som kaller inn til og leder hastemøter" in text
    routine = ask(bot, "jevnaker", "vi trenger et hastemøte")
    assert "SLT-koordinator kaller inn" not in routine
    assert "(møteleder)" not in routine


# 12. Smaller findings ---------------------------------------------------------------------------


def test_12_valer_ungdomslos_and_skolelos_are_apart(bot: SltBot) -> None:
    text = ask(bot, "valer", "bekymringsfullt fravær")
    assert "Skolelos i Våler" in text and "Ungdomslos/skolelos" not in text


def test_12_valer_coordinator_meets_in_the_politirad(bot: SltBot) -> None:
    text = ask(bot, "valer", "hvem sitter i politirådet")
    assert "SLT-koordinator, som møter fast i gruppen" in text


def test_12_valer_vision_and_gjesdal_strategies(bot: SltBot) -> None:
    valer = ask(bot, "valer", "hva er planen")
    assert "Visjon:" in valer and "Gode oppvekstsvilkår for alle barn og ungdom" in valer
    gjesdal = ask(bot, "gjesdal", "hva er planen")
    assert "Strategier:" in gjesdal
    assert "Videreutvikle et trygt og inkluderende miljø for ungdom." in gjesdal


# The review sheet ---------------------------------------------------------------------------


def test_review_lists_inferred_assumed_older_and_missing_facts_with_their_quotes(
    kb: KnowledgeBase,
) -> None:
    jevnaker = kb.kommuner["jevnaker"].kommune
    items = review_items(jevnaker)
    abouts = " | ".join(i.about for i in items)
    assert "Navn og kontaktinformasjon til SLT-koordinator" in abouts  # missing
    assert "periode 2025–2028 er lest ut av tiltakene" in abouts  # inferred
    assert "«På rett kjøl» står bare i den eldre planen" in abouts  # older
    # Assumed: each group's meeting rhythm (weekday, time, place) and the school holiday weeks.
    assert {i.basis for i in items} == {Basis.MISSING, Basis.INFERRED, Basis.OLDER, Basis.ASSUMED}
    assert any(i.field == "groups[2].rhythm.assumed" for i in items)  # the fagteam
    assert any(i.field == "school_holidays.assumed" for i in items)
    assert all(i.quote and i.at for i in items if i.basis in (Basis.INFERRED, Basis.OLDER))
    gjesdal = review_items(kb.kommuner["gjesdal"].kommune)
    assert any("SLT-koordinator står ikke i planen" in i.about for i in gjesdal)
    assert any(i.basis is Basis.ASSUMED for i in gjesdal)  # the status check cadence


def test_a_confirmed_fact_leaves_the_sheet_and_validate_counts_the_rest(tmp_path: Path) -> None:
    source = REPO_ROOT / "knowledge"
    shutil.copytree(source, tmp_path / "knowledge")
    path = tmp_path / "knowledge" / "kommuner" / "gjesdal.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "      note: Skriv inn navn, telefon og e-post under coordinator.contact.\n"
    assert marker in text
    path.write_text(
        text.replace(
            marker, f"{marker}      confirmed: {{by: Kari Koordinator, date: 2026-12-01}}\n"
        ),
        encoding="utf-8",
    )
    bundled = KnowledgeBase.load(source)
    before = len(review_items(bundled.kommuner["gjesdal"].kommune, bundled.national))
    copied = KnowledgeBase.load(tmp_path / "knowledge")
    after = copied.kommuner["gjesdal"].kommune
    assert len(review_items(after, copied.national)) == before - 1
    result = run_app("validate", env={"SLT_KNOWLEDGE_DIR": str(tmp_path / "knowledge")})
    assert result.returncode == 0, result.stderr
    assert f"gjesdal: 9 groups, 9 tiltak, version {after.version}, {before - 1} unconfirmed" in (
        result.stdout
    )


def test_review_writes_markdown_and_a_printable_page(tmp_path: Path) -> None:
    result = run_app("review", "--kommune", "jevnaker", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    markdown = (tmp_path / "jevnaker.md").read_text(encoding="utf-8")
    page = (tmp_path / "jevnaker.html").read_text(encoding="utf-8")
    assert "- [ ] **Navn og kontaktinformasjon til SLT-koordinator" in markdown
    assert "«I Jevnaker kommune innehar SLT-koordinator også rollen" in markdown
    assert "linje 89" in markdown
    assert "@page { size: A4" in page and 'class="box"' in page


def test_the_committed_review_sheets_are_up_to_date(kb: KnowledgeBase) -> None:
    for kommune_id, index in kb.kommuner.items():
        items = review_items(index.kommune, kb.national)
        committed = REPO_ROOT / "docs" / "review" / f"{kommune_id}.md"
        assert committed.read_text(encoding="utf-8") == review_markdown(index.kommune, items), (
            f"run: app.py review --kommune {kommune_id}"
        )
