"""«Sett ansvarlig» offers only this kommune's people, when one service holds several.

The Teams roster is one namespace for the whole service. A coordinator in Våler must not see
(or, with a forged card, choose) a member who is only in Gjesdal's team. Made-up people.
"""

from __future__ import annotations

from bot.features.tiltak.desk import TiltakDesk
from bot.knowledge.index import KnowledgeBase
from bot.people import PeopleMap
from bot.storage import Repositories
from bot.storage.records import RosterMember
from bot.storage.sqlite import SqliteDatabase, SqliteStore


def desk_with(kb: KnowledgeBase) -> tuple[TiltakDesk, Repositories]:
    repos = Repositories.over(SqliteStore(SqliteDatabase(":memory:")))
    return TiltakDesk(kb, repos, {k: PeopleMap(k) for k in kb.kommuner}), repos


async def test_a_coordinator_is_offered_only_members_of_the_kommunes_own_teams(
    kb: KnowledgeBase,
) -> None:
    desk, repos = desk_with(kb)
    await repos.team_links.link("team:team-valer", "valer", "aad-kari")
    await repos.team_links.link("team:team-gjesdal", "gjesdal", "aad-gina")
    await repos.roster.put(RosterMember("aad-vera", name="Vera Våltest", teams=("team-valer",)))
    await repos.roster.put(RosterMember("aad-gunn", name="Gunn Gjestest", teams=("team-gjesdal",)))
    await repos.roster.put(
        RosterMember("aad-begge", name="Berit Beggetest", teams=("team-gjesdal", "team-valer"))
    )
    await repos.roster.put(RosterMember("aad-gammel", name="Gamle Rostertest"))  # no teams kept

    valer = dict(await desk.people_choices("valer"))
    gjesdal = dict(await desk.people_choices("gjesdal"))

    assert set(valer) == {"Vera Våltest", "Berit Beggetest"}
    assert set(gjesdal) == {"Gunn Gjestest", "Berit Beggetest"}
    assert await desk.person("valer", "aad-gunn") is None  # a forged choice finds nobody
    assert await desk.person("valer", "aad-vera") is not None


async def test_a_single_kommune_service_still_offers_members_stored_without_teams(
    kb: KnowledgeBase,
) -> None:
    desk, repos = desk_with(kb)
    await repos.team_links.link("team:team-valer", "valer", "aad-kari")
    await repos.roster.put(RosterMember("aad-gammel", name="Gamle Rostertest"))

    assert dict(await desk.people_choices("valer")) == {"Gamle Rostertest": "aad-gammel"}
