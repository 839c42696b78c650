"""A detail the knowledge does not hold, asked of an object it does: «hvor er trygghetsvandringa».

The question's form asks for one facet of a tiltak or a group – when, which weekday, what time,
where, for what age, how many, how long, what it costs – and the object is found. Where the
object's fields hold that facet (a group's rhythm, a tiltak's frist or the ages its text names),
the object's answer is right. Where they do not, the sheet would read as an answer to what was
asked; the honest reply names the object and says the plan does not state it (the reply is
``unknown``: what was asked is not in the plan). Which facet is asked is the question's form
alone; whether it is held is the object's own words, read here – never a guess at its value.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import pairwise

from bot.knowledge.action_plan import Tiltak
from bot.knowledge.index import KommuneIndex
from bot.knowledge.models import Group
from bot.knowledge.vocabulary import FacetWords as FacetsFile
from bot.text import SUFFIXES, fold, folded_words, tokens
from bot.understanding.intents import Intent
from bot.understanding.past_holders import before_holder, year_before

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag")
MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "desember",
)  # fmt: skip
PLACE_SIGNS = re.compile(
    r"(skole|skolen|skule|skulen|huset|klubb|klubben|hallen|senter|senteret|sentrum|radhus|"
    r"radhuset|kirke|kirken|biblioteket?)\b"
)
PLACE_NAMED = re.compile(r"\b(på|ved) [A-ZÆØÅ][a-zæøå]")
"""A place named in the plan's own spelling: «Natteravnordning på Ålgård», «ved Dirdal skule»
– a preposition of place before a proper name (the folded text has lost the capital)."""
AGE_SIGNS = re.compile(
    r"\d+\s*(ar|-|–)|\btrinn|\bklasse|alder|ungdomsskole|barneskole|\bover \d|\bunder \d"
)
DURATION_SIGNS = re.compile(r"\btimer?\b|\buker?\b|\bdager?\b|minutter|semester|maneder")
COUNT_SIGNS = re.compile(r"(?<!\d)(?!(19|20)\d\d)\d{1,4}(?!\d)")
TIME_SIGNS = re.compile(
    r"\b(19|20)\d\d\b|\d{1,2}\.\s?\d{1,2}\.|\buk(e|er|en|ene)\b|\bhost|\bvar(en)?\b|sommer|"
    r"vinter|\bjul|kveld|helg|arlig|gang(er)? i|\bhvert? |lopet av|skolearet|"
    + "|".join(MONTHS + WEEKDAYS)
)
"""When: a year, a date, a season, a rhythm – not any digit («8.–10. trinn» is no time) nor
«uke» inside a word («brukes»)."""
DATE_SIGNS = re.compile(r"\d{1,2}\.\s?\d{1,2}\.|\b(" + "|".join(MONTHS) + r")\b")
"""A date or a month in the tiltak's own text: «15. mars», «1.9.», «i mars»."""
WHEN_FACETS = frozenset({"time", "date", "weekday", "clock"})
"""Facets a time gone by is asked in («når var forrige …»)."""
SIZE_SIGNS = re.compile(r"prosent|%|stilling")
ROLE_FACETS = frozenset({"size", "age", "duration", "date", "weekday", "clock"})
ROLE = "role:"
PAST_MEMBERS = "past_members"
PERSONAL = "personal"
STAND_IN = "stand_in"
"""Who sat in a group or held the coordinator's role before: the plan names who sits there now,
nothing of who sat there. Who led or called a meeting gone by is the group's standing role,
which the plan does state (the meeting-role answers keep it)."""
PAST_COUNT = "past_count"
"""How many times a group has met, or what it has done («hvor mange saker har fagteamet hatt i
år»): the plan keeps no record."""
GONE_BY = frozenset({"past", PAST_COUNT, PAST_MEMBERS})
"""Facets of a time gone by: the reader is sure of them, and the rescue leaves them."""
"""Marks a facet asked of the coordinator's role, not of a tiltak the search also found."""
"""What a role's card (the coordinator's: name, contact, mandate) never holds; a count is
(«hvor mange slt-koordinatorer har vi»: the card names the one)."""
REQUIREMENT_SIGNS = re.compile(r"attest")
"""«politiattest», «vandelsattest»: a tiltak whose text names one holds what it takes to join."""
MEETING_LENGTH = re.compile(r"\btimer?\b|minutter")
"""A group's rhythm says «hver 6. uke»: only hours or minutes tell how long a meeting is."""
NAME_SHORT = 4
"""Words this short after «hva heter» are determiners and counts («de seks»)."""
KNOWING = (("vet",), ("veit",), ("vite",))
"""«… så jeg vet hvor lenge jeg må vente»: what the asker will know, not what they ask."""
INSTEAD = frozenset({"sted", "stedet", "steden", "staden"})
"""«i stedet (for)», «i staden for»: «instead of», no place – «kan jeg sende sosiallæreren i
stedet for meg på arbeidsgruppemøtet» asks who may go, not where the group meets."""

TILTAK_ASKED = frozenset(
    {Intent.TILTAK_LOOKUP, Intent.TILTAK_DEADLINE, Intent.TILTAK_STATUS, Intent.TILTAK_OWNER}
)
GROUP_ASKED = frozenset(
    {Intent.FREQUENCY, Intent.MEMBERS, Intent.DUTIES, Intent.INNKALLER, Intent.UNKNOWN}
)
"""Answers that show a group's sheet; the next meeting's answer has dates of its own."""
GROUP_FACETS = frozenset({"weekday", "clock", "place", "duration", "money", "requirement"})
UNDATED_FACETS = frozenset({"place", "money", "requirement"})
"""What a group's next meeting is asked beside its date, which the meeting's answer never gives."""
"""What a group never holds unless its fields say so; its date and age are not asked here
(the next meeting's answer has dates of its own)."""


@dataclass(frozen=True)
class FacetWords:
    """How a question asks for a facet, folded: ``facets`` in understanding.yaml."""

    named: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Facet → words that name it wherever they stand; the first facet named wins."""
    after_which: Mapping[str, str] = field(default_factory=dict)
    after_how: Mapping[str, str] = field(default_factory=dict)
    place_verbs: frozenset[str] = frozenset()
    in_the_plan: frozenset[str] = frozenset()
    past: frozenset[str] = frozenset()
    which: frozenset[str] = frozenset()
    how: frozenset[str] = frozenset()
    where: frozenset[str] = frozenset()
    when: frozenset[str] = frozenset()
    before_when: frozenset[str] = frozenset()
    """Words a «når …?» may follow and still be the question's form («hei, når er …»)."""
    names_asked: frozenset[str] = frozenset()
    """«heter»: after «hva», with a role, a holder's name is asked."""
    roles: frozenset[str] = frozenset()
    """The lexicon's role words (lexicon.py passes them): «rektor», «leder»."""
    before_now: frozenset[str] = frozenset()
    """«forrige», «sist»: a time gone by is asked, which no plan records."""
    last_gone: frozenset[str] = frozenset()
    """«ble», «møttes»: beside «siste», the last one gone by is asked («når var siste møte»)."""
    within: frozenset[str] = frozenset()
    """«når på høsten»: a season or the year after «på» – the time asked within it is a date."""
    owner_asked: frozenset[str] = frozenset()
    """«når er fagdagen, og hvem står for den»: the tiltak's ansvar answers the other half."""
    frist_asked: frozenset[str] = frozenset()
    """«hvilken dato er fristen»: the frist is asked, worked out or not."""
    members_before: frozenset[str] = frozenset()
    """«hvem satt i politirådet i fjor», «kven sat der før valet»: who sat in a group once,
    which no plan records (it lists who sits there now)."""
    members_now: frozenset[str] = frozenset()
    """«hvem sitter der nå, har det endra seg siden forrige plan»: today's members asked, with
    a time gone by beside it."""
    stand_in: frozenset[str] = frozenset()
    """«hvem er stedfortreder for koordinatoren», «koordinatoren har slutta, kven overtar?»:
    who stands in for the coordinator, whom no plan names."""
    personal: frozenset[str] = frozenset()
    """«er koordinatoren gift?», «hvilken utdanning har koordinatoren»: the person who holds
    the role, of whom the coordinator's card says nothing (it gives the role and its contact)."""

    @classmethod
    def of(cls, words: FacetsFile | None, roles: frozenset[str] = frozenset()) -> FacetWords:
        if words is None:
            return cls()
        return cls(
            roles=roles,
            names_asked=folded_words(words.names_asked),
            named={facet: folded_words(spec) for facet, spec in words.named.items()},
            after_which={fold(w): facet for w, facet in words.after_which.items()},
            after_how={fold(w): facet for w, facet in words.after_how.items()},
            place_verbs=folded_words(words.place_verbs),
            in_the_plan=folded_words(words.in_the_plan),
            past=folded_words(words.past),
            which=folded_words(words.which),
            how=folded_words(words.how),
            where=folded_words(words.where),
            when=folded_words(words.when),
            before_when=folded_words(words.before_when),
            within=folded_words(words.within),
            before_now=folded_words(words.before_now),
            last_gone=folded_words(words.last_gone),
            owner_asked=folded_words(words.owner_asked),
            frist_asked=folded_words(words.frist_asked),
            members_before=folded_words(words.members_before),
            members_now=folded_words(words.members_now),
            personal=folded_words(words.personal),
            stand_in=folded_words(words.stand_in),
        )

    @functools.cached_property
    def first_named(self) -> Mapping[str, tuple[int, str]]:
        """Per word of :attr:`named`, the first facet (by its place in ``named``) it names:
        the facet of a question's words is the first of theirs, one look-up a word rather
        than an intersection per facet (made from ``named`` at its first use)."""
        first: dict[str, tuple[int, str]] = {}
        for place, (facet, naming) in enumerate(self.named.items()):
            for word in naming:
                first.setdefault(word, (place, facet))
        return first

    @property
    def vocabulary(self) -> frozenset[str]:
        """The facet words, known to the normaliser: «lang» is no typo of «lag», «møttes» of
        «møtes»."""
        named = (w for said in self.named.values() for w in said)
        return frozenset(
            {*named, *self.after_which, *self.after_how, *self.past, *self.members_before}
            | self.personal
            | self.stand_in
        )


ENDING_BY_LAST = {
    last: tuple((s, len(s)) for s in SUFFIXES if s.endswith(last))
    for last in {s[-1] for s in SUFFIXES}
}
"""The endings (and their lengths) by their last letter, in ``SUFFIXES``' order: a word ends
with one letter, so only those endings can be its own (perf83: the seat matcher asks this of
every word and role pattern, and trying all seven endings was 6 % of a role question's turn)."""


def inflections(word: str) -> tuple[str, ...]:
    """The word and its forms without a definite or plural ending («rektoren» → «rektor»)."""
    if not word.endswith(SUFFIXES):
        return (word,)  # no ending to take off: not tried suffix by suffix
    size = len(word)
    return (
        word,
        *[word[:-n] for s, n in ENDING_BY_LAST[word[-1]] if size - n >= 3 and word.endswith(s)],
    )


def facet_asked(words: tuple[str, ...], money: bool, said: FacetWords) -> str:
    """The facet the question's form asks for, or ''. ``money``: a cost word is in it."""
    present = set(words) - _instead(words)
    if money:
        return "money"
    if words[:1] and words[0] in said.which and words[1:2] and words[1] in said.names_asked:
        asked = next((w for w in words[2:] if len(w) > NAME_SHORT and not w.isdigit()), "")
        if any(form in said.roles for form in inflections(asked)):
            return "people"  # «hva heter rektor på gjesdal ungdomsskole»
    named = said.first_named
    firsts = [named[w] for w in present if w in named]
    if firsts:
        return min(firsts)[1]  # the first facet in ``named`` a word of the question names
    first_how = next((i for i, w in enumerate(words) if w in said.how), -1)
    for i, word in enumerate(words[:-1]):
        after = words[i + 1]
        if word in said.which and after in said.after_which:
            facet = said.after_which[after]
            # «hvilke helger i høst går natteravnene»: which days within a season are dates –
            # «fredager og lørdager i utvalgte perioder» does not say which
            return "date" if facet == "weekday" and present & said.within else facet
        # «hvor ofte møtes fagteamet, så jeg vet hvor lenge jeg må vente»: after a first
        # «hvor …», one the asker «vet» is their own clause («og hvor mange …» asks again).
        clause = i > first_how and words[i - 1 : i] in KNOWING
        if word in said.how and after in said.after_how and not clause:
            return said.after_how[after]
        if word in said.where and after in said.place_verbs and not present & said.in_the_plan:
            return "place"
    lead = next((w for w in words if w not in said.before_when), "")
    if lead not in said.when:
        return ""
    within = any(w == "pa" and after in said.within for w, after in pairwise(words))
    return "date" if within else "time"


def _instead(words: tuple[str, ...]) -> set[str]:
    """The words of «i stedet (for)» in ``words``: the idiom names no place."""
    return {w for before, w in pairwise(words) if before == "i" and w in INSTEAD}


def tiltak_holds(facet: str, tiltak: Tiltak, frist_asked: bool = False) -> bool:
    """Whether the tiltak's own words hold the facet (its text and its frist). A frist's words
    hold a time only when they name one («kveldstid», «høsten 2025»; «må gjennomføres
    systematisk» does not); a date asked of the tiltak only when the plan states one – a frist
    worked out from «årlig» is the bot's, not the plan's, unless the frist itself is asked."""
    frist = tiltak.frist
    text = fold(f"{tiltak.tiltak} {frist.text}")
    if facet == "time":
        return frist.has_date or bool(TIME_SIGNS.search(text))
    if facet == "date":
        stated = frist.has_date and (frist_asked or not frist.computed)
        return stated or bool(DATE_SIGNS.search(text))
    signs = {
        "weekday": re.compile("|".join((*WEEKDAYS, "helg"))),
        "clock": re.compile(r"\bkl\b|\d\d[:.]\d\d"),
        "place": PLACE_SIGNS,
        "age": AGE_SIGNS,
        "count": COUNT_SIGNS,
        "duration": DURATION_SIGNS,
        "requirement": REQUIREMENT_SIGNS,
        "size": SIZE_SIGNS,
    }.get(facet)
    if facet == "place" and PLACE_NAMED.search(f"{tiltak.tiltak} {frist.text}"):
        return True
    return signs is not None and bool(signs.search(text))


def group_holds(
    facet: str, group: Group, words: tuple[str, ...] = (), past: frozenset[str] = frozenset()
) -> bool:
    """Whether the group's fields hold the facet: its rhythm, its time, its place; a count of
    past meetings («hvor mange ganger har politirådet møttes i fjor») is no rhythm. A date or a
    time of day the knowledge only assumed («Årlig»: the month and the hour are assumed, the
    rhythm's ``assumed``) is not the plan's."""
    meets = fold(group.meets.text) if group.meets else ""
    if facet == "time":
        return bool(meets)
    if facet == "count":
        return not set(words) & past
    if facet == "weekday":
        return any(day in meets for day in (*WEEKDAYS, "helg"))
    rhythm = group.rhythm
    if facet == "date":  # «hvilken dato er samlingen i år»: a date the bot worked out is no plan's
        return bool(group.moteplan) or rhythm is None or not rhythm.is_assumed("pattern")
    if facet == "clock":
        stated = group.default_time is not None and not (rhythm and rhythm.is_assumed("start"))
        return stated or bool(re.search(r"\bkl\b|\d\d[:.]\d\d", meets))
    if facet == "place":
        return group.place is not None
    if facet == "duration":
        return bool(MEETING_LENGTH.search(meets))
    return facet not in GROUP_FACETS


def _undated(facet: str, present: set[str], said: FacetWords) -> bool:
    """A room, a cost or a requirement asked of the next meeting by its word («hvilket rom»,
    «adressen»); «hvor er neste møte» asks the meeting, whose answer says what it knows."""
    named = said.named.get(facet, frozenset())
    which = {w for w, f in said.after_which.items() if f == facet}
    return facet in UNDATED_FACETS and bool(present & (named | which))


def detail_not_held(
    intent: Intent,
    words: tuple[str, ...],
    money: bool,
    index: KommuneIndex | None,
    group_id: str | None,
    tiltak_key: str | None,
    said: FacetWords,
) -> str:
    """The facet asked of the tiltak (``tiltak_key``: named, or the one retrieval found for a
    tiltak reading) or the named group that its fields do not hold; '' when none is."""
    present = set(words)
    before = (present & said.members_before or year_before(words, index)) and not (
        present & said.members_now
    )
    if intent is Intent.MEMBERS and group_id and before:
        return PAST_MEMBERS  # «hvem satt i politirådet i fjor»: the plan lists today's members
    if intent is Intent.COORDINATOR and not group_id and (before or before_holder(words)):
        return ROLE + PAST_MEMBERS  # «hvem var koordinator tidligere»: who holds it now
    if intent is Intent.COORDINATOR and not group_id and present & said.personal:
        return ROLE + PERSONAL  # «er koordinatoren gift?»: the card gives the role, no person
    if intent is Intent.COORDINATOR and not group_id and present & said.stand_in:
        return ROLE + STAND_IN  # «hvem er vikar for koordinatoren»: the plan names none
    facet = facet_asked(words, money, said) if index is not None else ""
    if not facet or index is None:
        return ""
    if facet in WHEN_FACETS and (set(words) & said.before_now or _last_gone(words, said)):
        facet = "past"  # «når var forrige møte i nettverket»: no plan keeps a record
        found = (group_id and intent in GROUP_ASKED | {Intent.NEXT_MEETING}) or tiltak_key
        return facet if found else ""
    if group_id and intent is Intent.NEXT_MEETING and _undated(facet, present, said):
        # «hvilket rom er arbeidsgruppemøtet i neste gang?»: the next date is no room
        group = next((g for g in index.kommune.groups if g.id == group_id), None)
        return "" if group is None or group_holds(facet, group) else facet
    if group_id and intent in GROUP_ASKED:
        group = next((g for g in index.kommune.groups if g.id == group_id), None)
        if group is None or group_holds(facet, group, words, said.past):
            return ""
        # «hvor mange møter har politirådet hatt i år»: a record, not its rhythm
        return PAST_COUNT if facet == "count" and set(words) & said.past else facet
    if tiltak_key and not group_id and not set(words) & said.owner_asked:
        tiltak = next((t for t in index.kommune.tiltak if t.id == tiltak_key), None)
        held = tiltak is None or tiltak_holds(facet, tiltak, bool(set(words) & said.frist_asked))
        return "" if held else facet
    if intent is Intent.COORDINATOR and not group_id and facet in ROLE_FACETS:
        return ROLE + facet  # «hvor stor stilling har slt-koordinatoren»: the card holds none
    return ""


COMPOUND_HEAD = 5
"""A cost word this long is the head of a compound it ends («stimuleringsmidler»,
«prosjektbudsjettet»); a shorter one («pris», «lønn») ends too many other words."""


def costs(words: tuple[str, ...], unanswered: frozenset[str]) -> set[str]:
    """The words of ``words`` that ask what no plan holds: a cost word, or a compound whose
    head is one («hvor mye stimuleringsmidler …» asks a sum as «midler» does)."""
    heads = _heads(unanswered)
    return {w for w in words if w in unanswered or (len(w) > COMPOUND_HEAD and w.endswith(heads))}


@functools.lru_cache(maxsize=4)
def _heads(unanswered: frozenset[str]) -> tuple[str, ...]:
    """The cost words long enough to head a compound: the lexicon's, one set per knowledge
    load, picked out once rather than at every turn."""
    return tuple(u for u in unanswered if len(u) >= COMPOUND_HEAD)


def asked_of(
    intent: Intent,
    words: tuple[str, ...],
    unanswered: frozenset[str],
    index: KommuneIndex | None,
    group_id: str | None,
    named: tuple[str, str] | None,
    about: tuple[tuple[str, str], ...],
    said: FacetWords,
) -> str:
    """The facet asked of the named group, the named tiltak or the tiltak a tiltak reading
    found, that its fields do not hold; '' else. ``unanswered``: the cost words (the lexicon's
    facets no knowledge holds; the weather among them is no facet of a tiltak)."""
    found = about[0][1] if about and about[0][0] == "tiltak" else None
    key = named[1] if named else (found if intent in TILTAK_ASKED else None)
    # «hva er ungdomsprosjektet med Erasmus-midler»: a cost word of the tiltak's own text
    # names it, and asks no sum of it
    own = (
        next((tokens(t.tiltak) for t in index.kommune.tiltak if t.id == key), ())
        if index and key is not None  # no tiltak key: no tiltak's text to scan for
        else ()
    )
    money = any(not w.startswith("vaer") and w not in own for w in costs(words, unanswered))
    if intent not in TILTAK_ASKED and intent not in (Intent.UNKNOWN, Intent.COORDINATOR):
        # «hvilken alder er natteravner for»: the tiltak named, not the plan's target group
        key = named[1] if named and intent is Intent.TARGET_GROUP else None
    return detail_not_held(intent, words, money, index, group_id, key, said)


__all__ = [
    "GONE_BY",
    "PAST_COUNT",
    "PAST_MEMBERS",
    "PERSONAL",
    "ROLE",
    "STAND_IN",
    "FacetWords",
    "asked_of",
    "detail_not_held",
    "facet_asked",
    "group_holds",
    "tiltak_holds",
]


def _last_gone(words: tuple[str, ...], said: FacetWords) -> bool:
    """«når var siste møte i nettverket»: «siste» with a verb of the past asks the last meeting
    gone by, not the next. «var» counts only right after the question («når var», «hvilken
    dato var»): «når er siste møte i vår» has it as the season."""
    if "siste" not in words:
        return False
    asking = said.when | said.which
    after_question = any(
        w == "var" and not asking.isdisjoint(words[max(0, i - 2) : i]) for i, w in enumerate(words)
    )
    return after_question or not said.last_gone.isdisjoint(words)
