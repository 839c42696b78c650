"""Compounds matched by their first part (bot/understanding/compounds.py), in made-up wording."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.understanding.compounds import PART_MIN, REST_MIN, CompoundParts, _unlinked
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


def _per_cut(parts: CompoundParts, word: str) -> tuple[str, ...]:
    """The compounds an unknown word names, each cut's rest and first part stemmed alone (the
    look-up before docs/performance.md's session 28 stemmed them a word at a time)."""
    for cut in range(PART_MIN, len(word) - REST_MIN + 1):
        rest = word[cut:]
        if not parts._knows(rest, stem([rest])[0]):
            continue
        for part in _unlinked(word[:cut]):
            found = parts._parts.get(stem([part])[0], ())
            if found:
                return found
    return ()


PIECES = ["vinter", "vinters", "sommer", "leiren", "tilbud", "klubben", "aktivitet", "e", "qz"]


@given(st.lists(st.sampled_from(PIECES), min_size=2, max_size=4).map("".join))
def test_an_unknown_words_cuts_stemmed_at_once_name_what_each_cut_stemmed_alone_names(
    word: str,
) -> None:
    words = [*WORDS, "sommerleiren", "vinterklubben", "sommersaktivitet"]
    parts = CompoundParts(
        words, dict.fromkeys(stem(words), 1), frozenset(stem(PIECES)), {"tilbud"}, stem
    )
    term = stem([word])[0]
    if term not in parts._known:
        assert parts.compounds(word, term) == _per_cut(parts, word)
