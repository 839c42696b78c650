"""Text normalisation shared by everything that matches what staff type.

Staff write bokmål with or without æøå, in any case, with an @mention in front. Matching
happens on a folded form: lower case, æ→ae, ø→o, å→a (and the old ``aa`` spelling), other
accents removed, punctuation turned into spaces.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "ae", "ö": "o", "ü": "u"})
_NON_WORD = re.compile(r"[^a-z0-9]+")
_MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)


def strip_mentions(text: str) -> str:
    """Remove Teams ``<at>Bot</at>`` mention markup."""
    return _MENTION.sub(" ", text)


def fold(text: str) -> str:
    """Lower-case, fold Norwegian letters and accents, collapse non-word runs to spaces.

    Deliberately not cached: a cache would keep whole messages (names included) in memory.
    """
    lowered = text.lower().translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", lowered)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("aa", "a")
    return _NON_WORD.sub(" ", ascii_only).strip()


def tokens(text: str) -> tuple[str, ...]:
    """The folded words of ``text``."""
    return tuple(fold(text).split())
