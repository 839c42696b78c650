"""bot/teams/endpoint.py's reading of a body: a lone surrogate is refused however it is sent,
also now that most bodies skip the second encoding that finds one."""

from __future__ import annotations

import json

import pytest
from botbuilder.schema import Activity

from bot.teams.endpoint import Answer, may_hold_surrogates, parse_activity
from tests.auxil.activities import message

SERVICE_URL = "https://smba.trafficmanager.net/emea/"
SURROGATE_REFUSAL = "body contains text that is not valid Unicode (a lone surrogate)"


def body(text: str) -> dict[str, object]:
    return message(text, SERVICE_URL)


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps(body("hei \ud800")).encode(),  # a JSON escape, as Python and Teams write it
        json.dumps(body("\udfff hvem")).encode().replace(b"\\udfff", b"\\uDFFF"),  # upper case
        json.dumps(body("hei \udbff"), ensure_ascii=False).encode("utf-8", "surrogatepass"),
        json.dumps(body("hei \ud800"), ensure_ascii=False).encode("utf-16", "surrogatepass"),
        json.dumps(body("hei \ud800"), ensure_ascii=False).encode("utf-32", "surrogatepass"),
    ],
    ids=["escape", "upper-case escape", "utf-8 bytes", "utf-16", "utf-32"],
)
def test_a_lone_surrogate_is_refused_however_it_is_written(raw: bytes) -> None:
    assert may_hold_surrogates(raw)
    assert parse_activity(raw) == Answer(400, {"error": SURROGATE_REFUSAL})


@pytest.mark.parametrize(
    "raw",
    [
        json.dumps(body("hvem sitter i politirådet? 😀")).encode(),  # æøå and a pair escaped
        json.dumps(body("hvem sitter i politirådet? 😀"), ensure_ascii=False).encode(),
        json.dumps(body("한국어 \\ud800 er tekst")).encode(),  # a backslash, then «ud800»
    ],
    ids=["escaped", "utf-8", "hangul and an escaped backslash"],
)
def test_valid_text_is_read_whether_or_not_it_looks_like_a_surrogate(raw: bytes) -> None:
    parsed = parse_activity(raw)

    assert isinstance(parsed, Activity)
    assert parsed.text == json.loads(raw)["text"]


def test_plain_bodies_skip_the_second_encoding() -> None:
    assert not may_hold_surrogates(json.dumps(body("hvem er slt-koordinator")).encode())
    assert not may_hold_surrogates(json.dumps(body("rådet"), ensure_ascii=False).encode())
