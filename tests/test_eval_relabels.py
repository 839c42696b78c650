"""tests/eval/relabels.yaml is the record of every dev label changed after its round was
written: each entry must still describe the eval files (the item exists, is a dev item, its
field holds the recorded new value) and say why, so a relabel can never be silent."""

from __future__ import annotations

from typing import Any

from tests.eval import RELABELS, load_items, read_yaml

FIELDS = {"intent", "routine", "must", "must_not"}


def _entries() -> list[dict[str, Any]]:
    data = read_yaml(RELABELS)
    assert isinstance(data, dict), "relabels.yaml: a mapping with `relabels`"
    entries = data["relabels"]
    assert isinstance(entries, list) and entries
    return entries


def _value(raw: Any) -> Any:
    return tuple(str(v) for v in raw) if isinstance(raw, list) else raw


def test_each_relabel_is_what_the_eval_file_holds() -> None:
    items = {item.id: item for item in load_items()}
    for entry in _entries():
        where = f"relabels.yaml: {entry.get('id')} {entry.get('field')}"
        assert set(entry) == {"id", "field", "old", "new", "reason"}, where
        item = items.get(entry["id"])
        assert item is not None, f"{where}: no such item"
        assert item.half == "dev", f"{where}: only dev items are relabelled"
        assert entry["field"] in FIELDS, where
        assert _value(entry["old"]) != _value(entry["new"]), f"{where}: no change"
        assert getattr(item, entry["field"]) == _value(entry["new"]), f"{where}: file differs"
        assert isinstance(entry["reason"], str) and len(entry["reason"]) > 20, where


def test_an_item_field_is_relabelled_once() -> None:
    seen = [(entry["id"], entry["field"]) for entry in _entries()]
    assert len(seen) == len(set(seen))


def test_each_accepts_rule_says_why() -> None:
    data = read_yaml(RELABELS)
    for rule in data.get("accepts", []):
        assert {"rule", "reason", "session"} <= set(rule)
