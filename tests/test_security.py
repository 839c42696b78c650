"""Who may talk to the bot, and who may change what: tenants and roles, over real HTTP.

Tenants: only the organisations on the allow-list (``SLT_ALLOWED_TENANTS``, or the app's own
tenant for a single-tenant bot) get in, whatever case their ids are written in.
Roles: with ``SLT_ADMINS`` set, only an admin links a team to a kommune, and only the
ansvarlig, the coordinator or an admin answers a tiltak reminder. An admin is recognised by
Entra object id, or by UPN through the team roster the bot keeps.
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.knowledge.index import KnowledgeBase
from bot.server import RUNTIME
from bot.storage import Repositories
from bot.storage.records import RosterMember
from cards.verbs import Verb
from tests.auxil.activities import TEAM_ID, TENANT_ID, message, user
from tests.auxil.connector import LOOPBACK_CONNECTORS, FakeConnector
from tests.auxil.room import HELSE, SKOLE, Room, at, open_room, post_action
from tests.auxil.tokens import TokenAuthority
from tests.conftest import BotServer, start_bot, with_settings
from tests.test_auth_tokens import APP_ID, SECRET, authority, entra  # noqa: F401 (fixtures)

OUR_TENANT = "7e57a11e-0000-4000-8000-00000000005c"
OTHER_TENANT = "0bad0bad-0000-4000-8000-0000000000ff"
TEAM = f"team:{TEAM_ID}"


def from_tenant(activity: dict[str, Any], tenant: str) -> dict[str, Any]:
    """The same activity as Teams sends it from another organisation."""
    activity = copy.deepcopy(activity)
    activity["conversation"]["tenantId"] = tenant
    activity["channelData"]["tenant"]["id"] = tenant
    return activity


# --- tenants -----------------------------------------------------------------------------


@pytest.fixture
async def single_tenant_bot(
    tmp_path: Path,
    kb: KnowledgeBase,
    authority: TokenAuthority,  # noqa: F811
    entra: None,  # noqa: F811
) -> AsyncIterator[BotServer]:
    """A single-tenant app registration, configured the way Azure's docs say, tenant in caps."""
    settings = Settings.from_env(
        {
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppPassword": SECRET,
            "MicrosoftAppType": "SingleTenant",
            "MicrosoftAppTenantId": OUR_TENANT.upper(),
            "SLT_OPENID_METADATA_URL": authority.metadata_url,
            "SLT_ALLOWED_SERVICE_URLS": ",".join(LOOPBACK_CONNECTORS),
            "SLT_DATA_DIR": str(tmp_path / "data"),
            "SLT_SCHEDULER": "off",
        }
    )
    assert settings.allowed_tenants == frozenset()  # nothing configured but the app's tenant
    server, client = await start_bot(settings, kb)
    yield client
    await client.session.close()
    await server.close()


async def test_a_single_tenant_bot_answers_its_own_organisation_written_in_any_case(
    single_tenant_bot: BotServer,
    connector: FakeConnector,
    authority: TokenAuthority,  # noqa: F811
) -> None:
    token = authority.token(app_id=APP_ID, service_url=connector.url)
    activity = from_tenant(message("hvem sitter i politirådet", connector.url), OUR_TENANT)
    activity["channelData"]["tenant"]["id"] = OUR_TENANT.upper()

    response = await single_tenant_bot.post(activity, headers=authority.header(token))

    assert response.status == 201
    await connector.wait_for(1)


async def test_a_single_tenant_bot_refuses_other_organisations_even_with_a_valid_token(
    single_tenant_bot: BotServer,
    connector: FakeConnector,
    authority: TokenAuthority,  # noqa: F811
) -> None:
    token = authority.token(app_id=APP_ID, service_url=connector.url)
    activity = from_tenant(message("hvem sitter i politirådet", connector.url), OTHER_TENANT)

    response = await single_tenant_bot.post(activity, headers=authority.header(token))

    assert response.status == 403
    assert connector.received == []


@pytest.mark.parametrize("tenant", [OUR_TENANT, OTHER_TENANT], ids=["ours", "another"])
async def test_without_a_token_every_tenant_gets_the_same_401(
    single_tenant_bot: BotServer, connector: FakeConnector, tenant: str
) -> None:
    """The token is checked first: a refusal tells nobody which tenant the bot serves."""
    activity = from_tenant(message("hjelp", connector.url), tenant)

    response = await single_tenant_bot.post(activity)

    assert response.status == 401
    assert connector.received == []


@pytest.fixture
async def allow_listed_bot(tmp_path: Path, kb: KnowledgeBase) -> AsyncIterator[BotServer]:
    settings = Settings.from_env(
        {
            "SLT_ALLOWED_TENANTS": f" {OUR_TENANT.upper()} , {TENANT_ID} ",
            "SLT_DATA_DIR": str(tmp_path / "data"),
            "SLT_SCHEDULER": "off",
        }
    )
    server, client = await start_bot(settings, kb)
    yield client
    await client.session.close()
    await server.close()


@pytest.mark.parametrize("written", [OUR_TENANT, OUR_TENANT.upper(), OUR_TENANT.title()])
async def test_the_allow_list_matches_tenant_ids_in_any_case(
    allow_listed_bot: BotServer, connector: FakeConnector, written: str
) -> None:
    activity = from_tenant(message("hjelp", connector.url), written)
    assert (await allow_listed_bot.post(activity)).status == 201
    await connector.wait_for(1)


async def test_a_tenant_smuggled_in_beside_an_allowed_one_is_refused(
    allow_listed_bot: BotServer, connector: FakeConnector
) -> None:
    activity = from_tenant(message("hjelp", connector.url), OUR_TENANT)
    activity["channelData"]["tenant"]["id"] = OTHER_TENANT

    assert (await allow_listed_bot.post(activity)).status == 403
    assert connector.received == []


async def test_an_activity_without_any_tenant_is_refused_when_there_is_an_allow_list(
    allow_listed_bot: BotServer, connector: FakeConnector
) -> None:
    activity = message("hjelp", connector.url)
    del activity["conversation"]["tenantId"]
    del activity["channelData"]["tenant"]

    assert (await allow_listed_bot.post(activity)).status == 403
    assert connector.received == []


# --- roles: linking a team ---------------------------------------------------------------

KOORDINATOR = user("Kari Koordinator", "aad-kari-koordinator")
LAERER = user("Ola Testlærer", "aad-ola")


@pytest.fixture
async def admin_bot(settings: Settings, kb: KnowledgeBase) -> AsyncIterator[BotServer]:
    """``SLT_ADMINS`` lists the coordinator by object id and a deputy by UPN."""
    admins = frozenset({KOORDINATOR["aadObjectId"], "vara.koordinator@valer.example"})
    server, client = await start_bot(with_settings(settings, admins=admins), kb)
    yield client
    await client.session.close()
    await server.close()


async def link(bot: BotServer, connector: FakeConnector, who: dict[str, Any], kommune: str) -> str:
    """``@SLT-boten koble teamet til …`` in the team's channel; the bot's answer."""
    before = len(connector.sent())
    activity = message(
        f"koble teamet til {kommune}", connector.url, scope="channel", mention=True, sender=who
    )
    assert (await bot.post(activity)).status == 201
    return (await connector.wait_for(before + 1))[before]["text"]


def repos_of(bot: BotServer) -> Repositories:
    return bot.app[RUNTIME].repos


async def test_a_teacher_who_is_not_an_admin_cannot_link_the_team(
    admin_bot: BotServer, connector: FakeConnector
) -> None:
    answer = await link(admin_bot, connector, LAERER, "gjesdal")

    assert "Bare SLT-koordinatoren kan koble teamet" in answer
    assert await repos_of(admin_bot).team_links.kommune_for(TEAM) is None


async def test_the_coordinator_links_the_team_by_entra_object_id(
    admin_bot: BotServer, connector: FakeConnector
) -> None:
    answer = await link(admin_bot, connector, KOORDINATOR, "gjesdal")

    assert "Gjesdal kommune" in answer
    assert await repos_of(admin_bot).team_links.kommune_for(TEAM) == "gjesdal"


async def test_a_deputy_listed_by_upn_is_recognised_through_the_roster(
    admin_bot: BotServer, connector: FakeConnector
) -> None:
    vara = user("Vera Vara", "aad-vera-vara")
    await repos_of(admin_bot).roster.put(
        RosterMember(
            "aad-vera-vara",
            user_id=vara["id"],
            upn="Vara.Koordinator@Valer.example",
            name=vara["name"],
        )
    )

    answer = await link(admin_bot, connector, vara, "jevnaker")

    assert "Jevnaker kommune" in answer
    assert await repos_of(admin_bot).team_links.kommune_for(TEAM) == "jevnaker"


async def test_a_refused_relink_leaves_the_existing_link_as_it_was(
    admin_bot: BotServer, connector: FakeConnector
) -> None:
    await link(admin_bot, connector, KOORDINATOR, "gjesdal")

    answer = await link(admin_bot, connector, LAERER, "jevnaker")

    assert "Bare SLT-koordinatoren" in answer
    assert await repos_of(admin_bot).team_links.kommune_for(TEAM) == "gjesdal"


# --- roles: answering a tiltak reminder for someone else ---------------------------------

ADMIN = user("Aud Admin", "aad-aud-admin")


@pytest.fixture
async def room(settings: Settings, connector: FakeConnector) -> AsyncIterator[Room]:
    """Testvik with ``SLT_ADMINS`` = Aud's UPN; Aud is in the team but owns no tiltak."""
    testvik = KnowledgeBase.load_files([Path(__file__).parent / "fixtures" / "testvik.yaml"], None)
    local = with_settings(
        settings, default_kommune="testvik", admins=frozenset({"aud.admin@testvik.example"})
    )
    opened, server = await open_room(local, testvik, connector, at("2026-06-01"))
    opened.runtime.store.database.put(
        "roster",
        "aad-aud-admin",
        {"user_id": ADMIN["id"], "upn": "aud.admin@testvik.example", "name": ADMIN["name"]},
    )
    yield opened
    await opened.server.session.close()
    await server.close()


def tiltak_1(room: Room) -> dict[str, Any] | None:
    return room.runtime.store.database.get("tiltak", "testvik:1:2026-06-15")


async def test_someone_else_than_the_ansvarlig_cannot_mark_a_tiltak_done(room: Room) -> None:
    body = await post_action(room, Verb.TILTAK_DONE, HELSE)

    assert "bare den som er ansvarlig" in json.dumps(body, ensure_ascii=False)
    assert tiltak_1(room) is None


async def test_the_ansvarlig_marks_their_own_tiltak_done(room: Room) -> None:
    await post_action(room, Verb.TILTAK_DONE, SKOLE)

    assert (tiltak_1(room) or {}).get("status") == "done"


async def test_an_admin_recognised_by_upn_may_answer_for_the_ansvarlig(room: Room) -> None:
    await post_action(room, Verb.TILTAK_MORE_TIME, ADMIN, new_deadline="2026-08-20")

    assert tiltak_1(room) == {**(tiltak_1(room) or {}), "status": "more_time"}


# --- roles: meeting commands -------------------------------------------------------------


async def tell(room: Room, who: dict[str, Any], text: str) -> str:
    before = len(room.connector.sent())
    assert (await room.server.post(message(text, room.connector.url, sender=who))).status == 201
    return json.dumps(room.connector.sent()[before:], ensure_ascii=False)


@pytest.mark.parametrize(
    "command", ["avlys neste politiråd", "flytt neste politiråd til 20. juni kl 10"]
)
async def test_someone_who_is_not_an_admin_cannot_cancel_or_move_a_meeting(
    room: Room, command: str
) -> None:
    answer = await tell(room, HELSE, command)

    assert "bare SLT-koordinatoren som kan kalle inn, avlyse eller flytte" in answer
    assert "er avlyst" not in answer and "er flyttet" not in answer


async def test_an_admin_recognised_by_upn_may_cancel_a_meeting(room: Room) -> None:
    answer = await tell(room, ADMIN, "avlys neste politiråd")

    assert "er avlyst" in answer
