"""What to do should someone be taken ill or hurt, asked calmly («hva er rutinen hvis en elev
besvimer?», «hvis noen faller og slår seg, hvem ringer vi»; bot/understanding/medical_asked.py).
No routine of the plan is about it, so none is shown: the reply says so, gives the few steps
of the national file's ``first_aid`` (113 when life is at stake, the legevakt when a doctor is
needed soon: the standard routine's and the numbers' notes, for a coordinator to sign) and the
numbers from the national file – never a step of its own making. Asked calmly, it has no
alarm line above it; a case told now is the danger check's."""

from __future__ import annotations

from bot.features.reply import Reply
from bot.features.routines import texts
from bot.features.routines.model import UnknownContactError, describe_contact, resolve_contact
from bot.router import Turn
from bot.understanding import Intent
from bot.understanding.medical_asked import asks_what_if_taken_ill

NUMBERS = "nasjonale-numre"
"""Where the numbers come from; the steps' source is their entry's (``first_aid.source``)."""
CONTACTS = ("nodnummer", "legevakt", "leder")
"""The national contacts the reply lists: their numbers and notes are the knowledge's."""


def asks_taken_ill(turn: Turn) -> bool:
    """A question no routine, intent or answer has read, asking what to do should someone be
    taken ill or hurt."""
    q = turn.understood
    if q is None or q.intent is not Intent.UNKNOWN or q.routine or q.beyond:
        return False
    return asks_what_if_taken_ill(q.words)


def taken_ill(turn: Turn) -> Reply:
    """The steps, the plan's silence and the national numbers, calmly."""
    national = turn.bot.routines.national
    kommune = turn.index.kommune
    steps = national.first_aid.steps if national is not None else ()  # knowledge/national
    lines = [texts.TAKEN_ILL_TITLE, ""]
    lines += [f"{n}. {step}" for n, step in enumerate(steps, start=1)]
    lines += ["", texts.taken_ill_no_routine(kommune=kommune.short_name)]
    for key in CONTACTS:
        if national is None:
            break
        try:
            contact = resolve_contact(key, kommune, national)
        except UnknownContactError:
            continue
        lines.append(f"- {describe_contact(contact)}")
    if national is not None:  # the steps are the standard routine's, the numbers the list's
        keys = (national.first_aid.source, NUMBERS)
        lines += ["", *(texts.source_line(title=national.sources[key].title) for key in keys)]
    return Reply("\n".join(lines), (), "routine", {"routine": None, "taken_ill": True})


__all__ = ["asks_taken_ill", "taken_ill"]
