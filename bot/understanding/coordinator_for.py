"""Whether a coordinator asked for is someone's own, not the SLT-koordinator: «trenger
koordinator for en familie med mange tjenester, hvor henvender jeg meg?» asks for the
coordinator the services appoint for a person or a family – a service's work (Gjesdal's plan
names the Tjeneste- og koordineringskontoret among its hjelpetilbud), never the SLT-koordinator
whose mandate is the SLT work. The words of understanding.yaml's
``question_form.services.cared_for``."""

from __future__ import annotations

from bot.understanding.question_form import QuestionForm

COORDINATOR = "koordinator"
"""The word's stem as folded: «koordinator», «koordinatoren», «koordinatorar»."""
REACH = 2
"""How many words after «for» the one cared for may stand («for en familie», «for barnet»)."""


def for_someone(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A coordinator word right before «for», and someone cared for within :data:`REACH`
    words after it: «koordinator for en familie», «koordinatoren for barnet»; not
    «koordinator for slt», «koordinator for bti» (no one cared for is named)."""
    return any(
        word.startswith(COORDINATOR)
        and words[at + 1 : at + 2] == ("for",)
        and not said.cared_for.isdisjoint(words[at + 2 : at + 2 + REACH])
        for at, word in enumerate(words)
    )


__all__ = ["for_someone"]
