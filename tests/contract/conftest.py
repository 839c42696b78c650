"""Fixtures of the store contract: ``store`` (one per backend) and ``opener`` (more stores
on the same database, for races between instances)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.storage import Repositories
from bot.storage.protocol import Store
from tests.contract.backends import BACKENDS, Backend


@pytest.fixture(params=BACKENDS, ids=[b.name for b in BACKENDS])
def backend(request: pytest.FixtureRequest) -> Backend:
    found: Backend = request.param
    return found


@pytest.fixture
async def opener(backend: Backend, tmp_path: Path) -> AsyncIterator[Callable[[], Store]]:
    """Opens stores on this test's database; all are closed after the test."""
    opened: list[Store] = []

    def open_store() -> Store:
        opened.append(backend.open(tmp_path))
        return opened[-1]

    yield open_store
    for store in opened:
        await store.close()  # idempotent: some tests close one themselves


@pytest.fixture
def store(opener: Callable[[], Store]) -> Store:
    return opener()


@pytest.fixture
def repos(store: Store) -> Repositories:
    return Repositories.over(store)


@pytest.fixture
def shared(backend: Backend) -> None:
    """Skip where two stores cannot share one database (an in-memory SQLite)."""
    if not backend.shared:
        pytest.skip(f"{backend.name}: a second store cannot open the same database")
