"""Messages that say there is no case now, though danger words stand in them.

* **A rehearsal** (:func:`rehearsed`): a case exercise, a course, a planning day, theory,
  teaching, a hypothetical – «vi øver på case i fagteamet: hva gjør man hvis en ungdom sier han
  blir presset til å selge? bare teori», «til planleggingsdagen: hva sier rutinen om vold?».
  The routine answers it calmly (bot/features/routines/no_case.py). A case told inside the frame
  is still a case: someone tells («etter kurset fortalte en elev at …»), a time says it happened
  («i går», «nå»), or a child or «han» stands in it outside a supposition («hvis en elev …»).
* **A threat in play** (:func:`played`): said over a game lost and laughed off by both («sa
  «jeg skal drepe deg» da han tapte i FIFA, de lo begge to») – read with the jokes
  (bot/safety_idioms.py ``laughing``, threats only).
* **A supposition** (:func:`supposed`): what to do should someone unnamed be taken ill – «hva
  gjør vi om noen besvimer på foreldremøtet?» – is planned, not told
  (bot/features/routines/medical.py ``planned_first_aid``).
* **A threat planned for** (:func:`planned`): what to do should someone unnamed threaten –
  «hva gjør vi hvis noen ringer inn en bombetrussel?», «kva gjer vi viss nokon kjem med kniv?»
  – a plan asked, answered with the routine calmly (bot/features/routines/no_case.py).
* **A title** (:func:`untitled`): words quoted after «heter», «sangen», «boka» … are a title,
  not what anyone says («sangen heter «Jeg skal drepe dragen»»): the danger check reads the
  message without them; so are words quoted as said of a match or a game («han ble skutt ned»
  sa de om e-sport-finalen): a commentator's line, no one shot.

Pure functions of folded words (``bot.safety_match.fold_words``); nothing is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.safety_frames import IF, IF_REACH, NOW, TOLD
from bot.safety_match import BREAK
from bot.safety_telling import CHILD
from bot.understanding.medical_asked import asks_what_to_do

FRAME = frozenset(
    {"ove", "ova", "ovar", "case", "casen", "caset", "caser", "casene", "teori", "teorien"}
    | {"kurs", "kurset", "kursa", "kursene", "rollespill", "rollespillet", "workshop"}
    | {"seminar", "seminaret", "undervisning", "undervisningen", "undervisninga"}
    | {"opplaering", "opplaeringen", "opplaeringa", "theory", "training", "roleplay"}
)
"""Folded words of a rehearsal: a drill, a case, theory, a course, teaching («øver» folds to
«over», the preposition too: only before «på», :data:`REHEARSING`)."""
FRAME_STARTS = (
    "planleggingsdag", "plandag", "fagdag", "studiedag", "temadag", "kursdag", "kurskveld",
    "caseoppg", "caseov", "ovingsoppg", "oving", "ovelse", "teoret", "hypotet", "personaldag",
    "undervisningsopp", "opplaeringsdag",
)  # fmt: skip
"""Compounds a rehearsal's word starts («planleggingsdagen», «øvingsoppgava», «hypotetisk»)."""
REHEARSING = (("over", "pa"), ("ovar", "pa"), ("ove", "pa"))
"""«øver på case»: «øver» folded is «over», read as a verb only before «på»."""
NO_CASE_STARTS = ("konkret", "aktuell", "spesifikk", "specific")
NO = frozenset({"ingen", "inga", "ikke", "ikkje", "uten", "utan", "no", "not"})
"""«ingen konkret sak», «ikkje ei aktuell sak», «no specific case»: no case (two words
before); «ikke teori», «ingen øving» deny the frame instead."""
DENIES = frozenset({"ikke", "ikkje", "not", "ingen", "inga", "ingenting"})

WHEN = frozenset(
    {"igar", "idag", "etterpa", "nettopp", "nylig", "nyleg", "forrige", "sist", "yesterday"}
    | {"today", "tonight", "igjen"}
)
"""A time that tells a case happened («etterpå kom en elev …», «forrige uke»)."""
AT = frozenset({"dag", "gar", "morges", "morgas", "kveld", "natt", "helga", "helgen", "fjor"})
"""After «i»: «i går», «i dag», «i natt» – a case's time."""
PEOPLE = CHILD | frozenset(
    {"ungdom", "ungdommen", "ungdomen", "ungdommer", "ungdommene", "elever", "elevene"}
    | {"elevar", "elevane", "jenter", "jentene", "gutter", "guttene", "gutar", "gutane"}
    | {"sonnen", "sonen", "dattera", "datteren", "dottera", "tenaring", "tenaringen"}
    | {"han", "hun", "ho", "hen", "ham", "henne", "honom", "he", "she", "him", "her"}
    | {"faren", "moren", "mora", "stefaren", "stefar", "mamma", "pappa", "kid", "child"}
    | {"girl", "boy", "student", "pupil", "teen", "teenager"}
)
"""Someone a case is about: in a rehearsal, only after a supposition («hvis en elev …»)."""
ASKED = frozenset({"hva", "kva", "ka", "what", "rutinen", "rutina", "planen", "loven", "lova"})
"""Right before «sier»: what a routine or the law says is asked, nobody tells («hva sier
rutinen om …»)."""
AFTER = frozenset({"etter", "under", "after", "during"})
"""Right before a rehearsal's word: the course was when a case came up («etter fagdagen …»)."""
AGED = frozenset({"aring", "aringen", "aringer", "aringar", "aringane", "aringene"})


def _aged(word: str) -> bool:
    """«14-åring», «15åringen»: someone of an age (folded «aring», maybe after the number)."""
    return word in AGED or (word.endswith(tuple(AGED)) and word[:2].isdigit())


SUPPOSE = IF | frozenset({"viss", "dersom", "tenk", "tenkt", "suppose"})
"""Words that make what follows supposed: «hvis en ungdom sier han …», «tenk om ei jente …»."""


def _frame_at(words: Sequence[str], at: int) -> bool:
    """A rehearsal's word at ``at``."""
    word = words[at]
    if word in FRAME or word.startswith(FRAME_STARTS):
        return True
    return (word, words[at + 1] if at + 1 < len(words) else "") in REHEARSING


def _framed(words: Sequence[str]) -> bool:
    """A rehearsal's word, not denied («dette er ikke en øvelse»)."""
    for at, word in enumerate(words):
        before = words[max(0, at - 2) : at]
        if word.startswith(NO_CASE_STARTS) and not NO.isdisjoint(before):
            return True  # «ingen konkret sak»
        if _frame_at(words, at) and DENIES.isdisjoint(words[max(0, at - 3) : at]):
            return True
    return False


def _case_told(words: Sequence[str]) -> bool:
    """A case told in the message: someone tells (not supposed), a time it happened or «nå»,
    or a person outside a supposition in its sentence."""
    supposed = False
    for at, word in enumerate(words):
        if word == BREAK:
            supposed = False
            continue
        supposed = supposed or word in SUPPOSE
        if word in NOW or word in WHEN:
            return True
        if word == "i" and at + 1 < len(words) and words[at + 1] in AT:
            return True
        told = word in TOLD and SUPPOSE.isdisjoint(words[max(0, at - IF_REACH) : at])
        if told and not (at and words[at - 1] in ASKED):
            return True  # not «hva sier rutinen»
        if (word in PEOPLE or _aged(word)) and not supposed:
            return True
        if word in AFTER and at + 1 < len(words) and _frame_at(words, at + 1):
            return True  # «etter kurset kom ei jente bort …»: the frame is a case's time
    return False


def rehearsed(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) say they rehearse, teach or ask in theory, and tell no case
    («om ein elev fortel om overgrep, kven ringjer eg først? spør for eit kurs»: the telling is
    supposed, :func:`_om_supposing`)."""
    return _framed(words) and not _case_told(_om_supposing(words))


SOMEONE = frozenset(
    {"noen", "nokon", "en", "ei", "ein", "et", "eit", "someone", "somebody", "anyone", "a", "an"}
)
"""Someone unnamed right after a supposition: «hvis noen …», «om ei jente …», «if someone …»."""
SUPPOSE_ABOUT = frozenset({"om", "viss"})
"""Before ``SOMEONE``, «om» supposes too: «hva gjør vi om noen besvimer» (not «om» = about)."""
ASKER = frozenset({"vi", "me", "man", "eg", "jeg", "du", "dere", "de", "dei", "we", "i"})
"""Right before «om»: who would act, so «om» supposes («hva gjør vi om en elev …»), where after
a noun it is «about» («meldingen om en elev som …», a case)."""


def _om_supposing(words: Sequence[str]) -> list[str]:
    """``words`` with «om» read as «hvis» where it supposes someone unnamed: first in a
    sentence or after who would act (``ASKER``), before ``SOMEONE`` – «om ein elev fortel om
    overgrep, …», «hva gjør vi om en elev sier …»."""
    read = list(words)
    for at, (word, after) in enumerate(pairwise(words)):
        opens = at == 0 or words[at - 1] == BREAK or words[at - 1] in ASKER
        if word == "om" and after in SOMEONE and opens:
            read[at] = "hvis"
    return read


def supposed(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) suppose what happens to someone unnamed and tell no case: «hva
    gjør vi om noen besvimer på foreldremøtet?», «kva gjer vi viss ein elev får eit anfall?» –
    a planning question. Not «hvis han ikke våkner» (someone there), nor a time, «nå» or a
    person before the supposition («eleven besvimte, hva gjør vi hvis …»)."""
    at = next(
        (
            i
            for i, (word, after) in enumerate(pairwise(words))
            if (word in SUPPOSE or word in SUPPOSE_ABOUT) and after in SOMEONE
        ),
        None,
    )
    if at is None:
        return False
    read = [*words[:at], "hvis", *words[at + 1 :]]  # «om noen» supposes as «hvis noen» does
    return not _case_told(read)


ANYONE = frozenset({"noen", "nokon", "nokre", "someone", "somebody", "anyone"})
"""Someone unnamed, no article: «hvis noen …» (not «om en elev …», also «about a pupil»)."""
IF_ANYONE = frozenset({"hvis", "viss", "vis", "dersom", "om", "if"})
HANDLING = frozenset(
    {"handterer", "handtere", "handterar", "takler", "takle", "reagerer", "reagere", "handle"}
    | {"gjere", "forholde", "forholder", "respond", "react"}
)
"""A question of doing beside ``asks_what_to_do``'s: «hvordan håndterer vi det hvis noen …»."""


ARTICLE = frozenset({"en", "ei", "ein", "et", "eit", "a", "an"})
IF_ONE = frozenset({"hvis", "viss", "vis", "dersom", "if"})
"""Before an article and a person, only these suppose (not «om»: «meldingen om en elev …»)."""


def _supposes_anyone(words: Sequence[str], at: int) -> bool:
    """A supposition of someone unnamed at ``at``: «hvis noen …», «om nokon …», or «hvis en
    elev …», «dersom ei jente …» (an article and a person, ``PEOPLE``)."""
    word, after = words[at], words[at + 1]
    if word in IF_ANYONE and after in ANYONE:
        return True
    person = words[at + 2] if at + 2 < len(words) else ""
    return word in IF_ONE and after in ARTICLE and (person in PEOPLE or _aged(person))


def planned(words: Sequence[str]) -> bool:
    """Whether ``words`` (folded) ask what to do should someone unnamed act – «hva gjør vi hvis
    noen ringer inn en bombetrussel?», «korleis handterer vi det om nokon kjem med kniv?»,
    «hvordan håndterer vi det hvis en elev truer med å skyte?» – and tell no case: not «noen
    ringte nettopp og sa …», nor «nå», nor a person before it."""
    at = next((i for i in range(len(words) - 1) if _supposes_anyone(words, i)), None)
    if at is None:
        return False
    asked = tuple(w for w in words if w != BREAK)
    doing = asks_what_to_do(asked) or not HANDLING.isdisjoint(asked)
    return doing and not _case_told([*words[:at], "hvis", *words[at + 1 :]])


GAME = frozenset(
    {"fifa", "spill", "spillet", "spel", "spelet", "gaming", "gamet", "game", "kamp", "kampen"}
    | {"match", "matchen", "tapte", "tapa", "taper", "tapar", "tapt", "vant", "ludo", "uno"}
    | {"monopol", "fortnite", "minecraft", "roblox", "xbox", "playstation", "sjakk", "lost"}
)
GAME_STARTS = ("fotball", "dataspill", "brettspill", "innebandy", "handball", "spillkveld")
LAUGHED = frozenset(
    {("lo", "begge"), ("begge", "lo"), ("de", "lo"), ("dei", "lo"), ("vi", "lo"), ("alle", "lo")}
    | {("lo", "godt"), ("ler", "begge"), ("begge", "ler"), ("de", "ler"), ("dei", "ler")}
    | {("venner", "igjen"), ("vener", "igjen"), ("vennar", "igjen"), ("both", "laughed")}
    | {("lo", "av"), ("flirte", "begge"), ("flira", "begge"), ("i", "spok"), ("pa", "kodd")}
    | {("lo", "de"), ("lo", "dei"), ("lo", "vi"), ("ler", "de"), ("lo", "alle"), ("lo", "hoyt")}
)
"""Laughed off by both, or friends again: «de lo begge to», «var venner igjen etterpå»."""


def played(words: Sequence[str]) -> bool:
    """A game lost or played and the words laughed off by both: a threat said in play."""
    game = any(w in GAME or w.startswith(GAME_STARTS) for w in words)
    return game and any(pair in LAUGHED for pair in pairwise(words))


TITLE = re.compile(
    r"\b(heter|het|hette|kalt|kalla|kalles|kallast|tittel|tittelen|titulert|sangen|songen"
    r"|låta|låten|boka|boken|filmen|spillet|spelet|serien|stykket|teaterstykket|diktet"
    r"|refrenget|called|titled|song|book|movie)(\s*:?\s*)"
    r"(«[^»\n]{1,80}»|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|”[^”\n]{1,80}”)",
    re.IGNORECASE,
)
"""A title cue and the quoted words right after it (up to 80 characters, one line)."""


_QUOTED = r"(«[^»\n]{1,80}»|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"|”[^”\n]{1,80}”)"
GAME_SAID = re.compile(
    _QUOTED + r"(\s*[,–-]?\s*(?:\w+\s+)?(?:sa|sier|seier|skrev|skreiv|ropte|roper|said|says)\s+"
    r"(?:\w+\s+){0,2}?(?:om|about)\s+(?:den\s+|det\s+|the\s+)?)"
    r"(?=(?:e-?sport|\w*finale|\w*turnering|(?!sl[åa]ss)\w*kampen|\w*match|\w*spill|spel"
    r"|gaming|fifa|fortnite|valorant|minecraft|roblox|counter-strike|csgo|lan-?et)\w*)",
    re.IGNORECASE,
)
"""Words quoted and said of a match, a tournament or a game: «…» sa de om e-sport-finalen."""


def untitled(text: str) -> str:
    """``text`` with each quoted title (after ``TITLE``'s cue) and each line quoted as said of a
    game (``GAME_SAID``) read as the word «tittel»."""
    if "«" not in text and '"' not in text and "“" not in text and "”" not in text:
        return text
    text = TITLE.sub(lambda m: f"{m.group(1)}{m.group(2)}«tittel»", text)
    return GAME_SAID.sub(lambda m: f"«tittel»{m.group(2)}", text)


__all__ = ["planned", "played", "rehearsed", "supposed", "untitled"]
