"""The two desks on two stores over one database, as two instances of the service are: what
people do at the same moment through different instances is all kept.

Testvik (made up): Fagteamet meets on 31 March 2026; today is Monday 2 March.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable

import pytest

from bot.clock import OSLO, FixedClock
from bot.features.meetings import MeetingDesk, MeetingProblem
from bot.features.tiltak.desk import TiltakDesk
from bot.features.tiltak.model import Status
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap
from bot.storage import Repositories
from bot.storage.protocol import Store
from tests.conftest import FIXTURES

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)
FAGTEAM = "testvik:fagteam:2026-03-31"


@pytest.fixture(scope="module")
def testvik() -> KnowledgeBase:
    return KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)


def meeting_desks(testvik: KnowledgeBase, opener: Callable[[], Store]) -> list[MeetingDesk]:
    return [
        MeetingDesk(testvik, Repositories.over(opener()), {}, clock=FixedClock(NOW))
        for _ in range(2)
    ]


async def test_answers_and_saker_given_at_once_through_two_instances_are_all_kept(
    shared: None, testvik: KnowledgeBase, opener: Callable[[], Store]
) -> None:
    first, second = meeting_desks(testvik, opener)
    people = [(f"aad-{n}", f"Person {n}") for n in range(6)]

    await asyncio.gather(
        *(
            (first if n % 2 else second).rsvp(FAGTEAM, user, name, n % 3 != 0)
            for n, (user, name) in enumerate(people)
        ),
        first.add_agenda(FAGTEAM, "Uro ved kjøpesenteret i helgene", "Person 1"),
        second.add_agenda(FAGTEAM, "Oppfølging av foreldremøtene", "Person 2"),
    )

    attendance = await first.attendance(FAGTEAM)
    assert attendance.answered == {user for user, _ in people}
    assert sorted(a.text for a in await second.agenda(FAGTEAM)) == [
        "Oppfølging av foreldremøtene",
        "Uro ved kjøpesenteret i helgene",
    ]


async def test_a_move_and_a_sak_at_once_lose_neither(
    shared: None, testvik: KnowledgeBase, opener: Callable[[], Store]
) -> None:
    first, second = meeting_desks(testvik, opener)
    await first.add_agenda(FAGTEAM, "Budsjett for sommeraktiviteter", "Kari")
    new_start = dt.datetime(2026, 4, 14, 10, 0, tzinfo=OSLO)

    async def late_sak() -> bool:
        try:
            await second.add_agenda(FAGTEAM, "Uro ved kjøpesenteret i helgene", "Per")
        except MeetingProblem:  # the meeting had moved: the sak is refused, and said so
            return False
        return True

    moved, accepted = await asyncio.gather(first.move(FAGTEAM, new_start, "aad-kari"), late_sak())

    assert (await second.resolve(FAGTEAM)) == moved
    texts = [a.text for a in await second.agenda(moved.key)]
    assert texts[0] == "Budsjett for sommeraktiviteter"
    # Accepted means it was on the saksliste before the move, so the move carried it along.
    assert ("Uro ved kjøpesenteret i helgene" in texts) is accepted


async def test_two_coordinators_cancelling_and_moving_at_once_leave_one_meeting_state(
    shared: None, testvik: KnowledgeBase, opener: Callable[[], Store]
) -> None:
    first, second = meeting_desks(testvik, opener)
    results = await asyncio.gather(
        first.cancel(FAGTEAM, "aad-kari"),
        second.move(FAGTEAM, dt.datetime(2026, 4, 14, 10, tzinfo=OSLO), "aad-kari"),
        return_exceptions=True,
    )

    old = await first.by_key(FAGTEAM)
    if isinstance(results[1], Exception):  # cancelled first: a cancelled meeting is not moved
        assert old.cancelled and old.moved_to is None
    else:  # moved first: the old day points at the new one, which is the live meeting
        assert old.moved_to is not None and isinstance(results[0], Exception)
        assert (await first.resolve(FAGTEAM)).active


async def test_two_answers_on_one_tiltak_through_two_instances_are_both_kept(
    shared: None, opener: Callable[[], Store]
) -> None:
    kb = KnowledgeBase.load_files([FIXTURES / "testvik.yaml"], None)
    people = {"testvik": PeopleMap("testvik")}
    desks = [TiltakDesk(kb, Repositories.over(opener()), people) for _ in range(2)]
    view = await desks[0].view("testvik")
    occurrence = next(o for t in view.all() if (o := view.current(t, NOW.date())) is not None)

    await asyncio.gather(
        desks[0].answer(occurrence, Status.MORE_TIME, "Kari", NOW, new_deadline=NOW.date()),
        desks[1].answer(occurrence, None, "Per", NOW, comment="Vi er i gang."),
    )

    fresh = (await desks[1].view("testvik")).occurrence(occurrence.tiltak, occurrence.deadline)
    assert sorted(a.by for a in fresh.answers) == ["Kari", "Per"]
    assert fresh.status is Status.MORE_TIME
