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
    """Every word is a role word, one with an ending of ``endings``, a compound the role ends
    («ungdomshelsestasjon(en)» of «helsestasjon»), or one of ``ignored``."""
    return all(w in ignored or any(_is_role(w, r, endings) for r in roles) for w in rest)


HEAD_AFTER = 3
"""«ungdoms|helsestasjon»: the letters a compound has before the role it ends in, at least."""


def _is_role(word: str, role: str, endings: tuple[str, ...]) -> bool:
    """``word`` is ``role``, inflected by one of ``endings``, or a compound whose head it is."""
    if word.startswith(role):
        return word[len(role) :] in ("", *endings)
    at = word.rfind(role)
    return at >= HEAD_AFTER and word[at + len(role) :] in ("", *endings)


def typed(words: tuple[str, ...], added: frozenset[int]) -> tuple[str, ...]:
    """The message's words as typed: what synonyms.yaml read in beside a phrase («helsestasjon
    for ungdom» after «ungdomshelsestasjon») set aside as a name is («_»)."""
    return tuple("_" if i in added else w for i, w in enumerate(words)) if added else words


def bare(words: Iterable[str], roles: Collection[str], said: QuestionForm) -> bool:
    """The message's words are the role alone: names (the kommune's, set aside as «_» by
    routine_words.unnamed_words) left out."""
    return only_roles(words, roles, NAMES, said.name_endings)


NAMES = frozenset({"_"})
