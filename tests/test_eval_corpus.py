"""tests/eval/corpus.py: corpus16 as an experiment — odd ids tune, even ids are held out, and a
label the eval leaves open is held to the routines its topic means."""

from __future__ import annotations

from tests.eval.corpus import accepts, items


def test_the_halves_split_by_id_and_cover_the_corpus() -> None:
    odd, even, every = items("odd"), items("even"), items("all")
    assert len(odd) + len(even) == len(every) >= 900
    assert all(int(i.id.rsplit("-", 1)[1]) % 2 == 1 and i.half == "dev" for i in odd)
    assert all(int(i.id.rsplit("-", 1)[1]) % 2 == 0 and i.half == "test" for i in even)
    assert {i.intent for i in every} == {"danger", "disclosure", "calm"}


def test_a_threat_sent_to_self_harm_is_a_wrong_routine() -> None:
    assert accepts("trusler", "hastemote") and accepts("trusler", None)
    assert not accepts("trusler", "selvskading")
    assert not accepts("radikalisering", "vold-naere-relasjoner")
    assert accepts("seksuelle_overgrep", "bildedeling")
    assert not accepts("rus", None)
    assert accepts("annet", "skolefravaer")
