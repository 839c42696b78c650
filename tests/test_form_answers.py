"""What a question's own form asks decides over its nearest examples and over an object's name
(bot/features/doubt.py ``answers_the_form``, bot/understanding/cues.py):

- a role and a choice of groups («sitter NAV i X eller Y?») is answered by the role's seats,
  even when the examples near it vote for the groups' members or the levels;
- «hvilke tiltak …» answered with a tiltak list keeps it against examples that read a role's
  seats; the plans' «vet ikke» (``unknown``) still doubts it;
- «er det slt-koordinator som kaller inn til styringsgruppa?»: the meeting task asked of the
  named group, not the coordinator's sheet; «er det ordføreren som leder politirådet?» the
  chair.

Made-up probes, none from an eval round or a corpus.
"""

from __future__ import annotations

import pytest

from bot import intent_net as net_module
from bot.compiled import Compiled
from bot.intent_net import Doubt
from bot.routing import SltBot
from tests.auxil.asking import ask


def _doubting(bot: SltBot, monkeypatch: pytest.MonkeyPatch, reading: str) -> None:
    """The shipped net doubts every answer it checks, for ``reading``."""
    shipped = Compiled.of(bot.kb).intents
    assert shipped is not None

    def doubt(text: str, answered: str) -> Doubt | None:
        if answered not in net_module.CHECKED:
            return None
        return Doubt(answered, reading, 4, 2.0, (f"{reading}[1]",))

    monkeypatch.setattr(shipped, "doubt", doubt)


@pytest.mark.parametrize(
    ("kommune", "question", "seat"),
    [
        ("valer", "Sitter NAV i politirådet eller i SLT-nettverket?", "Virksomhetsleder NAV"),
        ("gjesdal", "er rektor med i styringsgruppa eller arbeidsgruppa", "Rektorene"),
        ("gjesdal", "sitter politikontakten på styrende eller utførende nivå?", "Politikontakt"),
    ],
)
def test_a_role_and_a_choice_of_groups_keeps_the_seats(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch, kommune: str, question: str, seat: str
) -> None:
    _doubting(bot, monkeypatch, "group_members")
    reply = ask(bot, question, kommune)
    assert reply.intent == "role_groups" and "doubted" not in reply.facts
    assert seat in reply.text


@pytest.mark.parametrize(
    ("kommune", "question"),
    [
        ("valer", "hvor sitter NAV"),  # no choice offered
        ("valer", "sitter NAV eller barnevernet i noe"),  # two roles, no group named
    ],
)
def test_without_a_choice_of_groups_the_doubt_stands(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch, kommune: str, question: str
) -> None:
    _doubting(bot, monkeypatch, "group_members")
    reply = ask(bot, question, kommune)
    assert reply.intent != "role_groups"


def test_a_tiltak_list_for_a_which_tiltak_question_is_kept(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "hvilke tiltak er vi ansvarlige for i frivilligsentralen"
    assert ask(bot, question, "gjesdal").intent == "tiltak_mine"
    _doubting(bot, monkeypatch, "role_groups")
    reply = ask(bot, question, "gjesdal")
    assert reply.intent == "tiltak_mine" and "doubted" not in reply.facts


def test_a_tiltak_list_the_plans_cannot_answer_is_still_doubted(
    bot: SltBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _doubting(bot, monkeypatch, "unknown")
    reply = ask(bot, "hvilke tiltak er vi ansvarlige for i frivilligsentralen", "gjesdal")
    assert reply.intent != "tiltak_mine" and reply.facts.get("doubted") == "tiltak_mine"


@pytest.mark.parametrize(
    ("kommune", "question", "intent", "value"),
    [
        ("gjesdal", "er det slt-koordinator som kaller inn til styringsgruppa?", "innkaller",
         "SLT-koordinator"),
        ("gjesdal", "Er det SLT-koordinatoren som er sekretær i styringsgruppa", "sekretar",
         "SLT-koordinator"),
        ("jevnaker", "er det ordføreren som leder politirådet", "moteleder", "Ordfører"),
        ("gjesdal", "hvem har ansvar for å kalle inn til arbeidsgruppa", "innkaller",
         "SLT-koordinator"),
        ("gjesdal", "hvem har ansvaret for referatet i styringsgruppa", "sekretar",
         "SLT-koordinator"),
    ],
)  # fmt: skip
def test_a_meeting_task_asked_of_a_named_group_beats_the_coordinators_name(
    bot: SltBot, kommune: str, question: str, intent: str, value: str
) -> None:
    reply = ask(bot, question, kommune)
    assert reply.intent == intent and value in str(reply.facts.get("value"))


def test_the_coordinators_name_alone_still_gives_the_sheet(bot: SltBot) -> None:
    assert ask(bot, "hvem er slt-koordinator i gjesdal", "gjesdal").intent == "coordinator"
    assert ask(bot, "er slt-koordinator med i politirådet", "valer").intent != "innkaller"
    # who holds it asked first; a case brought to a group is no meeting task
    for question in (
        "hvem er slt-koordinator som leder fagteamet?",
        "hvem er slt-koordinator? jeg har en sak til fagteamet",
    ):
        assert ask(bot, question, "jevnaker").intent != "moteleder", question


def test_a_stated_title_with_what_it_leads_is_one_role(bot: SltBot) -> None:
    """«som kommunalsjef oppvekst og kultur»: that kommunalsjef's tiltak and the bare title's,
    never those of another kommunalsjef (Jevnaker's plan names three)."""
    reply = ask(bot, "hvilke tiltak er mine som kommunalsjef oppvekst og kultur?", "jevnaker")
    assert reply.intent == "tiltak_mine"
    title = reply.text.splitlines()[0]
    assert "Kommunalsjef oppvekst og kultur" in title and "helse" not in title.lower()


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("er lærer på barneskolen, hvilke tiltak har vi ansvar for?", "lærer"),
        ("jeg jobber som ungdomskontakt – hvilke tiltak er mine?", "ungdomskontakt"),
    ],
)
def test_a_stated_role_without_tiltak_is_named_as_the_lexicon_spells_it(
    bot: SltBot, question: str, spelled: str
) -> None:
    """A role the message states and the plan gives no tiltak is shown as it is written,
    never folded («Tiltak for laerer» was found walking)."""
    reply = ask(bot, question, "jevnaker")
    assert reply.intent == "tiltak_mine"
    assert reply.text.splitlines()[0] == f"Tiltak for {spelled}"
    assert f"Ingen tiltak står med {spelled} som ansvarlig" in reply.text
    assert "laerer" not in reply.text


def test_the_named_one_may_do_the_task_with_words_between(bot: SltBot) -> None:
    reply = ask(bot, "er slt-koordinatoren også sekretær for styringsgruppa?", "gjesdal")
    assert reply.intent == "sekretar"
