"""The aiohttp application: HTTP framing for /api/messages, the calendar files, /healthz,
and the service's start-up and shutdown.

What a Teams request *is* — activity validation, authentication, the tenant check and the
turn — is bot/teams/endpoint.py's; this module only sees bytes, a header and an answer.
Client mistakes get a 4xx with a reason; nothing a client sends can produce a 500.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import TypedDict, Unpack

from aiohttp import web
from aiohttp.typedefs import Handler

from bot import pages
from bot.card_secret import card_secret, shares_card_secret_in_store
from bot.clock import Clock, SystemClock
from bot.config import ConfigError, Settings
from bot.features.meetings import MeetingProblem
from bot.features.meetings import jobs as meeting_jobs
from bot.features.meetings.followups import MeetingFollowUps
from bot.features.meetings.ical import (
    ics_filename,
    meeting_calendar,
    meeting_filename,
    year_calendar,
)
from bot.features.reply import Followup, Reply
from bot.features.tiltak import jobs as tiltak_jobs
from bot.graph import GraphCalendar
from bot.graph_delivery import GraphCarrier
from bot.job_context import JobContext, Knowledge, ServedNow, served
from bot.jobqueue import JobQueue
from bot.knowledge.index import KnowledgeBase
from bot.knowledge_follower import KnowledgeFollower
from bot.leadership import Leadership
from bot.outbox.items import CalendarChange
from bot.people import PeopleMap
from bot.reload import reload_knowledge
from bot.routing import SltBot
from bot.storage import Repositories
from bot.storage.opening import open_store, scheduler_lease, send_limiter
from bot.storage.protocol import Store
from bot.teams.adapter import TeamsAdapter, create_adapter
from bot.teams.connectors import close_connections
from bot.teams.endpoint import TeamsEndpoint
from bot.teams.handler import SltTeamsHandler
from bot.teams.resolve import AddressBook
from bot.teams.sender import ProactiveSender
from bot.understanding.retrieval import build_pending
from cards import signing

log = logging.getLogger(__name__)

HTTP_SHUTDOWN_GRACE = 4.0
"""Seconds requests still being answered get after SIGTERM before they are cancelled."""
FOLLOWUP_GRACE = 2.0
"""Then: seconds for one-off follow-ups (a note to the coordinator) to be handed over."""
BODY_READ_TIMEOUT = 10.0
"""Seconds a client has to send a request body; a slower one gets 408 and is let go."""
YOUNG_COLLECTION_THRESHOLD = 20_000
"""New container objects between young collections while serving (Python's default: 700)."""
SEND_GRACE = 3.0
"""Then: seconds for proactive posts already on the wire to be answered and recorded. One
that is not stays ``sending`` in the ledger and is sent again (flagged) at the next start."""


@dataclass
class Runtime(ServedNow):
    """The long-lived objects of one running service, built once at start-up."""

    settings: Settings
    knowledge: Knowledge
    """The knowledge served now: the one reference a reload swaps (bot/reload.py)."""
    store: Store
    bot: SltBot
    handler: SltTeamsHandler
    adapter: TeamsAdapter
    sender: ProactiveSender
    jobs: JobQueue[JobContext]
    """Every feature's scheduled work (bot/jobqueue.py); runs while this process leads."""
    meeting_followups: MeetingFollowUps
    clock: Clock
    repos: Repositories
    graph: GraphCalendar | None = None
    leadership: Leadership | None = None
    """Whether this process runs the scheduler or stands by (bot/leadership.py)."""
    endpoint: TeamsEndpoint | None = None
    """Turns /api/messages requests into turns (built with the runtime)."""
    follower: KnowledgeFollower | None = None
    """Follows knowledge reloads announced by other instances (bot/knowledge_follower.py)."""


RUNTIME = web.AppKey("runtime", Runtime)


def _problem(status: int, reason: str) -> web.Response:
    return web.json_response({"error": reason}, status=status)


async def _read_body(request: web.Request) -> bytes | web.Response:
    """The body of a JSON request within the size and time limits; a Response means refused."""
    content_type = request.headers.get("Content-Type", "")
    if "application/json" not in content_type.lower():
        return _problem(415, "Content-Type must be application/json")
    if (
        request.content_length is not None
        and request.content_length > request.app[RUNTIME].settings.max_body_bytes
    ):
        return _problem(413, "request body is larger than 1 MB")
    try:
        if request.content.is_eof():  # the whole body came with the headers: nothing to wait for
            return await request.read()
        async with asyncio.timeout(BODY_READ_TIMEOUT):
            return await request.read()
    except web.HTTPRequestEntityTooLarge:
        return _problem(413, "request body is larger than 1 MB")
    except TimeoutError:
        return _problem(408, f"request body not received within {BODY_READ_TIMEOUT:.0f} s")


async def messages(request: web.Request) -> web.Response:
    """Bot Framework's endpoint: the body goes to the Teams endpoint, its answer back."""
    endpoint = request.app[RUNTIME].endpoint
    assert endpoint is not None, "build_runtime makes the endpoint"
    raw = await _read_body(request)
    if isinstance(raw, web.Response):
        return raw
    answer = await endpoint.handle(raw, request.headers.get("Authorization", ""))
    if answer.body is None:
        return web.Response(status=answer.status)
    return web.json_response(answer.body, status=answer.status)


async def meeting_file(request: web.Request) -> web.Response:
    """One meeting's .ics («Legg i kalender»); the link's HMAC signature must match."""
    runtime = request.app[RUNTIME]
    await runtime.bot.ready()
    desk = runtime.bot.meetings
    links = desk.links
    info = request.match_info
    if links is None:
        return _problem(404, "no calendar here")
    try:
        day = dt.date.fromisoformat(info["day"])
        path = links.path(info["kommune"], info["group"], day)
    except ValueError:
        return _problem(404, "no calendar here")
    if not links.verify(path, request.query.get("sig", "")):
        return _problem(404, "no calendar here")
    try:
        meeting = await desk.meeting(info["kommune"], info["group"], day)
        if meeting.moved_to is not None:
            meeting = await desk.resolve(meeting.key)
    except MeetingProblem:
        return _problem(404, "no such meeting")
    return _calendar(meeting_calendar(desk, meeting), meeting_filename(meeting))


async def calendar_file(request: web.Request) -> web.Response:
    """The årshjul as iCalendar, for the team whose unguessable token is in the link."""
    runtime = request.app[RUNTIME]
    token = request.match_info["token"]
    kommune_id = await runtime.bot.kommune_for_calendar_token(token) if len(token) <= 64 else None
    if kommune_id is None:
        return _problem(404, "no calendar here")
    year = runtime.clock.now().year
    requested = request.query.get("year", "")
    if requested.isdigit() and abs(int(requested) - year) <= 3:
        year = int(requested)
    body = await year_calendar(runtime.bot.meetings, kommune_id, year)
    name = ics_filename(runtime.kb.kommuner[kommune_id].kommune.short_name, year)
    return _calendar(body, name)


def _calendar(body: bytes, filename: str) -> web.Response:
    """An .ics download: a file to save or subscribe to, cached briefly by the client."""
    return web.Response(
        body=body,
        content_type="text/calendar",
        charset="utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "private, max-age=300",
        },
    )


async def healthz(request: web.Request) -> web.Response:
    runtime = request.app[RUNTIME]
    return web.json_response(
        {
            "status": "ok",
            "knowledge_version": runtime.kb.version,
            "kommuner": sorted(runtime.kb.kommuner),
            "auth": "on" if runtime.settings.auth_enabled else "off",
            **_health_scheduler(runtime),
            **(runtime.follower.health() if runtime.follower else {}),
        }
    )


def _health_scheduler(runtime: Runtime) -> dict[str, str]:
    if runtime.leadership is not None and runtime.leadership.state == "standby":
        return {"scheduler": "standby", "scheduler_note": runtime.leadership.note or ""}
    scheduler = runtime.jobs.scheduler
    if scheduler is None:
        return {"scheduler": "off"}
    return {"scheduler": "running" if scheduler.running else "stopped"}


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Framework refusals become JSON with a reason; a bug becomes a logged 500 without detail."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status >= 400:
            return _problem(exc.status, exc.reason)
        raise
    except Exception as exc:
        log.error("request failed: %s", type(exc).__name__, exc_info=False)
        return _problem(500, "internal error")


def build_runtime(
    settings: Settings,
    *,
    kb: KnowledgeBase | None = None,
    store: Store | None = None,
    clock: Clock | None = None,
    people: dict[str, PeopleMap] | None = None,
) -> Runtime:
    kb = kb or KnowledgeBase.load(settings.knowledge_dir, settings.knowledge_cache_dir)
    if settings.default_kommune not in kb.kommuner:
        known = ", ".join(sorted(kb.kommuner))
        raise ConfigError(
            f"SLT_KOMMUNE '{settings.default_kommune}' is not loaded (known: {known})"
        )
    store = store or open_store(settings)
    if not shares_card_secret_in_store(settings):
        signing.use_secret(card_secret(settings))  # before any card is built
    clock = clock or SystemClock()
    repos = Repositories.over(store)
    bot = SltBot(kb, store, settings, clock=clock, people=people, repos=repos)
    adapter = create_adapter(settings)
    limiter = send_limiter(settings, store)
    sender = ProactiveSender(
        adapter,
        settings.app_id,
        repos.outbox,
        clock=clock,
        limiter=limiter,
        addresses=AddressBook(repos),  # jobs address channels and people; Teams resolves them
    )
    knowledge = Knowledge(served(bot))
    graph = GraphCalendar(settings.graph) if settings.graph else None
    ctx = JobContext(knowledge, repos, sender, calendar_events=graph is not None)
    jobs = JobQueue(ctx, sender, clock)
    meeting_jobs.register_jobs(jobs)
    tiltak_jobs.register_jobs(jobs)
    meetings = MeetingFollowUps(ctx, sender)
    if graph is not None:  # calendar changes go through the same outbox as messages
        carrier = GraphCarrier(
            graph, repos.graph_events, notify=sender.send, on_created=meetings.calendar_made
        )
        sender.carry(CalendarChange, carrier)

    async def to_coordinator(followup: Followup) -> None:
        cards = (followup.card,) if followup.card else ()
        reply = Reply(followup.text, cards, intent="followup")
        key = f"followup:{uuid.uuid4()}"
        outgoing = await knowledge.current.targets.notices(followup.kommune_id, reply, key=key)
        await sender.send_many(outgoing)

    bot.router.followup("coordinator", to_coordinator)
    bot.router.followup("meeting_changed", meetings.follow_up)
    bot.router.followup("meeting_call", meetings.follow_up)
    handler = SltTeamsHandler(bot, followups=bot.router.dispatch_followup)
    endpoint = TeamsEndpoint(settings, adapter, handler)
    return Runtime(
        settings,
        knowledge,
        store,
        bot,
        handler,
        adapter,
        sender,
        jobs,
        meetings,
        clock,
        repos,
        graph,
        endpoint=endpoint,
    )


class RuntimeParts(TypedDict, total=False):
    """Parts a test or tool hands :func:`build_runtime` instead of those built from Settings."""

    kb: KnowledgeBase | None
    store: Store | None
    clock: Clock | None
    people: dict[str, PeopleMap] | None


def create_app(settings: Settings, **parts: Unpack[RuntimeParts]) -> web.Application:
    runtime = build_runtime(settings, **parts)

    async def reload_for_coordinator() -> str:
        return (await reload_knowledge(runtime)).for_coordinator()

    runtime.bot.reloader = reload_for_coordinator
    runtime.follower = KnowledgeFollower(
        runtime.repos.knowledge_versions,
        lambda: reload_knowledge(runtime, announce=False),
        settings.knowledge_check_seconds,
    )
    app = web.Application(client_max_size=settings.max_body_bytes, middlewares=[error_middleware])
    app[RUNTIME] = runtime
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/calendar/{token}.ics", calendar_file)
    app.router.add_get("/calendar/meeting/{kommune}/{group}/{day}.ics", meeting_file)
    pages.add_routes(app)

    app.cleanup_ctx.append(_lifecycle)
    app.cleanup_ctx.append(_startup_objects_frozen)
    return app


async def _startup_objects_frozen(app: web.Application) -> AsyncIterator[None]:
    """Leave what start-up built out of garbage collection while the service runs.

    The knowledge base, the bot and botbuilder's modules and models live as long as the
    service; without this every full collection (about one per 500 turns, 65 ms) walks all
    of them again. Measured: p99 20–30 % lower (docs/performance.md). A knowledge reload
    still frees the version it replaces: reference counting does (30 reloads: +2 MB RSS).

    While serving, a young collection waits for :data:`YOUNG_COLLECTION_THRESHOLD` new
    objects instead of Python's 700: a turn leaves almost no cyclic garbage (under one object
    a turn), so the collections mostly walked the turns still in flight, and promoted them
    into the old generations whose full collections walk them again — with more turns in
    flight, the more often and the longer (docs/performance.md, the ninth pass).
    """
    gc.collect()  # freeze only what is alive
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *thresholds[1:])
    yield
    gc.set_threshold(*thresholds)
    gc.unfreeze()


async def start_scheduler_if_free(app: web.Application) -> None:
    """Campaign for the scheduler lease; run the scheduler while this process holds it.

    Called once the port is bound (bot/service.py). A second process on the same data folder
    would send every reminder and meeting call again, so it stands by, still answering
    turns, says so in a WARNING and in /healthz, and takes over when the holder stops.
    """
    runtime = app[RUNTIME]
    if not runtime.settings.scheduler_enabled or runtime.leadership is not None:
        return

    def start() -> None:
        runtime.jobs.start()  # the catch-up runs first: at start-up and on every takeover

    runtime.leadership = Leadership(
        scheduler_lease(runtime.settings),
        start,
        runtime.jobs.stop,
        retry_seconds=runtime.settings.leader_retry_seconds,
    )
    await runtime.leadership.begin()


async def _lifecycle(app: web.Application) -> AsyncIterator[None]:
    """At start, read what every turn needs from the store. On shutdown: finish what is
    under way within bounds, stop the scheduler, close up.

    Requests still being answered got ``HTTP_SHUTDOWN_GRACE`` before this runs; then
    follow-ups get ``FOLLOWUP_GRACE`` and posts on the wire ``SEND_GRACE`` — under 10 s in all.
    Nothing is lost by the bounds: a scheduled message not sent is due again at the next
    start's catch-up tick, and a post left unanswered is sent again there, flagged.
    """
    runtime = app[RUNTIME]
    if shares_card_secret_in_store(runtime.settings):  # before the first card is built
        signing.use_secret(await runtime.repos.calendar_tokens.card_secret())
    await runtime.bot.ready()  # the link secret, before a scheduled call card needs it
    if runtime.follower is not None:
        await runtime.follower.begin()
    # The kommuner's search indexes, built after start rather than before it (356 kommuner:
    # 1.5 s); a question to a kommune not built yet builds its own (bot/understanding/).
    indexes = asyncio.create_task(build_pending(runtime.bot.understanding.search.values()))
    yield
    indexes.cancel()
    await asyncio.gather(indexes, return_exceptions=True)
    if runtime.follower is not None:
        await runtime.follower.end()
    try:  # one-off follow-ups: no later tick would send them
        await asyncio.wait_for(runtime.handler.drain(), FOLLOWUP_GRACE)
    except TimeoutError:
        log.warning("stopping with follow-ups still being sent")
    # Then the sender: posts on the wire finish and are recorded, the rest stays queued for
    # the next start. (The scheduler's shutdown cancels a running tick, mid-post or not.)
    await runtime.sender.stop(timeout=SEND_GRACE)
    if runtime.leadership is not None:
        await runtime.leadership.end()
    if runtime.graph is not None:
        await runtime.graph.close()
    await close_connections(runtime.adapter)
    await runtime.repos.store.close()  # the connection ``runtime.store`` too
