"""The intent net (bot/intent_net.py, bot/features/doubt.py): a second look at a confident
answer by the nearest labelled questions.

The disagreement rule on made-up examples; the shipped file is what the dev rounds make now;
a doubted answer becomes the honest fallback naming the coordinator, with the examples that
disagreed in its facts; a danger finding, a routine or a command's result is never doubted;
a broken examples file names file, field and line.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from bot import intent_net as net_module
from bot.compiled import Compiled
from bot.intent_net import Doubt, IntentNet
from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.intent_examples import IntentExamplesFile
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR, load_language
from bot.routing import SltBot

OWNER = [
    "hvem har ansvaret for natteravnene",
    "hvem har ansvar for natteravn-ordningen",
    "hvem er ansvarlig for natteravnene i helga",
    "natteravnene, hvem har ansvaret",
    "hvem står ansvarlig for natteravn",
]
MEMBERS = [
    "hvem sitter i fagteamet",
    "hvem er med i fagteamet",
    "hvilke personer sitter i fagteamet",
    "hvem møter i fagteamet",
    "fagteamet, hvem sitter der",
]
OTHER = [f"ord{n} tekst{n} noe{n} annet{n}" for n in range(40)]
"""Unrelated filler: many examples make the shared words rare, as in the real file."""


def _net(owner: list[str] = OWNER, members: list[str] = MEMBERS) -> IntentNet:
    examples = [
        *({"text": t, "intent": "tiltak_owner"} for t in owner),
        *({"text": t, "intent": "group_members"} for t in members),
        *({"text": t, "intent": "unknown"} for t in OTHER),
    ]
    body = {
        "version": "test",
        "readings": {
            "tiltak_owner": "tiltak_lookup tiltak_owner",
            "group_members": "members",
            "unknown": "unknown",
        },
        "examples": examples,
    }
    return IntentNet(IntentExamplesFile.model_validate(body), {}, frozenset())


@pytest.fixture
def no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The made-up file is small: its BM25 scores stay below the real file's floor."""
    monkeypatch.setattr(net_module, "MIN_SCORE", 0.0)


@pytest.mark.usefixtures("no_floor")
def test_examples_that_agree_on_another_reading_doubt_the_answer() -> None:
    doubt = _net().doubt("hvem har egentlig ansvaret for natteravnene", "members")
    assert doubt is not None
    assert doubt.reading == "tiltak_owner" and doubt.answered == "members"
    assert doubt.agree >= net_module.DISAGREE and doubt.margin >= net_module.MARGIN
    assert "tiltak_owner" in doubt.describe() and "examples" in doubt.describe()
    assert all(0 <= e < len(OWNER) for e in doubt.examples)  # which examples disagreed


@pytest.mark.usefixtures("no_floor")
def test_an_answer_the_examples_agree_with_is_kept() -> None:
    net = _net()
    assert net.doubt("hvem har egentlig ansvaret for natteravnene", "tiltak_owner") is None
    assert net.doubt("hvem har egentlig ansvaret for natteravnene", "tiltak_lookup") is None
    assert net.doubt("hvem sitter egentlig i fagteamet", "members") is None


@pytest.mark.usefixtures("no_floor")
def test_examples_split_between_readings_doubt_nothing() -> None:
    """Two readings among the nearest: not one reading the examples agree on."""
    net = _net(owner=OWNER[:2], members=MEMBERS)
    assert net.doubt("hvem har ansvaret for natteravnene", "role_groups") is None


@pytest.mark.usefixtures("no_floor")
def test_only_a_confident_answer_to_a_plan_question_is_doubted() -> None:
    net = _net()
    text = "hvem har egentlig ansvaret for natteravnene"
    for answered in ("routine", "danger", "disclosure", "unknown", "clarify", "meeting_cancel"):
        assert net.doubt(text, answered) is None, answered


@pytest.mark.usefixtures("no_floor")
def test_too_few_words_or_too_little_in_common_doubt_nothing() -> None:
    net = _net()
    assert net.doubt("natteravnene", "members") is None  # one word
    assert net.doubt("natteravnene og helt andre ting her i dag", "members") is None


def test_a_weak_best_example_doubts_nothing() -> None:
    """Below ``MIN_SCORE`` the nearest examples share a name, not how the question is asked."""
    assert _net().doubt("hvem har egentlig ansvaret for natteravnene", "members") is None


def test_the_examples_file_is_what_the_dev_rounds_make_now() -> None:
    from scripts.intent_examples import OUT, render

    assert OUT.read_text(encoding="utf-8") == render(), (
        "knowledge/language/intent_examples.yaml is out of date: "
        "run PYTHONPATH=. .venv/bin/python scripts/intent_examples.py and review the diff"
    )


def _doubting(bot: SltBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped net doubts every answer it checks, naming examples 3 and 5."""
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None, "knowledge/language/intent_examples.yaml is shipped"

    def doubt(text: str, answered: str) -> Doubt | None:
        if answered not in net_module.CHECKED:
            return None
        return Doubt(answered, "tiltak_owner", 4, 2.0, (3, 5))

    monkeypatch.setattr(shipped, "doubt", doubt)


def test_a_doubted_answer_is_the_honest_fallback_naming_the_coordinator(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "hvem sitter i politirådet"
    assert asyncio.run(bot.answer(question, "valer")).intent == "members"
    _doubting(bot, monkeypatch)
    reply = asyncio.run(bot.answer(question, "valer"))
    coordinator = bot.kb.kommuner["valer"].kommune.coordinator
    assert reply.intent == "unknown"
    assert coordinator.title.lower() in reply.text.lower()
    assert reply.facts["doubted"] == "members" and reply.facts["reading"] == "tiltak_owner"
    assert reply.facts["examples"] == [3, 5]


def test_danger_and_routines_are_never_doubted(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _doubting(bot, monkeypatch)
    danger = asyncio.run(bot.answer("gutten sier faren slår ham hver kveld", "valer"))
    assert danger.intent in ("danger", "disclosure") and "doubted" not in danger.facts
    routine = asyncio.run(bot.answer("hva gjør jeg ved rusbekymring", "valer"))
    assert routine.intent == "routine" and "doubted" not in routine.facts


def test_a_broken_examples_file_names_file_field_and_line(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    folder = tmp_path / "language"
    shutil.copytree(BUNDLED_LANGUAGE_DIR, folder)
    path = folder / "intent_examples.yaml"
    path.write_text(
        "version: x\nreadings:\n  unknown: unknown\nexamples:\n"
        "- text: en made-up melding om noe\n  intent: unknown\n"
        "- text: en annen melding\n  intent: finnes_ikke\n"
        "- text: En made-up melding om noe!\n  intent: unknown\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as raised:
        load_language(folder, kb.national)
    problems = {p.path: p for p in raised.value.problems}
    assert "finnes_ikke" in problems["examples[1].intent"].message
    assert problems["examples[1].intent"].line == 8
    assert "twice" in problems["examples[2].text"].message
    assert str(path) in str(raised.value)
    path.unlink()
    assert load_language(folder, kb.national).intent_examples is None
