"""A figure of speech said laughing, with nothing asked: «jeg skyter meg selv i foten hvis vi må
ha enda et møte om årshjulet, lol» – a sigh about meetings, no question of the meeting plan.

The danger check already reads such idioms as harmless (``DangerCheck.look_alike``: a
``cancel`` idiom of danger.yaml, a topic, a game). Said with a laugh (danger.yaml ``joking``:
«lol», «haha») and with no question mark, the message asks nothing the plans hold: the meeting,
the årshjul or the group it names in passing is what is sighed about, so the honest «vet ikke»
answers – without its safety net, since the check judged the words harmless. A question mark
keeps the reading («lol, skyter meg selv i foten – når er neste møte?» asks the date)."""

from __future__ import annotations

from collections.abc import Callable, Collection


def laughed_off(
    text: str, words: Collection[str], joking: frozenset[str], harmless: Callable[[str], bool]
) -> bool:
    """``text`` laughs (a ``joking`` word among ``words``), asks nothing (no «?») and holds
    danger words the check judged harmless (``harmless``: ``DangerCheck.look_alike``)."""
    if "?" in text or joking.isdisjoint(words):
        return False
    return harmless(text)


__all__ = ["laughed_off"]
