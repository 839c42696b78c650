"""Asking the whole bot a question in tests, the two ways the test files need."""

from __future__ import annotations

import asyncio

from bot.features.reply import Reply
from bot.routing import SltBot
from tests.eval import Item, Runner, _answer


def ask(bot: SltBot, text: str, kommune: str) -> Reply:
    """The bot's answer to a question in a kommune (understanding and answers, no turn)."""
    return asyncio.run(bot.answer(text, kommune))


def console_turn(bot: SltBot, text: str, kommune: str) -> list[Reply]:
    """The whole turn as Teams runs it after authentication (privacy guard, kommune, router),
    from someone not in the roster."""
    return asyncio.run(bot.console_turn(text, kommune))


def last_reply(bot: SltBot, text: str, kommune: str) -> Reply:
    """The turn's last reply (the answer; a privacy warning, if any, comes before it)."""
    return console_turn(bot, text, kommune)[-1]


def intent_and_text(bot: SltBot, text: str, kommune: str) -> tuple[str, str]:
    """The whole turn's last reply's intent, and the text of every reply of the turn."""
    replies = console_turn(bot, text, kommune)
    return str(replies[-1].intent), "\n".join(r.text for r in replies)


def answered(runner: Runner, text: str, kommune: str) -> tuple[str, str]:
    """The reply's intent and text as ``make eval`` scores them (the answer among the turn's
    replies, a privacy warning before it skipped)."""
    item = Item(id="t", kommune=kommune, half="dev", text=text, intent="unknown")
    answer = _answer(runner.replies(item), frozenset())
    assert answer is not None
    return str(answer.intent), answer.text
