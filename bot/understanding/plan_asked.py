"""The SLT work itself asked about indirectly: what it is for, whom it is for, whether a law
demands it, and who ties its groups together.

Staff new to SLT seldom say «mål» or «målgruppe»: «hva vil kommunen oppnå med slt» asks the
plan's goals, «hvem er slt retta mot, bare ungdommen eller foreldra òg?» its target group,
«er kommunen pålagt ved lov å ha slt?» a plan fact (or nothing the plan says), and «hvem
holder trådene mellom alle disse gruppene?» the coordinator. No cue phrase reads them, and a
word in passing (a role in the writer's introduction, a group in a list) led the reading
elsewhere. The words: understanding.yaml's ``question_form.plan_facts`` (``said``).
"""

from __future__ import annotations

from itertools import pairwise

from bot.frozen_init import quick_replace
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.entities import groups_named
from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm
from bot.understanding.understood import Understood

OPEN_READINGS = frozenset({Intent.UNKNOWN, Intent.DUTIES, Intent.HELP})
"""Readings the SLT work itself asked about may replace: none of them named an object."""
TIE_READINGS = frozenset(
    {Intent.UNKNOWN, Intent.MEMBERS, Intent.DUTIES, Intent.ROLE_GROUPS, Intent.LEVELS}
)
"""Readings a question of who ties the groups together got from the groups it lists."""


def _has_pair(words: tuple[str, ...], pairs: frozenset[tuple[str, ...]]) -> bool:
    return any(pair in pairs for pair in pairwise(words))


AIMED_REACH = 5
"""«hvem retter slt-arbeidet seg egentlig mot»: «mot» within this many words after the verb."""


def _aimed(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvem er slt retta mot», «hvem er slt ment for», «gjelder slt foreldre òg»: whom the
    SLT work is for."""
    aimed = any(
        w in said.aimed and not said.aimed_at.isdisjoint(words[i + 1 : i + 1 + AIMED_REACH])
        for i, w in enumerate(words)
    )
    # «gjelder slt foreldre òg», «gjelder det foreldre»: not «gjelder taushetsplikten …»
    applies = any(
        w in said.applies and words[i + 1 : i + 2] in (("slt",), ("det",))
        for i, w in enumerate(words)
    ) and not said.aimed_people.isdisjoint(words)
    return aimed or applies


def _legal(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«er slt lovpålagt», «er kommunen pålagt ved lov å ha slt»: whether a law demands it."""
    return not said.legal_duty.isdisjoint(words) or _has_pair(words, said.legal_pairs)


OBJECT_REACH = 3
"""«hensikten med X»: «med» this near after a purpose word names what the purpose is of."""


def purpose_asked(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hva er hensikten med slt», «hva skal slt føre til»: what it is for. Not «hensikten
    med bekymringsmelding i slt»: what follows «med» is the thing asked about."""
    if not (not said.purpose.isdisjoint(words) or _has_pair(words, said.purpose_pairs)):
        return False
    for i, w in enumerate(words):
        near = words[i + 1 : i + 1 + OBJECT_REACH]
        if w in said.purpose and "med" in near:
            after = words[i + 2 + near.index("med") : i + 3 + near.index("med")]
            if not set(after) <= said.slt_itself:
                return False
    return True


def legal_fact(index: KommuneIndex | None, said: QuestionForm) -> str | None:
    """The key of the plan fact that says whether a law demands SLT (its own «asked as» words
    are legal-duty words), if the plan has one."""
    if index is None:
        return None
    for number, fact in enumerate(index.kommune.plan_facts):
        if not said.legal_duty.isdisjoint(fold(a) for a in fact.asked_as):
            return str(number)
    return None


def _plain(u: Understood) -> bool:
    """Nothing but the SLT work is named: no group, level, role, coordinator or tiltak."""
    return not (u.group_id or u.level or u.role_words or u.mentions_coordinator or u.tiltak_number)


def slt_itself_asked(u: Understood, index: KommuneIndex | None) -> Understood:
    """``u`` read again when it asks the SLT work itself (module docstring); else ``u``."""
    said, words = u.said, u.words
    tied = _ties(u, index)
    if tied.intent is Intent.COORDINATOR and levels_joined(words):
        return _read(tied, Intent.LEVELS, u.about)  # the levels' answer names the link first
    if tied is not u or said.slt_itself.isdisjoint(words):
        return tied
    tiltak = not said.tiltak_signs.isdisjoint(words)
    legal = _legal(words, said) and not (u.group_id or u.level)
    if legal and u.intent is not Intent.PLAN and u.routine is None:
        # the writer's role in passing («spør som ny NAV-veileder») does not make it a seat
        fact = legal_fact(index, said)
        if fact is None:
            return _read(u, Intent.UNKNOWN, ())  # the plan does not say: the honest answer
        return _read(u, Intent.PLAN, (("planfact", fact), *u.about))
    if not said.neighbours.isdisjoint(words) and u.intent is not Intent.PLAN and _plain(u):
        # «er slt berre i gjesdal, eller har nabokommunane det òg?» where no plan note or fact
        # names the kommuner it is shared with (facts_asked.kommuner_asked): the plan does not say
        return _read(u, Intent.UNKNOWN, (), keep_routine=False)
    open_reading = u.intent in OPEN_READINGS or (
        u.intent is Intent.TILTAK_LOOKUP and not u.cue and "slt" in words
    )
    retrieved_plan = u.intent is Intent.PLAN and not u.cue  # the target group is part of it
    if not (_plain(u) and (open_reading or retrieved_plan) and not tiltak):
        return u
    # a routine retrieval found for words in passing («foreldre») is not what is asked
    if _aimed(words, said):
        return _read(u, Intent.TARGET_GROUP, (("target", "target"),), keep_routine=False)
    meeting = not said.gather_words.isdisjoint(words)  # «hvorfor ble slt-møtet flyttet»
    if purpose_asked(words, said) and open_reading and not meeting:
        return _read(u, Intent.PLAN, (("plan", "plan"),), keep_routine=False)
    return u


LEVEL_WORDS = frozenset({"nivaene", "nivaa", "nivaane", "nivaer", "levels"})
"""The levels as a whole (folded): «nivåene», «nivåa», «nivåane»."""
HANG_WORDS = frozenset({"henger", "heng", "hang", "fits", "fit"})
TOGETHER_WORDS = frozenset({"sammen", "saman", "together"})
CONNECTION_WORDS = frozenset({"sammenheng", "sammenhengen", "samanheng", "samanhengen"})


def levels_joined(words: tuple[str, ...]) -> bool:
    """«hvordan henger nivåene sammen – hvem er bindeleddet?»: how the levels hang together
    asked, the link between them only after it. The levels' answer says both (it opens «SLT-
    koordinator er bindeleddet mellom nivåene»); «hvem er bindeleddet mellom nivåene» alone
    asks for the coordinator and stays so."""
    if LEVEL_WORDS.isdisjoint(words):
        return False
    hang = not HANG_WORDS.isdisjoint(words) and not TOGETHER_WORDS.isdisjoint(words)
    return hang or not CONNECTION_WORDS.isdisjoint(words)


def _ties(u: Understood, index: KommuneIndex | None) -> Understood:
    """«hvem holder trådene mellom alle disse gruppene? politiråd, nettverk …», «hvem binder
    sammen styringsgruppa og arbeidsgruppa»: who ties the groups together is the coordinator,
    not the members of the first group listed."""
    if u.intent not in TIE_READINGS or u.role_words or u.routine is not None:
        return u
    return _read(u, Intent.COORDINATOR, u.about, keep_group=False) if ties(u, index) else u


def ties(u: Understood, index: KommuneIndex | None, *, listed: bool = False) -> bool:
    """Whether ``u`` asks who ties groups together by its form: a who-word, a word of
    «between» or «together», and several groups named or (unless ``listed``) the groups as a
    whole. Named ones stand against the intent net, whose examples vote by the group names
    such a question shares (bot/features/doubt.py); «alle gruppene» does not."""
    said, words = u.said, u.words
    if said.who_words.isdisjoint(words) or said.between.isdisjoint(words):
        return False
    several = index is not None and len({g for _, _, g in groups_named(words, index)}) > 1
    return several or (not listed and not said.groups_whole.isdisjoint(words))


def _read(
    u: Understood,
    intent: Intent,
    about: tuple[tuple[str, str], ...],
    *,
    keep_routine: bool = True,
    keep_group: bool = True,
) -> Understood:
    """``u`` with the new reading: no cue, no «Mente du …?», no margin of the old one."""
    return quick_replace(
        u,
        intent=intent,
        cue="",
        options=(),
        margin=None,
        about=about[:8],
        routine=u.routine if keep_routine else None,
        group_id=u.group_id if keep_group else None,
        level=u.level if keep_group else None,
    )


__all__ = ["legal_fact", "levels_joined", "purpose_asked", "slt_itself_asked", "ties"]
