"""What the organisation feature says to people, in one place (Norwegian bokmål).

The organisation itself (groups, roles, contacts) is knowledge; these are the bot's own
sentences: what SLT and BTI are, the help card, the greeting and the honest fallback.
"""

from __future__ import annotations

from bot.knowledge.models import Level

LEVEL_LABEL = {
    Level.STYRENDE: "styrende nivå",
    Level.KOORDINERENDE: "koordinerende nivå",
    Level.UTFORENDE: "utførende nivå",
}

SLT_NAME = (
    "SLT står for Samordning av lokale rus- og kriminalitetsforebyggende tiltak – en modell "
    "utviklet av Det kriminalitetsforebyggende råd (KRÅD), som Konfliktrådet nå har ansvaret "
    "for nasjonalt."
)

BTI_WHAT = (
    "BTI (Bedre tverrfaglig innsats) er en nasjonal modell for hvordan tjenestene handler når "
    "noen undrer seg over eller er bekymret for et barn, en ungdom eller en familie. Kommunen "
    "har en handlingsveileder som sier hvem som gjør hva på hvert nivå, og Stafettloggen følger "
    "barnets tiltak på tvers av tjenestene (med samtykke)."
)

# --- help, greeting, fallback -----------------------------------------------------------------

EXAMPLES = (
    "Hvem sitter i politirådet?",
    "Hvor ofte møtes fagteamet?",
    "Hvem kaller inn til SLT-nettverket?",
    "Hvilken gruppe sitter helsesykepleier i?",
    "Hvem er SLT-koordinator?",
    "Hva gjør jeg ved rusbekymring?",
)
HELP_TITLE = "Dette kan SLT-boten hjelpe med"
HELP_ITEMS = (
    "Hvem som sitter i politirådet, SLT-nettverket/koordineringsgruppa og fagteamet",
    "Hvilken gruppe eller hvilket nivå en rolle hører til",
    "Hvem som er SLT-koordinator, og hva rollen gjør",
    "Hvor ofte gruppene møtes, hvem som kaller inn, leder og skriver referat",
    "Hva du gjør ved bekymring: rusbekymring, vold i nære relasjoner og flere rutiner",
)


def help_subtitle(kommune: str) -> str:
    return f"Jeg svarer ut fra SLT-planen for {kommune}."


def other_kommuner(known: str) -> str:
    return (
        "Spør om en annen kommune ved å nevne den («i gjesdal»). Jobber du i en "
        "annen kommune, skriv «jeg jobber i …» – da svarer jeg for den i chatter med deg. "
        f"Kjente kommuner: {known}."
    )


SAFETY_NET = (
    "Er et barn eller en ungdom i fare nå? Ring 112 (politi) eller 113 (ambulanse). "
    "Er du bekymret, skriv for eksempel «hva gjør jeg ved vold i nære relasjoner»."
)
"""Under every «vet ikke»: a danger message the danger check missed still shows the numbers
and the way to the routines (held out, about one in six such messages is still missed)."""

FALLBACK_TITLE = "Det spørsmålet kan jeg dessverre ikke svare på"
FALLBACK_WHAT = (
    "Jeg svarer på spørsmål om SLT-arbeidet: grupper og nivåer, hvem som sitter hvor, "
    "møter og rutiner ved bekymring."
)


def ask_instead(contact: str) -> str:
    return f"Finner du ikke svaret, kan du kontakte {contact}."


GREETING = "Hei! Spør meg om SLT-arbeidet, eller skriv «hjelp» for å se hva jeg kan."
