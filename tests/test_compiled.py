"""The knowledge is compiled once per load (bot/compiled.py): bots on one knowledge base share
the reader, the danger check, the routines and the privacy guard; a reload compiles them again
from the new files, and the running service answers from those."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from bot.compiled import Compiled, give_back_free_memory
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.reload import reload_knowledge
from bot.routing import SltBot
from bot.server import RUNTIME
from bot.storage.sqlite import SqliteStore
from tests.auxil.activities import message
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer, start_bot, with_settings

PARTS = ("understanding", "privacy", "routines", "safety")
NEW_CUE = "livlinene"
"""Not a cue in the bundled files: the fallback's, until a coordinator adds it to «hotlines»."""


def _bot(kb: KnowledgeBase) -> SltBot:
    return SltBot(kb, SqliteStore.open(":memory:"), Settings())


def test_two_bots_on_one_knowledge_share_its_compiled_parts(kb: KnowledgeBase) -> None:
    first, second = _bot(kb), _bot(kb)
    compiled = Compiled.of(kb)
    for part in PARTS:
        assert getattr(first, part) is getattr(second, part) is getattr(compiled, part), part
    assert first.desk is not second.desk and first.meetings is not second.meetings


def test_a_new_load_of_the_same_files_compiles_its_own(kb: KnowledgeBase) -> None:
    again = _bot(KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR))
    for part in PARTS:
        assert getattr(again, part) is not getattr(Compiled.of(kb), part), part


async def _answer(client: BotServer, connector: FakeConnector, text: str) -> str:
    before = len(connector.sent())
    response = await client.post(message(text, connector.url))
    assert response.status in (200, 201), await response.text()
    return json.dumps((await connector.wait_for(before + 1))[before], ensure_ascii=False)


async def test_a_reload_with_a_new_cue_answers_from_the_new_files(
    settings: Settings, tmp_path: Path, connector: FakeConnector
) -> None:
    """The reader is compiled from the reloaded files, not reused from the first load."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, knowledge, ignore=shutil.ignore_patterns("people"))
    server, client = await start_bot(with_settings(settings, knowledge_dir=knowledge), people={})
    try:
        runtime = client.app[RUNTIME]
        before = runtime.bot.understanding
        hotlines = await _answer(client, connector, "hvilke numre kan jeg ringe")
        assert "116 111" in hotlines  # Alarmtelefonen for barn og unge, in the hotline answer
        assert "116 111" not in await _answer(client, connector, NEW_CUE)

        path = knowledge / "language" / "understanding.yaml"
        text = path.read_text(encoding="utf-8")
        assert "  hotlines:\n" in text
        path.write_text(text.replace("  hotlines:\n", f"  hotlines:\n    - {NEW_CUE}\n", 1))
        reload = await reload_knowledge(runtime)

        assert reload.ok and reload.version != reload.previous
        assert runtime.bot.understanding is not before
        assert runtime.bot.understanding is Compiled.of(runtime.kb).understanding
        assert all(s.built for s in runtime.bot.understanding.search.values())  # before the switch
        assert "116 111" in await _answer(client, connector, NEW_CUE)
    finally:
        await client.session.close()
        await server.close()


def test_giving_back_free_memory_keeps_what_is_compiled(kb: KnowledgeBase) -> None:
    compiled = Compiled.of(kb)
    before = compiled.net.nearest("hun sier faren slår henne hjemme") if compiled.net else None
    give_back_free_memory()  # glibc's malloc_trim, or nothing: any number of times
    give_back_free_memory()
    assert Compiled.of(kb) is compiled
    after = compiled.net.nearest("hun sier faren slår henne hjemme") if compiled.net else None
    assert after == before
