"""A later round's danger item joins the net's examples only when the net needs it.

From ``NEEDED_FROM`` on (scripts/danger_examples.py :func:`needed`), a round's dev danger item
the net already reads as danger, its own text left out, is not an example: it added no phrasing,
only more danger examples for everyday talk to land near (tests/eval/calm_probe.py). Made-up
rows, no real person.
"""

from __future__ import annotations

from bot.knowledge.index import KnowledgeBase
from bot.text import fold
from scripts.danger_examples import NEEDED_FROM, Row, _round, needed

OLD = "fresh10.yaml"
NEW = f"fresh{NEEDED_FROM + 6}.yaml"
BELT = [
    "eleven sier far slår ham med belte hver kveld",
    "gutten sier faren slår ham med beltet når han kommer hjem",
    "jenta forteller at far slår henne med belte",
    "eleven sier pappa slår med beltet hver helg",
    "gutten forteller at far slår ham med et belte på ryggen",
    "eleven sier far slo ham med beltet i går kveld",
    "jenta sier pappa slår henne med belte når mamma er borte",
    "gutten sier at faren slår med belte og at han er redd",
]
CALM = [
    "hvem sitter i slt-gruppa i år?",
    "når er neste møte i arbeidsgruppa?",
    "han har fått nytt belte til karatetimen",
]


def _row(file: str, text: str, routine: str) -> Row:
    return Row(file, fold(text), text, routine)


def _rows(new: list[Row]) -> list[Row]:
    old = [_row(OLD, t, "vold-naere-relasjoner") for t in BELT]
    return old + [_row(OLD, t, "none") for t in CALM] + new


def test_a_new_rounds_item_the_net_already_reads_is_left_out(kb: KnowledgeBase) -> None:
    again = _row(
        NEW, "eleven forteller at far slår ham med beltet hver kveld", "vold-naere-relasjoner"
    )
    kept = needed(kb, _rows([again]))
    assert again not in kept
    assert all(r in kept for r in _rows([]))  # an older round's items are all kept


def test_a_new_rounds_item_with_a_new_phrasing_joins(kb: KnowledgeBase) -> None:
    novel = _row(NEW, "lillebror har svelget et knappebatteri og har vondt i magen", "acute")
    calm = _row(NEW, "hvor finner jeg referatet fra forrige møte?", "none")
    kept = needed(kb, _rows([novel, calm]))
    assert novel in kept and calm in kept


def test_only_eval_rounds_have_a_number() -> None:
    assert (_round("fresh27.yaml"), _round("fresh.yaml"), _round("corpus17a"), _round("")) == (
        27,
        0,
        0,
        0,
    )
