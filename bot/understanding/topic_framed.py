"""«Hva kan jeg si til foreldrene om natteravnene?», «hva vet du om natteravnene?»: a topic
asked in a frame, read as the question about the topic.

Found walking as a teacher preparing a foreldremøte (walk81): «hva kan jeg si til
foreldrene om natteravnene?» got the honest fallback, though «natteravnene?» gets the tiltak.
The words «si til foreldrene» are those of another class – whether to tell the parents before
a report to the barnevern («skal jeg si fra til foreldrene først?», a routine's step) – and
the examples of that class outvoted the tiltak the rules found. What the asker means to tell
the parents *about* something is that thing asked: the message is restated as «fortell om X»
(the scene before it kept), and X is answered as it would be alone.

«Hva vet du om natteravnene?» got the help card: «hva vet du» asks what the bot can do, but
with «om X» it asks what the bot knows of X – the same restatement.

Only the reading is restated: the danger check and the privacy guard read the whole message
first (bot/routing.py). A question without «om X» («hva skal jeg si til foreldrene?», «skal
jeg si det til foreldrene?») is left as typed: it is the routine's question about telling.
"""

from __future__ import annotations

import re

_WHAT = r"(?:hva|kva|ka)"
_MAY = r"(?:kan|skal|bør|må|kunne|burde|sier|seier|svarer|forteller|fortel)"
_WHO = r"(?:jeg|eg|vi|me|man|ein|en)"
_SAY = r"(?:si|seie|fortelle|fortelja|fortelje|svare|forklare|informere|nevne|ta opp)"
_PARENTS = (
    r"(?:foreldrene|foreldre|foreldra|foresatte|de\s+foresatte|forelderen|familien|familiene|"
    r"moren|mora|mor|faren|far|mamma|pappa)"
)
_AT = r"(?:på\s+(?:foreldremøtet|foreldremøte|foreldremøter|møtet)\s+)?"
_TOLD = re.compile(
    rf"\b{_WHAT}\s+{_MAY}\s+(?:{_WHO}\s+)?(?:{_SAY}\s+)?{_AT}(?:til\s+)?{_PARENTS}\s+{_AT}"
    rf"(?:om|angående|ang\.?)\s+(?P<topic>[^?]*\w)\s*\??\s*$",
    re.IGNORECASE,
)
_KNOWN = re.compile(
    rf"\b{_WHAT}\s+(?:vet|veit|kan)\s+(?:du|dere|boten)\s+(?:om|angående)\s+"
    r"(?P<topic>[^?]*\w)\s*\??\s*$",
    re.IGNORECASE,
)
_ASKING = r"(?:hvem|hva|hvilke|hvilken|hvilket|hvor|når|hvordan|kven|kva|kor|korleis|kva for)"
_OF_YOU = re.compile(
    rf"\b(?:kan|kunne|vil|gidder)\s+(?:du|dere)\s+(?:si|fortelle|vise|gi|seie|fortelje)\s+"
    rf"(?:meg|oss|eg|me)\s+(?:kort\s+)?(?P<asked>{_ASKING}\b[^?]*\w)\s*\??\s*$",
    re.IGNORECASE,
)
_OVERVIEW = re.compile(
    r"\b(?:(?:kan|kunne)\s+(?:du|dere)\s+)?(?:gi|vis|gje|send)\s+(?:meg|oss)\s+"
    r"(?:en\s+|ei\s+|et\s+|ein\s+|eit\s+)?(?:kort\s+)?(?P<asked>oversikt\s+over\s+[^?]*\w)"
    r"\s*\??\s*$|\b(?:kan|kunne|får)\s+(?:jeg|vi|eg|me)\s+(?:få\s+)?"
    r"(?:en\s+|ei\s+|et\s+|ein\s+|eit\s+)?(?:kort\s+)?(?P<got>oversikt\s+over\s+[^?]*\w)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
"""«kan du si meg hvilke tiltak er forsinket?», «gi meg en oversikt over tiltakene»: a request
that the asker be told, whose «meg» read as «mine» («Dine tiltak …», walk81) – the question
asked is what follows it."""
_GATE = ("foreld", "foresatt", "mor", "far", "mamma", "pappa", "familie")
"""A part of every parent word: without one, the parents' pattern is not tried."""
_KNOWN_GATE = (" du om", " dere om", " boten om")


def topic_framed(text: str) -> str | None:
    """``text`` as «fortell om X» when it asks what to tell the parents about X, or what the
    bot knows about X; the question alone when a request frame («kan du si meg …», «gi meg en
    oversikt over …») stands before it; else None."""
    lowered = text.lower()
    found = None
    if any(part in lowered for part in _GATE):
        found = _TOLD.search(text)
    if found is None and any(part in lowered for part in _KNOWN_GATE):
        found = _KNOWN.search(text)
    if found is None and (" meg " in lowered or " oss " in lowered or "oversikt" in lowered):
        return _requested(text)
    if found is None:
        return None
    scene = text[: found.start()].rstrip()
    asked = f"fortell om {found.group('topic')}?"
    return f"{scene} {asked[:1].upper()}{asked[1:]}" if scene else asked[:1].upper() + asked[1:]


_MAIN_ORDER = re.compile(
    r"^((?:hvem|hva|kven|kva)|(?:hvilke|hvilken|hvilket|kva\s+for)\s+\w+)\s+som\b",
    re.IGNORECASE,
)
"""An embedded question's «som» after its subject («hvilke tiltak som mangler ansvarlig»),
left out as the question is asked on its own («hvilke tiltak mangler ansvarlig»)."""


def _requested(text: str) -> str | None:
    """``text`` with «kan du si meg» or «gi meg en» before what is asked left out, else None."""
    found = _OF_YOU.search(text) or _OVERVIEW.search(text)
    if found is None:
        return None
    asked = _MAIN_ORDER.sub(r"\1", next(g for g in found.groups() if g), count=1)
    scene = text[: found.start()].rstrip()
    asked = f"{asked[:1].upper()}{asked[1:]}?"
    return f"{scene} {asked}" if scene else asked


__all__ = ["topic_framed"]
