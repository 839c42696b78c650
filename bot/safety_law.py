"""Whether a sentence asks what the law says of an act, in general – no case told.

«er det lov å gi alkohol til 16-åringer?», «hva sier loven om å kjøpe snus til 15-åringer?»
ask about the law; «er det lov at faren slår henne» and «hun har brutt loven og slått …» tell
a case. The danger topics (bot/safety_topics.py) read a match after such an opening as a topic.
"""

from __future__ import annotations

from collections.abc import Sequence

LAW_ASKED = frozenset({"lov", "lovlig", "ulovlig", "straffbart", "forbudt", "tillatt"})
"""«er det (ikke) lov å …»: a sentence opening so asks what the law says of an act, in general
(«å»): no case is told («er det lov at faren slår henne» is not read so)."""
LAW_NOUNS = frozenset({"loven", "lovverket"})
ASKED_FIRST = frozenset({"hva", "kva", "hvilken", "hvilke", "hvor", "kor"})
"""«hva sier loven om å kjøpe snus til 15-åringer?»: a question word opening the sentence and
the law named before the match («hun har brutt loven og slått …» is a case: no question)."""


def law_asked(said: Sequence[str]) -> bool:
    """The sentence opens «er det (ikke) lov/lovlig/straffbart … å», or asks what the law
    says, before the match."""
    if said[:1] and said[0] in ASKED_FIRST and not LAW_NOUNS.isdisjoint(said):
        return True
    rest = list(said[2:])
    if tuple(said[:2]) != ("er", "det"):
        return False
    if rest[:1] == ["ikke"]:
        rest = rest[1:]
    return len(rest) >= 2 and rest[0] in LAW_ASKED and rest[1] == "a"


__all__ = ["law_asked"]
