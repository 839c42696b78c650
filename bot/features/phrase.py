"""A sentence with gaps, as data: most of what a feature's ``texts.py`` says.

``texts.about_call("Fagteam")`` reads the same whether ``about_call`` is a function or a
:class:`Phrase`. A phrase is the sentence itself, so a feature's texts read as a list of what
the bot says; a sentence with logic in it (a date to format, a choice) stays a function.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

STOP_AFTER_STOP = re.compile(r"([^\s\u00ab(]+)\.([\u00bb)]+)\.")  # « and »
"""A stop inside a quote or bracket that ends a sentence («… ved behov.».): bokmål sets the
sentence's stop after the quote, and none inside («… ved behov».)."""
STOP_BEFORE_CLOSE = re.compile(r"\.[\u00bb)]")
"""What every match of ``STOP_AFTER_STOP`` holds: a text without it has no stop to move."""
ABBREVIATIONS = frozenset(
    [
        "mnd",
        "osv",
        "ca",
        "kl",
        "nr",
        "pr",
        "mv",
        "evt",
        "ev",
        "jf",
        "bl",
        "mm",
        "etc",
        "tlf",
        "dvs",
        "iflg",
        "ifm",
        "inkl",
        "vedr",
        "ang",
        "mht",
    ]
)
"""Words written short with a stop that is theirs, not the sentence's («per mnd.», «m.m.»)."""


def abbreviation(word: str) -> bool:
    return "." in word or word.casefold() in ABBREVIATIONS


def one_stop(text: str) -> str:
    """``text`` with the sentence's stop after a quote or bracket only: «regnet ut fra «hver
    6. uke.».» → «… «hver 6. uke».»; an abbreviation keeps its own («m.m.).»).

    A text with no stop right before a closing quote or bracket has nothing to move: it is
    returned as it is without the search (most replies; the search tried every word)."""
    if not STOP_BEFORE_CLOSE.search(text):
        return text

    def fix(m: re.Match[str]) -> str:
        word, close = m.group(1), m.group(2)
        return m.group(0) if abbreviation(word) else f"{word}{close}."

    return STOP_AFTER_STOP.sub(fix, text)


@dataclass(frozen=True)
class Phrase:
    """``Phrase("Husk referat fra {group}")("Fagteam")``: the gaps filled in order, or by name."""

    template: str
    gaps: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        names = (name for _, name, _, _ in string.Formatter().parse(self.template) if name)
        object.__setattr__(self, "gaps", tuple(dict.fromkeys(names)))

    def __call__(self, *values: object, **named: object) -> str:
        if len(values) + len(named) != len(self.gaps):
            gaps = ", ".join(self.gaps)
            raise TypeError(f"{self.template!r} takes {len(self.gaps)} values ({gaps})")
        filled = self.template.format_map({**dict(zip(self.gaps, values, strict=False)), **named})
        return one_stop(filled)
