"""Whom to call for a need: the check the need's «whom to call» answer runs before the
helplines answer (bot/features/needs/handlers.py ``_calls_for_need``)."""

from __future__ import annotations

from bot.features.organisation.contact_questions import calls_for_someone
from bot.router import Turn
from bot.understanding.asks import asks_whom_to_call


def calls_for_help(turn: Turn) -> bool:
    """Whom to call for someone (``calls_for_someone``), or whom to call at all with no
    service named («hvem kan en familie ringe for foreldreveiledning»: the first check of the
    contact answer gives it the numbers) – where a need is read, its service answers instead."""
    q = turn.understood
    return calls_for_someone(turn) or (
        q is not None and not (q.cue or q.role_words) and asks_whom_to_call(q.words, q.said)
    )
