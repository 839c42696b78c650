"""A claim to check, read as the question it answers: «Rektor sa at skolen har ansvar for
informasjonsskrivet, stemmer det?» asks who has the ansvar; «stemmer det at helsesykepleier
sitter i slt-nettverket?» asks whether the role is in the group (the member list with it in its
place); «Ordføreren sa at politirådet møtes fire ganger i året, stemmer det?» how often.

The answer states the plan's fact and lets the writer compare; it never says «ja» to a claim
the bot has not checked. A claim of a form not in ``_CLAIMS`` is asked as it stands. Part of
the message-structure reading (restated.py), which calls it only when a word of a check is in
the message.
"""

from __future__ import annotations

import re

_CLAIM_LEAD = re.compile(
    r"^\W*(?:(?:stemmer|stemmar)\s+det\s+at|er\s+det\s+(?:riktig|rett|sant|korrekt)\s+at|"
    r"har\s+(?:jeg|eg)\s+rett\s+i\s+at|is\s+it\s+true\s+that|"
    r".{0,60}?\b(?:sa|sier|seier|sei|påstår|mener|meiner|hørte|høyrde|har\s+hørt|"
    r"har\s+høyrt|skrev|skriv)\s+at)\s+(?P<claim>.+?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
"""What is claimed after the words that bring a claim: «stemmer det at …», «Rektor sa at …»,
«jeg hørte at …»."""
_CHECKED = re.compile(
    r"[,.;:–—-]?\s*(?:(?:og\s+)?(?:stemmer|stemmar)\s+(?:det|dette|det\s+da)|"
    r"er\s+(?:det|dette)\s+(?:riktig|rett|sant|korrekt)|har\s+(?:han|hun|ho|de|dei|dere)\s+rett|"
    r"is\s+that\s+(?:right|true|correct))\s*\??\s*$",
    re.IGNORECASE,
)
"""A check asked after the claim: «…, stemmer det?», «… – er det riktig?»."""
TAIL = 40
"""The longest check after a claim, in characters, with room to spare."""
_ASKED_LEAD = re.compile(
    r"^\W*(?:stemmer|stemmar|er\s+det\s+(?:riktig|rett|sant|korrekt)|har\s+(?:jeg|eg)\s+rett|"
    r"is\s+it\s+true)",
    re.IGNORECASE,
)

_QUESTION_START = re.compile(
    r"^\W*(?:hvem|hva|hvor|når|hvilke|hvilken|hvilket|hvordan|kven|kva|kor|korleis|er|har|"
    r"kan|skal|må|sitter|møtes|finnes|fins|gjelder|who|what|when|where|is|are|does|do)\b",
    re.IGNORECASE,
)
"""A message that asks before «…, stemmer det?» is a question, not a claim: read as it is."""

_CLAIMS = tuple(
    (re.compile(pattern, re.IGNORECASE | re.DOTALL), question)
    for pattern, question in (
        (
            r"^(?P<a>.+?)\s+(?:har|hadde|skal\s+ha|får)\s+(?:hoved)?ansvar(?:et)?\s+for\s+"
            r"(?P<t>.+)$",
            "hvem har ansvar for {t}?",
        ),
        (r"^(?P<a>.+?)\s+(?:er|blir)\s+ansvarlige?\s+for\s+(?P<t>.+)$", "hvem har ansvar for {t}?"),
        (r"^(?P<a>.+?)\s+står\s+bak\s+(?P<t>.+)$", "hvem står bak {t}?"),
        (
            r"^(?P<t>.+?)\s+(?:er|ligger\s+hos|ligg\s+hos)\s+(?P<a>\S+(?:\s+\S+)?)\s+"
            r"(?:sitt|sin|sine)\s+ansvar\b.*$",
            "hvem har ansvar for {t}?",
        ),
        (
            r"^(?P<t>.+?)\s+(?:drives|vert\s+drive|blir\s+drevet)\s+av\s+(?P<a>.+)$",
            "hvem driver {t}?",
        ),
        (r"^(?P<t>.+?)\s+(?:ledes|blir\s+ledet|vert\s+leia)\s+av\s+(?P<a>.+)$", "hvem leder {t}?"),
        (r"^(?P<t>.+?)\s+arrangeres\s+av\s+(?P<a>.+)$", "hvem arrangerer {t}?"),
        (r"^(?P<t>.+?)\s+gjennomføres\s+av\s+(?P<a>.+)$", "hvem gjennomfører {t}?"),
        (
            r"^(?P<t>.+?)\s+(?:koordineres|blir\s+koordinert)\s+av\s+(?P<a>.+)$",
            "hvem koordinerer {t}?",
        ),
        (
            r"^(?P<a>.+?)\s+(?:sitter|sit|er\s+med|er\s+medlem)\s+(?P<p>i|på|av)\s+(?P<g>.+)$",
            "sitter {a} {p} {g}?",
        ),
        (
            r"^(?P<a>.+?)\s+(?:kaller\s+inn|innkaller|kallar\s+inn)\s+(?:til\s+)?(?P<g>.+)$",
            "hvem kaller inn til {g}?",
        ),
        (r"^(?P<a>.+?)\s+(?:leder|leiar|leier)\s+(?P<g>.+)$", "hvem leder {g}?"),
        (
            r"^neste\s+møte\s+(?P<p>i|for|på)\s+(?P<g>.+?)\s+(?:er|blir)\s+.+$",
            "når er neste møte {p} {g}?",
        ),
        (
            r"^(?P<g>.+?)\s+(?:møtes|møter|har\s+møte|har\s+møter)\s+(?P<f>(?:hver|kvar|en|ein|"
            r"to|tre|fire|fem|seks|\d+|annenhver|anna\s*kvar|månedlig|ukentlig)\b.*)$",
            "hvor ofte møtes {g}?",
        ),
        (
            r"^(?P<a>.+?)\s+er\s+(?P<c>(?:slt[- ]?)?koordinator(?:en)?)\b(?P<r>.*)$",
            "hvem er {c} {r}?",
        ),
    )
)
"""A claim's form → the question it answers. «A har ansvar for T» asks who has it; «T drives av
A» who runs T; «A sitter i G» whether A is in G (the member list with A in its place); «G møtes
hver 6. uke» how often. A claim of no form here is asked as it stands."""


def claim_asked(text: str) -> str | None:
    """The question a claim to check answers, or None for a message that checks no claim."""
    tail = max(0, len(text) - TAIL)  # the check closes the message: only its end is searched
    checked = _CHECKED.search(text, tail)
    body = text[: checked.start()] if checked else text
    if checked is None and not _ASKED_LEAD.match(body):
        return None
    lead = _CLAIM_LEAD.match(body)
    if lead is None and checked is not None and not _QUESTION_START.match(body):
        claim = body.strip().rstrip("?.!,;:–—- ")  # «Natteravnene drives av …, stemmer det?»
        return _question_of(claim) if claim else None
    if lead is None:
        return None
    claim = lead.group("claim").strip().rstrip("?.!,; ")
    if not claim or claim.lower().startswith(("det ", "dette ")):
        return None
    known = _question_of(claim)
    if known is not None or _ASKED_LEAD.match(body):
        # «stemmer det at politiet er fast på skolen hos oss?» of no known form: the message
        # as typed, which the tiltak's claim reading answers (understanding/tiltak_reading.py)
        return known
    return f"{claim}?"  # «rektor sa at …»: the claim itself asked


def _question_of(claim: str) -> str | None:
    """The question a claim of a known form answers, or None."""
    for pattern, question in _CLAIMS:
        form = pattern.match(claim)
        if form is not None:
            asked = question.format(**{k: v.strip() for k, v in form.groupdict().items()})
            return " ".join(asked.replace(" ?", "?").split())
    return None


__all__ = ["claim_asked"]
