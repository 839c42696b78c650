"""What the kommune's plan says beside a routine (``routine_asides`` in the kommune file),
as the lines the overview shows under the steps.

An aside with ``asked_as`` belongs to one topic of a routine used for several (Jevnaker's
handlingsplan mot radikalisering beside Hastemøte, which is also the routine for threats):
it is shown only when the question names the topic. One without is shown whenever the
routine is, beside the step it names («Til steg 3 («Skriv ned …»): …»).
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.features.routines import texts
from bot.features.routines.model import ResolvedRoutine, find_step, step_number
from bot.text import fold


def asides_shown(
    resolved: ResolvedRoutine, words: Iterable[str] = (), *, topic_only: bool = False
) -> tuple[str, ...]:
    """The asides to show for a question of folded ``words``, each on one line.
    ``topic_only``: a danger reply, which leads with what to do this minute, shows only the
    plan's words on the topic found (the step's own aside waits on the step's card)."""
    asked = tuple(words)
    lines: list[str] = []
    for aside in resolved.asides:
        topics = tuple(fold(a) for a in aside.asked_as)
        shown = any(w.startswith(topics) for w in asked) if topics else not topic_only
        if not shown:
            continue
        text = " ".join(aside.text.split())
        step = find_step(resolved.routine, aside.step) if aside.step else None
        if step is not None:
            number = step_number(resolved.routine, step.id)
            text = texts.aside_at_step(number=str(number), title=step.title, text=text)
        lines.append(text)
    return tuple(lines)


__all__ = ["asides_shown"]
