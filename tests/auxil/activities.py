"""Teams activities as Teams sends them, with obviously made-up people and ids."""

from __future__ import annotations

import itertools
from typing import Any

from cards import signing

BOT_ID = "28:slt-boten-test"
TENANT_ID = "00000000-0000-0000-0000-0000000000aa"
TEAM_ID = "19:testteam@thread.tacv2"
CHANNEL_ID = "19:slt-kanal@thread.tacv2"

_ids = itertools.count(1)


def user(name: str = "Ola Testlærer", aad: str = "aad-ola") -> dict[str, Any]:
    return {"id": f"29:{aad}", "name": name, "aadObjectId": aad}


def message(
    text: str,
    service_url: str,
    *,
    scope: str = "personal",
    mention: bool = False,
    sender: dict[str, Any] | None = None,
    value: dict[str, Any] | None = None,
    reply_to: str | None = None,
) -> dict[str, Any]:
    """A message activity. In a channel, ``mention`` adds the @mention Teams puts in front."""
    conversation: dict[str, Any] = {
        "id": "a:personal-chat-1",
        "conversationType": "personal",
        "tenantId": TENANT_ID,
    }
    channel_data: dict[str, Any] = {"tenant": {"id": TENANT_ID}}
    entities: list[dict[str, Any]] = []
    if scope == "channel":
        conversation = {
            "id": f"{CHANNEL_ID};messageid=1",
            "conversationType": "channel",
            "isGroup": True,
            "tenantId": TENANT_ID,
        }
        channel_data |= {"team": {"id": TEAM_ID}, "channel": {"id": CHANNEL_ID}}
    elif scope == "groupChat":
        conversation = {
            "id": "19:groupchat@thread.v2",
            "conversationType": "groupChat",
            "isGroup": True,
            "tenantId": TENANT_ID,
        }
    if mention:
        text = f"<at>SLT-boten</at> {text}"
        entities.append(
            {
                "type": "mention",
                "text": "<at>SLT-boten</at>",
                "mentioned": {"id": BOT_ID, "name": "SLT-boten"},
            }
        )
    activity: dict[str, Any] = {
        "type": "message",
        "id": f"msg-{next(_ids)}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": sender or user(),
        "recipient": {"id": BOT_ID, "name": "SLT-boten"},
        "conversation": conversation,
        "channelData": channel_data,
        "entities": entities,
        "text": text,
        "locale": "nb-NO",
    }
    if value is not None:
        activity["value"] = value
        activity["text"] = None
    if reply_to:
        activity["replyToId"] = reply_to
    return activity


def signed(verb: str, data: dict[str, Any]) -> dict[str, Any]:
    """Card data as the bot would have written it (signed), with the person's inputs added."""
    fields = {k: v for k, v in data.items() if not signing.is_input(k)}
    inputs = {k: v for k, v in data.items() if signing.is_input(k)}
    return {**signing.sign({**fields, "verb": str(verb)}), **inputs}


def card_action(
    verb: str,
    data: dict[str, Any],
    service_url: str,
    *,
    scope: str = "personal",
    sender: dict[str, Any] | None = None,
    reply_to: str = "activity-1",
    sign: bool = True,
) -> dict[str, Any]:
    """An Action.Execute click: an ``adaptiveCard/action`` invoke.

    ``data`` made by hand is signed as the bot signs its cards (data taken from a posted
    card is signed already); ``sign=False`` sends it as a forger would."""
    if sign and signing.SIGNATURE not in data:
        data = signed(verb, data)
    activity = message("", service_url, scope=scope, sender=sender)
    activity.update(
        type="invoke",
        name="adaptiveCard/action",
        text=None,
        replyToId=reply_to,
        value={
            "action": {"type": "Action.Execute", "verb": verb, "data": data},
            "trigger": "manual",
        },
    )
    return activity


def shown(activity: dict[str, Any]) -> str:
    """What the person sees of a reply: its text, then every text block of its cards, in order."""
    texts = [activity.get("text") or ""]
    for attachment in activity.get("attachments", ()):
        texts += _texts(attachment.get("content"))
    return "\n".join(t for t in texts if t)


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["text"]] if isinstance(node.get("text"), str) else []
        return own + [t for k, v in node.items() if k != "text" for t in _texts(v)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v)]
    return []
