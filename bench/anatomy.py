"""Where a turn's CPU goes: each step of answering one Teams message, timed in process.

The steps are the ones ``/api/messages`` runs, called directly on the real objects with the
real activity and card (HTTP and the connector's answer are left out: the turn benchmark's
"aiohttp floor" covers them). Also timed: what botbuilder builds per turn unless told not to
(a ConnectorClient and a UserTokenClient), which SLT-boten now builds once. CPU time of this
thread, so other work on the machine barely moves the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import time
from collections.abc import Callable
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import ClaimsIdentity, MicrosoftAppCredentials

from bench.stats import print_table
from bench.turns import teams_message
from bot.config import DEFAULT_KNOWLEDGE_DIR, Settings
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.storage.sqlite import SqliteStore
from bot.teams import convert
from bot.teams.adapter import create_adapter
from bot.teams.schema import activity_from_json

SERVICE_URL = "http://127.0.0.1:9/"


def cpu_us(step: Callable[[], Any], count: int) -> float:
    step()  # warm
    start = time.thread_time()
    for _ in range(count):
        step()
    return (time.thread_time() - start) / count * 1e6


def run(count: int = 2000) -> dict[str, float]:
    bot = SltBot(
        KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR), SqliteStore.open(":memory:"), Settings()
    )
    raw = json.dumps(teams_message("hvem sitter i politirådet?", SERVICE_URL, "a-1", 1)).encode()
    activity = Activity().deserialize(json.loads(raw))
    request = convert.to_request(activity)
    loop = asyncio.new_event_loop()
    [reply] = loop.run_until_complete(bot.on_message(request))
    outgoing = convert.to_activity(reply)
    reference = TurnContext.get_conversation_reference(activity)
    addressed = TurnContext.apply_conversation_reference(copy.deepcopy(outgoing), reference)
    auth = create_adapter(Settings()).bot_framework_authentication
    factory = loop.run_until_complete(auth.authenticate_request(activity, "")).connector_factory
    connector = loop.run_until_complete(factory.create(SERVICE_URL, None))
    serializer = connector.conversations._serialize
    few = max(1, count // 20)
    anonymous = ClaimsIdentity({}, True)  # what an unauthenticated (auth off) turn carries

    def authenticate() -> None:
        loop.run_until_complete(auth.authenticate_request(activity, ""))

    text = request.text
    who = loop.run_until_complete(bot.access.resolve(request))
    understood = bot.understand(text, who.kommune_id)

    def respond() -> None:
        answer = bot.respond(understood, who.kommune_id, request, text=text, who=who)
        loop.run_until_complete(answer)

    steps = {
        "parse JSON + Activity.deserialize": lambda: Activity().deserialize(json.loads(raw)),
        "parse JSON + activity_from_json (ours)": lambda: activity_from_json(json.loads(raw)),
        "authenticate (auth off)": authenticate,
        "understand + answer + card": lambda: loop.run_until_complete(bot.on_message(request)),
        "— of it: the danger check": lambda: bot.safety.check(text),
        "— of it: the privacy guard": lambda: bot.privacy.check(text),
        "— of it: understanding + routine match": lambda: bot.understand(text, who.kommune_id),
        "— of it: the sender read (store)": lambda: loop.run_until_complete(
            bot.access.resolve(request)
        ),
        "— of it: the router's answer and card": respond,
        "to_request + to_activity": lambda: (
            convert.to_request(activity),
            convert.to_activity(reply),
        ),
        "deepcopy + apply reference (botbuilder)": lambda: TurnContext.apply_conversation_reference(
            copy.deepcopy(outgoing), reference
        ),
        "serialize the reply (msrest)": lambda: serializer.body(addressed, "Activity"),
        "conversation reference .serialize()": lambda: reference.serialize(),
    }
    result = {name: cpu_us(step, count) for name, step in steps.items()}
    removed = {
        "new ConnectorClient (was per turn)": lambda: ConnectorClient(
            MicrosoftAppCredentials.empty(), base_url=SERVICE_URL
        ),
        "new UserTokenClient (was per turn)": lambda: loop.run_until_complete(
            ConfigurationBotFrameworkAuthentication.create_user_token_client(auth, anonymous)
        ),
    }
    result |= {name: cpu_us(step, few) for name, step in removed.items()}
    loop.run_until_complete(auth.close())
    loop.close()
    return result


def report(result: dict[str, float]) -> None:
    rows = [(name, f"{us:8.0f} µs") for name, us in result.items()]
    print_table("Anatomy of a turn: CPU per step, in process (this thread)", rows)


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=2000)
    result = run(parser.parse_args(argv).count)
    report(result)
    return result


if __name__ == "__main__":
    main()
