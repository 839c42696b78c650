"""One national knowledge file: the kommune's own copy if its knowledge directory has one, else
the file shipped with the bot; validated and checked at load, every problem at once.

The country list (bot/knowledge/country.py) and the needs table (bot/knowledge/needs.py) load
this way; each keeps its own model and check.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from bot.knowledge.errors import KnowledgeError, Problem

SHIPPED_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
"""The knowledge directory shipped with the bot."""

Model = TypeVar("Model", bound=BaseModel)


def own_or_shipped(knowledge_dir: Path | None, name: Path) -> Path:
    """``name`` in ``knowledge_dir``, or the one shipped with the bot when it has none."""
    if knowledge_dir is not None and (knowledge_dir / name).is_file():
        return knowledge_dir / name
    return SHIPPED_KNOWLEDGE / name


def load_checked(
    model: type[Model], path: Path, check: Callable[[Model, Path], list[Problem]]
) -> Model:
    """The file validated against ``model`` and checked; every problem at once."""
    from bot.knowledge.loader import validate_file  # the loader imports knowledge modules

    loaded = validate_file(model, path)
    problems = check(loaded, path)
    if problems:
        raise KnowledgeError(problems)
    return loaded


__all__ = ["SHIPPED_KNOWLEDGE", "load_checked", "own_or_shipped"]
