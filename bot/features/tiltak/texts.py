"""What the tiltak feature says to people, in one place (Norwegian bokmål).

Fixed sentences are constants; sentences with a tiltak, a person or a date in them are small
functions, so the wording can be read and changed here without reading the handlers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.dates import short_date as norwegian_date
from bot.features.phrase import Phrase
from bot.features.tiltak.card_views import TiltakCardTexts
from bot.features.tiltak.model import Status
from bot.features.tiltak.names import (
    capitalised,
    number_ranges,
    tiltak_label_short,
    tiltak_name,
    tiltak_names,
    untold_goal,
)
from bot.features.tiltak.owners import owners_text as owners_text
from bot.knowledge.action_plan import Tiltak

# --- an occurrence's status, as every answer and overview names it ------------------------------

STATUS_LABEL = {
    Status.OPEN: "Ikke besvart",
    Status.DONE: "Utført",
    Status.MORE_TIME: "Trenger mer tid",
    Status.NOT_MINE: "Ikke mitt ansvar (sendt til koordinator)",
}

# --- the cards' fixed words (cards/tiltak.py, cards/tiltak_forms.py) ----------------------------

CARD = TiltakCardTexts(
    tiltak="Tiltak",
    goal="Mål",
    area="Innsatsområde",
    ansvar="Ansvar",
    plan="Plan",
    ansvar_in_plan="Ansvar i planen",
    reminded="Påminnet",
    batch_intro=(
        "Alt du har til svar i dag, samlet i ett kort. Svar på hvert tiltak med knappene under det."
    ),
    no_deadline="Planen gir ingen frist for dette tiltaket. Hvordan går det? ",
    set_deadline_yourself="Du kan sette en frist med «{button}».",
    coordinator_sets_deadline="SLT-koordinatoren kan sette en frist.",
    escalation_intro="Fristen er passert, og ingen har meldt tiltaket utført.",
    escalation_row="{label}",
    not_answered="Ikke besvart.",
    not_mine_heading="Ikke mitt ansvar: {name}",
    not_mine_said="{who} svarte «Ikke mitt ansvar»{when}.",
    reason="Begrunnelse: «{reason}»",
    no_reason="Ingen begrunnelse ble skrevet.",
    plan_end_after=" Etter det sender jeg ingen påminnelser eller statussjekker om tiltakene.",
    plan_end_heading="Handlingsplanen er slutt",
    plan_ending_heading="Handlingsplanen går snart ut",
    plan_end_ask=(
        "Skal tiltakene følges opp ett år til mens dere lager ny plan? Trykk «Forleng med "
        "ett år». Ny plan legges inn i kunnskapsfilen."
    ),
    done="Utført",
    mark_done="Marker som utført",
    more_time="Mer tid",
    send_deadline="Send ny frist",
    not_mine="Ikke mitt ansvar",
    send_to_coordinator="Send til koordinatoren",
    comment="Kommentar",
    save_comment="Lagre kommentar",
    set_deadline="Sett frist",
    remind_again="Send påminnelse igjen",
    reassign="Sett ny ansvarlig",
    assign="Sett ansvarlig",
    save="Lagre",
    accept_date="Godta ny frist",
    accept="Godta",
    extend_plan="Forleng med ett år",
    comment_optional="Kommentar (valgfritt)",
    new_deadline="Ny frist",
    why_optional="Hvorfor? (valgfritt)",
    not_mine_why="Hvorfor – og hvem bør ha det? (valgfritt)",
    deadline="Frist",
    pick_date="Velg en dato.",
    who="Hvem skal ha ansvaret?",
    pick_person="Velg en person.",
    which_tiltak="Hvilke tiltak?",
    pick_tiltak="Velg tiltakene.",
)

# --- a card that cannot be read ---------------------------------------------------------------

UNKNOWN_KOMMUNE = "Kortet hører til en kommune jeg ikke kjenner."
TILTAK_GONE = "Tiltaket finnes ikke lenger i planen. Spør koordinatoren."
DEADLINE_MISSING = "Kortet mangler fristen. Spør om tiltaket på nytt."

# --- who may click --------------------------------------------------------------------------

ONLY_ANSWERER = (
    "Det er bare den som er ansvarlig for tiltaket, eller SLT-koordinatoren, som kan svare på "
    "denne påminnelsen. Ta kontakt med koordinatoren om noe skal endres."
)
ONLY_COORDINATOR = (
    "Det er bare SLT-koordinatoren som kan gjøre dette. Ta kontakt med koordinatoren."
)

# --- the ansvarlig's clicks -----------------------------------------------------------------

INVALID_NEW_DEADLINE = "Datoen for ny frist er ikke gyldig."
PICK_LATER_DEADLINE = f"Velg en ny frist etter i dag, og trykk «{CARD.send_deadline}» igjen."
WRITE_COMMENT_FIRST = "Skriv en kommentar først."
THANKS_DONE = "Takk! Tiltaket er markert som utført."
THANKS_MORE_TIME = "Takk! Ny frist er registrert."
THANKS_NOT_MINE = "Takk! Jeg sier fra til SLT-koordinatoren."
THANKS_COMMENT = "Takk! Kommentaren er lagret."

# --- the coordinator's clicks ---------------------------------------------------------------

NOBODY_RESPONSIBLE = "Ingen er ansvarlig for tiltaket ennå. Sett en ansvarlig først."
ACCEPT_LATER_DEADLINE = f"Velg en ny frist etter i dag, og trykk «{CARD.accept}» igjen."
PICK_PERSON = f"Velg en person i listen, og trykk «{CARD.save}» igjen."
PICK_GROUP_AND_PERSON = f"Velg tiltakene og en person i listen, og trykk «{CARD.save}» igjen."
PICK_DEADLINE_AFTER_TODAY = (
    f"Velg en frist etter i dag i datofeltet, og trykk «{CARD.set_deadline}» igjen."
)


def comment_line(by: str, when: str, comment: str | None) -> str:
    """A comment given on its own, said as a sentence: «Kari skrev <when>: «…»».

    The card's «Kommentar» button sits right under it, so the line does not say the word.
    """
    if not comment:
        return f"{by} skrev en kommentar {when}"
    return f"{by} skrev {when}: «{comment}»"


def reminder_sent(names: list[str]) -> str:
    return f"Påminnelsen sendes til {', '.join(names)} nå."


def marked_done(tiltak: Tiltak) -> str:
    return f"{capitalised(tiltak_name(tiltak))} er markert som utført."


def deadline_accepted(day: dt.date) -> str:
    return f"Ny frist {norwegian_date(day)} er godtatt. Påminnelsene følger den nye datoen."


def now_responsible(name: str, tiltak: Tiltak) -> str:
    return f"{name} er nå ansvarlig for {tiltak_name(tiltak)} og får et kort om det nå."


def now_responsible_for_group(name: str, tiltak: Sequence[Tiltak]) -> str:
    return f"{name} er nå ansvarlig for {tiltak_names(tiltak)} og får påminnelsene om dem."


def deadline_after_plan(end: dt.date) -> str:
    return (
        f"Fristen er etter at handlingsplanen slutter ({norwegian_date(end)}). Velg en "
        "tidligere dato, eller forleng planen først."
    )


def deadline_set(tiltak: Tiltak, day: dt.date) -> str:
    return (
        f"Takk! {capitalised(tiltak_name(tiltak))} har nå frist {norwegian_date(day)}, satt av deg."
    )


def already_extended(end: dt.date) -> str:
    return f"Planen er allerede forlenget. Den gjelder nå til {norwegian_date(end)}."


def plan_extended(new_end: dt.date) -> str:
    return (
        f"Takk! Handlingsplanen er forlenget med ett år, til {norwegian_date(new_end)}. "
        "Påminnelser og statussjekker fortsetter ut året."
    )


# --- what the job sends ---------------------------------------------------------------------


def nudge(tiltak: Tiltak) -> str:
    return f"Påminnelse fra SLT-koordinatoren: {tiltak_name(tiltak)} venter på svar fra deg."


def plan_end(period: str, end: dt.date, *, ended: bool) -> str:
    if ended:
        return f"Handlingsplanen ({period}) er slutt {norwegian_date(end)}."
    return f"Handlingsplanen ({period}) går ut {norwegian_date(end)}."


plan_ended = Phrase(
    "Handlingsplanen gjaldt {period}. Det er ikke satt opp frister eller statussjekker etter "
    "det; SLT-koordinatoren kan forlenge planen med ett år eller legge inn en ny plan."
)
"""«Handlingsplanen gjaldt 2023–2025.» and what the coordinator can do about it."""
plan_ending = Phrase(
    "Handlingsplanen ({period}) går ut {end}. SLT-koordinatoren kan forlenge den med ett år "
    "eller legge inn en ny plan."
)
"""The status in the plan's last month: when it ends and what the coordinator can do."""


# --- answers to questions -------------------------------------------------------------------

NOT_FOUND = "Fant ikke det tiltaket i planen. Prøv et ord fra tiltaket."


def not_found(asked: str | None, numbers: Sequence[str], *, unnumbered: bool) -> str:
    """Nothing matched: what the plan's numbers are (if it has any), never a number it lacks."""
    first = f"Planen har ikke noe tiltak {asked}." if asked else "Fant ikke det tiltaket i planen."
    if not numbers:
        return f"{first} Tiltakene i denne planen har ikke nummer; prøv et ord fra tiltaket."
    span = number_ranges(sorted(int(n) for n in numbers))
    rest = " (de andre har ikke nummer)" if unnumbered else ""
    return (
        f"{first} Tiltakene med nummer er {span}{rest}; prøv et av dem eller et ord fra tiltaket."
    )


typed_button = Phrase(
    "«{label}» er en knapp på påminnelsene mine om tiltak: trykk på den i kortet, så "
    "registrerer jeg svaret. Skrevet som en melding gjør det ingenting."
)
"""A reminder card's button typed as a message («Utført», «Mer tid»)."""
typed_postpone = Phrase(
    "Vil du utsette fristen for et tiltak, trykk «Mer tid» på påminnelsen om det. Vil du "
    "flytte et møte, skriv for eksempel «flytt neste møte i {group} en uke» – det kan "
    "SLT-koordinatoren gjøre."
)
"""A bare «utsett»: a tiltak's frist or a meeting – how each is done."""
typed_tiltak_named = Phrase("Mener du tiltaket «{name}», spør for eksempel «hva er {name}?».")
typed_plan_ended = Phrase(
    "Handlingsplanen gjaldt {period}, så det er ingen frister å melde på eller utsette nå."
)
typed_none_yours = Phrase(
    "Jeg finner ingen tiltak på deg i {kommune}, så det er ikke noe å melde på eller utsette her."
)


OLD_PLAN_ONLY = " – bare i eldre plan, ikke i den nye"
CONTINUOUS = " – løpende"
DEADLINE_LABEL = "Frist"
"""The label of a tiltak's deadline line, in cards and answers."""
MORE_TIME_ON_CHECK = "{new} (satt med «Mer tid»; løpende tiltak, statussjekk var {day})"
"""A løpende tiltak's date after «Mer tid» on a status check: no frist it had before."""
CONTINUOUS_ENDED = (
    "ingen – løpende tiltak (planen gir ingen frist), og planperioden er over, så det kommer "
    "ingen statussjekk"
)
more_in_card = Phrase("… og {rest} til – kortet viser alle")
"""The last line of a list of tiltak cut to fit a message people read (the card has them all)."""


def shared_status_check(day: str) -> str:
    """Said once above a list whose løpende tiltak share one statussjekk."""
    return f"Løpende tiltak (planen gir ingen frist) får statussjekk {day}."


def goal_in_line(tiltak: Tiltak) -> str:
    """A list line's « (mål: …)» for a tiltak whose title does not say what it is for
    (names.untold_goal); else nothing."""
    goal = untold_goal(tiltak)
    return f" (mål: {goal})" if goal else ""


NONE_FOR_MY_ROLES = "Ingen tiltak står med dine roller som ansvarlig."
none_for_role = Phrase(
    "Fant ingen tiltak der «{role}» står som ansvarlig. Skriv rollen slik planen gjør, for "
    "eksempel «tiltak for {example}»."
)
"""``example``: an ansvar this very plan names (Jevnaker's plan has no «ungdomskontakt»)."""
none_for_unnamed = Phrase(
    "Fant ingen tiltak med den ansvarlige du spør om. Skriv rollen slik planen gjør, for "
    "eksempel «tiltak for {example}»."
)
FOR_ROLE_TITLE = "Tiltak etter ansvarlig"


def for_role(role: str, example: str) -> tuple[str, str]:
    """The title of a role's tiltak and what it says when there are none: the role as the
    plan or the lexicon spells it, else no role at all (never the folded question)."""
    if not role:
        return FOR_ROLE_TITLE, none_for_unnamed(example=example)
    return f"Tiltak for {role}", none_for_role(role=role, example=example)


counted_title = Phrase("{title} ({count})")
"""«hvor mange tiltak har politikontakt ansvar for?»: the role's tiltak with their number."""
stated_title = Phrase("Tiltak for {roles}")
"""«jeg jobber som ungdomskontakt – hvilke tiltak er mine?»: the role the message names."""
mine_title = Phrase("Dine tiltak ({roles})")
"""The tiltak of the roles the roster gives the asker."""
goal_line = Phrase("Mål: {goal}")
"""Under the one tiltak a role's or a writer's list holds: what the plan says it is for."""
none_for_stated = Phrase("Ingen tiltak står med {roles} som ansvarlig i planen.")
named_title = Phrase("Ingen tiltak har {role} som ansvarlig, men disse nevner {role} i teksten")
not_in_roster = Phrase(
    "Jeg finner deg ikke i personoversikten for {kommune}, så jeg vet ikke hvilke tiltak du har. "
    "Be SLT-koordinatoren legge deg inn, eller spør etter rollen din, for eksempel «tiltak for "
    "rektor»."
)
area_title = Phrase("Tiltak under innsatsområde {number}: {area}")
"""«hvilke tiltak har vi under innsatsområde 6?»: the heading of that area's tiltak."""

not_in_plan = Phrase("Jeg finner ikke «{word}» i handlingsplanen. Tiltakene som ligner mest:")
none_about = Phrase(
    "Jeg finner ikke «{word}» i handlingsplanen, og ingen av tiltakene der handler om det."
)
no_tiltak_about = Phrase("Ingen av tiltakene i handlingsplanen handler om «{word}».")
NO_TILTAK_ABOUT_IT = "Ingen av tiltakene i handlingsplanen handler om det du spør om."
"""The same when the word may be someone's name (capitalised inside a sentence): never
echoed."""
"""Tiltak found by a generic word alone («skolen»), none by what was asked (absent.py)."""
no_tiltak_for_grade = Phrase(
    "Handlingsplanen har ingen tiltak for {grade}. trinn: tiltakene i planen gjelder andre trinn."
)
NO_SUCH_TILTAK = (
    "Jeg finner ikke noe slikt tiltak i handlingsplanen, så planen sier heller ikke hvem som "
    "har ansvaret eller hva det går ut på."
)
NO_SUCH_DEADLINE = (
    "Jeg finner ikke noe slikt tiltak i handlingsplanen, så planen gir heller ingen frist for det."
)
"""A deadline asked of something no tiltak holds («frist for å levere årsmeldingen»)."""
routine_instead = Phrase(
    "Fant ikke noe tiltak om dette i planen, men det finnes en rutine: «{title}». Skriv "
    "«rutinen ved {asked}», så viser jeg stegene."
)
"""A tiltak asked about a topic no tiltak holds, whose routine the bot has («er det noe tiltak
for å få ned skolefravær»): the routine named, not opened (a tiltak question tells no case)."""
"""«krisesenteret kommer og snakker om vold med 8. klasse – er det et SLT-tiltak?»: what the
question names is in no knowledge file; said first, then the tiltak on the rest of it."""

not_owner_but_named = Phrase(
    "Ingen tiltak i planen har «{word}» som ansvarlig. Tiltak som nevner «{word}»:"
)
"""«tiltak for barnehage» where no tiltak has the barnehage as its ansvar: said first, then
the tiltak whose text names it – never one of them as if it were the barnehage's."""
not_owner_but_named_unspelled = (
    "Ingen tiltak i planen har den som ansvarlig. Tiltak som nevner den:"
)
"""The same when the asked word is not in the message as typed (a dialect form read as
another): a folded or normalised word is never shown to the user."""
more_match = Phrase("{more} tiltak til passer også – spør mer presist.")


PLAN_LIST_TITLE = "Tiltakene i handlingsplanen"
NO_TILTAK = "Handlingsplanen har ingen tiltak som gjelder nå."


def plan_list_examples(first: Tiltak, ansvar: str) -> tuple[str, ...]:
    """What to ask next, with this plan's own first tiltak and an ansvar it names."""
    return (f"Hva går {tiltak_name(first).strip('«»')} ut på?", f"Tiltak for {ansvar}")


def tiltak_list_line(numbers: str, names: Sequence[str], more: int) -> str:
    """One innsatsområde's tiltak: «tiltak 1–9», the first titles, «og 5 til»."""
    parts = [f"tiltak {numbers}"] if numbers else []
    return ", ".join([*parts, *names]) + (f" og {more} til" if more > 0 else "")


PART_TITLES = {
    "missing_owner": ("Tiltak uten ansvarlig per", "hvilke tiltak mangler ansvarlig"),
    "overdue": ("Tiltak på etterskudd per", "hvilke tiltak er forsinket"),
    "done": ("Tiltak meldt utført per", "hvilke tiltak er utført"),
}
"""One part of the digest: its title, and the question that shows it whole (the whole status
cuts a long list)."""
PART_EMPTY = {
    "overdue": "er forfalt",
    "not_mine": "er meldt «ikke mitt ansvar»",
    "missing_owner": "mangler ansvarlig",
    "due_soon": "har frist eller statussjekk innen 14 dager",
    "done": "er meldt utført",
}
NOTHING_TO_DO = "Ingen tiltak venter på deg nå."
NONE_LISTED = "Ingen"


def status_to_do(counts: Sequence[tuple[int, str]]) -> str:
    return "Trenger handling: " + ", ".join(f"{n} {what}" for n, what in counts) + "."


def status_none(phrases: Sequence[str]) -> str:
    joined = ", ".join(phrases[:-1]) + " eller " + phrases[-1] if len(phrases) > 1 else phrases[0]
    return f"Ingen tiltak {joined}."


def status_more(hidden: int, asked: str | None) -> str:
    return f"… og {hidden} til" + (f" – skriv «{asked}» for hele lista" if asked else "")


def deadlines_in_year_title(year: int) -> str:
    return f"Tiltak med frist i {year}"


def year_outside_plan(year: int, period: str) -> str:
    return f"Handlingsplanen gjelder {period}, så den har ingen frister i {year}."


def no_deadline_in_year(year: int) -> str:
    return f"Ingen tiltak i planen har frist i {year}."


def continuous_not_dated(count: int) -> str:
    """The løpende tiltak a year's list leaves out, and why."""
    return f"{count} løpende tiltak har ingen frist og står ikke her; de får statussjekker."


# --- the coordinator's messages beside the cards ----------------------------------------------


def overdue_title(tiltak: Sequence[Tiltak]) -> str:
    """«Forfalt: tiltak 12», or «Forfalt: 3 tiltak»."""
    if len(tiltak) == 1:
        return f"Forfalt: {tiltak_name(tiltak[0])}"
    return f"Forfalt: {len(tiltak)} tiltak"


def nudge_about(tiltak: Tiltak) -> str:
    """What a nudge is about, in the coordinator's failure notice."""
    return f"{tiltak_name(tiltak)}, ny påminnelse"


def not_mine_text(who: str | None, tiltak: Tiltak, deadline: dt.date, reason: str | None) -> str:
    """The plain-text version of the coordinator's «ikke mitt ansvar» card."""
    because = f" Begrunnelse: «{reason}»." if reason else ""
    return (
        f"{who or 'Den ansvarlige'} svarte «{CARD.not_mine}» på "
        f"{tiltak_label_short(tiltak)}, frist {norwegian_date(deadline)}."
        f"{because} {CARD.ansvar_in_plan}: {owners_text(tiltak.ansvar)}. Sett ny ansvarlig eller "
        "godta ny frist i kortet."
    )
