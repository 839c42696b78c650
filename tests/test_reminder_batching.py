"""Reminders that do not flood: one message per person per day, over a whole year.

The scheduler runs a simulated year (tests/auxil/year.py) for each bundled kommune, once with
only the SLT-koordinator mapped and once with everyone mapped; ``app.py reminders
--by-message`` shows the same batching as a preview.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from bot.clock import OSLO
from bot.features.tiltak.reminder_batch import batch
from bot.features.tiltak.reminder_plan import PlannedReminder
from bot.knowledge.index import KnowledgeBase
from bot.outbox.addresses import Person
from tests.auxil.service import run_app
from tests.auxil.year import per_person_day, simulate_year


def planned(tiltak_id: str, day: str, offset: int = 14) -> PlannedReminder:
    send = dt.datetime.fromisoformat(f"{day}T09:00").replace(tzinfo=OSLO)
    return PlannedReminder(
        "testvik",
        tiltak_id,
        "t",
        ("Rolle",),
        "deadline",
        send.date(),
        send.date(),
        "plan",
        send,
        offset,
    )


def test_a_persons_reminders_of_one_day_are_one_message_and_unowned_ones_none() -> None:
    items = [planned("10", "2026-06-01"), planned("2", "2026-06-01"), planned("3", "2026-06-02")]
    owners = {"10": ["Kari"], "2": ["Kari", "Ola"], "3": []}
    messages, unowned = batch(items, lambda r: owners[r.tiltak_id])
    assert [(m.to, m.tiltak) for m in messages] == [("Kari", ["2", "10"]), ("Ola", ["2"])]
    assert [r.tiltak_id for r in unowned] == ["3"]


def test_the_coordinator_alone_in_valer_gets_one_card_with_her_four_not_37(
    kb: KnowledgeBase,
) -> None:
    """The walkthrough's flood: 30 November is Våler's yearly status check for all løpende
    tiltak. Only her own tiltak (12, 37, 38, 39) come to her, in one message; the rest wait
    in Monday's digest under «Mangler ansvarlig»."""
    sent = simulate_year(kb, "valer", 2026, everyone=False, months=(11, 11))
    on_the_day = [o for d, o in sent if d == dt.date(2026, 11, 30)]
    reminders = [o for o in on_the_day if o.kind == "reminder"]
    assert len(reminders) == 1
    assert "4 tiltak venter på svar: tiltak 12 (statussjekk), tiltak 37" in reminders[0].reply.text
    [digest] = [o for o in on_the_day if o.kind == "digest"]
    assert "Mangler ansvarlig (32)" in digest.reply.text  # the current tiltak nobody holds


@pytest.mark.slow
@pytest.mark.parametrize("everyone", [False, True], ids=["coordinator-only", "everyone-mapped"])
@pytest.mark.parametrize("kommune", ["gjesdal", "jevnaker", "valer"])
def test_over_a_year_nobody_gets_two_reminders_or_two_escalations_a_day(
    kb: KnowledgeBase, kommune: str, everyone: bool
) -> None:
    year = min(kb.kommuner[kommune].kommune.plan.period_end, 2026)
    sent = simulate_year(kb, kommune, year, everyone=everyone)
    assert sent, "a year of the plan sends something"
    for kind in ("reminder", "escalation", "digest"):
        counts = per_person_day(sent, kind)
        worst = max(counts.values(), default=0)
        assert worst <= 1, f"{kind}: {counts.most_common(1)}"
    # Tiltak nobody holds never produce a card of their own: only the digest names them.
    assert all(isinstance(o.to, Person) for _, o in sent)


def test_the_preview_by_message_has_one_message_per_person_and_day(tmp_path: Path) -> None:
    people = tmp_path / "people"
    people.mkdir()
    (people / "valer.yaml").write_text(
        "kommune: valer\npeople:\n"
        "  - {role: SLT-koordinator, name: Ola Nordmann, upn: ola@valer.example}\n"
        "  - {role: Ungdomsskolen, name: Kari Nordmann, upn: kari@valer.example}\n"
        "  - {role: Ungdomskontakt, name: Kari Nordmann, upn: kari@valer.example}\n",
        encoding="utf-8",
    )
    args = ["reminders", "--kommune", "valer", "--from", "2026-01-01", "--to", "2026-12-31"]
    result = run_app(*args, "--json", "--by-message", env={"SLT_PEOPLE_DIR": str(people)})
    assert result.returncode == 0, result.stderr
    messages = json.loads(result.stdout)
    assert {m["to"] for m in messages} == {"Ola Nordmann", "Kari Nordmann"}
    days = [(m["to"], m["send_at"][:10]) for m in messages]
    assert len(days) == len(set(days))
    kari = next(m for m in messages if m["to"] == "Kari Nordmann" and m["send_at"] >= "2026-11")
    assert kari["tiltak"] == ["1", "3", "4", "10", "19"]
    assert "mangler ansvarlig" in result.stderr
