"""Messages that lean on something the bot does not hold, so only the honest «vet ikke» answers:

* a follow-up whose object is the last answer's («gjelder det også for han?», «og hva med den
  andre skolen?», «kan du si det enklere til foreldrene?»). The bot keeps no earlier question
  to carry over (as ``asks.only_follows_up`` says of «samme for jevnaker?»), so what such a
  message points at is unknown; a routine found by «foreldrene» alone, or «Mente du …?»
  buttons guessed from «skolen», answer a question nobody asked;
* where the writer buys something («hvor kjøper vi kaffe til foreldrene?»): no plan says
  where to shop, and the drill or the group named beside it is not asked.

Both are read only in short messages whose every other word is a pointer or a function word,
so a follow-up that names its own object («og operativ gruppe, hvor ofte møtes den?») keeps
its answer. The danger check has read the whole message before this.
"""

from __future__ import annotations

import itertools

POINTERS = frozenset(
    {"han", "hun", "ho", "henne", "ham", "dem", "de", "dei", "den", "det", "dette", "disse"}
    | {"denne", "hen", "him", "her", "them", "that", "this", "it"}
)
"""Words that stand for someone or something named earlier."""
OTHER = frozenset({"andre", "annen", "anna", "annet", "other"})
"""«den andre skolen», «de andre», «en annen elev»: the other one of those talked about."""
FILLERS = frozenset(
    {"og", "men", "hva", "kva", "med", "enn", "da", "ogsa", "for", "sa", "na"}
    | {"gjelder", "gjeld", "what", "about", "and", "also", "then", "bare", "eller", "vel"}
)
"""The words a bare follow-up is made of besides its pointer («og hva med …», «gjelder det
også for …»)."""
ABOUT_OPENERS = (("hva", "med"), ("kva", "med"), ("enn", "med"), ("what", "about"))
APPLIES = frozenset({"gjelder", "gjeld", "galdt", "gjaldt"})
FOLLOW_UP_WORDS = 7
"""A bare follow-up is short: «og hva med den andre skolen da?» is seven words."""
NAMED_AFTER_OTHER = 1
"""«den andre skolen»: one word may follow «andre», the kind of thing pointed at."""

SAY_VERBS = frozenset(
    {"si", "sei", "forklar", "forklare", "forklara", "formuler", "formulere", "omformuler"}
    | {"omformulere", "gjenta", "ta", "skriv", "skrive", "explain", "say", "put", "rephrase"}
)
"""Verbs of saying an answer again."""
MANNER = frozenset(
    {"enklere", "enklare", "kortere", "kortare", "lettere", "lettare", "tydeligere", "igjen"}
    | {"annerledes", "simpler", "shorter", "again", "differently", "enkelt", "kort"}
)
"""How the answer should be said again: simpler, shorter, once more."""
SAID_AGAIN = frozenset({"det", "dette", "den", "svaret", "it", "that", "this"})
"""The last answer as the object said again («si det», «forklar svaret»); not «de»/«dei»,
which open a named object («forklar dei tre nivåa kort»)."""
AFTER_SAID = MANNER | {"til", "for", "pa", "litt", "mye", "enda", "mer", "sa", "a", "og"}
"""What may follow that object: how, or to whom («si det enklere til foreldrene»); a noun
there makes «den» a determiner of an object named («forklar den rutinen kortere»)."""
ADDRESSED = frozenset({"du", "dere", "you"})
SAY_AGAIN_WORDS = 9
"""«kan du si det enklere til foreldrene?»: a request to say the last answer again is short."""

BUY = frozenset({"kjope", "kjoper", "kjopte", "kjopt", "kjopa", "kjop", "buy"})
"""Verbs of buying, folded; bot/features/organisation/errands.py reads them too."""
BUYERS = frozenset({"vi", "jeg", "me", "eg", "we"})
"""The writer or their team as the buyer («hvor kjøper vi …», «kan jeg kjøpe …»)."""
BUY_REACH = 2
"""Words between the buyer and the buying at most («hvor kan vi kjøpe»)."""


def leans_on_before(words: tuple[str, ...]) -> bool:
    """A follow-up that asks of an earlier answer's object, or asks the answer said again."""
    return _points_back(words) or _says_again(words)


def _points_back(words: tuple[str, ...]) -> bool:
    """«gjelder det også for han?», «og hva med den andre skolen?», «hva med henne da?»: only
    a pointer (or «den andre» and one word) besides the follow-up's own words."""
    if not words or len(words) > FOLLOW_UP_WORDS:
        return False
    opens = any(pair in ABOUT_OPENERS for pair in itertools.pairwise(words))
    if not (opens or not APPLIES.isdisjoint(words[:1])):
        return False
    other = next((i for i, w in enumerate(words) if w in OTHER), None)
    named = words[other + 1 : other + 1 + NAMED_AFTER_OTHER] if other is not None else ()
    rest = [w for w in words if w not in FILLERS and w not in POINTERS and w not in OTHER]
    said = words[2:] if words[:1] and words[0] in APPLIES else words  # «gjelder det …»
    pointed = other is not None or not POINTERS.isdisjoint(said)
    return pointed and all(w in named for w in rest)


def _says_again(words: tuple[str, ...]) -> bool:
    """«kan du si det enklere til foreldrene?», «forklar det kortere»: the last answer again,
    in other words – the bot has none to say again."""
    if not words or len(words) > SAY_AGAIN_WORDS or MANNER.isdisjoint(words):
        return False
    for i, word in enumerate(words[:-1]):
        if word in SAY_VERBS and words[i + 1] in SAID_AGAIN:
            after = words[i + 2 : i + 3]
            named = bool(after) and after[0] not in AFTER_SAID
            return not named and (i == 0 or not ADDRESSED.isdisjoint(words[:i]))
    return False


def asks_where_to_buy(words: tuple[str, ...]) -> bool:
    """«hvor kjøper vi kaffe til foreldrene?», «kan jeg kjøpe kake på rådhuset?»: the writer
    buying something – no plan holds a shop, whatever the message names beside it."""
    for i, word in enumerate(words):
        if word in BUY:
            near = words[max(0, i - BUY_REACH - 1) : i] + words[i + 1 : i + 2]
            if not BUYERS.isdisjoint(near):
                return True
    return False


__all__ = ["BUY", "asks_where_to_buy", "leans_on_before"]
