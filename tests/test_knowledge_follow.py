"""A knowledge reload taken by one instance reaches every instance.

Two real services on one PostgreSQL, as behind a load balancer. The coordinator asks one of
them to load the knowledge again; the other follows within ``SLT_KNOWLEDGE_CHECK_SECONDS``
and answers from the new version. When an instance's own folder gives another version (it
is not the shared folder), it says so in /healthz instead of pretending to be in step.
Coordinator and people are made up.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.server import RUNTIME
from tests.auxil.activities import message, user
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot, with_settings

KOORD = user("Kari Koordinatorsen", "aad-admin")
OLD_NAME = "Anne Grønsleth"
NEW_NAME = "Kari Nyperson"


def copy_knowledge(to: Path) -> Path:
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, to, ignore=shutil.ignore_patterns("people"))
    return to


def new_coordinator(knowledge: Path) -> None:
    valer = knowledge / "kommuner" / "valer.yaml"
    text = valer.read_text(encoding="utf-8")
    assert OLD_NAME in text
    valer.write_text(text.replace(OLD_NAME, NEW_NAME), encoding="utf-8")


async def health(server: BotServer) -> dict[str, Any]:
    response = await server.session.get(f"{server.url}/healthz")
    result: dict[str, Any] = await response.json()
    return result


async def answer(server: BotServer, connector: FakeConnector, text: str) -> str:
    before = len(connector.sent())
    response = await server.post(message(text, connector.url, sender=KOORD))
    assert response.status in (200, 201), await response.text()
    reply = (await connector.wait_for(before + 1))[-1]
    return str(reply.get("text", "")) + str(reply.get("attachments", ""))


async def until(check: Callable[[], Any], seconds: float = 10.0) -> None:
    """Wait for an instance to follow (it looks every 0.05 s here)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, "the other instance did not follow"
        await asyncio.sleep(0.05)


@pytest.fixture
async def instances(
    settings: Settings, tmp_path: Path, connector: FakeConnector, postgres_url: str
) -> AsyncIterator[Callable[[list[Path]], Any]]:
    started: list[Any] = []

    async def start(folders: list[Path]) -> tuple[BotServer, ...]:
        for number, folder in enumerate(folders):
            local = with_settings(
                settings,
                database_url=postgres_url,
                data_dir=tmp_path / f"data-{number}",
                knowledge_dir=folder,
                admins=frozenset({"aad-admin"}),
                card_secret="one-card-secret-for-every-instance",
                knowledge_check_seconds=0.05,
            )
            started.append(await start_bot(local, people={}))
        return tuple(client for _, client in started)

    yield start
    for server, client in started:
        await client.session.close()
        await server.close()


async def test_a_reload_through_one_instance_is_served_by_the_other(
    instances: Callable[[list[Path]], Any], tmp_path: Path, connector: FakeConnector
) -> None:
    shared = copy_knowledge(tmp_path / "knowledge")
    first, second = await instances([shared, shared])
    assert OLD_NAME in await answer(second, connector, "hvem er slt-koordinator")
    before = (await health(second))["knowledge_version"]

    new_coordinator(shared)
    said = await answer(first, connector, "last inn kunnskapen på nytt")
    assert "lastet inn på nytt" in said
    version = (await health(first))["knowledge_version"]
    assert version != before

    async def second_follows() -> bool:
        return bool((await health(second))["knowledge_version"] == version)

    await until(second_follows)
    assert NEW_NAME in await answer(second, connector, "hvem er slt-koordinator")
    assert (await health(second))["knowledge_sync"] == "in step"
    assert (await health(first))["knowledge_sync"] == "in step"


async def test_an_instance_whose_folder_differs_says_it_is_out_of_step(
    instances: Callable[[list[Path]], Any], tmp_path: Path, connector: FakeConnector
) -> None:
    mine = copy_knowledge(tmp_path / "first")
    other = copy_knowledge(tmp_path / "second")  # not shared: an older copy stays there
    first, second = await instances([mine, other])
    new_coordinator(mine)

    await answer(first, connector, "last inn kunnskapen på nytt")

    async def second_notices() -> bool:
        return bool((await health(second))["knowledge_sync"] == "out of step")

    await until(second_notices)
    note = (await health(second))["knowledge_note"]
    assert "SLT_KNOWLEDGE_DIR" in note
    assert OLD_NAME in await answer(second, connector, "hvem er slt-koordinator")


async def test_a_refused_reload_is_not_announced(
    instances: Callable[[list[Path]], Any], tmp_path: Path, connector: FakeConnector
) -> None:
    shared = copy_knowledge(tmp_path / "knowledge")
    first, second = await instances([shared, shared])
    valer = shared / "kommuner" / "valer.yaml"
    valer.write_text(
        valer.read_text(encoding="utf-8").replace("innkaller:", "innkaler:", 1), encoding="utf-8"
    )

    said = await answer(first, connector, "last inn kunnskapen på nytt")

    assert "ble ikke lastet inn" in said
    assert await first.app[RUNTIME].repos.knowledge_versions.newest() is None
    await second.app[RUNTIME].follower.check()  # nothing announced: nothing to follow
    assert (await health(second))["knowledge_sync"] == "in step"
    assert OLD_NAME in await answer(second, connector, "hvem er slt-koordinator")
