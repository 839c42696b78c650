"""Bad input at the real endpoint: generated activities by the thousand, and raw bytes.

One real service (and its fake Bot Connector) runs for the whole module on a loop of its
own; hypothesis drives it over HTTP from the test thread. Every generated activity starts
from something Teams could send (a message, a card click, a Submit fallback, a
conversation or installation update, an unknown invoke) and then has fields dropped,
given the wrong type, or filled with odd text: RTL and zero-width characters, lone
surrogates in JSON escapes, 100 KB of text, card payloads with missing, forged or
wrong-typed verbs and data for every registered verb.

Whatever comes in, the service answers: never a 500, never a dropped connection, never a
reply (HTTP body or message sent to Teams) that shows a traceback or a Python exception
name, and no turn fails inside the bot's own code. A turn botbuilder itself cannot handle
(e.g. a conversation update without Teams' channel data) still gets its 201 and is counted;
an invoke the bot does not implement gets botbuilder's 501. Afterwards /healthz still
answers fast.
"""

from __future__ import annotations

import builtins
import json
import logging
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.config import REPO_ROOT, Settings
from bot.knowledge.index import KnowledgeBase
from bot.server import RUNTIME
from cards.verbs import Verb
from tests.auxil import figures
from tests.auxil.activities import BOT_ID, CHANNEL_ID, TEAM_ID, TENANT_ID
from tests.auxil.connector import FakeConnector
from tests.auxil.loop_thread import LoopThread
from tests.auxil.service import HEALTH_TIMEOUT
from tests.conftest import start_bot

FAST_EXAMPLES = 200
SLOW_EXAMPLES = 1500

EXCEPTION_NAMES = sorted(
    {
        name
        for name, value in vars(builtins).items()
        if isinstance(value, type) and issubclass(value, BaseException)
    }
    | {
        "HttpOperationError",
        "ClientRequestError",
        "DeserializationError",
        "SerializationError",
        "ValidationError",
        "JSONDecodeError",
        "StoreError",
        "KnowledgeError",
        "CardProblem",
    }
)
CONNECTOR_COMPLAINTS = (
    "HttpOperationError",
    "ClientRequestError",
    "ErrorResponseException",
    "ConnectorError",  # bot/teams/transport.py: the connector answered 4xx/5xx
    "ConnectorUnreachable",
)
"""Turn failures that are the (fake) Bot Connector refusing an odd id, not a bug in the bot."""


# --- the service under test ----------------------------------------------------------------


class ErrorLog(logging.Handler):
    """Every ERROR the service logs while the module runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Service:
    url: str
    connector: FakeConnector
    errors: ErrorLog
    vocabulary: dict[str, list[str]]
    http: requests.Session = field(default_factory=requests.Session)
    statuses: list[int] = field(default_factory=list)
    turn_failures: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)
    seen_activities: int = 0
    seen_errors: int = 0

    def post(self, body: bytes, content_type: str = "application/json") -> requests.Response:
        started = time.monotonic()
        response = self.http.post(
            f"{self.url}/api/messages",
            data=body,
            headers={"Content-Type": content_type},
            timeout=30,
        )
        self.seconds.append(time.monotonic() - started)
        self.statuses.append(response.status_code)
        return response

    def check(self, activity: Any) -> None:
        """Post one generated activity and hold the service to its promises."""
        body = json.dumps(activity).encode()
        response = self.post(body)
        invoke = isinstance(activity, dict) and activity.get("type") == "invoke"
        assert response.status_code != 500, response.text
        assert response.status_code < 500 or (invoke and response.status_code == 501)
        allowed = body.decode()  # a name the sender wrote may come back (e.g. a comment)
        assert_clean(response.text, allowed)
        sent = self.connector.received[self.seen_activities :]
        self.seen_activities += len(sent)
        for received in sent:
            assert_clean(json.dumps(received.activity, ensure_ascii=False), allowed)
        self._check_errors()

    def _check_errors(self) -> None:
        new = self.errors.records[self.seen_errors :]
        self.seen_errors += len(new)
        for record in new:
            message = record.getMessage()
            assert not message.startswith("request failed"), message  # the 500 path
            failure = re.match(r"turn failed: (\w+)", message)
            if failure is None:
                continue
            where = re.findall(r'File "([^"]+)"', message)
            self.turn_failures[f"{failure.group(1)} in {_package(where[-1] if where else '')}"] += 1
            if failure.group(1) not in CONNECTOR_COMPLAINTS:
                assert _package(where[-1] if where else "") != "SLT-boten", message


def _package(path: str) -> str:
    """Where a turn failed: our code, or the library (botbuilder, msrest, http) it was in."""
    if any(path.startswith(str(REPO_ROOT / part)) for part in ("bot", "cards")):
        return "SLT-boten"
    return re.split(r"site-packages/|python3\.\d+/", path)[-1].split("/", 1)[0]


CARD_STYLE_VALUE = re.compile(r'"(?:color|style)"\s*:\s*"\w+"')
"""Adaptive Card colours and styles include «Warning», which is also a builtin exception."""


def assert_clean(text: str, allowed: str) -> None:
    assert "Traceback" not in text
    text = CARD_STYLE_VALUE.sub("", text)
    for name in EXCEPTION_NAMES:
        if name not in allowed:
            assert not re.search(rf"\b{name}\b", text), f"{name} leaked: {text[:300]}"


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, kb: KnowledgeBase) -> Iterator[Service]:
    loop = LoopThread("fuzzed-service")
    data_dir: Path = tmp_path_factory.mktemp("fuzz") / "data"
    connector = loop.run(FakeConnector().start())
    server, client = loop.run(start_bot(Settings(data_dir=data_dir, scheduler_enabled=False), kb))
    errors = ErrorLog()
    logging.getLogger().addHandler(errors)
    bot = client.app[RUNTIME].bot
    vocabulary = {
        "verb": sorted(set(bot.actions) | {str(v) for v in Verb}),
        "kommune": sorted(kb.kommuner),
        "tiltak": sorted({t.id for i in kb.kommuner.values() for t in i.kommune.tiltak}),
        "routine": sorted({r for by_id in bot.routines.by_kommune.values() for r in by_id}),
        "step": sorted(
            {
                s.id
                for by_id in bot.routines.by_kommune.values()
                for r in by_id.values()
                for s in r.routine.steps
            }
        ),
    }
    service = Service(client.url, connector, errors, vocabulary)
    yield service
    logging.getLogger().removeHandler(errors)
    figures.record(
        "fuzz",
        group="all requests in the module (generated, raw bytes, random bytes)",
        requests=len(service.seconds),
        statuses=dict(sorted(Counter(service.statuses).items())),
        sent_to_teams=len(connector.received),
        turn_failures_outside_the_bot=dict(service.turn_failures),
    )
    loop.run(client.session.close())
    loop.run(server.close())
    loop.run(connector.close())
    loop.stop()


# --- what goes in ------------------------------------------------------------------------

ODD_TEXT = [
    "",
    " ",
    "\u202eslt-koordinator\u202c",  # right-to-left override
    "مرحبا من هو منسق SLT",  # Arabic (RTL)
    "שלום מי יושב בפוליטירודט",  # Hebrew (RTL)
    "hvem\u200bsitter\u200ci\u200dpolitirådet\ufeff",  # zero-width characters
    "h\u0308v\u0301e\u0327m",  # combining marks
    "👩\u200d👩\u200d👧\u200d👦 hvem er koordinator",  # emoji ZWJ sequence
    "\x00\x01\x1b[31m\x7f",  # control characters, an ANSI escape
    "\ud800",  # lone high surrogate (sent as a JSON escape)
    "\udfff hvem \udbff",  # lone surrogates around text
    "<at>SLT-boten</at>",
    "<script>alert(1)</script>{{verb}}${jndi:ldap://x}",
    "koble teamet til gjesdal",
    "koble teamet til ../../etc/passwd",
    "Robert'); DROP TABLE kv;--",
    "%s%s%s%n {0} {}",
]
BIG = ["hvem sitter i politirådet ", "æøå ", "\u200b", "𝔰𝔩𝔱 ", "a"]
INVOKE_NAMES = [
    "adaptiveCard/action",
    "composeExtension/query",
    "composeExtension/submitAction",
    "task/fetch",
    "task/submit",
    "signin/verifyState",
    "signin/tokenExchange",
    "fileConsent/invoke",
    "actionableMessage/executeAction",
    "config/fetch",
    "message/submitAction",
]
DATA_KEYS = [
    "verb",
    "kommune",
    "tiltak",
    "deadline",
    "new_deadline",
    "comment",
    "routine",
    "step",
    "trail",
    "answer",
    "meeting",
    "group",
    "date",
    "agenda",
    "msteams",
]


TEXTS = st.one_of(
    st.text(max_size=300),
    st.sampled_from(ODD_TEXT),
    st.text(st.characters(categories=["Cf", "Mn", "Me", "Zs", "Zl", "Cc", "Co"]), max_size=50),
    st.builds(lambda piece, n: piece * n, st.sampled_from(BIG), st.integers(1, 100_000 // 4)),
    st.text(max_size=300),
    st.text(st.characters(categories=["Cs", "Lo"]), min_size=1, max_size=20),
    st.text(max_size=300),
)
"""Odd text: any Unicode, lone surrogates and invisible characters, up to 100 KB."""

JUNK = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(),  # NaN and ±Infinity too: Python's json writes and reads them
        st.text(max_size=20),
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
"""A value of a type the field does not have."""

ENTITY = st.fixed_dictionaries(
    {"type": st.one_of(st.just("mention"), JUNK), "mentioned": JUNK, "text": JUNK}
)


def deep(levels: int) -> Any:
    value: Any = "x"
    for i in range(levels):
        value = [value] if i % 2 else {"a": value}
    return value


def card_data(vocabulary: dict[str, list[str]]) -> st.SearchStrategy[dict[str, Any]]:
    """A card payload: keys a card could carry, with right, forged or wrong-typed values."""
    plausible = {
        "verb": st.sampled_from(vocabulary["verb"]),
        "kommune": st.sampled_from(vocabulary["kommune"]),
        "tiltak": st.sampled_from(vocabulary["tiltak"]),
        "routine": st.sampled_from(vocabulary["routine"]),
        "step": st.sampled_from(vocabulary["step"]),
        "deadline": st.dates().map(str),
        "new_deadline": st.dates().map(str),
        "trail": st.lists(st.sampled_from(vocabulary["step"]), max_size=60),
    }
    values = {key: st.one_of(plausible.get(key, TEXTS), JUNK, TEXTS) for key in DATA_KEYS}
    keys = st.lists(st.one_of(st.sampled_from(DATA_KEYS), st.text(max_size=8)), max_size=9)

    @st.composite
    def payload(draw: st.DrawFn) -> dict[str, Any]:
        return {key: draw(values.get(key, TEXTS)) for key in draw(keys)}

    return payload()


def activities(service_url: str, vocabulary: dict[str, list[str]]) -> st.SearchStrategy[Any]:
    data = card_data(vocabulary)
    verbs = st.sampled_from(vocabulary["verb"])

    @st.composite
    def activity(draw: st.DrawFn) -> Any:
        return draw(mutated(teams_activity(draw, service_url, data, verbs)))

    @st.composite
    def sometimes_not_an_object(draw: st.DrawFn) -> Any:
        # hypothesis favours the first choice: mostly activities, now and then anything at all
        return draw(JUNK) if draw(st.sampled_from([False] * 15 + [True])) else draw(activity())

    return sometimes_not_an_object()


def teams_activity(
    draw: st.DrawFn,
    service_url: str,
    data: st.SearchStrategy[dict[str, Any]],
    verbs: st.SearchStrategy[str],
) -> dict[str, Any]:
    """Something Teams could send, before it is broken."""
    kind = draw(
        st.sampled_from(
            [
                "message",
                "message",
                "submit",
                "click",
                "click",
                "invoke",
                "conversationUpdate",
                "installationUpdate",
                "messageReaction",
                "event",
                "typing",
                "endOfConversation",
            ]
        )
    )
    scope = draw(st.sampled_from(["personal", "groupChat", "channel"]))
    activity: dict[str, Any] = {
        "type": {"click": "invoke", "submit": "message"}.get(kind, kind),
        "id": f"f-{draw(st.integers(0, 10**6))}",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": "29:aad-fuzz", "name": "Frida Fuzz", "aadObjectId": "aad-fuzz"},
        "recipient": {"id": BOT_ID, "name": "SLT-boten"},
        "conversation": {
            "id": f"{CHANNEL_ID};messageid=1" if scope == "channel" else "a:personal-fuzz",
            "conversationType": scope,
            "tenantId": TENANT_ID,
        },
        "channelData": {"tenant": {"id": TENANT_ID}}
        | ({"team": {"id": TEAM_ID}, "channel": {"id": CHANNEL_ID}} if scope == "channel" else {}),
        "locale": "nb-NO",
        "text": draw(TEXTS),
    }
    if scope != "personal" and draw(st.booleans()):
        activity["text"] = "<at>SLT-boten</at> " + activity["text"]
        activity["entities"] = [
            {"type": "mention", "text": "<at>SLT-boten</at>", "mentioned": {"id": BOT_ID}}
        ]
    if kind == "submit":
        activity["text"] = draw(st.sampled_from([None, ""]))
        activity["value"] = draw(data)
        activity["replyToId"] = "activity-1"
    if kind == "click":
        activity["name"] = "adaptiveCard/action"
        activity["text"] = None
        activity["replyToId"] = "activity-1"
        action = {"type": "Action.Execute", "verb": draw(verbs), "data": draw(data)}
        activity["value"] = {"action": action, "trigger": "manual"}
    if kind == "invoke":
        activity["name"] = draw(st.one_of(st.sampled_from(INVOKE_NAMES), st.text(max_size=30)))
        activity["value"] = draw(JUNK)
    if kind in ("conversationUpdate", "installationUpdate"):
        activity["membersAdded"] = [{"id": BOT_ID}, {"id": "29:aad-fuzz"}]
        activity["channelData"]["eventType"] = draw(
            st.sampled_from(["teamMemberAdded", "channelCreated", "teamRenamed", "x"])
        )
        activity["action"] = draw(st.sampled_from(["add", "remove", "add-upgrade", "?"]))
    return activity


FIELDS = [
    "text", "value", "entities", "channelData", "from", "conversation", "attachments",
    "membersAdded", "action", "name", "replyToId", "locale", "timestamp", "recipient", "id",
    "channelId", "serviceUrl", "type",
]  # fmt: skip
"""Hypothesis favours the first entries: the fields the bot reads most come first."""


@st.composite
def mutated(draw: st.DrawFn, activity: dict[str, Any]) -> Any:
    """Break up to three fields: drop them, give them wrong types, or break what is inside."""
    broken = draw(st.lists(st.sampled_from(FIELDS), max_size=3, unique=True))
    for key in broken:
        how = draw(st.sampled_from(["drop", "junk", "inside"]))
        if how == "drop":
            activity.pop(key, None)
        elif how == "junk":
            activity[key] = draw(JUNK)
        elif isinstance(activity.get(key), dict) and activity[key]:
            inner = dict(activity[key])
            inner[draw(st.sampled_from(sorted(inner)))] = draw(st.one_of(JUNK, TEXTS))
            activity[key] = inner
        elif key in ("entities", "attachments", "membersAdded"):
            activity[key] = draw(st.lists(st.one_of(JUNK, ENTITY), max_size=3))
        elif key == "value":
            activity[key] = deep(draw(st.integers(100, 900)))
        else:
            activity[key] = draw(TEXTS)
    return activity


def fuzz(service: Service, examples: int) -> None:
    before, sent_before = len(service.seconds), len(service.connector.received)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(activity=activities(service.connector.url, service.vocabulary))
    def one(activity: Any) -> None:
        service.check(activity)

    one()
    started = time.monotonic()
    # Still answering after the fuzz (a wedged service never would); how fast is a figure for
    # the report, not an assertion: a loaded CI machine answers late now and then.
    health = service.http.get(f"{service.url}/healthz", timeout=HEALTH_TIMEOUT)
    health_ms = round(1000 * (time.monotonic() - started))
    assert health.status_code == 200 and health.json()["status"] == "ok"
    seconds = sorted(service.seconds[before:])
    figures.record(
        "fuzz",
        group="slow" if examples == SLOW_EXAMPLES else "fast",
        requests=len(seconds),
        median_ms=round(1000 * seconds[len(seconds) // 2]),
        p99_ms=round(1000 * seconds[int(len(seconds) * 0.99)]),
        max_ms=round(1000 * seconds[-1]),
        statuses=dict(sorted(Counter(service.statuses[before:]).items())),
        sent_to_teams=len(service.connector.received) - sent_before,
        turn_failures_outside_the_bot=dict(service.turn_failures),
        health_after_ms=health_ms,
    )


# --- the tests ---------------------------------------------------------------------------


def test_generated_activities_never_break_the_service(service: Service) -> None:
    fuzz(service, FAST_EXAMPLES)


@pytest.mark.slow
def test_fifteen_hundred_generated_activities_never_break_the_service(service: Service) -> None:
    fuzz(service, SLOW_EXAMPLES)


@given(raw=st.binary(max_size=2000))
@settings(max_examples=100, deadline=None, database=None)
def test_random_bytes_are_refused_with_a_4xx(service: Service, raw: bytes) -> None:
    response = service.post(raw)
    assert response.status_code == 400, response.text


RAW_BODIES = {
    "invalid UTF-8": b'{"type": "message", "text": "\xff\xfe\xc3\x28"}',
    "UTF-8 BOM and a lone continuation byte": b"\xef\xbb\xbf{\x80}",
    "JSON null": b"null",
    "a JSON list": b"[1, 2, 3]",
    "a JSON string": b'"message"',
    "a huge number": b"1" * 5000,
    "NaN": b"NaN",
    "10,000 nested lists": b"[" * 10_000 + b"]" * 10_000,
    "10,000 nested objects": b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
    "an activity whose value nests 10,000 levels": (
        b'{"type": "message", "serviceUrl": "http://127.0.0.1:9/", "conversation": {"id": "c"},'
        b' "value": ' + b"[" * 10_000 + b"]" * 10_000 + b"}"
    ),
    "a lone surrogate in the conversation id": (
        b'{"type": "message", "serviceUrl": "http://127.0.0.1:9/",'
        b' "conversation": {"id": "\\ud800"}}'
    ),
    "truncated JSON": b'{"type": "message", "text": "hei',
    "empty body": b"",
}


@pytest.mark.parametrize("raw", RAW_BODIES.values(), ids=RAW_BODIES.keys())
def test_raw_bodies_that_are_not_activities_are_a_400(service: Service, raw: bytes) -> None:
    response = service.post(raw)
    assert response.status_code == 400, response.text
    assert "error" in response.json()
    assert_clean(response.text, "")


def test_a_body_that_is_not_json_at_all_is_a_415(service: Service) -> None:
    response = service.post(b"<activity/>", content_type="application/xml")
    assert response.status_code == 415
