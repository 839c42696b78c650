"""Two levels asked as one, and a group's roles asked as all of it.

«er koordinerende og utøvende nivå det samme», «er koordinerende det samme som slt-gruppa»:
whether two levels, or a level and a group, are one – the levels with their groups answer
it, led by what the plan notes of them. «er det bare politi og skole som er utførende ledd»:
whether the roles named are all a group has – its member list answers it. «mellomnivået –
hva heter det hos oss»: a level's name here. Read by ``rules.by_form``, in the words of
understanding.yaml's ``question_form.levels`` (``said``).
"""

from __future__ import annotations

from bot.understanding.intents import Intent
from bot.understanding.question_form import QuestionForm


def asks_same_level(words: tuple[str, ...], group: object, said: QuestionForm) -> bool:
    """«er koordinerende det samme som slt-gruppa?», «stemmer det at koordinerende og utførende
    nivå er nesten det samme»: whether two levels, or a level and a group, are one – the
    levels with their groups answer it (and the plan's note when it says so)."""
    again = said.same_question  # «spørsmål» after «samme»: the question asked again
    following = (*words[1:], None) if words else ()  # each word's next one (none after the last)
    compared = (w for w, after in zip(words, following, strict=True) if after not in again)
    if said.same_words.isdisjoint(compared):
        return False  # «samme spørsmål for …» asks again of another object, compares none
    if words[:1] and words[0] in said.same_words and words[1:2] and words[1] in said.same_again:
        return False  # «samme for styrende nivå: hvem er der?»: the same, asked of it
    levels = {said.level_named[w] for w in words if w in said.level_named}
    return len(levels) >= 2 or (len(levels) == 1 and bool(group))


def asks_level_name(intent: Intent, words: tuple[str, ...], said: QuestionForm) -> bool:
    """«mellomnivået i SLT – hva heter det i Gjesdal?», «hva heter det styrende nivået hos
    oss»: what a level is called here – the levels, each with the kommune's own name and its
    group, answer it; never a «Mente du …?» about one group's members."""
    return (
        intent is Intent.UNKNOWN
        and not said.name_words.isdisjoint(words)
        and any(w in said.level_named for w in words)
    )


__all__ = ["asks_level_name", "asks_same_level"]
