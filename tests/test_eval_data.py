"""Schema checks for the evaluation set in tests/eval/.

The set is data written by hand; a typo in an intent or a duplicated id would silently skew the
accuracy figures, so every file present is checked here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.eval import RELABELS, read_yaml

EVAL_DIR = Path(__file__).parent / "eval"
FILES = sorted(p for p in EVAL_DIR.glob("*.yaml") if p.name != RELABELS.name) + sorted(
    (EVAL_DIR / "next").glob("*.yaml")
)
"""The scored rounds, and those in ``next/`` waiting to join them (checked the same way)."""

KOMMUNER = {"valer", "jevnaker", "gjesdal"}
HALVES = {"dev", "test"}
INTENTS = {
    "group_members",
    "role_groups",
    "coordinator",
    "level_info",
    "meeting_frequency",
    "meeting_convener",
    "meeting_next",
    "tiltak_lookup",
    "tiltak_owner",
    "tiltak_mine",
    "plan_facts",
    "bti",
    "hotlines",
    "contact_service",
    "routine_list",
    "routine",
    "danger",
    "disclosure",
    "unknown",
}
ROUTINES = {
    "rus",
    "vold_nare",
    "seksuelle_overgrep",
    "selvmord_selvskading",
    "akutt_medisinsk",
    "trusler",
    "tvangsekteskap_aere",
    "menneskehandel_utnytting",
    "radikalisering",
    "annet",
}
WITH_ROUTINE = {"routine", "danger", "disclosure"}
FIELDS = {"id", "kommune", "half", "text", "intent", "routine", "must", "must_not", "source"}


def _load(path: Path) -> list[dict[str, Any]]:
    items = read_yaml(path)
    assert isinstance(items, list), f"{path.name}: top level must be a list"
    return items


def _all_items() -> list[tuple[str, dict[str, Any]]]:
    return [(path.name, item) for path in FILES for item in _load(path)]


pytestmark = pytest.mark.skipif(not FILES, reason="no evaluation files in tests/eval")


def test_every_item_has_valid_fields() -> None:
    for name, item in _all_items():
        where = f"{name}: {item.get('id')}"
        assert set(item) == FIELDS, f"{where}: fields {sorted(set(item) ^ FIELDS)}"
        assert item["kommune"] in KOMMUNER, where
        assert item["half"] in HALVES, where
        assert item["intent"] in INTENTS, f"{where}: intent {item['intent']!r}"
        assert isinstance(item["text"], str) and item["text"].strip(), where
        assert isinstance(item["source"], str), where
        if item["intent"] in WITH_ROUTINE:
            assert item["routine"] in ROUTINES, f"{where}: routine {item['routine']!r}"
        else:
            assert item["routine"] is None, f"{where}: routine only for routine/danger/disclosure"
        for key in ("must", "must_not"):
            values = item[key]
            assert isinstance(values, list), f"{where}: {key} must be a list"
            for value in values:
                assert isinstance(value, str) and value, f"{where}: {key} {value!r}"
                assert value == value.lower(), f"{where}: {key} {value!r} must be lower case"
        if item["intent"] == "danger":
            assert {"112", "113"} & set(item["must"]), f"{where}: danger needs 112 or 113"
        if item["intent"] == "unknown":
            assert item["must"] == [], f"{where}: unknown expects only the fallback"


def test_ids_are_unique_and_texts_unique_per_file() -> None:
    items = _all_items()
    ids = Counter(item["id"] for _, item in items)
    assert not [i for i, n in ids.items() if n > 1], "duplicated ids"
    texts = Counter((name, item["kommune"], item["text"].strip().lower()) for name, item in items)
    assert not [t for t, n in texts.items() if n > 1], "duplicated texts"


def test_valer_and_danger_counts() -> None:
    path = EVAL_DIR / "valer_and_danger.yaml"
    if not path.exists():
        pytest.skip("valer_and_danger.yaml not present")
    items = _load(path)
    assert len(items) >= 330
    alarm = {"danger", "disclosure"}
    alarms = [i for i in items if i["intent"] in alarm]
    assert len(alarms) >= 150
    assert {i["kommune"] for i in alarms} == KOMMUNER
    assert sum(1 for i in items if i["kommune"] == "valer" and i["intent"] not in alarm) >= 170
    assert all(i["id"].startswith("vd-") for i in items)
    groups: dict[tuple[str, str], Counter[str]] = {}
    for item in items:
        groups.setdefault((item["intent"], item["kommune"]), Counter())[item["half"]] += 1
    for key, halves in groups.items():
        assert abs(halves["dev"] - halves["test"]) <= 1, f"halves unbalanced in {key}: {halves}"
