"""Names in a message, and whether one is tied to an age, a class or a school.

A name is a capitalised word (or a run of them) that no list calls a non-name; at a
sentence start only with a strong signal, in lower case only when it is a known first name.
Staff are not the subject: a name after a role, before a service, after a greeting or in the
vocative is someone else (see the package docstring for every rule and its reason).
"""

from __future__ import annotations

import re

from bot.features.privacy.tokens import (
    AGE,
    AGEWORD,
    BREAK,
    CLASS,
    HOUSE_NUMBER,
    NUM,
    PUNCT,
    WORD,
    Span,
    Tok,
)
from bot.features.privacy.words import GuardWords


class NameFinder:
    """Spans of names (and street addresses) in tokens, and their age or class."""

    def __init__(self, words: GuardWords) -> None:
        self.words = words

    def addresses(self, toks: list[Tok]) -> list[Span]:
        """Street addresses («Bjørnevegen 3», «Storgata 12b»): identifying like a name."""
        found: list[Span] = []
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            if (
                tok.kind == WORD
                and tok.raw[:1].isupper()
                and nxt.kind in (NUM, CLASS)
                and HOUSE_NUMBER.match(nxt.raw)
                and any(
                    tok.last.endswith(noun) and (len(tok.last) > len(noun) or i > 0)
                    for noun in self.words.street_nouns
                )
            ):
                found.append(Span(i, i + 1, weak=False, lower=False, vocative=False))
        return found

    def _age_after_pa(self, toks: list[Tok], k: int) -> bool:
        """«på 15» right after a name is an age, unless a unit follows («på 15 minutter»)."""
        tok = toks[k]
        if k == 0 or toks[k - 1].low != "pa" or not tok.raw.isdigit() or len(tok.raw) > 2:
            return False
        if not 6 <= int(tok.raw) <= 25:
            return False
        after = toks[k + 1] if k + 1 < len(toks) else None
        return after is None or after.low not in self.words.amount_units

    def _is_school(self, toks: list[Tok], i: int) -> bool:
        tok = toks[i]
        if tok.kind != WORD:
            return False
        if tok.low in self.words.school_names:
            return True
        if not tok.raw[:1].isupper():
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and nxt.kind == WORD and nxt.last in self.words.school_nouns

    def name_word(self, tok: Tok) -> int:
        """0: not a name; 1: a name; 2: weak (unknown, sentence-initial); 3: lower case."""
        if tok.kind != WORD:
            return 0
        raw, low = tok.raw, tok.low
        if len(low) < 2 or low in self.words.non_names:
            return 0
        parts = low.split(" ")
        if not raw[:1].isupper():
            return 3 if low in self.words.known_lower else 0
        if len(raw) > 1 and raw.isupper():
            return 0  # an acronym: NAV, ADHD, JUS
        if len(parts) > 1:  # "Lars-Erik" is a name, "Teams-møtet" is not
            pieces = re.split(r"['’-]", raw)
            if parts[-1] in self.words.family_nouns and parts[0] not in self.words.non_names:
                return 1  # "Hansen-familien", "Hansen-gutten"
            if not all(p[:1].isupper() for p in pieces):
                return 0
            if any(p in self.words.non_names for p in parts):
                return 0
        if not tok.initial or parts[0] in self.words.known:
            return 1
        if len(low) < 3 or low.endswith(self.words.noun_endings):
            return 0
        return 2

    def spans(self, toks: list[Tok]) -> list[Span]:
        spans: list[Span] = []
        i, n = 0, len(toks)
        first_word = next((k for k, t in enumerate(toks) if t.kind == WORD), -1)
        while i < n:
            kind = toks[i].name
            if not kind:
                i += 1
                continue
            start = i
            kinds = [kind]
            while i + 1 < n and toks[i + 1].sent == toks[start].sent:
                nxt = toks[i + 1].name
                if nxt not in (1, 2) or kinds[-1] == 3:
                    break
                kinds.append(1)
                i += 1
            end = i
            i += 1
            if len(kinds) > 1 and kinds[0] == 2:
                kinds[0] = 1  # two capitalised words in a row: first + last name
            span = Span(
                start,
                end,
                weak=kinds == [2],
                lower=kinds[0] == 3,
                vocative=self._is_vocative(toks, start, end, first_word),
            )
            if len(kinds) == 1 and self._looks_like_a_place(toks[start]):
                continue
            if self._is_someone_else(toks, span):
                continue
            spans.append(span)
        return spans

    def _looks_like_a_place(self, tok: Tok) -> bool:
        """A long definite noun used as a name is a place: "Rudskogen (8)", "Solsikken (12)"."""
        low = tok.low
        return (
            tok.last not in self.words.family_nouns
            and len(low) >= 8
            and low.endswith(("en", "et", "ene"))
            and not low.endswith("sen")  # Johansen, Kristiansen
            and low not in self.words.known
        )

    def _is_vocative(self, toks: list[Tok], start: int, end: int, first_word: int) -> bool:
        after = toks[end + 1] if end + 1 < len(toks) else None
        before = toks[start - 1] if start > 0 else None
        if start == first_word and after is not None and after.raw == ",":
            nxt = toks[end + 2] if end + 2 < len(toks) else None
            # "Per, kan du …" is spoken to; "Ola, 16, …" and "Ola, som …" are spoken about.
            return nxt is None or (nxt.kind not in (NUM, AGE, AGEWORD) and nxt.low != "som")
        return before is not None and before.raw == "," and (after is None or after.kind == BREAK)

    def _is_someone_else(self, toks: list[Tok], span: Span) -> bool:
        """A place, a school, a colleague with a role, or someone greeted."""
        n = len(toks)
        before = toks[span.start - 1] if span.start > 0 else None
        after = toks[span.end + 1] if span.end + 1 < n else None
        age_follows = after is not None and after.kind == AGE
        if after is not None and after.kind == WORD and after.last in self.words.institution_nouns:
            return True
        if (
            before is not None
            and before.kind == WORD
            and before.low in self.words.locatives
            and not age_follows
        ):
            return True
        # A role before: "helsesykepleier Kari", "SLT-koordinator, Per".
        k = span.start - 1
        if k >= 0 and toks[k].raw == ",":
            k -= 1
        if k >= 0 and toks[k].kind == WORD and toks[k].last in self.words.roles:
            return True
        # A role or a service after: "Kari (helsesykepleier)", "Per fra barnevernet".
        if not age_follows:
            k = span.end + 1
            while k < n and toks[k].raw in (",", "(", "-", "–"):
                k += 1
            if k < n and toks[k].kind == WORD:
                if toks[k].last in self.words.roles:
                    return True
                if (
                    toks[k].low in ("fra", "i", "hos", "på")
                    and k + 1 < n
                    and toks[k + 1].kind == WORD
                    and toks[k + 1].last in self.words.staff_orgs
                ):
                    return True
        # A greeting or sign-off before: "Hei Kari", "Takk, Per", "Hei Kari og Per".
        k = span.start - 1
        steps = 0
        while not age_follows and k >= 0 and steps < 5 and toks[k].sent == toks[span.start].sent:
            tok = toks[k]
            if tok.kind == WORD and tok.low in self.words.greetings:
                return True
            if tok.raw in (",", "&") or tok.low == "og" or tok.name in (1, 2):
                k -= 1
                steps += 1
                continue
            break
        return False

    # -- age / class -------------------------------------------------------------------

    def has_age_or_class(self, toks: list[Tok], span: Span) -> bool:
        n = len(toks)
        # Forwards: "Ola (14) i 9b", "Jonas, 15 år", "Aksel går på Kirkebygden skole".
        k, glued, student = span.end + 1, 0, False
        while k < n and glued <= 4:
            tok = toks[k]
            if tok.kind == AGE:
                return not span.weak or 10 <= tok.age <= 25
            if tok.kind == AGEWORD:
                return True
            if tok.kind == CLASS:
                return not (span.weak or span.vocative)  # not "Kari, 9b har prøve"
            if tok.kind == NUM and self._age_after_pa(toks, k):
                return True  # "jonas på 15 i 9b"
            if student and self._is_school(toks, k):
                return True
            if tok.kind == PUNCT:
                pass
            elif (
                span.lower
                and k == span.end + 1
                and tok.kind == WORD
                and len(tok.low) >= 3
                and tok.low not in self.words.non_names
                and tok.low not in self.words.glue
            ):
                pass  # a surname after a first name typed in lower case: "sofie berg i 10c"
            elif tok.kind == WORD and tok.low in self.words.glue:
                student = student or tok.low in self.words.student_words
            elif tok.low == "og" and k + 1 < n and toks[k + 1].low in self.words.student_words:
                pass  # "Amir og går i 8c"
            else:
                break
            k += 1
            glued += 1
        if span.weak:
            return False
        # Backwards: "14 år gamle Filip", "9b-eleven Ola", "14-åringen Sara".
        k, glued = span.start - 1, 0
        while k >= 0 and glued <= 3:
            tok = toks[k]
            if tok.kind in (AGE, AGEWORD, CLASS):
                return True
            if tok.kind == PUNCT or (tok.kind == WORD and tok.low in ("eleven", "elev")):
                k -= 1
                glued += 1
                continue
            break
        return False
