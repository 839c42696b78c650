"""«hvor mange …» questions: what they count, and whether the knowledge keeps that count.

The knowledge keeps some counts (a role's seats, BTI's levels; understanding.yaml's countable
nouns); a count it does not keep («hvor mange saker hadde operativ gruppe i fjor») is answered
by the honest fallback rather than by whatever the other words are near.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from bot.knowledge.index import KommuneIndex
from bot.text import tokens
from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import Hit
from bot.understanding.rhythm_described import NUMBERS

COUNT_CUE = "hvor mange"
"""The cue of a count the knowledge does not keep: the honest fallback answers it."""

PLAN_YEARS = frozenset({"ar", "years"})
"""«hvor mange år gjelder planen (fra og til)»: the years a plan applies for are its period,
which the plan's sheet states («Periode: 2023–2026») – counted only beside a word of
applying (``applies``, «varer») and the plan («plan», ``plan_names``, ``other_plans``)."""
LASTS = frozenset({"varer", "vare", "lastar"})
PLAN_NOUN = "plan"
ROLE_TILTAK = frozenset({Intent.TILTAK_FOR_ROLE, Intent.TILTAK_MINE})
TILTAK_NOUN = "tiltak"
"""«hvor mange tiltak har rektorene ansvar for», «hvor mange tiltak skal vi gjennomføre»: the
tiltak of a role or of the asker, counted – their list with its number answers it, not the
plan's total."""


def counted(words: tuple[str, ...]) -> str | None:
    """The noun a «hvor mange …» question counts, or None when it is no such question."""
    for i in range(len(words) - 2):
        if words[i] == "hvor" and words[i + 1] == "mange":
            return words[i + 2]
    return None


def by_count(
    intent: Intent,
    words: tuple[str, ...],
    named: bool,
    role_words: tuple[str, ...],
    countable: Mapping[str, Intent],
    said: QuestionForm,
    stated_in: tuple[Sequence[Hit], KommuneIndex | None] = ((), None),
) -> tuple[Intent, bool]:
    """A «hvor mange …» question's reading, and whether it counts what the knowledge does not
    keep (then the honest fallback answers it). ``named``: a group or level is named;
    ``countable``: noun → intent of the counts the knowledge keeps (understanding.yaml).

    - «i hvor mange grupper sitter helsesykepleier»: the role's seats, listed
      (:func:`seats_counted`);
    - «hvor mange nivåer har bti-modellen» counts BTI's own levels, not SLT's;
    - «hvor mange saker hadde operativ gruppe i fjor»: a count the knowledge does not keep
      is answered honestly; a count it keeps goes to the answer that shows it."""
    count_of = counted(words)
    if count_of is None:
        return intent, False
    if not named and seats_counted(words, role_words, said):
        return Intent.ROLE_GROUPS, False
    if intent is Intent.BTI and count_of in said.level_counts:
        return intent, False
    ansvar = not said.own_ansvar.isdisjoint(words)
    mine = not (said.first_person | said.we_words).isdisjoint(words)
    if count_of.startswith(TILTAK_NOUN) and (ansvar or mine) and intent in ROLE_TILTAK:
        return intent, False  # «hvor mange tiltak har jeg ansvar for»: listed, counted
    if count_of.startswith(TILTAK_NOUN) and ansvar and (role_words or named):
        # «hvor mange tiltak har politikontakt ansvar for»: the role's tiltak, listed – also
        # where the role's name began a group's («Politikontakt og SLT-koordinator»);
        # or a group named («hvor mange tiltak har arbeidsgruppa ansvar for»); «kommunalsjef:
        # hvor mange tiltak har handlingsdelen» counts the plan's
        return Intent.TILTAK_FOR_ROLE, False
    if count_of in PLAN_YEARS and _plan_period(words, said):
        return Intent.PLAN, False  # «hvor mange år gjelder Våler sin slt-plan for?»
    counts = countable.get(count_of, Intent.UNKNOWN)
    if counts is Intent.UNKNOWN and count_stated(count_of, words, *stated_in, said):
        return Intent.TILTAK_LOOKUP, False  # «hvor mange skal være med på fagdagen om …»
    return counts, counts is Intent.UNKNOWN


CARDINALS = frozenset(w for w, n in NUMBERS.items() if n > 1 and not w.endswith("e"))
"""«seks kursholderne», «tre nivåer»: a number written as a word (never an ordinal: «andre
elever» are other pupils)."""
SAME_WORD = 4
"""A word the question asks and one of the tiltak's agree in this many letters («fagdagen»,
«fagdag»; «kurset», «kurs»)."""
NOUN_STEM = 5
"""A counted noun and the tiltak's agree in this many letters («kursholdere», «kursholderne»)."""


def count_stated(
    count_of: str,
    words: tuple[str, ...],
    hits: Sequence[Hit],
    index: KommuneIndex | None,
    said: QuestionForm,
) -> bool:
    """«hvor mange skal være med på fagdagen for handlingsplanen», «hvor mange kursholdere har
    flexid»: the tiltak retrieval found first states that count in its text – a number right
    before the people it counts («20 utvalgte i kommunen deltar», «de seks kursholderne»), or
    before the noun counted. A date («21. november»), a grade («8.–10. trinn») or an age is no
    such count, and a count no tiltak states keeps the honest fallback; so does a word after the
    count the tiltak does not say («… har sluttet», «… hatt i år»: a record, no plan's)."""
    best = hits[0] if hits else None
    if best is None or index is None or best.doc.kind != "tiltak":
        return False
    tiltak = next((t for t in index.kommune.tiltak if t.id == best.doc.key), None)
    if tiltak is None:
        return False
    said_words = tokens(tiltak.tiltak)
    stems = {w[:SAME_WORD] for w in said_words}
    after = words[words.index(count_of) + 1 :]
    asked = [w for w in after if len(w) > SAME_WORD - 1 and w not in said.count_filler]
    if any(w[:SAME_WORD] not in stems and w not in said.head_count for w in asked):
        return False
    people = count_of in said.head_count
    noun = count_of[:NOUN_STEM] if len(count_of) >= NOUN_STEM and not people else None
    for number, counted in pairwise(said_words):
        if not (number.isdigit() or number in CARDINALS):
            continue
        if (people and counted in said.people_counted) or counted[:NOUN_STEM] == noun:
            return True
    return False


def _plan_period(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A plan's years asked: a word of applying or lasting, and the plan named."""
    if said.applies.isdisjoint(words) and LASTS.isdisjoint(words):
        return False
    plans = said.plan_names | said.other_plans | {PLAN_NOUN}
    return not plans.isdisjoint(words)


def seats_counted(words: tuple[str, ...], role_words: tuple[str, ...], said: QuestionForm) -> bool:
    """«i hvor mange grupper sitter helsesykepleier», «hvor mange av foraene er pk med i»: the
    groups a role sits in are counted – the role's seats, listed, answer it."""
    if not role_words:
        return False
    after = next(
        (i + 2 for i, w in enumerate(words[:-1]) if (w, words[i + 1]) == ("hvor", "mange")), None
    )
    return after is not None and not said.seat_nouns.isdisjoint(words[after:])
