"""Access policies the router checks before a handler runs (errbot's ACL filter as the model).

"Local use" — no admins configured and nobody in the people mapping — means anyone may:
that rule is written once, in :meth:`SltBot.may_manage` / :meth:`SltBot.is_admin`, and the
policies here only ask them.
"""

from __future__ import annotations

from bot.features.meetings import NOT_ALLOWED
from bot.router import Policy, Turn


def _coordinator(turn: Turn) -> bool:
    """The SLT-koordinator of the turn's kommune or an admin. The console (no request) may:
    the handlers there only explain that changes are made in Teams."""
    if turn.request is None:
        return True
    return turn.bot.may_manage(turn.kommune_id, turn.identities)


def _admin(turn: Turn) -> bool:
    return turn.request is None or turn.bot.is_admin(turn.identities)


COORDINATOR = Policy("coordinator", _coordinator, NOT_ALLOWED)
"""Meeting commands: only the coordinator changes the year's meetings."""

COORDINATOR_CALENDAR = Policy(
    "coordinator", _coordinator, "Bare SLT-koordinatoren kan lage en ny kalenderlenke."
)
"""«ny kalenderlenke»: replacing the team's calendar link stops the old one for everybody."""

ADMIN_RELOAD = Policy("admin", _admin, "Bare SLT-koordinatoren kan laste inn kunnskapen på nytt.")
ADMIN_LINK = Policy(
    "admin",
    _admin,
    "Bare SLT-koordinatoren kan koble teamet til en kommune. Ta kontakt med koordinatoren om "
    "det skal endres.",
)

__all__ = ["ADMIN_LINK", "ADMIN_RELOAD", "COORDINATOR", "COORDINATOR_CALENDAR"]
