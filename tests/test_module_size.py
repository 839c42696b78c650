"""No module in bot/ or cards/ grows past 450 lines (issue 15, item 7): a module that large
has more than one job, and the limit is where a reviewer asks which one to split out."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LIMIT = 450


def test_no_module_in_bot_or_cards_is_over_the_limit() -> None:
    sizes = {
        path.relative_to(REPO_ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for folder in ("bot", "cards")
        for path in sorted((REPO_ROOT / folder).rglob("*.py"))
    }
    assert len(sizes) > 100, "the scan found too few modules to be looking in the right place"
    over = {name: lines for name, lines in sizes.items() if lines > LIMIT}
    assert over == {}, f"over {LIMIT} lines: {over}"
