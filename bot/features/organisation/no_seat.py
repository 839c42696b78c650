"""A role the plan seats in no SLT group («fastlege her, hvor hører jeg til?», «er frivillige
trenere en del av slt?»): said plainly, with the plan's entry (the coordinator, the kommune's
BTI page where it has one), the groups – and what the plan says the utførende level is, since
that level is where everyone who works with children belongs in most plans («alle som jobber
med barn og unge i kommunen, politi og frivilligheten»). When that description names the
asked word by the plan's own word («frivillige» → «frivilligheten»), the level is the answer
(``levels``); never a guessed seat.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.features.organisation import texts
from bot.features.organisation.contacts import PLAN_LACKS
from bot.features.organisation.sheets import coordinator_line, sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Level, LevelInfo
from bot.text import fold
from bot.understanding import Intent

SAME_WORD = 9
"""A question's word and a word of the level's description that share this many first letters
are one word in two inflections («frivillige», «frivilligheten»); shorter shared openings
(«kommune», «jobber») are too common to say the level names the asker."""


def no_seat_answer(index: KommuneIndex, label: str, words: Iterable[str] = ()) -> Reply:
    """The honest «no fixed seat», with the utførende level's own description below it."""
    bti = index.kommune.contacts.get("bti_koordinator")
    entry = [coordinator_line(index)]
    if bti is not None and bti.url:
        entry.append(f"{bti.role}: {bti.url}")
    level = _doing_level(index)
    described = (
        (Section(heading=level.name, text=level.description),)
        if level is not None and level.description
        else ()
    )
    sheet = Sheet(
        title=texts.no_seat(label, index.kommune.short_name),
        sections=(
            *described,
            Section(text=texts.NO_SEAT_ENTRY, items=tuple(entry)),
            Section(
                heading=texts.NO_SEAT_GROUPS, items=tuple(g.name for g in index.kommune.groups)
            ),
        ),
        sources=sources(index, index.kommune.plan, *described_by(level), *((bti,) if bti else ())),
    )
    if level is not None and names_asked(level, words):
        return sheet_reply(sheet, Intent.LEVELS, levels=[str(level.level)])
    return sheet_reply(sheet, Intent.ROLE_GROUPS, groups=[], **{PLAN_LACKS: True})


def _doing_level(index: KommuneIndex) -> LevelInfo | None:
    return next((lv for lv in index.kommune.levels if lv.level is Level.UTFORENDE), None)


def described_by(level: LevelInfo | None) -> tuple[LevelInfo, ...]:
    """The level whose description the answer quotes, as a source."""
    return (level,) if level is not None and level.description else ()


def names_asked(level: LevelInfo, words: Iterable[str]) -> bool:
    """Whether the level's description holds a word of the question in another inflection
    («frivillige trenere» – «frivilligheten»)."""
    described = [w for w in fold(level.description or "").split() if len(w) >= SAME_WORD]
    heads = {w[:SAME_WORD] for w in words if len(w) >= SAME_WORD}
    return any(w[:SAME_WORD] in heads for w in described)
