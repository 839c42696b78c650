"""The one router: handlers in priority groups, access before dispatch, one fallback, one error
path, card verbs and follow-ups — and every way into the bot registered there."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from bot.config import Settings
from bot.features.reply import Followup, Reply
from bot.knowledge.index import KnowledgeBase
from bot.messages import Request, Sender
from bot.router import ANYONE, Policy, Router, Turn
from bot.routing import SltBot
from bot.storage import StoreError
from bot.storage.sqlite import SqliteStore
from cards.verbs import Verb


def _turn(text: str = "", data: dict[str, Any] | None = None) -> Turn:
    return Turn(bot=None, request=None, kommune_id="valer", text=text, data=data or {})  # type: ignore[arg-type]


def _says(text: str) -> Any:
    return lambda turn: Reply(text)


def test_the_first_matching_handler_in_the_lowest_group_answers() -> None:
    router = Router()
    router.message("late", lambda t: True, _says("late"), group=10)
    router.message("early", lambda t: "møte" in t.text, _says("early"), group=-10)
    router.fallback(_says("fallback"))
    assert asyncio.run(router.dispatch(_turn("neste møte"))).text == "early"
    assert asyncio.run(router.dispatch(_turn("noe annet"))).text == "late"


def test_nothing_matches_so_the_fallback_answers() -> None:
    router = Router()
    router.message("never", lambda t: False, _says("never"))
    router.fallback(_says("vet ikke"))
    assert asyncio.run(router.dispatch(_turn("hva er været"))).text == "vet ikke"


def test_access_is_checked_before_the_handler_runs() -> None:
    ran: list[str] = []
    router = Router()
    nobody = Policy("nobody", lambda t: False, "Bare koordinatoren kan det.")
    router.message(
        "avlys", lambda t: True, lambda t: ran.append("x") or Reply("avlyst"), access=nobody
    )
    reply = asyncio.run(router.dispatch(_turn("avlys")))
    assert reply.text == "Bare koordinatoren kan det."
    assert reply.intent == "avlys.refused"
    assert ran == []


def test_one_error_path_turns_a_store_error_into_a_kind_answer() -> None:
    def broken(turn: Turn) -> Reply:
        raise StoreError("locked")

    router = Router()
    router.message("save", lambda t: True, broken)
    router.error(lambda turn, exc: Reply("prøv igjen") if isinstance(exc, StoreError) else None)
    assert asyncio.run(router.dispatch(_turn())).text == "prøv igjen"
    router.message("crash", lambda t: t.text == "krasj", lambda t: 1 / 0, group=-1)  # type: ignore[arg-type,return-value]
    with pytest.raises(ZeroDivisionError):
        asyncio.run(router.dispatch(_turn("krasj")))


def test_card_verbs_go_by_verb_and_unknown_verbs_get_a_kind_answer() -> None:
    router = Router()
    router.verb("ja", _says("takk"), access=ANYONE)
    router.unknown_verb(_says("kjenner ikke knappen"))
    assert asyncio.run(router.dispatch_action(_turn(data={"verb": "ja"}))).text == "takk"
    assert (
        asyncio.run(router.dispatch_action(_turn(data={"verb": "ukjent"}))).text
        == "kjenner ikke knappen"
    )
    assert (
        asyncio.run(router.dispatch_action(_turn(data={"verb": ["ja"]}))).text
        == "kjenner ikke knappen"
    )
    with pytest.raises(ValueError):
        router.verb("ja", _says("to ganger"))


async def test_follow_ups_go_to_the_handler_registered_for_them() -> None:
    got: list[Followup] = []

    async def note(followup: Followup) -> None:
        got.append(followup)

    router = Router()
    router.followup("coordinator", note)
    await router.dispatch_followup(Followup("valer", "ikke mitt ansvar"))
    await router.dispatch_followup(Followup("valer", "", "nobody-listens"))
    assert [f.text for f in got] == ["ikke mitt ansvar"]


def test_every_way_into_the_bot_is_registered_on_one_router(
    kb: KnowledgeBase, settings: Settings
) -> None:
    """Questions, commands, routines, card verbs: one registry, no side doors."""
    bot = SltBot(kb, SqliteStore.open(settings.database_path), settings)
    names = [h.name for _, h in bot.router.handlers()]
    for expected in (
        "routine",
        "command:meeting",
        "command:reload",
        "command:link_team",
        "question:tiltak",
        "question:members",
        "help",
        "greeting",
    ):
        assert expected in names
    assert {str(v) for v in Verb} <= bot.actions
    groups = {h.name: g for g, h in bot.router.handlers()}
    assert groups["command:meeting"] < groups["routine"] < groups["question:members"]
    assert groups["question:members"] < groups["greeting"]


def test_a_teacher_who_may_not_cancel_is_told_so_and_nothing_is_cancelled(
    kb: KnowledgeBase, settings: Settings
) -> None:
    admins = Settings(**{**settings.__dict__, "admins": ("koordinator@valer.example",)})
    bot = SltBot(kb, SqliteStore.open(admins.database_path), admins)
    teacher = Request(
        "avlys neste politiråd", "conv:1", Sender("29:teacher", "aad-teacher", "Lærer")
    )
    [reply] = asyncio.run(bot.on_message(teacher))
    assert "bare SLT-koordinatoren" in reply.text
    assert reply.intent.endswith(".refused")
