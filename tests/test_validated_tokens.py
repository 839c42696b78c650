"""bot/teams/validated.py on its own: what is kept, for how long, and when it is checked again.
(The service with real signed tokens: tests/test_auth_tokens.py.)"""

from __future__ import annotations

from typing import Any

from botframework.connector.auth import AuthenticateRequestResult, ClaimsIdentity

from bot.teams.validated import ValidatedTokens

URL = "https://smba.trafficmanager.net/emea/"


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def passed(claims: dict[str, Any], *, authenticated: bool = True) -> AuthenticateRequestResult:
    result = AuthenticateRequestResult()
    result.claims_identity = ClaimsIdentity(claims, authenticated, "Bearer")
    result.audience = "https://api.botframework.com"
    result.caller_id = "urn:botframework:azure"
    return result


def test_a_kept_check_is_used_until_exp_and_never_after() -> None:
    clock = Clock()
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: 1)
    tokens.keep("Bearer a", "msteams", URL, passed({"exp": clock.now + 60, "aud": "bot"}))

    clock.now += 59
    kept = tokens.get("Bearer a", "msteams", URL)
    assert kept is not None and kept.claims_identity.claims["aud"] == "bot"
    clock.now += 1
    assert tokens.get("Bearer a", "msteams", URL) is None
    clock.now -= 30  # and once dropped, it stays dropped
    assert tokens.get("Bearer a", "msteams", URL) is None


def test_only_the_same_header_channel_and_service_url_find_it() -> None:
    clock = Clock()
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: 1)
    tokens.keep("Bearer a", "msteams", URL, passed({"exp": clock.now + 60}))

    assert tokens.get("Bearer a", "msteams", URL) is not None
    assert tokens.get("Bearer b", "msteams", URL) is None
    assert tokens.get("Bearer a", "webchat", URL) is None
    assert tokens.get("Bearer a", "msteams", "https://elsewhere.example/") is None
    assert tokens.get("Bearer a", None, None) is None


def test_new_signing_keys_make_every_kept_token_be_checked_again() -> None:
    clock, key_sets = Clock(), [1]
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: key_sets[0])
    tokens.keep("Bearer a", "msteams", URL, passed({"exp": clock.now + 60}))

    key_sets[0] = 2

    assert tokens.get("Bearer a", "msteams", URL) is None


def test_a_token_without_exp_past_exp_or_not_authenticated_is_never_kept() -> None:
    clock = Clock()
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: 1)
    tokens.keep("Bearer none", "msteams", URL, passed({"aud": "bot"}))
    tokens.keep("Bearer text", "msteams", URL, passed({"exp": "tomorrow"}))
    tokens.keep("Bearer skew", "msteams", URL, passed({"exp": clock.now - 1}))
    tokens.keep("Bearer anon", "msteams", URL, passed({"exp": clock.now + 60}, authenticated=False))
    tokens.keep("", "msteams", URL, passed({"exp": clock.now + 60}))

    for header in ("Bearer none", "Bearer text", "Bearer skew", "Bearer anon", ""):
        assert tokens.get(header, "msteams", URL) is None, header


def test_each_turn_gets_its_own_copy_of_the_result() -> None:
    clock = Clock()
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: 1)
    tokens.keep("Bearer a", "msteams", URL, passed({"exp": clock.now + 60, "aud": "bot"}))

    first = tokens.get("Bearer a", "msteams", URL)
    assert first is not None
    first.claims_identity.claims["aud"] = "changed by a turn"
    first.caller_id = "changed"
    second = tokens.get("Bearer a", "msteams", URL)

    assert second is not None
    assert (second.claims_identity.claims["aud"], second.caller_id) == (
        "bot",
        "urn:botframework:azure",
    )


def test_the_oldest_token_goes_first_when_the_bound_is_reached() -> None:
    clock = Clock()
    tokens = ValidatedTokens(clock=clock, key_sets=lambda: 1, max_tokens=2)
    for name in ("a", "b", "c"):
        tokens.keep(f"Bearer {name}", "msteams", URL, passed({"exp": clock.now + 60}))

    assert tokens.get("Bearer a", "msteams", URL) is None
    assert tokens.get("Bearer b", "msteams", URL) is not None
    assert tokens.get("Bearer c", "msteams", URL) is not None
