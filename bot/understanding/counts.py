"""«hvor mange …» questions: what they count, and whether the knowledge keeps that count.

The knowledge keeps some counts (a role's seats, BTI's levels; understanding.yaml's countable
nouns); a count it does not keep («hvor mange saker hadde operativ gruppe i fjor») is answered
by the honest fallback rather than by whatever the other words are near.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm

COUNT_CUE = "hvor mange"
"""The cue of a count the knowledge does not keep: the honest fallback answers it."""

PLAN_YEARS = frozenset({"ar", "years"})
"""«hvor mange år gjelder planen (fra og til)»: the years a plan applies for are its period,
which the plan's sheet states («Periode: 2023–2026») – counted only beside a word of
applying (``applies``, «varer») and the plan («plan», ``plan_names``, ``other_plans``)."""
LASTS = frozenset({"varer", "vare", "lastar"})
LISTED_TILTAK = frozenset({"tiltak", "tiltaka", "tiltakene"})
TILTAK_LISTS = frozenset({Intent.TILTAK_MINE, Intent.TILTAK_FOR_ROLE})
ASKER = frozenset({"jeg", "eg"})
"""«hvor mange tiltak har jeg / har rektorene»: the owner's list of tiltak is counted – the
list answers it, not the plan's overview."""
PLAN_NOUN = "plan"


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
    if count_of in LISTED_TILTAK and intent in TILTAK_LISTS and _asker_counted(words):
        return intent, False  # «hvor mange tiltak har jeg»: the asker's list shows how many
    if count_of in PLAN_YEARS and _plan_period(words, said):
        return Intent.PLAN, False  # «hvor mange år gjelder Våler sin slt-plan for?»
    counts = countable.get(count_of, Intent.UNKNOWN)
    return counts, counts is Intent.UNKNOWN


def _asker_counted(words: tuple[str, ...]) -> bool:
    """«hvor mange tiltak har jeg»: the asker right after the counted noun and its verb – not
    «kommunalsjef: hvor mange tiltak har handlingsdelen», the plan's count with a role first."""
    at = next((i for i in range(len(words) - 1) if words[i : i + 2] == ("hvor", "mange")), None)
    return at is not None and not ASKER.isdisjoint(words[at + 3 : at + 5])


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
