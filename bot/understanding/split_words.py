"""Knowledge words that speech-to-text split in two: «slt nett verket», «barne vernet».

Dictation writes a compound it does not know as two words: «nett verket», «helse stasjon»,
«styrings gruppa», and a programme's name it has never heard as the words it sounds like
(«ut sett» for «Utsett»). Read apart, the halves ask about something else or nothing («verket»
and «vernet» are no knowledge word), and the question fell to the fallback. Two adjacent
words are read as one when the one word is a word of the knowledge and the halves alone are
not what the question is about: one half is no word the knowledge knows, or the one word is
a name the plan gives a tiltak (set mid-sentence with a capital, or in «»). Two words the
knowledge knows that form no name keep their reading: «tilbud for eldre» is no «foreldre»;
nor does a function word open a compound («ansvar for mål» is no «formål»).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Collection, Iterable

from bot.text import fold

JOINED_MIN = 6
"""The one word this long at least: shorter joins are chat («i dag», «og så»)."""
_NAMED = re.compile(r"(?:«|(?<=[^.!?:–\s] ))([A-ZÆØÅ][a-zæøå]{3,})")
"""A capitalised word inside a sentence (not after its full stop or dash) or opening a «»
quote: the plan's names of programmes («med Utsett!», «Nettvett», «Kjentmann»)."""


def any_pair_in(words: list[str], known: Collection[str]) -> bool:
    """Whether two neighbouring ``words`` written together are one of ``known``: what every
    join below needs, asked of all the pairs at once (in C for a set) before the words are
    walked one by one."""
    pairs = map(operator.add, words, words[1:])
    if isinstance(known, (set, frozenset)):
        return not known.isdisjoint(pairs)
    return any(pair in known for pair in pairs)


def named_words(texts: Iterable[str]) -> frozenset[str]:
    """The folded names the ``texts`` (the tiltak as the plans word them) give."""
    return frozenset(fold(m.group(1)) for text in texts for m in _NAMED.finditer(text))


def joined_spoken(
    words: list[str],
    whole: Collection[str],
    known: Collection[str],
    names: Collection[str],
    function_words: Collection[str] = (),
) -> list[str]:
    """``words`` (folded) with each pair that dictation split read as its one word.

    ``whole``: the knowledge's words a pair may join into; ``known``: every word the bot
    knows (a half outside it is no question of its own); ``names``: :func:`named_words`;
    ``function_words``: a first half among them opens a phrase, not a compound («ansvar for
    mål» is no «formål»), unless the pair is a name («ut sett»)."""
    if not any_pair_in(words, whole):
        return list(words)  # most messages: no two words make a knowledge word
    out: list[str] = []
    i = 0
    while i < len(words):
        first = words[i]
        second = words[i + 1] if i + 1 < len(words) else ""
        pair = first + second
        if (
            second
            and len(pair) >= JOINED_MIN
            and pair.isalpha()
            and pair in whole
            and (
                pair in names
                or (first not in function_words and (first not in known or second not in known))
            )
        ):
            out.append(pair)
            i += 2
        else:
            out.append(first)
            i += 1
    return out
