"""Which level does a piece of work, who does it, and whether the kommune has a plan for a topic.

«hvilket nivå rapporterer til ledergruppa?»: a verb after «hvilket nivå» asks which level does
that work – the level whose own duties in the plan say it answers with its duties, not the
group or role the work is done for (bot/understanding/level_asked.py); so does «hvem lager
årshjul og møteplan?» when one level's duties hold every word of it. «har vi en plan mot
skolefravær?» asks whether the kommune has a plan or routine for the topic, as «har vi en
rutine for …» does: the list of routines answers, with the plans it follows beside the SLT
plan (bot/understanding/routine_form.py). Made-up questions, none of an eval round.
"""

from __future__ import annotations

import pytest

from bot.routing import SltBot
from tests.auxil.asking import last_reply


@pytest.mark.parametrize(
    ("text", "kommune", "shown"),
    [
        # the role or group named is who the work is for, not who does it
        ("hvilket nivå rapporterer til kommunedirektøren sin ledergruppe?", "jevnaker", "halvåret"),
        ("kva nivå lagar møteplanen og handlingsplanen?", "jevnaker", "møteplan"),
        ("på hvilket nivå settes mål og prioriteringer?", "valer", "prioriteringer"),
        # no group named: the one level whose duties hold every word of the work
        ("kven lagar møteplan og årshjul for oss?", "jevnaker", "årshjul"),
        ("hvem setter mål og prioriteringer for arbeidet?", "valer", "prioriteringer"),
    ],
)
def test_a_level_asked_by_its_work_answers_with_its_duties(
    bot: SltBot, text: str, kommune: str, shown: str
) -> None:
    reply = last_reply(bot, text, kommune)
    assert reply.intent == "duties", (text, reply.intent)
    assert shown in reply.text, reply.text


@pytest.mark.parametrize(
    ("text", "kommune", "not_intent"),
    [
        ("hvem disponerer stimuleringsmidlene?", "gjesdal", "duties"),  # a plan fact says it
        ("hvem skriver referat?", "jevnaker", "duties"),  # one word of work: no reading
    ],
)
def test_work_a_level_does_not_alone_hold_is_no_level(
    bot: SltBot, text: str, kommune: str, not_intent: str
) -> None:
    assert last_reply(bot, text, kommune).intent != not_intent, text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("hvilket nivå er politirådet på?", "valer"),
        ("kva nivå er koordineringsgruppa på?", "jevnaker"),
    ],
)
def test_a_groups_level_asked_is_still_its_level(bot: SltBot, text: str, kommune: str) -> None:
    assert last_reply(bot, text, kommune).intent == "levels", text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har vi en plan mot bekymringsfullt skolefravær?", "jevnaker"),
        ("finst det ein rutine for rusbekymring her?", "gjesdal"),
        ("har dere en handlingsplan mot vold i nære relasjoner?", "valer"),
    ],
)
def test_whether_the_kommune_has_a_plan_for_a_topic_is_the_list(
    bot: SltBot, text: str, kommune: str
) -> None:
    assert last_reply(bot, text, kommune).intent == "routine_list", text


@pytest.mark.parametrize(
    ("text", "kommune"),
    [
        ("har vi en plan for slt-arbeidet?", "valer"),  # the SLT plan itself
        ("finnes det noe i planen om rusbekymring?", "valer"),  # what the SLT plan says
    ],
)
def test_the_slt_plan_itself_is_no_routine(bot: SltBot, text: str, kommune: str) -> None:
    assert last_reply(bot, text, kommune).intent != "routine_list", text
