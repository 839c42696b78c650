"""Who decides over a thing a plan fact is asked by: the fact, or the named group's duties.

«hvem har ansvaret for økonomien i slt», «who decides on money and priorities for SLT here?»
and «can SLT money be used for things like that, and who approves?» ask who decides over the
money, which a plan fact states (Jevnaker: the politiråd has «ansvar for … økonomi», and the
koordineringsgruppe decides «innenfor vedtatte økonomiske rammer»; Gjesdal: who approves
the stimuleringsmidler). Read by their cue alone they were a tiltak's owner («hvem har
ansvaret for …»: no tiltak is called «økonomien») or nothing at all, and the money word made
them a cost no plan states. «kan koordineringsgruppa bestemme bruk av penger selv?» names a
group whose own duties say what it may decide over the money: its duties answer (a group
whose duties say nothing of it keeps the honest «the plan does not say»).

The fact must be asked by one of its own words (``asked_as``: «økonomien», «midler»,
«penger») by stem – Gjesdal's fact is asked as «økonomi», and «hvem har ansvaret for
økonomien i slt» says it in the definite form – beside a word of deciding
(understanding.yaml ``question_form.plan_facts.decide``), and stand clearly above every
other kind of reading: «hvem bestemmer i koordineringsgruppa?» asks the group, «hvem har
ansvaret for natteravnene?» the tiltak.
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import PlanFact
from bot.text import fold, tokens
from bot.understanding.intents import Intent
from bot.understanding.normalise import stem
from bot.understanding.options import MARGIN, MIN_SCORE
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit

READS = frozenset({Intent.UNKNOWN, Intent.TILTAK_OWNER, Intent.HELP, Intent.PLAN})
"""Readings a who-decides question got by its cue or by nothing: a tiltak's owner asked of no
tiltak, no reading at all, or the plan fact already (whose money word would else make it a
cost no plan states)."""
GROUP_READS = frozenset({Intent.UNKNOWN, Intent.DUTIES, Intent.MEMBERS, Intent.TILTAK_OWNER})
"""Readings a who-decides question about a named group got."""


def decided_by(
    intent: Intent,
    words: tuple[str, ...],
    hits: list[Hit],
    index: KommuneIndex | None,
    group_id: str | None,
    named: object,
    said: QuestionForm,
) -> Intent | None:
    """:data:`Intent.PLAN` for who decides over a plan fact's thing, :data:`Intent.DUTIES`
    for what the named group may decide over it, or None (module docstring). ``named``: truthy
    when a tiltak or a tiltak number is named (a level named alone asks what the fact says too)."""
    if index is None or named or said.decide_words.isdisjoint(words):
        return None
    fact = _fact_asked(words, hits, index, said.decide_words, alone=group_id is None)
    if fact is None:
        return None
    if group_id is not None:  # the group's own duties name the thing: what it may decide
        group = index.groups_by_id.get(group_id)
        duties = set(stem(w for d in group.duties for w in tokens(d))) if group else set()
        held = group is not None and intent in GROUP_READS and not duties.isdisjoint(_own(fact))
        return Intent.DUTIES if held else None
    who = not said.who_words.isdisjoint(words) or not said.kommuner_which.isdisjoint(words)
    return Intent.PLAN if intent in READS and who else None


def _fact_asked(
    words: tuple[str, ...],
    hits: list[Hit],
    index: KommuneIndex,
    decide: frozenset[str],
    *,
    alone: bool,
) -> PlanFact | None:
    """The plan fact retrieval ranked first, asked by one of its own words; ``alone``: and
    clearly above every reading of another kind (with a group named, the group's duties
    decide instead). A word of deciding (``decide``) the fact is also asked by («bestemmer»,
    «godkjenner») does not ask it alone: «hvem bestemmer hvem som får fotballbanen?» and
    «hvem bestemmer i arbeidsgruppa?» name no money."""
    top = hits[0] if hits else None
    if top is None or top.doc.kind != "planfact" or top.score < MIN_SCORE:
        return None
    rival = next((h.score for h in hits[1:] if h.doc.kind != "planfact"), 0.0)
    if alone and top.score <= rival * MARGIN:
        return None
    fact = index.kommune.plan_facts[int(top.doc.key)]
    thing = _own(fact) - frozenset(stem(decide))
    return fact if not thing.isdisjoint(stem(words)) else None


def _own(fact: PlanFact) -> frozenset[str]:
    """The words staff ask the fact by, folded and stemmed: «økonomi» is asked as
    «økonomien», «midler» as «midlene», «penger» as «pengene»."""
    return frozenset(stem(fold(w) for w in fact.asked_as))


__all__ = ["decided_by"]
