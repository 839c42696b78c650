"""A calm question about one step of a routine: «hva er påtaleunnlatelse med vilkår, og når
bruker vi det?», «hvem gjør avhør av barnet …» of a routine already asked for. The routine's
overview lists its steps by title, so the step that holds what was asked – a term, a duty, who
does what – would be hidden behind a button. The step whose words alone hold the question's
rare words is shown in full above the overview, in the plan's words; nothing is made up, and a
question no step holds gets the overview as before.

Only a term the routine is named by (its ``triggers``, :func:`term_asked`) opens the routine on
its own (bot/features/routines/asks_routine.py): a step's everyday words («betaler», «finne»)
stand in one step as often as its terms do, and opened routines for questions about football
buses and frozen Teams windows when tried (branch routine59).

A word is rare when it stands in at most ``RARE_STEPS`` steps of the routine and is long enough
to be no function word (``MIN_STEM``); words are matched by their first ``MIN_STEM`` letters, so
«avhør» finds «avhøre» and «påtaleunnlatelsen» the plan's «påtaleunnlatelse»."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import pairwise

from bot.features.reply import Card
from bot.features.routines import texts
from bot.features.routines.model import ResolvedRoutine, step_number
from bot.features.routines.offence_next import ONWARD, offence_next, offence_step
from bot.knowledge.routine_schema import Routine, Step
from bot.text import fold
from bot.understanding.child_talk import TALK_STEPS, child_talk_asked
from bot.understanding.police_talk import police_talk_asked

MIN_STEM = 5
RARE_STEPS = 1
WORD = re.compile(r"[a-z0-9]+")


ASKING = frozenset(
    {"hva", "hvem", "hvor", "hvordan", "nar", "kva", "kven", "kvar", "korleis", "betyr", "tyder"}
)
"""A question of what, who, where, how or when – or what a word means («kva tyder …»)."""
AMOUNT = frozenset({"mange", "mye", "ofte", "lenge", "many", "much", "often"})
"""«hvor mange ruskontrakter …», «hvor ofte …»: a count or a frequency, which no step holds."""


MODALS = frozenset(
    {"skal", "ma", "bor", "kan", "skulle", "burde", "matte", "kunne", "vil", "should", "must"}
)
"""«hvordan skal …», «hva må …»: the word after such a modal is who does it, not what is asked."""
DOER_ASKED = frozenset({"hvem", "kven", "who"})
"""«hvem skal avhøre barnet?»: the question asks the doer, so the word after the modal is the
deed asked about."""


def doers(words: tuple[str, ...]) -> frozenset[str]:
    """Who a question says does something («hvordan skal skolene følge med på radikalisering?»:
    «skolene»): the word after a question word and a modal, unless «hvem» asks who. A step
    naming the school is not what such a question asks about (the routine reached by the
    topic, here a hastemøte's, would otherwise show the step that names «skole»)."""
    return frozenset(
        doer
        for asked, modal, doer in zip(words, words[1:], words[2:], strict=False)
        if asked in ASKING and asked not in DOER_ASKED and modal in MODALS
    )


WHERE = frozenset({"hvor", "kvar", "kor", "where"})
FIND = ("finn", "find")


def finding(words: tuple[str, ...]) -> frozenset[str]:
    """«hvor finner jeg samtykkeskjemaet?»: with «hvor», «finne» is how the place is asked,
    not what is asked about – it showed the consent routine's step 9 («… finner riktig
    samarbeidsforum») for its form (found walking, session 34)."""
    if not WHERE & set(words):
        return frozenset()
    return frozenset(w for w in words if w.startswith(FIND))


def _asks(words: tuple[str, ...]) -> bool:
    """A question word not asking an amount («hvor mange», «hvor ofte»)."""
    return any(w in ASKING and nxt not in AMOUNT for w, nxt in pairwise((*words, "")))


_STEMS: dict[int, tuple[Routine, tuple[frozenset[str], ...]]] = {}


def _stems(routine: Routine) -> tuple[frozenset[str], ...]:
    """Each step's word stems (title and text), folded; kept per routine object."""
    kept = _STEMS.get(id(routine))
    if kept is None or kept[0] is not routine:
        stems = tuple(
            frozenset(
                w[:MIN_STEM]
                for w in WORD.findall(fold(f"{s.title} {s.text}"))
                if len(w) >= MIN_STEM
            )
            for s in routine.steps
        )
        kept = _STEMS[id(routine)] = (routine, stems)
    return kept[1]


def step_asked(
    resolved: ResolvedRoutine, words: tuple[str, ...], rest: tuple[str, ...]
) -> Step | None:
    """The step a question (what, who, where, how, when: ``words``) asks about: the one whose
    words hold the question's content words (``rest``, the reader's words without stopwords).
    The police asked to talk with one young person («kan politiet ta en prat med sønnen
    hennes? finnes det noe sånt?») is the police step, asked or not by a question word."""
    if police_talk_asked(words):
        return police_step(resolved.routine.steps)
    if not _asks(words):
        return None
    if child_talk_asked(words):  # «hvordan snakker jeg med barnet»: the step that says how
        talk = next((s for s in resolved.routine.steps if s.id in TALK_STEPS), None)
        if talk is not None:
            return talk
    if offence_next(words):  # «tatt for butikktyveri, hva skjer videre»: the offence step
        return offence_step(resolved.routine.steps)
    doing = doers(words) | ONWARD | finding(words)  # «hva skjer videre»: not a step's «videre»
    naming = title_stems(resolved.routine.title) | ROUTINE_STEM
    return asked_step(
        resolved, tuple(w for w in rest if w not in doing and w[:MIN_STEM] not in naming)
    )


ROUTINE_STEM = frozenset({"rutin"})
"""«rutine», «rutinen», «rutina»: the routine asked for, never one step of it – «hva er rutinen
ved rus?» showed Våler's step 2 in full, the one step whose text says «resten av rutinen»
(found walking, session 36)."""


TALK_STEP = "bekymringssamtale"
"""The folded word of the police's talk in a step (Våler's and Jevnaker's police steps)."""
POLICE_STEP = "politikontakt"
"""The folded stem of the police contact in a step's title (Gjesdal's names no talk)."""


def police_step(steps: Sequence[Step]) -> Step | None:
    """The step that names the police's bekymringssamtale, else the one of the politikontakt."""
    talk = (s for s in steps if TALK_STEP in fold(f"{s.title} {s.text}"))
    contact = (s for s in steps if POLICE_STEP in fold(s.title))
    return next(talk, None) or next(contact, None)


@cache
def title_stems(title: str) -> frozenset[str]:
    """The stems of a routine's own name (kept per title: a handful of routines): «hva sier
    rutinen om vold i nære relasjoner?» asks for the routine, not for the one step whose text
    names the kommune's plan «mot vold i nære relasjoner» (found walking, session 29)."""
    return frozenset(w[:MIN_STEM] for w in WORD.findall(fold(title)) if len(w) >= MIN_STEM)


def term_asked(
    resolved: ResolvedRoutine, words: tuple[str, ...], rest: tuple[str, ...]
) -> Step | None:
    """The step a question asks about by a term the routine is named by (its ``triggers``:
    «påtaleunnlatelse med vilkår» of the drug routine) – what a term means or when it is used
    («hva er påtaleunnlatelse med vilkår, og når bruker vi det?»), not an everyday word that
    happens to stand in one step («betaler», «finne»)."""
    named = {
        w[:MIN_STEM]
        for trigger in resolved.routine.triggers
        for w in WORD.findall(fold(trigger))
        if len(w) >= MIN_STEM
    }
    return step_asked(resolved, words, tuple(w for w in rest if w[:MIN_STEM] in named))


def asked_step(resolved: ResolvedRoutine, words: Iterable[str]) -> Step | None:
    """The one step of the routine whose words hold the most of the question's rare words
    (``words``: its content words, no stopwords), or None when none does or two tie."""
    routine = resolved.routine
    stems = _stems(routine)
    asked = {w[:MIN_STEM] for w in words if len(w) >= MIN_STEM}
    rare = {s for s in asked if 0 < sum(s in step for step in stems) <= RARE_STEPS}
    if not rare:
        return None
    hits = sorted(((len(rare & step), i) for i, step in enumerate(stems)), reverse=True)
    (best, at), *rest = hits
    if best == 0 or (rest and rest[0][0] == best):
        return None
    return routine.steps[at]


def step_block(resolved: ResolvedRoutine, step: Step) -> str:
    """«Det du spør om står i steg 13 (…): …» – the asked step in full."""
    number = step_number(resolved.routine, step.id)
    return texts.step_asked(number=str(number), title=step.title, text=" ".join(step.text.split()))


def card_with_step(card: Card, block: str) -> Card:
    """The routine card with the asked step in full, as the text has it: after the acute
    line's container when one leads, else at the top (Teams shows the card, not the text)."""
    body = list(card.get("body", ()))
    at = 1 if body and body[0].get("style") == "attention" else 0
    shown = {
        "type": "Container",
        "style": "emphasis",
        "items": [{"type": "TextBlock", "text": block, "wrap": True}],
    }
    return {**card, "body": [*body[:at], shown, *body[at:]]}


def with_step(overview: str, block: str) -> str:
    """The overview with the asked step in full (``block``, :func:`step_block`, the one the
    card shows too): after the acute line when one leads (a case keeps it first), else at the
    top."""
    if overview.startswith("⚠"):
        acute, _, rest = overview.partition("\n\n")
        return f"{acute}\n\n{block}\n\n{rest}"
    return f"{block}\n\n{overview}"


__all__ = [
    "asked_step",
    "card_with_step",
    "doers",
    "step_asked",
    "step_block",
    "term_asked",
    "with_step",
]
