"""Per-word look-ups that skip what a message's words cannot meet (perf80) read as the walks
they replace did: on every eval dev text and on made-up messages, look-alikes beside them.

- the danger check's group words of several words, tried by the word after their first
  (``WordAtoms.of``; the atoms joined in the same order, so each frozenset iterates alike);
- the signals' pairs, walked only where a following word may be their second
  (``SignalScorer.concepts``);
- the reader's corrections («nei jeg mener …») looked for where their first word stands;
- a routine's one-word name («rusrutinen») tried only for a word with its ending;
- BTI's coordinator asked only where «bti» stands.

Each table is built from the rule data when the check is built, so a rule added to those
files is in it; these tests hold the result to the old walk on the files as they are."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from bot.routing import SltBot
from bot.safety_idioms import idiom_end, idiom_length
from bot.safety_match import fold_words
from bot.safety_signals import SignalScorer
from bot.safety_words import WordAtoms, _follows, dialect_mapped, pairs_of
from bot.text import fold, strip_mentions, visible
from bot.understanding.cue_check import CORRECTIONS, _corrected_at
from bot.understanding.holders import asks_bti_coordinator
from bot.understanding.routine_form import (
    COMPOUND_HEAD,
    LINKING,
    ONE_ROUTINE_ENDINGS,
    split_routine,
)
from tests.eval import load_items

MADE_UP = (
    "hvem sitter i styringsgruppa, nei jeg mener koordineringsgruppa",
    "nei vent, eller nei, jeg mente politirådet",
    "eg meinte fagteamet, nei eg meiner arbeidsgruppa",
    "nei",
    "jeg mente",
    "hva er rusrutinen i jevnaker",
    "finnes det en fraværsrutina eller en beredskapsrutine",
    "samhandlingsrutine med politiet",
    "hvem er bti-koordinator",
    "bti koordinatoren vår – er det slt-k?",
    "er slt-k også bti-koordinator?",
    "hvem er koordinator for bti",
    "han gir henne piller i morgen etter skolen",
    "legger han ut bildene av henne på snap",
    "hun tar ham med på fest i helga",
    "i morgen i dag i går i natt",
    "han sier han skal ta livet av seg i kveld",
    "vi har e-post fra mora om at han kutter seg",
    "hva er været i morgen",
    "",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sorted({item.text for item in load_items() if item.half == "dev"} | set(MADE_UP))


def _danger_words(bot: SltBot, text: str) -> list[str]:
    return dialect_mapped(fold_words(visible(strip_mentions(text))), bot.safety._dialect)


def _old_atoms(
    atoms: WordAtoms, words: Sequence[str]
) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
    """``WordAtoms.of`` as it was: every group word its first word opens, tried in turn."""
    table = atoms._table
    found = {w: table[w] if w in table else atoms.look_up(w) for w in set(words)}
    sure = [found[w][0] for w in words]
    pairs = pairs_of(atoms._atoms)
    for i, word in enumerate(words):
        for rest, prefix, more in pairs.get(word, ()):
            if _follows(words, i + 1, rest, prefix):
                sure[i] = sure[i] | more
    return sure, [found[w][1] for w in words]


def test_group_words_by_the_next_word(bot: SltBot, texts: list[str]) -> None:
    atoms: WordAtoms = bot.safety._words
    for text in texts:
        words = _danger_words(bot, text)
        new, old = atoms.of(words), _old_atoms(atoms, words)
        assert new == old, text
        assert [list(a) for a in new[0]] == [list(a) for a in old[0]], text  # same order


def test_signal_pairs_only_where_a_second_word_may_stand(
    bot: SltBot, texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    step = bot.safety._step
    assert step is not None
    signals: SignalScorer = step.signals
    assert any(signals._pairs.values())  # the files hold pairs: the walk is tested
    read = [(t, _danger_words(bot, t)) for t in texts]
    new = [signals.concepts(words) for _, words in read]
    every = frozenset().union(*signals._seconds.values())
    monkeypatch.setattr("bot.safety_signals._near", lambda *_: every)  # never skips: as before
    for (text, words), found in zip(read, new, strict=True):
        assert found == signals.concepts(words), text


def _old_corrected_at(words: tuple[str, ...]) -> int | None:
    found = [
        i + len(marker)
        for marker in CORRECTIONS
        for i in range(len(words) - len(marker) + 1)
        if words[i : i + len(marker)] == marker
    ]
    return max(found) if found else None


def test_corrections_where_their_first_word_stands(texts: list[str]) -> None:
    for text in texts:
        words = tuple(fold(strip_mentions(text)).split())
        assert _corrected_at(words) == _old_corrected_at(words), text
    assert _corrected_at(("nei", "jeg", "mener", "fagteamet")) == 3
    assert _corrected_at(("hvem", "er", "det", "jeg", "mener")) is None


def _old_split_routine(word: str, known: frozenset[str], only_known: bool) -> tuple[str, ...]:
    if word in known:
        return (word,)
    for ending in ONE_ROUTINE_ENDINGS:
        head = word.removesuffix(ending)
        if head == word:
            continue
        if len(head) < COMPOUND_HEAD:
            break
        if head not in known and head.endswith(LINKING) and head[:-1] in known:
            return head[:-1], ending
        if only_known and head not in known:
            break
        return head, ending
    return (word,)


def test_a_routine_name_only_with_its_ending(bot: SltBot, texts: list[str]) -> None:
    known = frozenset(bot.understanding.vocabulary) | {"fravaer", "samhandlingsrutine"}
    words = {w for t in texts for w in fold(t).split()} | {"rutine", "srutine", "rusrutina"}
    for word in sorted(words):
        for only in (False, True):
            old = _old_split_routine(word, known, only)
            assert split_routine(word, known, only_known=only) == old, word
    assert split_routine("rusrutinen", known) == ("rus", "rutinen")


def _old_bti(words: tuple[str, ...]) -> bool:
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        if word == "sltk" or (word == "slt" and (after == "k" or after.startswith("koordinator"))):
            return False
        if word.startswith("koordinator"):
            return i > 0 and words[i - 1] == "bti"
    return False


def test_bti_coordinator_only_beside_bti(texts: list[str]) -> None:
    for text in texts:
        words = tuple(fold(text).split())
        assert asks_bti_coordinator(words) is _old_bti(words), text
    assert asks_bti_coordinator(("hvem", "er", "bti", "koordinator"))
    assert not asks_bti_coordinator(("er", "slt", "k", "ogsa", "bti", "koordinator"))
    assert not asks_bti_coordinator(("hvem", "er", "koordinator", "for", "bti"))


def test_idioms_only_where_their_second_word_may_stand(bot: SltBot, texts: list[str]) -> None:
    check = bot.safety
    starts, idioms = check._cancel_starts, check._cancel
    extra = ["vi ble slått sammen med klassen", "han slo seg løs på festen", "slått 3-1 i finalen"]
    tried = 0
    for text in [*texts, *extra]:
        words = _danger_words(bot, text)
        atoms, _ = check._words.of(words)
        for start, here in enumerate(atoms):
            if here & check._cancel_starters:
                tried += 1
                old = next(
                    (
                        end - start
                        for atom in here
                        for number in starts.get(atom, ())
                        if (end := idiom_end(atoms, words, start, idioms[number]))
                    ),
                    0,
                )
                assert idiom_length(atoms, words, start, starts, idioms) == old, text
    assert tried
