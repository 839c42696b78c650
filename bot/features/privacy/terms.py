"""Health, police and violence terms tied to a person, and whether one is near a name.

A strong term («innlagt», «blir slått») always counts; a topic term (ADHD, hasj, BUP) only
after a personal link word («har», «sliter med»); none counts after a topical marker («kurs
om», «rutinen for») or before «som tema». A «som» clause between name and term ties the
term to someone else.
"""

from __future__ import annotations

from bot.features.privacy.tokens import NUM, WORD, Span, Tok
from bot.features.privacy.words import GuardWords


class TermFinder:
    """Where the terms are, and whether a name's span is near one."""

    def __init__(self, words: GuardWords) -> None:
        self.words = words

    def is_strong(self, tok: Tok) -> bool:
        """A term that is never just a topic («innlagt», «blir slått»): enough for a name
        typed in lower case."""
        if tok.last in self.words.strong:
            return True
        return tok.low in self.words.phrases and tok.last not in self.words.topic

    def terms(self, toks: list[Tok]) -> list[int]:
        """Indices of tokens that start a health or police term tied to a person."""
        words = [i for i, t in enumerate(toks) if t.kind == WORD]
        found: list[int] = []
        heads = self.words.term_heads
        for pos, i in enumerate(words):
            tok = toks[i]
            if tok.last not in heads and tok.low not in heads:
                continue
            prev = [toks[j] for j in words[max(0, pos - 2) : pos] if toks[j].sent == tok.sent]
            hit = tok.last in self.words.strong or self._phrase_at(toks, words, pos)
            if not hit and tok.last in self.words.topic:
                hit = any(p.low in self.words.links for p in prev)
            if (
                hit
                and not any(p.low in self.words.topical for p in prev)
                and not self._as_a_theme(toks, words, pos)
            ):
                found.append(i)
        return found

    def _as_a_theme(self, toks: list[Tok], words: list[int], pos: int) -> bool:
        """The term is what a meeting is about: "selvskading som tema", "hasj tema"."""
        after = [toks[j].low for j in words[pos + 1 : pos + 3]]
        return after[:1] == ["tema"] or after == ["som", "tema"] or after == ["som", "temaet"]

    def _phrase_at(self, toks: list[Tok], words: list[int], pos: int) -> bool:
        rests = self.words.phrases.get(toks[words[pos]].low)
        if not rests:
            return False
        for rest in rests:
            following = words[pos + 1 : pos + 1 + len(rest)]
            if len(following) == len(rest) and all(
                (want == "*" and toks[j].low != "seg") or toks[j].low == want
                for want, j in zip(rest, following, strict=True)
            ):
                return True
        return False

    def _about_someone_else(self, toks: list[Tok], span: Span, j: int) -> bool:
        """A "som" clause between ties the term elsewhere: "Tone om gutten som ble pågrepet"."""
        for k in range(span.end + 2, j):
            if toks[k].low == "som" and toks[k - 1].kind in (WORD, NUM):
                return True
        return False

    def near_term(self, toks: list[Tok], span: Span, terms: list[int]) -> bool:
        sent = toks[span.start].sent
        for j in terms:
            if toks[j].sent == sent:
                if span.weak:
                    if span.end < j <= span.end + 3:
                        return True
                elif span.start - 4 <= j <= span.end + 12 and not self._about_someone_else(
                    toks, span, j
                ):
                    return True
            elif toks[j].sent == sent + 1 and not span.weak:
                # "… Tiril? Hun kutter seg igjen."
                opener = next((t for t in toks if t.sent == sent + 1 and t.kind == WORD), None)
                if opener is not None and opener.low in self.words.pronouns:
                    return True
        return False
