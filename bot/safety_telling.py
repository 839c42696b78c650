"""Who tells, and what is played: two readings the topic check (bot/safety_topics.py) makes
before it calls a match a topic.

* A child telling after a lesson: «en elev sa etter undervisningen om kroppen at …» – what
  follows «at» is what the child told, not the lesson's subject.
* A scene played: «dramagruppa øver på en scene der noen tar en overdose» is a film's scene.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.safety_match import BREAK, fold_word

CHILD = frozenset(
    ["gutt", "gutten", "jente", "jenta", "elev", "eleven", "barn", "barnet", "ungen", "unge"]
)
"""A child (after «om»: the case is about a child, not a subject; before «sa»: the teller)."""
CHILD_SAID = frozenset(
    {"sa", "sier", "seier", "fortalte", "forteller", "fortalde", "fortel", "skrev", "skreiv"}
)
"""A child's «sa … at» around a lesson: «en elev sa etter undervisningen om kroppen at …»."""
STAGE = frozenset(
    {"scene", "scenen", "scena", "sketsj", "sketsjen", "scenes", "sketch", "sketchen"}
    | {"nummer", "nummeret", "innslag", "innslaget"}
)
"""A scene before «der» (not topical elsewhere: «en stygg scene der han slo henne»); a revue's
«nummer» or «innslag» is one only where a play is named too («revyen har et nummer der …»)."""
REHEARSAL = ("ovd", "oving", "ovelse", "drama", "teater", "skuespill", "revy", "rehears")
"""Folded words of rehearsing or playing a scene (øvde, øvingen, dramagruppa, teatergruppa …);
«øver» folds to «over», which is also the preposition («over helga»): only ``REHEARSING``."""
REHEARSING = frozenset({"ove", "ova", "ovar"})


SAID_AT = frozenset({"sa", "skreiv", "skrev", "sagt"})
"""Verbs of telling that need their «at» to be one: «sa» folds to «så» («så en elev at …» is rare,
«etter filmen sa en elev at han skal skyte læreren» is a threat told)."""
SAID_AT_REACH = 4
"""How many words the teller («en elev», «eleven til meg») may take between the verb and «at»."""
THAT = frozenset({"at", "til"})
STORIES = (
    "film", "serie", "bok", "roman", "novell", "eventyr", "skuespill", "teaterstykk", "rollespill",
    "revy", "musikal", "tegneserie",
)  # fmt: skip
"""Folded stories a character speaks in: «i filmen sier skurken at …» is the story's line; a
game's chat is not one (a threat written there is made to someone real)."""
ROLE_PLAY = ("rollespill", "rollespel", "rollelek")
"""Folded role-plays (rollespillet, rollespel, rolleleken)."""
SCRIPT_LEAD = 5
"""Words before a role-play that still open its script: «vi skal ha rollespill: …»."""
AFTER_PLAY = frozenset({"etter", "under", "etterpa", "midt", "after", "during"})
"""«etter/under rollespillet forteller en elev …»: a child telling, around the play."""
IN = frozenset({"i", "in"})
WHERE = frozenset({"der", "hvor", "where"})
STORY_REACH = 6
"""How far before the verb a story's «der» may stand («en film der en gutt plutselig sa at …»)."""
REAL = frozenset(
    {"ekte", "ordentlig", "ordentleg", "virkelig", "verkeleg", "virkeligheten", "real", "actual"}
)
"""A thing or a deed said to be real inside a story's scene: the case is outside the story."""
STORY_LEAD = 2
"""How far into a sentence «i» may stand before the story it opens in («men i boka …»)."""


def said_at(words: Sequence[str], at: int, persons: Sequence[bool]) -> bool:
    """A verb of ``SAID_AT`` at ``at`` with its teller after it and «at» or «til» next: «sa en
    elev at», «skreiv ho til meg at». ``persons``: per word, whether it names a person."""
    if words[at] not in SAID_AT:
        return False
    teller = False
    for i in range(at + 1, min(len(words), at + 1 + SAID_AT_REACH)):
        if words[i] == BREAK:
            return False
        if words[i] in THAT:
            return teller
        teller = teller or persons[i]
    return False


def in_story(words: Sequence[str], at: int) -> bool:
    """Someone telling at ``at`` inside a story: named as its place right before the verb
    («i filmen sier skurken at …», «i boka sa hovedpersonen at …»), or a story's scene told
    with «der» («en film der en gutt sa at …») – not «etter filmen sa en elev at …»."""
    place = words[max(0, at - 2) : at]
    if len(place) == 2 and place[0] in IN and place[1].startswith(STORIES):
        return True
    for i in range(at - 1, max(-1, at - 1 - STORY_REACH), -1):
        if words[i] == BREAK:
            return False
        if words[i] in WHERE and any(w.startswith(STORIES) for w in words[max(0, i - 3) : i]):
            return True
    return False


def opens_in_story(sentence: Sequence[str]) -> bool:
    """``sentence`` opens in a story, named as its place: «i skuespillet blir ei jente tvinga til
    å gifte seg med ein eldre mann», «in the novel a boy is beaten» – all it tells is the story's
    (no verb of telling after the place: «i filmen … sa ei jente at …» is not read here, nor
    anything said to be real: «i teaterstykket har en elev tatt med en ekte kniv …»)."""
    lead = next((i for i, w in enumerate(sentence[:STORY_LEAD]) if w in IN), None)
    if lead is None or lead + 1 >= len(sentence) or not sentence[lead + 1].startswith(STORIES):
        return False
    return CHILD_SAID.isdisjoint(sentence[lead + 2 :]) and REAL.isdisjoint(sentence)


def scripted(sentence: Sequence[str]) -> bool:
    """A role-play's script: ``sentence`` opens with the role-play, and what it says is its
    case («Rollespill på samlinga: «elev forteller om vold hjemme». Kan noen spille mor?») –
    «etter rollespillet forteller en elev om vold hjemme» is a child telling."""
    lead = next((i for i, w in enumerate(sentence[:SCRIPT_LEAD]) if w.startswith(ROLE_PLAY)), None)
    # «vi skal ha rollespill på samlinga: …» is a script too; «etter rollespillet …» is not
    return lead is not None and AFTER_PLAY.isdisjoint(sentence[:lead])


def last_sentence(before: Sequence[str]) -> Sequence[str]:
    """The last sentence of ``before``."""
    return before[len(before) - before[::-1].index(BREAK) :] if BREAK in before else before


def child_said(before: Sequence[str], tellers: frozenset[str] = CHILD) -> bool:
    """A child named before a verb of telling in the last sentence of ``before`` (the words
    up to an «at»), or right after it («etter filmen sa en elev at …»): what follows is what
    the child told, whatever lesson or film stands between. ``tellers``: the words that name
    one (:func:`tellers`: a first name too, «etter filmen sa Ola at …»)."""
    said = last_sentence(before)
    return any(
        w in CHILD_SAID
        and not in_story(said, i)
        and not (
            tellers.isdisjoint(said[:i]) and tellers.isdisjoint(said[i + 1 : i + 1 + SAID_AT_REACH])
        )
        for i, w in enumerate(said)
    )


def tellers(first_names: Iterable[str], everyday: Iterable[str]) -> frozenset[str]:
    """The child words and the folded first names that are no everyday word (names.yaml's
    ``also_words``: «per», «liv», «tor» are only names when capitalised, and the check folds
    case away): a child named by name tells as «en elev» does."""
    return CHILD | (frozenset(map(fold_word, first_names)) - frozenset(map(fold_word, everyday)))


def staged(before: Sequence[str], named: Sequence[str]) -> bool:
    """A stage scene named before «der» (``named``), and a rehearsal or a play in the
    sentence: «dramagruppa øver på en scene der noen tar en overdose»."""
    return not STAGE.isdisjoint(named) and any(
        w.startswith(REHEARSAL) or w in REHEARSING for w in last_sentence(before)
    )


PLAY = ("teater", "skuespill", "revy", "musikal", "skoleforestilling")
"""Folded words that name a play (teatergruppa, skuespillet, revyen, musikalen): «drama» alone
is also a row at home, «forestilling» a notion."""
STAGING = frozenset({"setter", "sette", "satt", "setja", "set"})
"""… with «opp», a play put on: «vi setter opp Romeo og Julie»."""


STAGE_AFTER = ("akt", "akten", "scenen", "forestillingen", "premieren")
"""Folded words after a match, in its sentence, that place it on the stage: «… og Julie tar livet
sitt i siste akt», «… på premieren»."""
PROPS = frozenset({("falskt", "blod"), ("kunstig", "blod"), ("fake", "blod"), ("fake", "blood")})
"""Stage blood asked for anywhere after the match («… Hvordan lager vi falskt blod?»); one word
(«teaterblod») starts with a play word."""


def play_staged(before: Sequence[str], clause: frozenset[str], after: Sequence[str] = ()) -> bool:
    """A play named and put on in the clause before a match: «teater: vi setter opp Romeo og
    Julie, og Julie tar livet av seg på slutten» – a character's death on a stage, told by
    nobody. The words from the last sentence break, clause word (``clause``: «sier», «fordi»
    …) or «at» before the match: «… og eleven som spilte Julie har skrevet at …» is a case.
    The play may also be named after the match, in its sentence (``after``): «vi setter opp
    Romeo og Julie, og Julie tar livet sitt i siste akt. hvordan lager vi teaterblod?»."""
    words = list(last_sentence(before))
    for i, word in enumerate(reversed(words)):
        if word in clause or word == "at":
            words = words[len(words) - i :]
            break
    put_on = any(a in STAGING and b == "opp" for a, b in pairwise(words))
    rest = list(after[: after.index(BREAK)] if BREAK in after else after)
    on_stage = any(w in STAGE_AFTER or w.startswith(PLAY) for w in rest)
    on_stage = (
        on_stage or bool(set(pairwise(after)) & PROPS) or any(w.startswith(PLAY) for w in after)
    )
    return put_on and (any(w.startswith(PLAY) for w in words) or on_stage)


__all__ = [
    "CHILD",
    "child_said",
    "in_story",
    "opens_in_story",
    "play_staged",
    "said_at",
    "staged",
    "tellers",
]
