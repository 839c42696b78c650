"""Every card the bot can send is a valid Adaptive Card 1.5 and renders without a message.

The cards come from tests/auxil/catalog.py (the real builders on the bundled knowledge). The
schema check is fast and always runs; rendering with Microsoft's renderer in headless
Chromium is slow-marked (CI runs it too).
"""

from __future__ import annotations

import importlib.util
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge.index import KnowledgeBase
from tests.auxil.cards import render_card, validate_card
from tests.auxil.catalog import MAIN_CARDS, sample_cards

EXPECTED = {
    "answer.members",
    "answer.coordinator",
    "answer.coordinator.contact",
    "answer.meeting_role",
    "answer.frequency",
    "answer.duties",
    "answer.role_groups",
    "answer.levels",
    "answer.target_group",
    "answer.plan",
    "answer.help",
    "answer.fallback",
    "tiltak.status",
    "tiltak.for_role",
    "tiltak.owner",
    "tiltak.deadline",
    "tiltak.mine",
    "tiltak.reminder",
    "tiltak.reminder.channel_mention",
    "tiltak.reminder.notice",
    "tiltak.reminder.answered",
    "tiltak.reminder.more_time",
    "tiltak.reminder.single",
    "tiltak.reminder.answered_two",
    "tiltak.not_mine",
    "tiltak.not_mine.handled",
    "tiltak.escalation.handled",
    "tiltak.digest.assigned",
    "tiltak.status_check",
    "tiltak.plan_end",
    "tiltak.escalation",
    "tiltak.digest",
    "routine.overview",
    "routine.overview.national_default",
    "routine.danger",
    "routine.step.decision",
    "routine.step",
    "routine.step.legal",
    "routine.step.closing",
    "routine.step.stale",
    "meeting.command.ask",
    "meeting.command.confirm",
    "kommune.choice",
}
MEETING_CARDS = {
    "meeting.call.new",
    "meeting.call",
    "meeting.call.cancelled",
    "meeting.reminder",
    "meeting.minutes_reminder",
    "meeting.next",
    "meeting.plan",
    "meeting.arshjul",
}
HAS_MEETING_CARDS = importlib.util.find_spec("cards.meeting") is not None


@pytest.fixture(scope="module")
def catalog(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    return sample_cards(kb)


def _texts(card: dict[str, Any]) -> str:
    return json.dumps(card, ensure_ascii=False)


def test_the_catalog_has_one_card_of_every_kind(catalog: dict[str, dict[str, Any]]) -> None:
    expected = EXPECTED | (MEETING_CARDS if HAS_MEETING_CARDS else set())
    missing = expected - set(catalog)
    assert not missing, f"the catalog lost {sorted(missing)}"
    unexpected = set(catalog) - expected
    assert not unexpected, f"add {sorted(unexpected)} to EXPECTED (and check them)"
    main = set(MAIN_CARDS) if HAS_MEETING_CARDS else set(MAIN_CARDS) - {"meeting.call"}
    assert main <= set(catalog), "every picture in the README comes from the catalog"


def test_the_samples_show_what_they_are_named_for(catalog: dict[str, dict[str, Any]]) -> None:
    assert "Hvem sitter i" in _texts(catalog["answer.members"])
    assert "SLT-koordinator i Gjesdal" in _texts(catalog["answer.coordinator"])
    assert "Tiltak 18 har frist om 14 dager" in _texts(catalog["tiltak.reminder.single"])
    assert "Statussjekk: 5 tiltak" in _texts(catalog["tiltak.reminder"])
    answered = _texts(catalog["tiltak.reminder.answered"])
    assert "Utført – Kari Nordmann, 30.11.2026 kl. 09:00" in answered
    assert "Vi har gått gjennom rutinen" in answered
    not_mine = _texts(catalog["tiltak.not_mine"])
    assert "Kari Nordmann svarte «Ikke mitt ansvar»" in not_mine
    assert "Begrunnelse: «Dette er ungdomskontaktens oppgave" in not_mine
    assert "Ola Nordmann er nå ansvarlig" in _texts(catalog["tiltak.not_mine.handled"])
    assert "Forfalt: 3 tiltak" in _texts(catalog["tiltak.escalation"])
    assert "Tiltak 13 er markert som utført" in _texts(catalog["tiltak.escalation.handled"])
    assert "Mangler ansvarlig" in _texts(catalog["tiltak.digest"])
    assert "Velg en ny frist" in _texts(catalog["tiltak.reminder.notice"])
    assert "(ny frist; var 15.06.2026)" in _texts(catalog["tiltak.reminder.more_time"])
    assert "Statussjekk: tiltak 1" in _texts(catalog["tiltak.status_check"])
    assert "Du kan sette en frist med «Sett frist»" in _texts(catalog["tiltak.status_check"])
    assert "Forleng med ett år" in _texts(catalog["tiltak.plan_end"])
    assert "Utført (1)" in _texts(catalog["tiltak.status"])
    titles = [a["title"] for a in catalog["routine.step.decision"]["actions"]]
    assert titles == ["Tilbake", "Ja", "Nei"]
    assert "Lovgrunnlag" in _texts(catalog["routine.step.legal"])
    assert catalog["routine.step.stale"]["body"][0]["text"] == "Rutinen er endret"
    danger = _texts(catalog["routine.danger"])
    lead = danger.index("Vold hjemme: er barnet i fare nå, ring 112")
    assert lead < danger.index("Vold i nære relasjoner") < danger.index("Steg")


@pytest.mark.skipif(not HAS_MEETING_CARDS, reason="cards/meeting.py is not there yet")
def test_the_meeting_samples_went_through_the_clicks(catalog: dict[str, dict[str, Any]]) -> None:
    call = _texts(catalog["meeting.call"])
    assert "Kommer: Ola Nordmann" in call
    assert "(meldt inn av Kari Nordmann)" in call
    assert "Ingen saker ennå." in _texts(catalog["meeting.call.new"])
    assert "actions" not in catalog["meeting.call.cancelled"]
    assert "<at>Ola Nordmann</at>" in _texts(catalog["meeting.minutes_reminder"])


def test_every_card_the_bot_can_send_is_a_valid_adaptive_card_1_5(
    catalog: dict[str, dict[str, Any]],
) -> None:
    problems = {name: validate_card(card) for name, card in catalog.items()}
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, "\n".join(
        f"{name}:\n  " + "\n  ".join(found) for name, found in problems.items()
    )


def test_the_channel_fallback_mentions_the_person_it_is_for(
    catalog: dict[str, dict[str, Any]],
) -> None:
    card = catalog["tiltak.reminder.channel_mention"]
    assert card["body"][0]["text"] == "<at>Kari Nordmann</at>"
    (mention,) = card["msteams"]["entities"]
    assert mention["text"] == "<at>Kari Nordmann</at>"
    assert mention["mentioned"]["id"] == "29:aad-kari-nordmann"


# --- the validator itself --------------------------------------------------------------------


def _card(body: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {"type": "AdaptiveCard", "version": "1.5", "body": body, **extra}


def test_the_validator_names_the_precise_problem_inside_body_and_actions() -> None:
    card = _card(
        [
            {"type": "TextBlock", "text": "x", "weight": "Boldest"},
            {"type": "Container", "items": [{"type": "FactSet", "facts": [{"title": "a"}]}]},
            {"type": "TextBlok", "text": "x"},
        ],
        actions=[{"type": "Action.Execute", "title": "Ok", "style": "big"}],
    )
    problems = validate_card(card)
    assert "body/0/weight: 'Boldest' is not one of ['default', 'lighter', 'bolder']" in problems
    assert "body/1/items/0/facts/0: 'value' is a required property" in problems
    assert any(p.startswith("body/2/type: unknown type 'TextBlok'") for p in problems)
    assert any(p.startswith("actions/0/style: 'big' is not one of") for p in problems)


def test_the_validator_checks_msteams_and_mentions_on_their_own() -> None:
    ok = _card(
        [{"type": "TextBlock", "text": "<at>Kari</at> har en frist"}],
        msteams={
            "width": "Full",
            "entities": [{"type": "mention", "text": "<at>Kari</at>", "mentioned": {"id": "29:k"}}],
        },
    )
    assert validate_card(ok) == []
    unmentioned = _card([{"type": "TextBlock", "text": "<at>Per</at>"}], msteams={"width": "Wide"})
    problems = validate_card(unmentioned)
    assert "msteams/width: must be 'Full', got 'Wide'" in problems
    assert "body/0/text: <at>Per</at> has no mention entity in msteams.entities" in problems
    unused = _card(
        [{"type": "TextBlock", "text": "hei"}],
        msteams={"entities": [{"type": "mention", "text": "<at>Ola</at>", "mentioned": {}}]},
    )
    assert validate_card(unused) == [
        "msteams/entities/0/mentioned/id: missing (the Teams user id or AAD id)",
        "msteams/entities: <at>Ola</at> is not used in the card's text",
    ]


def test_the_validator_refuses_duplicate_input_ids_and_other_versions() -> None:
    card = _card([{"type": "Input.Text", "id": "a"}, {"type": "Input.Date", "id": "a"}])
    card["version"] = "1.6"
    problems = validate_card(card)
    assert "version: '1.6', Teams renders 1.5" in problems
    assert "input id 'a' is used 2 times" in problems


# --- rendering ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_card_renders_in_microsofts_renderer_without_a_message(
    catalog: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    def render(item: tuple[str, dict[str, Any]]) -> tuple[str, tuple[bool, list[str]]]:
        name, card = item
        return name, render_card(card, tmp_path / f"{name}.png")

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 2)) as pool:
        results = dict(pool.map(render, catalog.items()))
    failed = {name: messages for name, (ok, messages) in results.items() if not ok}
    assert not failed, "\n".join(f"{n}: {'; '.join(m)}" for n, m in failed.items())
    assert all((tmp_path / f"{name}.png").stat().st_size > 1000 for name in catalog)


@pytest.mark.slow
def test_the_renderer_check_does_catch_a_broken_card(tmp_path: Path) -> None:
    card = _card([{"type": "TextBlok", "text": "x"}, {"type": "Input.Text", "id": "a"}])
    card["body"].append({"type": "Input.Text", "id": "a"})
    ok, messages = render_card(card, tmp_path / "broken.png")
    assert not ok
    assert any("TextBlok" in m for m in messages)
    assert any("Duplicate Id" in m for m in messages)
