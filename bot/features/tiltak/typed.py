"""A reminder card's button typed as a message, and a bare «utsett».

«Utført», «Mer tid», «Ikke mitt ansvar» and «Kommentar» are buttons on the tiltak reminder:
typed, they found «Det spørsmålet kan jeg dessverre ikke svare på» or a «Mente du … skolefravær?».
A bare «utsett» («utsett fristen») was read as a meeting command asking which group – also in
Gjesdal, whose plan period has ended and where there is no frist to postpone. Such a message
gets how the thing is done, and, where it is so, that there is nothing to postpone: the plan
period has ended, or the sender has no tiltak.
"""

from __future__ import annotations

from bot.features.reply import Reply
from bot.features.tiltak import texts
from bot.features.tiltak.model import Status
from bot.features.tiltak.view import TiltakView
from bot.router import Turn
from bot.text import fold

INTENT = "tiltak.typed_verb"


def _labels() -> dict[str, str]:
    """The reminder card's buttons, folded → as the card writes them."""
    card = texts.CARD
    shown = (card.done, card.mark_done, card.more_time, card.not_mine, card.comment)
    return {fold(label): label for label in (*shown, texts.STATUS_LABEL[Status.MORE_TIME])}


LABELS = _labels()


def typed_verb(turn: Turn) -> bool:
    """The whole message is a card button's words, or a bare «utsett» («utsett fristen»)."""
    return turn.folded_text in LABELS or _postpones(turn)


def _postpones(turn: Turn) -> bool:
    form = turn.bot.understanding.lexicon.form
    words = turn.folded_text.split()
    return bool(words) and words[0] in form.postpone and form.postponed.issuperset(words[1:])


async def typed(turn: Turn) -> Reply:
    """How the button or the postponing is done, and whether there is anything to do."""
    index = turn.index
    view = await turn.bot.desk.view(index.id)
    label = LABELS.get(turn.folded_text)
    lines = [texts.typed_button(label=label)] if label is not None else _postponing(turn, view)
    today = turn.bot.clock.now().date()
    roles = view.people_map().roles_of(turn.identities)
    if view.plan_ended(today):
        lines.append(texts.typed_plan_ended(period=view.period_text()))
    elif not any(view.for_role(role) for role in roles):
        lines.append(texts.typed_none_yours(kommune=index.kommune.short_name))
    return Reply("\n\n".join(lines), intent=INTENT)


def _postponing(turn: Turn, view: TiltakView) -> list[str]:
    """How a frist or a meeting is postponed; and where a tiltak is named by the verb
    (Våler's «Utsett»), how to ask about it."""
    groups = [g.name for g in turn.index.kommune.groups if g.meets is not None] or ["gruppa"]
    lines = [texts.typed_postpone(group=groups[0])]
    verb = turn.folded_text.split()[0]
    bare = turn.folded_text == verb
    if bare and any(verb in fold(t.tiltak).split() for t in view.search((verb,))):
        lines.append(texts.typed_tiltak_named(name=verb.capitalize()))
    return lines
