"""The nearest-example safety net (bot/safety_net.py, bot/features/routines/ask_back.py).

Made-up messages the danger rules leave quiet but whose nearest labelled examples are danger
get a question back — the acute line first, the routine as a button, never an alarm;
everyday questions stay what they were; a broken examples file names file, field and line.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest

from bot.knowledge.errors import KnowledgeError
from bot.knowledge.index import KnowledgeBase
from bot.knowledge.language import BUNDLED_LANGUAGE_DIR, load_language
from bot.routing import SltBot
from bot.safety_net import SafetyNet
from bot.writer_intro import WriterIntro

VOLD = "vold-naere-relasjoner"

QUIET_RULES_NEAR_DANGER = [
    # made-up phrasings, not copies of examples: the rules find nothing in them
    "gutten kom på skolen med blått øye og sier han falt, men det er tredje gang denne måneden",
    # «eleven sier at hun ikke får lov til å snakke med gutter og at broren følger etter henne
    # til skolen» was here: the rules read honour-based control since session 36
    # (tests/test_safety_disclosure80.py), so it no longer tests the net
]

EVERYDAY = [
    "hvem sitter i politirådet",
    "når er neste møte i SLT-gruppa",
    "kan du gi meg kontaktinfo til helsesykepleier",
    "jeg trenger å bestille møterom til torsdag",
    "vi hadde kurs om selvskading for lærerne i går, det var bra",
    "eleven min gruer seg til matteprøven og gråter litt",
    "hvilke tiltak har vi mot mobbing",
    "hva gjør vi ved mistanke om vold",
]


@pytest.mark.parametrize("text", QUIET_RULES_NEAR_DANGER)
def test_a_message_the_rules_miss_is_asked_back_with_the_acute_line_first(
    text: str, bot: SltBot, net: SafetyNet
) -> None:
    assert bot.safety.check(text) is None, "a case the rules catch does not test the net"
    found = net.nearest(text)
    assert found is not None and found.routines[0] == VOLD
    assert text not in found.describe()  # routine ids and figures only: safe to log
    reply = asyncio.run(bot.answer(text, "valer"))
    assert reply.intent == "clarify"  # a question back, never a danger finding
    first = reply.text.splitlines()[0]
    assert first.startswith("🚨") and "112" in first and "113" in first
    assert "Hva gjør jeg ved vold i nære relasjoner?" in reply.facts["options"]
    assert reply.cards, "the routines as buttons"


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_messages_stay_quiet(text: str, bot: SltBot, net: SafetyNet) -> None:
    assert net.nearest(text) is None
    reply = asyncio.run(bot.answer(text, "valer"))
    assert not reply.text.startswith("🚨")


def test_a_routine_answer_is_kept(bot: SltBot) -> None:
    """A message the router answers with a routine keeps it: its acute line is in it."""
    reply = asyncio.run(bot.answer("hva gjør jeg ved rusbekymring", "valer"))
    assert reply.intent == "routine"


def test_short_and_long_messages(net: SafetyNet) -> None:
    assert net.nearest("hjelp") is None  # too few words to be read by likeness
    pasted = "Referat fra fagteamet: vi gikk gjennom årshjulet og tiltak 12. " * 500
    assert net.nearest(pasted) is None


def _language_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "language"
    shutil.copytree(BUNDLED_LANGUAGE_DIR, folder)
    return folder


def test_a_broken_examples_file_names_file_field_and_line(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    folder = _language_copy(tmp_path)
    path = folder / "danger_examples.yaml"
    path.write_text(
        "version: x\nlead: Ring 112 (politi).\nexamples:\n"
        "- text: en made-up melding om noe\n  routine: none\n"
        "- text: en annen melding\n  routine: finnes-ikke\n"
        "- text: ''\n  routine: none\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as raised:
        load_language(folder, kb.national)
    [problem] = raised.value.problems  # the empty text fails the schema first
    assert problem.path == "examples[2].text" and problem.line == 8
    assert str(path) in str(raised.value)
    path.write_text(
        "version: x\nlead: Ring 112 (politi) eller 999.\nexamples:\n"
        "- text: en made-up melding om noe\n  routine: none\n"
        "- text: en annen melding\n  routine: finnes-ikke\n"
        "- text: En made-up melding om noe!\n  routine: none\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as raised:
        load_language(folder, kb.national)
    problems = {p.path: p for p in raised.value.problems}
    assert "finnes-ikke" in problems["examples[1].routine"].message
    assert problems["examples[1].routine"].line == 7
    assert "twice" in problems["examples[2].text"].message
    assert "999" in problems["lead"].message and problems["lead"].line == 2


def test_no_examples_file_no_net(tmp_path: Path, kb: KnowledgeBase) -> None:
    folder = _language_copy(tmp_path)
    (folder / "danger_examples.yaml").unlink()
    assert load_language(folder, kb.national).danger_examples is None


@pytest.mark.parametrize("intent", ["knowledge.reload", "meeting_cancel", "tiltak.action", "help"])
def test_a_commands_result_is_never_replaced_by_the_question_back(intent: str, bot: SltBot) -> None:
    """«last inn kunnskapen på nytt» was once read by likeness as violence at home and its
    refusal («ble ikke lastet inn …») replaced: a command's result is what the user asked for."""
    from bot.features.reply import Reply
    from bot.features.routines.ask_back import ask_back

    text = QUIET_RULES_NEAR_DANGER[0]  # a text the net reads as danger
    result = Reply("Kunnskapen ble ikke lastet inn.", intent=intent)
    assert ask_back(bot, text, "valer", result) is result
    fallback = Reply("Det spørsmålet kan jeg dessverre ikke svare på", intent="unknown")
    assert ask_back(bot, text, "valer", fallback).intent == "clarify"


def test_the_examples_file_is_what_the_dev_rounds_and_the_rules_make_now() -> None:
    """Each example's label is the routine the rules send it to: a rule change that moves one
    must regenerate the file (reviewed like any knowledge edit), or the net votes with stale
    labels."""
    from scripts.danger_examples import OUT, render

    assert OUT.read_text(encoding="utf-8") == render(), (
        "knowledge/language/danger_examples.yaml is out of date: "
        "run PYTHONPATH=. .venv/bin/python scripts/danger_examples.py and review the diff"
    )


def test_the_nearest_examples_are_those_a_stable_sort_of_every_score_gives() -> None:
    """The net finds its nearest examples by ``argmax`` passes, not a sort of all 2,000+ scores;
    ties (common: BM25 scores repeat) must still fall in file order, as a stable sort puts
    them, so the same message always meets the same neighbours."""
    import numpy as np

    from bot.safety_net import _top

    rng = np.random.default_rng(15)
    for trial in range(2000):
        size = int(rng.integers(1, 80))
        count = 7 if trial % 3 else int(rng.integers(0, 12))
        if trial % 2:
            scores = rng.choice([0.0, 0.5, 1.0, 1.5, 2.0], size=size)
        else:
            scores = rng.random(size) * (rng.random(size) > 0.6)
        before = scores.copy()
        expected = [int(d) for d in np.argsort(-scores, kind="stable")[:count] if scores[d] > 0]
        assert _top(scores, count) == expected, scores
        assert np.array_equal(scores, before)  # the caller's scores are left as they were


def test_a_word_typed_with_aeoa_is_read_apart_from_the_everyday_word_it_folds_onto(
    net: SafetyNet,
) -> None:
    """understanding.yaml ``safety_net.folds``: «lår» (thigh) folds to «lar» (lets), «låste»
    to «laste» (downloaded). Typed with æøå (or «aa») the word is a term of its own; typed
    without it stays what it was, so a message typed without æøå meets every example."""
    assert net._terms("lar") != net._terms("lår")
    assert net._terms("lår") == net._terms("laar")
    assert net._terms("låste") != net._terms("laste")
    assert net._terms("far") != net._terms("får")
    assert net._terms("gutten") == net._terms("gutten")  # no æøå: unchanged
    assert net._terms("går") == net._terms("gar")  # not a listed fold: read as before


INTRO = WriterIntro.of("hei hallo hi", "her here", "jeg+er i+am i+m")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Basketballtrener her: gutten sier far dytter ham", "gutten sier far dytter ham"),
        ("Assistant here, the boy says his uncle hurts him", "the boy says his uncle hurts him"),
        ("Hei, jeg er miljøarbeider, jenta sover i trappa", "jenta sover i trappa"),
        ("Hallo! Kokk her: eleven spiser ingenting", "eleven spiser ingenting"),
        ("I'm a nurse, the girl has bruises again", "the girl has bruises again"),
        ("Hei, kan du si hvem som leder fagteamet?", "kan du si hvem som leder fagteamet?"),
        # a greeting and the short clause after it (the net reads the whole message first)
        (
            "Hei, vaktmester på Ås skole, en gutt sier at faren slår ham",
            "en gutt sier at faren slår ham",
        ),
        ("Hei! eleven sover i timene", "eleven sover i timene"),
    ],
)
def test_a_writers_introduction_is_read_past(text: str, body: str) -> None:
    assert INTRO.body(text) == body


@pytest.mark.parametrize(
    "text",
    [
        # a colon in a time, a long heading that is the case itself, too little left
        "Møtet kl 14:30 er flyttet til rom 3",
        "Snapchat-melding en elev viste meg i dag: send mer",
        "Lærer her: hjelp",
    ],
)
def test_what_is_no_introduction_is_read_whole(text: str) -> None:
    assert INTRO.body(text) == text


def test_a_writers_introduction_does_not_vote(net: SafetyNet) -> None:
    """The opening matched calm examples written by the same kind of writer; the net reads
    the case after it, and a calm question after it stays calm."""
    danger = "Håndballtrener her: en jente på laget sier at faren låser henne inne om kvelden"
    found = net.nearest(danger)
    assert found is not None and VOLD in found.routines
    assert net.nearest("Håndballtrener her: når er neste kamp for J14?") is None


def test_two_words_are_read_only_when_every_neighbour_agrees(net: SafetyNet) -> None:
    found = net.nearest("pistol sekken")
    assert found is not None and found.agree == 7  # every neighbour, both words held
    for calm in ("møte imorgen", "takk skal", "kniv gaffel", "hjelp"):
        assert net.nearest(calm) is None, calm


def test_a_message_read_twice_is_read_once_and_found_the_same(net: SafetyNet) -> None:
    """A question about a routine is read by the routine's calm check and by the ask-back
    after it: the second reading is the first's finding, unless leave-one-out changed."""
    text = QUIET_RULES_NEAR_DANGER[0]
    first = net.nearest(text)
    calls: list[str] = []
    scores = net.scores

    def counted(message: str) -> tuple[Any, Any, int]:
        calls.append(message)
        return scores(message)

    net.scores = counted  # type: ignore[method-assign]
    try:
        assert net.nearest(text) is first and not calls
        assert net.nearest(EVERYDAY[0]) is None and calls  # another message is read anew
        calls.clear()
        net.leave_out_own = True
        assert net.nearest(EVERYDAY[0]) is None and calls  # leave-one-out reads it again
    finally:
        net.leave_out_own = False
        del net.scores
