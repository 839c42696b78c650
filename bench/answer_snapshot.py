"""Fingerprints of every answer, to prove a speed change left the answers as they were.

A performance change must not move one byte of what the bot says. This sends every eval text
(``tests/eval/*.yaml``, in its kommune's team), every corpus text (``scripts/*corpus*.yaml``:
the intent corpora in their kommune's team, the danger corpora in each kommune's team), every
safety probe text and look-alike (``tests/safety_probe*_data.py``, in each kommune's team) and
the bench's questions (in a personal chat) through ``SltBot.on_message`` — the danger check,
the privacy guard, kommune resolution, understanding and the router — and keeps one SHA-256
per message over every reply's text, intent, facts, cards and follow-ups (cards signed with a
fixed secret)::

    python -m bench.answer_snapshot --write /tmp/before.json      # on the base
    python -m bench.answer_snapshot --compare /tmp/before.json    # after the change

The answer benchmark's questions (``bench.answers``) also go through ``SltBot.answer``, the
path it times. ``--compare`` prints how many messages differ and their keys (eval and corpus
ids, probe numbers), never a message's text: the held-out halves stay unread.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import yaml

from bench import answers
from bench.turns import QUESTIONS
from bot.features.reply import Reply
from bot.messages import Request, Scope, Sender
from cards import signing
from tests import safety_probe11_data, safety_probe12_data
from tests.eval import Runner, load_items

CORPORA = Path(__file__).resolve().parent.parent / "scripts"
"""Where the intent and danger corpora are (``*corpus*.yaml``; their relabel records are no
messages)."""


def _corpus_items() -> Iterator[dict[str, Any]]:
    for path in sorted(CORPORA.glob("*corpus*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(items, list):  # not a relabel record
            yield from items


def _probe_texts() -> list[str]:
    texts: list[str] = []
    for module in (safety_probe11_data, safety_probe12_data):
        for name in sorted(vars(module)):
            value = getattr(module, name)
            if name.isupper() and isinstance(value, list):
                texts.extend(case if isinstance(case, str) else case[0] for case in value)
    return list(dict.fromkeys(texts))


def _fingerprint(replies: list[Reply]) -> str:
    shown: list[Any] = [
        [r.text, r.intent, r.facts, r.cards, [asdict(f) for f in r.followups]] for r in replies
    ]
    canonical = json.dumps(shown, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _messages(runner: Runner) -> Iterator[tuple[str, Request]]:
    for item in load_items():
        yield f"eval:{item.id}", _request(runner, item.kommune, item.text)
    kommuner = list(runner.kb.kommuner)
    for written in _corpus_items():
        for kommune in [written["kommune"]] if "kommune" in written else kommuner:
            key = f"corpus:{written['id']}:{kommune}"
            yield key, _request(runner, kommune, written["text"])
    for number, text in enumerate(_probe_texts()):
        for kommune in kommuner:
            yield f"probe:{number}:{kommune}", _request(runner, kommune, text)
    for number, text in enumerate(QUESTIONS):
        yield (
            f"bench:{number}",
            Request(
                text=text,
                conversation_key="a:snapshot-chat",
                sender=Sender("29:snapshot-user", "aad-snapshot", "Bench Bruker"),
                scope=Scope.PERSONAL,
            ),
        )


def _request(runner: Runner, kommune: str, text: str) -> Request:
    """As ``tests.eval.Runner`` sends an item: a staff member in the kommune's team."""
    return Request(
        text=text,
        conversation_key=runner._conversation(kommune),
        sender=Sender("29:eval-user", "00000000-0000-0000-0000-0000000000e7", "Eval Bruker"),
        scope=Scope.CHANNEL,
        channel_key=f"channel:eval-{kommune}",
        addressed=True,
    )


def snapshot() -> dict[str, str]:
    """Key → fingerprint of the replies, for every message."""
    signing.use_secret(b"answer-snapshot-fixed-secret-32b")
    runner = Runner()
    loop = asyncio.new_event_loop()
    try:
        prints = {
            key: _fingerprint(loop.run_until_complete(runner.bot.on_message(request)))
            for key, request in _messages(runner)
        }
        for number, (kommune, text) in enumerate(answers.QUESTIONS):
            reply = loop.run_until_complete(runner.bot.answer(text, kommune))
            prints[f"answer:{number}"] = _fingerprint([reply])
        return prints
    finally:
        loop.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path, help="write the fingerprints here")
    group.add_argument("--compare", type=Path, help="compare with fingerprints written before")
    args = parser.parse_args(argv)
    now = snapshot()
    if args.write:
        args.write.write_text(json.dumps(now, indent=0, sort_keys=True))
        print(f"{len(now)} messages fingerprinted")
        return
    before: dict[str, str] = json.loads(args.compare.read_text())
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    print(f"{len(now)} messages, {len(differ)} differ")
    for key in differ[:50]:
        print(f"  {key}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
