"""How to talk with the child a worry is about: «hvordan snakker jeg med et barn som kanskje
opplever vold, uten å lede?», «hva sier jeg når jeg prater med eleven om rusen?».

Each routine that starts with the child or young person has one step that says how: the
violence routine's «Lytt – la barnet fortelle med egne ord, uten ledende spørsmål» (with the
guidance snakkemedbarn.no, the domain notes' step 2), the drug routine's «Snakk med
ungdommen», the absence routine's «Snakk med eleven», the self-harm routine's «Ta imot rolig
og spør direkte». Their step ids are the same in every kommune (:data:`TALK_STEPS`). The
question's rare words alone found the wrong one: «snakker» stands in Våler's last step too
(«Snakk med leder om hvordan du selv har det»).

A talk with the parents, the leader or a colleague («hvordan snakker jeg med foreldrene?») is
another step's or no step's, and the police talking with the young person is the police's
bekymringssamtale (:mod:`bot.understanding.police_talk`); neither is read here.
"""

from __future__ import annotations

from bot.understanding.police_talk import POLICE, TALK, WITH, YOUNG

CHILD = YOUNG | frozenset(
    {"barn", "barna", "ungdom", "ungdommer", "ungdommane", "elever", "elevene", "child", "kid"}
    | {"ungen", "guttungen", "jentungen", "elevane"}
)
"""The child or young person the worry is about («et barn», «eleven», «ungdommen», «han»)."""
TALK_VERBS = TALK | frozenset({"snakka", "snakk", "pratar", "prater", "snakkar", "praten"})
"""The talk's verb or noun, as the police talk reads it, with a few more inflections."""
HOW = frozenset({"hvordan", "korleis", "how", "hva", "kva"})
"""How (or what to say): «hvordan snakker jeg med …», «hva sier jeg når jeg prater med …»."""
REACH = 3
"""Words between «med» and the child («med et lite barn»)."""
TALK_STEPS = ("lytt", "snakk", "samtale-elev", "ta-imot")
"""The step of each routine that says how to meet and talk with the child, by id."""


def child_talk_asked(words: tuple[str, ...]) -> bool:
    """Whether ``words`` ask how to talk with the child: a how-word before a talk «med» the
    child («hvordan snakker jeg med et barn …»), the police named nowhere in it."""
    if HOW.isdisjoint(words) or not POLICE.isdisjoint(words):
        return False
    first_how = min(i for i, w in enumerate(words) if w in HOW)
    for i, word in enumerate(words):
        if i <= first_how or word not in TALK_VERBS:
            continue
        at = next((j for j in range(i + 1, min(i + 3, len(words))) if words[j] in WITH), None)
        if at is not None and not CHILD.isdisjoint(words[at + 1 : at + 1 + REACH]):
            return True
    return False


__all__ = ["TALK_STEPS", "child_talk_asked"]
