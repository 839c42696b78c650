"""«Mente du …?»: when two readings of a question are close, ask back with buttons.

Each button carries the question it stands for; pressing it answers that question in place
of the card (Action.Execute), through the same router as a typed question.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.features.reply import Reply
from bot.router import SMALL_TALK, Router, Turn
from cards.base import card, execute, heading, paragraph, stacked
from cards.verbs import Verb

MAX_QUESTION = 200
"""A button's question is one the bot wrote; anything longer is not from one of its cards."""


def did_you_mean(options: Sequence[str], kommune_id: str, *, intent: str = "clarify") -> Reply:
    """Two or three questions the person may have meant, as text and as buttons."""
    shown = list(dict.fromkeys(options))[:3]
    text = "Mente du …\n" + "\n".join(f"- {o}" for o in shown)
    text += "\n\nSkriv spørsmålet på nytt med flere ord hvis ingen av dem passer."
    buttons = [execute(o, Verb.ASK, {"question": o, "kommune": kommune_id}) for o in shown]
    body = [
        heading("Mente du …?"),
        paragraph("Velg det som passer, eller skriv spørsmålet på nytt med flere ord."),
        *stacked(buttons),
    ]
    return Reply(text, (card(body),), intent, {"options": shown})


async def _ask(turn: Turn) -> Reply:
    question = turn.data.get("question")
    if not isinstance(question, str) or not question.strip() or len(question) > MAX_QUESTION:
        return Reply("Den knappen kjenner jeg ikke igjen. Prøv å spørre på nytt.", intent="action")
    kommune_id = turn.data.get("kommune")
    if not isinstance(kommune_id, str) or kommune_id not in turn.bot.kb.kommuner:
        kommune_id = turn.kommune_id
    return await turn.bot.answer(question, kommune_id, turn.request)


def _has_options(turn: Turn) -> bool:
    return turn.understood is not None and bool(turn.understood.options)


def register(router: Router) -> None:
    """Ask back before the fallback; a button press answers the question it stands for."""
    router.message(
        "clarify",
        _has_options,
        lambda turn: did_you_mean(turn.understood.options, turn.kommune_id),  # type: ignore[union-attr]
        group=SMALL_TALK,
    )
    router.verb(Verb.ASK, _ask)
