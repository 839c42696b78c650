"""A grown-up at home named drinking or on drugs: the rus routine, even when the child asks to
keep it secret (bot/safety_precedence.py, rule 4a).

The writers label a parent's drinking or drug use told as the child's burden «rus» (37 dev
items over the rounds), and «vold_nare» only when blows, threats or a child locked out are
told too (11 items, every one also read as violence at home). A secret («hun ba meg ikke si
det til noen») read as a sign of grooming ranked first by file order and sent such messages
to the routine for violence and abuse. Made-up phrasings, made-up people.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck

RUS = "rusbekymring"
VOLD = "vold-naere-relasjoner"


@pytest.mark.parametrize(
    "text",
    [
        "Eleven sier at mora drikker hver helg og at hun ikke får lov å fortelle det til noen",
        "en gutt på 12 sa at faren er full hver kveld, han ba meg holde det hemmelig",
        "elev sier mamma ruser seg og at det er en hemmelighet i familien",
        "gutten sier stefaren drikker mye og at han ikke må si det til barnevernet",
        "Jenta fortalte at faren drikker hver kveld og sovner på sofaen. Hun ba meg ikke si det",
        "mor er tydelig ruset og skal kjøre bil med ungen nå, barnet sier det er en hemmelighet",
        # a parent who hands the drink or drug over (danger.yaml decide: rus-hjemme)
        "gutten sier faren gir ham øl i helgene og at han ikke må si det til mamma",
        "mora gir henne sprit på fest og ber henne holde det hemmeleg",
    ],
)
def test_a_parents_drinking_kept_secret_is_the_rus_routine(
    text: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == RUS, (text, found.describe())
    assert "grooming" not in found.categories, (text, found.describe())


@pytest.mark.parametrize(
    "text",
    [
        # the same parent's blows or a sexual act named: that harm's routine, as ever
        "faren drikker hver kveld og slår henne, hun ba meg ikke si det til noen",
        "elev sier pappa drikker hver kveld og tar på henne om natta, hun ba meg ikke si det",
        # an adult outside the home who gives drink and a secret: still grooming
        "en voksen mann drikker sammen med henne i helgene og sier at det er deres hemmelighet",
        "ho fortel at ein vaksen kar gir ho sprit og at det er ein løyndom mellom dei",
        "jente på 15 sier kjæresten på 24 gir henne alkohol og at hun må sove hos ham",
        # «får» folds to «far»: a drink got from a boyfriend is no parent's
        "jenta sier hun får øl av typen på 22 og at hun ikke får fortelle det til noen",
        # a parent's drinking beside a grown man outside the family: his approach is a case too
        "mora drikker hver kveld, og en mann på 30 sender henne meldinger og vil møte henne alene",
        "faren er full hver dag og en voksen mann på nett ber henne om bilder",
    ],
)
def test_blows_abuse_or_an_outsiders_secret_keep_the_violence_routine(
    text: str, vocabulary: DangerCheck
) -> None:
    found = vocabulary.check(text)
    assert found is not None, text
    assert found.routine == VOLD, (text, found.describe())
