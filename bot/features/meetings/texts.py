"""What the meeting feature says to people, in one place (Norwegian bokmål).

Fixed sentences are constants; sentences with a meeting, a name or a time in them are small
functions. How a command is written back (the «Jeg forstod: …» line and a button's command)
is :mod:`bot.features.meetings.command_texts`, since the grammar must read it back the same.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from bot.dates import day_text, moved_texts, when_text
from bot.features.meetings.card_views import MeetingCardTexts
from bot.features.phrase import Phrase, one_stop
from bot.text import listed

if TYPE_CHECKING:
    from bot.features.meetings.model import Meeting

# --- who may, and where -----------------------------------------------------------------------

NOT_ALLOWED = (
    "Det er bare SLT-koordinatoren som kan kalle inn, avlyse eller flytte møter. Ta kontakt "
    "med koordinatoren om noe skal endres."
)
MEETING_ELSEWHERE = (
    "Dette møtekortet kan bare besvares i kanalen der innkallingen ble sendt, eller av dem som "
    "er invitert. Ingenting er endret. Ta kontakt med innkaller om du skal være med."
)
ONLY_IN_TEAMS = "Møter innkalles, avlyses og flyttes i Teams."
WRITE_IN_CHANNEL = "Skriv dette i kanalen som skal få innkallingene."

# --- the cards' fixed words (cards/meeting.py) ---------------------------------------------------

CARD = MeetingCardTexts(
    moved_title="FLYTTET: {what}",
    cancelled_title="AVLYST: {what}",
    urgent_title="Hasteinnkalling: {what}",
    call_title="Innkalling: {what}",
    reminder_title="Påminnelse: {what}",
    minutes_title="Husk å legge ut referat fra {group} {day}",
    time="Tid",
    place="Sted",
    teams_link="Teams-lenke",
    agenda_deadline="Frist for saker",
    innkaller="Innkaller",
    moteleder="Møteleder",
    sekretar="Sekretær",
    meeting="Møte",
    signed_up="Påmeldt",
    nobody="Ingen",
    join_link="[Bli med i Teams-møtet]({url})",
    moved_answer_new="Møtet er flyttet til {when}. Svar på den nye innkallingen.",
    moved="Møtet er flyttet til {when}.",
    cancelled="Møtet er avlyst.",
    urgent="Hastemøte.",
    moved_from="Flyttet fra {day}.",
    agenda_so_far="Saksliste så langt",
    no_agenda="Ingen saker ennå.",
    agenda_item="{text} (meldt inn av {proposer})",
    attendance="Påmeldt: {coming} kommer, {not_coming} kommer ikke",
    coming="Kommer: {names}",
    not_coming="Kommer ikke: {names}",
    members="Medlemmer: {names}",
    not_answered="Du har ikke svart på innkallingen ennå. Kommer du?",
    minutes_sekretar="{mentions}: referatet legges ut i kanalen.",
    agenda_proposed="Saker som ble meldt inn",
    minutes_privacy=(
        "Referatet skal ikke inneholde navn på barn og unge eller andre personopplysninger."
    ),
    agenda_input="Meld inn sak",
    agenda_placeholder="Sak du vil melde inn",
    yes="Kommer",
    no="Kommer ikke",
    add_agenda="Meld inn sak",
    add_to_calendar="Legg i kalender",
)
PLACE_UNKNOWN = "Ikke avklart – innkaller sier fra"


def calendar_description(
    innkaller: str, moteleder: str | None, sekretar: str | None, teams_link: str | None
) -> list[str]:
    """The first lines of a meeting in the .ics file: the roles, then the Teams link."""
    lines = [f"{CARD.innkaller}: {innkaller}"]
    if moteleder:
        lines.append(f"{CARD.moteleder}: {moteleder}")
    if sekretar:
        lines.append(f"{CARD.sekretar}: {sekretar}")
    if teams_link:
        lines.append(f"Teams-møte: {teams_link}")
    return lines


def calendar_name(kommune: str, year: int) -> str:
    return f"SLT-årshjul {kommune} {year}"


def call_updated(group: str) -> str:
    """The text beside a call card redrawn in place."""
    return CARD.call_title.format(what=group)


def calendar_cancelled(group: str) -> str:
    """The comment Outlook shows with a cancelled meeting."""
    return f"{group} er avlyst."


def reminder_message(group: str) -> str:
    """The text beside the day-before reminder card."""
    return f"Påminnelse: {group} i morgen"


def assumed_time(text: str, *, day: bool, meets: str | None) -> str:
    """«tirsdag 10. mars kl 09:00 (antatt dag og tid – planen sier «4 ganger i året»)»."""
    said = f" – planen sier «{meets}»" if meets is not None else ""
    return f"{text} (antatt {'dag og tid' if day else 'tid'}{said})"


# --- the call card ------------------------------------------------------------------------------

UNKNOWN_MEETING = "Kortet viser til et møte jeg ikke kjenner. Spør koordinatoren."
UNKNOWN_BUTTON = "Jeg forstod ikke knappen. Prøv igjen."
CANCELLED = CARD.cancelled
MEETING_OVER = "Møtet er over, så svaret kan ikke endres."
WRITE_AGENDA_FIRST = f"Skriv saken i feltet før du trykker «{CARD.add_agenda}»."
AGENDA_ADDED = "Takk! Saken står nå på sakslisten."
AGENDA_PRIVACY = (
    "Saken ble ikke lagt til: den ser ut til å inneholde personopplysninger (et navn med alder, "
    "klasse, helse- eller politiopplysninger, eller et fødselsnummer). Meld inn saken uten navn, "
    "for eksempel «Bekymring for rus blant elever på 9. trinn»."
)


def moved_answer_new(moved_to: dt.datetime) -> str:
    return CARD.moved_answer_new.format(when=when_text(moved_to))


def agenda_added_moved(moved_to: dt.datetime) -> str:
    """A sak sent on a moved meeting's old card, on the saksliste of its new day."""
    return f"Takk! Møtet er flyttet til {when_text(moved_to)}, og saken står på sakslisten der."


def rsvp_thanks(name: str, coming: bool) -> str:
    return f"Takk, {name}! Registrert: {'kommer' if coming else 'kommer ikke'}."


# --- the coordinator's commands -------------------------------------------------------------

EXAMPLES = {
    "meeting_call": "innkall fagteam 12. mars kl 9",
    "meeting_cancel": "avlys neste politiråd",
    "meeting_move": "flytt neste fagteam til 20.3 kl 9",
}
DEFAULT_EXAMPLE = "avlys neste politiråd"
NOTHING_CHANGED = "Greit, jeg endrer ingenting."
UNKNOWN_COMMAND_BUTTON = "Jeg forstod ikke knappen. Skriv kommandoen på nytt."
NO_CHANNEL = "Ingen kanal er valgt for dette ennå, så jeg kan ikke poste det. "
not_understood = Phrase("Jeg forstod ikke helt. Skriv for eksempel «{example}».")


MEETING_WORD = "møte"
"""A group whose name's first word ends so («Hastemøte», «Fellesmøte for …») is a meeting."""


def the_meeting(group: str) -> str:
    """«Møtet i Politirådet», but a group named as a meeting is «Hastemøtet» – never «Møtet i
    Hastemøte»."""
    first, _, rest = group.partition(" ")
    if first.casefold().endswith(MEETING_WORD):
        return f"{first}t {rest}".rstrip()
    return f"Møtet i {group}"


def next_meeting_title(group: str) -> str:
    """«Neste møte i Fagteamet», «Neste hastemøte», «Neste fellesmøte for …»."""
    first, _, rest = group.partition(" ")
    if first.casefold().endswith(MEETING_WORD):
        lower = first[0].lower() + first[1:] if first[1:2].islower() else first  # «BTI-møte»
        return f"Neste {lower} {rest}".rstrip()
    return f"Neste møte i {group}"


def cancel_notice(meeting: Meeting) -> str:
    return f"{the_meeting(meeting.group.name)} {when_text(meeting.start)} er avlyst."


def move_notice(old: Meeting, new: Meeting) -> str:
    before, after = moved_texts(old.start, new.start)
    return (
        f"{the_meeting(new.group.name)} er flyttet fra {before} til {after}. "
        "Svar på nytt om du kommer."
    )


# --- why a change cannot be made ------------------------------------------------------------

UNKNOWN_KOMMUNE = "Jeg kjenner ikke den kommunen."
UNKNOWN_GROUP = "Jeg finner ikke den gruppen i kommunens SLT-plan."
MEETING_NOT_FOUND = "Jeg fant ikke møtet."
WHICH_DAY = "Hvilken dag?"
MOVE_WHEN = "Når skal møtet flyttes til?"
CANCELLED_CALL_AGAIN = (
    "Møtet er avlyst. Kall inn på nytt, for eksempel «innkall fagteamet 14. mars kl 9»."
)


def moved_cancel_new(moved_to: dt.datetime) -> str:
    return f"Møtet er flyttet til {when_text(moved_to)}. Avlys det nye møtet."


def already_moved(moved_to: dt.datetime) -> str:
    return f"Møtet er allerede flyttet til {when_text(moved_to)}."


def already_moved_from(group: str, day: dt.date, moved_to: dt.datetime) -> str:
    return f"{the_meeting(group)} {day_text(day)} er allerede flyttet til {when_text(moved_to)}."


def already_cancelled(meeting: Meeting) -> str:
    return f"{the_meeting(meeting.group.name)} {when_text(meeting.start)} er allerede avlyst."


def group_busy(group: str, start: dt.datetime) -> str:
    return f"{group} har allerede møte {when_text(start)}."


def no_meeting_on(group: str, day: dt.date) -> str:
    return f"{group} har ikke noe møte {day_text(day, year=True)}."


def in_the_past(start: dt.datetime) -> str:
    return f"{when_text(start)} har allerede vært. Velg et senere tidspunkt."


# --- «hvem har ikke svart?» --------------------------------------------------------------------


def no_meeting_ahead(group: str | None) -> str:
    where = f" for {group}" if group else ""
    return f"Jeg finner ikke noe kommende møte{where} i møteplanen."


not_called_here = Phrase(
    "Neste møte er {title}. Jeg sender ikke innkallingen til {group}, så svarene samles ikke her."
)
call_not_sent_yet = Phrase(
    "Neste møte er {title}. Innkallingen sendes {call_day}, så ingen har kunnet svare ennå."
)
nobody_mapped = Phrase(
    "Neste møte er {title}. Ingen personer er koblet til rollene i {group}, så jeg vet ikke hvem "
    "innkallingen gjelder. Personoversikten legges inn av IT (se driftsveiledningen)."
)
answers_so_far = Phrase("Svar så langt: {coming} kommer, {not_coming} kommer ikke.")
everyone_answered = Phrase("Alle har svart på innkallingen til {title}. {tally}")


def not_answered_list(title: str, people: list[str], tally: str) -> str:
    lines = "\n".join(f"- {person}" for person in people)
    return f"Har ikke svart på innkallingen til {title}:\n{lines}\n\n{tally}"


def invitee_label(name: str | None, role: str) -> str:
    """«Kari Nordmann (Politikontakt)»; the role once where the people mapping gives no name
    (the invitee is then named by the role: «Politikontakt (Politikontakt)» said it twice)."""
    if not name or " ".join(name.casefold().split()) == " ".join(role.casefold().split()):
        return role
    return f"{name} ({role})"


# --- the årshjul and «når er neste møte» -------------------------------------------------------

CANCELLED_MARK = "AVLYST"
URGENT_MARK = "hastemøte"
EXTRA_MARK = "ekstra møte"
NOTHING_AHEAD = "Ingen møter framover."
NEXT_MEETINGS = "Neste møter"
URGENT_NOTE = " Det er et hastemøte."
DATES_COMPUTED = (
    "Datoene er regnet ut fra hvor ofte gruppene møtes, der kommunen ikke har en egen "
    "møteplan. Koordinatoren kan flytte eller avlyse møter."
)
TIME_ASSUMED = "Ukedag og klokkeslett er antatt til koordinatoren har bekreftet dem."
ADD_TO_CALENDAR = "Legg i kalender (.ics)"
JOIN_MEETING = "Bli med i møtet"
FACT_LABELS = ("Tid", "Sted", "Teams-lenke", "Innkaller", "Møteleder", "Sekretær")
moved_from_mark = Phrase("flyttet fra {day}")


def same_weekday_line(weekday: str, days: list[str], time: str, group: str) -> str:
    """«mandager 6., 13., 20. og 27. kl 09:00: Fagteam» for a weekly group's month."""
    return f"{weekday}er {listed(days)} kl {time}: {group}"


nothing_planned = Phrase("Ingen møter er planlagt ({span}).")


def without_meetings(span: str, groups: list[str]) -> str:
    """The groups with no meeting in the årshjul's window, named by the window the sheet
    shows («desember 2026 – november 2027»), never by the year asked alone."""
    return f"Uten faste møter ({span}): {', '.join(groups)}."


year_plan_title = Phrase("Årshjul – {kommune}")
year_plan_subtitle = Phrase("Møteplan for SLT-gruppene, {span}")
add_to_calendar_for = Phrase("Legg i kalender ({year})")
calendar_file_line = Phrase("\n\nKalenderfil (.ics): {url}")


def no_meetings_planned_ahead(
    group: str, meets: str | None, *, rhythm: bool = False, caller: str | None = None
) -> str:
    """No date ahead. A plan that says how often but on no day («Møtes 4 ganger i året») is
    said so: the rhythm is no «ingen møter», and a date is never made up from it."""
    if meets and rhythm:
        meets = meets[:-1] if meets.endswith(".") and meets[-3:-2] != "." else meets
        text = (
            f"Planen sier hvor ofte {group} møtes («{meets}»), men ikke hvilke dager. "
            "Derfor har jeg ingen dato for neste møte."
        )
    else:
        text = f"{group} har ingen planlagte møter framover{f' ({meets})' if meets else ''}."
    return one_stop(text + (f" Møtene kalles inn av {caller}." if caller and rhythm else ""))


meets_on = Phrase("{group} møtes {when}.")
date_computed_from = Phrase("Datoen er regnet ut fra «{meets}». Koordinatoren kan flytte møtet.")
moved_by_coordinator = Phrase("Koordinatoren har flyttet møtet fra {day}.")
dates_computed_from = Phrase(
    "Datoene er regnet ut fra «{meets}». Koordinatoren kan flytte og avlyse møter."
)


# --- meetings in a period («møtes politirådet i juli?», periods.py) ----------------------------

THIS_WEEK = "denne uka"
next_week = Phrase("neste uke (uke {week})")
spring = Phrase("våren {year}")
autumn = Phrase("høsten {year}")
in_month = Phrase("i {month} {year}")
before_break = Phrase("før {name} (fra {first})")
after_break = Phrase("etter {name}")
in_break = Phrase("i {name} {year}")
period_title = Phrase("Møter i {group} {said}")
period_title_all = Phrase("SLT-møter {said}")
meetings_in_period = Phrase("{group} har {count} {said}:")
no_meetings_in_period = Phrase("{group} har ingen møter {said} i møteplanen.")
no_meetings_in_period_all = Phrase("Ingen SLT-møter {said} i møteplanen.")
first_after = Phrase("Første møte i {group} {said}: {when}.")
next_after_period = Phrase("Neste møte etter det: {when}.")


def meeting_count(count: int) -> str:
    """«ett møte», «3 møter»."""
    return "ett møte" if count == 1 else f"{count} møter"


# --- what the coordinator's commands answer (chat.py) ------------------------------------------


weekday_not_the_date = Phrase("{date} er en {weekday}, ikke en {named}.")
"""«flytt … til tirsdag 20. januar» when 20. januar is a Wednesday (command_dates.py)."""

call_saved = Phrase(
    "Innkalling til {group} {when} er lagret. {unchosen} Da kommer innkallingen der."
)
call_sent_now = Phrase("Innkalling til {group} {when} sendes nå i kanalen. Invitert: {invited}.")
telling_channel = Phrase("Jeg sier fra i kanalen til {who}.")
calling_again = Phrase(
    "Jeg sender ny innkalling i kanalen til {who}, og de svarer på nytt om de kommer."
)
moved_done = Phrase("Flyttet: {group} fra {old} til {new}. {told}")
kommune_channel_chosen = Phrase(
    "Klart! Påminnelser, innkallinger og ukesoversikten for {kommune} kommer i denne kanalen."
)
which_group = Phrase("Hvilken gruppe? ({names}) Eller skriv «bruk denne kanalen for SLT» for alt.")
group_channel_chosen = Phrase("Klart! Innkallinger til {group} kommer i denne kanalen.")


# --- calendar links, the agenda, and what the jobs post ----------------------------------------

CALENDAR_LINKS_OFF = "Kalenderlenker er ikke slått på for denne boten."
calendar_link_renewed = Phrase(
    "Ny kalenderlenke er laget, og den gamle virker ikke lenger. Kalendere som abonnerte på den "
    "gamle, må legge inn den nye: {url}"
)
agenda_full = Phrase("Sakslisten er full ({most} saker). Ta kontakt med innkaller.")
minutes_reminder = Phrase("Husk referat fra {group}")
about_call = Phrase("innkalling til {group}")
"""What a failure notice says was not delivered («innkalling til Fagteam»)."""
about_reminder = Phrase("påminnelse om {group}")
about_minutes = Phrase("referat fra {group}")


def calendar_not_changed(operation: str, group: str, start: dt.datetime) -> str:
    """To the meeting's channel when Outlook would not take a change after every retry."""
    when = when_text(start)
    if operation == "create":
        return (
            f"Jeg fikk ikke lagt {group} {when} i Outlook-kalenderen. "
            "Lag gjerne Teams-møtet selv; innkallingen har «Legg i kalender». Jeg prøver igjen "
            "til møtet er i kalenderen."
        )
    if operation == "move":
        return (
            f"Jeg fikk ikke flyttet {group} til {when} i Outlook-kalenderen. Flytt møtet selv i "
            "Outlook, så deltakerne får riktig tid."
        )
    return (
        f"Jeg fikk ikke avlyst {group} {when} i Outlook-kalenderen. Avlys det selv i Outlook, "
        "så deltakerne får beskjed."
    )


# --- «hvordan får jeg et punkt på sakslista?» (agenda_asked.py) ---------------------------------

agenda_call_out = Phrase(
    "Neste møte i {group} er {when}. Innkallingen ligger i kanalen: skriv saken under «Meld inn "
    "sak» i kortet og trykk «Meld inn sak», innen {deadline}."
)
agenda_call_ahead = Phrase(
    "Neste møte i {group} er {when}. Innkallingen kommer i kanalen {call_day}: skriv saken "
    "under «Meld inn sak» i kortet og trykk «Meld inn sak», innen {deadline}."
)
agenda_not_called = Phrase(
    "Neste møte i {group} er {when}. Jeg sender ikke innkallingen til {group}, så saker meldes "
    "ikke inn her."
)
agenda_innkaller = Phrase("Du kan også sende saken til innkalleren, {innkaller}.")
agenda_send_innkaller = Phrase("Send saken til innkalleren, {innkaller}.")
AGENDA_NO_NAMES = "Skriv saken uten navn på barn eller unge."
AGENDA_EMPTY = "Ingen saker er meldt inn ennå."


def agenda_so_far(items: list[str]) -> str:
    """«Saksliste så langt: Mobbing på bussen; Ungdata.»"""
    return f"Saksliste så langt: {'; '.join(items)}."
