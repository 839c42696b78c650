"""Danger told by what happens, not by the usual words (a held-out round's dev half).

A car filled with exhaust, a belt round one's own neck, «unalive», an attack planned on a
place of worship, abuse told as «har gjort ting med henne», a girl driven to flats to «være
snill med vennene hans», and a boy to be sent to relatives abroad «for å bli normal»: each
got the plain fallback or the wrong routine. The look-alikes stay quiet.
"""

from __future__ import annotations

import pytest

from bot.safety import DangerCheck, Kind, check


@pytest.mark.parametrize(
    ("message", "category", "first_call"),
    [
        (
            "en av gutta sa på telefonen at han sitter i bilen i skogen med slange fra "
            "eksosrøret inn vinduet",
            "selvmord",
            "113",
        ),
        (
            "Heilt på slutten sa han at han har prøvd å kvele seg sjølv med eit belte i helga "
            "og at han skal prøve igjen",
            "selvmord",
            "113",
        ),
        ("en elev sa at han skal «unalive» seg i dag etter skolen", "selvmord", "113"),
        (
            "gutt i 10 har skrive i ein gruppe at han skal angripe moskeen i helga",
            "trussel",
            "112",
        ),
        (
            "ho fortalde at onkelen har gjort ting med ho sidan ho var lita",
            "overgrep",
            "112",
        ),
        (
            "hun blir kjørt til ulike leiligheter i helgene av en mann som sier hun må være "
            "snill med vennene hans",
            "utnytting",
            "112",
        ),
        (
            "foreldrene vil sende ham til slekt i utlandet for å «bli normal» fordi han er homofil",
            "aere",
            "112",
        ),
    ],
)
def test_danger_told_by_what_happens_is_routed(
    vocabulary: DangerCheck, message: str, category: str, first_call: str
) -> None:
    finding = check(message, vocabulary)
    assert finding is not None, message
    assert finding.categories[0] == category, finding
    assert finding.calls[0] == first_call, finding


def test_suicide_by_exhaust_is_acute(vocabulary: DangerCheck) -> None:
    finding = check("han sitter i bilen med en slange fra eksosen inn i bilen", vocabulary)
    assert finding is not None and finding.kind is Kind.ACUTE, finding


@pytest.mark.parametrize(
    "message",
    [
        "bilen har fått ny slange til eksosanlegget på verkstedet",
        "vi skal angripe problemet med fravær fra en ny kant",
        "læreren har gjort ting med klasserommet, det er blitt så fint",
        "kan vi sende ham til helsesykepleier i morgen",
        "hun er snill med vennene sine",
    ],
)
def test_their_look_alikes_stay_quiet(vocabulary: DangerCheck, message: str) -> None:
    assert check(message, vocabulary) is None, message


def test_a_black_eye_and_the_door_story_is_violence_at_home(vocabulary: DangerCheck) -> None:
    finding = check(
        "Gutten kom med blått øye og sa han gikk på en dør, men bestevennen hans sa til meg at "
        "det var faren som gjorde det",
        vocabulary,
    )
    assert finding is not None and finding.categories[0] == "vold-hjemme", finding
    assert check("han fikk blått øye på fotballtreningen i går", vocabulary) is None
