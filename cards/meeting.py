"""Cards for meetings: the call everyone answers in, the day-before reminder, the referat nudge.

The call card is posted once in the group's channel and redrawn in place after every click,
so it always shows the same state to everyone: who comes, who does not, and the saksliste
with who proposed each sak.

Mentions: Teams shows ``<at>Name</at>`` as an @mention only when the card carries a matching
entity in ``msteams.entities`` (``text`` exactly the tag, ``mentioned.id`` an Entra object id,
a UPN or a Teams user id). :func:`mention_line` and :func:`with_mentions` are built from the
same list, so every tag has its entity and no entity lacks its tag.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.clock import OSLO
from bot.dates import day_text, when_text
from bot.features.meetings.desk import CallView
from bot.features.meetings.model import AGENDA_MAX_CHARS, AgendaItem, Attendance, Attendee, Meeting
from bot.features.meetings.sends import place_assumed, time_assumed
from cards.base import bullets, card, execute, facts, heading, paragraph
from cards.verbs import Verb

Mention = tuple[str, str]
"""``(id, name)``: who to @mention; the id is what Teams accepts (Entra id, UPN, 29:…)."""


def _tag(name: str) -> str:
    return f"<at>{name}</at>"


def mention_line(mentions: Sequence[Mention]) -> str:
    """``<at>Kari</at>, <at>Per</at>`` — the text half of the mentions."""
    return ", ".join(_tag(name) for _, name in _unique(mentions))


def _unique(mentions: Sequence[Mention]) -> list[Mention]:
    seen: set[str] = set()
    unique = []
    for mention_id, name in mentions:
        if mention_id and name and mention_id not in seen:
            seen.add(mention_id)
            unique.append((mention_id, name))
    return unique


def with_mentions(result: dict[str, Any], mentions: Sequence[Mention]) -> dict[str, Any]:
    """Add the entity half of the mentions to a card built by :func:`cards.base.card`."""
    entities = [
        {"type": "mention", "text": _tag(name), "mentioned": {"id": mention_id, "name": name}}
        for mention_id, name in _unique(mentions)
    ]
    if entities:
        result["msteams"] = {**result.get("msteams", {}), "entities": entities}
    return result


def card_data(meeting: Meeting) -> dict[str, str]:
    """What every button of a meeting card carries; the handler checks it against the store."""
    return {"kommune": meeting.kommune_id, "group": meeting.group.id, "meeting": meeting.key}


def _title(meeting: Meeting) -> str:
    what = f"{meeting.group.name} {when_text(meeting.start)}"
    if meeting.moved_to is not None:
        return f"FLYTTET: {what}"
    if meeting.cancelled:
        return f"AVLYST: {what}"
    return f"Hasteinnkalling: {what}" if meeting.urgent else f"Innkalling: {what}"


def _time(meeting: Meeting) -> str:
    """When, and what of it the plan does not say: «(antatt dag og tid – planen sier «4
    ganger i året»)», so nobody in the room takes an assumed Thursday for the plan's."""
    end = meeting.end.astimezone(OSLO)
    text = f"{when_text(meeting.start, year=True)}–{end:%H:%M}"
    if not time_assumed(meeting):
        return text
    rhythm, meets = meeting.group.rhythm, meeting.group.meets
    day = rhythm is not None and (rhythm.is_assumed("weekday") or rhythm.is_assumed("pattern"))
    said = f" – planen sier «{meets.text}»" if meets is not None else ""
    return f"{text} (antatt {'dag og tid' if day else 'tid'}{said})"


def place_text(meeting: Meeting, teams_link: str | None = None) -> str:
    """The place, marked «(antatt)» when nobody confirmed it; «ikke avklart» when unknown."""
    if meeting.place:
        return f"{meeting.place} (antatt)" if place_assumed(meeting) else meeting.place
    return "" if teams_link or meeting.teams_link else "Ikke avklart – innkaller sier fra"


def _meeting_facts(
    meeting: Meeting,
    innkaller: str | None,
    moteleder: str | None,
    sekretar: str | None,
    *,
    teams_link: str | None = None,
    deadline: dt.datetime | None = None,
) -> dict[str, Any]:
    join = teams_link or meeting.teams_link
    link = f"[Bli med i Teams-møtet]({join})" if join else ""
    return facts(
        [
            ("Tid", _time(meeting)),
            ("Sted", place_text(meeting, join)),
            ("Teams-lenke", link),
            ("Frist for saker", when_text(deadline) if deadline and meeting.active else ""),
            ("Innkaller", innkaller or ""),
            ("Møteleder", moteleder or ""),
            ("Sekretær", sekretar or ""),
        ]
    )


def _names(people: Sequence[Attendee]) -> str:
    return ", ".join(p.name for p in people)


def attendance_lines(attendance: Attendance) -> list[str]:
    """``Påmeldt: 2 kommer, 1 kommer ikke`` and the names."""
    lines = [f"Påmeldt: {len(attendance.coming)} kommer, {len(attendance.not_coming)} kommer ikke"]
    if attendance.coming:
        lines.append(f"Kommer: {_names(attendance.coming)}")
    if attendance.not_coming:
        lines.append(f"Kommer ikke: {_names(attendance.not_coming)}")
    return lines


def agenda_lines(agenda: Sequence[AgendaItem]) -> list[str]:
    return [f"{item.text} (meldt inn av {item.proposer})" for item in agenda]


def meeting_call_card(
    meeting: Meeting,
    attendance: Attendance,
    agenda: Sequence[AgendaItem],
    mentions: Sequence[Mention],
    *,
    innkaller: str | None,
    members: Sequence[str],
    moteleder: str | None = None,
    sekretar: str | None = None,
    notice: str | None = None,
    ics_url: str | None = None,
    teams_link: str | None = None,
    deadline: dt.datetime | None = None,
) -> dict[str, Any]:
    """The call: what, when, where, the saksliste so far and who comes — with the answers.

    ``ics_url`` (a signed link to this meeting's .ics) becomes «Legg i kalender»;
    ``teams_link`` is the Teams meeting Graph made; ``deadline`` is when saker are due.

    A cancelled or moved-away meeting keeps its facts and answers but loses the buttons.
    ``moteleder``/``sekretar`` default to the group's roles.
    """
    group = meeting.group
    body: list[dict[str, Any]] = [heading(_title(meeting))]
    if meeting.moved_to is not None:
        body.append(
            paragraph(
                f"Møtet er flyttet til {when_text(meeting.moved_to, year=True)}. "
                "Svar på den nye innkallingen.",
                weight="Bolder",
                color="Attention",
            )
        )
    elif meeting.cancelled:
        body.append(paragraph("Møtet er avlyst.", weight="Bolder", color="Attention"))
    elif meeting.urgent:
        body.append(paragraph("Hastemøte.", weight="Bolder", color="Warning"))
    body.append(
        _meeting_facts(
            meeting,
            innkaller,
            moteleder or group.moteleder,
            sekretar or group.sekretar,
            teams_link=teams_link,
            deadline=deadline,
        )
    )
    if meeting.moved_from is not None:
        body.append(
            paragraph(f"Flyttet fra {day_text(meeting.moved_from)}.", size="Small", isSubtle=True)
        )
    body.append(paragraph("Saksliste så langt", weight="Bolder", spacing="Medium"))
    body.append(bullets(agenda_lines(agenda)) if agenda else paragraph("Ingen saker ennå."))
    body.append(paragraph("\n\n".join(attendance_lines(attendance)), spacing="Medium"))
    member_text = f"Medlemmer: {', '.join(members)}" if members else ""
    if mentions:
        member_text = f"{member_text}\n\n{mention_line(mentions)}".strip()
    if member_text:
        body.append(paragraph(member_text, size="Small"))
    if notice:
        body.append(paragraph(notice, color="Accent", weight="Bolder"))
    actions = None
    if meeting.active:
        body.append(
            {
                "type": "Input.Text",
                "id": "agenda_item",
                "label": "Meld inn sak",
                "placeholder": "Sak du vil melde inn",
                "maxLength": AGENDA_MAX_CHARS,
                "isMultiline": True,
            }
        )
        data = card_data(meeting)
        actions = [
            execute(
                "Kommer", Verb.MEETING_RSVP_YES, data, style="positive", associatedInputs="none"
            ),
            execute("Kommer ikke", Verb.MEETING_RSVP_NO, data, associatedInputs="none"),
            execute("Meld inn sak", Verb.MEETING_AGENDA, data),
        ]
        if ics_url:
            actions.append({"type": "Action.OpenUrl", "title": "Legg i kalender", "url": ics_url})
    return with_mentions(card(body, actions), mentions)


def call_card(view: CallView, *, notice: str | None = None) -> dict[str, Any]:
    """The call card from what the desk read for it (:meth:`MeetingDesk.call_view`)."""
    meeting = view.meeting
    return meeting_call_card(
        meeting,
        view.attendance,
        view.agenda,
        view.mentions,
        innkaller=view.innkaller,
        members=meeting.group.members,
        moteleder=view.moteleder,
        sekretar=view.sekretar,
        notice=notice,
        ics_url=view.ics_url,
        teams_link=view.teams_link,
        deadline=view.deadline,
    )


def meeting_reminder_card(
    meeting: Meeting,
    attendance: Attendance,
    not_answered: Sequence[Mention],
    *,
    notice: str | None = None,
) -> dict[str, Any]:
    """The day before: a short nudge to those who have not answered, with the two answers."""
    body: list[dict[str, Any]] = [
        heading(f"Påminnelse: {meeting.group.name} {when_text(meeting.start)}"),
        paragraph("Du har ikke svart på innkallingen ennå. Kommer du?"),
    ]
    if not_answered:
        body.append(paragraph(mention_line(not_answered)))
    body.append(
        facts(
            [
                ("Tid", _time(meeting)),
                ("Sted", place_text(meeting)),
                (
                    "Teams-lenke",
                    f"[Bli med i Teams-møtet]({meeting.teams_link})" if meeting.teams_link else "",
                ),
            ]
        )
    )
    body.append(paragraph(attendance_lines(attendance)[0], size="Small"))
    if notice:
        body.append(paragraph(notice, color="Accent", weight="Bolder"))
    actions = None
    if meeting.active:
        data = card_data(meeting)
        actions = [
            execute("Kommer", Verb.MEETING_RSVP_YES, data, style="positive"),
            execute("Kommer ikke", Verb.MEETING_RSVP_NO, data),
        ]
    elif meeting.moved_to is not None:
        moved = f"Møtet er flyttet til {when_text(meeting.moved_to)}."
        body.append(paragraph(moved, weight="Bolder", color="Attention"))
    else:
        body.append(paragraph("Møtet er avlyst.", weight="Bolder", color="Attention"))
    return with_mentions(card(body, actions), not_answered)


def minutes_reminder_card(
    meeting: Meeting,
    *,
    sekretar: Sequence[Mention] = (),
    agenda: Sequence[AgendaItem] = (),
    attendance: Attendance | None = None,
) -> dict[str, Any]:
    """After the meeting: remind the sekretær to post the referat, with the saksliste."""
    body: list[dict[str, Any]] = [
        heading(f"Husk å legge ut referat fra {meeting.group.name} {day_text(meeting.day)}"),
    ]
    if sekretar:
        body.append(paragraph(f"{mention_line(sekretar)}: referatet legges ut i kanalen."))
    pairs = [("Møte", _time(meeting))]
    if attendance is not None:
        pairs.append(("Påmeldt", _names(attendance.coming) or "Ingen"))
    body.append(facts(pairs))
    if agenda:
        body.append(paragraph("Saker som ble meldt inn", weight="Bolder", spacing="Medium"))
        body.append(bullets(agenda_lines(agenda)))
    body.append(
        paragraph(
            "Referatet skal ikke inneholde navn på barn og unge eller andre personopplysninger.",
            size="Small",
            isSubtle=True,
        )
    )
    return with_mentions(card(body), sekretar)
