"""Whether a message that names a routine's topic asks for the routine.

A routine answers a case («tror en elev ruser seg») or a question about what to do («hva gjør
jeg ved rusbekymring», «kan jeg dele info med politiet»). The topic word alone is no such
question: «kan du lage en quiz om rus til foreldremøtet», «overgrepskurs neste uke, dekker
kommunen reise?» and «krisemøte!! kaffemaskinen er død» got the routine's steps and its acute
line, a confident answer to a question nobody asked. Those messages now go on to the other
answers, and at last to the honest fallback.

A question whether something exists («finnes det noe som hjelper ungdom som dropper ut», «har
vi noe tilbud for …») asks what the kommune offers – its tiltak – unless it names the routine or
asks what to do. Otherwise the evidence that it is asked, any one of: the word «rutine» (or
«routine»), an ask from
``understanding.yaml``'s ``routine_asks``, a word of worry or a parent (``case_words``), or a
young person or someone close to one — the ``ung`` and ``naer`` concepts of ``signals.yaml``,
the words the danger scenes read a child by, so the two lists cannot drift apart — or a child
told by an age or a school class («jonas på 15 i 9b røyker hasj», «en 14-åring drikker»): a
message about one young person is a case, also when the privacy guard has just warned about it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.knowledge.index import KnowledgeBase
from bot.knowledge.vocabulary import RoutineAsideWords
from bot.text import fold
from bot.understanding.asks import asks_the_law
from bot.understanding.lexicon import Lexicon
from bot.understanding.normalise import stem
from bot.understanding.phrases import SpacedPhrases
from bot.understanding.routine_form import EXISTS_START

ROLE_PLAYS = ("rollespill", "rollespel", "rollelek")
"""A message opening with a role-play is its script: the child and the parent in it are roles
(«Rollespill på samlinga: «elev forteller om vold hjemme». Kan noen spille mor?»)."""

ROUTINE_NAMES = ("rutine", "routine", "retningslinje", "prosedyre")
"""A word starting like this names the routine itself («rutinen», «rutinar»; «finnes det
retningslinjer for selvskading»: Gjesdal's routine is «Retningslinjer for håndtering av
selvskading»)."""
FORM = "skjema"
"""A word holding this names a routine's form («samtykkeskjemaet»): «hvor finner jeg
samtykkeskjemaet for fagteam» asks for the routine that says where it is and how it is used."""
OFFER_START = frozenset(EXISTS_START) - {("er", "det")}
"""«finnes det noe …», «har vi noe …»: whether the kommune offers something («er det lov å
dele …» asks what one may do)."""
SEARCH_WORDS = 3
"""A message this short that names a routine's topic is a search for it: «rusbekymring»,
«bekymringsfullt fravær», «vold i hjemmet», «vold i nære relasjoner» – there is nothing else
it could ask. Stopwords («i», «og», «på»: understanding.yaml ``stopwords``) are not counted."""
SHORT_TEACHING = 16
"""A message about material this short asks about the material even when it names the young
it is for («hvilken film bør vi vise elevene om rus»)."""
PERSON_CONCEPTS = ("ung", "naer")
"""The concepts of ``signals.yaml`` that name a child or young person and those close to it."""
SCHOOL_CLASS = re.compile(r"(?:[1-9]|10)[a-h]")
"""A school class as staff write it, one folded word: «9b», «10c»."""
AGE_BEFORE = frozenset({"pa"})
"""«på 15»: the word before an age."""
AGE_AFTER = frozenset({"ar", "aring", "aringen"})
"""«15 år», «15-åring» (folded, split at the hyphen): the word after an age. Not «13-åringer»:
a group of ages is no case."""
NOT_AN_AGE_AFTER = frozenset(
    {"min", "minutt", "minutter", "timer", "dager", "uker", "kr", "kroner", "prosent", "stk"}
)
"""«på 15 minutter», «på 15 kroner»: a number measured, not a child's age."""
DURATION_BEFORE = frozenset({"i", "pa", "for", "siden", "om", "etter", "hvert", "innen", "over"})
"""«i 10 år», «for 15 år siden», «på 20 år»: a length of time, not an age."""
ROOMS = frozenset({"rom", "rommet", "sal", "salen", "klasserom", "klasserommet", "moterom"})
"""«rom 10b»: a room named like a class."""
COMPOUND_HEAD = 5
"""A compound's head at least this long («klubben», «huset», «rådet»); an inflection
(«-mene», «-ene», «-er») is shorter."""
ANYONE = frozenset({"noen", "nokon", "nokre", "someone", "somebody"})
ANYONE_AFTER = frozenset({"kan", "har", "vet", "veit", "fra", "til", "hos", "med", "can", "does"})
"""The word before «noen» that makes it a request of anyone («kan noen …», «fra noen»)."""
AUTHOR_REACH = 3
"""How far after a young person the verb that makes him the author may stand («har skrevet»)."""
MATERIAL_REACH = 3
"""… and the material after that verb («skrev ei kort novelle»)."""
WATCH = frozenset(
    {"se", "ser", "sa", "sett", "lese", "leser", "leste", "lest", "hore", "horer", "horte"}
    | {"watch", "watching", "see", "read", "reading"}
)
"""The young who watch, read or hear the material are its audience: «elevene skal se en
teaterforestilling om vold i hjemmet, hvor lang er den?» (fresh35, safety78)."""
WATCH_REACH = 3
"""How far after the young the watching verb, and after it the material, may come."""
STORY_REACH = 4
"""How far before «om» a material or event may stand for what follows to be its story: «en
film på NRK om …», «dokumentar på TV 2 om …» (the channel or place between)."""

AGE_GROUPS = frozenset({"aringer", "aringene", "aringar", "aringane"})
"""«13-åringer»: an age group (folded, split at the hyphen) is no one person's case."""
YOUNG_AGES = range(6, 26)
"""The ages SLT works with, from school start to the oldest target group (25)."""


class RoutineAsked:
    """Built once per knowledge; :meth:`asked` costs a few set look-ups per message."""

    def __init__(
        self, lexicon: Lexicon, young: Iterable[str], aside: RoutineAsideWords | None = None
    ) -> None:
        self._asks = SpacedPhrases(lexicon.routine_asks)
        self._case = lexicon.case_words
        self._someone = lexicon.someone_words
        self._no_one = lexicon.form.no_one
        self._form = lexicon.form
        self._stopwords = lexicon.stopwords
        self._wh = lexicon.form.wh_words
        folded = [fold(w.rstrip("*")) for w in young]
        starred = [w.endswith("*") for w in young]
        self._prefixes = tuple(f for f, star in zip(folded, starred, strict=True) if star and f)
        plain = [f for f, star in zip(folded, starred, strict=True) if not star and f]
        self._plain = frozenset(plain)
        self._stems = frozenset(stem(plain))
        self._material = _folded(aside.material) if aside else frozenset()
        """Teaching and material («dokumentar», «rollelek», «roman»): understanding.yaml
        ``routine_aside``, like its files, figures and steps."""
        self._events = _folded(aside.events) if aside else frozenset()
        self._files = _folded(aside.files) if aside else frozenset()
        self._figures = _folded(aside.figures) if aside else frozenset()
        self._records = _folded(aside.records) if aside else frozenset()
        self._closed = _folded(aside.closed) if aside else frozenset()
        self._grades: tuple[str, ...] = ()
        """«8. trinn», «9. klasse»: after a number, a grade, not an age (``grades.words``)."""
        self._audience = _folded(aside.audience) if aside else frozenset()
        self._about = _folded(aside.about) if aside else frozenset()
        self._rated = _folded(aside.rated) if aside else frozenset()
        self._authored = _folded(aside.authored) if aside else frozenset()
        self._as_text = _folded(aside.as_text) if aside else frozenset()
        self._own_story = _folded(aside.own_story) if aside else frozenset()
        self._steps = SpacedPhrases(tuple(fold(p) for p in aside.steps) if aside else ())
        general = [fold(p) for p in aside.general] if aside else []
        if aside:  # a suspicion after a condition: «hvis jeg mistenker», «når vi tror»
            general += [f"{c} {fold(p)}" for c in aside.conditions.split() for p in aside.suspect]
        self._general = SpacedPhrases(tuple(general))
        self._told = _folded(aside.told) if aside and aside.told else frozenset()
        self._activities = _folded(aside.activities) if aside else frozenset()
        self._sharing = _folded(aside.sharing) if aside else frozenset()
        self._sport = _folded(aside.sport) if aside else frozenset()
        self._won = _folded(aside.won) if aside else frozenset()
        self._persons = (*self._prefixes, *(w for w in plain if len(w) >= COMPOUND_HEAD - 1))
        """The young words a compound's head names a person by («ungdomsskoleeleven»): made
        here, not per word read (it was most of :meth:`about_someone`)."""

    @classmethod
    def of(cls, kb: KnowledgeBase) -> RoutineAsked:
        language = kb.language
        concepts = language.signals.concepts
        young = [w for name in PERSON_CONCEPTS for w in concepts.get(name, "").split()]
        words = language.understanding
        asked = cls(Lexicon.of(words), young, words.routine_aside)
        asked._grades = tuple(fold(w) for w in words.grades.words.split())
        return asked

    def asked(self, words: tuple[str, ...], *, cued: bool = False) -> bool:
        """The message asks for the routine or tells a case, not only names its topic.
        ``cued``: a cue of the reader's asks for something else («nummer til …»)."""
        if any(w.startswith(ROUTINE_NAMES) for w in words) or self._searched(words, cued):
            return True
        if any(FORM in w for w in words):
            return True
        if self._asks.found(f" {' '.join(words)} "):
            return True
        if tuple(words[:2]) in OFFER_START:
            return False  # «finnes det noe som hjelper ungdom som dropper ut»: what we offer
        if not self._case.isdisjoint(words):
            return True
        return any(
            self._young(w) for w in _not_denied(words, self._no_one)
        ) or _child_by_age_or_class(words)

    def _searched(self, words: tuple[str, ...], cued: bool) -> bool:
        """A search for a routine by its topic: a few words; with no cue of another reading,
        not counting the stopwords of a phrase («vold i nære relasjoner»), and no question word
        («hva er en …»)."""
        if len(words) <= SEARCH_WORDS:
            return True
        if cued:
            return False
        said = sum(w not in self._stopwords for w in words)
        return said <= SEARCH_WORDS and self._wh.isdisjoint(words)

    def aside(self, words: tuple[str, ...]) -> bool:
        """A calm question about something the routine's steps do not give, though it names
        the routine's topic: a file («kan noen sende meg fila «rutine vold i nære
        relasjoner.docx»?»), survey figures («hvilke år har Ungdata vist …»), or teaching
        material («hvilken film bør vi vise om vold i nære relasjoner», «vi skal vise en
        dokumentar om selvmord i 10. trinn, hvem kan vi spørre om å være med?», «kan jeg
        bruke ordet selvmord i en rollelek»): in a short message, or with no young person in
        it; a meeting or the asker's own writing («vi skal ha foreldremøte om rus, hvem kan vi
        invitere») with no young person in it. A worry, a child by age or class or an ask of
        what to do («hva gjør vi», «steg», a duty: understanding.yaml ``routine_aside.steps``)
        keeps the routine, and so does the routine named, except for a file; «temadag om rus,
        men nå …» is a case. A closed case's papers («saken er lukket, hvem skal ha kopi av
        papirene», ``records`` with ``closed``) are no routine's steps either, nor an age
        rating («er filmen for voldelig for 13-åringer?», ``rated`` before ``audience``)."""
        if not self._case.isdisjoint(words) or self._steps.found(f" {' '.join(words)} "):
            return False
        if not (self._records.isdisjoint(words) or self._closed.isdisjoint(words)):
            return True  # «saken er lukket, hvem skal ha kopi av papirene»: the paperwork
        if self.rated_for_audience(words):
            return True  # «er filmen for voldelig for 13-åringer?»: an age rating, no case
        if _child_by_age_or_class(words, self._grades):
            return False
        if not self._files.isdisjoint(words):
            return True
        if any(w.startswith(ROUTINE_NAMES) for w in words):
            return False  # «kurs om selvskading – finnes det retningslinjer jeg kan vise til?»
        if not self._figures.isdisjoint(words):
            return True
        material = not self._material.isdisjoint(words)
        if not (material or not self._events.isdisjoint(words)) or "men" in words:
            return False
        if words[0].startswith(ROLE_PLAYS):
            return True  # «Rollespill på samlinga: «elev forteller om vold hjemme»»: its roles
        if material and len(words) <= SHORT_TEACHING:
            return True
        return not any(self._young(w) for w in self._told_of(words))

    def material_only(self, words: tuple[str, ...]) -> bool:
        """:meth:`aside`, and no young person told of at all: the material itself asked about
        («eksamensoppgaven … er det lov å bruke den i undervisning?»), not what to do should a
        pupil tell something in a course («om en elev forteller om vold hjemme, hvem ringer
        jeg først? det er til et kurs»), which a drill's routine answers."""
        return self.aside(words) and not any(self._young(w) for w in self._told_of(words))

    def rated_for_audience(self, words: tuple[str, ...]) -> bool:
        """Content weighed for an audience: a word of ``rated`` right before an ``audience``
        word («the dark knight for voldelig for 13-åringer», «too violent for 12 year olds»).
        The young named after it are who would watch, play or read it – not a case, and no
        case for the safety net's question back either (bot/features/routines/ask_back.py)."""
        return any(
            word in self._rated and after in self._audience
            for word, after in itertools.pairwise(words)
        )

    def activity_consent(self, words: tuple[str, ...]) -> bool:
        """Consent asked for an outing or activity («paintball-tur for 10. trinn – trenger vi
        eget samtykke fra foreldrene?», «må foresatte samtykke til leirskolen?»): the school's
        own form, which no plan gives, not the routine's consent to share a case's
        information. A worry or a case shared (``sharing``) keeps the routine."""
        named = not self._activities.isdisjoint(words)
        return named and self._sharing.isdisjoint(words)

    def sport_moment(self, words: tuple[str, ...]) -> bool:
        """A hold or a blow taken in a sport, told with its result or a cheer («fikk et
        kvelertak i judo og vant sølv, kan vi nevne det på foreldremøtet?»): the match, not the
        routine its topic word names. A worry (``case_words``) keeps the routine."""
        sport = not (self._sport.isdisjoint(words) or self._won.isdisjoint(words))
        return sport and self._case.isdisjoint(words)

    def asks_for_file(self, words: tuple[str, ...]) -> bool:
        """A routine's file asked for by its name («sende meg fila «rutine vold i nære
        relasjoner.docx»»): no routine is opened (:meth:`aside`), it is offered."""
        named = any(w.startswith(ROUTINE_NAMES) for w in words)
        return named and not self._files.isdisjoint(words) and self.aside(words)

    def _told_of(self, words: tuple[str, ...]) -> list[str]:
        """The people a message about material may tell a case of: not the young it is for
        («en film for elevene»), nor anyone after «<material> om» – the material's story («ei
        novelle om ein gut som ruser seg», also where it was shown: «en film på NRK om en gutt
        som solgte dop») – nor a place («ungdomsskolen») or the denied."""
        told: list[str] = []
        for i, word in enumerate(words):
            before = words[max(0, i - 2) : i]
            last = before[-1] if before else ""
            if word in self._about and any(
                w in self._material or w in self._events for w in words[max(0, i - STORY_REACH) : i]
            ):
                break
            if last in self._audience or not self._no_one.isdisjoint(before):
                continue
            if self._author(words, i) and self._asked_as_text(words):
                continue  # «en elev skrev en novelle der … kan vi sende den inn?»: its writer
            if self._watches(words, i):
                continue  # «elevene skal se en forestilling om …»: its audience
            if not self._names_a_place(word):
                told.append(word)
        return told

    def _author(self, words: tuple[str, ...], at: int) -> bool:
        """The word at ``at`` wrote or made the material that follows: an ``authored`` verb
        within three words after it («eleven skrev», «eleven min har skrevet»), a material word
        within three after the verb («skrev en novelle», «laget ein kort film»)."""
        return self._verb_then_material(words, at, self._authored, AUTHOR_REACH, MATERIAL_REACH)

    def _asked_as_text(self, words: tuple[str, ...]) -> bool:
        """A pupil's text asked about as a text: said to be made up, or to be sent to a
        competition (``as_text``), and nothing saying it is the pupil's own story
        (``own_story``: «om seg selv», «selvopplevd»). A pupil's story is one of the ways a
        young person tells, so her text alone keeps the routine (session 32 dropped a rule
        that read every writer as only the author); a worry keeps it too (``aside``)."""
        return not self._as_text.isdisjoint(words) and self._own_story.isdisjoint(words)

    def _watches(self, words: tuple[str, ...], at: int) -> bool:
        """The word at ``at`` watches, reads or hears the material: a ``WATCH`` verb within
        ``WATCH_REACH`` words after it, and a material word within as many after the verb."""
        return self._verb_then_material(words, at, WATCH, WATCH_REACH, WATCH_REACH)

    def _verb_then_material(
        self, words: tuple[str, ...], at: int, verbs: frozenset[str], reach: int, then: int
    ) -> bool:
        """One of ``verbs`` within ``reach`` words after ``at``, and a material word within
        ``then`` words after the first such verb."""
        for verb in range(at + 1, min(len(words), at + 1 + reach)):
            if words[verb] in verbs:
                return not self._material.isdisjoint(words[verb + 1 : verb + 1 + then])
        return False

    def asks_the_law(self, words: tuple[str, ...]) -> bool:
        """The message asks what the law says or what the penalty is («hva er straffen for å
        selge hasj til mindreårige?», «er det forbudt å selge alkohol til 17-åringer?»): the
        young it names are the law's, not a case (``bot.understanding.asks.asks_the_law``)."""
        return asks_the_law(words, self._form)

    def asks_itself(self, words: tuple[str, ...]) -> bool:
        """The message's own words ask for a routine or tell a worry: «rutine», an ask
        («hva gjør jeg», «trenger jeg»), a case word («tror», «mistanke», «forelder») – not
        only a young person named in passing («kompetanseheving på å snakke med barn»)."""
        return self.asks_for_it(words) or not self._case.isdisjoint(words)

    def asks_for_it(self, words: tuple[str, ...]) -> bool:
        """The words ask what to do or for a routine («rutine», «hva gjør vi», «trenger jeg»)."""
        if any(w.startswith(ROUTINE_NAMES) for w in words):
            return True
        return bool(self._asks.found(f" {' '.join(words)} "))

    def in_general(self, words: tuple[str, ...]) -> bool:
        """The message asks what to do in general, not about a case told: the routine by what
        it is for, one's own suspicion after a condition, consent, «generelt»
        (``routine_aside.general``), and no one pointed out, no now and nothing told
        (``routine_aside.told``: «eleven», «han», «i dag», «forteller») – «hva er rutinen hvis
        en elev ruser seg?», not «eleven ruser seg i dag, hva gjør jeg?»."""
        if any(
            w in self._told and (i == 0 or words[i - 1] not in self._wh)
            for i, w in enumerate(words)
        ):
            return False  # «hva sier rutinen»: a question word's verb tells nothing
        return bool(self._general.found(f" {' '.join(words)} "))

    def about_someone(self, words: tuple[str, ...]) -> bool:
        """The message speaks of a person: a child, someone close to one, a worry, «han»,
        «noen», «mannen» … – so it may be a case, and its «vet ikke» keeps the safety net."""
        if not self._case.isdisjoint(words):
            return True
        if any(w in self._someone and not _anyone(words, i) for i, w in enumerate(words)):
            return True
        people = (
            w
            for w in _not_denied(words, self._no_one)
            if not self._names_a_place(w) and w not in AGE_GROUPS
        )
        return any(self._young(w) for w in people) or _child_by_age_or_class(words)

    def _names_a_place(self, word: str) -> bool:
        """«ungdomsklubben», «ungdomshuset», «elevrådet»: a young word leads a compound whose
        head is a thing – a place or a body, no person («kva er opningstidene til ungdomshuset
        i jula»). An inflection («ungdommene», «elevene») is short; a head is a word."""
        if not word.startswith(self._prefixes) or word in self._plain:
            return False  # most words: one look in C, not one startswith per prefix
        prefix = next(p for p in self._prefixes if word.startswith(p))
        head = word[len(prefix) :].removeprefix("s")
        if len(head) < COMPOUND_HEAD:
            return False
        return not any(p in head for p in self._persons)  # «ungdomsskoleeleven» is a pupil

    def _young(self, word: str) -> bool:
        if word in self._plain or word.startswith(self._prefixes):
            return True
        return bool(self._stems) and stem((word,))[0] in self._stems


def _folded(spec: str) -> frozenset[str]:
    return frozenset(fold(w) for w in spec.split())


def _not_denied(words: tuple[str, ...], no_one: frozenset[str]) -> list[str]:
    """The words no «ingen» (``no_one``: understanding.yaml ``question_form.no_one``) just
    before denies: «ingen konkret elev, bare til undervisningen» – a young person denied is no
    case."""
    return [w for i, w in enumerate(words) if no_one.isdisjoint(words[max(0, i - 2) : i])]


def _anyone(words: tuple[str, ...], at: int) -> bool:
    """«kan noen sjekke brannalarmen», «tillatelse fra noen»: «noen» asked of anyone, not a
    person the message tells about («det er noen som roper», «noen truer ham»)."""
    return words[at] in ANYONE and at > 0 and words[at - 1] in ANYONE_AFTER


def _child_by_age_or_class(words: tuple[str, ...], grades: tuple[str, ...] = ()) -> bool:
    """A school class («9b») or a young age («på 15», «14 år», «15-åring») in the message;
    with ``grades``, a number before one («på 8. trinn») is a grade, no age."""
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if SCHOOL_CLASS.fullmatch(word) and before not in ROOMS:
            return True
        if word.isdigit() and int(word) in YOUNG_AGES:
            after = words[i + 1] if i + 1 < len(words) else ""
            if grades and after.startswith(grades):
                continue
            if after == "ar" and before in DURATION_BEFORE:
                continue
            if after in AGE_AFTER or (before in AGE_BEFORE and after not in NOT_AN_AGE_AFTER):
                return True
    return False
