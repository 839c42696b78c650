"""What to do should someone be taken ill or hurt, asked calmly («hva er rutinen hvis en elev
besvimer?», «hvis noen faller og slår seg, hvem ringer vi»; bot/understanding/medical_asked.py).
No routine of the plan is about it, so none is shown: the reply says so, gives the few steps
of the national file's ``first_aid`` (113 when life is at stake, the legevakt when a doctor is
needed soon: the standard routine's and the numbers' notes, for a coordinator to sign) and the
numbers from the national file – never a step of its own making. Asked calmly, it has no
alarm line above it; a case told now is the danger check's."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from bot.features.reply import Reply
from bot.features.routines import texts
from bot.features.routines.model import UnknownContactError, describe_contact, resolve_contact
from bot.features.routines.no_case import no_case_said
from bot.knowledge.models import Kommune
from bot.router import Turn
from bot.safety_finding import DangerFinding, Kind
from bot.safety_match import BREAK, fold_words
from bot.safety_no_case import rehearsed, supposed
from bot.text import strip_mentions, visible
from bot.understanding import Intent
from bot.understanding.medical_asked import (
    asks_what_if_taken_ill,
    asks_what_to_do,
    drill_of_body_event,
)

if TYPE_CHECKING:
    from bot.routing import SltBot

log = logging.getLogger(__name__)

NUMBERS = "nasjonale-numre"
"""Where the numbers come from; the steps' source is their entry's (``first_aid.source``)."""
BODY = "akutt_medisinsk"
"""danger.yaml's topic of a body in trouble: a faint, a fit, a fall."""
CONTACTS = ("nodnummer", "legevakt", "leder")
"""The national contacts the reply lists: their numbers and notes are the knowledge's."""


TAKEN_ILL_READ = frozenset({Intent.HOTLINES, Intent.UNKNOWN})
"""The readings :func:`asks_taken_ill` may take over: the numbers, and no reading at all."""


def asks_taken_ill(turn: Turn) -> bool:
    """A question no routine, intent or answer has read, asking what to do should someone be
    taken ill or hurt; or the numbers asked for a drill of a body in trouble (a drill tells no
    case: bot/safety_no_case.py ``rehearsed``), which the same calm steps answer."""
    q = turn.understood
    if q is None or q.routine or q.beyond or q.intent not in TAKEN_ILL_READ:
        return False  # an answer the reader found (all but these two) is never taken over
    # the words first: most messages name no body in trouble, and the frame is read from the
    # whole text again (both are pure: the same answer in either order)
    drill = drill_of_body_event(q.words) and no_case_said(turn.text or "")
    if q.intent is Intent.HOTLINES:  # «vi skal øve på overdose-scenario: 112 eller 113?»
        return drill
    drill = drill and asks_what_to_do(q.words)  # «på kurset øver vi på anfall – hvem ringer vi?»
    return q.intent is Intent.UNKNOWN and (drill or asks_what_if_taken_ill(q.words))


def planned_first_aid(
    bot: SltBot, text: str, kommune: Kommune, finding: DangerFinding
) -> Reply | None:
    """The first-aid steps calmly, over the acute line of a body in trouble (no routine, no
    substance) that the message only supposes of someone unnamed and asks what to do about
    («hva gjør vi om noen besvimer på foreldremøtet?»); None otherwise – «hva gjør jeg hvis
    han ikke våkner?», «hun besvimte nå, hva gjør vi?» keep the alarm."""
    if finding.kind is not Kind.ACUTE or finding.routine is not None or not text:
        return None
    if finding.topic != BODY:
        return None
    words = tuple(w for w in fold_words(visible(strip_mentions(text))) if w != BREAK)
    drill = rehearsed(words) and drill_of_body_event(words)  # «øvelse: hvem ringer vi ved …»
    if not (drill or (supposed(words) and asks_what_if_taken_ill(words))):
        return None
    log.info("no case now: first aid asked of someone supposed, calmly over the acute line")
    return first_aid(bot, kommune)


def taken_ill(turn: Turn) -> Reply:
    """The steps, the plan's silence and the national numbers, calmly."""
    return first_aid(turn.bot, turn.index.kommune)


def first_aid(bot: SltBot, kommune: Kommune) -> Reply:
    """The national ``first_aid`` steps, the plan's silence and the national numbers."""
    national = bot.routines.national
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


__all__ = ["asks_taken_ill", "first_aid", "planned_first_aid", "taken_ill"]
