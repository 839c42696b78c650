"""Calm routine questions and the honest «vet ikke» (session 37, routine81). Every message is
made up for this file (none is an evaluation item), with no real names.

- Parents in the meeting about their own child: «kan foresatte være med når datteren deres
  drøftes i fagteamet?» is the consent routine's question – Jevnaker's fagteam takes a case up
  only with the young person and the parents there, or with informed consent (001:199-201;
  bot/understanding/case_shared.py ``parents_take_part``), calmly: a meeting tells no danger.
  A parents' meeting on a topic names no one child and keeps its answer; violence told beside
  it is routed.
- Parents worried about their own child's rus («… sønnen og rus») ask the rus routine, whose
  steps end in Jevnaker's fagteam (routines.yaml trigger «rus sønn*»).
- A follow-up that leans on an earlier answer («gjelder det også for henne?», «og hva med den
  andre klassen?», «kan du forklare det kortere for eleven?») gets the honest fallback naming
  the coordinator: the bot keeps no earlier question (bot/understanding/leaning.py). A
  follow-up that names its own object keeps its answer; a danger told in one keeps its alarm.
- A worry about absence named as a worry («hva sier jeg til foreldrene når vi er bekymret for
  fravær?») is the absence routine's (routines.yaml triggers «bekymret for fravær» …); figures asked
  are not.
- Where the writer buys something («hvor kan vi kjøpe boller til trygghetsvandringa?») is no
  plan's: the honest fallback, whatever group, service or drill the message names.
- The bot's own judgment asked («mener du det er lurt å ha fagteam hver uke?») is an opinion
  (bot/understanding/opinion.py), even with «det … å»; the writer's own step named keeps the
  old reading.
"""

from __future__ import annotations

import pytest

from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.understanding.case_shared import parents_take_part
from bot.understanding.leaning import leaning
from tests.auxil.asking import intent_and_text, last_reply


def _words(text: str) -> tuple[str, ...]:
    from bot.text import fold

    return tuple(fold(text).replace("?", " ").replace(",", " ").split())


@pytest.mark.parametrize(
    "text",
    [
        "kan foresatte være med når datteren deres drøftes i fagteamet?",
        "får foreldrene være til stede på møtet om sønnen sin?",
        "kan foreldre delta i fagteamet når vi tar opp barnet deres?",
    ],
)
def test_parents_in_the_meeting_about_their_child_get_consent(bot: SltBot, text: str) -> None:
    reply = last_reply(bot, text, "jevnaker")
    assert reply.intent == "routine", (reply.intent, reply.text[:200])
    assert reply.facts.get("routine") == "samtykke", reply.facts
    assert "samtykke" in reply.text.lower()
    assert not reply.text.startswith("⚠"), reply.text[:200]  # a meeting, no danger: calm


def test_violence_told_beside_the_parents_meeting_is_routed(bot: SltBot) -> None:
    text = "foreldrene vil være med på møtet om sønnen, men faren slår ham, hva gjør vi?"
    intent, answer = intent_and_text(bot, text, "jevnaker")
    assert intent in ("disclosure", "danger"), answer[:200]


@pytest.mark.parametrize(
    "text",
    [
        "kan foreldre delta på foreldremøtet om rus?",
        "skal foreldrene delta på trygghetsvandringen?",
        "foreldrene deltar på kurset i neste uke",
    ],
)
def test_a_parents_meeting_on_a_topic_is_no_case(text: str) -> None:
    assert not parents_take_part(_words(text))


def test_parents_worried_about_their_sons_rus_get_the_rus_routine(bot: SltBot) -> None:
    text = "mor og far er bekymret for vennene til sønnen og rus, kan de ta det til fagteamet?"
    reply = last_reply(bot, text, "jevnaker")
    assert reply.facts.get("routine") == "rusbekymring", (reply.intent, reply.text[:200])
    assert "fagteam" in reply.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "gjelder det også for henne?",
        "og hva med den andre klassen?",
        "hva med dem da?",
        "kan du forklare det kortere for eleven?",
        "si det enklere",
        "kan du si det igjen til rektor?",
    ],
)
@pytest.mark.parametrize("kommune", ["valer", "jevnaker", "gjesdal"])
def test_a_follow_up_leaning_on_an_earlier_answer_is_honest(
    bot: SltBot, text: str, kommune: str
) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "unknown", (text, answer[:200])
    assert "SLT-koordinator" in answer


@pytest.mark.parametrize(
    "text",
    [
        "hva med fagteamet?",
        "og operativ gruppe, hvor ofte møtes den?",
        "gjelder det for alle skolene i kommunen?",
        "hvordan forklarer jeg foreldrene at vi melder til barnevernet?",
        "forklar de to nivåene for meg, kort",
        "kan du forklare den rutinen kortere?",
    ],
)
def test_a_follow_up_naming_its_object_is_not_leaning(kb: KnowledgeBase, text: str) -> None:
    assert not leaning(kb).leans_on_before(_words(text))


def test_a_danger_told_as_a_follow_up_keeps_its_alarm(bot: SltBot) -> None:
    intent, answer = intent_and_text(bot, "og hva med han som truer med å skyte?", "gjesdal")
    assert intent == "danger", answer[:200]
    assert "112" in answer.split("\n")[0]


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvor kan vi kjøpe boller til trygghetsvandringa?", "gjesdal"),
        ("vi har hastemøte i morgen, hvor kjøper jeg kaffe til politiet?", "valer"),
        ("skal vi kjøpe inn pizza til fagteamet, og hvor?", "jevnaker"),
    ],
)
def test_where_the_writer_buys_something_is_no_plans(bot: SltBot, text: str, kommune: str) -> None:
    intent, answer = intent_and_text(bot, text, kommune)
    assert intent == "unknown", (text, answer[:200])
    assert "SLT-koordinator" in answer


@pytest.mark.parametrize(
    "text",
    [
        "en voksen kjøper øl til elevene på fredager",
        "elevene kjøper snus i kiosken",
        "det handler om en elev som kjøper hasj",
    ],
)
def test_someone_else_buying_is_no_purchase_asked(kb: KnowledgeBase, text: str) -> None:
    assert not leaning(kb).asks_where_to_buy(_words(text))


def test_a_disclosure_of_buying_keeps_its_routine(bot: SltBot) -> None:
    text = "en voksen mann kjøper sprit til 13-åringene hver fredag, hva gjør vi?"
    intent, _ = intent_and_text(bot, text, "valer")
    assert intent in ("disclosure", "danger", "routine")


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("mener du det er lurt å ha fagteam hver uke?", "jevnaker"),
        ("synes du det er smart å ha felles arbeidsgruppe med nabokommunen?", "gjesdal"),
    ],
)
def test_the_bots_own_judgment_asked_is_an_opinion(bot: SltBot, text: str, kommune: str) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "unknown", (reply.intent, reply.text[:200])
    assert reply.facts.get("beyond") == "opinion", reply.facts


def test_the_writers_own_step_is_no_opinion(bot: SltBot) -> None:
    from bot.understanding.opinion import Opinions

    opinions = Opinions.of(bot.kb.language.understanding.opinion_asked)
    assert not opinions.asked(_words("synes du vi bør ta det opp i fagteamet?"))
    assert not opinions.asked(_words("er det lurt å ta opp saken i fagteamet?"))
    assert opinions.asked(_words("synes du det er lurt å ha felles politiråd?"))


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hva sier jeg til foreldrene når vi er bekymret for fravær?", "valer"),
        ("kontaktlæreren er bekymret for fraværet til en gutt i 9b, hva gjør vi?", "jevnaker"),
        ("hvordan tar vi opp bekymring for fravær med hjemmet?", "gjesdal"),
    ],
)
def test_a_worry_about_absence_gets_the_absence_routine(
    bot: SltBot, text: str, kommune: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.facts.get("routine") == "skolefravaer", (reply.intent, reply.text[:200])


def test_absence_figures_asked_are_no_routine_case(bot: SltBot) -> None:
    reply = last_reply(bot, "hvor mange elever har bekymringsfullt fravær i kommunen?", "valer")
    assert reply.intent != "routine", reply.text[:200]
