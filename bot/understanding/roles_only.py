"""Whether a message's words name nothing but a role or a service: «ppt gjesdal?»,
«familiesenteret?» – the role's inflected forms (understanding.yaml
``question_form.name_endings``: «familiesenteret» of «familiesenter») count as the role."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.understanding.question_form import QuestionForm


def only_roles(
    rest: Iterable[str], roles: Collection[str], ignored: Collection[str], endings: tuple[str, ...]
) -> bool:
    """Every word is a role word, one with an ending of ``endings``, or one of ``ignored``."""
    return all(
        w in ignored or any(w == r or (w.startswith(r) and w[len(r) :] in endings) for r in roles)
        for w in rest
    )


def bare(words: Iterable[str], roles: Collection[str], said: QuestionForm) -> bool:
    """The message's words are the role alone: names (the kommune's, set aside as «_» by
    routine_words.unnamed_words) left out."""
    return only_roles(words, roles, NAMES, said.name_endings)


NAMES = frozenset({"_"})
