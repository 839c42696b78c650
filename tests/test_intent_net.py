"""The intent net (bot/intent_net.py, bot/features/doubt.py): a second look at a confident
answer by the nearest labelled questions.

The disagreement rule on made-up examples; the shipped file is what the dev rounds make now;
a doubted answer becomes the honest fallback naming the coordinator, with the examples that
disagreed in its facts; a danger finding or a command's result is never doubted, a routine
only when no example near it is danger or a routine; a broken examples file names file, field
and line.
"""

from __future__ import annotations

import json
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
from bot.question_kind import Which
from bot.routing import SltBot
from tests.auxil.activities import message
from tests.auxil.asking import ask, console_turn
from tests.auxil.connector import FakeConnector
from tests.conftest import BotServer

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
ROUTINES = [
    "hva gjør jeg ved rus hos en elev",
    "rutine ved rus",
    "hva er rutinen ved rus blant elever",
]
TILTAK = [
    "hvilke tiltak har vi mot rus",
    "tiltak mot rus blant ungdom",
    "har vi tiltak mot rus i planen",
    "hvilke tiltak finnes mot rus og alkohol",
    "noen tiltak mot rus på ungdomsskolen",
]
OTHER = [f"ord{n} tekst{n} noe{n} annet{n}" for n in range(40)]
"""Unrelated filler: many examples make the shared words rare, as in the real file."""


def _net(
    owner: list[str] = OWNER,
    members: list[str] = MEMBERS,
    routines: list[str] = ROUTINES,
    keep: dict[str, list[str]] | None = None,
) -> IntentNet:
    examples = {
        "tiltak_owner": owner,
        "group_members": members,
        "routine": routines,
        "tiltak_lookup": TILTAK,
        "unknown": OTHER,
    }
    body = {
        "version": "test",
        "readings": {
            "tiltak_owner": "tiltak_lookup tiltak_owner",
            "group_members": "members",
            "routine": "danger disclosure routine",
            "tiltak_lookup": "tiltak_lookup",
            "unknown": "unknown",
        },
        "examples": {reading: texts for reading, texts in examples.items() if texts},
        "keep": keep or {},
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
    assert doubt.examples  # which examples disagreed, by reading and place in the file
    assert all(e.startswith("tiltak_owner[") for e in doubt.examples[: net_module.SAME])


@pytest.mark.usefixtures("no_floor")
def test_an_answer_the_examples_agree_with_is_kept() -> None:
    net = _net()
    assert net.doubt("hvem har egentlig ansvaret for natteravnene", "tiltak_owner") is None
    assert net.doubt("hvem har egentlig ansvaret for natteravnene", "tiltak_lookup") is None
    assert net.doubt("hvem sitter egentlig i fagteamet", "members") is None


@pytest.mark.usefixtures("no_floor")
def test_a_kept_question_near_it_keeps_the_answer_and_never_votes() -> None:
    """``keep``: a hand-written question of the answer's reading as near as the examples that
    disagree keeps the answer (the margin); a cluster of kept questions alone doubts nothing."""
    text = "hvem har egentlig ansvaret for natteravnene"
    assert _net().doubt(text, "members") is not None
    near = {"group_members": ["hvem har egentlig ansvaret for natteravnene i fagteamet"]}
    assert _net(keep=near).doubt(text, "members") is None
    only_kept = _net(owner=[], keep={"tiltak_owner": OWNER})
    assert only_kept.doubt(text, "members") is None


@pytest.mark.usefixtures("no_floor")
def test_examples_split_between_readings_doubt_nothing() -> None:
    """Two readings among the nearest: not one reading the examples agree on."""
    net = _net(owner=OWNER[:2], members=MEMBERS)
    assert net.doubt("hvem har ansvaret for natteravnene", "role_groups") is None


@pytest.mark.usefixtures("no_floor")
def test_only_a_confident_answer_to_a_plan_question_is_doubted() -> None:
    net = _net()
    text = "hvem har egentlig ansvaret for natteravnene"
    for answered in ("danger", "disclosure", "unknown", "clarify", "meeting_cancel"):
        assert net.doubt(text, answered) is None, answered


@pytest.mark.usefixtures("no_floor")
def test_a_routine_is_doubted_only_when_no_example_near_it_is_a_routine() -> None:
    """Its acute line is in it: one routine question among the nearest keeps it."""
    text = "hvilke tiltak har vi egentlig mot rus"
    assert _net(routines=[]).doubt(text, "routine") is not None
    assert _net().doubt(text, "tiltak_lookup") is None
    kept = _net(routines=["hvilke tiltak har vi mot rus, eller er det rutinen"])
    assert kept.doubt(text, "routine") is None


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
        return Doubt(answered, "tiltak_owner", 4, 2.0, ("tiltak_owner[3]", "tiltak_owner[5]"))

    monkeypatch.setattr(shipped, "doubt", doubt)


def test_a_doubted_answer_is_the_honest_fallback_naming_the_coordinator(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "hvem sitter i politirådet"
    assert ask(bot, question, "valer").intent == "members"
    _doubting(bot, monkeypatch)
    reply = ask(bot, question, "valer")
    coordinator = bot.kb.kommuner["valer"].kommune.coordinator
    assert reply.intent == "unknown"
    assert coordinator.title.lower() in reply.text.lower()
    assert reply.facts["doubted"] == "members" and reply.facts["reading"] == "tiltak_owner"
    assert reply.facts["examples"] == ["tiltak_owner[3]", "tiltak_owner[5]"]


def test_danger_is_never_doubted(bot: SltBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The danger check answers before the router: nothing after it reads the message."""
    _doubting(bot, monkeypatch)
    danger = ask(bot, "gutten sier faren slår ham hver kveld", "valer")
    assert danger.intent in ("danger", "disclosure") and "doubted" not in danger.facts


@pytest.mark.parametrize(
    "question", ["hva gjør jeg ved rusbekymring", "hvem sitter i politirådet i våler"]
)
def test_everyday_questions_keep_their_answer(bot: SltBot, question: str) -> None:
    """The shipped examples agree with the bot's answer to plain questions."""
    reply = ask(bot, question, "valer")
    assert reply.intent in ("routine", "members") and "doubted" not in reply.facts


def test_a_whole_turn_with_a_doubted_answer_is_the_fallback(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _doubting(bot, monkeypatch)
    *_, reply = console_turn(bot, "hvem kaller inn til operativ gruppe", "gjesdal")
    assert reply.intent == "unknown" and reply.facts["doubted"] == "innkaller"


async def test_over_http_a_doubted_answer_is_the_honest_fallback(
    bot_server: BotServer,
    connector: FakeConnector,
    kb: KnowledgeBase,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In Teams the doubted answer is the fallback's card, naming the coordinator."""
    shipped = Compiled.of(kb).intents
    assert shipped is not None
    monkeypatch.setattr(
        shipped, "doubt", lambda text, answered: Doubt(answered, "unknown", 5, 9.0, ("unknown[1]",))
    )
    await bot_server.post(message("hvem sitter i politirådet", connector.url))
    [reply] = await connector.wait_for(1)
    shown = json.dumps(reply, ensure_ascii=False)
    assert "kan jeg dessverre ikke svare på" in shown
    assert kb.kommuner["valer"].kommune.coordinator.title in shown


def test_a_broken_examples_file_names_file_field_and_line(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    folder = tmp_path / "language"
    shutil.copytree(BUNDLED_LANGUAGE_DIR, folder)
    path = folder / "intent_examples.yaml"
    path.write_text(
        "version: x\nreadings:\n  unknown: unknown\nexamples:\n"
        "  unknown:\n  - en made-up melding om noe\n  - En made-up melding om noe!\n"
        "  finnes_ikke:\n  - en annen melding\n"
        "keep:\n  unknown:\n  - en made-up melding om noe\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeError) as raised:
        load_language(folder, kb.national)
    problems = {p.path: p for p in raised.value.problems}
    assert "finnes_ikke" in problems["examples.finnes_ikke"].message
    assert problems["examples.finnes_ikke"].line == 8  # the unknown reading's own key
    assert "twice" in problems["examples.unknown[1]"].message
    assert "unknown[0]" in problems["examples.unknown[1]"].message
    assert "twice" in problems["keep.unknown[0]"].message  # a kept question is no example too
    assert str(path) in str(raised.value)
    path.unlink()
    assert load_language(folder, kb.national).intent_examples is None


@pytest.mark.usefixtures("no_floor")
def test_examples_asked_for_another_kind_of_answer_do_not_count() -> None:
    """«hvem kommer på neste møte» asks for people: examples asking «når» do not say it asked
    for the meeting's date (``intent_net.asks`` in understanding.yaml)."""
    when = [
        "når er neste møte i fagteamet",
        "når er fagteamet neste møte",
        "når skal fagteamet ha neste møte",
        "neste møte i fagteamet, når er det",
        "når møtes fagteamet neste gang til møte",
    ]
    examples = {
        "meeting_next": when,
        "group_members": ["hvem sitter i politirådet"],
        "unknown": OTHER,
    }
    body = {
        "version": "test",
        "readings": {
            "meeting_next": "next_meeting",
            "group_members": "members",
            "unknown": "unknown",
        },
        "examples": examples,
    }
    file = IntentExamplesFile.model_validate(body)
    asks = {"who": frozenset({"hvem"}), "when": frozenset({"nar"})}
    text = "hvem kommer på neste møte i fagteamet"
    assert IntentNet(file, {}, frozenset()).doubt(text, "members") is not None
    assert IntentNet(file, {}, frozenset(), asks=asks).doubt(text, "members") is None
    # Asked the same way, the examples still count.
    asked_when = "når er egentlig neste møte i fagteamet"
    assert IntentNet(file, {}, frozenset(), asks=asks).doubt(asked_when, "members") is not None


def test_an_answer_that_says_the_plan_lacks_the_number_is_not_doubted(bot: SltBot) -> None:
    """Examples the plans cannot answer («telefonnummeret til ordføreren») agree with an
    answer that says so itself, with where the role sits and the police's own number."""
    for kommune in ("valer", "gjesdal"):
        [reply] = console_turn(bot, "hva er telefonnummeret til politikontakten?", kommune)
        assert reply.intent == "contact_service", kommune
        assert "Planen oppgir ikke telefonnummer" in reply.text and "02800" in reply.text


@pytest.mark.usefixtures("no_floor")
def test_read_names_the_reading_the_nearest_examples_agree_on() -> None:
    """:meth:`IntentNet.read` (the rescue of the fallback): the reading, how many agree, the
    margin over the best example of another reading, and the examples – never the text."""
    reading = _net().read("hvem har egentlig ansvaret for natteravnene")
    assert reading is not None and reading.reading == "tiltak_owner"
    assert reading.agree >= net_module.SAME and reading.margin > 1.0
    assert all(e.startswith("tiltak_owner[") for e in reading.examples)
    assert "natteravn" not in reading.describe()


@pytest.mark.usefixtures("no_floor")
def test_read_gives_nothing_when_the_examples_split_or_say_too_little() -> None:
    assert (
        _net(owner=OWNER[:2], members=MEMBERS[:2]).read("hvem har ansvaret for fagteamet") is None
    )
    assert _net().read("natteravnene") is None  # one word says too little


def _kinds_net() -> IntentNet:
    asks = {
        "who": frozenset({"hvem", "kven"}),
        "when": frozenset({"nar"}),
        "how": frozenset({"hvordan"}),
    }
    return IntentNet(
        IntentExamplesFile.model_validate(
            {
                "version": "test",
                "readings": {"unknown": "unknown"},
                "examples": {"unknown": OTHER},
            }
        ),
        {},
        frozenset(),
        asks=asks,
        joins=frozenset({"og", "men"}),
        which=Which(
            frozenset({"hvilke", "kva"}),
            frozenset({"for", "slags"}),
            {"tiltak": "tiltak", "grupper": "group"},
        ),
    )


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Når er oppvekstkonferansen i år?", {"when"}),
        ("Hei! Hvem lager årshjul og møteplan?", {"who"}),
        ("Utsett på foreldremøtene – hvem har ansvaret?", {"who"}),
        ("Når er «Sammen for ungdom i Gjesdal» i år?", {"when"}),
        ("fagteamet, og hvordan melder jeg inn en sak", {"how"}),
        ("Politikontakt i Gjesdal – hvilke tiltak er mine?", {"tiltak"}),
        ("Kva for grupper er SLT-koordinatoren med i?", {"group"}),
        # two questions: both kinds; a «når …» clause before another counts only beside it
        ("Hvem er med i politirådet? Og når møtes de?", {"who", "when"}),
        ("Når møtes fagteamet, og hvem er med?", {"who", "when"}),
        ("Når en elev forteller om vold, hvem ringer jeg?", {"who", "when"}),
        ("Når vi har møte i fagteamet, er rektor med da?", set()),
        ("Er det greit å nevne klassen når vi spør om råd?", set()),
        ("SLT-koordinator i Våler?", set()),
        ("hvilke møter har vi?", set()),
    ],
)
def test_the_question_form_says_the_kinds_of_answer_asked(text: str, kinds: set[str]) -> None:
    assert _kinds_net().asked_form(text) == kinds


def test_an_answer_of_another_kind_than_asked_is_doubted() -> None:
    """«når …?» answered with people, «hvem …?» with a date or a rhythm: doubted whatever
    the examples say; an answer of the kind asked, or one the net never checks, is not."""
    net = _kinds_net()
    doubt = net.doubt("Når er oppvekstkonferansen i år?", "members")
    assert doubt is not None and doubt.reading == "unknown" and doubt.answered == "members"
    assert "asked when" in doubt.describe()
    assert net.doubt("Hvem lager møteplanen?", "meeting_plan") is not None
    assert net.doubt("Hvordan melder jeg inn en sak til fagteamet?", "innkaller") is not None
    assert net.doubt("Når er neste møte i fagteamet?", "next_meeting") is None
    assert net.doubt("Hvem sitter i fagteamet?", "members") is None
    assert net.doubt("Hvordan går jeg fram ved rusbekymring?", "routine") is None
    assert net.doubt("Når møtes fagteamet, og hvem er med?", "next_meeting") is None
    # an answer that fits none of two questions asked
    assert net.doubt("Kva tiltak har vi, og når er dei ferdige?", "members") is not None
    assert net.doubt("Når er det slutt?", "danger") is None  # the danger path is never doubted
    assert net.doubt("Kva grupper er SLT-koordinatoren med i?", "coordinator") is not None
    assert net.doubt("Kva grupper er SLT-koordinatoren med i?", "role_groups") is None
    assert net.doubt("hvilke tiltak har politiet?", "members") is not None
    assert net.doubt("hvilke tiltak har politiet?", "tiltak_for_role") is None


def test_a_when_question_answered_with_people_gets_the_honest_fallback(bot: SltBot) -> None:
    # the reader once answered it with the members (doubted, the honest fallback); its form
    # now asks the gathering's date (tests/test_clarify_forms.py), and the net lets that stand
    [reply] = console_turn(bot, "Når er «Sammen for ungdom i Gjesdal» i år?", "gjesdal")
    assert reply.intent == "next_meeting" and "doubted" not in reply.facts
    [reply] = console_turn(bot, "Hvem lager årshjul og møteplan for SLT-arbeidet?", "gjesdal")
    assert reply.intent == "unknown" and reply.facts.get("doubted") == "meeting_plan"
    # asked both ways, the answer given stands
    # (Jevnaker's: Våler has no fagteam, tests/test_facts32.py – the fagteam's rhythm answers)
    [reply] = console_turn(bot, "Når møtes fagteamet, og hvem er med?", "jevnaker")
    assert reply.intent in ("next_meeting", "frequency") and "doubted" not in reply.facts


def test_only_the_voting_examples_vote_and_a_kept_one_still_scores() -> None:
    """The votes are the first examples' scores (those under ``examples``); an example under
    ``keep`` scores, and a margin reads it, but it is never among the nearest voters."""
    net = _net(keep={"group_members": ["hvem har ansvaret for natteravnene egentlig"]})
    text = "hvem har ansvaret for natteravnene"
    totals, _, _ = net.scores(text)
    kept = net.count - 1
    assert totals[kept] > 0
    votes = net._votes(totals)
    assert len(votes) == kept  # the scores of every example before the kept one
    assert (votes == totals[:kept]).all()
    assert int(votes.argmax()) != kept
