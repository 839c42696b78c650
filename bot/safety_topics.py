"""Topics, not cases: «kurs om selvskading», «tiltak mot vold hjemme», «overgrepskurset».

Staff ask about danger as a subject (a course, a plan, a talk, a novel) far more often than they
report a case. A match right after a topical word of knowledge/language/danger.yaml
(``topical``), named as a topic right after it («… som tema»), or a word that is a topical
compound («overgrepskurset», «voldsforedraget») is a topic, unless a clause word (``clause``:
«når», «hvis», «forteller» …) stands between: «hva sier rutinen når en elev forteller at faren
slår henne» is a case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

from bot.safety_frames import figure_asked, framed
from bot.safety_law import law_asked
from bot.safety_match import BREAK, fold_word
from bot.safety_speaker import NO_SPEAKER, Speaker
from bot.safety_telling import (
    CHILD,
    child_said,
    last_sentence,
    opens_in_story,
    play_staged,
    scripted,
    staged,
)

TOPICAL_WINDOW = 6
"""How many words before a match are looked at for a topical word («tiltak mot vold …»)."""

NEAR_ONLY = frozenset({"mot"})
"""Topical words that are also everyday prepositions: a topic only right before the match
(«tiltak mot vold», not «fått et slag mot halsen og sliter med å puste»)."""

NEAR = 2

EVENTS = (
    "ovelse", "kurs", "foredrag", "undervisning", "workshop", "fagdag", "temadag", "webinar",
    "revy", "forestilling", "musikal", "konsert", "teaterstykk", "skoleball",
)  # fmt: skip
"""Topical words that are also events in time, and compounds ending in one («fotballøvelsen»)."""
DURING = frozenset({"under", "during"})
"""«under øvelsen», «midt i kurset», «i løpet av foredraget» name when something happens, not
what is talked about: «sank sammen midt i øvelsen og puster ikke» is a body in trouble now.
A drill's pretend injury is no case either way (danger.yaml ``resolved``: «markør»)."""

TOPICAL_AFTER = 5
"""How many words after a match's first word are looked at for «som tema» and the like."""
COMPOUND_MIN = 7
"""A word this long may be a compound whose head is topical."""
CASE_AFTER = ("samtal", "info", "ansvar", "plan")
"""A case told goes on «… i samtalen», «… info til»: no topic after a match."""
HARM_HEADS = ("film",)
"""Topical heads a harm's own compound ends in: an «overgrepsfilm» is the harm itself …"""
HARM_MODIFIERS = ("overgrep", "naken", "sex", "porn", "voldtekt", "nude", "mobbe", "slass", "slag")
"""… when its first part is a harm; a «skrekkfilm» or «krimfilmen» is a story, a topic."""
FILM_FORMS = ("film", "filmen", "filmer", "filmene")
LINE_FORMS = ("linja", "linjen", "linjene")
RAIL_MODIFIERS = ("jernbane", "tog", "trikke", "bane")
"""A «linja» is a hotline or a guideline (topical), but a «jernbanelinja» is a place to be:
«en gutt alene ved jernbanelinja i natt» is a child out, not a topic."""
NO_BOOKS = ("facebook", "macbook", "chromebook")
"""Ending in the topical «book» but no book: where a threat is posted («skriver på Facebook at
han skal komme og ta rektor») or the machine it is typed on."""


COUNTING = frozenset({"hvor", "how"})
"""«hvor mange …», «how many …» (nynorsk «kor» reads as «hvor»): asks for a figure."""
COUNTED = (
    *("elever", "elevar", "elevene", "barn", "barna", "unge", "ungdommer", "ungdommar", "ungdom"),
    *("ungdommene", "ungar", "jenter", "jentene", "gutter", "guttene", "klassinger", "aringer"),
    *("familier", "saker", "tilfeller", "personer", "kids", "children", "pupils", "students"),
    "cases",
)
"""Endings of the people or cases counted («tiendeklassinger», «15-åringer»): «hvor mange elever
i Gjesdal har blitt utsatt for vold?» asks a figure however far the harm stands from it in its
sentence («hvor mange ganger …» does not)."""
SHARE = frozenset(["antall", "antallet", "andel", "andelen", "prosent", "prosentandel"])
"""«hvor stor andel av elevene …», «antall ungdommer som …»: a figure asked of those counted."""


MEETING = frozenset({"mote", "motet", "moter", "motene", "video", "videoen", "quiz", "quizen"})
"""A meeting or a talk «om» the match is about it as a topic («møtet om grooming flyttes»)."""
SCHOOL_SUBJECTS = frozenset({"samfunnsfag", "samfunnsfaget", "norskfaget", "norsktimen"})
"""Topical words that name a school subject: where a pupil says what he thinks (``at``'s
``talk``)."""
AT_A_TOPIC = frozenset({"i", "pa"})
"""«selvmord i litteraturen», «tvangsekteskap på temadagen»: a topic named after the match."""


ABOUT = frozenset({"om", "about"})
AND = frozenset({"og", "eller", "and", "or"})
"""Topics listed after one «om»: «om kropp og sex», «om rus eller vold»."""
ABOUT_WINDOW = 12
"""«filmen handlet om en jente som ble tvangsgiftet»: a topical word naming what it is «om»
reaches this far, past ``TOPICAL_WINDOW``, until a clause word or a new subject."""
SUBJECTS = frozenset({"jeg", "eg", "han", "hun", "ho", "hen", "vi", "de", "dei", "i", "he", "she"})
"""A pronoun after «om» starts a clause of its own: «etter kurset om grooming kom ei jente
bort, hun er befølt av treneren» is a case told after a course."""


PERSONS = SUBJECTS - {"de", "dei", "i"}
"""Subjects that are never an article or a preposition («de siste årene», «i Gjesdal»)."""


SPEECH = frozenset({"samtale", "samtalen", "samtaler", "samtalene", "timen", "praten"})
"""A talk followed by «at»: what was said in it («fortalde i samtale at far kastar ting»)."""

WHERE = frozenset({"der", "hvor", "where"})
WHERE_REACH = 3
"""«en film i 10. der …»: how far before «der» the film or book may be named."""

TELLS = frozenset({"handler", "handlet", "handla", "handlar", "is", "was"})
"""«… handlet om»: what a film or a book is about, its name a few words further back."""
TELLS_REACH = 6

ABOUT_NOUNS = frozenset(
    [
        "oppgave",
        "oppgaven",
        "oppgaver",
        "prosjekt",
        "prosjektet",
        "sang",
        "sangen",
        "lat",
        "lata",
        "dikt",
        "diktet",
        "essay",
        "essayet",
        "fordypningsoppgave",
        "fordypningsoppgaven",
    ]
)
"""Nouns naming a subject only with «om» after them («en oppgave om barn som blir utsatt for
vold»); alone they are everyday words («fikk en oppgave av gjengen»), so never topical."""
NEWS = frozenset({"blad", "bladet", "avis", "avisa", "avisen"})
WRITES = frozenset({"skriver", "skreiv", "skrev", "melder", "meldte", "writes", "wrote"})
"""A paper writing «om» it names a subject: «Ringerikes Blad skriver om knivstikking» (not a
razor's «bladet om natta»)."""
AGENDA = frozenset(["sak", "saken", "saker", "sakene"])
"""A case on a meeting's list, or a meeting «om» something (up to three words before «om»):
«vi har en sak om trusler på nett», «foreldremøte i barnehagen om vold» name a subject; «en sak
om en gutt som blir slått» tells of a child (``CHILD`` after «om»), which stays a case."""


WHEN = frozenset(
    [
        "natta",
        "natten",
        "netter",
        "nettene",
        "nettane",
        "natt",
        "kvelden",
        "kveld",
        "kveldene",
        "morgenen",
        "dagen",
        "dagene",
        "helga",
        "helgen",
        "helgene",
        "sommeren",
        "vinteren",
        "hosten",
        "varen",
        "aret",
        "night",
    ]
)
"""«om natta», «om kvelden»: «om» saying when, not what about."""
NOT_ABOUT = WHEN | {"hjelp", "lov", "unnskyldning", "help"}
"""… and «ropte om hjelp», «ba om lov»: asked for, not talked about."""


GENERIC = frozenset(
    ["barn", "ungdom", "ungdommer", "unge", "elever", "familier", "jenter", "gutter", "kids"],
)
"""Young people as a group: «ungdom som har vært utsatt for vold» after «med», «for» is who a
service works with, not a case (a case names one: «en elev som blir slått»)."""
GROUP_BEFORE = frozenset(["med", "for", "om", "til", "blant", "av", "with"])
GROUP_AFTER = frozenset(["som", "om"])
"""«… med ungdom som …» is who a service works with; «snakke med barn om vold» is teaching."""
IF_WORDS = frozenset(["nar", "hvis", "dersom", "if", "when"])
GENERAL = GENERIC | {"vi", "man", "me", "dere", "we", "you"}
"""A routine asked for a case in general: «hva er rutinen når vi mistenker at …», «rutinen
for når barn ikke blir hentet» (a case told names one: «rutinen når en elev forteller …»)."""


def _listed_about(words: Sequence[str], at: int, first: int = -1) -> bool:
    """The word at ``at`` is what something is «om» (after ``first``), listed or not: «om sex»."""
    before = at - 1
    while before - 2 > first and words[before] in AND and words[before - 1] not in SUBJECTS:
        before -= 2
    return before > first and words[before] in ABOUT and words[at] not in NOT_ABOUT


def _generic(before: Sequence[str]) -> bool:
    """«… med ungdom som …», «… for barn som …» right before a match: a group, not a case."""
    return any(
        a in GROUP_BEFORE and b in GENERIC and c in GROUP_AFTER
        for a, b, c in zip(before, before[1:], before[2:], strict=False)
    )


def _general_if(earlier: Sequence[str], topical: frozenset[str]) -> bool:
    """A topical word («rutinen»), then «når» or «hvis» with a general subject right after it,
    in the sentence before a match: the routine asked for in general, not a case told."""
    said = earlier[len(earlier) - earlier[::-1].index(BREAK) :] if BREAK in earlier else earlier
    for at, word in enumerate(said):
        if word in topical:
            rest = said[at + 1 : at + 4]
            if any(a in IF_WORDS and b in GENERAL for a, b in pairwise(rest)):
                return True
    return False


def _number(word: str) -> bool:
    """A number as the check reads it: digits, or «mange» for a count (safety_compose.amount)."""
    return word.isdigit() or word == "mange"


def _counting(words: Sequence[str], start: int, stops: frozenset[str]) -> bool:
    """«hvor mange», «andelen av» and the people or cases counted, earlier in the sentence of
    ``start``, with no subject or clause word (``stops``) after them."""
    earlier = list(words[max(0, start - ABOUT_WINDOW) : start])
    for at in range(len(earlier) - 1, -1, -1):  # «10.-klassinger»: an ordinal's dot goes on
        if earlier[at] == BREAK and not (at and _number(earlier[at - 1])):
            earlier = earlier[at + 1 :]
            break
    # «hvor mange 15-åringer»: the number (read as «mange» when it is a count) is no noun
    kept: list[str] = []
    for word in earlier:
        if word != BREAK and not (kept[-1:] == ["mange"] and _number(word)):
            kept.append(word)
    earlier = kept
    for at, (a, b, c) in enumerate(zip(earlier, earlier[1:], [*earlier[2:], ""], strict=False)):
        counted = a in COUNTING and b == "mange" and c.endswith(COUNTED)
        shared = a in SHARE and (b.endswith(COUNTED) or (b in ("av", "of") and c.endswith(COUNTED)))
        if counted or shared:
            # «hvor mange elever han har truet, han står med kniven nå»: a clause of its own
            return stops.isdisjoint(earlier[at + 3 :])
    return False


def _during(words: Sequence[str], at: int) -> bool:
    """The word at ``at`` is an event named as a time: «under øvelsen», «midt i kurset», «i
    løpet av foredraget» (an event's compound too: «midt i fotballøvelsen»)."""
    if not words[at].startswith(EVENTS) and not (
        len(words[at]) > COMPOUND_MIN and any(e in words[at][3:] for e in EVENTS)
    ):
        return False
    one, two = words[at - 1 : at], words[max(0, at - 2) : at]
    if one and one[0] in DURING:
        return True
    return two in (["midt", "i"], ["lopet", "av"], ["middle", "of"])


LESSONS = ("timen", "timene", "timane", "time")
"""A school subject's lesson is a compound ending in one: «historietimen», «samfunnsfagtimen»."""


def _lesson(word: str) -> bool:
    """A subject's lesson named after what was talked «om» (not «timen» alone: «snakker om
    selvmord i timene» is a pupil's talk; not a gym lesson, where harm happens)."""
    return len(word) > COMPOUND_MIN and word.endswith(LESSONS) and not word.startswith("gym")


def _meeting(word: str) -> bool:
    """A meeting or a compound of one: «foreldremøte i barnehagen om vold» names its subject."""
    return word in MEETING or (len(word) > COMPOUND_MIN and word.endswith(("mote", "motet")))


class Topics:
    """The topical and clause words compiled; :meth:`at` and :meth:`compounds` read a message."""

    def __init__(
        self,
        topical: Iterable[str],
        clause: Iterable[str],
        tellers: frozenset[str] = CHILD,
        speaker: Speaker = NO_SPEAKER,
    ) -> None:
        self.tellers, self.speaker = tellers, speaker
        """A child who tells (safety_telling ``tellers``); a speaker asked for (safety_speaker)."""
        self.words = frozenset(fold_word(w) for w in topical)
        self.clause = frozenset(fold_word(w) for w in clause)
        self.stops = self.clause | SUBJECTS
        self._counted_until = self.clause | PERSONS
        """What ends a count's sentence part for :meth:`at` (made once, not at every match)."""
        self.spanning = self.words - NEAR_ONLY  # «gevær mot skolen» is no topic
        self.heads = tuple(sorted(w for w in self.spanning if len(w) >= 4))
        """Topical words that end a compound («førstehjelpskurs», «foreldremøtetema»)."""
        self.after = frozenset(w for w in self.spanning if not w.startswith(CASE_AFTER))
        """Topical words that make a topic also right after a match («overdose-kampanjen»,
        «selvmord i litteraturen»); not those a case goes on with («… i samtalen med»)."""
        self.match_heads = tuple(
            w for w in self.after if len(w) >= 4 and not w.startswith(HARM_HEADS)
        )
        """Heads that make a word a topic's compound («overgrepskurs», «voldsforedraget»)."""
        self._topical = {
            False: (self.words, self.after),
            True: (self.words - SCHOOL_SUBJECTS, self.after - SCHOOL_SUBJECTS),
        }
        """:meth:`at`'s topical words and words after a match, without the school subjects
        when ``talk``: made once, not two set differences at every match."""

    def compound(self, word: str) -> bool:
        """A topic's compound: «overgrepskurset», «krimroman», «voldsforedraget»."""
        if len(word) <= COMPOUND_MIN or word.startswith(NO_BOOKS):
            return False
        if word.endswith(FILM_FORMS):
            return not word.startswith(HARM_MODIFIERS)
        if word.endswith(LINE_FORMS) and word.startswith(RAIL_MODIFIERS):
            return False
        return word.endswith(self.match_heads)

    def compounds(self, words: Sequence[str], positions: Iterable[int]) -> list[int]:
        """Which of ``positions`` hold a topic's compound: «skal på overgrepskurs», «legge ut
        overgrepskurset på teams» – the harm named is the course's subject, not a case."""
        return [i for i in positions if self.compound(words[i])]

    def at(self, words: Sequence[str], start: int, end: int = -1, talk: bool = False) -> bool:
        """A topical word shortly before ``start``, in the same sentence and clause.

        «tiltak mot vold hjemme» is a topic; «hva sier rutinen når en elev forteller at faren
        slår henne» is a case: a clause word («når», «hvis», «forteller» …) between them ends the
        topic. A match reaching from ``start`` to ``end`` across a topic's compound («skal
        analysere en krimroman der noen blir drept») is one too. ``talk``: the harm is what a
        young person says (radicalisation), and a school subject is where he said it («snakkar
        om raseteori i samfunnsfag»), no topic."""
        ignored = SCHOOL_SUBJECTS if talk else frozenset()
        topical, after_words = self._topical[bool(talk)]
        if any(self.compound(w) and w not in ignored for w in words[start + 1 : end]):
            return True
        before = words[max(0, start - TOPICAL_WINDOW) : start]
        if before[-2:-1] and before[-1] == "om" and before[-2] in MEETING:
            return True  # «møtet om grooming flyttes til rom 204»
        said = before[len(before) - before[::-1].index(BREAK) :] if BREAK in before else before
        if scripted(sentence := last_sentence(words[:start])) or opens_in_story(sentence):
            return True  # «Rollespill på samlinga: «elev forteller om vold hjemme»», «i boka …»
        if any(a in COUNTING and b == "mange" for a, b in pairwise(said)):
            return True  # «hvor mange selvmord var det i fjor»: a figure, not a case
        if figure_asked(words[max(0, start - ABOUT_WINDOW) : start]):
            return True  # «hvor vanlig er det at ungdom selger dop for gjenger?»
        if _counting(words, start, self._counted_until):
            return True  # «hvor mange elever i Gjesdal har blitt utsatt for vold?»
        if _generic(before):
            return True  # «hvem jobber med ungdom som har vært utsatt for vold?»
        if law_asked(said):
            return True  # «er det lov å gi alkohol til 16-åringer?»: what the law says
        if _general_if(words[max(0, start - ABOUT_WINDOW) : start + 1], self.words):
            return True  # «hva er rutinen når vi mistenker at en ungdom blir utnyttet?»
        for distance, word in enumerate(reversed(before), start=1):
            if word == BREAK or word in self.clause:
                break
            if word == "at" and distance < len(before) and before[-distance - 1] in SPEECH:
                break  # «fortalde i samtale at far kastar ting»: what was said, not a topic
            if word == "at" and child_said(words[: start - distance], self.tellers):
                break  # «en elev sa etter timen om kroppen at …»: the child tells, after it
            if _during(words, start - distance):  # «under» may stand before the window
                continue  # «midt i øvelsen og puster ikke»: when it happened, not a subject
            if word in topical and (distance <= NEAR or word not in NEAR_ONLY):
                return True
            if (
                len(word) > COMPOUND_MIN
                and word.endswith(self.heads)
                and word not in ignored
                and not word.startswith(NO_BOOKS)
            ):
                return True  # «førstehjelpskurs om bevisstløse»: a topical compound
        if self._about(words, start) or self._scene(words, start):
            return True
        if play_staged(words[:start], self.clause, words[start + 1 :]):  # «vi setter opp Romeo …»
            return True
        # «… selvskading som tema i fagteamet», «selvmord i litteraturen», «… på temadagen»:
        # named as a topic right after the match (or as the head of its compound).
        after = words[start + 1 : start + 1 + TOPICAL_AFTER]
        if after[:1] and after[0] in after_words:
            return True
        for word, following in pairwise(after):
            if word == BREAK or following == BREAK:
                return False
            if word == "som" and following in topical:
                return True
            if word in AT_A_TOPIC and following in after_words:
                return True
            if word in AT_A_TOPIC and before[-1:] == ["om"] and _lesson(following):
                return True  # «elevene snakket om hakekors i historietimen»: what was taught
        return False

    def named(self, words: Sequence[str], at: int) -> bool:
        """Whether the word at ``at`` is what a topical word or a meeting is «om» (see _about)."""
        return self._about(words, at)

    def _about(self, words: Sequence[str], start: int) -> bool:
        """A topical word and «om» before ``start`` with no clause word or new subject between:
        «dokumentaren handler om en gutt som ble mishandlet» is a topic however long."""
        for at in range(start - 1, max(-1, start - ABOUT_WINDOW - 1), -1):
            word = words[at]
            if word == BREAK or word in self.clause or word in SUBJECTS:
                return False
            if word == "at" and child_said(words[:at], self.tellers):
                return False  # what a child told after a lesson «om» something
            if word not in ABOUT:
                continue
            before = words[max(0, at - 2) : at]
            if before[-1:] and before[-1] in WRITES and not NEWS.isdisjoint(before):
                return True
            if before[-1:] and before[-1] in TELLS:  # «filmen vi så i norsk handlet om …»
                before = words[max(0, at - TELLS_REACH) : at]
            if words[at + 1] not in NOT_ABOUT and framed(words, at, start, self.stops):
                return True  # «en film på NRK om en gutt som ble rekruttert»: its story
            if self.speaker.asked(words, at, start):
                return True  # «hvem kan vi invitere for å snakke om tvangsekteskap?»
            if any(w in self.after or w in ABOUT_NOUNS or self.compound(w) for w in before):
                return True
            if not AGENDA.isdisjoint(before) or any(
                _meeting(w) for w in words[max(0, at - 3) : at]
            ):
                return CHILD.isdisjoint(words[at + 1 : start + 1])
        return False

    def _scene(self, words: Sequence[str], start: int) -> bool:
        """A scene in a film or a book: «vi skal se en film i 10. der en gutt blir knivstukket»
        – a topical word just before «der» or «hvor», and the match in that relative clause."""
        for at in range(start - 1, max(-1, start - ABOUT_WINDOW - 1), -1):
            word = words[at]
            if word == BREAK or word in self.clause:
                return False
            if word in WHERE:
                named = words[max(0, at - WHERE_REACH) : at]
                return any(w in self.words for w in named) or staged(words[:at], named)
        return False

    def about(self, words: Sequence[str], span: tuple[int, int], thing_first: bool = False) -> bool:
        """A concept match whose last word is what something is «om»: «kan politiet komme på
        skolen og snakke om kniv» talks about knives (a clause after «om» – «om hun ikke gifter
        seg» – ends in its verb, not in the word right after it). Topics may be listed («om
        kropp og sex»); ``thing_first``: the match starts with the harm, not a person, and what
        it is «om» may be that first word («lurer på ting om kropp og sex, hvem kan hun …»)."""
        first, last = span
        return _listed_about(words, last, first) or (thing_first and _listed_about(words, first))


__all__ = ["Topics"]
