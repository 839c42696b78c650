"""A question after a scene: «elevene lager film om knivvold i prosjektuka. hvor ofte er
politiet på Gjesdal ungdomsskole?».

Staff tell why they ask before they ask. The scene's words («film», «knivvold») then rank
routines and tiltak the question is not about. When a message's last sentence is its only
question, retrieval looks for that sentence's words (the reader keeps every name the
scene gives: the kommune, a group). The danger check reads the whole message, as always.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.intents import Intent
from bot.understanding.options import MIN_SCORE
from bot.understanding.question_form import QuestionForm
from bot.understanding.retrieval import GENERIC, Hit, KnowledgeSearch

_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!])\s+|\s*\n+\s*|\s+[–—]\s+")
"""A sentence's end, a new line, or a dash between spaces («skal ha selvmord i litteraturen i
norsk – finnes det et årshjul for livsmestring?»)."""
_SCENE_COLON = re.compile(
    r"(?<=[^\d\s]):\s+(?=(?:hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|kven|kva|kor|"
    r"korleis)\b)",
    re.IGNORECASE,
)
_SUBJECT_LEFT_OUT = re.compile(
    r"^\W*(skal|må|bør|trenger|tenker)\s+(?!(?:de|dere|alle|hele|disse|ene)\b)"
    r"([a-zæøå]*[^n\W]e|ha|ta|gå|få|si|se|nå|bruk[e]?)\b(?<!ene)",
    re.IGNORECASE,
)
"""«Skal ha det med i en presentasjon i kveld», «må bruke det i en rapport»: a remark about the
writer, its subject left out – a verb-first question puts its subject right after the verb
(«skal vi …», «må rektor …»), so an infinitive there tells, even without a full stop."""
"""A colon before a space and a question word: «Til en sak i avisa om rus: hvilke år …?» tells
the scene first. «kl 14:30» has no space, «Treffpunkt: Ungdom på tvers» is a name."""
SCENE_MIN_WORDS = 3
"""A scene before such a colon has this many words at least: «rus: hvilke tiltak …» names the
topic, «Statistikkspørsmål: …» is a heading – both part of the question."""
_ASKS = re.compile(
    r"^\W*(hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|kven|kva|kor|korleis|finnes|"
    r"fins|har|er|kan|skal|må|bør)\b",
    re.IGNORECASE,
)
FOCUS_MIN = 2
"""A question this short («hva gjør jeg?») takes its words from the scene too."""
PLACE_WORDS = ("tiltak", "plan", "handlingsplan", "sltplan")
"""A question's words of these stems only say where to look («er det et SLT-tiltak?»,
«står det i planen?»): the scene before it says what about."""


_AFTER_QUESTION = re.compile(r"(?<=\?)\s+")
_QUESTION_WORD = re.compile(
    r"\b(hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|kven|kva|kor|korleis)\b", re.IGNORECASE
)
"""A remark after a question that holds one of these asks again («… og hva er nummeret»)."""


def question_part(text: str) -> str | None:
    """The last sentence when it alone asks and the sentences before it only tell, else None.
    A question with a remark after it («har vi noe der ansatte kan trene med ungdom? tenkte
    boksing 😄», «hvem står bak friluftsskolen? vil melde på ei jente») is read the same way:
    the question's sentence, after any scene before it.

    The last text's part is kept: a turn asks it of the same message twice (the reader, then
    the intent net's vote in bot/features/doubt.py)."""
    last, part = _LAST[0]
    if text != last:
        part = _question_part(text)
        _LAST[0] = (text, part)
    return part


_LAST: list[tuple[str, str | None]] = [("", None)]
"""The last text :func:`question_part` read, and its part."""


_PURPOSE = re.compile(
    r",\s+til\s+(?:bruk\s+i\s+(?:en|et|ei)\s+|(?:en|et|ei)\s+)(?:presentasjon|møte|sak|"
    r"rapport|notat|innlegg|orientering|foredrag|artikkel|framlegg|fremlegg|lysark|powerpoint)"
    r"[^,?]*$",
    re.IGNORECASE,
)
"""«hva er visjonen for SLT i Våler, til en presentasjon for politikerne»: what the answer is
for, after the question and a comma – a remark, as one after a question mark is. Only a thing
the writer makes or holds: «…, til en elev som sliter» says whom it is for, and «…, til
vanlig?», «…, i en nødsituasjon» narrow the question itself."""


def _question_part(text: str) -> str | None:
    purpose = _PURPOSE.search(text)
    if purpose and not _QUESTION_WORD.search(purpose.group()):
        asked = text[: purpose.start()]
        return _last_asking(asked) or (asked if _QUESTION_START.match(asked) else None)
    asked, *after = _AFTER_QUESTION.split(text.strip(), maxsplit=1)
    remark = after[0].strip() if after else ""
    # «Skal presentere for kommunestyret.»: a verb first but a full stop – a remark
    told = remark.rstrip().endswith((".", "!")) or bool(_SUBJECT_LEFT_OUT.match(remark))
    if remark and not (
        "?" in remark or (_ASKS.match(remark) and not told) or _QUESTION_WORD.search(remark)
    ):
        return _last_asking(asked) or asked
    return _last_asking(text)


_DASH_BEFORE = re.compile(r"\s[–—]\s+$")


def _narrowed(text: str, parts: list[str]) -> bool:
    """«Hva sier kommuneplanen som planen bygger på – hva er det overordnede målet?»: a
    question before the dash (it opens with a question word) that the one after it narrows –
    what the first asks about is asked, not a scene."""
    before = text[: text.rfind(parts[-1])]
    return bool(_DASH_BEFORE.search(before)) and bool(_QUESTION_START.match(parts[0]))


_QUESTION_START = re.compile(rf"^\W*{_QUESTION_WORD.pattern}", re.IGNORECASE)


def _last_asking(text: str) -> str | None:
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p and p.strip()]
    colon = list(_SCENE_COLON.finditer(parts[-1])) if parts else []
    if colon and len(parts[-1][: colon[-1].start()].split()) >= SCENE_MIN_WORDS:
        parts[-1:] = [parts[-1][: colon[-1].start()], parts[-1][colon[-1].end() :]]
    if len(parts) < 2:
        return None
    last = parts[-1]
    if any("?" in p for p in parts[:-1]) or _narrowed(text, parts):
        return None  # two questions: bot/understanding/clauses.py reads them apart
    if not (last.rstrip().endswith("?") or _ASKS.match(last)):
        return None
    return last


def focused_search(
    search: KnowledgeSearch,
    focus: Sequence[str],
    rest: Sequence[str],
    digits: Sequence[str],
    meant: Sequence[str],
    text: str = "",
) -> list[Hit]:
    """Retrieval over the question's own words (``focus``, from :func:`question_part`) when
    they are enough, else over the whole message's; and over the whole message's too when the
    question's words find nothing: «… rusforebygging på foreldremøtet – hva heter opplegget vi
    bruker?» points back at the scene, whose words say what it is about. A number in a remark
    after the question (``text``'s, «… ? Skal si noe på personalmøtet om 10 min») is not
    asked; one in a topic before it («Ungdata 2025 – hvor ofte …?») is."""
    # «… – er det et SLT-tiltak?»: words that only say where to look name nothing asked
    named = [w for w in focus if w not in GENERIC and not w.startswith(PLACE_WORDS)]
    focused = len(focus) >= FOCUS_MIN and bool(named)
    remark = _remark_numbers(text) if focused else frozenset()
    own = tuple(d for d in digits if d not in remark)
    hits = search.search((*(focus if focused else rest), *own), meant=meant)
    if focused and not any(h.score >= MIN_SCORE for h in hits):
        hits = search.search((*rest, *digits), meant=meant)
    return hits


def _remark_numbers(text: str) -> frozenset[str]:
    """The numbers of a remark after the message's question, and not of the question."""
    ask = question_part(text) if text else None
    if not ask or ask not in text:
        return frozenset()
    after = text[text.rfind(ask) + len(ask) :]
    return frozenset(re.findall(r"\d+", after)) - frozenset(re.findall(r"\d+", ask))


def told_before(
    intent: Intent,
    cue: str,
    role_words: tuple[str, ...],
    asked_words: set[str],
    said: QuestionForm,
) -> tuple[str, ...]:
    """``role_words``, or none when the role is only the writer's introduction before a
    question for the groups that asks nothing of it: «hei! ny kontaktlærer – hva slags grupper
    har vi i slt?» wants every group, not the kontaktlærer's seat. A question that names the
    role again, or points back at it («… hvilke grupper er de med i?», «… sitter jeg i»), or
    whose cue stands in the introduction, keeps it.

    So with a question about the plan as a whole after a story that names people («…
    ordføreren har bedt om en kort status. … hvor mange tiltak har vi i SLT-planen?»): the
    roles are whom the writer tells about, not whose tiltak are asked – unless the question
    names them again, points back at them or asks for an ansvar («… hvilke har de ansvar for?»)."""
    back = said.points_back | said.seat_pronouns | said.my
    if (
        role_words
        and _plan_asked(asked_words, said)
        and not (asked_words & (set(role_words) | back | said.own_ansvar))
    ):
        return ()
    if intent is not Intent.ROLE_GROUPS or not (role_words and asked_words and cue):
        return role_words
    if asked_words & (set(role_words) | back) or not set(cue.split()) <= asked_words:
        return role_words
    return ()


def _plan_asked(asked_words: set[str], said: QuestionForm) -> bool:
    """The question after a story names the plan itself («i SLT-planen», «handlingsplanen»),
    not only its tiltak."""
    return not asked_words.isdisjoint(said.plan_words - {"tiltak"})


__all__ = ["FOCUS_MIN", "focused_search", "question_part", "told_before"]
