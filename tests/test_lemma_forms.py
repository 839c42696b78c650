"""knowledge/language/lemma_forms.yaml: generated offline, in sync, validated, and all the bot
reads of morphology (bot/knowledge/lemma_forms.py, bot/safety_lemmas.py, scripts/lemma_forms.py).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR, bundled_language, load_language
from bot.safety import DangerCheck

FILE = BUNDLED_LANGUAGE_DIR / "lemma_forms.yaml"


def test_the_committed_file_is_in_sync_with_the_vocabulary() -> None:
    pytest.importorskip(
        "simplemma",
        reason="simplemma (a dev dependency: pip install -e .[dev]) makes the file; "
        "without it the sync of lemma_forms.yaml is not checked",
    )
    from scripts.lemma_forms import groups, render, vocabulary

    fresh = render(groups(vocabulary()))
    assert FILE.read_text(encoding="utf-8") == fresh, (
        "knowledge/language/lemma_forms.yaml is out of date with danger.yaml/signals.yaml: "
        "run PYTHONPATH=. .venv/bin/python scripts/lemma_forms.py"
    )


def test_the_bot_reads_the_file() -> None:
    language = bundled_language()
    assert language.lemma_forms is not None
    check = DangerCheck.from_language(language)
    lemma, words = check._words._kin.reading("kvalte")
    assert lemma == "kvele" and "kvele" in words


def test_the_bot_never_imports_simplemma() -> None:
    code = (
        "import sys\n"
        "from bot.compiled import Compiled\n"
        "from bot.config import DEFAULT_KNOWLEDGE_DIR\n"
        "from bot.knowledge.index import KnowledgeBase\n"
        "Compiled.of(KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR))\n"
        "print('simplemma' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def _language_with(tmp_path: Path, text: str | None) -> Path:
    folder = tmp_path / "language"
    shutil.copytree(BUNDLED_LANGUAGE_DIR, folder)
    if text is None:
        (folder / "lemma_forms.yaml").unlink()
    else:
        (folder / "lemma_forms.yaml").write_text(text, encoding="utf-8")
    return folder


BROKEN = """\
version: test
lemmas:
  kvele:
    words: kvele
    forms: kvalte kvalt
  onkel:
    words: onkel
    forms: Onklane
"""


def test_a_broken_file_names_file_field_and_line(tmp_path: Path) -> None:
    folder = _language_with(tmp_path, BROKEN)
    with pytest.raises(KnowledgeError) as caught:
        load_language(folder)
    (problem,) = caught.value.problems
    assert problem.file == folder / "lemma_forms.yaml"
    assert problem.path == "lemmas.onkel.forms"
    assert problem.line == 8


def test_a_form_under_two_lemmas_is_named(tmp_path: Path) -> None:
    twice = BROKEN.replace("Onklane", "kvalte")
    folder = _language_with(tmp_path, twice)
    with pytest.raises(KnowledgeError) as caught:
        load_language(folder)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("lemmas.onkel.forms", 8)
    assert "listed twice (also kvele)" in problem.message


def test_without_the_file_words_are_read_as_typed(tmp_path: Path) -> None:
    language = load_language(_language_with(tmp_path, None))
    assert language.lemma_forms is None
    assert not DangerCheck.from_language(language)._words._kin.of("kvalte")


def test_a_word_the_files_no_longer_list_joins_nothing(tmp_path: Path) -> None:
    stale = (
        BROKEN.replace("Onklane", "onklane")
        + "  nordmann:\n    words: nordmann\n    forms: nordmannsen\n"
    )
    language = load_language(_language_with(tmp_path, stale))
    table = DangerCheck.from_language(language)._words._kin
    assert table.of("kvalte") == {"kvele"}
    assert not table.of("nordmannsen")  # «nordmann» is no word of danger.yaml or signals.yaml
