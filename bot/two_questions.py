"""Answering a message that asks two questions: each on its own, or the first and say so.

The parts are found and compared by bot/understanding/clauses.py; this module only answers
them through the bot's own ``respond`` (the same router, policies and fallback as any other
question), so nothing here knows an intent's answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.access import Who
from bot.features.reply import Reply
from bot.frozen_init import quick_replace
from bot.messages import Request
from bot.understanding import Intent, Understood
from bot.understanding.asks import takes_back
from bot.understanding.clauses import answered_apart, carried, points_back, question_parts
from bot.understanding.compared import compared_kommune
from cards.base import with_note

if TYPE_CHECKING:
    from bot.routing import SltBot

HONEST = frozenset({Intent.UNKNOWN.value, "clarify"})
"""Replies that answer nothing: a part answered so is left out."""
FIRST_ONLY = "Du spurte om to ting – jeg svarte på det første. Spør gjerne om det andre for seg."
TEXT_CHARS = 1200
"""Two answers whose text forms together stay under this are sent as one message."""


def together(replies: list[Reply]) -> list[Reply]:
    """Both answers in one message when they are short enough to read as one: both cards
    (Teams shows them side by side) and both text forms. Longer ones stay two messages –
    cutting one would drop what it ends with (the coordinator's phone number)."""
    joined = "\n\n".join(r.text for r in replies)
    if len(replies) < 2 or len(joined) >= TEXT_CHARS:
        return replies
    facts = {k: v for r in reversed(replies) for k, v in r.facts.items()}
    merged = Reply(
        joined,
        tuple(c for r in replies for c in r.cards),
        replies[0].intent,
        {**facts, "intents": tuple(str(r.intent) for r in replies)},
        tuple(f for r in replies for f in r.followups),
    )
    return [merged]


async def answer_apart(
    bot: SltBot, text: str, whole: Understood, who: Who, request: Request | None
) -> list[Reply] | None:
    """The replies to a two-question message, or None when it is read as one question."""
    if compared := compared_kommune(text, bot.kb, who.kommune_id):
        # «hvor ofte møtes koordineringsgruppa? gjør de det likt i gjesdal?»: asked of both
        own = bot.understand(compared.asked, compared.own)
        other = bot.understand(compared.asked, compared.other)
        if Intent.UNKNOWN not in (own.intent, other.intent) and own.intent is other.intent:
            return together(
                [
                    await bot.respond(u, kommune_id, request, text=compared.asked, who=who)
                    for u, kommune_id in ((own, compared.own), (other, compared.other))
                ]
            )
    parts = question_parts(text)
    if parts is None or takes_back(whole.words, whole.said):
        return None
    kommune = whole.kommune_id or who.kommune_id
    # «hva er et hastemøte og når kalles det inn?»: a name that is both a group and a routine
    # read whole as the group's duties by the second part's verb; the first part asks what it is
    both_names = whole.routine is not None and whole.routine == whole.group_id
    if (whole.intent is Intent.UNKNOWN or both_names) and points_back(parts.second):
        # «hva er en bekymringssamtale med politiet og når brukes den?»: the second part asks
        # more of the first's object; a reading of the first answers both with what the plan
        # says of it (a routine sign in its name, «bekymringssamtale», is no case)
        alone = bot.understand(parts.first, kommune)
        if alone.intent is not Intent.UNKNOWN and not alone.options:
            return [await bot.respond(alone, kommune, request, text=parts.first, who=who)]
    if whole.routine:
        return None
    first = bot.understand(parts[0], kommune)
    second = carried(first, bot.understand(parts[1], first.kommune_id or kommune))
    if answered_apart(whole, first, second):
        replies = [
            await bot.respond(u, kommune, request, text=part, who=who)
            for u, part in ((first, parts[0]), (second, parts[1]))
        ]
        if replies[0].intent in HONEST:
            return None
        # «… og hvordan når jeg henne»: a second part that only points back is answered by
        # the first answer (the coordinator's sheet has the contact); no «vet ikke» after it.
        return together([r for r in replies if r.intent not in HONEST])
    if first.intent is Intent.UNKNOWN and second.intent is Intent.UNKNOWN and not parts.restated:
        # «hvem er politikontakten vår og hva er nummeret hans»: neither question is one the
        # bot reads; what the words of both make together is no reading either.
        return [await bot.respond(first, kommune, request, text=parts[0], who=who)]
    if first.intent is Intent.UNKNOWN or whole.detail:
        # «kva sportssenter gjeld årskortet, og kor mange kort har me?»: the whole message
        # asks a detail the plan does not hold of an object it does; that honest answer names
        # the object, where the first part alone read as answered (facets.py).
        return None
    if whole.intent is not Intent.UNKNOWN and whole.intent in (first.intent, second.intent):
        return None
    # «kven er slt-koordinator i gjesdal og kva gjer vedkomande»: the whole is no reading and
    # the second part is none either – the first is, so it is answered, and said so.
    # One part is read, and the whole message's reading is neither: a blend. The first
    # question, and a word that the other was left for the asker to ask again.
    reply = await bot.respond(first, kommune, request, text=parts[0], who=who)
    cards = tuple(with_note(card, FIRST_ONLY) for card in reply.cards[:1]) + reply.cards[1:]
    return [quick_replace(reply, text=f"{reply.text}\n\n{FIRST_ONLY}", cards=cards)]
