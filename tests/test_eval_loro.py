"""tests/eval/loro.py, the leave-one-round-out figure, on a tiny made-up round: the net is
built without the round's own items, the real decision scores them, and the shipped net and
rules are back as they were afterwards."""

from __future__ import annotations

from bot.compiled import Compiled
from bot.knowledge.index import KnowledgeBase
from tests.eval import Item, Runner
from tests.eval.loro import Tally, loro, missed_then


def _item(n: int, text: str, intent: str, routine: str | None = None) -> Item:
    return Item(f"t-{n}", "valer", "dev", text, intent, routine, file="tiny.yaml")


def test_a_tiny_round_is_scored_with_a_net_built_without_it(kb: KnowledgeBase) -> None:
    items = [
        _item(
            1, "faren slår henne hjemme og hun tør ikke gå hjem i dag", "disclosure", "vold_nare"
        ),
        _item(2, "når er neste møte i SLT-gruppa?", "meeting_next"),
        _item(3, "hvem er koordinator for SLT?", "coordinator"),
        Item("t-4", "valer", "test", "a test item is never read", "danger", file="tiny.yaml"),
    ]
    compiled = Compiled.of(kb)
    shipped_nearest, shipped_check = compiled.net.nearest, compiled.safety.check  # type: ignore[union-attr]
    [tally] = loro(Runner(kb), items)
    assert isinstance(tally, Tally) and tally.name == "tiny"
    assert (tally.danger, tally.calm) == (1, 2)  # the test item is never read
    assert tally.routed == tally.acute == 1 and tally.alarms == tally.asks == 0
    assert tally.then == 0 and 0 <= tally.backstop <= 1
    assert "tiny" in tally.line() and "net alone" in tally.line()
    assert compiled.net.nearest == shipped_nearest  # type: ignore[union-attr]
    assert "calm" not in vars(compiled.net)  # type: ignore[union-attr]
    assert compiled.safety.check == shipped_check


def test_the_missed_then_record_holds_dev_ids_of_known_rounds() -> None:
    from tests.eval import load_items

    dev = {(i.file.removesuffix(".yaml"), i.id) for i in load_items() if i.half == "dev"}
    record = missed_then()
    assert record and all((r, i) in dev for r, ids in record.items() for i in ids)


def test_without_corpus_leaves_the_hand_written_corpora_out(kb: KnowledgeBase) -> None:
    """``--without-corpus [NAME ...]``: the net of every round is built without the named
    hand-written corpora (the figure before they joined); else they are in every round's net."""
    from scripts.danger_examples import CORPORA, Row
    from tests.eval.loro import net_without

    first, second = CORPORA[0].name, CORPORA[1].name
    rows = [
        Row("a.yaml", "faren slar henne", "faren slår henne", "vold-naere-relasjoner"),
        Row(first, "han puster ikke", "han puster ikke", "acute"),
        Row(second, "ho pustar ikkje", "ho pustar ikkje", "acute"),
        Row("", "hun gar hjem", "hun går hjem", "none"),
    ]
    runner = Runner(kb)
    assert len(net_without(runner, rows, "b.yaml")._labels) == 4
    assert len(net_without(runner, rows, "a.yaml")._labels) == 3
    assert len(net_without(runner, rows, "b.yaml", without=[first])._labels) == 3
    assert len(net_without(runner, rows, None, without=[first, second])._labels) == 2
