"""The reader's and the command grammar's words are knowledge: read from the language folder,
and a broken entry is refused with file, field and line, like every knowledge file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.features.meetings import command_grammar as grammar
from bot.knowledge.errors import KnowledgeError, Problem
from bot.knowledge.index import KnowledgeBase
from bot.understanding import Intent, Understanding


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target, ignore=shutil.ignore_patterns("people"))
    return target


def _edit(directory: Path, name: str, old: str, new: str) -> Path:
    path = directory / "language" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_cue_added_to_the_file_is_read(tmp_path: Path) -> None:
    """A coordinator's new phrasing works after a reload, without a line of Python."""
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "  hotlines:\n", "  hotlines:\n    - livlinene\n")
    kb = KnowledgeBase.load(directory)
    assert Understanding(kb).understand("livlinene", "valer").intent is Intent.HOTLINES
    default = Understanding(KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR))
    assert default.understand("livlinene", "valer").intent is not Intent.HOTLINES


def _the_one_problem(directory: Path) -> Problem:
    """Loading ``directory`` fails with exactly one problem: that one."""
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    [problem] = error.value.problems
    return problem


def assert_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, wrong: str
) -> None:
    """``understanding.yaml`` with ``old`` made ``new`` is refused at load: one problem, naming
    the file, ``field`` and the edited line, saying ``wrong``."""
    directory = _copy(tmp_path)
    path = _edit(directory, "understanding.yaml", old, new)
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path == field, problem
    assert wrong in problem.message, problem
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line is not None and new.split(":")[0].strip("- \n") in lines[problem.line - 1]


def test_a_cue_listed_twice_is_refused_with_file_field_and_line(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    path = _edit(directory, "understanding.yaml", "    - hvem sitter\n", "    - hvem sitter\n" * 2)
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path.startswith("cues.members[")
    assert "listed twice" in problem.message and problem.line is not None


def test_a_language_key_given_twice_is_refused_with_file_line_and_key(tmp_path: Path) -> None:
    """Two «hotlines:» lists would silently drop the first one's cues."""
    directory = _copy(tmp_path)
    path = _edit(
        directory, "understanding.yaml", "  hotlines:\n", "  hotlines: [livlinene]\n  hotlines:\n"
    )
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path == "cues.hotlines"
    assert "duplicate key 'hotlines'" in problem.message
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line is not None and lines[problem.line - 1] == "  hotlines:"


def test_an_unknown_intent_or_routine_is_named(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _edit(directory, "understanding.yaml", "  hotlines:\n", "  hotlinez:\n")
    _edit(directory, "understanding.yaml", "  hastemote: hastemote\n", "  hastemote: hastemot\n")
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    report = {p.path: p.message for p in error.value.problems}
    assert "unknown intent 'hotlinez'" in report["cues.hotlinez"]
    assert "missing intent(s): hotlines" in report["cues"]
    assert "unknown routine 'hastemot'" in report["routines.hastemote"]


def test_a_command_verb_of_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    path = _edit(
        directory, "commands.yaml", "{words: avlys, kind: cancel}", "{words: avlys, kind: stop}"
    )
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path.startswith("verbs[")
    assert problem.line is not None


def test_the_grammar_reads_its_words_from_the_commands_file() -> None:
    words = grammar.command_words()
    assert ("avlys",) in {verb for verb, _ in words.verbs}
    assert grammar.kind_of("kan du avlyse møtet") == "cancel"
    assert grammar.kind_of("kansellere neste møte") == "cancel"
    assert grammar.kind_of("hvem sitter i fagteamet") is None


def test_a_facet_word_added_to_the_file_is_read_and_an_unknown_facet_is_refused(
    tmp_path: Path,
) -> None:
    """How a question asks for a detail («hvor foregår …», «hvilken dag») is the language
    file's ``facets``, not code: a word added there is read; a facet the bot has no answer
    for is named with file, field and line."""
    directory = _copy(tmp_path)
    added = "    tid: time\n    tidspunkt: time\n"
    _edit(directory, "understanding.yaml", "    tid: time\n", added)
    facets = Understanding(KnowledgeBase.load(directory)).lexicon.facets
    assert facets.after_which["tidspunkt"] == "time"
    path = _edit(directory, "understanding.yaml", "    tidspunkt: time\n", "    tidspunkt: tiden\n")
    problem = _the_one_problem(directory)
    assert problem.file == path and problem.path == "facets.after_which.tidspunkt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert problem.line is not None and "tidspunkt" in lines[problem.line - 1]
