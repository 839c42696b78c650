"""The card that asks a member of teams in several kommuner which one is theirs."""

from __future__ import annotations

from typing import Any

from cards.base import card, execute, paragraph
from cards.verbs import Verb


def kommune_choice_card(
    prompt: str, options: list[tuple[str, str]], question: str
) -> dict[str, Any]:
    """One button per kommune (id, name); the question rides along so a click answers it."""
    data: dict[str, Any] = {"question": question} if question else {}
    actions = [
        execute(name, Verb.KOMMUNE_CHOOSE, {**data, "kommune": kommune_id})
        for kommune_id, name in options
    ]
    return card([paragraph(prompt)], actions)
