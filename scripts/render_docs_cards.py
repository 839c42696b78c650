"""Render the README's card pictures: ``python scripts/render_docs_cards.py`` → docs/cards/*.png.

Builds the sample cards (tests/auxil/catalog.py: the real builders on the bundled knowledge),
renders the main ones with Microsoft's Adaptive Cards renderer in headless Chromium
(``../shared/tools/render-card``, Teams light theme) and crops the empty space below the
card. Mentions are drawn as Teams shows them (``@Kari Nordmann``). Run it after changing a
card builder, and look at the pictures before committing.
Exits 1 when a card has renderer messages, 2 when the renderer is not available.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.auxil.cards import render_card, render_tool  # noqa: E402
from tests.auxil.catalog import MAIN_CARDS, sample_cards  # noqa: E402

OUT = REPO / "docs" / "cards"
MARGIN = 16
HEIGHTS = (1600, 3200, 6400)
_AT = re.compile(r"<at>(.*?)</at>")


def crop(source: Path, target: Path) -> bool:
    """Cut the page background below the card; False when the card reaches the bottom."""
    with Image.open(source) as opened:
        image = opened.convert("RGBA")
    background = Image.new("RGBA", image.size, image.getpixel((0, image.height - 1)))
    drawn = ImageChops.difference(image, background).getbbox(alpha_only=False)
    last = drawn[3] - 1 if drawn else 0
    if last >= image.height - MARGIN:
        return False
    image.crop((0, 0, image.width, last + 1 + MARGIN)).save(target)
    return True


def as_teams_shows_mentions(value: Any) -> Any:
    """``<at>Kari</at>`` → ``@Kari``: Teams draws mentions so; the web renderer does not."""
    if isinstance(value, str):
        return _AT.sub(r"@\1", value)
    if isinstance(value, list):
        return [as_teams_shows_mentions(v) for v in value]
    if isinstance(value, dict):
        return {k: as_teams_shows_mentions(v) for k, v in value.items()}
    return value


def render(name: str, card: dict[str, Any], target: Path) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "card.png"
        for height in HEIGHTS:
            ok, messages = render_card(card, shot, height=height)
            if not ok:
                return messages or ["render-card failed without a message"]
            if crop(shot, target):
                return []
    return [f"{name}: taller than {HEIGHTS[-1]} px"]


def main() -> int:
    if render_tool() is None:
        print("render-card not found: set SLT_SHARED_DIR to the shared/ directory", file=sys.stderr)
        return 2
    cards = sample_cards()
    OUT.mkdir(parents=True, exist_ok=True)
    failed = 0
    for name, file_name in MAIN_CARDS.items():
        if name not in cards:
            print(f"skip  {name}: not in the catalog yet")
            continue
        target = OUT / f"{file_name}.png"
        try:
            messages = render(name, as_teams_shows_mentions(cards[name]), target)
        except pytest.skip.Exception as exc:
            print(f"render-card could not run: {exc}", file=sys.stderr)
            return 2
        if messages:
            failed += 1
            print(f"FAIL  {name}:\n      " + "\n      ".join(messages))
        else:
            print(f"ok    {name} → {target.relative_to(REPO)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
