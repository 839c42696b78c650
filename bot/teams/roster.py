"""The team roster: who is in the linked team, with the ids needed to reach them 1:1.

Kept by :class:`bot.storage.people.Roster`, keyed by Entra object id: Teams user id, UPN,
e-mail, display name, tenant and service URL, and the teams the person is a member of (a 1:1
chat takes the kommune of those teams' links) — work identities only, refreshed on install,
on link and once per team per run.
"""

from __future__ import annotations

import logging

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo

from bot.storage.people import Roster
from bot.storage.records import RosterMember

log = logging.getLogger(__name__)

NAMESPACE = Roster.NAMESPACE
PAGE_SIZE = 200


async def sync_roster(turn_context: TurnContext, roster: Roster, team_id: str) -> int:
    """Fetch every page of the team's members and store them; returns the member count."""
    activity = turn_context.activity
    tenant = activity.conversation.tenant_id if activity.conversation else None
    count = 0
    token = None
    while True:
        page = await TeamsInfo.get_paged_team_members(turn_context, team_id, token, PAGE_SIZE)
        for member in page.members or []:
            aad = (member.aad_object_id or "").lower()
            if not aad:
                continue
            seen = RosterMember(
                aad,
                user_id=member.id,
                upn=member.user_principal_name,
                email=member.email,
                name=member.name,
                tenant_id=member.tenant_id or tenant,
                service_url=activity.service_url,
            )
            await roster.joined(seen, team_id)
            count += 1
        token = page.continuation_token
        if not token:
            break
    log.info("roster synced: %d members", count)
    return count
