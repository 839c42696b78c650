"""The honest «vet ikke» the router gives when no feature takes a question, and the intent
net and the rescue give when the examples doubt an answer (bot/features/doubt.py): what the
bot can do and whom to ask instead, with the safety net under a message about someone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.features.organisation.help import asks_for_material, fallback
from bot.features.organisation.unnamed import unnamed_lead
from bot.features.reply import Reply
from bot.safety_idioms import laughing
from bot.safety_no_case import untitled
from bot.understanding.counts import counted

if TYPE_CHECKING:
    from bot.router import Turn


def honest_fallback(turn: Turn) -> Reply:
    """The honest «vet ikke». Its safety net (112/113) stays under a message that speaks of
    someone – it may be a case the danger check missed – and is left out under a question
    about things («hvordan slår jeg av varsler i teams», «budsjettet til slt»), where staff
    read the emergency numbers as noise; and under material asked for or danger words the
    danger check judged harmless."""
    q = turn.understood
    topic = q is not None and asks_for_material(q.words, counted(q.words) is not None)
    topic = topic or (q is not None and not turn.bot.routines.asked.about_someone(q.words))
    topic = topic or (bool(turn.text) and turn.bot.safety.look_alike(turn.text))
    joking = turn.bot.routines.joking  # «… 😂 noen som har den nye timeplanen?»: told laughing
    topic = topic or (q is not None and laughing(turn.text or "", q.words, joking))
    topic = topic or untitled(turn.text or "") != (turn.text or "")  # «sangen heter «…»»
    return fallback(turn.index, turn.bot.kb, topic=topic, lead=unnamed_lead(turn))


__all__ = ["honest_fallback"]
