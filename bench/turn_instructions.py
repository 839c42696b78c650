"""Turns through the Teams endpoint in process, for counting a turn's instructions.

A shared machine moves CPU time by ±10 % between runs; an instruction count does not move
with the neighbours. Run this twice under valgrind with a different number of turns and
divide the difference (start-up cancels out)::

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
        python -m bench.turn_instructions --turns 36     # then --turns 216: (I refs) / 180

Each turn is what ``POST /api/messages`` runs after the HTTP framing — parsing and checking
the activity, authentication (off), the tenant check, botbuilder's turn, our handler, the
domain and the reply's JSON — through our transport with its HTTP request left out. HTTP
itself is the floor's in ``bench.turns``.

``--gc-off`` keeps the cyclic collector off during the counted turns: whether a full
collection falls inside them moves a count by up to ~0.2 M per turn, more than most code
changes; compare code paths with it, and see the collector's share in ``bench.turns``.

``--question N`` turns only the N-th bench question after the same warm-up, for one
question's count: ``--turns 0`` once, then ``--turns 120 --question N``, difference / 120.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
from typing import Any

from bench.turns import QUESTIONS, teams_message
from bot.config import Settings
from bot.server import build_runtime
from bot.storage.sqlite import SqliteStore
from bot.teams.transport import AiohttpTransport, NoTokens, encode_body

SERVICE_URL = "http://127.0.0.1:9/"
WARMUP = 36


class EncodingTransport(AiohttpTransport):
    """Our transport with the HTTP request left out: each reply is addressed and encoded as
    for the wire, and counted."""

    def __init__(self) -> None:
        super().__init__(NoTokens())
        self.posted = 0

    async def _call(
        self, method: str, service_url: str, path: str, body: dict[str, Any], timeout: float | None
    ) -> dict[str, Any]:
        encode_body(body)
        self.posted += 1
        return {"id": "reply-1"}


async def run(turns: int, question: int | None = None, *, gc_off: bool = False) -> int:
    """Warm up, then ``turns`` turns (of one question, if given; without the cyclic GC if
    ``gc_off``); how many replies the transport was given in all."""
    runtime = build_runtime(Settings.from_env(), store=SqliteStore.open(":memory:"))
    transport = runtime.adapter.transport = EncodingTransport()
    endpoint = runtime.endpoint
    assert endpoint is not None
    bodies = [
        json.dumps(teams_message(text, SERVICE_URL, f"a-{n}", n % 16)).encode()
        for n, text in enumerate(QUESTIONS * 3)
    ]
    for n in range(WARMUP):  # every conversation stored once, every cache of types filled
        answer = await endpoint.handle(bodies[n % len(bodies)], "")
        assert answer.status == 201, answer
    gc.collect()
    gc.freeze()  # as bot/server.py does after start-up
    if question is not None:
        bodies = bodies[question % len(QUESTIONS) :: len(QUESTIONS)]
    if gc_off:
        gc.disable()
    for n in range(turns):
        await endpoint.handle(bodies[n % len(bodies)], "")
    gc.enable()
    await runtime.store.close()
    return transport.posted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=216)
    parser.add_argument("--question", type=int, help="only this bench question (0–5)")
    parser.add_argument("--gc-off", action="store_true", help="no cyclic GC in the counted turns")
    args = parser.parse_args(argv)
    asyncio.run(run(args.turns, args.question, gc_off=args.gc_off))


if __name__ == "__main__":
    main()
