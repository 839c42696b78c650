"""«Kva grupper er SLT-koordinatoren med i?» where no group's member list names the
coordinator: the plan may still say which groups the coordinator works in – a task of the
coordinator's that names a group by its name («Koordinere arbeidet i Politirådet»). Those tasks
answer it, in the plan's words, under the line that says the member lists do not name the
coordinator; never a seat made up. None when no task names a group (the coordinator's sheet
then)."""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.sheets import sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding import Intent


def coordinator_works_in(index: KommuneIndex) -> Reply | None:
    """The coordinator's tasks that name a group, as the answer to where the coordinator sits."""
    kommune = index.kommune
    coordinator = kommune.coordinator
    named = [
        (task, group)
        for task in coordinator.tasks
        for group in kommune.groups
        if len(group.name) > 3 and fold(group.name) in fold(task)
    ]
    if not named:
        return None
    groups = tuple(dict.fromkeys(group for _, group in named))
    tasks = tuple(dict.fromkeys(task for task, _ in named))
    sheet = Sheet(
        title=texts.holder_seats_title(coordinator.title),
        subtitle=kommune.name,
        sections=(Section(text=texts.works_in(coordinator.title), items=tasks),),
        sources=sources(index, coordinator, *groups),
    )
    return sheet_reply(sheet, Intent.ROLE_GROUPS, groups=[g.id for g in groups])


__all__ = ["coordinator_works_in"]
