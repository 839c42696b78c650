"""A plan note or fact, not the reading a cue gave, is what a question asks.

«hvilke kommuner i mosseregionen bruker slt-modellen» names no group and a plan note holds
every word asked; «hvor ofte rapporterer koordineringsgruppa til ledergruppa» asks the cadence
of something other than a meeting, which a plan fact states. The words: understanding.yaml's
``question_form.plan_facts`` (``said``).
"""

from __future__ import annotations

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.asks import asks_if_in_plan
from bot.understanding.intents import Intent
from bot.understanding.normalise import stem
from bot.understanding.options import MARGIN, MIN_SCORE, fact_alone
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import GENERIC, Hit
from bot.understanding.service_work import asks_whom_for_need

NOTE_SCORE = 2.5
"""A plan note this strong, holding every word of the question, is what a bare «slt-modellen»
question asks about (set on the development half)."""
NOTE_COVERAGE = 0.75


def _done_after(cue: str, words: tuple[str, ...]) -> str:
    """The word right after the cue («hvor ofte rapporterer …» → «rapporterer»)."""
    size = len(cue.split())
    spots = (i + size for i in range(len(words)) if " ".join(words[i : i + size]) == cue)
    at = next(spots, len(words))
    return words[at] if at < len(words) else ""


def plan_fact_asked(
    intent: Intent,
    words: tuple[str, ...],
    hits: list[Hit],
    unnamed: bool,
    cue: str,
    index: KommuneIndex | None,
    group_id: str | None,
    said: QuestionForm,
) -> bool:
    """A plan note or fact, not the reading a cue gave, is what is asked: «hvilke kommuner
    i mosseregionen bruker slt-modellen» (no group named, the note holds every word asked)
    or «hvor ofte rapporterer koordineringsgruppa til ledergruppa» (a cadence of something
    other than a meeting, which a plan fact states); «hvilke kommuner …»
    (:func:`kommuner_asked`)."""
    if kommuner_asked(words, hits, said) or _shared_group(words, hits, said, index, group_id):
        return True
    top = hits[0] if hits else None
    if top is None or top.doc.kind not in ("note", "planfact"):
        return False
    if intent in (Intent.LEVELS, Intent.DUTIES) and unnamed:
        return top.score >= NOTE_SCORE and top.coverage >= NOTE_COVERAGE
    if intent is Intent.UNKNOWN and unnamed and index and _names_it(index, top, words, said):
        return True  # «hva heter handlingsplanen mot vold i nære relasjoner?»: a note says
    if intent is Intent.UNKNOWN and unnamed and index and _own_words(index, hits, words, said):
        return True  # «hvor henter dere kunnskapen fra … bare ungdata?»: the fact's own words
    if intent is Intent.UNKNOWN and top.doc.kind == "planfact" and index and group_id:
        # «rapporterer koordineringsgruppa til noen?»: a group is named, no cue asks anything
        # of it, and one plan fact about that group holds every word asked, far above any
        # other reading («rapporterer fagteamet …» is not answered by what koordineringsgruppa
        # does).
        rival = next((h.score for h in hits[1:] if h.doc.kind != "planfact"), 0.0)
        strong = top.coverage >= 1.0 and top.score >= MIN_SCORE and top.score > rival * MARGIN
        return strong and _names_group(index, int(top.doc.key), group_id)
    if intent is Intent.DUTIES and index and group_id and _bare_what(cue, said):
        return _group_fact(index, hits, group_id)
    if intent is not Intent.FREQUENCY or not said.gather_words.isdisjoint(words):
        return False
    if "ofte" not in cue.split():  # «hvor ofte …», not «hver måned eller annenhver»
        return False
    done = _done_after(cue, words)  # what is done so often: «rapporterer», not «er det»
    gather = said.gather_words
    return len(done) >= 4 and done not in gather | GENERIC and top.coverage >= 0.5


def unanswered_in(
    asked: set[str], unanswered: frozenset[str], intent: Intent, hits: list[Hit], said: QuestionForm
) -> bool:
    """The question (not the scene before it) asks what no plan holds: a cost, a sum, a
    salary («hvor mye midler har arbeidsgruppa»). Not «hvem godkjenner bruk av slt-midler»:
    who decides over them, where a plan fact holding every word asked says it – or one no
    other reading comes near («klasseturen sprengte budsjettet, kan slt-midler brukes, og
    hvem bestemmer»: the case is told in passing, who decides is what the plan says). Nor
    «hva er prosjektet med Erasmus-midler»: what a tiltak is, asked by words its own text
    holds every one of (a sum, «hvor mye …», asks what no text holds)."""
    if asked.isdisjoint(unanswered):
        return False
    if intent is Intent.CONTACT_SERVICE and asks_whom_for_need(asked, said):
        return False  # «… ikke penger til mat, hvem hjelper med sånt?»: money is the need
    top = hits[0] if hits else None
    described = top is not None and top.doc.kind == "tiltak" and top.coverage >= 1.0
    if described and not asked.isdisjoint(said.what_words):
        return False  # «hva er ungdomsprosjektet med Erasmus-midler»: the tiltak's own words
    fact = intent is Intent.PLAN and top is not None and top.doc.kind == "planfact"
    held = top is not None and (top.coverage >= 1.0 or fact_alone(hits))
    return not (fact and held and not asked.isdisjoint(said.who_words))


PLAN_OWN = frozenset({"note", "planfact"})
PLAN_FAMILY = frozenset({"plan", "note", "target", "planfact"})
"""The plan's own readings: a note beside a fact is no rival to it."""
NEAR = 3
NOTE_FLOOR = 1.0
"""A plan note or fact ranked this well, among the first :data:`NEAR`, says it."""


def which_kommuner(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvilke kommuner …», with a word between too: «hvilke andre kommuner rundt her bruker
    slt-modellen sammen med Våler?», «hvilke tre kommuner» – the kommuner are what is asked;
    «er nabokommunene med også?» asks it by ``neighbours``."""
    return any(
        w in said.kommuner_which and not said.kommuner.isdisjoint(words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )


def kommuner_asked(words: tuple[str, ...], hits: list[Hit], said: QuestionForm) -> bool:
    """«hvilke kommuner er med i politirådet», «hvilke kommuner i mosseregionen bruker
    slt-modellen sammen med oss», «er det bare oss, eller har nabokommunene slt òg?»: which
    kommuner, and a plan note or fact among the first readings retrieval found says it."""
    asked = which_kommuner(words, said) or not said.neighbours.isdisjoint(words)
    return asked and any(h.doc.kind in PLAN_OWN and h.score >= NOTE_FLOOR for h in hits[:NEAR])


def _shared_group(
    words: tuple[str, ...],
    hits: list[Hit],
    said: QuestionForm,
    index: KommuneIndex | None,
    group_id: str | None,
) -> bool:
    """«hvilke kommuner deler vi politiråd med»: which kommuner, of a named group, and a plan
    note or fact retrieval found names the group (Jevnaker's «Politirådet … er felles for
    Jevnaker, Ringerike og Hole»). The group's name is no search word, so the note ranks
    below what the question's other words found («deler»)."""
    if index is None or group_id is None:
        return False
    if not which_kommuner(words, said):
        return False
    group = index.groups_by_id.get(group_id)
    names = [fold(n) for n in (group.name, *group.aliases)] if group else []
    for hit in hits:
        if hit.doc.kind != "note" or hit.score < NOTE_FLOOR:
            continue
        text = f" {fold(index.kommune.notes[int(hit.doc.key)])} "
        if any(f" {name} " in text for name in names):
            return True
    return False


def attends(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«deltar fagteamet på den hvert år?»: a group's part in something, not its meetings."""
    return not said.attend_words.isdisjoint(words)


def tiltak_meets(
    intent: Intent, words: tuple[str, ...], said: QuestionForm, group_named: bool
) -> bool:
    """A meeting asked of what may be a tiltak, not a group (the caller still needs retrieval
    to rank a tiltak first by a margin): «når er neste trygghetsvandring» (no group named); a
    group's part in something («fagdagen med Ringerike, deltar fagteamet på den hvert år?»,
    :func:`attends`); or, no group named, a tiltak described by its content with a tiltak's
    own facet asked beside the cadence («det foreldremøte-opplegget om alkoholdebut, hvilke
    trinn og hvor ofte er det?»: «trinn» is one of ``tiltak_signs``)."""
    if intent in (Intent.MEETING_PLAN, Intent.NEXT_MEETING):
        # «hvem lager årshjulet?»: who makes the meeting plan, not a tiltak's meeting that
        # «lager» found by the stem «lag» (Våler's Sommeruka, Jevnaker's «lag og foreninger»);
        # only a who-word and the making verb first: a making elsewhere may be a tiltak's
        making = words[:1] in said.asks_who and len(words) > 1 and words[1] in said.makers
        return not group_named and not making
    if intent is not Intent.FREQUENCY:
        return False
    return attends(words, said) or (not group_named and not said.tiltak_signs.isdisjoint(words))


def _names_it(index: KommuneIndex, top: Hit, words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hva heter handlingsplanen mot vold …»: a name asked, and the plan note retrieval ranked
    first, holding most words asked, is the one that gives a name («… heter «Uten vold»»)."""
    asked = said.name_words.intersection(words)
    if top.doc.kind != "note" or not asked or top.coverage < NOTE_COVERAGE:
        return False
    return not asked.isdisjoint(fold(index.kommune.notes[int(top.doc.key)]).split())


OWN_WORDS = 2
"""How many of a plan fact's own words (``asked_as``, by stem) a question with no reading
holds for the fact to be what it asks."""


def _own_words(
    index: KommuneIndex, hits: list[Hit], words: tuple[str, ...], said: QuestionForm
) -> bool:
    """«Hvor henter dere kunnskapen fra før dere setter inn nye tiltak? Bare Ungdata?»: no cue
    and nothing named, and the plan fact retrieval ranked first holds :data:`OWN_WORDS` of the
    words staff ask it by («kunnskap», «ungdata»), clearly above every reading outside the
    plan's own (a note beside it is the plan's too). Its words said in passing, one at a time,
    tell a case instead («… på ungdata-dagen»). What a source says («hva sier ungdata om …»,
    ``said.says``) asks the fact holding it: the verb counts as one of them."""
    top = hits[0] if hits else None
    if top is None or top.doc.kind != "planfact" or top.score < MIN_SCORE:
        return False
    rival = next((h.score for h in hits[1:] if h.doc.kind not in PLAN_FAMILY), 0.0)
    if top.score <= rival * MARGIN:
        return False
    fact = index.kommune.plan_facts[int(top.doc.key)]
    own = set(stem(fold(w) for w in fact.asked_as))
    held = len(own.intersection(stem(words)))
    return held + (held > 0 and _what_says(words, said)) >= OWN_WORDS


def _what_says(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hva sier ungdata …», «what does ungdata show»: a says-verb after a question word – not
    a finding told («folkehelseprofilen viser høyt frafall»)."""
    return any(
        w in said.says and not said.what_words.isdisjoint(words[:i]) for i, w in enumerate(words)
    )


FACT_COVERAGE = 0.75
"""A plan fact holding this share of the words asked beside a group's name is what a bare
«hva er …» asks of that group (set on the development half)."""
FACT_MARGIN = 1.3
"""How far the fact stands above the next reading (set on the development half)."""


def _bare_what(cue: str, said: QuestionForm) -> bool:
    """The cue is only a question word and «er» («hva er …»): it asks nothing of a group's
    work by itself, so the words after it say what is asked."""
    return bool(cue) and set(cue.split()) <= said.what_words | {"er"}


def _group_fact(index: KommuneIndex, hits: list[Hit], group_id: str) -> bool:
    """«hva er satsingsområdene politirådet har bestemt for oss?»: a plan fact about the
    named group holds most words asked, clearly above any other reading – what the group
    decided, which the plan states, not the group's duties."""
    top = hits[0]
    if top.doc.kind != "planfact" or top.coverage < FACT_COVERAGE or top.score < MIN_SCORE:
        return False
    rival = next((h.score for h in hits[1:] if h.doc.kind != "planfact"), 0.0)
    return top.score > rival * FACT_MARGIN and _names_group(index, int(top.doc.key), group_id)


def _names_group(index: KommuneIndex, fact: int, group_id: str) -> bool:
    """The plan fact's text names the group (by its name or one of its aliases)."""
    group = index.groups_by_id.get(group_id)
    text = fold(index.kommune.plan_facts[fact].text)
    return group is not None and any(fold(n) in text for n in (group.name, *group.aliases))


def not_in_plan(found: Intent, words: tuple[str, ...], hits: list[Hit], said: QuestionForm) -> bool:
    """«… var det en del av slt-planen?»: whether one thing was part of the plan, and
    retrieval found nothing of the plan's for it (no tiltak, and no fact or note among the
    first it ranked, which the plan's answer would show) – the plan's own sheet would read
    as a yes; the honest «vet ikke» is the answer."""
    shown = any(h.doc.kind in SHOWN_BY_PLAN for h in hits[:3])
    return found is Intent.UNKNOWN and not shown and asks_if_in_plan(words, said)


SHOWN_BY_PLAN = frozenset({"planfact", "note"})


def fact_named(index: KommuneIndex | None, group_id: str | None) -> str | None:
    """«hva er et hastemøte?», where a group and a routine share the name: the plan fact asked
    by that name (its key), whose words say what it is (Jevnaker's «Hastemøter i
    SLT-modellen»), rather than a «Mente du …?» between the group and the routine."""
    group = index.groups_by_id.get(group_id) if index and group_id else None
    if index is None or group is None:
        return None
    names = {fold(n) for n in (group.name, *group.aliases)}
    for number, fact in enumerate(index.kommune.plan_facts):
        if not names.isdisjoint(fold(a) for a in fact.asked_as):
            return str(number)
    return None


__all__ = ["attends", "fact_named", "kommuner_asked", "not_in_plan", "plan_fact_asked"]
