"""A fake Bot Connector: the Teams side of the Bot Framework REST API, on loopback.

It records every activity the bot sends, answers like the real service, and can be told to
fail (status codes, Retry-After, slowness) for the fault tests. It is a small class that
records, not a mock.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

LOOPBACK_CONNECTORS = ("http://127.0.0.1:*",)
"""``SLT_ALLOWED_SERVICE_URLS`` for an authenticated bot talking to fake connectors on loopback."""


@dataclass
class Received:
    method: str
    path: str
    conversation_id: str
    activity: dict[str, Any]
    activity_id: str | None = None
    authorization: str | None = None


@dataclass
class Failure:
    status: int
    retry_after: float | None = None
    only: str | None = None
    """Fail only requests of this kind: "create" (a new 1:1), "post" or "update"."""
    member: str | None = None
    """With "create": fail only the 1:1 with this user id."""


class FakeConnector:
    def __init__(self) -> None:
        self.received: list[Received] = []
        self.created_conversations: list[dict[str, Any]] = []
        self.conversation_members: dict[str, str] = {}
        """Conversation id → the member it was created with (who a 1:1 post went to)."""
        self.failures: list[Failure] = []
        self.delay = 0.0
        """Seconds before a request is looked at (a slow or overloaded service)."""
        self.answer_delay = 0.0
        """Seconds between accepting a message and answering (Teams has it; the bot waits)."""
        self.answered = 0
        """Messages answered so far (after ``answer_delay``): a reply that came back to the
        bot before this grew did not wait for the connector."""
        self.members: list[dict[str, Any]] = []
        self.roster_requests = 0
        """The team's members as Teams lists them (id, name, aadObjectId, userPrincipalName…)."""
        self._ids = itertools.count(1)
        self._server: TestServer | None = None
        self.arrived = asyncio.Event()

    # --- what tests read -----------------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._server is not None, "start() the connector first"
        return str(self._server.make_url("/")).rstrip("/") + "/"

    def sent(self) -> list[dict[str, Any]]:
        """Activities posted as new messages or replies (not updates)."""
        return [r.activity for r in self.received if r.method == "POST"]

    def updates(self) -> list[Received]:
        return [r for r in self.received if r.method == "PUT"]

    async def wait_for(self, count: int, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait until ``count`` messages have arrived (replies may come after the HTTP 201)."""

        async def _wait() -> None:
            while len(self.sent()) < count:
                self.arrived.clear()
                await self.arrived.wait()

        await asyncio.wait_for(_wait(), timeout)
        return self.sent()

    def fail_next(self, *failures: Failure) -> None:
        self.failures.extend(failures)

    # --- the server ----------------------------------------------------------------------

    async def start(self) -> FakeConnector:
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities", self._post)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._post)
        app.router.add_put("/v3/conversations/{cid}/activities/{aid}", self._put)
        app.router.add_post("/v3/conversations", self._create_conversation)
        app.router.add_get("/v3/conversations/{cid}/pagedmembers", self._paged_members)
        app.router.add_get("/v3/conversations/{cid}/members/{mid}", self._member)
        self._server = TestServer(app, host="127.0.0.1")
        await self._server.start_server()
        return self

    async def close(self) -> None:
        if self._server is not None:
            await self._server.close()

    async def _maybe_fail(self, kind: str, member: str | None = None) -> web.Response | None:
        if self.delay:
            await asyncio.sleep(self.delay)
        failure = next(
            (f for f in self.failures if f.only in (None, kind) and f.member in (None, member)),
            None,
        )
        if failure is None:
            return None
        self.failures.remove(failure)
        headers = (
            {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
        )
        return web.json_response(
            {"error": {"code": "Throttled"}}, status=failure.status, headers=headers
        )

    async def _post(self, request: web.Request) -> web.Response:
        failed = await self._maybe_fail("post")
        if failed is not None:
            return failed
        body = await request.json()
        activity_id = f"activity-{next(self._ids)}"
        self.received.append(
            Received(
                "POST",
                request.path,
                request.match_info["cid"],
                body,
                activity_id,
                request.headers.get("Authorization"),
            )
        )
        self.arrived.set()
        if self.answer_delay:
            await asyncio.sleep(self.answer_delay)
        self.answered += 1
        return web.json_response({"id": activity_id})

    async def _put(self, request: web.Request) -> web.Response:
        failed = await self._maybe_fail("update")
        if failed is not None:
            return failed
        body = await request.json()
        self.received.append(
            Received(
                "PUT", request.path, request.match_info["cid"], body, request.match_info["aid"]
            )
        )
        self.arrived.set()
        return web.json_response({"id": request.match_info["aid"]})

    async def _create_conversation(self, request: web.Request) -> web.Response:
        body = await request.json()
        member = (body.get("members") or [{}])[0].get("id")
        failed = await self._maybe_fail("create", member)
        if failed is not None:
            return failed
        self.created_conversations.append(body)
        conversation_id = f"a:personal-{next(self._ids)}"
        self.conversation_members[conversation_id] = body["members"][0]["id"]
        return web.json_response({"id": conversation_id, "activityId": None})

    async def _paged_members(self, request: web.Request) -> web.Response:
        self.roster_requests += 1
        return web.json_response({"members": self.members})

    async def _member(self, request: web.Request) -> web.Response:
        wanted = request.match_info["mid"]
        for member in self.members:
            if wanted in (member.get("id"), member.get("aadObjectId")):
                return web.json_response(member)
        return web.json_response({"error": {"code": "MemberNotFoundInConversation"}}, status=404)
