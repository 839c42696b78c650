"""What a question can be asked for (:class:`Intent`), and how readings relate to each other.

Kept apart from the reader so that the knowledge layer can check understanding.yaml's intent
names without importing the reader, and so that the rule sets below (which readings a cue may
override, which need a group) sit next to the names they group.
"""

from __future__ import annotations

from enum import StrEnum


class Intent(StrEnum):
    MEMBERS = "members"
    ROLE_GROUPS = "role_groups"
    COORDINATOR = "coordinator"
    FREQUENCY = "frequency"
    INNKALLER = "innkaller"
    MOTELEDER = "moteleder"
    SEKRETAR = "sekretar"
    DUTIES = "duties"
    LEVELS = "levels"
    TARGET_GROUP = "target_group"
    PLAN = "plan"
    HELP = "help"
    GREETING = "greeting"
    LINK_TEAM = "link_team"
    MEETING_PLAN = "meeting_plan"
    NEXT_MEETING = "next_meeting"
    MEETING_CALL = "meeting_call"
    MEETING_CANCEL = "meeting_cancel"
    MEETING_MOVE = "meeting_move"
    LINK_CHANNEL = "link_channel"
    RELOAD = "reload"
    NEW_CALENDAR_LINK = "new_calendar_link"
    TILTAK_MINE = "tiltak_mine"
    TILTAK_FOR_ROLE = "tiltak_for_role"
    TILTAK_STATUS = "tiltak_status"
    TILTAK_OWNER = "tiltak_owner"
    TILTAK_DEADLINE = "tiltak_deadline"
    TILTAK_LOOKUP = "tiltak_lookup"
    ROUTINE_LIST = "routine_list"
    BTI = "bti"
    HOTLINES = "hotlines"
    CONTACT_SERVICE = "contact_service"
    UNKNOWN = "unknown"


ANSWERED = tuple(i for i in Intent if i is not Intent.UNKNOWN)
"""Every intent a cue can name: understanding.yaml lists cues for each of them."""

PLAN_ANSWERS = frozenset(
    {
        Intent.MEMBERS,
        Intent.ROLE_GROUPS,
        Intent.COORDINATOR,
        Intent.FREQUENCY,
        Intent.INNKALLER,
        Intent.MOTELEDER,
        Intent.SEKRETAR,
        Intent.DUTIES,
        Intent.LEVELS,
        Intent.TARGET_GROUP,
        Intent.PLAN,
        Intent.TILTAK_LOOKUP,
        Intent.TILTAK_OWNER,
        Intent.TILTAK_FOR_ROLE,
        Intent.TILTAK_DEADLINE,
        Intent.BTI,
        Intent.HOTLINES,
        Intent.CONTACT_SERVICE,
    }
)
"""Confident answers to a question about the plan: the replies both nearest-example nets may
take a second look at (bot/intent_net.py ``CHECKED``, bot/features/routines/ask_back.py
``REPLACED``). Never a command's result or a card verb's."""


# --- how readings relate: which a cue, a name or a number may override -------------------

TOPIC_INTENTS = frozenset(
    {
        Intent.BTI,
        Intent.HOTLINES,
        Intent.ROUTINE_LIST,
        Intent.CONTACT_SERVICE,
        Intent.TILTAK_LOOKUP,
        Intent.TILTAK_FOR_ROLE,
        Intent.TILTAK_OWNER,
        Intent.TILTAK_DEADLINE,
    }
)
"""Topics the bot answers by itself («bti», «nødnumre», «tiltak mot …»): they beat the bare
form of a question («hva er …»)."""
HOLDER_READINGS = frozenset(
    {Intent.ROLE_GROUPS, Intent.DUTIES, Intent.CONTACT_SERVICE, Intent.UNKNOWN, Intent.MEMBERS}
    | {Intent.MOTELEDER}
)
"""What a cue may read «hvem er politikontakten, og hva er nummeret» as; its form asks who
holds the role, which no plan says (holders.asks_who_holds). «hvem er leder for barnevernet,
navnet?»: «leder for» is the møteleder cue, but no group is named – a service's head is asked."""
FORM_ONLY = frozenset({Intent.DUTIES, Intent.PLAN, Intent.LEVELS})
"""Cues that only say how a question is asked («hva er», «planen»), not what it is about."""

NEEDS_GROUP = frozenset(
    {Intent.MEMBERS, Intent.FREQUENCY, Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR}
)
"""Questions about a group: without one, they may be about a role or something else."""


def describable(intent: Intent, role_words: tuple[str, ...]) -> bool:
    """A question that may name its group by what the group does (understanding/described.py):
    one about a group, or none yet; or «hvilken gruppe drøfter enkeltsaker» – a «which group»
    cue with no role asked about (with one, «hvilken gruppe sitter helsesykepleier i» asks the
    role's seats)."""
    if intent is Intent.ROLE_GROUPS:
        return not role_words
    return intent in NEEDS_GROUP or intent is Intent.UNKNOWN


CONVENER_READINGS = frozenset({Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR})
"""«hvem kaller inn / leder / skriver referat»: a person asked for, never a role's seats."""

NAME_IS_TILTAK = frozenset(
    {Intent.UNKNOWN, Intent.DUTIES, Intent.PLAN, Intent.LEVELS, Intent.TILTAK_LOOKUP}
    # «når er neste ungdata?»: with no group named, the tiltak's own date, not every meeting
    | {Intent.NEXT_MEETING, Intent.MEETING_PLAN}
)
"""Readings a tiltak's own name in the question overrides (no group or number named)."""
OWNER_OF_NAMED = (NAME_IS_TILTAK | {Intent.TILTAK_OWNER, Intent.INNKALLER}) - {
    Intent.TILTAK_LOOKUP,
    Intent.NEXT_MEETING,
    Intent.MEETING_PLAN,
}
"""Readings «hvem står bak <a tiltak named by a word only it holds>» overrides; the whole
tiltak's sheet («når er fagdagen …, og hvem står for den?») shows its ansvar too; «hvem
arrangerer aktivitetsdagen» with no group named asks who runs the tiltak, not who convenes."""

OWN_WORK_READINGS = frozenset(
    {Intent.TILTAK_OWNER, Intent.PLAN, Intent.UNKNOWN, Intent.DUTIES, Intent.TILTAK_LOOKUP}
    | {Intent.TILTAK_DEADLINE}
)
"""Readings a first-person question about own tiltak overrides («hvilke tiltak er mine, og
når er fristene»: the own tiltak's sheet shows each frist)."""

COORDINATOR_WORK = frozenset(
    {
        Intent.COORDINATOR,
        Intent.TILTAK_STATUS,
        Intent.TILTAK_FOR_ROLE,
        Intent.TILTAK_MINE,
        Intent.TILTAK_LOOKUP,
        Intent.PLAN,
        Intent.UNKNOWN,
    }
)
"""Readings a question about the coordinator's own tiltak overrides."""

NUMBER_IS_TILTAK = frozenset(
    {Intent.UNKNOWN, Intent.DUTIES, Intent.PLAN, Intent.TILTAK_LOOKUP, Intent.TILTAK_FOR_ROLE}
)
"""Intents a «tiltak 12» question overrides: the number names the tiltak."""

RETRIEVAL_INTENTS: dict[str, Intent] = {
    "tiltak": Intent.TILTAK_LOOKUP,
    "note": Intent.PLAN,
    "planfact": Intent.PLAN,
    "bti": Intent.BTI,
    "hotlines": Intent.HOTLINES,
    "contact": Intent.CONTACT_SERVICE,
    "plan": Intent.PLAN,
    "target": Intent.TARGET_GROUP,
    "coordinator": Intent.COORDINATOR,
    "level": Intent.LEVELS,
}
"""What a question is about, when nothing else says, decides what is answered."""

ABOUT_AN_OBJECT = frozenset(
    {
        Intent.COORDINATOR,
        Intent.TILTAK_LOOKUP,
        Intent.PLAN,
        Intent.TILTAK_OWNER,
        Intent.ROLE_GROUPS,
        Intent.FREQUENCY,
        Intent.DUTIES,
        Intent.LEVELS,
        Intent.TARGET_GROUP,
        Intent.INNKALLER,
        Intent.MOTELEDER,
        Intent.SEKRETAR,
    }
)
"""Answers that show one knowledge object: a word no knowledge has («lønna», «brøyting») asks
about something else, and the honest fallback beats the object's sheet."""

UNANSWERED_FOR = ABOUT_AN_OBJECT | {
    Intent.TILTAK_LOOKUP,
    Intent.TILTAK_STATUS,
    Intent.TILTAK_DEADLINE,
    Intent.MEMBERS,
    Intent.BTI,
    Intent.CONTACT_SERVICE,
}
"""Answers a question about a facet no knowledge holds (cost, pay) must not stand in for."""

BTI_ASKS = frozenset(
    {Intent.INNKALLER, Intent.MOTELEDER, Intent.SEKRETAR, Intent.UNKNOWN, Intent.DUTIES}
    | {Intent.LEVELS, Intent.FREQUENCY}
)
"""Readings that, for a question naming BTI, ask about BTI's meetings and levels."""

NAMES_AN_OBJECT = frozenset({Intent.COORDINATOR, Intent.PLAN})
"""Intents whose cue is the object's own name («slt-koordinator», «slt-planen»), not the
question's form: what is asked about it is in the other words («hvem har skrevet planen»)."""
