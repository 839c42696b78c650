"""User text lives in texts.py (issue 15, item 5): a feature's words in its ``texts.py``, the
cards' shared words in ``cards/texts.py``; the cards get a feature's words with its view model.

The check reads every string constant (f-string parts too) of bot/features/ and cards/ outside
the texts.py files and flags those that look Norwegian: a letter æ/ø/å, a «», or a common
Norwegian word. Docstrings are left alone, and so are keys and log names (lower-case ASCII
without spaces: ``tiltak.action``). Modules not moved yet are listed in :data:`NOT_YET` with
how many such strings they have; the count may only go down, and a module not listed must
have none.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("bot/features", "cards")

NORWEGIAN = re.compile(
    r"[æøåÆØÅ«»]|\b(?:og|ikke|jeg|du|har|er|på|til|med|som|det|en|et|frist|svar|svarte|møte"
    r"|kommer|ingen|tiltak|tid|sted|kilde|lagre|godta|ansvar|kommentar|innkalling|velg|sett"
    r"|legg|meld|sak|saker|avlyst|flyttet|hvem|hva|hvor|hvorfor|nei|ja|takk|planen|spør"
    r"|skriv)\b",
    re.IGNORECASE,
)
KEY = re.compile(r"^[a-z0-9_.:/\-]*$")
"""A dictionary key, log name or verb, not a sentence."""

NOT_YET: dict[str, int] = {
    # user text still to move into the feature's texts.py
    "bot/features/channels.py": 1,
    "bot/features/clarify.py": 5,
    "bot/features/meetings/chat.py": 2,
    "bot/features/meetings/command_dates.py": 6,
    "bot/features/meetings/command_grammar.py": 9,
    "bot/features/meetings/command_texts.py": 10,
    "bot/features/meetings/orders.py": 8,
    "bot/features/organisation/answers.py": 8,
    "bot/features/organisation/sheets.py": 2,
    "bot/features/provenance.py": 1,
    "bot/features/review/__init__.py": 27,
    "bot/features/routines/model.py": 2,
    "bot/features/sheet.py": 3,
    "bot/features/tiltak/names.py": 6,
    "bot/features/tiltak/present.py": 32,
    "bot/features/tiltak/questions.py": 11,
    # language data (words the bot reads, not says): for knowledge/language/ (issue 15, item 6)
    "bot/features/privacy/names.py": 1,
    "bot/features/privacy/tokens.py": 4,
    # not user text: the privacy guard's log label «tiltak comment»
    "bot/features/tiltak/clicks.py": 1,
}


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of every docstring node: a bare string statement (module, class, function or
    attribute docstring)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def norwegian_strings(source: str) -> list[str]:
    """The string constants of ``source`` that look like Norwegian user text."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and not KEY.match(node.value)
        and NORWEGIAN.search(node.value)
    ]


def _found() -> dict[str, list[str]]:
    found = {}
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path.name == "texts.py":
                continue
            strings = norwegian_strings(path.read_text(encoding="utf-8"))
            if strings:
                found[path.relative_to(ROOT).as_posix()] = strings
    return found


def test_the_check_finds_user_text_and_leaves_keys_and_docstrings() -> None:
    source = (
        '"""Kortet for møtet."""\n'
        "class A:\n"
        "    x = 1\n"
        '    """Antall på møtet."""\n'
        'log.info("tiltak.action", extra={"svar": 1})\n'
        'title = "Legg i kalender"\n'
        'label = f"Påmeldt: {n}"\n'
        'english = "the reminder was sent"\n'
    )
    assert norwegian_strings(source) == ["Legg i kalender", "Påmeldt: "]


def test_user_text_lives_in_texts_py() -> None:
    found = _found()
    assert "cards/tiltak.py" not in found and "cards/meeting.py" not in found
    new = {module: strings for module, strings in found.items() if module not in NOT_YET}
    assert new == {}, "move these into the feature's texts.py"
    grown = {
        module: strings
        for module, strings in found.items()
        if module in NOT_YET and len(strings) > NOT_YET[module]
    }
    assert grown == {}, "move these into the feature's texts.py"


def test_the_list_of_modules_not_yet_moved_only_shrinks() -> None:
    """When a module's text moves, lower (or drop) its number here."""
    counts = {module: len(strings) for module, strings in _found().items()}
    assert {m: n for m, n in NOT_YET.items() if counts.get(m, 0) != n} == {}
