"""Who someone is in this turn: their identities and the kommune the bot answers for.

A channel message belongs to its team, and the team's link («koble teamet til gjesdal») says
the kommune. A 1:1 or group chat has no team, so the kommune comes from the person: their own
choice («jeg jobber i gjesdal», stored per user), else the linked teams they are a member of
(the roster). A member of teams in several kommuner is asked once, with buttons. A question
that names a kommune («… i jevnaker») still wins for that question; that happens later, in
understanding.

Resolved once per turn by :meth:`Access.resolve`; everything after reads the :class:`Who`.
Links, choices and the roster are read on every turn, never cached in the process: another
instance may have linked the team a moment ago. They are read together
(:class:`bot.storage.people.Senders`): one hand-over to the database per turn, and one more
only for a 1:1 chat that has to go by the person's teams.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.knowledge.index import KnowledgeBase
from bot.storage.conversations import TeamLinks
from bot.storage.people import Roster, Senders, UserChoices
from bot.storage.records import RosterMember
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


def parse_own_kommune(
    text: str, kb: KnowledgeBase, *, folded: str | None = None
) -> OwnKommune | None:
    """A statement of the sender's own kommune, or None when the text is something else.

    Only the whole message counts: «jeg jobber i barnevernet og lurer på …» is a question.
    A last word «kommune» («jeg jobber i bamble kommune») makes an unknown name a claim too,
    so the person hears which kommuner the bot knows. ``folded``: ``fold(strip_mentions(text))``
    when the caller has it already.
    """
    if folded is None:
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
    """Resolves :class:`Who` from a request, the team links, the users' choices and the roster."""

    def __init__(
        self,
        kb: KnowledgeBase,
        links: TeamLinks,
        choices: UserChoices,
        senders: Senders,
        default_kommune: str,
    ) -> None:
        self.kb = kb
        self.links = links
        self.choices = choices
        self.senders = senders
        self.default_kommune = default_kommune

    def user_key(self, request: Request) -> str:
        return request.sender.key

    async def resolve(self, request: Request) -> Who:
        """The kommune for this turn, and why.

        Channel: the team's link. Group chat: the chat's own link, then the person.
        1:1 chat: the person's choice, then the chat's link, then their teams.
        """
        user_key = self.user_key(request)
        sender = await self.senders.read(request.sender.aad_id, user_key, request.conversation_key)
        member = sender.member
        identities = _identities(request, member)

        def who(kommune_id: str, basis: Basis, options: tuple[str, ...] = ()) -> Who:
            return Who(user_key, identities, kommune_id, basis, options)

        linked = self._known(sender.linked)
        if request.scope == "channel" or request.conversation_key.startswith("team:"):
            if linked:
                return who(linked, Basis.CONVERSATION)
            return who(self.default_kommune, Basis.DEFAULT)
        if request.scope == "groupChat" and linked:
            return who(linked, Basis.CONVERSATION)
        chosen = self._known(sender.chosen)
        if chosen:
            return who(chosen, Basis.CHOSEN)
        if linked:
            return who(linked, Basis.CONVERSATION)
        teams = await self._team_kommuner(member)
        if len(teams) == 1:
            return who(teams[0], Basis.TEAM)
        if teams:
            provisional = self.default_kommune if self.default_kommune in teams else teams[0]
            return who(provisional, Basis.TEAM, teams)
        return who(self.default_kommune, Basis.DEFAULT)

    async def chosen(self, request: Request) -> str | None:
        return self._known(await self.choices.kommune(self.user_key(request)))

    async def choose(self, request: Request, kommune_id: str) -> None:
        """Remember the person's own kommune for their chats (any user may; it is theirs)."""
        await self.choices.choose(self.user_key(request), kommune_id)

    async def _team_kommuner(self, member: RosterMember | None) -> tuple[str, ...]:
        """The kommuner of the linked teams the sender is a member of, by the roster."""
        if member is None:
            return ()
        teams = member.teams or ((member.team,) if member.team else ())
        found = {self._known(k) for k in (await self.senders.team_links(teams)).values()}
        return tuple(sorted(k for k in found if k))

    def _known(self, kommune_id: object) -> str | None:
        return (
            kommune_id if isinstance(kommune_id, str) and kommune_id in self.kb.kommuner else None
        )


def _identities(request: Request, member: RosterMember | None) -> frozenset[str]:
    """Everything that identifies the sender: ids from Teams plus the roster's UPN/e-mail."""
    ids = {x.lower() for x in (request.sender.aad_id, request.sender.id) if x}
    if member is not None:
        ids |= {x.lower() for x in (member.upn, member.email) if x}
    return frozenset(ids)


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
