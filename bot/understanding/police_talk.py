"""The police's bekymringssamtale asked by description: «kan politiet ta en prat med sønnen
hennes? han har begynt å henge med feil gjeng», «kan gutten få en samtale med politiet?».

Staff and parents seldom know the name; they ask whether the police can talk with one young
person (and the parents). The routine that holds the talk is the drug-and-crime worry's
(``rusbekymring``): each kommune's version has the step with the politikontakt and the
police's bekymringssamtale (Våler's plan, tiltak 27, 000:793-805). Asked about a class, a
grade or a parents' meeting («kan politiet ta en prat med 9. trinn om rus?») it is a visit,
a tiltak of the plan, and asked «hvem» the contact answers: neither is read here. «ungdom» in
general («finnes det samtaler med politiet for ungdom?») asks what the plan offers (tiltak 27).

Small closed word classes tied to this one rule, so they live here beside it. Pure functions
of the reader's folded words.
"""

from __future__ import annotations

ROUTINE = "rusbekymring"
"""The routine whose step is the police's bekymringssamtale, in every kommune."""
POLICE = frozenset(
    {"politiet", "politi", "politikontakten", "politikontakt", "politimann", "politimannen"}
    | {"politibetjent", "politibetjenten", "police", "lensmannen"}
)
TALK = frozenset(
    {"prat", "praten", "prate", "prata", "samtale", "samtalen", "snakke", "snakka", "snakker"}
    | {"talk", "chat"}
)
"""A talk: «ta en prat med», «ha en samtale med», «snakke med»."""
WITH = frozenset({"med", "with", "to"})
YOUNG = frozenset(
    {"sonnen", "sonn", "sonen", "datteren", "dattera", "dottera", "gutten", "guten", "jenta"}
    | {"jenten", "eleven", "ungdommen", "ungdomen", "barnet", "han", "ham", "henne", "hen"}
    | {"gutt", "gut", "jente", "elev"}
    | {"son", "daughter", "boy", "girl", "student", "pupil", "him", "her"}
)
"""One young person («sønnen hennes», «en gutt», «eleven»; «han», «henne» told before).
Not «ungdom»: «samtaler med politiet for ungdom» asks in general, the plan's tiltak answers."""
WHO = frozenset({"hvem", "kven", "kem", "who"})
"""«hvem hos politiet kan snakke med gutten?»: the contact answers who."""
REACH = 4
"""Words between the police and the talk («politiet kan ta en prat»), and between the talk's
«med» and the young person («med den eldste sønnen»)."""


def _after(words: tuple[str, ...], at: int, wanted: frozenset[str]) -> bool:
    """Whether a word of ``wanted`` stands within ``REACH`` words after ``at``."""
    return not wanted.isdisjoint(words[at + 1 : at + 1 + REACH])


def _talk_with(words: tuple[str, ...], at: int) -> int | None:
    """The place of «med» right after the talk at ``at`` (one word between at most: «snakke
    litt med»), or None."""
    for j in range(at + 1, min(at + 3, len(words))):
        if words[j] in WITH:
            return j
    return None


def police_talk_asked(words: tuple[str, ...]) -> bool:
    """Whether ``words`` ask for the police to talk with one young person: the police, then
    a talk «med» the young («kan politiet ta en prat med sønnen hennes»), or the young, then
    a talk «med politiet» («kan gutten få en samtale med politiet»)."""
    if not WHO.isdisjoint(words):
        return False
    for i, word in enumerate(words):
        if word not in TALK:
            continue
        with_at = _talk_with(words, i)
        if with_at is None:
            continue
        before = words[max(i - REACH - 1, 0) : i]
        if not POLICE.isdisjoint(before) and _after(words, with_at, YOUNG):
            return True
        if (
            not YOUNG.isdisjoint(before)
            and words[with_at + 1 : with_at + 2]
            and (words[with_at + 1] in POLICE)
        ):
            return True
    return False


__all__ = ["ROUTINE", "police_talk_asked"]
