"""The calm first-aid answer's steps are knowledge, not code (knowledge/national/routines.yaml
``first_aid``): loaded and checked at start, a broken entry named by file, field and line, the
answer built from whatever the file says, and the steps on every coordinator's review sheet
until confirmed. Made-up messages and names."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.features.review import review_items, to_markdown
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.loader import NATIONAL_FILE, load_national
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from tests.test_answers_confidence import turn

NATIONAL = DEFAULT_KNOWLEDGE_DIR / NATIONAL_FILE
ASKED = "hva er rutinen om en elev får et krampeanfall i gymtimen?"


def _copy(tmp_path: Path, find: str, put: str) -> Path:
    """The bundled knowledge folder with one piece of the national file replaced."""
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    path = folder / NATIONAL_FILE
    text = path.read_text(encoding="utf-8")
    assert text.count(find) == 1, find
    path.write_text(text.replace(find, put), encoding="utf-8")
    return path


def _problem(path: Path) -> tuple[str, str, int | None]:
    with pytest.raises(KnowledgeError) as caught:
        load_national(path)
    [problem] = caught.value.problems
    assert problem.file == path
    return problem.path, problem.message, problem.line


def _line(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_the_bundled_steps_load_from_the_standard_routine() -> None:
    first_aid = load_national(NATIONAL).first_aid
    assert first_aid.source == "standard"
    assert len(first_aid.steps) == 3
    assert "ring 113" in first_aid.steps[0] and "legevakten" in first_aid.steps[1]
    assert first_aid.facts and all(f.open for f in first_aid.facts)  # not signed yet


def test_the_answer_lists_the_files_steps_in_order(bot: SltBot, kb: KnowledgeBase) -> None:
    assert kb.national is not None
    answer = turn(bot, ASKED, "valer")[-1]
    assert answer.facts.get("taken_ill") is True, answer.text
    listed = [f"{n}. {step}" for n, step in enumerate(kb.national.first_aid.steps, start=1)]
    assert "\n".join(listed) in answer.text


def test_a_step_changed_in_the_file_is_the_step_answered(tmp_path: Path) -> None:
    _copy(
        tmp_path,
        "Varsle foresatte og leder når situasjonen er under kontroll.",
        "Skriv en kort logg til Testvik-leder Ola Prøvesen etterpå.",
    )
    kb = KnowledgeBase.load(tmp_path / "knowledge")
    bot = SltBot(kb, SqliteStore.open(":memory:"), Settings())
    answer = turn(bot, ASKED, "jevnaker")[-1]
    assert "3. Skriv en kort logg til Testvik-leder Ola Prøvesen etterpå." in answer.text
    assert "Varsle foresatte og leder" not in answer.text


@pytest.mark.parametrize(
    ("find", "put", "field", "says", "at"),
    [
        ("  source: standard\n  facts:", "  source: ukjent-kilde\n  facts:", "first_aid.source",
         "unknown source 'ukjent-kilde'", "source: ukjent-kilde"),
        ('    - "Trengs lege raskt, men det er ikke livstruende: ring legevakten."\n',
         '    - ""\n', "first_aid.steps[1]", "at least 1 character", '    - ""'),
        # an unknown key is named on its own line, not on its block value's first line
        ("first_aid:\n  steps:\n    - >-\n", "first_aid:\n  stegene:\n    - >- # x\n",
         "first_aid.stegene", "unknown field", "stegene:"),
        ("\nfirst_aid:\n  steps:", "\nforstehjelp:\n  steps: # x", "forstehjelp",
         "unknown field", "forstehjelp:"),
    ],
)  # fmt: skip
def test_a_broken_entry_names_file_field_line_and_what_is_wrong(
    tmp_path: Path, find: str, put: str, field: str, says: str, at: str
) -> None:
    path = _copy(tmp_path, find, put)
    with pytest.raises(KnowledgeError) as caught:
        load_national(path)
    problems = {p.path: p for p in caught.value.problems}
    assert field in problems, str(caught.value)
    problem = problems[field]
    assert problem.file == path and says in problem.message, str(problem)
    assert problem.line == _line(path, at), str(problem)


def test_a_file_without_the_entry_says_it_is_missing(tmp_path: Path) -> None:
    path = _copy(tmp_path, "\nfirst_aid:\n", "\nforstehjelp:\n")
    with pytest.raises(KnowledgeError) as caught:
        load_national(path)
    assert "first_aid: required field is missing" in str(caught.value)


def test_the_steps_stand_on_every_review_sheet_until_confirmed(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    for index in kb.kommuner.values():
        sheet = to_markdown(index.kommune, review_items(index.kommune, kb.national))
        assert "`knowledge/national/routines.yaml` → `first_aid.facts[0]`" in sheet
        assert "1. Er personen bevisstløs" in sheet  # the steps as the answer gives them
    _copy(
        tmp_path,
        "        nasjonale numre («Livstruende – ring 113»).\n",
        "        nasjonale numre («Livstruende – ring 113»).\n"
        "      confirmed: {by: Kari Testkoordinator, date: 2026-12-01}\n",
    )
    signed = KnowledgeBase.load(tmp_path / "knowledge")
    kommune = signed.kommuner["gjesdal"].kommune
    assert not any(i.field.startswith("first_aid") for i in review_items(kommune, signed.national))
