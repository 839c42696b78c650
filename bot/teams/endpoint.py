"""The Teams side of ``POST /api/messages``: is this an activity, who sent it, may they; the turn.

bot/server.py owns the HTTP framing (content type, body size, read timeout) and hands the
raw body and the Authorization header here. :meth:`TeamsEndpoint.handle` answers with a
status and a JSON body, never an exception: a client mistake is a 4xx with a reason before
botbuilder sees the request, and nothing a client sends can produce a 500.

The order of the checks matters. The body is checked first (cheap, and botbuilder's msrest
deserializer raises odd things for odd shapes); then the token, with the service URL on the
allow-list; then the tenant. The token comes before the tenant: without a valid token every
tenant gets the same 401, so the answer tells nobody which organisation the bot serves.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

import aiohttp
from botbuilder.schema import Activity

from bot.config import Settings
from bot.teams.adapter import TeamsAdapter
from bot.teams.handler import SltTeamsHandler
from bot.teams.schema import activity_from_json
from bot.teams.service_url import service_url_allowed

log = logging.getLogger(__name__)

MAX_TEXT_BYTES = 40 * 1024
"""Longest message text looked at (UTF-8). Teams' own limit is about 28 KB."""


@dataclass(frozen=True)
class Answer:
    """What to answer the HTTP request with: a status and, unless None, a JSON body."""

    status: int
    body: Any = None


def refusal(status: int, reason: str) -> Answer:
    return Answer(status, {"error": reason})


class TeamsEndpoint:
    """Validation, authentication, the tenant check and the turn, for one running bot."""

    def __init__(self, settings: Settings, adapter: TeamsAdapter, handler: SltTeamsHandler):
        self.settings = settings
        self.adapter = adapter
        self.handler = handler

    async def handle(self, raw: bytes, authorization: str) -> Answer:
        parsed = parse_activity(raw)
        if isinstance(parsed, Answer):
            return parsed
        settings = self.settings
        if settings.auth_enabled:
            if not authorization:
                return refusal(401, "missing Authorization header")
            if not service_url_allowed(parsed.service_url or "", settings.allowed_service_urls):
                log.warning("activity refused: serviceUrl is not a Bot Framework or Teams address")
                return refusal(401, "activity.serviceUrl is not a Bot Framework or Teams address")
        authenticated = await self._authenticate(parsed, authorization)
        if isinstance(authenticated, Answer):
            return authenticated
        if not tenant_allowed(settings, parsed):
            log.warning("activity refused: tenant is not on the allow-list")
            return refusal(403, "this tenant is not allowed to use the bot")
        invoke = await self.adapter.process_activity(authenticated, parsed, self.handler.on_turn)
        if invoke is not None:
            return Answer(int(invoke.status), invoke.body)
        return Answer(201)

    async def _authenticate(self, activity: Activity, authorization: str) -> Any:
        """Validate the token before the turn runs; every way it can fail is a refusal.

        botbuilder raises PermissionError for most failures but lets PyJWT's errors and plain
        Exceptions escape for others (malformed tokens, endorsements, algorithms).
        """
        auth = self.adapter.bot_framework_authentication
        try:
            return await auth.authenticate_request(activity, authorization)
        except PermissionError as exc:  # a subclass of OSError: must come first
            log.info("request refused: %s", type(exc).__name__)
            return refusal(401, "the Bot Framework token is not valid")
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            log.warning("token check could not reach the key service: %s", type(exc).__name__)
            return refusal(503, "cannot verify the Bot Framework token right now")
        except Exception as exc:
            log.info("request refused: %s", type(exc).__name__)
            return refusal(401, "the Bot Framework token is not valid")


def parse_activity(raw: bytes) -> Activity | Answer:
    """The body as botbuilder's Activity, or the refusal saying what is wrong with it."""
    encoding = json.detect_encoding(raw)  # once: json.loads of bytes would detect it again
    try:  # what json.loads(raw) does with bytes, with the encoding kept for the check below
        body = json.loads(raw.decode(encoding, "surrogatepass"))
    except ValueError:  # also bad UTF-8, and integers past Python's 4300-digit limit
        return refusal(400, "body is not valid JSON")
    except RecursionError:  # json's decoder gives up on ~1000 levels of nesting
        return refusal(400, "body is nested too deeply")
    reason = activity_problem(body)
    if reason is None and may_hold_surrogates(raw, encoding):
        reason = unicode_problem(body)
    if reason:
        return refusal(400, reason)
    text = body.get("text")
    if isinstance(text, str) and too_long(text):
        return refusal(413, f"activity.text is longer than {MAX_TEXT_BYTES // 1024} KB")
    try:
        return activity_from_json(body)
    except Exception:  # msrest raises several kinds for odd shapes
        return refusal(400, "body is not a Bot Framework activity")


def activity_problem(body: Any) -> str | None:
    """The minimum an activity needs before botbuilder may see it."""
    if not isinstance(body, dict):
        return "body must be a JSON object (a Bot Framework activity)"
    if not isinstance(body.get("type"), str) or not body["type"]:
        return "activity.type is missing"
    service_url = body.get("serviceUrl")
    if not isinstance(service_url, str) or not service_url.startswith(("https://", "http://")):
        return "activity.serviceUrl must be an http(s) URL"
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not isinstance(conversation.get("id"), str):
        return "activity.conversation.id is missing"
    for key in ("from", "recipient"):
        if key in body and not isinstance(body[key], dict):
            return f"activity.{key} must be an object"
    for key in ("text", "name", "replyToId", "channelId", "id"):
        if key in body and body[key] is not None and not isinstance(body[key], str):
            return f"activity.{key} must be a string"
    for key in ("entities", "attachments"):
        if key in body and body[key] is not None and not isinstance(body[key], list):
            return f"activity.{key} must be a list"
        if isinstance(body.get(key), list) and not all(isinstance(i, dict) for i in body[key]):
            return f"activity.{key} must be a list of objects"
    if (
        "channelData" in body
        and body["channelData"] is not None
        and not isinstance(body["channelData"], dict)
    ):
        return "activity.channelData must be an object"
    return None


_SURROGATE_SIGNS = re.compile(rb"\\u[dD][89a-fA-F]|\xed[\xa0-\xbf]")
"""Where a lone surrogate can come from in a UTF-8 body: a JSON escape ``\\ud800``–``\\udfff``,
or the bytes of one (``json`` decodes with ``surrogatepass``)."""


def too_long(text: str) -> bool:
    """More than :data:`MAX_TEXT_BYTES` in UTF-8; a text of few characters is not encoded to
    know it (a character is at most four bytes)."""
    return len(text) * 4 > MAX_TEXT_BYTES and len(text.encode()) > MAX_TEXT_BYTES


def may_hold_surrogates(raw: bytes, encoding: str | None = None) -> bool:
    """False when the body cannot contain a surrogate: :func:`unicode_problem`, which encodes
    the whole body again, is then skipped. A false alarm only costs that check. ``encoding``:
    ``json.detect_encoding(raw)`` when the caller has it."""
    if (encoding or json.detect_encoding(raw)) not in ("utf-8", "utf-8-sig"):
        return True  # UTF-16 and UTF-32 bodies: always checked
    if b"\\ud" not in raw and b"\\uD" not in raw and b"\xed" not in raw:
        return False  # three byte searches; the expression tries every position
    return _SURROGATE_SIGNS.search(raw) is not None


def unicode_problem(body: Any) -> str | None:
    """A lone surrogate (``"\\ud800"`` in JSON) cannot be stored, logged or sent on as UTF-8."""
    try:
        json.dumps(body, ensure_ascii=False).encode()
    except (UnicodeEncodeError, RecursionError):
        return "body contains text that is not valid Unicode (a lone surrogate)"
    return None


def tenant_allowed(settings: Settings, activity: Activity) -> bool:
    """The tenant from the conversation or Teams channel data must be on the allow-list."""
    allowed = settings.tenant_allow_list
    if not allowed:
        return True
    tenants = set()
    if activity.conversation and activity.conversation.tenant_id:
        tenants.add(activity.conversation.tenant_id.lower())
    data = activity.channel_data if isinstance(activity.channel_data, dict) else {}
    tenant = data.get("tenant")
    if isinstance(tenant, dict) and isinstance(tenant.get("id"), str):
        tenants.add(tenant["id"].lower())
    return bool(tenants) and tenants <= allowed
