"""Nothing is due before the plan began: a plan for 2025–2028 has no «31.12.2024».

Jevnaker's plan runs 2025–2028 and has tiltak due «en gang i året» (computed as 31 December
every year). On the first working days of 2025 the coordinator must not be told that three
tiltak are overdue since 31.12.2024, and nobody is reminded in December 2024 of a deadline
that belongs to no plan. Over HTTP with the bundled knowledge and one made-up person per role.
"""

from __future__ import annotations

import datetime as dt

from bot.clock import OSLO
from bot.config import Settings
from bot.features.tiltak.reminder_plan import plan_reminders, plan_start
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap, Person
from bot.text import fold
from tests.auxil.activities import user
from tests.auxil.channel import said_in_channel, visible
from tests.auxil.connector import FakeConnector
from tests.conftest import with_settings

KOORD = user("Kari Testkoordinator", "aad-kari")


def yearly_at_new_year(kb: KnowledgeBase) -> list[str]:
    jevnaker = kb.kommuner["jevnaker"].kommune
    found = [t.id for t in jevnaker.tiltak if t.frist.yearly == "12-31"]
    assert found, "Jevnaker has tiltak due 31 December every year"
    return found


def everyone(kb: KnowledgeBase) -> PeopleMap:
    """One made-up person for every role Jevnaker's tiltak name, so nothing is «mangler
    ansvarlig» and every occurrence shows under its deadline."""
    roles = {r for t in kb.kommuner["jevnaker"].kommune.tiltak for r in t.ansvar}
    return PeopleMap(
        "jevnaker",
        {
            fold(role): (Person(role=role, name="Testa Testesen", aad_object_id=f"aad-{i}"),)
            for i, role in enumerate(sorted(roles))
        },
    )


def test_no_reminder_is_planned_for_a_deadline_before_the_plan(kb: KnowledgeBase) -> None:
    jevnaker = kb.kommuner["jevnaker"].kommune
    assert plan_start(jevnaker) == dt.date(jevnaker.plan.period_start, 1, 1) == dt.date(2025, 1, 1)
    yearly_at_new_year(kb)

    planned = plan_reminders(jevnaker, dt.date(2024, 11, 1), dt.date(2025, 12, 31))

    assert planned, "the plan's own deadlines in 2025 are still reminded"
    assert all(r.due_day >= dt.date(2025, 1, 1) for r in planned)
    assert not any(r.send_at.year == 2024 for r in planned)


async def test_the_status_card_in_january_has_nothing_overdue_from_before_the_plan(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    yearly_at_new_year(kb)
    local = with_settings(settings, admins=frozenset({"aad-kari"}))
    now = dt.datetime(2025, 1, 6, 10, 0, tzinfo=OSLO)
    texts = ("koble teamet til jevnaker", "status handlingsplan")
    [_, status] = await said_in_channel(
        local, kb, connector, KOORD, texts, now=now, people={"jevnaker": everyone(kb)}
    )

    said = "\n".join(visible(status))
    assert "Status for handlingsplanen 06.01.2025" in said
    assert "2024" not in said.replace("2023–2027", "")  # the source line may name the goals' years
    assert "Ingen tiltak venter på deg nå." in said  # nothing overdue, the roles are mapped
    assert "Ingen tiltak er forfalt" in said and "(0)" not in said  # empty lists in one line


async def test_the_status_in_the_plans_last_month_says_when_it_ends(
    settings: Settings, kb: KnowledgeBase, connector: FakeConnector
) -> None:
    """Våler's plan runs 2023–2026: in December 2026 the coordinator's status says it ends
    on 31 December and what she can do; in October it does not yet (found walking)."""
    local = with_settings(settings, admins=frozenset({"aad-kari"}))
    texts = ("koble teamet til valer", "status handlingsplan")
    said = {}
    for day in (dt.date(2026, 12, 7), dt.date(2026, 10, 19)):
        now = dt.datetime.combine(day, dt.time(10, 0), tzinfo=OSLO)
        replies = await said_in_channel(local, kb, connector, KOORD, texts, now=now)
        said[day] = "\n".join(visible(replies[-1]))
    december, october = said[dt.date(2026, 12, 7)], said[dt.date(2026, 10, 19)]
    assert "Status for handlingsplanen 07.12.2026" in december
    assert "Handlingsplanen (2023–2026) går ut 31.12.2026." in december
    assert "forlenge den med ett år" in december
    assert "går ut" not in october and "Status for handlingsplanen 19.10.2026" in october
