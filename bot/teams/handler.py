"""The Teams activity handler: a thin translation between Bot Framework turns and SltBot."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from http import HTTPStatus
from typing import Any

from botbuilder.core import InvokeResponse, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import Activity, ChannelAccount

from bot.features.reply import Followup, Reply
from bot.messages import Scope
from bot.routing import SltBot
from bot.teams import convert
from bot.teams.adapter import TeamsAdapter
from bot.teams.roster import sync_roster

log = logging.getLogger(__name__)

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
WELCOME = (
    "Hei! Jeg er SLT-boten. Jeg svarer på spørsmål om SLT-arbeidet i kommunen: hvem som sitter "
    "i gruppene, hvor ofte de møtes og hva du gjør ved bekymring. Skriv «hjelp» for å se mer."
)


FollowupSink = Callable[[Followup], Coroutine[Any, Any, None]]


class SltTeamsHandler(TeamsActivityHandler):
    def __init__(self, bot: SltBot, *, followups: FollowupSink | None = None) -> None:
        self.bot = bot
        self.followups = followups
        self._rosters_synced: set[str] = set()
        self._background: set[asyncio.Task[None]] = set()

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        if isinstance(activity.value, dict) and not activity.text:
            await self._submit_fallback(turn_context, activity.value)
        else:
            request = convert.to_request(activity)
            for reply in await self.bot.on_message(request):
                await _say(turn_context, reply)
                self._dispatch(reply)
            if request.addressed:  # a message merely seen (RSC, no @mention) stores nothing
                await self._remember(turn_context)
        await self._sync_roster_once(turn_context)

    def _dispatch(self, reply: Reply) -> None:
        """Send a reply's follow-ups (e.g. a note to the coordinator) after the turn."""
        if self.followups is None:
            return
        for followup in reply.followups:
            task = asyncio.create_task(self.followups(followup))
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def drain(self) -> None:
        """Wait for follow-ups still being sent (graceful shutdown, tests)."""
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    async def _sync_roster_once(self, turn_context: TurnContext) -> None:
        team_id = convert.team_id(turn_context.activity)
        if not team_id or team_id in self._rosters_synced:
            return
        self._rosters_synced.add(team_id)
        try:
            await sync_roster(turn_context, self.bot.repos.roster, team_id)
        except Exception as exc:  # the roster helps reminders; a failure must not break a turn
            self._rosters_synced.discard(team_id)
            log.warning("roster sync failed: %s", type(exc).__name__)

    async def _submit_fallback(self, turn_context: TurnContext, data: dict[str, Any]) -> None:
        """Clients without Universal Actions send Action.Submit: update the card in place."""
        request = convert.to_request(turn_context.activity, text="")
        reply = await self.bot.on_action(request, data)
        if reply is None:
            return
        self._dispatch(reply)
        reply_to = turn_context.activity.reply_to_id
        if reply_to and reply.cards:
            await turn_context.update_activity(convert.card_update(reply, reply_to))
        else:
            await _say(turn_context, reply)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        if turn_context.activity.name == "adaptiveCard/action":
            return await self._card_action(turn_context)
        return InvokeResponse(status=HTTPStatus.NOT_IMPLEMENTED)

    async def _card_action(self, turn_context: TurnContext) -> InvokeResponse:
        """Action.Execute: answer with the card that replaces the one clicked, in place."""
        value = turn_context.activity.value
        action = value.get("action") if isinstance(value, dict) else None
        if not isinstance(action, dict):
            return _invoke_error(HTTPStatus.BAD_REQUEST, "Mangler handling i kortet.")
        raw = action.get("data")
        data: dict[str, Any] = raw if isinstance(raw, dict) else {}
        verb = action.get("verb")
        payload = {**data, "verb": verb if isinstance(verb, str) else data.get("verb")}
        request = convert.to_request(turn_context.activity, text="")
        reply = await self.bot.on_action(request, payload)
        if reply is not None:
            self._dispatch(reply)
        return _invoke_reply(reply)

    async def on_members_added_activity(
        self, members_added: list[ChannelAccount], turn_context: TurnContext
    ) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        if any(m.id == bot_id for m in members_added):
            await turn_context.send_activity(WELCOME)

    async def on_installation_update(self, turn_context: TurnContext) -> None:
        await self._sync_roster_once(turn_context)

    async def _remember(self, turn_context: TurnContext) -> None:
        """Keep the reference of a conversation that talked to the bot, so that it can be
        posted in once a coordinator chooses it (``bot.features.channels``)."""
        activity: Activity = turn_context.activity
        if not activity.conversation or not activity.service_url:
            return
        scope = convert.scope_of(activity)
        channel_id = convert.channel_id(activity) if scope is Scope.CHANNEL else None
        key = f"channel:{channel_id}" if channel_id else f"conv:{activity.conversation.id}"
        if self.bot.remembers(key):
            return  # stored already this run: no reference to build on every turn
        reference = TurnContext.get_conversation_reference(activity).serialize()
        if channel_id:
            # New posts go to the channel itself, not to the thread this message was in.
            reference["conversation"]["id"] = channel_id
            reference.pop("activityId", None)
        request = convert.to_request(activity, text="")
        await self.bot.remember_conversation(key, scope, reference, request)


async def _say(turn_context: TurnContext, reply: Reply) -> None:
    """A reply within the turn, as JSON through the adapter's transport (botbuilder's
    ``send_activity`` when the adapter is another one)."""
    adapter = turn_context.adapter
    if isinstance(adapter, TeamsAdapter):
        await adapter.reply(turn_context, convert.reply_json(reply))
    else:
        await turn_context.send_activity(convert.to_activity(reply))


def _invoke_reply(reply: Reply | None) -> InvokeResponse:
    if reply is None or not reply.cards:
        message = reply.text if reply else "OK"
        return InvokeResponse(
            status=HTTPStatus.OK,
            body={
                "statusCode": 200,
                "type": "application/vnd.microsoft.activity.message",
                "value": message,
            },
        )
    return InvokeResponse(
        status=HTTPStatus.OK,
        body={"statusCode": 200, "type": CARD_CONTENT_TYPE, "value": reply.cards[0]},
    )


def _invoke_error(status: HTTPStatus, message: str) -> InvokeResponse:
    return InvokeResponse(
        status=HTTPStatus.OK,
        body={
            "statusCode": int(status),
            "type": "application/vnd.microsoft.error",
            "value": {"code": "BadRequest", "message": message},
        },
    )
