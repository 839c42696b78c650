"""The parsed-file cache (bot/knowledge/parsed_cache.py) and the search indexes built at a
kommune's first question (bot/understanding/retrieval.py): both give what the plain path gives."""

from __future__ import annotations

import asyncio
import pickle
import shutil
import threading
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge import loader
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.understanding.retrieval import KnowledgeSearch, build_pending

QUESTIONS = (
    ("hvem", "sitter", "i", "politiradet"),
    ("rusbekymring",),
    ("barn", "etterlatte"),
    ("regionen",),
    ("tiltak", "7"),
    ("ukjentord",),
)


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A copy of the bundled kommuner and national files (the language stays bundled)."""
    directory = tmp_path / "knowledge"
    for part in ("kommuner", "national"):
        shutil.copytree(DEFAULT_KNOWLEDGE_DIR / part, directory / part)
    return directory


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, text: str | None = None) -> object:
        raise AssertionError(f"{path.name} parsed although the cache holds it")

    monkeypatch.setattr(loader, "_parse_yaml", refuse)


def test_a_second_load_reads_the_cache_and_gives_the_same_knowledge(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    parsed = KnowledgeBase.load(knowledge)
    first = KnowledgeBase.load(knowledge, cache)
    assert len(list(cache.glob("*.pickle"))) >= 4  # 3 kommuner, national, language files
    _no_parsing(monkeypatch)
    second = KnowledgeBase.load(knowledge, cache)
    for kb in (first, second):
        assert kb.version == parsed.version
        assert kb.national == parsed.national
        assert kb.language == parsed.language
        assert {k: i.kommune for k, i in kb.kommuner.items()} == {
            k: i.kommune for k, i in parsed.kommuner.items()
        }


def test_a_changed_file_is_read_again(knowledge: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    KnowledgeBase.load(knowledge, cache)
    path = knowledge / "kommuner" / "valer.yaml"
    text = path.read_text(encoding="utf-8")
    old = KnowledgeBase.load(knowledge).kommuner["valer"].kommune.short_name
    path.write_text(text.replace(f"short_name: {old}\n", "short_name: Nyvåler\n", 1), "utf-8")
    assert KnowledgeBase.load(knowledge, cache).kommuner["valer"].kommune.short_name == "Nyvåler"
    path.write_text(text, "utf-8")  # back again: the old text, the old knowledge
    assert KnowledgeBase.load(knowledge, cache).kommuner["valer"].kommune.short_name == old


def test_a_broken_file_gives_its_precise_problem_with_a_warm_cache(
    knowledge: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    KnowledgeBase.load(knowledge, cache)
    path = knowledge / "kommuner" / "valer.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nregion:", "\nregionn:", 1), "utf-8")
    with pytest.raises(KnowledgeError) as plain:
        KnowledgeBase.load(knowledge)
    with pytest.raises(KnowledgeError) as cached:
        KnowledgeBase.load(knowledge, cache)
    assert str(cached.value) == str(plain.value)
    line = text.splitlines().index(next(x for x in text.splitlines() if x.startswith("region:")))
    assert f"valer.yaml:{line + 1}: regionn: unknown field" in str(cached.value)
    # Problems are never kept: the broken file is refused again, not served from the cache.
    with pytest.raises(KnowledgeError):
        KnowledgeBase.load(knowledge, cache)


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not a pickle", pickle.dumps((b"another key", "a string")), pickle.dumps(42)],
)
def test_a_corrupt_or_foreign_entry_is_a_miss_and_is_written_again(
    knowledge: Path, tmp_path: Path, garbage: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    parsed = KnowledgeBase.load(knowledge, cache)
    entries = sorted(cache.glob("*.pickle"))
    for entry in entries:
        entry.write_bytes(garbage)
    again = KnowledgeBase.load(knowledge, cache)
    assert again.kommuner["valer"].kommune == parsed.kommuner["valer"].kommune
    assert all(entry.read_bytes() != garbage for entry in entries)  # written again
    _no_parsing(monkeypatch)
    KnowledgeBase.load(knowledge, cache)  # and used the time after


def test_a_cache_that_cannot_be_written_only_costs_time(knowledge: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory", "utf-8")
    kb = KnowledgeBase.load(knowledge, blocked / "cache")
    assert sorted(kb.kommuner) == ["gjesdal", "jevnaker", "valer"]


def test_a_load_without_a_cache_writes_none(knowledge: Path, tmp_path: Path) -> None:
    KnowledgeBase.load(knowledge)
    assert not list(tmp_path.rglob("*.pickle"))


# --- the search index at a kommune's first question ----------------------------------------


def test_a_lazy_index_is_built_at_its_first_search_and_ranks_as_an_eager_one(
    kb: KnowledgeBase,
) -> None:
    for kommune, index in kb.kommuner.items():
        eager = KnowledgeSearch(index, kb.national)
        lazy = KnowledgeSearch(index, kb.national, {}, lazy=True)
        assert eager.built and not lazy.built
        assert (lazy.words, lazy.vocabulary, lazy.docs) == (
            eager.words,
            eager.vocabulary,
            eager.docs,
        )
        for words in QUESTIONS:
            assert lazy.search(words) == eager.search(words), (kommune, words)
        assert lazy.built
        assert lazy._postings == eager._postings


def test_threads_asking_a_new_kommune_at_once_build_its_index_once(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = kb.get("valer")
    assert index is not None
    eager = KnowledgeSearch(index, kb.national).search(QUESTIONS[0])
    lazy = KnowledgeSearch(index, kb.national, {}, lazy=True)
    builds = []
    build = KnowledgeSearch._build

    def counted(self: KnowledgeSearch) -> object:
        builds.append(1)
        return build(self)

    monkeypatch.setattr(KnowledgeSearch, "_build", counted)
    start = threading.Barrier(8)
    found: list[object] = []

    def ask() -> None:
        start.wait()
        found.append(lazy.search(QUESTIONS[0]))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert builds == [1]
    assert found == [eager] * 8


def test_the_bot_builds_a_kommunes_index_at_its_first_question(kb: KnowledgeBase) -> None:
    from bot.understanding import Understanding

    understanding = Understanding(kb)
    assert not any(s.built for s in understanding.search.values())
    understood = understanding.understand("hva gjør jeg ved rusbekymring", "valer")
    assert understood.kommune_id == "valer"
    assert understanding.search["valer"].built
    assert not understanding.search["gjesdal"].built


async def test_the_indexes_not_built_yet_are_built_after_start(kb: KnowledgeBase) -> None:
    searches = [KnowledgeSearch(i, kb.national, {}, lazy=True) for i in kb.kommuner.values()]
    searches[0].search(QUESTIONS[1])  # asked first: built already
    assert await build_pending(searches) == len(searches) - 1
    assert all(s.built for s in searches)
    assert await build_pending(searches) == 0


async def test_the_service_loads_with_the_cache_and_builds_the_indexes_once_ready(
    knowledge: Path, tmp_path: Path
) -> None:
    from bot.config import Settings
    from bot.server import RUNTIME
    from tests.conftest import start_bot

    settings = Settings(
        data_dir=tmp_path / "data",
        knowledge_dir=knowledge,
        default_kommune="valer",
        scheduler_enabled=False,
    )
    server, client = await start_bot(settings)
    try:
        assert list(settings.knowledge_cache_dir.glob("*.pickle"))
        searches = client.app[RUNTIME].bot.understanding.search.values()
        for _ in range(500):  # built in the background, a kommune at a time
            if all(s.built for s in searches):
                break
            await asyncio.sleep(0.01)
        assert all(s.built for s in searches)
    finally:
        await client.session.close()
        await server.close()


def test_an_entry_from_other_code_is_not_used(
    knowledge: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.knowledge import parsed_cache

    cache = tmp_path / "cache"
    KnowledgeBase.load(knowledge, cache)
    monkeypatch.setattr(parsed_cache, "code_fingerprint", lambda: b"another release")
    parsed = []
    parse = loader._parse_yaml

    def counted(path: Path, text: str | None = None) -> object:
        parsed.append(path.name)
        return parse(path, text)

    monkeypatch.setattr(loader, "_parse_yaml", counted)
    KnowledgeBase.load(knowledge, cache)
    assert {"valer.yaml", "routines.yaml"} <= set(parsed)
