"""What the privacy guard says to people (Norwegian bokmål): the warning under a message with
personal data, and the refusal of a card field. A reviewer of the user-facing Norwegian reads
them here without the matching rules around them."""

from __future__ import annotations

SAFETY_NET = (
    "Er noen i fare nå, ring 112 (politi) eller 113 (ambulanse). Er du bekymret for et barn, "
    "kontakt barnevernet, utenom kontortid barnevernvakten."
)
"""Under a warning about a message that speaks of someone: it may be a case the danger check
missed, and a warning alone would leave the writer with nowhere to turn now."""


def warning_text(kontakt: str, *, safety_net: bool = False) -> str:
    """The reply to a message with personal data: kind, short, and pointing somewhere better.

    ``kontakt`` is the kommune's SLT-koordinator, e.g. ``"SLT-koordinator Kari Nordmann"``
    or just the name; an empty value falls back to the role. ``safety_net`` adds the
    emergency numbers and barnevernet (:data:`SAFETY_NET`).
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
    ) + (f"\n\n{SAFETY_NET}" if safety_net else "")


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
