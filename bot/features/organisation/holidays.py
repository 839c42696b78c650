"""«Møtes slt-nettverket i skoleferien?»: the plan names a cadence and nothing of holidays.

The answer keeps the plan's cadence, says that the plan is silent about school holidays, and
says what the bot itself does with them when it lays out the meeting plan
(bot/features/meetings/schedule.py): fixed dates stand, frequent groups skip the breaks, the
others move out of them; a group without a cadence gets no meetings at all. Never a rule the
plan does not give.
"""

from __future__ import annotations

from bot.features.meetings.schedule import FREQUENT_UP_TO_WEEKS
from bot.features.organisation import texts
from bot.features.sheet import Section
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group


def _frequent(group: Group) -> bool:
    """Meets every week or every second week: such meetings are skipped in a break."""
    pattern = group.rhythm.pattern if group.rhythm else None
    if pattern is not None:
        return pattern.unit == "week" and pattern.every <= FREQUENT_UP_TO_WEEKS
    meets = group.meets
    return meets is not None and meets.unit == "week" and (meets.every or 0) <= FREQUENT_UP_TO_WEEKS


def holiday_section(index: KommuneIndex, group: Group) -> Section:
    """The plan's silence about holidays, and the bot's own meeting plan's rule for them."""
    lines = [texts.HOLIDAYS_NOT_IN_PLAN]
    patterned = group.rhythm is not None and group.rhythm.pattern is not None
    scheduled = patterned or (group.meets is not None and not group.meets.as_needed)
    if group.moteplan:
        lines.append(texts.HOLIDAYS_FIXED)
    elif not scheduled:
        lines.append(texts.HOLIDAYS_NONE)
    else:
        lines.append(texts.HOLIDAYS_SKIPPED if _frequent(group) else texts.HOLIDAYS_MOVED)
        rules = index.kommune.school_holidays
        if rules is not None and rules.assumed:
            lines.append(texts.HOLIDAYS_ASSUMED)
    lines.append(texts.HOLIDAYS_CALL_ANYWAY)
    return Section(heading=texts.HOLIDAYS_HEADING, text=" ".join(lines))
