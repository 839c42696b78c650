"""One text, one label; and a test item whose text a dev item has is no held-out item
(tests/eval/seen.py, tests/eval/README.md «Seen in dev»)."""

from __future__ import annotations

from tests.eval import Item, Outcome, load_items, report
from tests.eval.seen import clash, clashes, seen_in_dev, tuned_texts

HELD_OUT_CLASHES = 4
"""Texts that only held-out items carry, with two labels (found in session 19 as a count; the
second came with fresh21's test half in session 23, the third with fresh24's in session 26, the
fourth and fifth with fresh35's in session 34; one left the count in session 36, when a
fresh37 dev item with its text made its items seen in dev).
Test-half items are never read or relabelled, so it stays until a round's writer or the lead
may look; it costs the test half at most one item per text (the bot can match one label)."""


def test_no_two_tuned_items_with_one_text_carry_two_labels() -> None:
    """Dev items of the rounds and the corpora (what the nets learn from and rules are tuned
    on) never disagree: one of two readings would be taught wrong. A relabel (relabels.yaml,
    scripts/*_relabels.yaml) settles a twin by the plans."""
    tuned, _ = clashes()
    assert tuned == [], f"one text, two labels (dev ids): {tuned}"


def test_texts_only_held_out_items_label_two_ways_are_the_known_ones() -> None:
    _, held = clashes()
    assert held == HELD_OUT_CLASHES


def test_labels_clash_by_what_they_say() -> None:
    assert clash("coordinator", "contact_service")
    assert not clash("danger", "danger")
    assert not clash("corpus16:calm", "routine")  # a calm question about a routine
    assert clash("corpus16:calm", "disclosure")
    assert clash("corpus17c:danger", "disclosure")
    assert not clash("corpus17c:disclosure", "disclosure")
    assert clash("corpus16:calm", "corpus17a:danger")


def _item(id_: str, half: str, text: str) -> Item:
    return Item(id_, "valer", half, text, "coordinator", file="tiny.yaml")


def test_a_test_item_with_a_dev_items_text_is_seen_in_dev() -> None:
    items = [
        _item("t-1", "dev", "Hvem er SLT-koordinator?"),
        _item("t-2", "test", "hvem  er slt-koordinator"),  # case, spacing, punctuation
        _item("t-3", "test", "hvem er koordinator i Våler"),
        _item("t-4", "dev", "hva er BTI"),
    ]
    tuned = frozenset({"hvem er slt koordinator", "hva er bti"})
    assert seen_in_dev(items, tuned) == {"t-2"}


def test_the_eval_rounds_tuned_texts_are_their_dev_halves_and_the_corpora() -> None:
    rounds = tuned_texts(corpora=False)
    every = tuned_texts()
    dev = [i for i in load_items() if i.half == "dev"]
    assert rounds < every and len(rounds) <= len(dev)


def test_the_test_figures_leave_seen_items_out_and_count_them() -> None:
    items = [
        _item("t-1", "dev", "hvem er slt-koordinator"),
        _item("t-2", "test", "Hvem er SLT-koordinator?"),
        _item("t-3", "test", "hvem er koordinator i Våler"),
    ]
    outcomes = [Outcome(i, "coordinator", True, False) for i in items]
    outcomes[2] = Outcome(items[2], "members", False, True)
    text = report(outcomes, seen=frozenset({"t-2"}))
    assert "test: 0/1 right = 0.0%; wrong answers 1" in text
    assert "seen in dev: 1" in text and "with them test: 1/2 right = 50.0%" in text
    assert "dev: 1/1 right" in text


def test_unknown_in_one_kommune_beside_a_reading_in_another_is_no_clash() -> None:
    from tests.eval.seen import _disagree

    valer = Item("t-1", "valer", "dev", "når ble planen vedtatt", "plan_facts", file="tiny.yaml")
    jevnaker = Item("t-2", "jevnaker", "dev", "når ble planen vedtatt", "unknown", file="tiny.yaml")
    also_valer = Item("t-3", "valer", "dev", "når ble planen vedtatt", "unknown", file="tiny.yaml")
    assert not _disagree((valer, "plan_facts"), (jevnaker, "unknown"))
    assert _disagree((valer, "plan_facts"), (also_valer, "unknown"))
    assert _disagree((valer, "plan_facts"), (jevnaker, "coordinator"))
