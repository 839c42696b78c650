"""«Hvilke tiltak er mine?»: the tiltak of the role the message says the asker holds («jeg
jobber som ungdomskontakt»), else of the roles the roster gives the asker."""

from __future__ import annotations

import datetime as dt

from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.model import matches_role
from bot.features.tiltak.questions import tiltak_sheet
from bot.features.tiltak.view import TiltakView
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Tiltak
from bot.text import fold
from bot.understanding import Intent


def my_tiltak(
    view: TiltakView,
    index: KommuneIndex,
    identities: set[str],
    today: dt.date,
    stated: tuple[str, ...] = (),
) -> Reply:
    roles = view.people_map().roles_of(identities)
    if stated:
        # «jeg jobber som ungdomskontakt – hvilke tiltak er mine?»: the message says the role,
        # and it decides over the roster's (a new job, a second hat) whenever the plan gives it
        # tiltak; not in the roster, the plan's tiltak for it (what «tiltak for <rolle>» shows
        # anyone), said as such.
        items, label = _for_stated(view, stated)
        if items or not roles:
            return tiltak_sheet(
                view,
                index,
                items,
                texts.stated_title(roles=label),
                today,
                empty=texts.none_for_stated(label),
                intent=Intent.TILTAK_MINE,
            )
    if not roles:
        text = texts.not_in_roster(index.kommune.short_name)
        return Reply(text, intent=Intent.TILTAK_MINE)
    items = [t for role in roles for t in view.for_role(role)]
    unique = list({t.id: t for t in items}.values())
    return tiltak_sheet(
        view,
        index,
        unique,
        texts.mine_title(roles=", ".join(roles)),
        today,
        empty=texts.NONE_FOR_MY_ROLES,
        intent=Intent.TILTAK_MINE,
    )


def _for_stated(view: TiltakView, stated: tuple[str, ...]) -> tuple[list[Tiltak], str]:
    """The tiltak whose ansvar names the stated role, and the role as the plan spells it."""
    items = list({t.id: t for r in stated for t in view.for_role(r)}.values())
    whole = [t for t in items if any(_one_role(stated, a) for a in t.ansvar)]
    items = whole or items  # «som kommunalsjef oppvekst og kultur»: not helse og omsorg's
    named = (
        a
        for r in stated
        for t in items
        for a in t.ansvar
        if matches_role(r, a) and (not whole or _one_role(stated, a))
    )
    return items, ", ".join(dict.fromkeys(named)) or ", ".join(stated)  # as the plan spells it


def _one_role(stated: tuple[str, ...], ansvar: str) -> bool:
    """Whether an ansvar is the one role several stated words name together: each word names
    one of its words, or it is the bare title among them («Kommunalsjef» for «kommunalsjef
    oppvekst og kultur»), never another role with the same title («… helse og omsorg»)."""
    words = fold(ansvar).split()
    return len(stated) > 1 and (
        all(any(matches_role(r, w) for w in words) for r in stated)
        or all(any(matches_role(r, w) for r in stated) for w in words)
    )


__all__ = ["my_tiltak"]
