"""What the privacy guard reports, and the one check every free-text field passes.

Kept apart from the detectors: a :class:`PrivacyFinding` holds only which detectors fired, so
it is safe to log. The Norwegian texts it answers with are in
:mod:`bot.features.privacy.texts`.
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


class FreeTextRefused(ValueError):
    """A free-text field looked like personal data; nothing was stored or shown.

    The message is the Norwegian refusal for the sender (no part of their text).
    """


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
