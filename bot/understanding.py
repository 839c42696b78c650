"""Text → intent + entities, deterministically, for Norwegian questions as staff type them.

How a question is read (each step is explainable, nothing is learned):

1. Teams mention markup is removed and the text folded (lower case, æøå → ae/o/a).
2. Every word that is not in the vocabulary is corrected to the nearest vocabulary word
   (rapidfuzz, ratio ≥ 80) — the vocabulary is every cue word, group alias, level synonym,
   member role word and kommune name, built once at load.
3. A kommune named in the question ("i gjesdal") picks that kommune; otherwise the
   conversation's kommune is used.
4. The longest known phrases are matched against the corrected words: group aliases and
   level synonyms of that kommune.
5. Cue phrases decide the intent; the longest matching cue wins, ties go to the more
   specific intent.
6. Words left over that occur in member roles become the role asked about.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz, process

from bot.knowledge.index import LEVEL_SYNONYMS, KnowledgeBase, KommuneIndex
from bot.knowledge.models import Level
from bot.text import fold, strip_mentions


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
    UNKNOWN = "unknown"


# Cue phrases per intent, in folded form. Order of the dict is the tie-break priority.
CUES: dict[Intent, tuple[str, ...]] = {
    Intent.MEETING_CALL: (
        "innkall",
        "innkalle til",
        "kall inn",
        "send innkalling",
        "send ut innkalling",
        "lag innkalling",
    ),
    Intent.MEETING_CANCEL: ("avlys", "avlyse", "kanseller"),
    Intent.MEETING_MOVE: ("flytt", "flytte", "utsett motet", "utsette motet", "flytt motet"),
    Intent.LINK_CHANNEL: (
        "bruk denne kanalen for",
        "bruk kanalen for",
        "koble kanalen til",
        "denne kanalen er for",
        "knytt kanalen til",
    ),
    Intent.NEW_CALENDAR_LINK: (
        "ny kalenderlenke",
        "ny lenke til kalenderen",
        "ny lenke til arshjulet",
        "bytt kalenderlenke",
        "bytt kalenderlenken",
        "lag ny kalenderlenke",
    ),
    Intent.RELOAD: (
        "last inn kunnskapen",
        "last inn kunnskap",
        "last inn planen",
        "les inn planen",
        "last inn pa nytt",
        "les inn pa nytt",
        "oppdater kunnskapen",
        "oppdater kunnskap",
        "last kunnskapen pa nytt",
    ),
    Intent.MEETING_PLAN: (
        "moteplan",
        "moteplanen",
        "arshjul",
        "arshjulet",
        "motekalender",
        "motekalenderen",
        "alle motene",
        "kalender",
    ),
    Intent.NEXT_MEETING: (
        "neste mote",
        "neste motet",
        "nar er neste",
        "nar er det neste",
        "nar motes neste",
        "nar er motet",
        "neste gang",
        "kommende mote",
        "kommende moter",
    ),
    Intent.TILTAK_MINE: (
        "mine tiltak",
        "mitt tiltak",
        "mine oppgaver i planen",
        "hva har jeg ansvar for",
    ),
    Intent.TILTAK_STATUS: (
        "status handlingsplan",
        "status handlingsplanen",
        "status pa handlingsplanen",
        "status tiltak",
        "status pa tiltakene",
        "status for tiltakene",
        "status planen",
        "status pa planen",
        "hvordan gar det med tiltakene",
        "oversikt over tiltak",
        "oversikt tiltak",
    ),
    Intent.TILTAK_DEADLINE: (
        "frist for tiltak",
        "fristen for tiltak",
        "frist pa tiltak",
        "fristen pa tiltak",
        "nar er fristen",
        "hva er fristen",
        "hvilken frist",
        "frist for",
        "fristen for",
    ),
    Intent.TILTAK_OWNER: (
        "hvem har ansvar for",
        "hvem har ansvaret for",
        "hvem er ansvarlig for",
        "ansvarlig for tiltak",
        "hvem eier tiltak",
        "hvem har tiltak",
    ),
    Intent.TILTAK_FOR_ROLE: ("tiltak for", "tiltakene for", "tiltak til", "hvilke tiltak har"),
    Intent.LINK_TEAM: (
        "koble teamet til",
        "koble til",
        "knytt teamet til",
        "knytt til",
        "bruk kommune",
        "sett kommune",
        "bytt kommune",
        "bytt til",
        "vi er",
        "dette teamet er",
        "dette er",
        "link",
    ),
    Intent.HELP: (
        "hjelp",
        "hva kan du",
        "hva kan jeg sporre om",
        "hva kan jeg spore om",
        "help",
        "kommandoer",
        "hvordan bruker jeg",
        "hva kan boten",
        "hva vet du",
        "meny",
    ),
    Intent.INNKALLER: (
        "kaller inn",
        "kalle inn",
        "kalles inn",
        "innkaller",
        "innkalling",
        "innkalle",
        "kaller sammen",
        "sender innkalling",
        "sender ut innkalling",
    ),
    Intent.SEKRETAR: (
        "referat",
        "referatet",
        "sekretaer",
        "sekretaeren",
        "skriver referat",
        "tar referat",
        "referent",
        "skriver referatet",
    ),
    Intent.MOTELEDER: (
        "leder motene",
        "leder motet",
        "moteleder",
        "motelederen",
        "hvem leder",
        "leder gruppa",
        "leder gruppen",
        "styrer motene",
        "er leder",
        "leder for",
        "ledes av",
        "ledes motene",
        "leier motene",
    ),
    Intent.FREQUENCY: (
        "hvor ofte",
        "hvor mange ganger",
        "hvor mange moter",
        "nar moter",
        "nar motes",
        "hyppighet",
        "hvor hyppig",
        "motes",
        "moter de",
        "motefrekvens",
        "ganger i aret",
        "ganger per ar",
        "hvor jevnlig",
        "hvilke moter",
        "motes de",
    ),
    Intent.ROLE_GROUPS: (
        "hvilken gruppe",
        "hvilke grupper",
        "hvilket niva",
        "hvilke niva",
        "hvilket forum",
        "hvilke fora",
        "hvor sitter",
        "hvor er",
        "hvor deltar",
        "er med i",
        "sitter i hvilken",
        "sitter i hvilke",
        "hvilken gruppe sitter",
        "er representert i",
        "deltar i",
        "hvor hører",
        "hvor horer",
        "tilhorer",
    ),
    Intent.MEMBERS: (
        "hvem sitter",
        "hvem er med",
        "hvem er i",
        "hvem deltar",
        "deltakere",
        "deltagere",
        "medlemmer",
        "medlemmene",
        "sammensatt",
        "sammensetning",
        "hvem moter",
        "hvem er representert",
        "hvem bestar",
        "bestar av",
        "hvem er det i",
        "hvem sitt",
        "hvem er pa",
        "hvem sitter pa",
        "hvem er medlem",
        "hvem er medlemmer",
    ),
    Intent.TARGET_GROUP: (
        "malgruppe",
        "malgruppen",
        "aldersgruppe",
        "hvilken alder",
        "hvor gamle",
        "hvilke aldre",
        "alder",
    ),
    Intent.PLAN: (
        "planperiode",
        "planperioden",
        "hvilken plan",
        "vedtatt",
        "slt planen",
        "slt plan",
        "handlingsplan",
        "planen",
    ),
    Intent.LEVELS: (
        "nivaene",
        "tre niva",
        "tre nivaer",
        "slt modellen",
        "organisering",
        "organisert",
        "hvilke nivaer",
        "hva er slt",
        "nivaer",
    ),
    Intent.DUTIES: (
        "ansvar",
        "ansvaret",
        "ansvarlig for",
        "oppgaver",
        "oppgave",
        "oppgavene",
        "hva gjor",
        "hva skal",
        "mandat",
        "mandatet",
        "hensikt",
        "hensikten",
        "formal",
        "formalet",
        "rolle",
        "rollen",
        "hva driver",
        "jobb",
        "jobben",
        "hva er",
    ),
    Intent.COORDINATOR: (
        "slt koordinator",
        "slt koordinatoren",
        "slt k",
        "sltk",
        "koordinatoren",
        "koordinator",
        "slt koordinatorer",
    ),
    Intent.GREETING: ("hei", "hallo", "heisann", "god morgen", "takk", "tusen takk"),
}

SPECIFIC_FIRST = (
    Intent.NEW_CALENDAR_LINK,
    Intent.RELOAD,
    Intent.MEETING_CALL,
    Intent.MEETING_CANCEL,
    Intent.MEETING_MOVE,
    Intent.LINK_CHANNEL,
    Intent.MEETING_PLAN,
    Intent.NEXT_MEETING,
    Intent.TILTAK_MINE,
    Intent.TILTAK_STATUS,
    Intent.TILTAK_DEADLINE,
    Intent.TILTAK_OWNER,
    Intent.TILTAK_FOR_ROLE,
    Intent.LINK_TEAM,
    Intent.HELP,
    Intent.INNKALLER,
    Intent.SEKRETAR,
    Intent.MOTELEDER,
    Intent.FREQUENCY,
    Intent.ROLE_GROUPS,
    Intent.MEMBERS,
    Intent.TARGET_GROUP,
    Intent.PLAN,
    Intent.LEVELS,
    Intent.DUTIES,
    Intent.COORDINATOR,
    Intent.GREETING,
)

ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "rektor": ("rektor", "*skole"),
    "rektorer": ("rektor", "*skole"),
    "skoleleder": ("skoleleder", "rektor", "*skole"),
    "helsesykepleier": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "helsesoster": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "helsesostre": ("helsesykepleier", "skolehelsetjeneste", "*helsestasjon"),
    "skolehelsetjenesten": ("skolehelsetjeneste", "helsesykepleier"),
    "radmann": ("kommunedirektor", "radmann"),
    "kommunedirektor": ("kommunedirektor", "radmann"),
    "politiet": ("politi",),
    "barnevernet": ("barnevern",),
    "barnevernsleder": ("barnevernleder", "leder barnevern", "barnevern"),
    "ungdomskontakten": ("ungdomskontakt",),
    "sltk": ("slt koordinator",),
    "koordinatoren": ("koordinator",),
}

STOPWORDS = frozenset(
    {
        "hvem",
        "hva",
        "hvor",
        "hvilken",
        "hvilke",
        "hvilket",
        "er",
        "i",
        "pa",
        "og",
        "til",
        "av",
        "for",
        "med",
        "som",
        "sitter",
        "sitt",
        "sit",
        "de",
        "den",
        "det",
        "en",
        "et",
        "ei",
        "om",
        "har",
        "kan",
        "jeg",
        "du",
        "vi",
        "dere",
        "meg",
        "oss",
        "var",
        "skal",
        "ville",
        "vil",
        "gjor",
        "gjore",
        "nar",
        "sa",
        "ogsa",
        "ja",
        "nei",
        "the",
        "kommune",
        "kommunen",
        "gruppe",
        "gruppa",
        "gruppen",
        "niva",
        "nivaet",
        "nivaer",
        "motene",
        "mote",
        "moter",
        "motet",
        "hos",
        "inn",
        "ut",
        "fra",
        "ved",
        "bare",
        "alle",
        "noen",
        "mange",
        "ganger",
        "ofte",
        "leder",
    }
)
"""Words never taken as a role on their own."""


@dataclass(frozen=True)
class Understood:
    """What a question asks, in terms the answers understand."""

    intent: Intent
    kommune_id: str | None
    kommune_named: bool = False
    group_id: str | None = None
    level: Level | None = None
    level_named: bool = False
    role_words: tuple[str, ...] = ()
    mentions_coordinator: bool = False
    cue: str = ""
    words: tuple[str, ...] = field(default=(), repr=False)
    rest: tuple[str, ...] = ()
    """Words no kommune, group or cue explained, minus stopwords: what a search looks for."""
    number: str | None = None
    """A number in the question ("tiltak 18")."""


def _role_vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    """Words that occur in member roles (and role synonyms): what a role question may name."""
    words = set(ROLE_SYNONYMS)
    for index in kb.kommuner.values():
        for group in index.kommune.groups:
            for member in group.members:
                words.update(fold(member).split())
    return frozenset(w for w in words if w not in STOPWORDS)


def _build_vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    words: set[str] = set()
    for cues in CUES.values():
        for cue in cues:
            words.update(cue.split())
    for synonyms in LEVEL_SYNONYMS.values():
        for phrase in synonyms:
            words.update(phrase.split())
    words.update(ROLE_SYNONYMS)
    for name in kb.names:
        words.update(name.split())
    for index in kb.kommuner.values():
        words.update(w for phrase in index.phrases for w in phrase.split())
        for group in index.kommune.groups:
            for member in group.members:
                words.update(fold(member).split())
        for tiltak in index.kommune.tiltak:
            words.update(w for w in fold(tiltak.tiltak).split() if len(w) >= 4)
            words.update(w for a in tiltak.ansvar for w in fold(a).split())
    return frozenset(w for w in words if w)


class Understanding:
    """Reads questions against one knowledge base. Build once; ``understand`` is cheap."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.vocabulary = _build_vocabulary(kb)
        self.role_vocabulary = _role_vocabulary(kb)
        by_initial: dict[str, list[str]] = {}
        for word in sorted(self.vocabulary):
            by_initial.setdefault(word[0], []).append(word)
        # Typos rarely hit the first letter; requiring it keeps corrections conservative.
        self._by_initial = {k: tuple(v) for k, v in by_initial.items()}
        self._max_phrase = max(
            (len(p.split()) for i in kb.kommuner.values() for p in i.phrases), default=1
        )
        self._level_words = {
            phrase
            for synonyms in LEVEL_SYNONYMS.values()
            for phrase in synonyms
            if "niva" in phrase or phrase in ("styrende", "koordinerende", "utforende", "utovende")
        }

    def _correct(self, word: str) -> str:
        """The vocabulary word a typo most likely meant, or the word itself.

        Not cached: unknown words are often names, and a cache would keep them in memory.
        """
        if word in self.vocabulary or len(word) < 4 or word.isdigit():
            return word
        cutoff = 80 if len(word) >= 6 else 85
        candidates = self._by_initial.get(word[0], ())
        best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=cutoff)
        return best[0] if best else word

    def normalise(self, text: str) -> tuple[str, ...]:
        return tuple(self._correct(w) for w in fold(strip_mentions(text)).split())

    def understand(self, text: str, default_kommune: str | None) -> Understood:
        words = self.normalise(text)
        used = [False] * len(words)
        kommune_id, kommune_named = self._find_kommune(words, used, default_kommune)
        index = self.kb.get(kommune_id) if kommune_id else None
        group_id, level, level_named = self._find_group(words, used, index)
        intent, cue = self._find_intent(words, used)
        joined = f" {' '.join(words)} "
        mentions_coordinator = any(f" {c} " in joined for c in CUES[Intent.COORDINATOR])
        role_words = self._role_words(words, used)
        rest = tuple(
            w for i, w in enumerate(words) if not used[i] and w not in STOPWORDS and len(w) > 1
        )
        number = next((w for w in words if w.isdigit()), None)
        if intent is Intent.DUTIES and not (group_id or level or mentions_coordinator):
            intent = Intent.UNKNOWN  # "hva er været?" is not a question about duties
        if intent is Intent.UNKNOWN:
            intent = self._implicit_intent(group_id, level, role_words, mentions_coordinator)
        return Understood(
            intent=intent,
            kommune_id=kommune_id,
            kommune_named=kommune_named,
            group_id=group_id,
            level=level,
            level_named=level_named,
            role_words=role_words,
            mentions_coordinator=mentions_coordinator,
            cue=cue,
            words=words,
            rest=rest,
            number=number,
        )

    def _find_kommune(
        self, words: tuple[str, ...], used: list[bool], default: str | None
    ) -> tuple[str | None, bool]:
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                kommune_id = self.kb.names.get(" ".join(words[i : i + n]))
                if kommune_id:
                    for j in range(i, i + n):
                        used[j] = True
                    return kommune_id, True
        return default, False

    def _find_group(
        self, words: tuple[str, ...], used: list[bool], index: KommuneIndex | None
    ) -> tuple[str | None, Level | None, bool]:
        """The longest group alias or level synonym in the question."""
        if index is None:
            return None, None, False
        for n in range(min(self._max_phrase, len(words)), 0, -1):
            for i in range(len(words) - n + 1):
                if any(used[i : i + n]):
                    continue
                phrase = " ".join(words[i : i + n])
                hit = index.phrases.get(phrase)
                if hit is None:
                    continue
                for j in range(i, i + n):
                    used[j] = True
                kind, value = hit
                if kind == "group":
                    group = index.groups_by_id[value]
                    return group.id, group.level, False
                level = Level(value)
                group = index.group_for_level(level)
                return (group.id if group else None), level, phrase in self._level_words
        return None, None, False

    @staticmethod
    def _find_intent(words: tuple[str, ...], used: list[bool]) -> tuple[Intent, str]:
        joined = f" {' '.join(words)} "
        best: tuple[int, int, Intent, str] | None = None
        for priority, intent in enumerate(SPECIFIC_FIRST):
            for cue in CUES[intent]:
                if f" {cue} " in joined:
                    key = (len(cue), -priority, intent, cue)
                    if best is None or key[:2] > best[:2]:
                        best = key
        if best is None:
            return Intent.UNKNOWN, ""
        cue_words = set(best[3].split())
        for i, word in enumerate(words):
            if word in cue_words:
                used[i] = True
        return best[2], best[3]

    def _role_words(self, words: tuple[str, ...], used: list[bool]) -> tuple[str, ...]:
        role: list[str] = []
        for i, word in enumerate(words):
            if used[i] or word in STOPWORDS or len(word) < 3:
                continue
            if any(form in self.role_vocabulary for form in _inflections(word)):
                role.append(word)
        return tuple(role)

    @staticmethod
    def _implicit_intent(
        group_id: str | None, level: Level | None, role: tuple[str, ...], coordinator: bool
    ) -> Intent:
        """A question without a cue word: "fagteamet?" or "helsesykepleier"."""
        if group_id or level:
            return Intent.MEMBERS
        if coordinator:
            return Intent.COORDINATOR
        if role:
            return Intent.ROLE_GROUPS
        return Intent.UNKNOWN


SUFFIXES = ("ene", "en", "et", "er", "a", "e", "n")
"""Definite and plural endings, so "politikontakten" is the role "politikontakt"."""


def _inflections(word: str) -> tuple[str, ...]:
    forms = [word]
    forms += [word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    return tuple(forms)


def role_alternatives(role_words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each asked word with its synonyms and a stem, for matching member roles.

    A pattern matches a member word that starts with it; a leading ``*`` lets it match the
    end of a compound too ("*skole" matches "ungdomsskole").
    """
    alternatives = []
    for word in role_words:
        options = ROLE_SYNONYMS.get(word, ())
        stem = word[: max(4, len(word) - 2)] if len(word) > 6 else word
        alternatives.append((*options, stem))
    return alternatives
