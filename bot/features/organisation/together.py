"""Two groups asked about in one question: «møtes politirådet eller slt-nettverket oftest?».

The reader takes one group per question; when the words join another group to it with «eller»
or «og», answering only one would read as if the other was not asked. The member, cadence and
meeting-role answers then give each group its own section, in the order the question named them.
"""

from __future__ import annotations

from bot.features.organisation import texts
from bot.features.organisation.sheets import kommune_line, other_notes, sheet_reply, sources
from bot.features.reply import Reply
from bot.features.sheet import PROVENANCE, Section, Sheet
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group
from bot.understanding import Understood
from bot.understanding.entities import groups_named

JOINERS = frozenset({"eller", "og"})
BETWEEN = JOINERS | frozenset({"i", "til", "pa", "den", "det", "de"})
"""What may stand between two group names that are asked about together: «politirådet eller
i den operative gruppa»; any other word («fellesmøtet for styringsgruppe …») parts them."""


def groups_together(index: KommuneIndex, q: Understood) -> tuple[Group, ...]:
    """The groups the question joins with «eller» or «og», its own group among them; or ()."""
    if q.group_id is None or JOINERS.isdisjoint(q.words):
        return ()
    named = groups_named(q.words, index)
    runs: list[list[tuple[int, int, str]]] = []
    for match in named:
        if runs:
            between = q.words[runs[-1][-1][1] : match[0]]
            if not JOINERS.isdisjoint(between) and set(between) <= BETWEEN:
                runs[-1].append(match)
                continue
        runs.append([match])
    for run in runs:
        ids = list(dict.fromkeys(group_id for _, _, group_id in run))
        if len(ids) > 1 and q.group_id in ids:
            return tuple(index.groups_by_id[i] for i in ids)
    return ()


def names(groups: tuple[Group, ...]) -> str:
    """«Politirådet og SLT-nettverket», «A, B og C»."""
    return texts.joined([g.name for g in groups])


def heading(index: KommuneIndex, group: Group) -> str:
    """A group's section heading; a group shared with other kommuner says so."""
    return f"{group.name} ({kommune_line(index, group)})" if group.shared_with else group.name


def together_reply(
    index: KommuneIndex,
    q: Understood,
    title: str,
    groups: tuple[Group, ...],
    sections: list[Section],
    fields: set[str],
    **facts: object,
) -> Reply:
    """One sheet with each group's sections, and every group's sources and notes."""
    sheet = Sheet(
        title=title,
        subtitle=index.kommune.name,
        sections=tuple(sections),
        notes=tuple(_own(g, n) for g in groups for n in other_notes(index, g, fields)),
        sources=sources(index, *groups),
    )
    return sheet_reply(sheet, q.intent, groups=[g.id for g in groups], **facts)


def _own(group: Group, note: str) -> str:
    """A note says which group it is about: «Merk: SLT-nettverket – nettsiden sa: …»."""
    return note if note.startswith(PROVENANCE) else f"{group.name} – {note}"
