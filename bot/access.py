"""Who someone is in this turn: their identities and the kommune the bot answers for.

A channel message belongs to its team, and the team's link («koble teamet til gjesdal») says
the kommune. A 1:1 or group chat has no team, so the kommune comes from the person: their own
choice («jeg jobber i gjesdal», stored per user), else the linked teams they are a member of
(the roster). A member of teams in several kommuner is asked once, with buttons. A question
that names a kommune («… i jevnaker») still wins for that question; that happens later, in
understanding.

Resolved once per turn by :meth:`Access.resolve`; everything after reads the :class:`Who`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from bot.knowledge.index import KnowledgeBase
from bot.storage.people import Roster, UserChoices
from bot.store import Store
from bot.text import fold, strip_mentions

if TYPE_CHECKING:
    from bot.routing import Request

USER_KOMMUNE = UserChoices.NAMESPACE
"""Store namespace: a user's key (Entra object id, else Teams id) → ``{"kommune": id}``."""
ROSTER = Roster.NAMESPACE
"""Store namespace written by the Teams roster sync (Entra object id → member record)."""


class Basis(StrEnum):
    """Why the bot answers for a kommune: shown in the help card, logged as a word."""

    CONVERSATION = "conversation"
    CHOSEN = "chosen"
    TEAM = "team"
    DEFAULT = "default"


@dataclass(frozen=True)
class Who:
    """The sender of one turn, resolved once."""

    user_key: str
    identities: frozenset[str]
    kommune_id: str
    basis: Basis
    options: tuple[str, ...] = ()
    """Kommuner of the person's linked teams when there are several and none is chosen."""

    @property
    def undecided(self) -> bool:
        return len(self.options) > 1


_OWN_KOMMUNE = re.compile(
    r"^(?:hei |ok )?(?:jeg |eg )?"
    r"(?:jobber|jobbar|arbeider|arbeidar|er ansatt|er tilsett|horer til|hoyrer til|tilhorer"
    r"|holder til|sitter|er)"
    r" (?:i|pa|for|hos|fra) (?P<name>.+?)(?: kommune)?$"
    r"|^min kommune er (?P<name2>.+?)(?: kommune)?$"
    r"|^(?:bruk|velg|bytt til) (?P<name3>.+?)(?: kommune)? for meg$"
)


@dataclass(frozen=True)
class OwnKommune:
    """«jeg jobber i gjesdal»: ``kommune_id`` None when the named kommune is not known."""

    kommune_id: str | None


def parse_own_kommune(text: str, kb: KnowledgeBase) -> OwnKommune | None:
    """A statement of the sender's own kommune, or None when the text is something else.

    Only the whole message counts: «jeg jobber i barnevernet og lurer på …» is a question.
    A last word «kommune» («jeg jobber i bamble kommune») makes an unknown name a claim too,
    so the person hears which kommuner the bot knows.
    """
    folded = fold(strip_mentions(text))
    match = _OWN_KOMMUNE.match(folded)
    if match is None:
        return None
    name = match["name"] or match["name2"] or match["name3"] or ""
    kommune_id = kb.names.get(name)
    if kommune_id is not None:
        return OwnKommune(kommune_id)
    if folded.endswith(" kommune") and len(name.split()) <= 2:
        return OwnKommune(None)
    return None


class Access:
    """Resolves :class:`Who` from a request, the team links and the roster in the store."""

    def __init__(self, kb: KnowledgeBase, store: Store, default_kommune: str) -> None:
        self.kb = kb
        self.store = store
        self.default_kommune = default_kommune

    def user_key(self, request: Request) -> str:
        return (request.user_aad_id or request.user_id).lower()

    def identities(self, request: Request) -> frozenset[str]:
        """Everything that identifies the sender: ids from Teams plus the roster's UPN/e-mail."""
        ids = {x.lower() for x in (request.user_aad_id, request.user_id) if x}
        member = self._member(request)
        if member:
            ids |= {str(member[k]).lower() for k in ("upn", "email") if member.get(k)}
        return frozenset(ids)

    def resolve(self, request: Request) -> Who:
        """The kommune for this turn, and why.

        Channel: the team's link. Group chat: the chat's own link, then the person.
        1:1 chat: the person's choice, then the chat's link, then their teams.
        """
        user_key = self.user_key(request)
        identities = self.identities(request)

        def who(kommune_id: str, basis: Basis, options: tuple[str, ...] = ()) -> Who:
            return Who(user_key, identities, kommune_id, basis, options)

        linked = self._known(self.store.kommune_for(request.conversation_key))
        chosen = self.chosen(request)
        if request.scope == "channel" or request.conversation_key.startswith("team:"):
            if linked:
                return who(linked, Basis.CONVERSATION)
            return who(self.default_kommune, Basis.DEFAULT)
        if request.scope == "groupChat" and linked:
            return who(linked, Basis.CONVERSATION)
        if chosen:
            return who(chosen, Basis.CHOSEN)
        if linked:
            return who(linked, Basis.CONVERSATION)
        teams = self.team_kommuner(request)
        if len(teams) == 1:
            return who(teams[0], Basis.TEAM)
        if teams:
            provisional = self.default_kommune if self.default_kommune in teams else teams[0]
            return who(provisional, Basis.TEAM, teams)
        return who(self.default_kommune, Basis.DEFAULT)

    def chosen(self, request: Request) -> str | None:
        record = self.store.get(USER_KOMMUNE, self.user_key(request))
        return self._known(record.get("kommune") if record else None)

    def choose(self, request: Request, kommune_id: str) -> None:
        """Remember the person's own kommune for their chats (any user may; it is theirs)."""
        self.store.put(USER_KOMMUNE, self.user_key(request), {"kommune": kommune_id})

    def team_kommuner(self, request: Request) -> tuple[str, ...]:
        """The kommuner of the linked teams the sender is a member of, by the roster."""
        member = self._member(request)
        if not member:
            return ()
        # The roster record is JSON from the store: "teams" is a list of team ids.
        teams = cast(
            list[str], member.get("teams") or ([member["team"]] if member.get("team") else [])
        )
        found = {self._known(self.store.kommune_for(f"team:{team}")) for team in teams}
        return tuple(sorted(k for k in found if k))

    def _member(self, request: Request) -> dict[str, object] | None:
        if not request.user_aad_id:
            return None
        return self.store.get(ROSTER, request.user_aad_id.lower())

    def _known(self, kommune_id: object) -> str | None:
        return (
            kommune_id if isinstance(kommune_id, str) and kommune_id in self.kb.kommuner else None
        )


def basis_text(who: Who, kb: KnowledgeBase) -> str:
    """One line for the help card: which kommune, and why (Norwegian)."""
    name = kb.kommuner[who.kommune_id].kommune.short_name
    if who.undecided:
        names = " og ".join(kb.kommuner[k].kommune.short_name for k in who.options)
        return f"Du er med i team for {names}. Skriv «jeg jobber i …» for å velge."
    reasons = {
        Basis.CONVERSATION: f"Dette teamet eller denne chatten er koblet til {name}.",
        Basis.CHOSEN: f"Du har sagt at du jobber i {name}.",
        Basis.TEAM: f"Du er med i et team som er koblet til {name}.",
        Basis.DEFAULT: f"{name} er standardkommunen her.",
    }
    return reasons[who.basis]
