"""Who a meeting concerns and who may change it: the invitees (people mapped to the group's
roles), the innkaller and sekretær as the card names them, and the coordinator's right to
call, cancel and move. Knowledge only: no store."""

from __future__ import annotations

from collections.abc import Iterable

from bot.features.meetings.model import COORDINATOR_ROLE, Invitee, Meeting, _clean_name
from bot.features.meetings.plan import MeetingPlan
from bot.knowledge.models import Group
from bot.text import fold


class MeetingPeople(MeetingPlan):
    """The people side of the meetings (a part of :class:`MeetingDesk`)."""

    def invitees(self, kommune_id: str, group: Group) -> list[Invitee]:
        """Everyone mapped to the group's roles (innkaller, møteleder, sekretær, members)."""
        people = self.people_map(kommune_id)
        roles = [group.innkaller, group.moteleder, group.sekretar, *group.members]
        found: list[Invitee] = []
        seen: set[str] = set()
        for role in roles:
            if not role:
                continue
            for person in people.people_for(role):
                if not person.identities or person.identities[0] in seen:
                    continue
                seen.add(person.identities[0])
                mention_id = person.aad_object_id or person.upn
                found.append(
                    Invitee(
                        name=_clean_name(person.name or person.role),
                        role=person.role,
                        mention_id=mention_id,
                        identities=person.identities,
                    )
                )
        return found

    def mentions(self, kommune_id: str, group: Group) -> list[tuple[str, str]]:
        """``(mention id, name)`` for every invitee Teams can @mention."""
        return [(i.mention_id, i.name) for i in self.invitees(kommune_id, group) if i.mention_id]

    def role_label(self, kommune_id: str, role: str | None) -> str | None:
        """``SLT-koordinator (Kari Testperson)`` when the role is mapped to named people."""
        if not role:
            return None
        names = [p.name for p in self.people_map(kommune_id).people_for(role) if p.name]
        return f"{role} ({', '.join(names)})" if names else role

    def innkaller(self, meeting: Meeting) -> str:
        role = meeting.group.innkaller or self.index(meeting.kommune_id).kommune.coordinator.title
        return self.role_label(meeting.kommune_id, role) or role

    def sekretar(self, meeting: Meeting) -> list[Invitee]:
        """Who gets the referat reminder: the group's sekretær, else the SLT-koordinator."""
        role = meeting.group.sekretar or COORDINATOR_ROLE
        return [
            Invitee(_clean_name(p.name or p.role), p.role, p.aad_object_id or p.upn, p.identities)
            for p in self.people_map(meeting.kommune_id).people_for(role)
        ]

    def may_manage(
        self, kommune_id: str, identities: Iterable[str], admins: Iterable[str] = ()
    ) -> bool:
        """Only the SLT-koordinator (by the people mapping) and configured admins may change
        meetings. The caller decides what "no admins configured" means (local use)."""
        wanted = {i.lower() for i in identities if i}
        if wanted & {a.lower() for a in admins}:
            return True
        coordinator = {
            fold(COORDINATOR_ROLE),
            fold(self.index(kommune_id).kommune.coordinator.title),
        }
        roles = {fold(r) for r in self.people_map(kommune_id).roles_of(wanted)}
        return bool(roles & coordinator)

    # --- answers to a call ---------------------------------------------------------------
