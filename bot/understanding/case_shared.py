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

CONSENT = "samtykke"

DEEDS = ("samarbeid", "drofte", "drofta", "droft", "diskuter")
"""Working on a case with others: «samarbeide», «samarbeidet», «drøfte», «drøftes»,
«diskutere» (folded word starts)."""
RAISE = frozenset({"ta", "tar", "tek", "teke", "bringe", "bringer", "lofte", "lofter"})
"""«ta opp», «tek opp», «bringe … inn», «løfte … inn»: a case raised in a group the message
names, the particle («opp», «inn») after the verb, the person before or after it. Not «melde
inn»: «hvordan melder jeg inn en sak til fagteamet?» asks whom to reach (the eval's twins)."""
PARTICLES = frozenset({"opp", "inn"})
ABOUT = frozenset({"om", "rundt", "kring", "for"})
"""The word that leads to the person the work is about («samarbeide om …»). Not «med»: «hvor
er helsestasjonen vi samarbeider med? En elev …» works with a service, the pupil is why."""
ONE = frozenset({"en", "ei", "et", "ein", "eit", "ett", "denne", "dette", "den", "det"})
"""An article or a demonstrative: one person, not young people in general."""
YOUNG = frozenset({"ungdom", "elev", "barn", "gutt", "jente", "unge"})
"""A young person after an article («en ungdom», «ei jente»); not «en sak», which tells no
person."""
YOUNG_DEFINITE = frozenset({"ungdommen", "eleven", "barnet", "gutten", "guten", "jenta", "jenten"})
"""One young person named by a definite form («om eleven»)."""
REACH = 4
"""Words between the deed and the person at most («samarbeide tett og tverrfaglig om en …»)."""


DESCRIBED = 1
"""Words a young noun may stand after its article («en konkret ungdom», «ein bestemt elev»)."""


def _one_young(words: tuple[str, ...]) -> bool:
    """One young person: an article before a young noun (a describing word between), or a
    definite young noun."""
    if not YOUNG_DEFINITE.isdisjoint(words):
        return True
    return any(
        a in ONE and not YOUNG.isdisjoint(words[i + 1 : i + 2 + DESCRIBED])
        for i, a in enumerate(words)
    )


def _raised(words: tuple[str, ...]) -> bool:
    """«tar jeg opp en ungdom», «bringe en bekymring for en elev inn»: a raising verb, its
    particle within ``REACH`` + 4 words, and one young person between or just after."""
    for i, word in enumerate(words):
        if word not in RAISE:
            continue
        ends = [j for j, w in enumerate(words[: i + REACH + 5]) if j > i and w in PARTICLES]
        if ends and _one_young(words[i + 1 : ends[0] + 3 + DESCRIBED]):
            return True
    return False


def _worked_on(words: tuple[str, ...]) -> bool:
    """«samarbeide om en ungdom», «drøfte eleven»: a deed of working together, then within
    ``REACH`` words «om» or «rundt» and one young person (or the person right after it)."""
    for at, word in enumerate(words):
        if not word.startswith(DEEDS):
            continue
        direct = words[at + 1 : at + 3 + DESCRIBED]
        if direct[:1] and direct[0] in ONE | YOUNG_DEFINITE and _one_young(direct):
            return True  # «drøfte ein bestemt elev»; not «samarbeider med? en elev …»
        leads = (at + 1 + i for i, w in enumerate(words[at + 1 : at + 2 + REACH]) if w in ABOUT)
        if any(_one_young(words[lead + 1 : lead + 3 + DESCRIBED]) for lead in leads):
            return True
    return False


PARENTS = ("foreldr", "foresatt")
TAKE_PART = frozenset({"delta", "deltar", "deltek", "stede", "med", "motet", "mote"})
"""«delta», «være til stede», «være med», «møte»: a parent taking part (within ``PART_REACH``
words after the parent)."""
PART_REACH = 3
MEETING = ("mote", "fagteam", "drof", "sltmot", "gruppe", "teamet")
"""The meeting or the talk the case is taken up in (folded word starts, or «…møtet» within)."""
OWN_CHILD = ("sonn", "dotter", "datter", "barnet", "eleven", "ungdommen", "gutten", "jenta")


def parents_take_part(words: tuple[str, ...]) -> bool:
    """«kan foreldre delta i SLT-møtet når sønnen deres skal drøftes?», «får foresatte være
    med i fagteamet når vi tar opp datteren deres?»: parents in the meeting about their own
    child – which the consent routine answers (Jevnaker's fagteam: a case is taken up only with
    the young person and the parents there, or with informed consent, 001:199-201). A
    parents' meeting on a topic («foreldre delta på foreldremøtet om rus») names no one child."""
    for i, word in enumerate(words):
        if word.startswith(PARENTS) and not TAKE_PART.isdisjoint(words[i + 1 : i + 2 + PART_REACH]):
            rest = words[i + 1 :]
            met = any(w.startswith(MEETING) or w.endswith("motet") for w in rest)
            return met and any(w.startswith(OWN_CHILD) for w in rest)
    return False


def shares_a_case(words: tuple[str, ...], group_named: bool = False) -> bool:
    """The message works with others on one young person (folded ``words``): a deed of
    working together on one young person, or one raised in a group the message names
    (``group_named``: «ta opp en elev med foreldrene» raises it with the parents, no group),
    or parents taking part in the meeting about their own child."""
    return _worked_on(words) or (group_named and _raised(words)) or parents_take_part(words)


__all__ = ["CONSENT", "shares_a_case"]
