"""What the privacy guard reports, and the Norwegian texts it answers with.

Kept apart from the detectors: a :class:`PrivacyFinding` holds only which detectors fired, so
it is safe to log, and the texts (the warning, the refusal of a card field) are what a
reviewer of the user-facing Norwegian reads without the matching rules around them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.features.privacy.guard import PrivacyGuard

log = logging.getLogger("bot.features.privacy")


class Detector(StrEnum):
    """Which kind of personal data was seen. The value is what may be logged."""

    FODSELSNUMMER = "fodselsnummer"
    D_NUMMER = "d_nummer"
    NAME_WITH_AGE_OR_CLASS = "name_with_age_or_class"
    NAME_WITH_HEALTH_OR_POLICE = "name_with_health_or_police"
    ADDRESS_WITH_DETAILS = "address_with_details"


DETECTOR_ORDER = {detector: rank for rank, detector in enumerate(Detector)}


@dataclass(frozen=True)
class PrivacyFinding:
    """What the guard saw, without any of the text it saw it in — safe to log."""

    detectors: tuple[Detector, ...]

    def __post_init__(self) -> None:
        if not self.detectors:
            raise ValueError("a PrivacyFinding needs at least one detector")
        for detector in self.detectors:
            if not isinstance(detector, Detector):
                raise TypeError(f"not a Detector: {type(detector).__name__}")

    def describe(self) -> str:
        """The detector names, e.g. ``personopplysninger: fodselsnummer``."""
        return "personopplysninger: " + ", ".join(d.value for d in self.detectors)

    def __str__(self) -> str:
        return self.describe()


def warning_text(kontakt: str) -> str:
    """The reply to a message with personal data: kind, short, and pointing somewhere better.

    ``kontakt`` is the kommune's SLT-koordinator, e.g. ``"SLT-koordinator Kari Nordmann"``
    or just the name; an empty value falls back to the role.
    """
    kontakt = " ".join(kontakt.split())
    if not kontakt:
        who = "SLT-koordinatoren"
    elif "koordinator" in kontakt.lower():
        who = kontakt
    else:
        who = f"SLT-koordinatoren ({kontakt})"
    return (
        "Denne meldingen ser ut til å inneholde personopplysninger om en person som kan "
        "kjennes igjen. Vi har taushetsplikt, og Teams er ikke stedet for enkeltsaker – "
        f"kan du slette meldingen? Ta saken videre med {who} og i kommunens sikre system; "
        "i teamet drøfter vi den først når samtykke er på plass."
    )


class FreeTextRefused(ValueError):
    """A free-text field looked like personal data; nothing was stored or shown.

    The message is the Norwegian refusal for the sender (no part of their text).
    """


def free_text_refusal(what: str, kontakt: str = "") -> str:
    """The refusal for a card field: the usual privacy warning, saying nothing was saved."""
    who = " ".join(kontakt.split()) or "SLT-koordinatoren"
    return (
        f"{what} ble ikke lagret: den ser ut til å inneholde personopplysninger om en person "
        "som kan kjennes igjen (navn med alder, klasse, helse- eller politiopplysninger, eller "
        "et fødselsnummer). Vi har taushetsplikt, og Teams er ikke stedet for enkeltsaker. "
        f"Skriv den uten slike opplysninger, og ta enkeltsaken videre med {who} og i "
        "kommunens sikre system."
    )


def screen_free_text(guard: PrivacyGuard, text: str, field: str, refusal: str) -> str:
    """The one check every free-text field passes before it is stored or shown.

    Returns the text; raises :class:`FreeTextRefused` with ``refusal`` when the guard sees
    personal data. Logs only the field and the detector names, never the text.
    """
    finding = guard.check(text)
    if finding is not None:
        log.warning("privacy guard refused a %s: %s", field, finding.describe())
        raise FreeTextRefused(refusal)
    return text
