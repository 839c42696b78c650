"""The reader's and the router's look-ups that first ask whether a message's words can meet
them at all (perf80) give what the walks they stand before gave: on every eval dev text and on
made-up messages with look-alikes.

- two words typed for one (``joined_spoken``, ``joined``) only when a pair is a known word;
- synonyms.yaml's phrases and dialect.yaml's only when a word opens one;
- the facet a question names: the first in the file of its words' facets;
- a contact's role words by where a role word asked would stand among them, sorted;
- another kommune's name only when a word (or it less a genitive «s») opens one;
- «taken ill» only of the readings it may take over.

Every table is made from the knowledge when it is loaded, so a word added to those files is
in it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.features.organisation.contact_questions import _role_words, starts_one
from bot.features.organisation.other_kommune import _WORD, kommuner_of
from bot.features.routines.medical import TAKEN_ILL_READ, asks_taken_ill
from bot.features.routines.no_case import no_case_said
from bot.knowledge.index import KnowledgeBase
from bot.routing import SltBot
from bot.text import SUFFIXES, fold, strip_mentions
from bot.understanding import Intent
from bot.understanding.entities import longest_phrase
from bot.understanding.facets import facet_asked, inflections
from bot.understanding.medical_asked import (
    asks_what_if_taken_ill,
    asks_what_to_do,
    drill_of_body_event,
)
from bot.understanding.split_words import JOINED_MIN, joined_spoken
from bot.understanding.topic_followed import FOLLOW, REACH, TOPIC_STARTS, topic_followed
from bot.understanding.words import PART_MIN, joined
from tests.eval import load_items

MADE_UP = (
    "når møtes slt nett verket neste gang",
    "hvem er kultur rådgiver i kommunen",
    "er helse sykepleier med i barne vernet sitt team",
    "tilbud for eldre og ansvar for mål",
    "kva tid er neste møte i fagteamet",
    "hva tid er det møte i politirådet",
    "hvor er møtet og når starter det",
    "hvor mye koster det å delta",
    "hva står i slt-planen til Time kommune?",
    "Stavangers plan for forebygging",
    "1 time med ppt",
    "hvor er ppt",
    "hva gjør vi hvis noen besvimer på foreldremøtet",
    "",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sorted({item.text for item in load_items() if item.half == "dev"} | set(MADE_UP))


def _old_joined_spoken(words, whole, known, names, function_words):  # type: ignore[no-untyped-def]
    out: list[str] = []
    i = 0
    while i < len(words):
        first = words[i]
        second = words[i + 1] if i + 1 < len(words) else ""
        pair = first + second
        if (
            second
            and len(pair) >= JOINED_MIN
            and pair.isalpha()
            and pair in whole
            and (
                pair in names
                or (first not in function_words and (first not in known or second not in known))
            )
        ):
            out.append(pair)
            i += 2
        else:
            out.append(first)
            i += 1
    return out


def _old_joined(words: list[str], compounds: frozenset[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i] + words[i + 1] if i + 1 < len(words) else ""
        parts_long = i + 1 < len(words) and min(len(words[i]), len(words[i + 1])) >= PART_MIN
        if parts_long and pair in compounds:
            out.append(pair)
            i += 2
        else:
            out.append(words[i])
            i += 1
    return out


def test_two_words_for_one_as_before(bot: SltBot, texts: list[str]) -> None:
    reader = bot.understanding
    joins = (reader.vocabulary, reader._known, reader._names, reader.lexicon.stopwords)
    for text in texts:
        words = fold(strip_mentions(text)).split()
        assert joined_spoken(words, *joins) == _old_joined_spoken(words, *joins), text
        assert joined(words, reader._compounds) == _old_joined(words, reader._compounds), text
        assert joined_spoken(words, list(joins[0]), *joins[1:]) == joined_spoken(words, *joins)
    assert joined_spoken(["slt", "nett", "verket"], *joins) == ["slt", "nettverket"]


def _old_expand(synonyms, words):  # type: ignore[no-untyped-def]
    from bot.understanding.normalise import stem

    stems = stem(words)
    out: list[str] = []
    added: list[int] = []
    i = 0
    while i < len(words):
        found = None
        for said, means in synonyms._by_first.get(stems[i], ()):
            if tuple(stems[i : i + len(said)]) == said:
                found = len(said), means
                break
        if found is None:
            out.append(words[i])
            i += 1
            continue
        length, means = found
        out += words[i : i + length]
        if not set(means) <= set(words):
            added += range(len(out), len(out) + len(means))
            out += means
        i += length
    return out, frozenset(added)


def _old_bokmal(normaliser, words):  # type: ignore[no-untyped-def]
    out: list[str] = []
    i = 0
    while i < len(words):
        candidates = normaliser._phrases_at.get(words[i], ())
        found = next((p for p in candidates if tuple(words[i : i + len(p)]) == p), None)
        if found is None:
            out.append(words[i])
            i += 1
        else:
            out.append(normaliser.phrases[found])
            i += len(found)
    return out


def test_phrases_only_where_a_word_opens_one(bot: SltBot, texts: list[str]) -> None:
    reader = bot.understanding
    for text in texts:
        words = fold(strip_mentions(text)).split()
        assert reader.synonyms.expand(words) == _old_expand(reader.synonyms, words), text
        assert reader.normaliser.bokmal(words) == _old_bokmal(reader.normaliser, words), text
    # every said phrase of synonyms.yaml, alone and inside a made-up question, as before
    said = [s for listed in reader.synonyms._by_first.values() for s, _ in listed]
    assert any(len(s) > 1 for s in said)
    for stems in said:
        for words in (list(stems), ["hvem", *stems, "i", "dag"], ["i", *stems[:1]]):
            assert reader.synonyms.expand(words) == _old_expand(reader.synonyms, words), words


def _old_facet(words: tuple[str, ...], said) -> str:  # type: ignore[no-untyped-def]
    present = set(words)
    return next((facet for facet, naming in said.named.items() if present & naming), "")


def test_the_first_facet_named(bot: SltBot, texts: list[str]) -> None:
    said = bot.understanding.lexicon.facets
    assert said.named  # the file names facets: the table is tested
    for text in texts:
        words = tuple(fold(strip_mentions(text)).split())
        named = said.first_named
        firsts = [named[w] for w in set(words) if w in named]
        assert (min(firsts)[1] if firsts else "") == _old_facet(words, said), text
    assert facet_asked(("hvor", "mye", "koster", "det"), True, said) == "money"
    assert inflections("rektoren")[0] == "rektoren"


def test_role_words_by_their_place(kb: KnowledgeBase, texts: list[str]) -> None:
    for kommune, roles in kb.built(_role_words).items():
        assert list(roles) == sorted(set(roles)), kommune
        asked = [tuple(fold(t).split()) for t in texts]
        asked += [("ppt",), ("helse",), ("", "x"), (), ("zzz",), (roles[-1],), (roles[0][:2],)]
        for prefixes in asked:
            old = any(w.startswith(prefixes) for w in roles)
            assert starts_one(roles, prefixes) is old, (kommune, prefixes)


def test_another_kommune_only_by_its_first_words(kb: KnowledgeBase, texts: list[str]) -> None:
    known = kommuner_of(kb)
    for text in texts:
        words = _WORD.findall(text.lower().replace("-", " "))
        old = any(w in known.first_words or w[:-1] in known.first_words for w in words)
        assert known.may_name_one(text) is old, text


def _old_taken_ill(q, text: str) -> bool:  # type: ignore[no-untyped-def]
    if q is None or q.routine or q.beyond:
        return False
    drill = drill_of_body_event(q.words) and no_case_said(text or "")
    if q.intent is Intent.HOTLINES:
        return drill
    drill = drill and asks_what_to_do(q.words)
    return q.intent is Intent.UNKNOWN and (drill or asks_what_if_taken_ill(q.words))


def test_taken_ill_only_of_its_readings(bot: SltBot, texts: list[str]) -> None:
    assert {Intent.HOTLINES, Intent.UNKNOWN} == TAKEN_ILL_READ
    for text in texts[::3]:  # a third of them: each is read whole first
        q = bot.understand(text, "gjesdal")
        turn = SimpleNamespace(understood=q, text=text)
        assert asks_taken_ill(turn) == _old_taken_ill(q, text), text  # type: ignore[arg-type]


def _old_longest(words, phrases, starts, longest):  # type: ignore[no-untyped-def]
    best = None
    for i, word in enumerate(words):
        for n in starts.get(word, ()):
            if best is not None and n <= best[1]:
                break
            if n > longest or i + n > len(words):
                continue
            value = phrases.get(" ".join(words[i : i + n]))
            if value:
                best = (i, n, value)
                break
    return best


def _old_topic_followed(words, routine_of):  # type: ignore[no-untyped-def]
    for i, word in enumerate(words):
        topic = next((t for start, t in TOPIC_STARTS.items() if word.startswith(start)), None)
        before = words[max(0, i - REACH - 1) : i]
        if topic is not None and topic in routine_of and any(w.startswith(FOLLOW) for w in before):
            return routine_of[topic]
    return None


def _old_inflections(word: str) -> tuple[str, ...]:
    forms = [word]
    forms += [word[: -len(s)] for s in SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    return tuple(forms)


def test_phrases_words_topics_and_endings_as_before(
    kb: KnowledgeBase, bot: SltBot, texts: list[str]
) -> None:
    routine_of = bot.routines.by_topic
    extra = [("hvordan", "oppdager", "vi", "ekstremisme"), ("radikalisering", "i", "dag")]
    for words in [tuple(fold(strip_mentions(t)).split()) for t in texts] + extra:
        found = longest_phrase(words, kb.names, kb.name_starts, 3)
        assert found == _old_longest(words, kb.names, kb.name_starts, 3), words
        assert topic_followed(words, routine_of) == _old_topic_followed(words, routine_of), words
        for word in words:
            assert inflections(word) == _old_inflections(word), word
    assert longest_phrase(("i", "gjesdal"), kb.names, kb.name_starts, 3) is not None
