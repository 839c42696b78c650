"""Compounds matched by their first part (bot/understanding/compounds.py), in made-up wording."""

from __future__ import annotations

from bot.understanding.compounds import CompoundParts
from bot.understanding.normalise import stem

WORDS = ["vinterleiren", "vinterleiren", "for", "barn", "leiren", "ungdomsklubben", "klubben"]
"""A made-up plan's folded words: «Vinterleiren» is said only as a compound."""


def _parts(words: list[str] = WORDS) -> CompoundParts:
    known = dict.fromkeys(stem(words), 1)
    return CompoundParts(words, known, frozenset(stem(["tilbud", "aktivitet"])), {"tilbud"}, stem)


def test_an_unknown_compound_finds_the_plans_compound_by_its_first_part() -> None:
    assert _parts().compounds("vintertilbud", stem(["vintertilbud"])[0]) == tuple(
        stem(["vinterleiren"])
    )


def test_the_first_part_alone_is_no_compound() -> None:
    # «telefonen» asks for a telephone, not for «telefonnummer»'s objects
    assert _parts().compounds("vinteren", stem(["vinteren"])[0]) == ()


def test_a_word_the_index_knows_is_left_alone() -> None:
    assert _parts().compounds("leiren", stem(["leiren"])[0]) == ()


SAFE = ["trygge", "trygghetsrunden", "runden"]
"""«trygge» is said once; «trygghetsrunden» begins with its stem («trygghet» → «trygg»)."""


def test_a_rare_known_word_names_the_compound_it_begins() -> None:
    parts = CompoundParts(SAFE, dict.fromkeys(stem(SAFE), 1), frozenset(), set(), stem)
    assert parts.compounds("tryggheten", "trygg") == tuple(stem(["trygghetsrunden"]))


def test_a_common_known_word_names_no_compound() -> None:
    held = dict.fromkeys(stem(SAFE), 1) | {"trygg": 9}  # in nine objects: asked for itself
    parts = CompoundParts(SAFE, held, frozenset(), set(), stem)
    assert parts.compounds("tryggheten", "trygg") == ()


def test_a_first_part_the_index_says_alone_names_no_compound() -> None:
    # «ungdom» is a word of the index: «ungdomsaktivitet» is no «ungdomsklubben».
    parts = _parts([*WORDS, "ungdom"])
    assert parts.compounds("ungdomsaktivitet", stem(["ungdomsaktivitet"])[0]) == ()


def test_a_cut_whose_rest_is_no_word_finds_nothing() -> None:
    assert _parts().compounds("vinterqzxw", stem(["vinterqzxw"])[0]) == ()


def test_a_derived_word_is_no_compound() -> None:
    # «…ring» ends a derived word; «ring» the word must not make «kartlegge» a first part.
    parts = CompoundParts(
        ["kartleggering"],
        dict.fromkeys(stem(["kartleggering"]), 1),
        frozenset(stem(["ring"])),
        set(),
        stem,
    )
    assert parts.compounds("kartleggeplan", stem(["kartleggeplan"])[0]) == ()
