"""The two checks every message passes first: danger (bot/safety.py) and privacy.

Both run on every message, also on long pasted ones, so both must stay cheap: measured on a
mix of ordinary questions and danger messages, and on a 40 KB message (a pasted referat) with
a disclosure at the very end, which must still be read.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from bench.stats import percentile, print_table
from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.features.privacy import PrivacyGuard
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck

MESSAGES = [
    "hvem sitter i politirådet?",
    "hva gjør jeg ved rusbekymring",
    "tiltak mot vold i nære relasjoner",
    "jeg er helsesykepleier og tror en jente blir slått hjemme, hva gjør jeg",
    "en elev ligger bevisstløs på do",
    "eg trur ho vert slegen heime, kva skal eg gjere",
    "Ola (14) i 9b har skulket hele uka",
    "Møte 12.03 kl 09 på rådhuset, rom 214",
    "sofie berg i 10c blir slått hjemme",
    "Kontakt SLT-koordinator Kari Nordmann på 481 23 456",
]

LONG_PARAGRAPH = (
    "Referat fra fagteamet 12.03: Vi gikk gjennom årshjulet, tiltak 12 og 18, og Ungdata-"
    "tallene for 2024. Helsesykepleier Kari orienterte om kurset om selvskading, og "
    "politikontakten om helgens natteravner på Ålgård. Neste møte er 14.05 kl 09 i rom 214. "
)


def long_message(size: int = 40_000) -> str:
    """About ``size`` characters of ordinary referat, with a disclosure at the very end."""
    body = LONG_PARAGRAPH * (size // len(LONG_PARAGRAPH) + 1)
    return body[: size - 60] + " Til slutt: en elev sier at faren slår henne."


def _time(check: Callable[[str], object], texts: list[str], count: int) -> list[float]:
    samples = []
    for i in range(count):
        text = texts[i % len(texts)]
        start = time.perf_counter()
        check(text)
        samples.append(time.perf_counter() - start)
    return samples


def run(count: int = 10_000, long_count: int = 50) -> dict[str, float]:
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    danger = DangerCheck.from_language(kb.language)
    privacy = PrivacyGuard.from_knowledge(kb)
    big = long_message()
    assert danger.check(big) is not None, "the disclosure at the end of the long message"
    result: dict[str, float] = {
        "count": count,
        "long_count": long_count,
        "long_kb": len(big) / 1000,
    }
    for name, check in (("danger", danger.check), ("privacy", privacy.check)):
        _time(check, MESSAGES, len(MESSAGES))  # warm up once
        short = _time(check, MESSAGES, count)
        long = _time(check, [big], long_count)
        result[f"{name}_p50_us"] = percentile(short, 0.5) * 1e6
        result[f"{name}_p99_us"] = percentile(short, 0.99) * 1e6
        result[f"{name}_long_p50_ms"] = percentile(long, 0.5) * 1000
        result[f"{name}_long_max_ms"] = max(long) * 1000
    return result


def report(result: dict[str, float]) -> None:
    rows = [
        (
            "messages",
            f"{int(result['count']):,} short, {int(result['long_count'])} of "
            f"{result['long_kb']:.0f} KB",
        )
    ]
    for name in ("danger", "privacy"):
        rows.append(
            (
                f"{name} check",
                f"p50 {result[f'{name}_p50_us']:.1f} µs, p99 {result[f'{name}_p99_us']:.1f} µs; "
                f"40 KB: p50 {result[f'{name}_long_p50_ms']:.2f} ms, "
                f"max {result[f'{name}_long_max_ms']:.2f} ms",
            )
        )
    print_table("Danger and privacy checks, per message", rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    report(run(args.count))


if __name__ == "__main__":
    main()
