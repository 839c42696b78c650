"""Staff who write Norwegian as a second language: Swedish and Danish words mixed in («vem är
SLT-koordinator», «hvad gør jeg»), English ones, an infinitive where bokmål has the present
(«hvem ha ansvar», «jeg jobbe i skole»), wrong gender («den koordinator») and polite formulas
(«kan du være så snill å …»). Each is read as the bokmål question it is: the Swedish and Danish
forms and the polite formulas by knowledge/language/dialect.yaml, the infinitives by its
``finite`` (bot/understanding/normalise.py ``Finite``). Words a fold would change the meaning
of stay as typed: «gått seg vill» (lost), «nær» (near, which Swedish «när» folds to), «var».

Every message is made up for this file (none is an evaluation item).
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.text import fold
from bot.understanding.normalise import Finite
from bot.understanding.reader import Understanding
from tests.test_answers_confidence import turn


@pytest.fixture(scope="module")
def understanding(kb: KnowledgeBase) -> Understanding:
    return Understanding(kb)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("hon andas inte", ("hun", "puster", "ikke")),
        ("vem är ansvarig", ("hvem", "er", "ansvarlig")),
        ("hvad gør jeg nu", ("hva", "gjor", "jeg", "nu")),
        ("polisen och socialtjänsten", ("politiet", "og", "barnevernet")),
        ("hvem ha ansvar", ("hvem", "har", "ansvar")),
        ("jeg jobbe i skolan", ("jeg", "jobber", "i", "skolen")),
        ("vær så snill, hvem sitte i fagteam", ("please", "hvem", "sitter", "i", "fagteam")),
    ],
)
def test_second_language_words_read_as_bokmal(
    understanding: Understanding, text: str, read: tuple[str, ...]
) -> None:
    assert understanding.normalise(text)[: len(read)] == read


@pytest.mark.parametrize(
    ("typed", "meaning"),
    [
        ("vill", "wild: «gått seg vill» (lost), not Swedish «vill» (wants)"),
        ("nær", "near (Swedish «när» folds to it): «vold i nær relasjon»"),
        ("var", "was, not Swedish «var» (where)"),
        ("nat", "Danish «nat» (night), which Swedish «nåt» (something) folds to"),
        ("maste", "nagged, which Swedish «måste» folds to"),
        ("hende", "happen, not Danish «hende» (her)"),
        ("ni", "nine, not Swedish «ni» (you)"),
        ("dom", "a verdict, not Swedish «dom» (they)"),
    ],
)
def test_a_bokmal_word_a_fold_could_take_is_not_folded(
    kb: KnowledgeBase, typed: str, meaning: str
) -> None:
    assert fold(typed) not in kb.language.dialect.folded(), meaning


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("kan jeg ringe politikontakten", "ringe"),  # the infinitive after a modal is right
        ("hvem skal ha ansvar for det", "ha"),
        ("når er neste møte", "mote"),  # «møte» is a meeting, no verb to read as «møter»
    ],
)
def test_an_infinitive_where_bokmal_has_one_stays(
    understanding: Understanding, text: str, kept: str
) -> None:
    assert kept in understanding.normalise(text)


def test_an_infinitive_is_read_as_present_only_after_its_words() -> None:
    finite = Finite({"ha": "har", "sitte": "sitter"}, frozenset({"hvem"}), frozenset({"jeg"}))
    assert finite.read(["hvem", "ha", "ansvar"]) == ["hvem", "har", "ansvar"]
    assert finite.read(["jeg", "sitte", "i"]) == ["jeg", "sitter", "i"]
    assert finite.read(["kan", "jeg", "sitte", "i"]) == ["kan", "jeg", "sitte", "i"]
    assert finite.read(["skal", "ha", "ansvar"]) == ["skal", "ha", "ansvar"]


# (message, kommune, the reply's intent, a line of the answer)
QUESTIONS = [
    # the coordinator
    ("vem är SLT-koordinator hos er?", "valer", "coordinator", "SLT-koordinator i Våler"),
    ("hvem er SLT koordinator hos jer?", "valer", "coordinator", "SLT-koordinator i Våler"),
    ("who is the SLT-koordinator here?", "valer", "coordinator", "SLT-koordinator i Våler"),
    ("jeg ny her, hvem være den koordinator?", "gjesdal", "coordinator", "SLT-koordinator i"),
    ("vær så snill, hvem er koordinator?", "valer", "coordinator", "SLT-koordinator i Våler"),
    # a group's members
    ("vem sitter i politirådet?", "valer", "members", "Politirådet"),
    ("hvem sidder i politirådet?", "valer", "members", "Politirådet"),
    ("who is in politirådet?", "valer", "members", "Politirådet"),
    ("hvem er i den politiråd?", "valer", "members", "Politirådet"),
    (
        "kan du være så snill å si hvem som sitter i SLT-nettverket?",
        "valer",
        "members",
        "SLT-nettverket",
    ),
    # a role's groups
    ("i vilken grupp sitter rektor?", "valer", "role_groups", "Hvor sitter rektor"),
    ("i hvilken gruppe sidder rektor?", "valer", "role_groups", "Hvor sitter rektor"),
    ("rektor sitte i hvilken gruppe?", "valer", "role_groups", "Hvor sitter rektor"),
    # the next meeting
    ("när är nästa möte i politirådet?", "valer", "next_meeting", "Neste møte i Politirådet"),
    ("hvornår er næste møde i SLT-nettverket?", "valer", "next_meeting", "SLT-nettverket"),
    ("when is next meeting in SLT-nettverket?", "valer", "next_meeting", "SLT-nettverket"),
    ("neste møte for den SLT-nettverk når?", "valer", "next_meeting", "SLT-nettverket"),
    # how often a group meets
    ("hur ofte träffas politirådet?", "valer", "frequency", "Politirådet"),
    ("hvor ofte den politiråd møte?", "valer", "frequency", "Politirådet"),
    # a routine
    ("vilka rutiner finns i Våler?", "valer", "routine_list", "Rutiner i Våler"),
    ("hvad er rutinen ved vold i nære relationer?", "valer", "routine", "Vold i nære"),
    ("what is the routine for rusbekymring?", "valer", "routine", "Rusbekymring"),
    ("jeg trenge rutine for rusbekymring", "valer", "routine", "Rusbekymring"),
    # a tiltak's owner
    ("vem är ansvarig för Flexid?", "gjesdal", "tiltak_owner", "Hvem har ansvaret?"),
    ("who is responsible for Flexid?", "gjesdal", "tiltak_owner", "Hvem har ansvaret?"),
    ("hvem ha ansvar for den Flexid tiltak?", "gjesdal", "tiltak_owner", "Hvem har ansvaret?"),
    # hotlines
    ("vilket nummer ringer jag till barnevernvakten?", "valer", "hotlines", "telefonnumre"),
    ("which number do I call for barnevernvakten?", "valer", "hotlines", "telefonnumre"),
    ("hvilket nummer jeg ringe til barnevernvakten?", "valer", "hotlines", "telefonnumre"),
]


@pytest.mark.parametrize(("text", "kommune", "intent", "line"), QUESTIONS)
def test_the_main_questions_in_a_second_language(
    bot: SltBot, text: str, kommune: str, intent: str, line: str
) -> None:
    replies = turn(bot, text, kommune)
    assert [r.intent for r in replies] == [intent], (text, replies[0].text[:120])
    assert line in replies[0].text, replies[0].text[:200]


@pytest.mark.parametrize(
    ("text", "intent", "number"),
    [
        ("pojken är medvetslös och andas inte", "danger", "113"),
        ("hon blöder mycket från armen och svarar inte", "danger", "113"),
        ("flickan säger att pappa slog henne igår, vad gör jag?", "disclosure", "112"),
        ("drengen siger at far slår ham, hvad gør jeg?", "disclosure", "112"),
    ],
)
def test_a_case_told_in_swedish_or_danish_is_routed(
    bot: SltBot, text: str, intent: str, number: str
) -> None:
    replies = turn(bot, text, "valer")
    assert replies[0].intent == intent, (text, replies[0].text[:120])
    assert number in replies[0].text.split("\n")[0]


@pytest.mark.parametrize(
    "text",
    [
        "vilken rutin finns för självmord?",  # a routine asked, no one in danger
        "vi har tema om psykisk hälsa i klassen, finns det ett tiltak för det?",
    ],
)
def test_a_calm_question_in_swedish_raises_no_alarm(bot: SltBot, text: str) -> None:
    replies = turn(bot, text, "valer")
    assert all(r.intent not in {"danger", "disclosure"} for r in replies), text
