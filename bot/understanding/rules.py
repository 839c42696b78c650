"""The reader's grammar rules: what a question's form says besides its cue.

These are small closed word classes tied to a rule («når» + a named group asks for the next
meeting, «tiltak 12» names a tiltak, «hvor mange …» counts), so they live in code next to the
rule; the open lists a linguist extends (cues, roles, filler) are in understanding.yaml.
"""

from __future__ import annotations

import itertools

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.asks import asks_whether_told
from bot.understanding.holders import asks_a_name
from bot.understanding.intents import OWN_WORK_READINGS, Intent
from bot.understanding.level_same import ONLY, asks_level_name, asks_same_level
from bot.understanding.other_asked import another_asked

WEAK_LINK_CUES = frozenset({"vi er", "dette er", "link", "bytt til", "knytt til", "koble til"})
"""Link-team cues that are ordinary words unless a kommune is named with them («rutiner knytt
til SLT» asks about routines, it links nothing)."""


def weak_link(
    intent: Intent, cue: str, words: tuple[str, ...], rest: tuple[str, ...], *, kommune_named: bool
) -> tuple[Intent, str]:
    """«dette er vanskelig», «… vi er på Oltedal» ask no link; a bare «koble til» does. A weak
    link cue with no kommune named leaves the reading to the rest of the message (a greeting
    when more words follow, which retrieval then reads)."""
    if intent is not Intent.LINK_TEAM or kommune_named or cue not in WEAK_LINK_CUES:
        return intent, cue
    if words == tuple(cue.split()):
        return intent, cue
    return (Intent.GREETING if len(rest) > 2 else Intent.UNKNOWN), ""


YES_NO_START = (("er",), ("sitter",), ("deltar",), ("is",))
"""A question that starts like this asks whether a role is somewhere: a role question."""
YES_NO_CUES = frozenset({"er med i", "deltar i", "er representert i", "hvor sitter", ""})
"""Role-question cues that, with one named group, ask whether the role is in it."""
SEVERAL_GROUPS = frozenset({"eller", "noen", "noe", "hvilke", "hvilken", "alle", "gruppene"})
"""Words that make a role question about several groups («med i noen av slt-gruppene»)."""

NUMBER_BEFORE = frozenset({"tiltak", "tiltaket", "tiltaksnummer", "tiltaksnr"})
NUMBER_MAYBE = frozenset({"nr", "nummer", "punkt"})
PLAN_WORDS = frozenset(
    {"handlingsdelen", "handlingsdel", "handlingsplanen", "handlingsplan", "planen", "tiltak"}
)
PLAN_AS_PLACE = frozenset({"planen", "handlingsplan", "slt planen", "sltplanen", "handlingsplanen"})
"""Plan cues that may only say where to look («… i planen»)."""
WEAK_ROLE_CUES = frozenset({"hvor er", "er med i", "deltar i", "hvor deltar"})
"""Role-question cues that are ordinary words without a role («hvor er kantina»)."""

COUNT_CUE = "hvor mange"
"""The cue of a count the knowledge does not keep: the honest fallback answers it."""
LEVEL_COUNTS = frozenset({"niva", "nivaer", "nivaene"})

MEETING_SUFFIXES = ("motene", "motet", "moter", "mote")
"""Compound endings split off a group name («fagteammøtet», «arbeidsgruppemøte»)."""

WHEN_IS = (("nar", "er"), ("nar", "blir"), ("when", "is"))
"""«når er oppvekstkonferansen (i år)»: a group that is an event is asked for its date without
«møte»; a longer question may name something else, unless a word of it is a meeting
(«når blir fellesmøtet for A og B»: see :func:`_meeting_compound`)."""
NEXT_WORDS = frozenset({"nar", "neste", "dato", "datoen", "igjen", "snart", "when"})
MEETING_WORDS = frozenset({"mote", "motet", "moter", "motes", "neste"})


FIRST_PERSON = frozenset({"jeg", "meg", "mine"})
"""«mitt», «min» are left out: «Mitt valg» is a tiltak."""
OWN_WORK = frozenset(
    {"tiltak", "tiltaka", "tiltakene", "oppgaver", "oppgavene", "ansvarlig", "oppfort", "ansvar"}
    | {"ansvarlige", "ansvaret", "frister", "fristene", "fristane"}
    | {"tasks", "deadlines", "responsible"}
)
"""A question in the first person about these is about the asker's own tiltak."""
ENGLISH_SELF = frozenset({"my", "am"})
"""«my deadlines», «which tiltak am I responsible for» («I» folds to the preposition «i»)."""
WE_WORDS = frozenset({"vi", "me", "oss"})
OWN_ANSVAR = frozenset({"ansvar", "ansvarlig", "ansvarlige", "ansvaret"})
WHAT_WORDS = frozenset({"hva", "hvilke", "hvilket", "kva", "what", "which"})
"""«vi» (nynorsk «me») is the writer's service or group beside an ansvar word in a question
for a list: «hvilke tiltak er vi ansvarlige for», «kva tiltak er me ansvarlege for»; else the
kommune («har vi tiltak mot vold»), or who owns one tiltak («er vi ansvarlige for ungdata?»)."""

TILTAK_WORDS = frozenset({"tiltak", "tiltaket", "tiltakene", "tiltaka", "tiltaksnummer"})
TILTAK_SIGNS = TILTAK_WORDS | {"trinn", "trinnet", "klassetrinn"}
"""Words that say a question is about tiltak (the plan's tiltak are per school year)."""


def tiltak_number(words: tuple[str, ...]) -> str | None:
    """The tiltak a number names: «tiltak 12», «nr 9 i handlingsdelen» — not «8. trinn»."""
    for i, word in enumerate(words):
        if not word.isdigit() or i == 0:
            continue
        before = words[i - 1]
        if before in NUMBER_BEFORE:
            return word
        if before in NUMBER_MAYBE and any(w in PLAN_WORDS or w in TILTAK_WORDS for w in words):
            return word
    return None


COORDINATOR_ROLE = "koordinator"
"""The role word the plans' ansvar names the coordinator by («SLT-koordinator»)."""
_CASE_CUES = frozenset(
    {"melde inn sak", "melder jeg inn", "melde inn en sak", "sak til", "spille inn sak"}
    | {"sier jeg ifra", "sier jeg fra"}
)
"""Cues of the innkaller intent that ask how a case is brought to a group: where the group's
innkaller is the SLT-koordinator (Jevnaker: «sakene varsles SLT-koordinator»), the case goes
to the coordinator, whose answer has the name and how to reach them."""


def case_to_coordinator(cue: str, index: KommuneIndex | None, group_id: str | None) -> bool:
    """A case brought to a group the SLT-koordinator calls in (see ``_CASE_CUES``)."""
    group = index.groups_by_id.get(group_id) if index and group_id else None
    return cue in _CASE_CUES and group is not None and "koordinator" in fold(group.innkaller or "")


TASK_WORDS = TILTAK_WORDS | {"tasks", "tiltaka", "tiltakene"}
OWNS_WORDS = frozenset(
    {"ansvar", "ansvarlig", "ansvaret", "own", "owns", "star", "mine", "responsible"}
)


def asks_coordinator_tiltak(words: tuple[str, ...]) -> bool:
    """A question about which tiltak someone stands as ansvarlig for («hvilke tiltak står
    slt-koordinator som ansvarlig for»)."""
    present = set(words)
    return bool(present & TASK_WORDS) and bool(present & OWNS_WORDS)


def counted(words: tuple[str, ...]) -> str | None:
    """The noun a «hvor mange …» question counts, or None when it is no such question."""
    for i in range(len(words) - 2):
        if words[i] == "hvor" and words[i + 1] == "mange":
            return words[i + 2]
    return None


SEAT_NOUNS = frozenset(
    {"grupper", "gruppene", "fora", "foraene", "forum", "foruma", "moter", "motene", "team"}
)


def seats_counted(words: tuple[str, ...], role_words: tuple[str, ...]) -> bool:
    """«i hvor mange grupper sitter helsesykepleier», «hvor mange av foraene er pk med i»: the
    groups a role sits in are counted – the role's seats, listed, answer it."""
    if not role_words:
        return False
    after = next(
        (i + 2 for i, w in enumerate(words[:-1]) if (w, words[i + 1]) == ("hvor", "mange")), None
    )
    return after is not None and not SEAT_NOUNS.isdisjoint(words[after:])


def tiltak_names(key: str, title: str) -> tuple[str, ...]:
    """How staff name a tiltak: its id as words («på rett kjøl») and its title's lead
    («Folkemøter» of «Folkemøter: Gjennomføre …»). Numbers and short words are no names; an
    id the knowledge gives a tiltak is one from four letters («pmto»), a title's lead from six."""
    names = []
    key_name = key.replace("-", " ")
    if not key.isdigit() and len(key_name) >= ID_NAME:
        names.append(key_name)
    lead = " ".join(fold(title.split(":")[0]).split()) if ":" in title[:40] else ""
    if len(lead) >= LEAD_NAME and not lead.isdigit():
        names.append(lead)
    return tuple(names)


ID_NAME = 4
LEAD_NAME = 6


def unexplained(
    rest: tuple[str, ...], role_words: tuple[str, ...], filler: frozenset[str]
) -> tuple[str, ...]:
    """Content words no group, role, cue or filler explains: what else is being asked."""
    return tuple(
        w
        for w in rest
        if len(w) >= 4 and not w.isdigit() and w not in filler and w not in role_words
    )


WHEN_ANSWERS = frozenset({Intent.NEXT_MEETING, Intent.FREQUENCY})
ASKS_WHO = frozenset({("hvem",), ("kven",), ("who",)})
"""A question opening «hvem» asks for people: a meeting date or a rhythm is no answer to it,
whatever its cue («hvem kommer på neste møte i fagteamet» wants the members)."""


def _meeting_compound(words: tuple[str, ...]) -> bool:
    """A meeting named as a compound: «når er fellesmøtet for styringsgruppa og arbeidsgruppa»
    asks its date as «når er møtet» does."""
    return any(len(w) > 6 and w.endswith(("mote", "motet", "motene")) for w in words)


def by_form(
    intent: Intent,
    words: tuple[str, ...],
    group: object,
    role_words: tuple[str, ...],
    number: str | None,
    asked: frozenset[str] | set[str] = frozenset(),
) -> Intent:
    """What the question's grammatical form says, when a cue read it another way (``asked``:
    the words of the question a scene leads up to, when there is one).

    - «hvilke etater er med i politirådet»: a wh-question about a named group, with no
      role asked about, wants its members (a role question needs a role);
    - «når er det møte i fagteamet igjen», «neste fagteam?»: a named group with «når» or
      «neste» asks for its next meeting;
    - «hvilke tiltak er jeg ansvarlig for», «har jeg noen tiltak», «hvilke tiltak er vi
      ansvarlige for»: the asker's own tiltak;
    - «hvem er vara for koordinatoren», «hva står det i referatet», «hvem følger opp
      tiltakene i planen»: something other than the reading's object is asked
      (:func:`another_asked`); the honest answer names the coordinator.
    """
    present = set(words)
    asks_who = words[:1] in ASKS_WHO
    if not role_words and (
        (intent is not Intent.LEVELS and asks_same_level(words, group))
        or asks_level_name(intent, words)
    ):
        return Intent.LEVELS
    if intent is Intent.COORDINATOR and asks_whether_told(words):
        return Intent.UNKNOWN  # «trenger slt-k å vite?»: no plan says what it must be told
    if intent is Intent.ROLE_GROUPS and group and not (role_words and present.isdisjoint(ONLY)):
        # «hvilke etater er med i politirådet»; «er det bare politi og skole som er utførende
        # ledd?»: whether the roles named are all of it – the member list answers
        return Intent.MEMBERS
    if another_asked(intent, words, named=bool(number or group or role_words)):
        return Intent.UNKNOWN  # «hvem er sjefen til koordinatoren»: not the coordinator
    if intent is Intent.ROLE_GROUPS and not group and asks_a_name(words, role_words):
        return Intent.UNKNOWN  # «hvem er leder for ungdomsklubben»: a name, not a seat
    if (
        role_words
        and (not group or intent in (Intent.UNKNOWN, Intent.DUTIES))
        and _asks_own_seat(intent, words)
    ):
        # «jeg er helsesykepleier, hvor i slt-modellen hører jeg hjemme», «sosiallærer her –
        # er jeg fast med i noe?»: where a stated role sits, not the model or «vet ikke».
        return Intent.ROLE_GROUPS
    if (
        group
        and not asks_who
        and intent in (Intent.MEMBERS, Intent.UNKNOWN)
        and present & NEXT_WORDS
        and (
            present & (MEETING_WORDS | {"neste"})
            or (words[:2] in WHEN_IS and (len(words) <= 5 or _meeting_compound(words)))
        )
    ):
        return Intent.NEXT_MEETING
    we_own = bool(present & WE_WORDS and present & OWN_ANSVAR and present & WHAT_WORDS)
    # «eg er på ungdomsskulen – kva tiltak har me?»: the scene says who «me» is
    we_after = bool(asked and set(asked) & WE_WORDS and present & FIRST_PERSON)
    if (
        not number
        and ((asked or present) & FIRST_PERSON or present & ENGLISH_SELF or we_own or we_after)
        and present & OWN_WORK
        and intent in OWN_WORK_READINGS
        and present.isdisjoint(WHO_WORDS)  # «X, hvem er ansvarlig? jeg trodde det var Y»
    ):
        return Intent.TILTAK_MINE
    if intent in WHEN_ANSWERS and asks_who:  # «hvem tar med kake til neste møte»: no group
        return Intent.MEMBERS if group else Intent.UNKNOWN
    return intent


POINTS_BACK = FIRST_PERSON | {"de", "dem", "hen", "han", "hun", "ho"}
"""Words after «hvor er» that stand for a role named before it."""


def role_asked(words: tuple[str, ...], cue: str, role_words: tuple[str, ...]) -> bool:
    """The role is what the «hvor er» cue asks about: it comes after the cue («hvor er
    helsesykepleieren», «hvor er kontoret til helsesykepleier»), not before it («plakater for
    ungdomsklubben, hvor er teipen»). Other weak cues («er nav med i») have the role before
    them: they keep it."""
    cue_words = tuple(cue.split())
    if cue_words != ("hvor", "er"):
        return True
    for i in range(len(words) - 1):
        if words[i : i + 2] == cue_words:
            after = words[i + 2 :]  # «rektor her – hvor er jeg med», «NAV, hvor er de»
            return any(w.startswith(r[:4]) for w in after for r in role_words) or not (
                POINTS_BACK.isdisjoint(after)
            )
    return True


def implicit_intent(group: bool, role: tuple[str, ...], coordinator: bool) -> Intent:
    """A question without a cue word: "fagteamet?" or "helsesykepleier"."""
    if group:
        return Intent.MEMBERS
    if coordinator:
        return Intent.COORDINATOR
    if role:
        return Intent.ROLE_GROUPS
    return Intent.UNKNOWN


WHICH = frozenset({"hvilken", "hvilke", "hvilket", "which", "kva", "hva"})


def group_asked(words: tuple[str, ...], used: list[bool]) -> bool:
    """The group phrase follows «hvilken»: it is what is asked, not a group named."""
    first = next((i for i, u in enumerate(used) if u), None)
    return first is not None and first > 0 and words[first - 1] in WHICH


def split_meeting(word: str, group_words: frozenset[str]) -> tuple[str, ...]:
    """«arbeidsgruppemøte» → «arbeidsgruppe møte» when the first part names a group."""
    for suffix in MEETING_SUFFIXES:
        head = word[: -len(suffix)]
        if word.endswith(suffix) and len(head) >= 4:
            for candidate in (head, head.rstrip("s"), head + "e"):
                if candidate in group_words:
                    return candidate, suffix
    return (word,)


AREA = ("plan", "area")
"""Retrieval's object for an innsatsområde: its tiltak answer «hva er fokustiltakene»."""


def tiltak_on_a_topic(
    words: tuple[str, ...], about: tuple[tuple[str, str], ...]
) -> tuple[Intent, str] | None:
    """«hva har vi av tiltak fra før mot hasj»: a question no cue read that asks for tiltak on
    a topic – a tiltak lookup, not the topic's routine nor the fallback; only when retrieval's
    best object is a tiltak or an innsatsområde (features/tiltak finds its tiltak), and never
    a count («hvor mange tiltak er fullført»)."""
    asked = [w for w in words if w in TILTAK_WORDS]
    first = about[0] if about else ("", "")
    if asked and (first[0] == "tiltak" or first == AREA) and counted(words) is None:
        return Intent.TILTAK_LOOKUP, asked[0]
    return None


SEAT_VERBS = frozenset({"horer", "hore", "hoyrer", "hoyre", "tilhorer"})
SEAT_PRONOUNS = FIRST_PERSON | {"hun", "han", "hen", "ho"}
SEAT_PAIRS = frozenset(
    {
        ("med", "i"),
        ("jeg", "i"),
        ("hun", "i"),
        ("han", "i"),
        ("jeg", "med"),
        ("hun", "med"),
        ("eg", "med"),
    }
)
"""«er jeg med i …», «hvor i slt er jeg med?» (the place before the seat, «med» last)."""
ROLE_NOUNS = frozenset({"rolle", "rollen", "oppgave", "oppgaven", "funksjon"})
MY = frozenset({"min", "mi", "mitt", "mine"})
WHO_WORDS = frozenset({"hvem", "kven", "who"})


def asks_seat(words: tuple[str, ...]) -> bool:
    """A seat asked in the question's own form (see :func:`_asks_own_seat`): what retrieval
    finds for the role's other words («fast», «jus») is not what is asked; so is «er
    helsesykepleier på skulen med i noko slt?», whatever retrieval finds for the school."""
    yes_no_seat = words[:1] in YES_NO_START and ("med", "i") in itertools.pairwise(words)
    return yes_no_seat or _asks_own_seat(Intent.UNKNOWN, words)


def _asks_own_seat(intent: Intent, words: tuple[str, ...]) -> bool:
    """«hvor» with the model's levels; the asker's own «er jeg med i …», «nav-leder: er jeg i
    X eller Y», «varaordføreren, er hun med i slt?»; or «hører til» («miljøterapeut her –
    hører jeg til arbeidsgruppa?», «kva nivå høyrer politikontakten til»): a seat is asked."""
    if intent is Intent.LEVELS:
        return "hvor" in words
    own = not SEAT_PRONOUNS.isdisjoint(words)
    role_asked = not ROLE_NOUNS.isdisjoint(words)
    if intent is Intent.DUTIES:  # «har jeg en egen rolle i fagteamet»: the seat and its task
        return own and role_asked
    if intent is not Intent.UNKNOWN:
        return False
    # «jeg er ordfører, hva er min rolle i slt»: the stated role's seats
    return (
        not SEAT_VERBS.isdisjoint(words)
        or (own and not SEAT_PAIRS.isdisjoint(itertools.pairwise(words)))
        or (role_asked and not MY.isdisjoint(words))
    )


def names_owner(
    words: tuple[str, ...], rest: tuple[str, ...], owners: frozenset[str] | None
) -> bool:
    """«jobber på frivilligsentralen, har vi noen tiltak i planen?»: tiltak asked for beside
    the lead word of a tiltak's ansvar – that owner's tiltak. Not in the first person («… er
    mine?»): that is the asker's own (by_form)."""
    return (
        "tiltak" in words
        and FIRST_PERSON.isdisjoint(words)
        and not set(rest).isdisjoint(owners or ())
    )


def role_before_for(words: tuple[str, ...], cue: str, role_words: tuple[str, ...]) -> bool:
    """«elevene er på ungdomsklubben, finnes det tiltak for flere fritidstilbud?»: the role
    stands only before «tiltak for», which then names a topic, not whose tiltak are asked."""
    cue_words = tuple(cue.split())
    if not role_words or not cue_words or cue_words[-1] != "for":
        return False
    width = len(cue_words)
    end = next(
        (i + width for i in range(len(words) - width + 1) if words[i : i + width] == cue_words),
        None,
    )
    if end is None or end >= len(words):
        return False
    after = words[end:]
    return not any(w.startswith(r[:4]) for w in after for r in role_words)
