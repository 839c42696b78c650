"""What a question asks of a tiltak it names: a detail the plan holds, or people it never names.

A tiltak is named in the question («hvem er kursholderne i Flexid»): the tiltak is what the
question is about, but «hvem er <some people>» asks for names, and the plan gives seats and
ansvar only. The tiltak's sheet would read as an answer to it; the honest «vet ikke», which
names the coordinator, is better. (Asking for any word the tiltak's text lacks was tried and
refused too much: «hva betyr det», «noen foreldre spør», «flexid-kursene».) Kept apart from
the reader, with the tiltak names it looks for, built once at load.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from bot.knowledge.action_plan import Tiltak
from bot.knowledge.index import KnowledgeBase, KommuneIndex
from bot.text import fold
from bot.understanding.intents import NAME_IS_TILTAK, OWNER_OF_NAMED, Intent
from bot.understanding.lexicon import Lexicon
from bot.understanding.normalise import stem
from bot.understanding.phrases import SpacedPhrases
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import GENERIC, Hit, KnowledgeSearch
from bot.understanding.rules import COORDINATOR_ROLE, LEAD_NAME, tiltak_names

FIELD_TEXT = (
    "ansvar ansvarlig ansvaret ansvarlige frist fristen frister status mal malet malene "
    "formal formalet hensikt hensikten innsatsomrade periode perioden tiltak tiltaket "
    "ferdig gjennomfort gjennomfores eier eieren handler dreier innebaerer bak holder "
    "planen plan handlingsplanen sltplanen beskrivelse forklaring ut inn"
)
"""What a tiltak's answer shows besides its text: asking for these is asking the plan."""
ASKS_NAMES = frozenset({("hva", "heter"), ("kva", "heiter"), ("kva", "heter"), ("hva", "heiter")})
"""«hva heter rektor på …»: a name, which the plan never gives – not even of a role's holder
(«hvem er rektor» may ask for the seat the role holds)."""
ASKS_PEOPLE = (
    frozenset({("hvem", "er"), ("kven", "er"), ("who", "are"), ("who", "is")}) | ASKS_NAMES
)
"""«hvem er kursholderne», «hva heter kursholderne»: people by name."""
NO_NAMES: tuple[SpacedPhrases, tuple[str, ...]] = (SpacedPhrases(()), ())
"""The tiltak names of a kommune the knowledge does not have: none."""
SHORT = 4
"""Words this short between «hvem er» and the people asked about are determiners and counts
(«hvem er de seks kursholderne»)."""
DETAIL_WORDS = 2
"""Only a short question is judged: a longer one tells its context in words of its own."""
OWNER_WORDS = frozenset(
    {"bak", "holder", "held", "arrangerer", "driver", "driv", "organiserer", "styrer", "star"}
    | {"ansvar", "ansvaret", "ansvarlig", "sorge", "sorger", "folger"}
)
"""«hvem står bak …», «hvem holder i den», «hvem sørger for …»: who runs something."""
HAS_IT = frozenset({("har", "den"), ("har", "det"), ("har", "dette"), ("har", "denne")})
"""«…, hvem har den?»: who has the thing named before – who runs it, as «holder i den»."""
OWNER_PARTICLES = frozenset({"opp", "i", "for", "med", "den", "det", "dette", "denne", "har"})
"""«hvem følger opp», «hvem holder i den»: the owner asked, with nothing else it is about."""
EXISTS = frozenset(
    {("har", "vi"), ("har", "me"), ("finnes", "det"), ("fins", "det"), ("finst", "det")}
)
"""«har vi …», «finnes det …»: whether something is there at all."""
WHAT_IS = frozenset(
    {("hva", "er"), ("kva", "er"), ("what", "s"), ("what", "is"), ("hva", "betyr")}
    | {("kva", "betyr"), ("kva", "e"), ("ka", "e"), ("hva", "slags")}
)
"""A question opening so asks what the thing after it is."""
SOLE_LETTERS = 7
SOLE_HITS = 2
"""A word this long that only this many objects hold, all tiltak («sommeruka» is two),
names them («friluftsskolen», «aktivitetsdagen»)."""


class TiltakTexts:
    """Per kommune, every tiltak's names (as the question may say them) and its text's stems."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        taken = {c for cues in lexicon.cues.values() for c in cues} | set(lexicon.routines)
        names = {
            k: {
                name: key
                for key, name in _names(index.kommune.tiltak, lexicon.form)
                if name not in taken and name not in index.phrases
            }
            for k, index in kb.kommuner.items()
        }
        self.names = {k: (SpacedPhrases(n), tuple(n.values())) for k, n in names.items()}
        self.said = lexicon.form
        self.tiltak_words = lexicon.form.tiltak_words
        self._skip = lexicon.filler | lexicon.stopwords | GENERIC | self.tiltak_words
        self._fields = frozenset(stem(FIELD_TEXT.split()))
        self._roles = lexicon.role_vocabulary
        greetings = lexicon.cues.get(Intent.GREETING, ())
        self._greetings = frozenset(w for cue in greetings for w in cue.split())

    def named(
        self,
        joined: str,
        kommune_id: str | None,
        starts: frozenset[str],
        search: KnowledgeSearch | None = None,
        asked: tuple[str, ...] = (),
    ) -> tuple[str, str] | None:
        """The longest tiltak name (its id or the title's lead) the question contains; else
        the tiltak a bare «hva er …?» names by a word only it holds (:meth:`sole_word`)."""
        phrases, keys = self.names.get(kommune_id or "", NO_NAMES)
        position = phrases.longest(joined, starts)
        if position is None:
            return self.sole_word(asked, search)
        return phrases.phrases[position], keys[position]

    def sole_word(
        self, asked: tuple[str, ...], search: KnowledgeSearch | None
    ) -> tuple[str, str] | None:
        """«hva er sommeruka?», «kva er aktivitetsdagane?», «what is the sommeruke thing?»:
        a question (``asked``: its own sentence) that asks only what one word is, a long word
        no knowledge object but a tiltak holds (``SOLE_HITS`` at most, all tiltak), names the
        tiltak retrieval ranks first for it, in whatever inflection the stems reach – the
        title need not open with it. Only so bare a question: a word in a longer one («… før
        foreldremøtet») is its context, not a name."""
        if search is None or tuple(asked[:2]) not in WHAT_IS:
            return None
        content = [w for w in asked[2:] if w not in self._skip and not w.isdigit()]
        if len(content) != 1 or len(content[0]) < SOLE_LETTERS or content[0] in self._roles:
            return None
        hits = search.search((content[0],))
        if hits and len(hits) <= SOLE_HITS and all(h.doc.kind == "tiltak" for h in hits):
            return content[0], hits[0].doc.key
        return None

    def asked(self, intent: Intent, words: tuple[str, ...]) -> bool:
        """Whether a tiltak the question names is what it asks for (its sheet): the readings
        a name overrides (``NAME_IS_TILTAK``), or its owner asked after whether it is there at
        all – «har me natteravnar i Gjesdal, og kven driv det?» asks both, and the sheet,
        with its ansvar, answers both; the owner alone leaves the first unanswered. A link
        command read from a word of the name («fortell om link til livet») is the tiltak's."""
        if intent in NAME_IS_TILTAK or intent is Intent.LINK_TEAM:
            return True
        if intent is not Intent.TILTAK_OWNER:
            return False
        pairs = list(pairwise(words))
        there = next((i for i, p in enumerate(pairs) if p in EXISTS), None)
        who = self.said.who_words
        owner = next((i for i, (a, b) in enumerate(pairs) if a == "og" and b in who), None)
        return there is not None and owner is not None and there < owner

    def owner_asked(
        self,
        intent: Intent,
        words: tuple[str, ...],
        rest: tuple[str, ...],
        search: KnowledgeSearch | None,
        about: tuple[tuple[str, str], ...],
        known: bool,
    ) -> tuple[Intent, str, tuple[tuple[str, str], ...]] | None:
        """«hvem står bak friluftsskolen? vil melde på ei jente», «aktivitetsdagen med politiet
        for 9. trinn – hvem holder i den?»: who runs a tiltak the question names by a word no
        other knowledge object holds, however much else it says: the owner asked, the word
        as its cue, what retrieval found with that tiltak first. ``rest``: the words of the
        question's own sentence first – «Agenda: «Rus og sosiale medier». Hvem har ansvaret
        for det felles opplegget?» asks of the opplegg, not of what the scene names –, then
        the message's («aktivitetsdagen … – hvem holder i den?»: the object before a dash).
        Only the tiltak the whole message ranks first among tiltak, when it ranks any: a word
        of a long message that names another is no owner asked (the weak-topic check no
        longer guards an owner found so, «hvem står bak friluftsskolen? vil melde på …») – or
        a message of nothing but the word and «hvem følger opp» («ungdomsgarantien, hvem følger
        opp»: «følger opp» may rank another tiltak, but the name is all it asks about).
        ``known``: a name, group or number in the question already says what it is about."""
        # «hvem lager årshjulet?»: a making asked, where the thing made is a tiltak's only
        # (Gjesdal's tiltak 1 and 2 «utvikle årshjul»), not the meetings' year plan; nothing
        # else asked beside it («hvem lager årshjul og møteplan for slt-arbeidet?» is no tiltak's)
        making = (
            intent is Intent.MEETING_PLAN
            and not self.said.makers.isdisjoint(words)
            and set(rest) - self.said.makers <= self._skip
        )
        if known or (intent not in OWNER_OF_NAMED and not making) or search is None:
            return None
        has_it = making or not HAS_IT.isdisjoint(pairwise(words))
        if self.said.who_words.isdisjoint(words) or (OWNER_WORDS.isdisjoint(words) and not has_it):
            return None
        ranked = next((key for kind, key in about if kind == "tiltak"), None)
        for word in (*rest, *words) if making else rest:  # the making's thing is its cue
            if len(word) < SOLE_LETTERS or word in self._skip or word in self._roles:
                continue
            hits = search.search((word,))
            if not hits or len(hits) > SOLE_HITS or any(h.doc.kind != "tiltak" for h in hits):
                continue
            alone = set(words) - {word} <= OWNER_WORDS | self.said.who_words | OWNER_PARTICLES
            if alone or ranked in (None, hits[0].doc.key):  # what the whole message finds agrees
                found = about
                for hit in reversed(hits if making else hits[:1]):  # each tiltak making it
                    found = first_tiltak(found, hit.doc.key)
                return Intent.TILTAK_OWNER, word, found
        return None

    def detail_not_held(
        self,
        named: tuple[str, str],
        words: tuple[str, ...],
        rest: tuple[str, ...],
    ) -> bool:
        """The question asks the named tiltak for people by name, which no plan holds."""
        phrase, _key = named
        name = set(phrase.split())
        asked = [
            w
            for w in rest
            if w not in name and w not in self._skip and len(w) >= 4 and not w.isdigit()
        ]
        if not asked or len(asked) > DETAIL_WORDS:
            return False
        if tuple(words[:2]) not in ASKS_PEOPLE or asked[0] not in words[2:]:
            return False
        between = words[2 : words.index(asked[0])]
        if any(w not in self._skip and len(w) > SHORT for w in between):
            return False  # «hvem er ansvarlig for kursene i Flexid»: the ansvar is asked
        # «hvem er kursholderne i Flexid»: people by name; the plan names seats only.
        if stem(asked[:1])[0] in self._fields:
            return False
        return asked[0] not in self._roles or tuple(words[:2]) in ASKS_NAMES

    def area(
        self, intent: Intent, cue: str, about: tuple[tuple[str, str], ...], words: tuple[str, ...]
    ) -> bool:
        """«kva er dei tre fokustiltaka» (a synonym adds «tiltak med spesielt fokus»): retrieval
        ranks an innsatsområde first and the question says «tiltak» – the area's tiltak answer
        it, not the plan's sheet, which only names the area."""
        read = intent is Intent.PLAN and not cue
        return read and about[:1] == (AREA,) and not self.tiltak_words.isdisjoint(words)

    def stated_owner(
        self,
        intent: Intent,
        role_words: tuple[str, ...],
        words: tuple[str, ...],
        rest: tuple[str, ...],
        owners: frozenset[str],
        group_id: str | None,
        coordinator: bool,
    ) -> tuple[str, ...]:
        """Whose tiltak a first-person question asks for, as the plan's ansvar names them: the
        ansvar's lead words the question holds («ungdomsskolen», «nav»), the group the writer
        sits in («jeg sitter i arbeidsgruppa»), or the coordinator («jeg er slt-k»). Empty when
        the writer does not speak of themselves, a «hvem» asks who owns something else, or the
        question is no tiltak question, or already the asker's own with a stated role. A
        group's members or duties read for a question whose form asks «kva tiltak» is a tiltak
        question. «vi» is the writer's service only beside ``tiltak.we_own`` («nav her, hva
        står vi ansvarlig for»); else the kommune («har vi noe tiltak for 8. trinn»)."""
        said = self.said
        if intent in GROUP_ONLY and group_id and self.asks_which_tiltak(words):
            intent = Intent.TILTAK_MINE  # «sit i arbeidsgruppa. kva tiltak e me ansvarlege for»
        # «familiens hus: hvilke tiltak er vi satt opp på»: the plan's tiltak asked by «hvilke
        # tiltak», where «vi» beside `we_own` is the service the writer named – its own tiltak,
        # when an ansvar names that service (never the coordinator's or a group's)
        listed = intent is Intent.TILTAK_LOOKUP and self.asks_which_tiltak(words)
        intent = Intent.TILTAK_MINE if listed else intent
        # «jeg er rektor på våler ungdomsskole – hvilke tiltak har vi ansvaret for?»: where no
        # ansvar names the role, the place the asker stated does («Ungdomsskolen»)
        by_role = intent is Intent.TILTAK_MINE and bool(role_words)
        if intent not in OWN_TILTAK or (by_role and not owners.isdisjoint(role_words)):
            return ()
        present = set(words)
        own = present & said.first_person or (present & said.we_service and present & said.we_own)
        if not own or present & said.who_words:
            return ()
        named = tuple(dict.fromkeys(o for w in rest for o in (w, f"{w}n") if o in owners))
        if named or by_role or listed:
            return named
        if coordinator:
            return (COORDINATOR_ROLE,)
        return (group_id,) if group_id else ()

    def ansvar_in_plan(
        self,
        intent: Intent,
        words: tuple[str, ...],
        rest: tuple[str, ...],
        role_words: tuple[str, ...],
        owners: frozenset[str],
        *,
        known: bool,
    ) -> bool:
        """«hva har rektorene ansvar for i slt-handlingsplanen», «jobber på frivilligsentralen,
        har vi noe ansvar i slt-planen»: an ansvar asked of the plan, with its holder named – a
        role, or an ansvar's lead word –, asks for that holder's tiltak (the plan's ansvar are
        its tiltak's). Not «hvem har ansvar …» (an owner asked), nor when a tiltak, group or
        number is named (``known``)."""
        if known or intent not in ANSVAR_READINGS:
            return False
        present, said = set(words), self.said
        if present.isdisjoint(said.plan_words):
            return False
        if intent is Intent.TILTAK_LOOKUP and present.isdisjoint(said.own_ansvar):
            return False  # «er det noe tiltak om trygt utemiljø på skolene»: a topic asked
        if present.isdisjoint(said.own_work) and not self._we_listed(present, rest, owners):
            return False
        return present.isdisjoint(said.who_words) and bool(role_words or _owner_in(rest, owners))

    def _we_listed(self, present: set[str], rest: tuple[str, ...], owners: frozenset[str]) -> bool:
        """«frivilligsentralen her, har vi noe i slt-planen?»: «vi» is the service the writer
        introduced («her», «jobber»), and nothing but whether it is in the plan is asked (no
        topic: «har vi noe om mobbing i planen» asks what the plan says on it)."""
        said = self.said
        if present.isdisjoint(said.we_service) or present.isdisjoint(said.we_own):
            return False
        asked = set(rest) - owners - self._roles - self._skip - said.own_in_plan - self._greetings
        return not asked - said.plan_words

    def asks_which_tiltak(self, words: tuple[str, ...]) -> bool:
        """«kva tiltak …», «hvilke tiltak …»: the question's form asks for tiltak."""
        which, tiltak = self.said.which_tiltak, self.tiltak_words
        return any(a in which and b in tiltak for a, b in pairwise(words))


def _owner_in(rest: tuple[str, ...], owners: frozenset[str]) -> bool:
    """An ansvar's lead word among ``rest``, also without its definite «-n»: «Våler
    ungdomsskole» is the plan's «Ungdomsskolen», as the owner named is (``owners_named``)."""
    return any(o in owners for w in rest for o in (w, f"{w}n"))


def first_tiltak(about: tuple[tuple[str, str], ...], key: str) -> tuple[tuple[str, str], ...]:
    """What retrieval found, with the tiltak ``key`` first."""
    return (("tiltak", key), *(a for a in about if a != ("tiltak", key)))


QUOTED = re.compile(r"«([^»]+)»")


def _names(tiltak: Sequence[Tiltak], said: QuestionForm) -> list[tuple[str, str]]:
    """Every tiltak's names (:func:`tiltak_names`), a one-word name also with the endings it
    is said with («natteravnene»: ``said.name_endings``), and the name its text quotes, when
    no other tiltak quotes it too: «Følge Handlingsplan mot vold i nære relasjoner («Uten
    vold»)» is named «uten vold»; «vold i nære relasjoner», quoted by two tiltak, names
    neither. A quoted name that starts like a question (``said.question_start``: «Hvor går
    grensen») would take questions."""
    question_start = said.question_start
    quoted = {t.id: [fold(q) for q in QUOTED.findall(t.tiltak)] for t in tiltak}
    count = Counter(q for names in quoted.values() for q in set(names))
    found = [(t.id, name) for t in tiltak for name in tiltak_names(t.id, t.tiltak)]
    found += [
        (key, f"{name}{ending}")
        for key, name in list(found)
        if " " not in name and not name.endswith(said.name_endings)
        for ending in said.name_endings
    ]
    for t in tiltak:
        for name in dict.fromkeys(" ".join(q.split()) for q in quoted[t.id]):
            unique = count[name] == 1 and len(name) >= LEAD_NAME
            if unique and name.split()[0] not in question_start:
                found.append((t.id, name))
    return found


OWN_TILTAK = frozenset({Intent.TILTAK_MINE, Intent.TILTAK_FOR_ROLE, Intent.TILTAK_OWNER})
GROUP_ONLY = frozenset({Intent.MEMBERS, Intent.DUTIES, Intent.UNKNOWN})
ANSVAR_READINGS = frozenset(
    {
        Intent.UNKNOWN,
        Intent.DUTIES,
        Intent.PLAN,
        Intent.CONTACT_SERVICE,
        Intent.ROLE_GROUPS,
        Intent.TILTAK_OWNER,  # «hva står NAV ansvarlig for»: no «hvem», so no owner asked
        # «hvilke tiltak står rektorene ansvarlige for»: «hvilke tiltak» asks for tiltak, an
        # ansvar word and the role say whose (no tiltak is named: ``known``)
        Intent.TILTAK_LOOKUP,
    }
)
"""Readings an ansvar asked of the plan by its holder's name corrects (``ansvar_in_plan``)."""
"""Readings a named group gives a question whose cue (if any) does not say tiltak."""


TILTAK_DETAIL = frozenset({Intent.TILTAK_LOOKUP, Intent.TILTAK_OWNER, Intent.TILTAK_DEADLINE})


AREA = ("plan", "area")


__all__ = ["OWN_TILTAK", "TILTAK_DETAIL", "TiltakTexts", "first_tiltak", "made_by"]


MAKER_NEAR = 0.8
"""The tiltak ranks first, or this near the first reading (the routine it makes)."""


def made_by(
    words: tuple[str, ...], hits: list[Hit], index: KommuneIndex | None, said: QuestionForm
) -> tuple[str, str] | None:
    """«hvem skal lage den felles rutinen for rusbekymring?»: a «hvem» question of who makes
    something (understanding.yaml ``tiltak.makers``), where a tiltak among the first two
    readings is that making («det utarbeides en felles rutine …»): its owner is asked, not
    the steps of the routine it makes. The tiltak's key and the longest word of the question
    its title holds (the owner's answer finds it by that word alone), or None."""
    if index is None or not hits or words[:1] not in said.asks_who:
        return None
    if said.makers.isdisjoint(words):
        return None
    found = next((h for h in hits[:2] if h.doc.kind == "tiltak"), None)
    if found is None or found.score < hits[0].score * MAKER_NEAR:
        return None
    tiltak = next((t for t in index.kommune.tiltak if t.id == found.doc.key), None)
    if tiltak is None or said.makers.isdisjoint(fold(tiltak.tiltak).split()):
        return None
    title = set(fold(tiltak.tiltak.split(":")[0]).split())
    held = sorted((w for w in words if w in title), key=len, reverse=True)
    return (tiltak.id, held[0]) if held else None
