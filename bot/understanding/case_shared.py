"""Working with other services on one young person: «hva må til før vi kan samarbeide om en
ungdom på tvers av tjenester?», «korleis tek eg opp ein elev i operativ gruppe?», «kan vi
drøfte eleven med barnevernet?». Sharing what one knows of a named child needs consent (or no
name), which the consent routine («samtykke») says how to get – Gjesdal's plan lists its
«Samtykkeskjema (for samarbeid rundt barn og unge)» (004:88).

The routine matcher's triggers need the deed and the person side by side («drøfte en elev»);
here the person may come later in the sentence, so long as it is one young person – an article
(«om en ungdom») or a definite form («om eleven») – not young people in general («samarbeid på
tvers om ungdom i kommunen» asks how SLT works, which the plan answers)."""

from __future__ import annotations

from itertools import pairwise

CONSENT = "samtykke"

DEEDS = ("samarbeid", "drofte", "drofta", "droft", "diskuter")
"""Working on a case with others: «samarbeide», «samarbeidet», «drøfte», «drøftes»,
«diskutere» (folded word starts)."""
RAISE = frozenset({"ta", "tar", "tek", "tatt", "teke", "melde", "melder", "meld"})
"""«ta opp», «tek opp», «melde inn»: a case raised in a group («opp» or «inn» after it, a
pronoun between at most: «tar jeg opp»)."""
RAISE_AFTER = frozenset({"opp", "inn"})
ABOUT = frozenset({"om", "rundt", "kring", "for", "opp", "inn", "med"})
"""The word that leads to the person the work is about («samarbeide om …», «ta opp …»)."""
ONE = frozenset({"en", "ei", "et", "ein", "eit", "ett", "denne", "dette", "den", "det"})
"""An article or a demonstrative: one person, not young people in general."""
YOUNG = frozenset({"ungdom", "elev", "barn", "gutt", "jente", "unge", "14-aring", "15-aring"})
"""A young person after an article («en ungdom», «ei jente»)."""
YOUNG_DEFINITE = frozenset({"ungdommen", "eleven", "barnet", "gutten", "guten", "jenta", "jenten"})
"""One young person named by a definite form («om eleven»)."""
REACH = 4
"""Words between the deed and the person at most («samarbeide tett og tverrfaglig om en …»)."""


def _one_young(words: tuple[str, ...]) -> bool:
    """One young person: an article before a young noun, or a definite young noun."""
    if not YOUNG_DEFINITE.isdisjoint(words):
        return True
    return any(a in ONE and b in YOUNG for a, b in pairwise(words))


def _deed_at(words: tuple[str, ...]) -> int | None:
    """Where the work with others on a case is said: a deed word, or «ta opp», «melde inn»."""
    for i, word in enumerate(words):
        if word.startswith(DEEDS):
            return i
        if word in RAISE and not RAISE_AFTER.isdisjoint(words[i + 1 : i + 3]):
            return i  # «ta opp», «tar jeg opp»
    return None


def shares_a_case(words: tuple[str, ...]) -> bool:
    """The message works with others on one young person (folded ``words``): a deed, then
    within ``REACH`` words «om», «rundt» or «opp» and one young person."""
    at = _deed_at(words)
    if at is None:
        return False
    leads = (at + 1 + i for i, w in enumerate(words[at + 1 : at + 2 + REACH]) if w in ABOUT)
    return any(_one_young(words[lead + 1 : lead + 3]) for lead in leads)


__all__ = ["CONSENT", "shares_a_case"]
