"""Jobs address channels and people; Teams works out the conversation when a message is sent.

The contract (issue 15, item 2): features and jobs never import ``bot.teams``; no module
outside ``bot/teams/`` imports botbuilder, botframework or msrest; the ledger key of a message
is what it was when jobs built Teams items (so messages in flight keep their rows); an
address that cannot be reached at send time ends as it always did — the channel with an
@mention for a person, else the ledger says failed and the coordinator is told.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from bot.features.reply import Reply
from bot.outbox.addresses import Channel, Person
from bot.outbox.items import Message
from bot.storage.conversations import Channels
from bot.storage.outbox import FAILED, SENT
from bot.targets import Recipient
from tests.auxil.activities import CHANNEL_ID
from tests.auxil.room import SKOLE, Room

ROOT = Path(__file__).parent.parent
SERVICE_LIBRARIES = ("botbuilder", "botframework", "msrest")
COMPOSITION_ROOT = {"bot/server.py"}
"""Builds the runtime: the one module outside bot/teams/ that wires the Teams carrier in."""


def imported(source: str) -> list[str]:
    """Every module a source file imports (at the top or inside a function)."""
    names: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            names.append(node.module or "")
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def crossings(root: Path = ROOT) -> list[str]:
    """Imports that cross the Teams boundary, as ``path: module``."""
    found = []
    for folder in ("bot", "cards"):
        for path in sorted((root / folder).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            if name.startswith("bot/teams/"):
                continue
            for module in imported(path.read_text(encoding="utf-8")):
                top = module.split(".")[0]
                teams = module == "bot.teams" or module.startswith("bot.teams.")
                if top in SERVICE_LIBRARIES or (teams and name not in COMPOSITION_ROOT):
                    found.append(f"{name}: {module}")
    return found


def test_only_bot_teams_speaks_teams() -> None:
    assert crossings() == []


def test_the_boundary_check_sees_a_crossing(tmp_path: Path) -> None:
    jobs = tmp_path / "bot" / "features" / "tiltak"
    jobs.mkdir(parents=True)
    (tmp_path / "cards").mkdir()
    (jobs / "jobs.py").write_text(
        "from bot.teams.sender import Outgoing\ndef later():\n    import botbuilder.schema\n",
        encoding="utf-8",
    )
    (tmp_path / "bot" / "server.py").write_text("import bot.teams.sender\n", encoding="utf-8")
    (tmp_path / "bot" / "teams").mkdir()
    (tmp_path / "bot" / "teams" / "x.py").write_text("import msrest\n", encoding="utf-8")
    assert crossings(tmp_path) == [
        "bot/features/tiltak/jobs.py: bot.teams.sender",
        "bot/features/tiltak/jobs.py: botbuilder.schema",
    ]


async def test_the_ledger_keys_of_messages_are_the_ones_teams_items_had(room: Room) -> None:
    targets = room.runtime.targets
    channel = await targets.channel("testvik")
    assert channel == Channel("testvik")
    known = await targets.recipients([("Skoleleder", ("skole@testvik.example",))])
    unknown = Recipient("Ukjent Rolle", None)
    made = targets.address(
        "reminder:testvik:2026-06-01",
        Reply("Påminnelse"),
        [*known, unknown],
        channel,
        kind="reminder",
        about="tiltak 1",
    )
    assert [(m.key, m.target) for m in made] == [
        ("reminder:testvik:2026-06-01:" + SKOLE["id"], "user"),
        ("reminder:testvik:2026-06-01:Ukjent Rolle", "conversation"),
    ]
    nobody = targets.address(
        "digest:testvik:2026-W23", Reply("x"), [], channel, kind="digest", about=""
    )
    assert [m.key for m in nobody] == ["digest:testvik:2026-W23:channel"]


async def test_a_person_who_left_the_roster_is_mentioned_in_the_channel(room: Room) -> None:
    targets = room.runtime.targets
    [skole] = await targets.recipients([("Skoleleder", ("skole@testvik.example",))])
    [message] = targets.address(
        "reminder:testvik:2026-06-01",
        Reply("Påminnelse: tiltak 1 har frist 15. juni."),
        [skole],
        await targets.channel("testvik"),
        kind="reminder",
        about="tiltak 1",
    )
    await room.runtime.store.delete("roster", SKOLE["aadObjectId"])  # gone before it is sent

    delivery = await room.runtime.sender.send(message)

    assert (delivery.state, delivery.fallback_used) == (SENT, True)
    assert room.connector.created_conversations == []  # no 1:1 was tried
    [post] = [r for r in room.connector.received if r.conversation_id.startswith(CHANNEL_ID)]
    assert post.activity["entities"][0]["mentioned"]["id"] == SKOLE["id"]
    assert post.activity["text"].startswith("<at>Sigrid Skoleleder</at> Påminnelse")


async def test_nowhere_to_send_fails_for_good_and_the_coordinator_is_told(room: Room) -> None:
    gone = Person("aad-borte", "29:aad-borte", "Berit Borte")
    message = Message(
        key="reminder:testvik:2026-06-01:29:aad-borte",
        reply=Reply("Påminnelse: tiltak 1 har frist 15. juni."),
        to=gone,
        kind="reminder",
        report_to=Channel("testvik"),
        about="tiltak 1, frist 15.06.2026",
    )

    delivery = await room.runtime.sender.send(message)

    assert (delivery.state, delivery.error) == (FAILED, "unresolved")
    entry = await room.runtime.sender.ledger(message.key)
    assert entry is not None and (entry.state, entry.error) == (FAILED, "unresolved")
    told = [
        json.dumps(r.activity, ensure_ascii=False)
        for r in room.connector.received
        if r.conversation_id.startswith(CHANNEL_ID)
    ]
    assert len(told) == 1
    assert "Kunne ikke levere en påminnelse (tiltak 1, frist 15.06.2026)" in told[0]
    assert "Påminnelse: tiltak 1" not in told[0]  # the notice never carries the message


async def test_a_channel_no_longer_chosen_gets_nothing(room: Room) -> None:
    message = Message(
        key="meeting_call:testvik:x:0",
        reply=Reply("Innkalling"),
        to=Channel("testvik", "politiradet"),
        kind="meeting_call",
    )
    await room.runtime.store.delete(Channels.KOMMUNE, "testvik")

    delivery = await room.runtime.sender.send(message)

    assert (delivery.state, delivery.error) == (FAILED, "unresolved")
    assert room.connector.received == []
