"""``python -m tests.eval.abstain_table [--file NAME ...] [--dump PATH] [--arrival]``: how sure
the bot is when it answers, and how often it is right then — the measurement an abstain rule
(a confident answer turned into «Mente du …?» or the honest fallback) must be chosen on.

The dev half is saturated (tuned until right), so it cannot say where a confident answer to a
new phrasing goes wrong. This reads, for each DEV item of the rounds named (default: every
round), the signals the pipeline already has when it answers — never a test item:

- ``path``: what decided the reading: ``cue`` (a cue phrase of understanding.yaml), ``retrieval``
  (no cue; the object retrieval ranks first, ``Understood.margin`` set), ``rule`` (neither: a
  name or a rule of the reader); ``named``: a group, level, role or the coordinator named;
- ``margin``: retrieval's margin over its thresholds (bot/understanding/confidence.py);
- ``net``: what the intent net's nearest examples read the question as, built without the
  item's own text (``IntentNet.leave_out_own``, for the reply too): ``agrees`` (the answer is
  a right reply of the reading they agree on), ``other`` (another reading, not clearly enough
  to doubt), ``none`` (no reading); ``net_top`` and ``net_cover``: the best example's score
  and the share of the question's words it holds;
- ``strange``: content words no knowledge, cue or filler knows; ``unheld``: words left over
  (``Understood.rest``) the kommune's own knowledge never uses; ``changed``: words the reader
  holds that the message does not as typed (typos, dialect, synonyms, compounds split);
  ``typos``: words the normaliser corrected as typos; ``words``: the message's length.

It prints right / wrong per value of each signal for the confident answers off the danger
path (danger, disclosure and routine replies, which no abstain may touch), alone and beside
the net's verdict. ``--dump`` writes one JSON line per dev item. ``--arrival`` prints the
table of tests/eval/history/abstain_arrival.yaml instead: the same signals of the answers
eight rounds got before anyone tuned on them (the tool run at each round's arrival commit).

Session 29 (abstain31), on those 1,280 untuned dev items: 96 wrong answers, 56 of them on the
danger path (a routine, a danger or disclosure with the wrong routine) and 3 greetings; the
other 37 among 390 confident answers off it (353 right). No reading path is unsure enough to
abstain on: by reply intent precision runs 0.81 (contact_service) to 1.00, by path cue 0.91,
retrieval 0.89, rule 0.86. The sharpest signal is a question unlike every labelled one
(``net_cover`` < 0.4: 14 right, 11 wrong; with the examples not agreeing, 7 and 8) and typo
corrections (one or more: 35 right, 14 wrong). A rule abstaining on ``net_cover`` < 0.4 where
the examples did not agree was checked once on the test aggregate: right −34, wrong −15,
danger routing and false alarms unchanged — a held-out test item has its round's dev
siblings among the examples, so its wrong answers are seldom far from them, while right
answers to unusual phrasings are. It did not land; nothing narrower promised clearly more.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from bot.compiled import Compiled
from bot.text import fold, strip_mentions
from tests.eval import DANGER_INTENTS, EVAL_DIR, HONEST, ROUTED, Runner, load_items

KEPT = HONEST | DANGER_INTENTS | ROUTED | {"greeting", "none"}
"""Replies no abstain rule may touch: the honest ones already, and the danger path."""


def signals(runner: Runner, item: Any) -> dict[str, Any]:
    """One dev item's reply, outcome and the signals of its reading (module docstring)."""
    outcome = runner.score(item)
    bot = runner.bot
    u = bot.understand(item.text, item.kommune)
    reader = bot.understanding
    folded = fold(strip_mentions(item.text)).split()
    changed = sum(1 for w in u.words if w not in folded)
    search = reader.search.get(u.kommune_id) if u.kommune_id else None
    vocab: frozenset[str] = getattr(search, "vocabulary", frozenset()) if search else frozenset()
    unheld = [w for w in u.rest if w not in vocab and not w.isdigit()]
    norm = reader.normaliser
    said = [norm.dialect.get(w, w) for w in folded]
    typos = sum(1 for w in said if norm.correct(w) != w)
    strange = list(reader.unknown(u.rest, u.role_words)) if hasattr(reader, "unknown") else []
    net = Compiled.of(bot.kb).intents
    read = None
    top, cover = 0.0, 0.0
    if net is not None:
        read = net.read(item.text)
        totals, matched, words = net.scores(item.text)
        net.leave_out(totals, item.text)
        best = int(totals.argmax()) if len(totals) else 0
        top = float(totals[best]) if len(totals) else 0.0
        cover = float(matched[best]) / words if words else 0.0
    if read is None:
        net_says = "none"
    elif net is not None and net.agrees(read.reading, outcome.got):
        net_says = "agrees"
    else:
        net_says = "other"
    named = bool(u.group_id or u.level or u.role_words or u.mentions_coordinator)
    path = "cue" if u.cue else ("retrieval" if u.margin is not None else "rule")
    return {
        "id": item.id,
        "file": item.file,
        "intent": item.intent,
        "got": outcome.got,
        "outcome": "right" if outcome.right else ("wrong" if outcome.wrong_answer else "honest"),
        "path": path,
        "named": named,
        "margin": u.margin,
        "net": net_says,
        "net_reading": read.reading if read else "",
        "net_agree": read.agree if read else 0,
        "net_margin": read.margin if read else 0.0,
        "net_top": round(top, 2),
        "net_cover": round(cover, 2),
        "strange": len(strange),
        "unheld": len(unheld),
        "rest": len(u.rest),
        "changed": changed,
        "typos": typos,
        "options": bool(u.options),
        "words": len(u.words),
    }


def bucket(row: dict[str, Any], key: str) -> str:
    """A signal's value as a table row label (numbers in coarse bands)."""
    value = row[key]
    if key == "margin":
        return "none" if value is None else ("<1.5" if value < 1.5 else ">=1.5")
    if key == "net_top":
        return "<6" if value < 6 else ("<10" if value < 10 else ">=10")
    if key == "net_cover":
        return "<0.4" if value < 0.4 else ("<0.7" if value < 0.7 else ">=0.7")
    if key == "words":
        return "<=5" if value <= 5 else ("<=12" if value <= 12 else ">12")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(min(value, 3)) + ("+" if value >= 3 else "")
    return str(value)


TABLE_KEYS = (
    "got",
    "path",
    "named",
    "margin",
    "net",
    "net_top",
    "net_cover",
    "strange",
    "unheld",
    "changed",
    "typos",
    "words",
)


def table(rows: Iterable[dict[str, Any]]) -> str:
    """Right / wrong of the confident answers per value of each signal, and of pairs of the
    net's verdict with the others (the net is the strongest single signal)."""
    answered = [r for r in rows if r["got"] not in KEPT]
    lines = [f"confident answers off the danger path: {len(answered)}"]
    keys: list[tuple[str, ...]] = [(k,) for k in TABLE_KEYS]
    keys += [("net", k) for k in TABLE_KEYS if k != "net"]
    for key in keys:
        counts: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for r in answered:
            counts[tuple(bucket(r, k) for k in key)][r["outcome"]] += 1
        lines.append(f"  {' × '.join(key)}:")
        for value, c in sorted(counts.items(), key=lambda kv: -kv[1]["wrong"]):
            n = c["right"] + c["wrong"]
            lines.append(
                f"    {' / '.join(value):<34} right {c['right']:>4}  wrong {c['wrong']:>3}  "
                f"precision {c['right'] / n if n else 0:.2f}"
            )
    return "\n".join(lines)


ARRIVAL = EVAL_DIR / "history" / "abstain_arrival.yaml"
"""The signals of the answers rounds got before anyone tuned on them (module docstring)."""


def arrival_rows(path: Path = ARRIVAL) -> list[dict[str, Any]]:
    """The recorded rows, one per answer, with the round's name as ``file``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        {"id": item, "file": f"{name}.yaml", **fields}
        for name, answers in data.items()
        for item, fields in (answers or {}).items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.eval.abstain_table", description=__doc__)
    parser.add_argument("--file", action="append", default=[], help="a round (e.g. fresh30)")
    parser.add_argument("--dump", type=Path, help="write one JSON line per dev item here")
    parser.add_argument(
        "--arrival", action="store_true", help="the table of the rounds' untuned answers"
    )
    args = parser.parse_args(argv)
    if args.arrival:
        print(table(arrival_rows()))
        return 0
    names = {n if n.endswith(".yaml") else f"{n}.yaml" for n in args.file}
    items = [i for i in load_items(EVAL_DIR) if i.half == "dev" and (not names or i.file in names)]
    runner = Runner()
    net = Compiled.of(runner.kb).intents
    if net is not None:  # the net as on a round it was not built with: no item finds itself
        net.leave_out_own = True
    rows = [signals(runner, item) for item in items]
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
