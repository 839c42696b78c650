"""How the danger check holds up when one word of a message is inflected otherwise.

The eval's dev halves are routed whole because the word lists were tuned on them; held-out
phrasings fail on forms nobody listed. This probe measures that directly, on DEV items only:
each dev message gets up to three variants, each with one word swapped for another form of
its lemma from simplemma's bokmål and nynorsk lexicons («truer» → «truga», «onkelen» →
«onklane»), and reports how many danger/disclosure variants the check still routes, and how
many variants of ordinary questions (no danger, disclosure or routine) it reads as danger,
with the lemma reading (bot/safety_lemmas.py) on and off.

    PYTHONPATH=. .venv/bin/python -m tests.eval.morphology [--seed N] [--changes]

The swapped forms are the lexicon's, some of them odd («ikker»): a measure of robustness,
not a list of phrasings to tune on.
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Mapping, Sequence
from unittest.mock import patch

from simplemma.strategies.dictionaries import DefaultDictionaryFactory

from bot.config import DEFAULT_KNOWLEDGE_DIR
from bot.knowledge.index import KnowledgeBase
from bot.safety import DangerCheck
from bot.safety_lemmas import LEMMA_MIN, Kin
from scripts.lemma_forms import LANGUAGES
from tests.eval import DANGER_INTENTS, EVAL_DIR, load_items

CALM = DANGER_INTENTS | {"routine", "hotlines", "routine_list"}
"""Intents a danger reading is no false alarm for (a routine question may get the routine)."""
WORD = re.compile(r"[a-zæøå]+")
PER_ITEM = 3

Variant = tuple[str, str]
"""The variant's text and its item's intent."""


def variants(texts: Sequence[tuple[str, str]], seed: int) -> list[Variant]:
    """Up to ``PER_ITEM`` one-word variants per (text, intent)."""
    factory = DefaultDictionaryFactory(cache_max_size=0)
    lexicons: list[Mapping[str, str]] = [factory.get_dictionary(lang) for lang in LANGUAGES]

    def lemmas(word: str) -> set[str]:
        found = (lexicon.get(word) for lexicon in lexicons)
        return {lemma for lemma in found if lemma is not None and len(lemma) >= LEMMA_MIN}

    wanted = {lemma for text, _ in texts for w in WORD.findall(text.lower()) for lemma in lemmas(w)}
    forms: dict[str, set[str]] = {}
    for lexicon in lexicons:
        for form, lemma in lexicon.items():
            if lemma in wanted and form.isalpha() and form.islower():
                forms.setdefault(lemma, set()).add(form)
    rng = random.Random(seed)
    out: list[Variant] = []
    for text, intent in texts:
        spots = [m for m in WORD.finditer(text.lower()) if len(m.group()) >= LEMMA_MIN]
        rng.shuffle(spots)
        made = 0
        for spot in spots:
            word = spot.group()
            others = sorted({f for lemma in lemmas(word) for f in forms[lemma] if f != word})
            if not others:
                continue
            swapped = rng.choice(others)
            out.append((text[: spot.start()] + swapped + text[spot.end() :], intent))
            made += 1
            if made == PER_ITEM:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--changes", action="store_true", help="list variants read otherwise")
    args = parser.parse_args(argv)
    items = [i for d in (EVAL_DIR, EVAL_DIR / "next") for i in load_items(d) if i.half == "dev"]
    made = variants([(i.text, i.intent) for i in items], args.seed)
    kb = KnowledgeBase.load(DEFAULT_KNOWLEDGE_DIR)
    with_kin = DangerCheck.from_language(kb.language)
    with patch("bot.safety.kin", lambda *_: Kin({})):
        without = DangerCheck.from_language(kb.language)
    print(f"{len(made)} one-word variants of {len(items)} dev items (seed {args.seed})")
    for name, check in (("without lemmas", without), ("with lemmas", with_kin)):
        danger = [check.check(t) is not None for t, intent in made if intent in DANGER_INTENTS]
        alarms = [check.check(t) is not None for t, intent in made if intent not in CALM]
        print(
            f"  {name:15} danger/disclosure routed {sum(danger)}/{len(danger)}, "
            f"false alarms {sum(alarms)}/{len(alarms)}"
        )
    if args.changes:
        for text, intent in made:
            before, after = without.check(text) is not None, with_kin.check(text) is not None
            if before != after:
                print(f"    {'now' if after else 'no longer'} danger [{intent}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
