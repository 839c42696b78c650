"""A reader's check of what the bot says (issue 11, item 6: answers people read).

``check(question, intent, text, cards)`` flags, in the reply text and in every text of its
cards, what a staff member should never have to read:

- ``long``: the text form over :data:`MAX_CHARS` characters (routines are long on purpose and
  are left alone);
- ``internal-id``: a knowledge id (``politiet-pa-skolene``, ``los``, ``helsestasjon_ungdom``) –
  a token that is an id in the knowledge files and never a word of their prose as written;
- ``folded``: a word the knowledge spells with æ/ø/å written without them (``mote`` for
  «møte»), when the folded form is not itself a word of the knowledge or of the question;
- ``doubled-label``: a label repeated as the first word after it («Møtes: Møtes 4 ganger»);
- ``kommune-sin``: «Våler kommune sin rutine» (bokmål says «Våler kommunes rutine»);
- ``english``: English words (and ``None``/``null``/``True``) in user text;
- ``empty``: blank lines in a row, an empty bullet, an empty card text;
- ``name-without-role``: a contact's name with no role or title on the same line;
- ``punctuation``: a stop after a quote or bracket that ends with its own («… behov.».),
  two stops in a row, or a comma, colon or semicolon before a stop;
- ``markdown``: markdown Teams does not render in a card or a message (headings, tables,
  code, block quotes, images, HTML tags, ``__bold__``).

Two ways to use it:

- ``tests/test_answer_texts.py`` asks the bot a fixed set of made-up questions and expects no
  finding;
- ``python -m tests.answer_check FILE.jsonl [--show CLASS]`` counts the findings over the
  output of ``app.py ask --jsonl`` (one ``{"question", "intent", "text", "cards"}`` per line),
  e.g. a corpus run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.features.phrase import abbreviation

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
MAX_CHARS = 1200
LONG_OK = frozenset({"routine", "disclosure", "danger"})
"""Intents whose answer is a routine walked through step by step: long on purpose."""
ROUTINE_STEPS = re.compile(r"^Steg:\n1\. ", re.MULTILINE)
"""A routine's numbered steps: a reply that walks through one (the privacy warning put before a
danger routine, intent ``privacy_warning``) is a routine, long on purpose too."""

NOT_IDS = frozenset({"standard", "national", "plan", "web"})
"""Source keys that are also words («nasjonal standard»), never flagged."""
ID_KEYS = frozenset(
    {"id", "contacts", "source", "goto", "legal", "field", "topic", "routine"}
    | {"kind", "group_ids", "tiltak_ids"}  # need_services (knowledge/national/needs.yaml)
)
"""Keys whose string values are ids in the knowledge files."""
ID_MAPS = frozenset({"sources", "contacts", "legal", "other_sources"})
"""Mappings whose keys are ids."""

BOKMAL_ALSO = frozenset({"svart", "sa"})
"""Bokmål words that are also a folded spelling of another («har svart», «hun sa»)."""
WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜü0-9]+(?:[-_][A-Za-zÆØÅæøåÉéÜü0-9]+)*")
PLAIN_WORD = re.compile(r"[A-Za-zÆØÅæøåéü]+")
ENGLISH_WORDS = (
    "the and with without meeting meetings members member owner deadline unknown none null "
    "true false todo tbd please click here yes steps step group groups routine routines "
    "intent error level levels answer question contact contacts phone email found not "
    "should would which where who when what your you"
)
ENGLISH = frozenset(ENGLISH_WORDS.split())
"""English words that are not also bokmål words (``to``, ``for``, ``is`` are)."""
DOUBLED = re.compile(r"(?<![\wæøå])([\wæøåÆØÅ]{3,})\s*:\s+\1(?![\wæøå])", re.IGNORECASE)
PUNCTUATION = re.compile(r"[.!?][»)”]+\.|(?<!\.)\.\.(?!\.)|[:;,]\.(?!\w)")
KOMMUNE_SIN = re.compile(r"\bkommune\s+(?:sin|sitt|sine)\b", re.IGNORECASE)
MARKDOWN = (
    re.compile(r"^\s{0,3}#{1,6}\s", re.MULTILINE),
    re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE),
    re.compile(r"`"),
    re.compile(r"^\s*>\s", re.MULTILINE),
    re.compile(r"!\["),
    re.compile(r"</?(?!at>)[a-zA-Z][^>]*>"),  # <at>…</at> is a Teams mention
    re.compile(r"(?<![\w])__\w"),
    re.compile(r"^ {2,}[-*] ", re.MULTILINE),
)
EMPTY = (
    re.compile(r"\n[ \t]*\n[ \t]*\n"),
    re.compile(r"^\s*[-*•]\s*$", re.MULTILINE),
    re.compile(r"^\s*\d+\.\s*$", re.MULTILINE),
    re.compile(r":\s*$", re.MULTILINE),
)


@dataclass(frozen=True)
class Finding:
    kind: str
    where: str
    detail: str


@dataclass(frozen=True)
class Vocabulary:
    ids: frozenset[str]
    prose: frozenset[str]
    """Every word of the knowledge's prose, lower-cased."""
    unfolded: dict[str, str]
    """A folded spelling (``mote``, ``moete``) -> the knowledge's word with æøå (``møte``)."""
    names: frozenset[str]
    roles: frozenset[str]
    """Words that name a role or title (lower-case), from the contacts' ``role``/``title``."""


def fold_forms(word: str) -> set[str]:
    """The ways a word with æ/ø/å is written without them."""
    one = word.replace("æ", "a").replace("ø", "o").replace("å", "a")
    two = word.replace("æ", "ae").replace("ø", "o").replace("å", "aa")
    three = word.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return {one, two, three} - {word}


def _knowledge_files() -> list[Path]:
    return [
        *sorted((KNOWLEDGE / "kommuner").glob("*.yaml")),
        KNOWLEDGE / "national" / "routines.yaml",
    ]


@cache
def vocabulary() -> Vocabulary:
    ids: set[str] = set()
    prose: set[str] = set()
    exact: set[str] = set()  # as written: «LOS» is a word of the prose, «los» an id
    names: set[str] = set()
    roles: set[str] = set()

    def walk(node: Any, key: str | None) -> None:
        if isinstance(node, dict):
            if "name" in node and ("phone" in node or "email" in node) and "role" in node:
                names.add(str(node["name"]))
            for k, v in node.items():
                if key in ID_MAPS:
                    ids.add(str(k))
                walk(v, str(k))
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str):
            if key in ID_KEYS:
                if not node.isdigit():
                    ids.add(node)
                return
            if key in ("role", "title"):
                roles.update(w.lower() for w in PLAIN_WORD.findall(node))
            exact.update(WORD.findall(node))
            prose.update(w.lower() for w in WORD.findall(node))
            prose.update(w.lower() for w in PLAIN_WORD.findall(node))

    for path in _knowledge_files():
        walk(yaml.safe_load(path.read_text(encoding="utf-8")), None)
    exact.update(w for lead in danger_leads() for w in WORD.findall(lead))
    unfolded: dict[str, str] = {}
    for word in prose:
        if re.search("[æøå]", word):
            for form in fold_forms(word):
                if form not in prose:
                    unfolded.setdefault(form, word)
    # «Ungdomslos» at the start of a line is the word «ungdomslos»; «LOS» is not «los»
    ids = {i for i in ids if i not in exact and i.capitalize() not in exact} - NOT_IDS
    return Vocabulary(
        frozenset(ids), frozenset(prose), unfolded, frozenset(names), frozenset(roles)
    )


def danger_leads() -> list[str]:
    """The acute lines the danger rules put first («Et barn eller en ungdom er savnet? …»):
    user text in knowledge/language/danger.yaml, whose words are words, not ids («savnet» is
    also a routine step's id)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("lead", "leads") and isinstance(value, str):
                    found.append(value)
                elif key in ("lead", "leads") and isinstance(value, list):
                    found.extend(v for v in value if isinstance(v, str))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load((KNOWLEDGE / "language" / "danger.yaml").read_text(encoding="utf-8")))
    return found


ROLE_HINT = re.compile(
    r"koordinator|\w+kontakt|leder|sjef|sykepleier|rådgiver|konsulent|lærer|rektor|politi"
    r"|ordfører|direktør|psykolog|tjeneste|ansvarlig",
    re.IGNORECASE,
)


def card_texts(cards: Iterable[Any]) -> Iterator[tuple[str, str]]:
    """(where, text) for every user-facing text of the cards: TextBlock, TextRun, fact titles
    and values, action titles, input labels and placeholders, choices."""

    def walk(node: Any, path: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            kind = node.get("type")
            if kind is None and isinstance(node.get("title"), str) and "value" in node:
                yield f"{path}/fact", f"{node['title']}: {node['value']}"  # read as one line
            else:
                for key in ("text", "title", "label", "placeholder", "altText", "fallbackText"):
                    value = node.get(key)
                    if isinstance(value, str):
                        yield f"{path}/{kind or key}.{key}", value
            for key, value in node.items():
                if key in ("data", "url", "iconUrl", "$schema", "id", "msteams", "selectAction"):
                    continue
                if isinstance(value, (dict, list)):
                    yield from walk(value, f"{path}/{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{path}[{i}]")

    for i, card in enumerate(cards):
        yield from walk(card, f"card{i}")


def _text_findings(where: str, text: str, question: str, vocab: Vocabulary) -> Iterator[Finding]:
    asked = {w.lower() for w in WORD.findall(question)} | {
        w.lower() for w in PLAIN_WORD.findall(question)
    }
    if where.startswith("card") and not text.strip() and where.endswith(".text"):
        yield Finding("empty", where, "empty text")
    for pattern in EMPTY[:3]:
        for m in pattern.finditer(text):
            yield Finding("empty", where, repr(m.group(0)))
    for m in DOUBLED.finditer(text):
        yield Finding("doubled-label", where, m.group(0))
    for m in KOMMUNE_SIN.finditer(text):
        yield Finding("kommune-sin", where, _around(text, m.start()))
    for m in PUNCTUATION.finditer(text):
        word = re.findall(r"[^\s«(]+$", text[: m.start()])
        if not _in_url(text, m.start()) and not (word and abbreviation(word[0])):
            yield Finding("punctuation", where, _around(text, m.start()))
    for pattern in MARKDOWN:
        for m in pattern.finditer(text):
            yield Finding("markdown", where, _around(text, m.start()))
    for m in WORD.finditer(text):
        token = m.group(0)
        if _in_url(text, m.start()):
            continue
        if token in vocab.ids and token.lower() not in asked:
            yield Finding("internal-id", where, token)
        for part in PLAIN_WORD.findall(token):
            low = part.lower()
            if low in vocab.unfolded and low not in asked | vocab.prose | BOKMAL_ALSO:
                yield Finding("folded", where, f"{part} (→ {vocab.unfolded[low]})")
            if low in ENGLISH and low not in asked and low not in vocab.prose:
                yield Finding("english", where, part)
    for name in vocab.names:
        for line in text.splitlines():
            if name in line and not ROLE_HINT.search(line.replace(name, "")):
                yield Finding("name-without-role", where, line.strip()[:80])


def _in_url(text: str, at: int) -> bool:
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("(", 0, at)) + 1
    chunk = text[start : at + 1]
    return "://" in chunk or "@" in chunk or chunk.startswith("www.")


def _around(text: str, at: int) -> str:
    return text[max(0, at - 30) : at + 40].replace("\n", "⏎")


def check(question: str, intent: str, text: str, cards: Iterable[Any]) -> list[Finding]:
    """Every finding in one answer (its text form and its cards)."""
    vocab = vocabulary()
    found: list[Finding] = []
    routine = intent in LONG_OK or bool(ROUTINE_STEPS.search(text))
    if len(text) > MAX_CHARS and not routine:
        found.append(Finding("long", "text", f"{len(text)} characters"))
    found.extend(_text_findings("text", text, question, vocab))
    for where, value in card_texts(cards):
        found.extend(_text_findings(where, value, question, vocab))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("file", type=Path, help="output of app.py ask --jsonl")
    parser.add_argument("--show", help="print the findings of this class")
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    total = 0
    for line in args.file.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        total += 1
        found = check(row["question"], row["intent"], row["text"], row["cards"])
        counts.update(f.kind for f in found)
        answers.update({f.kind for f in found})
        for f in found:
            if args.show in (f.kind, "all"):
                print(f"[{f.kind}] {row['intent']} «{row['question']}» {f.where}: {f.detail}")
    print(f"{total} answers")
    for kind, n in sorted(counts.items()):
        print(f"  {kind}: {n} findings in {answers[kind]} answers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
