"""The word lists the reader, the answers and the safety net read a question by are the
language file's, not Python's: each is read from understanding.yaml, and a broken entry is
refused with file, field and line (docs/architecture.md, «Language as data»)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.understanding import Understanding
from tests.test_language_words import _copy, _edit, _the_one_problem


@pytest.mark.parametrize(
    ("old", "new", "field", "wrong"),
    [
        ("    - rolle i\n", "    - fast rolle i\n", "level_forms.seat_pairs[1]", "not two words"),
        (
            "  seat_verbs: sitter sit deltar deltek\n",
            "  seat_verbs:\n",
            "level_forms.seat_verbs",
            "string",
        ),
        ("    - kva niva\n", '    - "?"\n', "level_asked.which[2]", "has no words"),
        (
            "  yes_no: er horer tilhorer ligger hort sitter is\n",
            "  yes_no: [er, horer]\n",
            "level_asked.yes_no",
            "string",
        ),
    ],
)
def test_a_broken_list_entry_is_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, wrong: str
) -> None:
    directory = _copy(tmp_path)
    path = _edit(directory, "understanding.yaml", old, new)
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path == field, problem
    assert wrong in problem.message, problem
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line is not None and new.split(":")[0].strip("- \n") in lines[problem.line - 1]


def test_a_seat_verb_added_to_the_file_is_read(tmp_path: Path) -> None:
    """«Sitjer rektor i fagteamet?»: a seat verb added to ``level_forms`` reads the seat."""
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "  seat_verbs: sitter", "  seat_verbs: sitjer sitter")
    forms = Understanding(KnowledgeBase.load(directory)).lexicon.forms
    assert "sitjer" in forms.seat_verbs and ("med", "i") in forms.seat_pairs
