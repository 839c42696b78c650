"""tests/eval/corpus.py: the hand-written corpora as an experiment — odd ids tune, even ids are
held out, a held-out item meets the net with its corpus's dev half in it and a dev item a net
without its corpus, and a label the eval leaves open is held to the routines its topic means."""

from __future__ import annotations

from bot.text import fold
from scripts.danger_examples import CORPORA, corpus
from tests.eval.corpus import _by_net, accepts, held_out, items


def test_the_halves_split_by_id_and_cover_the_corpus() -> None:
    odd, even, every = items("odd"), items("even"), items("all")
    assert len(odd) + len(even) == len(every) >= 900
    assert all(int(i.id.rsplit("-", 1)[1]) % 2 == 1 and i.half == "dev" for i in odd)
    assert all(int(i.id.rsplit("-", 1)[1]) % 2 == 0 and i.half == "test" for i in even)
    assert {i.intent for i in every} == {"danger", "disclosure", "calm"}
    assert items("dev") == odd and items("test") == even


def test_every_corpus_splits_by_id_and_only_its_dev_half_is_left_out_of_its_own_net() -> None:
    for source in CORPORA:
        every = items("all", [source])
        assert len(every) == 900 and {i.file for i in every} == {source.name}
        groups = _by_net(every)
        if source.dev_only:
            assert {i.half for i in groups[source.name]} == {"dev"}
            assert {i.half for i in groups[""]} == {"test"}
        else:
            assert set(groups) == {source.name}


def test_a_threat_sent_to_self_harm_is_a_wrong_routine() -> None:
    assert accepts("trusler", "hastemote") and accepts("trusler", None)
    assert not accepts("trusler", "selvskading")
    assert not accepts("radikalisering", "vold-naere-relasjoner")
    assert accepts("seksuelle_overgrep", "bildedeling")
    assert not accepts("rus", None)
    assert accepts("annet", "skolefravaer")


def test_a_held_out_item_whose_text_is_tuned_on_is_left_out_and_counted() -> None:
    source = next(c for c in CORPORA if c.dev_only)
    test = items("test", [source])[:3]
    dev = items("dev", [source])[:1]
    tuned = frozenset({fold(test[1].text), fold(dev[0].text)})
    kept, seen = held_out([*dev, *test], tuned)
    assert seen == 1
    assert [i.id for i in kept] == [dev[0].id, test[0].id, test[2].id]


def test_corpus16_is_in_the_net_whole_so_only_its_dropped_test_items_are_held_out() -> None:
    source = next(c for c in CORPORA if not c.dev_only)
    test = items("test", [source])
    examples = {str(raw["id"]) for raw in corpus(source.path)}
    kept, seen = held_out(test)
    assert seen + len(kept) == len(test) and seen > 0
    assert not any(i.id in examples for i in kept)
