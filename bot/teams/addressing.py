"""Where a proactive activity goes, shaped as the Bot Connector expects it.

Pure functions over stored conversation references (plain JSON): which rate-limit thread a
post counts against, the addressed payload, the @mention for the channel fallback, and the
parameters and reference of a new 1:1 chat. No I/O, so each rule is tested alone.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from bot.teams.convert import reply_json
from bot.teams.outgoing import Outgoing, UserTarget


def conversation_limit_key(reference: dict[str, Any]) -> str:
    """The thread a reference posts to: a channel's replies count against the channel."""
    conversation = reference.get("conversation") or {}
    conversation_id = str(conversation.get("id") or "unknown")
    return "conv:" + conversation_id.split(";", 1)[0]


def create_limit_key(user: UserTarget) -> str:
    """Creating a 1:1 chat has its own rate limit per person."""
    return f"create:{user.tenant_id}:{user.user_id}"


def with_mention(outgoing: Outgoing) -> dict[str, Any]:
    """The message for the channel fallback, addressed to the person with an @mention."""
    payload = reply_json(outgoing.reply)
    if outgoing.fallback_mention is None:
        return payload
    user_id, name = outgoing.fallback_mention
    name = re.sub(r"[<>]", "", name or "") or "deg"
    at = f"<at>{name}</at>"
    mention = {"type": "mention", "text": at, "mentioned": {"id": user_id, "name": name}}
    if not payload.get("attachments"):
        payload["text"] = f"{at} {payload.get('text') or ''}".rstrip()
        payload["entities"] = [mention]
        return payload
    # Cards: the mention lives in the first card (a TextBlock + msteams.entities).
    first = dict(payload["attachments"][0])
    card = copy.deepcopy(first["content"])
    card["body"] = [{"type": "TextBlock", "text": at, "wrap": True}, *card.get("body", [])]
    msteams = dict(card.get("msteams") or {})
    msteams["entities"] = [*msteams.get("entities", []), mention]
    card["msteams"] = msteams
    first["content"] = card
    payload["attachments"] = [first, *payload["attachments"][1:]]
    return payload


def address_payload(
    reference: dict[str, Any], payload: dict[str, Any]
) -> tuple[str, str, dict[str, Any]]:
    """Service URL, conversation id and the payload addressed as botbuilder's
    ``apply_conversation_reference`` would: from the bot, to the user, in the conversation."""
    conversation = reference.get("conversation") or {}
    service_url = str(reference.get("serviceUrl") or "")
    shaped = {
        **payload,
        "channelId": reference.get("channelId"),
        "serviceUrl": service_url,
        "conversation": conversation,
        "from": reference.get("bot"),
        "recipient": reference.get("user"),
        "locale": reference.get("locale"),
    }
    clean = {key: value for key, value in shaped.items() if value is not None}
    return service_url, str(conversation.get("id") or ""), clean


def bot_account(app_id: str) -> dict[str, str] | None:
    """The bot as a channel account (``28:<app id>``); None without an app id (local mode)."""
    return {"id": f"28:{app_id}"} if app_id else None


def personal_chat_parameters(user: UserTarget, app_id: str) -> dict[str, Any]:
    """The ``createConversation`` body for a 1:1 chat with ``user``."""
    bot = bot_account(app_id)
    return {
        "isGroup": False,
        **({"bot": bot} if bot else {}),
        "members": [_member(user)],
        "tenantId": user.tenant_id,
        "channelData": {"tenant": {"id": user.tenant_id}},
    }


def personal_chat_reference(
    user: UserTarget, app_id: str, conversation_id: str, service_url: object
) -> dict[str, Any]:
    """The serialized reference of a 1:1 chat the connector created (or gave back)."""
    return {
        "channelId": "msteams",
        "serviceUrl": service_url if isinstance(service_url, str) else user.service_url,
        "conversation": {
            "id": conversation_id,
            "conversationType": "personal",
            "isGroup": False,
            "tenantId": user.tenant_id,
        },
        "bot": bot_account(app_id) or {"id": ""},
        "user": _member(user),
    }


def _member(user: UserTarget) -> dict[str, str]:
    return {"id": user.user_id, **({"name": user.name} if user.name else {})}
