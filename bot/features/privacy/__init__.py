"""The privacy guard: notice personal data about an identifiable person in a message.

A Teams channel is not a case system. Staff in an SLT room are bound by taushetsplikt, so a
fødselsnummer, a child's name with age or class, or health and police details tied to a
name must not be posted there (shared/domain/README.md §6). The guard runs on every message
the bot receives and answers with a short, friendly warning (:func:`warning_text`).

Design, and why:

* **Fødselsnummer / D-nummer**: 11-digit candidates (also ``010203 12345`` and
  ``010203.12345``) are validated by python-stdnum, which checks both check digits and the
  birth date. A first digit of 4–7 marks a D-nummer. Phone numbers (8 digits),
  organisasjonsnummer (9), dates and times never have 11 digits in a row, and a random
  11-digit number fails the check digits 99 times in 100.
* **Names** have no NER model behind them. A name is a capitalised word (or a run of them:
  first + last name) that is not a known non-name (weekdays, months, services, programmes,
  roles, tools, common sentence openers – knowledge/language/privacy.yaml – and each
  kommune's own places and schools, ``places:`` in its knowledge file). Norwegian does
  not capitalise common nouns, so inside a sentence a capital letter means a proper noun;
  at the start of a sentence it means nothing, so there an unknown word counts only with a
  strong signal right after it, and words that look like inflected nouns ("Eleven",
  "Ungdommen", "Elevene") are never names. A compact list of common first names supports
  this (sentence starts, and ``ola (14) i 9b`` typed in lower case) but is never required.
* **A name alone is not personal data worth a warning** ("Hei Kari", "Takk, Per!"). It
  counts with a signal: an age ("(14)", "14 år", "14-åring"), a class ("9b", "9. klasse",
  "10. trinn", "VG2") or "går på <X> skole" within a few glue words ("Kari i 9b",
  "Jonas, 15 år,"), or a health / police term within a few words ("Kari ble tatt med hasj",
  "Ola har fått diagnosen ADHD"; also "... Tiril? Hun kutter seg" across one sentence when
  the next one starts with han/hun).
* **Staff are not the subject**: a name after a role ("helsesykepleier Kari",
  "SLT-koordinator Per"), before a role or a service ("Kari (helsesykepleier)", "Per i
  politiet"), after a greeting or sign-off ("Hei Kari", "Mvh Per") or in the vocative
  ("Per, kan du sende rutinen for selvskading?") is not tied to the signal. A name with a
  school counts only with a pupil's verb ("går på", "elev ved"), so "Kari jobber på Våler
  ungdomsskole" passes.
* **Topics are not cases**: words that name a topic as often as a diagnosis (ADHD,
  selvskading, hasj, BUP, psykolog …) count only after a personal link word ("har",
  "sliter med", "går til", "henvist til", "røyker" …); no health term counts right after
  "om", "kurs", "rutinen", "mot" … or before "som tema" ("Kari har kurs om selvskading"),
  and a "som" clause between name and term ties the term to someone else ("Tone om gutten
  som ble pågrepet").
* **Speed**: a cheap look (one regex for ages/classes/schools, set lookups for terms)
  decides whether a message can name anyone at all; only then is it tokenised. Ordinary
  messages cost ~5–15 µs, messages with a signal ~30–70 µs.

Accepted misses (the name detectors lean quiet): a name that is also a common word or a
month (Hans, Mai; in lower case also Per, Liv, Tor …); an unknown name typed in lower
case; an unknown name opening a sentence with only a class after it ("Zyrox i 9b") or
ending like an inflected noun ("Stephen (14) har …"); a single long unknown word ending in
-en/-et mid-sentence, read as a place ("Rudskogen (12)"); pronouns beyond the next
sentence; "Ola er en av dem som ble pågrepet"; "Kan vi melde Mathias til barnevernet?".

Accepted false alarms: a colleague named next to a class without a role or a verb ("møte
med Kari i 9b", "spør kari i 9b"); a count in parentheses after an unknown proper noun
("Haugen (8)"); a colleague's own health ("Kari er gravid"); an 11-digit account or KID
number that happens to pass the fødselsnummer checks (about 1 in 100 random numbers); and
a teaching example such as «Ola (14) i 9b». A warning costs the sender one kind sentence;
a missed fødselsnummer costs more, so the number detector is strict.

The guard never keeps or returns any part of the message: :class:`PrivacyFinding` holds
only which detectors fired, so it is safe to log.
"""

from __future__ import annotations

from bot.features.privacy.findings import (
    Detector,
    FreeTextRefused,
    PrivacyFinding,
    screen_free_text,
)
from bot.features.privacy.guard import PrivacyGuard
from bot.features.privacy.texts import free_text_refusal, warning_text
from bot.features.privacy.tokens import fold_word as _fold_word

__all__ = [
    "Detector",
    "FreeTextRefused",
    "PrivacyFinding",
    "PrivacyGuard",
    "_fold_word",
    "free_text_refusal",
    "screen_free_text",
    "warning_text",
]
