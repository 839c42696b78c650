"""Validated knowledge files kept between starts, like ``.pyc`` files: parsing and validating
the YAML is most of loading (about 2 s of CPU with 356 kommuner), unpickling the models it
gave last time about a tenth of that.

* **Never stale.** An entry is used only for the same bytes: its key is a hash of the file's
  content, the model's name and the code that reads it (every ``bot/**/*.py``, the Python
  and pydantic versions). A changed file, or a new version of the bot, misses and is
  read from the YAML again — and a broken file gives its precise problem (file, field, line),
  because problems are never cached: only a file that validated is kept.
* **Safe to delete.** The directory holds nothing else; a missing, unreadable or corrupt entry
  is a miss, and the file is read and the entry written again. Writing is atomic (a temporary
  file renamed) and a failed write is ignored.
* **Only checks per file are skipped.** What the loader checks across files (cross-references,
  an id matching its file name, the school holidays merged in) runs on a cached model as on a
  parsed one. ``app.py validate`` uses no cache at all.

The cache lives in the bot's own data directory (``<data_dir>/knowledge-cache``): the
entries are pickles, trusted as the data directory's database is.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TypeVar

import pydantic
from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)

CACHE_DIR_NAME = "knowledge-cache"
"""In the data directory (bot/config.py ``Settings.knowledge_cache_dir``)."""

_active: ContextVar[ParsedCache | None] = ContextVar("parsed_cache", default=None)


BOT_PACKAGE = Path(__file__).resolve().parents[1]


@cache
def code_fingerprint() -> bytes:
    """What reads the files: the bot's source (the models' validators call ``bot/text.py``
    and ``bot/dates.py`` too: all of it, a few milliseconds), Python's and pydantic's version."""
    digest = hashlib.sha256(f"{sys.version}\0{pydantic.VERSION}\0".encode())
    for source in sorted(BOT_PACKAGE.rglob("*.py")):
        name = source.relative_to(BOT_PACKAGE).as_posix()
        digest.update(name.encode() + b"\0" + source.read_bytes())
    return digest.digest()


class ParsedCache:
    """One directory of entries: one per knowledge file, named by the file's path."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def _entry(self, path: Path) -> Path:
        name = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:24]
        return self.directory / f"{name}.pickle"

    @staticmethod
    def _key(model: type[BaseModel], text: str) -> bytes:
        digest = hashlib.sha256(code_fingerprint())
        digest.update(f"{model.__module__}.{model.__qualname__}\0".encode())
        digest.update(text.encode("utf-8"))
        return digest.digest()

    def get(self, model: type[Model], path: Path, text: str) -> Model | None:
        """The model validated from exactly this text last time, or None."""
        try:
            with open(self._entry(path), "rb") as file:
                key, value = pickle.load(file)
        except Exception:  # missing, corrupt or from other code: a miss
            return None
        if key != self._key(model, text) or type(value) is not model:
            return None
        return value

    def put(self, model: type[Model], path: Path, text: str, value: Model) -> None:
        """Keep ``value`` for the next start; a directory that cannot be written is no error."""
        entry, written = self._entry(path), None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(
                dir=self.directory, prefix=".tmp-", delete=False
            ) as file:
                written = file.name
                pickle.dump((self._key(model, text), value), file, pickle.HIGHEST_PROTOCOL)
            os.replace(written, entry)
        except Exception:  # a cache that cannot be written only costs time
            if written is not None:
                with suppress(OSError):
                    os.unlink(written)


def active() -> ParsedCache | None:
    """The cache the files being loaded in this context use (None: parse every file)."""
    return _active.get()


@contextmanager
def using(directory: Path | None) -> Iterator[None]:
    """Load with the cache in ``directory`` (None: none) inside the block."""
    token = _active.set(ParsedCache(directory) if directory is not None else None)
    try:
        yield
    finally:
        _active.reset(token)


__all__ = ["CACHE_DIR_NAME", "ParsedCache", "active", "code_fingerprint", "using"]
