"""A speaker asked for to talk on a topic has its words once: knowledge/language/understanding.yaml
``question_form.plan_facts`` (``speak``, ``speaker``, ``speaker_wanted``, ``speaker_pairs``).
The plan-fact reading («hvem kan komme og snakke om rus på foreldremøtet?», topic_asked.py) and
the danger check's topic reading («hvem kan vi invitere for å snakke om tvangsekteskap?»,
bot/safety_speaker.py) read the same list, compiled once per knowledge load.

The phrasings are made up for these tests.
"""

from __future__ import annotations

import pytest

import bot.safety_speaker
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_match import fold_words
from bot.safety_speaker import Speaker
from bot.understanding.question_form import QuestionForm
from tests.auxil.safety_cases import assert_check_calm

ASKED = [
    "kan vi hyre en kursholder som kan informere om tvangsekteskap?",
    "finst det nokon som kan forelese om sjølvmord for lærarane?",
    "vi ønsker å booke en gjesteforeleser til å undervise om selvskading neste uke",
    "hvem kan komme og fortelle om overdoser til foreldrene",
]

TOLD = [
    "vi vil invitere en foredragsholder for å snakke om en elev som skal giftes bort",
    "han snakket om at han skal ta livet sitt i kveld",
    "hun fortalte om at stefaren slår henne",
]


def _speaker(kb: KnowledgeBase) -> Speaker:
    return Speaker.of(kb.language.understanding.question_form.plan_facts)


def test_the_safety_layer_keeps_no_speaker_words_of_its_own() -> None:
    assert not {"TALK", "SPEAKER", "COMING"} & set(vars(bot.safety_speaker))


def test_both_readings_take_the_speaking_words_from_the_language_file(
    kb: KnowledgeBase,
) -> None:
    words = kb.language.understanding.question_form
    said = QuestionForm.of(words, {})
    assert _speaker(kb).talk == said.speak_words
    assert {"snakke", "forelese", "foredrag"} <= said.speak_words


def test_a_word_left_out_of_the_file_is_no_longer_read(kb: KnowledgeBase) -> None:
    facts = kb.language.understanding.question_form.plan_facts
    words = fold_words("hvem kan vi invitere for å snakke om tvangsekteskap")
    at = words.index("om")
    assert _speaker(kb).asked(words, at, at + 1)
    fewer = facts.speak.replace("snakke ", "").replace(" snakke", "")
    assert not Speaker.of(facts.model_copy(update={"speak": fewer})).asked(words, at, at + 1)


@pytest.mark.parametrize("text", ASKED)
def test_a_speaker_asked_for_is_no_case(text: str, vocabulary: DangerCheck) -> None:
    assert_check_calm(vocabulary, text)


@pytest.mark.parametrize("text", TOLD)
def test_a_talk_about_a_child_or_one_given_stays_a_case(text: str, vocabulary: DangerCheck) -> None:
    assert vocabulary.check(text) is not None, text
