"""Whether a message's words name nothing but a role or a service: «ppt gjesdal?»,
«familiesenteret?» – the role's inflected forms (understanding.yaml
``question_form.name_endings``: «familiesenteret» of «familiesenter») count as the role."""

from __future__ import annotations

from collections.abc import Collection, Iterable


def only_roles(
    rest: Iterable[str], roles: Collection[str], ignored: Collection[str], endings: tuple[str, ...]
) -> bool:
    """Every word is a role word, one with an ending of ``endings``, or one of ``ignored``."""
    return all(
        w in ignored or any(w == r or (w.startswith(r) and w[len(r) :] in endings) for r in roles)
        for w in rest
    )
