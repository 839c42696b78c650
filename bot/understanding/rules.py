"""The reader's grammar rules: what a question's form says besides its cue.

The rules are code («når» + a named group asks for the next meeting, «tiltak 12» names a
tiltak, «hvor mange …» counts); the words they read the form by are understanding.yaml's
``question_form``, compiled once per knowledge load (:class:`QuestionForm`, ``said`` below).
"""

from __future__ import annotations

import itertools

from bot.knowledge.index import KommuneIndex
from bot.text import fold
from bot.understanding.asks import asks_whether_told
from bot.understanding.counts import counted as counted
from bot.understanding.holders import asks_a_name
from bot.understanding.intents import OWN_WORK_READINGS, Intent
from bot.understanding.level_same import asks_level_name, asks_same_level
from bot.understanding.other_asked import another_asked
from bot.understanding.question_form import QuestionForm
from bot.understanding.roles_only import bare


def weak_link(
    intent: Intent,
    cue: str,
    words: tuple[str, ...],
    rest: tuple[str, ...],
    *,
    kommune_named: bool,
    said: QuestionForm,
) -> tuple[Intent, str]:
    """«dette er vanskelig», «… vi er på Oltedal» ask no link; a bare «koble til» does. A weak
    link cue with no kommune named leaves the reading to the rest of the message (a greeting
    when more words follow, which retrieval then reads)."""
    if intent is not Intent.LINK_TEAM or kommune_named or cue not in said.weak_link_cues:
        return intent, cue
    if words == tuple(cue.split()):
        return intent, cue
    return (Intent.GREETING if len(rest) > 2 else Intent.UNKNOWN), ""


def tiltak_number(words: tuple[str, ...], said: QuestionForm) -> str | None:
    """The tiltak a number names: «tiltak 12», «nr 9 i handlingsdelen», «tiltak nummer fire»
    (dictated) — not «8. trinn»."""
    for i, word in enumerate(words):
        if i == 0:
            continue
        word = said.number_words.get(word, word)
        if not word.isdigit():
            continue
        before = words[i - 1]
        if before in said.number_before:
            return word
        if before in said.number_maybe and any(
            w in said.plan_words or w in said.tiltak_words for w in words
        ):
            return word
    return None


COORDINATOR_ROLE = "koordinator"
"""The role word the plans' ansvar names the coordinator by («SLT-koordinator»)."""


def case_to_coordinator(
    brings_case: bool, index: KommuneIndex | None, group_id: str | None
) -> bool:
    """A case brought to a group (``brings_case``: its cue is one of understanding.yaml's
    ``question_form.case_cues``) the SLT-koordinator calls in: where the group's innkaller is
    the SLT-koordinator (Jevnaker: «sakene varsles SLT-koordinator»), the case goes to the
    coordinator, whose answer has the name and how to reach them."""
    group = index.groups_by_id.get(group_id) if index and group_id else None
    return brings_case and group is not None and "koordinator" in fold(group.innkaller or "")


def asks_coordinator_tiltak(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A question about which tiltak someone stands as ansvarlig for («hvilke tiltak står
    slt-koordinator som ansvarlig for»)."""
    present = set(words)
    return bool(present & said.task_words) and bool(present & said.owns_words)


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
        bare = lead.rstrip("0123456789– -")  # «Ungdata 2025»: staff say «Ungdata»
        if bare != lead and len(bare) >= LEAD_NAME:
            names.append(bare)
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
"""Readings a question opening «hvem» (``said.asks_who``) gets no answer from: it asks for
people, not a date or a rhythm («hvem kommer på neste møte i fagteamet» wants the members)."""


WHEN_IS_WORDS = 5
"""«når er X» this short asks X's date; a longer one may name something else …"""
WHEN_IS_LEFT = 2
"""… unless what makes it long is the name: beside the names, no more words than these are
left («når er samlinga «Sammen for ungdom i Gjesdal» i år?» leaves «samling», «år»)."""


def _meeting_compound(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A meeting named as a compound: «når er fellesmøtet for styringsgruppa og arbeidsgruppa»
    asks its date as «når er møtet» does."""
    return any(len(w) > 6 and w.endswith(said.meeting_compound) for w in words)


def by_form(
    intent: Intent,
    words: tuple[str, ...],
    group: object,
    role_words: tuple[str, ...],
    number: str | None,
    asked: frozenset[str] | set[str],
    said: QuestionForm,
    left: tuple[str, ...] | None = None,
) -> Intent:
    """What the question's grammatical form says, when a cue read it another way (``asked``:
    the words of the question a scene leads up to, when there is one; ``left``: the words no
    name or cue explained, stopwords out – the reader's ``rest``).

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
    asks_who = words[:1] in said.asks_who
    if not role_words and (
        (intent is not Intent.LEVELS and asks_same_level(words, group, said))
        or asks_level_name(intent, words, said)
        or (intent in (Intent.DUTIES, Intent.UNKNOWN) and not group and present & said.all_levels)
    ):
        return Intent.LEVELS  # «hva gjør nivåene?»: the levels as a whole
    if intent is Intent.COORDINATOR and asks_whether_told(words, said):
        return Intent.UNKNOWN  # «trenger slt-k å vite?»: no plan says what it must be told
    if (
        intent in (Intent.ROLE_GROUPS, Intent.UNKNOWN)
        and group
        and role_words
        and any(f" {p} " in f" {' '.join(words)} " for p in said.stand_in)
    ):
        return Intent.MEMBERS  # «må rektor sjøl sitte i X eller kan vi sende nokon?»
    if (
        intent is Intent.ROLE_GROUPS
        and group
        and not (role_words and present.isdisjoint(said.only))
    ):
        # «hvilke etater er med i politirådet»; «er det bare politi og skole som er utførende
        # ledd?»: whether the roles named are all of it – the member list answers
        return Intent.MEMBERS
    if (
        intent is Intent.TILTAK_OWNER
        and number
        and present & said.first_person
        and present & said.own_ansvar
        and present.isdisjoint(said.who_words)
    ):
        # «jeg står som ansvarlig for tiltak 3 – hva var det igjen»: the writer's own tiltak,
        # named by number – what it is (its sheet has its frist) is asked, not who owns it.
        return Intent.TILTAK_MINE
    if another_asked(intent, words, named=bool(number or group or role_words), said=said):
        return Intent.UNKNOWN  # «hvem er sjefen til koordinatoren»: not the coordinator
    if intent is Intent.ROLE_GROUPS and not group and asks_a_name(words, role_words):
        return Intent.UNKNOWN  # «hvem er leder for ungdomsklubben»: a name, not a seat
    if (
        role_words
        and (not group or intent in (Intent.UNKNOWN, Intent.DUTIES))
        and _asks_own_seat(intent, words, said)
    ):
        # «jeg er helsesykepleier, hvor i slt-modellen hører jeg hjemme», «sosiallærer her –
        # er jeg fast med i noe?»: where a stated role sits, not the model or «vet ikke».
        return Intent.ROLE_GROUPS
    if (
        group
        and not asks_who
        and intent in (Intent.MEMBERS, Intent.UNKNOWN)
        and present & said.next_words
        and (
            present & said.meeting_words
            or _meeting_compound(words, said)  # «når skal A og B ha fellesmøte?»
            or (
                words[:2] in said.when_is
                # «når er årets oppvekstkonferanse? vil melde på …»: the question alone is short;
                # a long name is no longer question («når er samlinga «Sammen for ungdom i …»»)
                and (
                    len(words) <= WHEN_IS_WORDS
                    or 0 < len(asked) <= WHEN_IS_WORDS
                    or (left is not None and len(left) <= WHEN_IS_LEFT)
                    or _meeting_compound(words, said)
                )
            )
        )
    ):
        return Intent.NEXT_MEETING
    we_own = bool(
        present & said.we_words and present & said.own_ansvar and present & said.what_words
    )
    # «eg er på ungdomsskulen – kva tiltak har me?»: a scene that says who the writer is
    # («jeg er …») says who «me» is; «jeg fikk et spørsmål …» does not
    says_who = any(a in said.first_person and b == "er" for a, b in itertools.pairwise(words))
    we_after = bool(asked and set(asked) & said.we_words and says_who)
    own = (asked or present) & said.first_person or present & said.english_self
    if (
        not number
        and (own or we_own or we_after)
        and present & said.own_work
        # «politikontakt i gjesdal – hvilke tiltak er mine»: the role is the asker's, not the
        # group «Politikontakt og SLT-koordinator» its name matched
        and (intent in OWN_WORK_READINGS or (intent is Intent.MEMBERS and bool(role_words)))
        and present.isdisjoint(said.who_words)  # «X, hvem er ansvarlig? jeg trodde det var Y»
    ):
        return Intent.TILTAK_MINE
    if intent in WHEN_ANSWERS and asks_who:  # «hvem tar med kake til neste møte»: no group
        return Intent.MEMBERS if group else Intent.UNKNOWN
    if _cadence_told(intent, present, bool(group or role_words), said):
        return Intent.UNKNOWN  # «hun gråter på badet hver uke»: how often something happens
    if intent is Intent.PLAN and not (group or role_words) and _which_tiltak(words, said):
        return Intent.TILTAK_LOOKUP  # «hvilke tiltak i slt-planen gjelder 8. trinn?»
    return intent


def _which_tiltak(words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvilke tiltak …», «kva tiltak …»: the question's form asks for tiltak; «i planen»
    beside it only says where they are, never asks for the plan as a whole."""
    return any(
        a in said.which_tiltak and b in said.tiltak_words for a, b in itertools.pairwise(words)
    )


def _cadence_told(intent: Intent, present: set[str], named: bool, said: QuestionForm) -> bool:
    """A cadence («hver uke», «kvar månad») with no group, role or meeting named and no
    question word tells how often something happens; it asks no meeting's frequency."""
    return (
        intent is Intent.FREQUENCY
        and not named
        and bool(present & said.every_words)
        and present.isdisjoint(said.meeting_words | said.rhythm_words | said.asking_words)
    )


def role_asked(
    words: tuple[str, ...], cue: str, role_words: tuple[str, ...], said: QuestionForm
) -> bool:
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
                said.points_back.isdisjoint(after)
            )
    return True


CLAUSE_SUBJECTS = frozenset({"vi", "jeg", "eg", "me", "dere", "de", "dei", "du", "han", "hun"})
"""A subject after the role opens a clause of its own («… vi samarbeider med»): its «med» is
that verb's, not the role's seat («hvor er kommunalsjef oppvekst og kultur med»)."""


def place_asked(
    intent: Intent,
    cue: str,
    words: tuple[str, ...],
    known: bool,
    about: tuple[tuple[str, str], ...],
) -> bool:
    """«hvor er helsestasjonen», «hvor er ungdomshelsestasjonen vi samarbeider med?»: a place,
    not a seat – a role reading of «hvor er» whose object retrieval ranks a contact first, no
    group, level or coordinator named (``known``). «med» after the role asks its groups
    («hvor er kommunalsjef oppvekst og kultur med»), unless a clause of its own stands
    between (:data:`CLAUSE_SUBJECTS`)."""
    if intent is not Intent.ROLE_GROUPS or cue != "hvor er" or known or not about:
        return False
    at = next((i for i in range(len(words) - 1) if words[i : i + 2] == ("hvor", "er")), 0)
    after = words[at + 2 :]
    upto = after[: after.index("med")] if "med" in after else None
    seat = upto is not None and CLAUSE_SUBJECTS.isdisjoint(upto[1:])  # «hvor er jeg med»
    return not seat and about[0][0] == "contact"


def implicit_intent(
    group: bool,
    role: tuple[str, ...],
    coordinator: bool,
    words: tuple[str, ...] = (),
    said: QuestionForm | None = None,
) -> Intent:
    """A question without a cue word: "fagteamet?" or "helsesykepleier"; «politirådet møter?»
    (a word of ``said.rhythm_words`` beside the group, no role, no «hvem»): how often it meets."""
    if group and not role and said and not said.rhythm_words.isdisjoint(words):
        return Intent.FREQUENCY if said.who_words.isdisjoint(words) else Intent.MEMBERS
    if group:
        return Intent.MEMBERS
    if coordinator:
        return Intent.COORDINATOR
    if said and role[-1:] and role[-1].endswith(said.service_heads) and bare(words, role, said):
        # «ppt gjesdal?», «mestringsenheten?»: a service named alone asks how to reach it –
        # its contact answer also says where it sits; a role alone («helsesykepleier») its
        # seats, and so does a service asked with more («er NAV med i SLT?»)
        return Intent.CONTACT_SERVICE
    if role:
        return Intent.ROLE_GROUPS
    return Intent.UNKNOWN


def group_asked(words: tuple[str, ...], used: list[bool], said: QuestionForm) -> bool:
    """The group phrase follows «hvilken»: it is what is asked, not a group named."""
    first = next((i for i, u in enumerate(used) if u), None)
    return first is not None and first > 0 and words[first - 1] in said.which


def split_meeting(
    word: str, group_words: frozenset[str], suffixes: tuple[str, ...]
) -> tuple[str, ...]:
    """«arbeidsgruppemøte» → «arbeidsgruppe møte» when the first part names a group (one of
    ``suffixes``, understanding.yaml ``question_form.meetings.suffixes``, ends it)."""
    for suffix in suffixes:
        head = word[: -len(suffix)]
        if word.endswith(suffix) and len(head) >= 4:
            for candidate in (head, head.rstrip("s"), head + "e"):
                if candidate in group_words:
                    return candidate, suffix
    return (word,)


AREA = ("plan", "area")
"""Retrieval's object for an innsatsområde: its tiltak answer «hva er fokustiltakene»."""


def tiltak_on_a_topic(
    words: tuple[str, ...], about: tuple[tuple[str, str], ...], said: QuestionForm
) -> tuple[Intent, str] | None:
    """«hva har vi av tiltak fra før mot hasj»: a question no cue read that asks for tiltak on
    a topic – a tiltak lookup, not the topic's routine nor the fallback; only when retrieval's
    best object is a tiltak or an innsatsområde (features/tiltak finds its tiltak), and never
    a count («hvor mange tiltak er fullført»)."""
    asked = [w for w in words if w in said.tiltak_words]
    first = about[0] if about else ("", "")
    if asked and (first[0] == "tiltak" or first == AREA) and counted(words) is None:
        return Intent.TILTAK_LOOKUP, asked[0]
    return None


def asks_seat(words: tuple[str, ...], said: QuestionForm) -> bool:
    """A seat asked in the question's own form (see :func:`_asks_own_seat`): what retrieval
    finds for the role's other words («fast», «jus») is not what is asked; so is «er
    helsesykepleier på skulen med i noko slt?», whatever retrieval finds for the school."""
    yes_no_seat = words[:1] in said.yes_no_start and ("med", "i") in itertools.pairwise(words)
    return yes_no_seat or _asks_own_seat(Intent.UNKNOWN, words, said)


def _asks_own_seat(intent: Intent, words: tuple[str, ...], said: QuestionForm) -> bool:
    """«hvor» with the model's levels; the asker's own «er jeg med i …», «nav-leder: er jeg i
    X eller Y», «varaordføreren, er hun med i slt?»; or «hører til» («miljøterapeut her –
    hører jeg til arbeidsgruppa?», «kva nivå høyrer politikontakten til»): a seat is asked."""
    own = not said.seat_pronouns.isdisjoint(words)
    own_pair = own and not said.seat_pairs.isdisjoint(itertools.pairwise(words))
    if intent is Intent.LEVELS:  # «NAV-veileder: har jeg en plass i slt-modellen?»
        return "hvor" in words or own_pair
    if intent is Intent.FREQUENCY:  # «helsesykepleier: hvilke møter skal jeg være med på?»
        return own and not (said.which.isdisjoint(words) or said.seat_nouns.isdisjoint(words))
    role_asked = not said.role_nouns.isdisjoint(words)
    if intent is Intent.DUTIES:  # «har jeg en egen rolle i fagteamet»: the seat and its task
        return own and role_asked
    if intent is not Intent.UNKNOWN:
        return False
    # «jeg er ordfører, hva er min rolle i slt»: the stated role's seats
    return (
        not said.seat_verbs.isdisjoint(words)
        or own_pair
        or (role_asked and not said.my.isdisjoint(words))
    )


def names_owner(
    words: tuple[str, ...],
    rest: tuple[str, ...],
    owners: frozenset[str] | None,
    said: QuestionForm,
) -> bool:
    """«jobber på frivilligsentralen, har vi noen tiltak i planen?»: tiltak asked for beside
    the lead word of a tiltak's ansvar – that owner's tiltak. Not in the first person («… er
    mine?»): that is the asker's own (by_form)."""
    return (
        "tiltak" in words
        and said.first_person.isdisjoint(words)
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
