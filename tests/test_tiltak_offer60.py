"""tiltak60: a tiltak asked by what it offers, whom it is for or when, and «my» tiltak by a role
the message states.

- Two tiltak that lead together, clear of the rest, are listed: one of them alone would be a
  guess, neither a near miss (bot/understanding/offer_asked.py ``leading_tiltak``).
- «finnes det noe …» asks for an offer as «har vi noe …» does; a tiltak found only by words
  of a case told before the form («… stoppet av politiet …») is no offer: the routine answers.
- A grade in a remark after the question («… ? vi planlegger en temadag for 10. trinn») says
  why it is asked and does not stop the offer's tiltak.
- «gjør slt noe for …» asks what SLT does, as «hva gjør planen» does: a routine ranked above
  the tiltak is the topic's, not the answer.
- A word no knowledge file spells but whose compound head a tiltak holds («sommertilbud»:
  «Sommeruka») is held by that tiltak (retrieval's ``holds``), so the answer is no «vet ikke».
- «hva står på lista mi …» asks for the asker's tiltak; «kommunalsjef helse og omsorg» is that
  kommunalsjef, not every kommunalsjef; the stated role decides over the roster's.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.config import Settings
from bot.features.reply import Reply
from bot.knowledge.index import KnowledgeBase
from bot.messages import Request, Sender
from bot.people import PeopleMap, Person
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        # two summer offers for children who need one (Våler 13/14 and 16): both listed
        (
            "har vi noe sommertilbud til barn med særlige behov?",
            "valer",
            ("sommeruka", "røde kors"),
        ),
        ("finnes det noe sommertilbud for ungene med ekstra behov?", "valer", ("sommeruka",)),
        # a grade in the remark after the question
        (
            "finnes det noe opplegg mot vold i nære relasjoner? vi planlegger en temadag for 10. "
            "trinn",
            "valer",
            ("uten vold",),
        ),
        # what SLT does for a group of people: the tiltak, past a routine ranked above it
        ("gjer slt noko for foreldra og andre vaksne rundt ungdomane?", "gjesdal", ("folkemøter",)),
    ],
)
def test_an_offer_asked_by_whom_or_when_lists_the_leading_tiltak(
    bot: SltBot, text: str, kommune: str, shown: tuple[str, ...]
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.text)
    for word in shown:
        assert word in reply.text.lower(), (word, reply.text)


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        # many tiltak on «trygg» alike: no guess among them
        ("hva gjør slt for tryggheten på kjøpesenteret?", "jevnaker"),
        ("finnes det noe tilbud for pensjonister som kjeder seg?", "gjesdal"),
    ],
)
def test_an_offer_no_tiltak_leads_stays_honest(bot: SltBot, text: str, kommune: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (text, reply.text)
    assert "Tiltak i handlingsplanen" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "en gutt ble stoppet av politiet med hasj. finnes det noe alternativ til bot?",
        "ei jente ble tatt med hasj av politiet i helga, har vi noe alternativ til bot?",
    ],
)
def test_an_offer_found_by_a_word_of_the_case_is_the_routine(bot: SltBot, text: str) -> None:
    """The tiltak retrieval ranks first holds only the case's words («politiet»), none of what
    is asked after the form: the case's routine answers, not that tiltak."""
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "routine", reply.text
    assert "Rusbekymring" in reply.text


def test_a_compound_whose_head_a_tiltak_holds_is_held(bot: SltBot) -> None:
    search = bot.understanding.search["valer"]
    assert search.holds("tiltak", "16", "sommertilbud")  # «… en god sommeropplevelse»
    assert search.kind_holds("tiltak", "sommertilbud")
    assert not search.kind_holds("tiltak", "mopedkjoring")


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        ("hva står på lista mi i planen? jeg er ungdomskontakt", "valer", "Tiltak 3"),
        ("som kommunalsjef helse og omsorg: hva har jeg på lista mi?", "jevnaker", "TryggEst"),
    ],
)
def test_my_list_in_the_plan_is_my_tiltak(bot: SltBot, text: str, kommune: str, shown: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_mine", (text, reply.text)
    assert shown in reply.text, reply.text


def test_a_stated_title_qualified_by_the_message_is_that_one(bot: SltBot) -> None:
    """«kommunalsjef helse og omsorg»: «helse» is no role word, but it says which of the three
    kommunalsjefer Jevnaker's plan names – that one's tiltak and the bare title's."""
    reply = last_reply(
        bot, "jeg er kommunalsjef helse og omsorg, hvilke tiltak er mine?", "jevnaker"
    )
    assert reply.intent == "tiltak_mine"
    title = reply.text.splitlines()[0]
    assert "Kommunalsjef helse og omsorg" in title and "oppvekst" not in title, title
    assert "Kjentmann" not in reply.text  # kommunalsjef oppvekst og kultur's alone


@pytest.fixture
def mapped(kb: KnowledgeBase) -> SltBot:
    """A bot whose people mapping makes a made-up person Våler's ungdomskontakt."""
    person = Person(role="Ungdomskontakt", upn="kari.kontakt@valer.example")
    people = {"valer": PeopleMap("valer", {"ungdomskontakt": (person,)})}
    return SltBot(kb, SqliteStore.open(":memory:"), Settings(), people=people)


def _as_mapped_ungdomskontakt(bot: SltBot, text: str) -> Reply:
    bot.store.database.put(
        "roster", "aad-kari", {"user_id": "29:kari", "upn": "kari.kontakt@valer.example"}
    )
    request = Request(text=text, conversation_key="conv:x", sender=Sender("29:kari", "aad-kari"))
    [reply] = asyncio.run(bot.on_message(request))
    return reply


def test_a_stated_role_decides_over_the_roster_also_without_tiltak(mapped: SltBot) -> None:
    """Someone the roster maps as ungdomskontakt writes from another job: that job's tiltak
    (none) answer – the roster's would answer another question."""
    assert "Ungdomskontakt" in _as_mapped_ungdomskontakt(mapped, "mine tiltak").text
    reply = _as_mapped_ungdomskontakt(mapped, "jeg er trener nå, hvilke tiltak er mine?")
    assert reply.intent == "tiltak_mine", reply.intent
    assert "Ingen tiltak" in reply.text and "Ungdomskontakt" not in reply.text, reply.text


def test_a_second_hat_without_tiltak_keeps_the_rosters(mapped: SltBot) -> None:
    reply = _as_mapped_ungdomskontakt(mapped, "jeg er i tillegg trener, hvilke tiltak er mine?")
    assert reply.intent == "tiltak_mine", reply.intent
    assert "Ungdomskontakt" in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        (
            "i en podkast hørte jeg om «bekymringssamtaler» hos politiet – finnes noe slikt i "
            "planen vår?",
            "valer",
            "Bekymringssamtaler med politiet",
        ),
        (
            "naboskolen har «natteravner» i helgene, har vi noe lignende i planen?",
            "gjesdal",
            "Natteravn",
        ),
    ],
)
def test_something_like_a_quoted_thing_asked_of_the_plan_is_its_tiltak(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    """«… «X» …, er det noe sånt i planen?»: the quoted thing is the topic, not the scene's
    words (a book, a podcast) nor a routine retrieval finds for the scene."""
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "tiltak_lookup", (text, reply.text)
    assert shown in reply.text, reply.text


def test_something_like_a_quoted_thing_the_plan_lacks_is_said_so(bot: SltBot) -> None:
    reply = last_reply(
        bot, "i serien på tv hadde skolen et «mobbeombud», har vi noe sånt i planen?", "valer"
    )
    assert reply.intent == "unknown", reply.text
    assert "Planen nevner ikke «mobbeombud»" in reply.text
