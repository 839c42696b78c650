"""Activity ↔ domain: what the rest of the bot sees of Teams, and how replies go back."""

from __future__ import annotations

from typing import Any

from botbuilder.core import CardFactory, MessageFactory
from botbuilder.schema import Activity, ActivityTypes

from bot.features.reply import Reply
from bot.messages import Request, Scope, Sender

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"


def conversation_key(activity: Activity) -> str:
    """Teams channel messages share the team's link; chats link per conversation."""
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    team = data.get("team") if isinstance(data.get("team"), dict) else None
    if team and isinstance(team.get("id"), str):
        return f"team:{team['id']}"
    conversation = activity.conversation
    return f"conv:{conversation.id if conversation and conversation.id else 'unknown'}"


def team_id(activity: Activity) -> str | None:
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    team = data.get("team")
    return team.get("id") if isinstance(team, dict) and isinstance(team.get("id"), str) else None


def channel_id(activity: Activity) -> str:
    """The channel a message was posted in, without the thread's ``;messageid=`` suffix."""
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    channel = data.get("channel")
    posted_in = channel.get("id") if isinstance(channel, dict) else None
    if isinstance(posted_in, str):
        return posted_in
    return str(activity.conversation.id or "").split(";", 1)[0]


def scope_of(activity: Activity) -> Scope:
    conversation = activity.conversation
    kind = (conversation.conversation_type if conversation else None) or "personal"
    if kind == "channel":
        return Scope.CHANNEL
    if kind == "groupChat":
        return Scope.GROUP_CHAT
    return Scope.PERSONAL


def is_addressed(activity: Activity, scope: Scope) -> bool:
    """In chats with the bot every message is for it; elsewhere only @mentions are."""
    if scope is Scope.PERSONAL:
        return True
    bot_id = activity.recipient.id if activity.recipient else None
    for entity in activity.entities or []:
        props = entity.additional_properties if hasattr(entity, "additional_properties") else {}
        mentioned = (props or {}).get("mentioned") or {}
        if (
            entity.type == "mention"
            and isinstance(mentioned, dict)
            and mentioned.get("id") == bot_id
        ):
            return True
    return False


def to_request(activity: Activity, text: str | None = None) -> Request:
    scope = scope_of(activity)
    sender = activity.from_property
    return Request(
        text=text if text is not None else (activity.text or ""),
        conversation_key=conversation_key(activity),
        sender=Sender(
            sender.id if sender and sender.id else "unknown",
            sender.aad_object_id if sender else None,
            sender.name if sender else None,
        ),
        tenant_id=(activity.conversation.tenant_id if activity.conversation else None),
        scope=scope,
        channel_key=f"channel:{channel_id(activity)}" if scope is Scope.CHANNEL else None,
        addressed=is_addressed(activity, scope),
    )


def card_attachment(card: dict[str, Any]) -> Any:
    return CardFactory.adaptive_card(card)


def to_activity(reply: Reply) -> Activity:
    """A reply with cards is sent as cards (their text is the same facts); else as text."""
    if not reply.cards:
        return MessageFactory.text(reply.text)
    attachments = [card_attachment(c) for c in reply.cards]
    activity = (
        MessageFactory.carousel(attachments)
        if len(attachments) > 1
        else MessageFactory.attachment(attachments[0])
    )
    activity.summary = reply.text.split("\n", 1)[0][:200]
    return activity


def reply_json(reply: Reply) -> dict[str, Any]:
    """:func:`to_activity` as the JSON the connector takes (proactive posts build no model)."""
    if not reply.cards:
        return {"type": "message", "text": reply.text, "inputHint": "acceptingInput"}
    return {
        "type": "message",
        "attachmentLayout": "carousel" if len(reply.cards) > 1 else "list",
        "attachments": [{"contentType": CARD_CONTENT_TYPE, "content": c} for c in reply.cards],
        "summary": reply.text.split("\n", 1)[0][:200],
    }


def card_update(reply: Reply, activity_id: str) -> Activity:
    """The same message, replaced in place (for the Action.Submit fallback)."""
    updated = to_activity(reply)
    updated.id = activity_id
    updated.type = ActivityTypes.message
    return updated
