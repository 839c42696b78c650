"""Cards are pure functions of view models (issue 15, item 5).

A card builder in cards/ may read from bot/ only the view models the features build for it
(``bot/features/<feature>/card_views.py``, and ``bot/features/sheet.py``, the shape every
knowledge answer takes); the view models import nothing from bot/. So a card never reaches
into a desk, the store, the knowledge schema or a feature's texts, and changing a feature
cannot change a card except through the values it hands over.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEW_MODEL = re.compile(r"^bot\.features\.(sheet|[a-z_]+\.card_views)$")
"""The modules of bot/ a card may import."""


def imported_modules(source: str, module: str) -> set[str]:
    """Every module ``source`` (the text of ``module``) imports, relative imports resolved;
    ``from a import b`` counts as ``a.b`` too, since ``b`` may be a module."""
    package = module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def from_bot(modules: set[str]) -> set[str]:
    return {m for m in modules if m == "bot" or m.startswith("bot.")}


def not_allowed(source: str, module: str) -> set[str]:
    """What ``module`` imports from bot/ that is not a view model (a ``from view_model import
    Name`` is allowed: ``view_model.Name`` is a class of it)."""
    imported = from_bot(imported_modules(source, module))
    allowed = {m for m in imported if VIEW_MODEL.match(m)}
    return {m for m in imported if m not in allowed and m.rsplit(".", 1)[0] not in allowed}


def _modules(folder: Path, pattern: str) -> list[tuple[str, str]]:
    found = []
    for path in sorted(folder.glob(pattern)):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        found.append((module, path.read_text(encoding="utf-8")))
    return found


def test_the_checker_catches_a_card_that_reaches_into_a_feature() -> None:
    bad = (
        "from bot.features.tiltak.desk import Occurrence\n"
        "from bot import dates\n"
        "import bot.knowledge.models\n"
        "def f():\n    from bot.features.meetings import Meeting\n"
    )
    assert not_allowed(bad, "cards.x") == {
        "bot.features.tiltak.desk",
        "bot.features.tiltak.desk.Occurrence",
        "bot",
        "bot.dates",
        "bot.knowledge.models",
        "bot.features.meetings",
        "bot.features.meetings.Meeting",
    }
    good = (
        "from bot.features.tiltak.card_views import BatchView, TiltakRow\n"
        "from bot.features.sheet import Sheet\n"
        "from cards.base import card\n"
    )
    assert not_allowed(good, "cards.x") == set()
    assert from_bot(imported_modules("from ..dates import x\n", "bot.features.sheet")) == {
        "bot.dates",
        "bot.dates.x",
    }


def test_cards_import_nothing_from_bot_but_view_models() -> None:
    modules = _modules(ROOT / "cards", "*.py")
    assert len(modules) > 5
    offending = {module: not_allowed(source, module) for module, source in modules}
    assert {module: found for module, found in offending.items() if found} == {}


def test_view_models_are_plain_data() -> None:
    """A view model imports nothing from bot/: the card gets values, not the feature."""
    views = _modules(ROOT / "bot" / "features", "*/card_views.py")
    views += _modules(ROOT / "bot" / "features", "sheet.py")
    assert {m for m, _ in views} >= {
        "bot.features.meetings.card_views",
        "bot.features.routines.card_views",
        "bot.features.tiltak.card_views",
        "bot.features.sheet",
    }
    leaks = {module: from_bot(imported_modules(source, module)) for module, source in views}
    assert {module: found for module, found in leaks.items() if found} == {}
