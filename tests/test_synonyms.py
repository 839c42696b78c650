"""synonyms.yaml: how staff say what the knowledge calls otherwise, read into retrieval.

One test per kind of entry through the bot's whole turn, the words added never shown, and a
broken entry refused with file, field and line like every knowledge file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "group"),
    [
        ("hvem er de som bestemmer i slt", "valer", "Politirådet"),  # slt: styrende nivå
        ("hvem sitter i ledergruppa", "jevnaker", "politirådet"),
        ("hvem sitter på grasrota", "valer", "Utøvende nivå"),  # slt: utøvende nivå
    ],
)
def test_an_slt_synonym_finds_the_level(bot: SltBot, text: str, kommune: str, group: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "members", (text, reply.intent)
    assert group.lower() in reply.text.lower()


def test_a_general_synonym_finds_the_plans_own_words(bot: SltBot) -> None:
    """«dropper ut» is the plan's «falle utenfor skolen»: the skolelos's tiltak."""
    reply = last_reply(bot, "hvilke tiltak har vi mot at ungdom dropper ut", "valer")
    assert reply.intent == "tiltak_lookup", reply.intent
    assert "falle utenfor skolen" in reply.text


def test_the_words_a_synonym_adds_are_never_shown(bot: SltBot) -> None:
    understanding = bot.understanding
    understood = understanding.understand("tiltak for barn som opplever samlivsbrudd", "valer")
    assert "skilsmissegrupper" in understanding.normalise("barn som opplever samlivsbrudd")
    assert "skilsmissegrupper" not in understood.rest  # searched, but no echo of what was not said


@pytest.mark.parametrize(
    "text",
    [
        "finnes det noe for elever der foreldrene er skilt?",
        "har vi et tilbud til barn når foreldrene skiller seg?",
    ],
)
def test_parents_parting_in_a_verb_finds_the_divorce_groups(bot: SltBot, text: str) -> None:
    """The plan's noun («skilsmissegrupper», Våler's tiltak 9) said as what the parents do."""
    assert "skilsmissegrupper" in bot.understanding.normalise(text)


def test_standing_out_is_no_divorce(bot: SltBot) -> None:
    """«skiller seg ut» is standing out: without the parents it adds nothing."""
    assert "skilsmissegrupper" not in bot.understanding.normalise("eleven skiller seg ut")


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, target, ignore=shutil.ignore_patterns("people"))
    return target


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("    said: [foresatte]\n", "    said: [foresatte, foreldre]\n", "said[1]", "itself"),
        ("    said: [foresatte]\n", "    said: [foresatte, Frafall]\n", "said[1]", "twice"),
        ("    said: [foresatte]\n", "    said: [foresatte, '!!']\n", "said[1]", "no words"),
        ("  - kind: general\n    means: foreldre\n", "  - kind: common\n    means: foreldre\n",
         "kind", "general"),
    ],
)  # fmt: skip
def test_a_broken_entry_is_refused_with_file_field_and_line(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    directory = _copy(tmp_path)
    path = directory / "language" / "synonyms.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(KnowledgeError) as error:
        KnowledgeBase.load(directory)
    [problem] = error.value.problems
    assert problem.file == path and problem.path.startswith("synonyms[")
    assert problem.path.endswith(field) and message in problem.message
    assert problem.line is not None
