"""A plan without numbers names its tiltak by title, never by the knowledge file's slug.

Gjesdal's plan does not number its tiltak; the knowledge file gives each a slug
(``politiet-pa-skolene``) as its id. The coordinator's status card and the reminders must
say «Politiet på skolene», not the slug. Over HTTP, with made-up people.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import OSLO
from bot.config import Settings
from bot.features.tiltak.model import Occurrence
from bot.features.tiltak.names import tiltak_name
from bot.features.tiltak.present import missing_owner_lines, reminder_heading
from bot.knowledge.index import KnowledgeBase
from tests.auxil.activities import user
from tests.auxil.channel import said_in_channel, visible
from tests.auxil.connector import FakeConnector
from tests.auxil.year import simulate_year
from tests.conftest import with_settings

KOORD = user("Gina Gjesdalkoordinator", "aad-gina")
NOW = dt.datetime(2025, 3, 3, 10, 0, tzinfo=OSLO)


def unnumbered(kb: KnowledgeBase) -> list[tuple[str, str]]:
    gjesdal = kb.kommuner["gjesdal"].kommune
    found = [(t.id, t.tiltak) for t in gjesdal.tiltak if not t.id.isdigit()]
    assert found, "Gjesdal's plan has tiltak without numbers"
    return found


async def test_the_status_card_names_unnumbered_tiltak_by_title(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    local = with_settings(settings, admins=frozenset({"aad-gina"}))
    texts = ("koble teamet til gjesdal", "status handlingsplan")
    [_, status] = await said_in_channel(local, kb, connector, KOORD, texts, now=NOW)

    said = "\n".join(visible(status))
    assert "Mangler ansvarlig" in said
    tiltak = unnumbered(kb)
    for slug, _ in tiltak:
        assert f"tiltak {slug}" not in said.lower(), slug
        if "-" in slug:
            assert slug not in said, slug
    assert any(title[:12] in said for _, title in tiltak), "named by their titles instead"


def test_a_reminder_heading_and_the_missing_owner_list_use_the_title(kb: KnowledgeBase) -> None:
    gjesdal = kb.kommuner["gjesdal"].kommune
    tiltak = next(t for t in gjesdal.tiltak if not t.id.isdigit())
    occurrence = Occurrence("gjesdal", tiltak, NOW.date() + dt.timedelta(days=3))

    heading = reminder_heading(occurrence, NOW.date())

    assert heading.startswith("«") and "har frist om 3 dager" in heading
    assert tiltak.id not in heading or tiltak.id in tiltak.tiltak.lower()
    [line] = missing_owner_lines([tiltak])
    assert f"tiltak {tiltak.id}" not in line and tiltak_name(tiltak) in line
    assert tiltak_name(tiltak).strip("«»") in tiltak.tiltak  # the title's own words


def test_what_a_failure_notice_names_is_the_title_not_the_slug(kb: KnowledgeBase) -> None:
    """A reminder, nudge or escalation that cannot be delivered is reported to the coordinator
    by its ``about`` (bot/teams/notices.py); for Gjesdal that must not be «tiltak los»."""
    sent = simulate_year(kb, "gjesdal", 2025, everyone=True, months=(1, 6))
    slugs = [slug for slug, _ in unnumbered(kb)]
    abouts = {o.about for _, o in sent if o.kind in ("reminder", "escalation") and o.about}
    assert abouts, "Gjesdal's first half-year has reminders or escalations"
    for about in abouts:
        assert not any(f"tiltak {slug}" in about for slug in slugs), about
        assert "«" in about, about  # named by the title's first clause, in quotes
