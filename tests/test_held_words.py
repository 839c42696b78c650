"""What a question asks of its object beyond what an answer holds – a comparison, a history, a
replacement – is read by understanding.yaml's ``asked_beyond`` words, not Python's
(bot/features/rescue/held.py): a phrase added to the file is read after a reload, and a broken
entry is refused with file, field and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.features.rescue.held import beyond
from bot.knowledge.index import KnowledgeBase
from tests.test_language_words import (
    _copy,
    _edit,
    _the_one_problem,
    assert_refused_with_file_field_and_line,
)

LEVELS = "Tre nivåer i SLT-arbeidet: styrende, koordinerende og utøvende nivå."


def _words(question: str) -> list[str]:
    """A question's words as the reader gives them (folded already here)."""
    return question.split()


def test_a_phrase_added_to_the_file_is_read(tmp_path: Path) -> None:
    """«… når koordinatoren gikk av»: a replacement phrase added under ``replacement`` asks
    who stands in, which the levels do not hold."""
    words = _words("hvem leder nivaene nar koordinatoren gikk av")
    directory = _copy(tmp_path)
    assert beyond(KnowledgeBase.load(directory)).asked(words, LEVELS) == ""
    _edit(directory, "understanding.yaml", "  replacement:\n", "  replacement:\n    - gikk av\n")
    assert beyond(KnowledgeBase.load(directory)).asked(words, LEVELS) == "replacement"


def test_a_phrase_is_matched_as_folded_words(tmp_path: Path) -> None:
    """A phrase written with æøå and capitals matches the reader's folded words."""
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "  history:\n", "  history:\n    - Når Startet\n")
    words = _words("nar startet nivamodellen")
    assert beyond(KnowledgeBase.load(directory)).asked(words, LEVELS) == "history"


def test_a_comparison_is_beyond_only_when_what_it_compares_is(kb: KnowledgeBase) -> None:
    """The words either side of a link (``links``, ``passed_over`` skipped) are compared."""
    asked = beyond(kb).asked
    assert asked(_words("forskjellen pa styrende og utovende niva"), LEVELS) == ""
    compared = _words("forskjellen pa nivaene hos oss og i fjellbygda")
    assert asked(compared, LEVELS) == "comparison"


@pytest.mark.parametrize(
    ("old", "new", "field", "wrong"),
    [
        ("    - kom til norge\n", '    - "?"\n', "asked_beyond.history[8]", "has no words"),
        ("  links: og fra med mot versus vs\n", "  links:\n", "asked_beyond.links", "string"),
        (
            "    - sammenligning\n",
            "    - sammenligning: ja\n",
            "asked_beyond.comparison[7]",
            "string",
        ),
    ],
)
def test_a_broken_entry_is_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, wrong: str
) -> None:
    assert_refused_with_file_field_and_line(tmp_path, old, new, field, wrong)


def test_the_section_is_required(tmp_path: Path) -> None:
    """Without ``asked_beyond`` the guard would read nothing: the file is refused."""
    directory = _copy(tmp_path)
    path = directory / "language" / "understanding.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("asked_beyond:\n")
    end = text.index("\n\n", start)
    path.write_text(text[:start] + text[end + 2 :], encoding="utf-8")
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path == "asked_beyond", problem
