"""Cards for meetings: the call everyone answers in, the day-before reminder, the referat nudge.

The call card is posted once in the group's channel and redrawn in place after every click,
so it always shows the same state to everyone: who comes, who does not, and the saksliste
with who proposed each sak.

Mentions: Teams shows ``<at>Name</at>`` as an @mention only when the card carries a matching
entity in ``msteams.entities`` (``text`` exactly the tag, ``mentioned.id`` an Entra object id,
a UPN or a Teams user id). :func:`mention_line` and :func:`with_mentions` are built from the
same list, so every tag has its entity and no entity lacks its tag.

The views: :mod:`bot.features.meetings.card_views`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.features.meetings.card_views import (
    Answers,
    CallCardView,
    MeetingCardTexts,
    MeetingView,
    Mention,
    MinutesCardView,
    ReminderCardView,
)
from cards.base import bullets, card, execute, facts, heading, paragraph
from cards.verbs import Verb


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


def card_data(meeting: MeetingView) -> dict[str, str]:
    """What every button of a meeting card carries; the handler checks it against the store."""
    return {"kommune": meeting.kommune_id, "group": meeting.group_id, "meeting": meeting.key}


def _what(meeting: MeetingView) -> str:
    """Which meeting, as every title names it: «Fagteam tirsdag 10. mars kl 09:00»."""
    return f"{meeting.group_name} {meeting.when}"


def _title(meeting: MeetingView) -> str:
    texts = meeting.texts
    what = _what(meeting)
    if meeting.moved_to:
        return texts.moved_title.format(what=what)
    if meeting.cancelled:
        return texts.cancelled_title.format(what=what)
    title = texts.urgent_title if meeting.urgent else texts.call_title
    return title.format(what=what)


def _link(meeting: MeetingView) -> str:
    link = meeting.teams_link
    return meeting.texts.join_link.format(url=link) if link else ""


def _when_where(meeting: MeetingView) -> list[tuple[str, str]]:
    """Time, place and Teams link: the facts every card about a coming meeting shows."""
    texts = meeting.texts
    return [
        (texts.time, meeting.time),
        (texts.place, meeting.place),
        (texts.teams_link, _link(meeting)),
    ]


def _rsvp_buttons(meeting: MeetingView, **extra: Any) -> list[dict[str, Any]]:
    """«Kommer» and «Kommer ikke»: the two answers to a call, on every card that asks."""
    data = card_data(meeting)
    texts = meeting.texts
    return [
        execute(texts.yes, Verb.MEETING_RSVP_YES, data, style="positive", **extra),
        execute(texts.no, Verb.MEETING_RSVP_NO, data, **extra),
    ]


def _meeting_facts(view: CallCardView) -> dict[str, Any]:
    meeting = view.meeting
    texts = meeting.texts
    return facts(
        [
            *_when_where(meeting),
            (texts.agenda_deadline, view.deadline),
            (texts.innkaller, view.innkaller),
            (texts.moteleder, view.moteleder),
            (texts.sekretar, view.sekretar),
        ]
    )


def attendance_lines(answers: Answers, texts: MeetingCardTexts) -> list[str]:
    """``Påmeldt: 2 kommer, 1 kommer ikke`` and the names."""
    count = texts.attendance.format(coming=len(answers.coming), not_coming=len(answers.not_coming))
    lines = [count]
    if answers.coming:
        lines.append(texts.coming.format(names=", ".join(answers.coming)))
    if answers.not_coming:
        lines.append(texts.not_coming.format(names=", ".join(answers.not_coming)))
    return lines


def agenda_lines(agenda: Sequence[tuple[str, str]], texts: MeetingCardTexts) -> list[str]:
    return [texts.agenda_item.format(text=text, proposer=proposer) for text, proposer in agenda]


def call_card(view: CallCardView) -> dict[str, Any]:
    """The call: what, when, where, the saksliste so far and who comes — with the answers.

    ``ics_url`` (a signed link to this meeting's .ics) becomes «Legg i kalender». A
    cancelled or moved-away meeting keeps its facts and answers but loses the buttons.
    """
    meeting = view.meeting
    texts = meeting.texts
    body: list[dict[str, Any]] = [heading(_title(meeting))]
    if meeting.moved_to:
        body.append(
            paragraph(
                texts.moved_answer_new.format(when=meeting.moved_to_year),
                weight="Bolder",
                color="Attention",
            )
        )
    elif meeting.cancelled:
        body.append(paragraph(texts.cancelled, weight="Bolder", color="Attention"))
    elif meeting.urgent:
        body.append(paragraph(texts.urgent, weight="Bolder", color="Warning"))
    body.append(_meeting_facts(view))
    if meeting.moved_from:
        moved_from = texts.moved_from.format(day=meeting.moved_from)
        body.append(paragraph(moved_from, size="Small", isSubtle=True))
    body.append(paragraph(texts.agenda_so_far, weight="Bolder", spacing="Medium"))
    body.append(
        bullets(agenda_lines(view.agenda, texts)) if view.agenda else paragraph(texts.no_agenda)
    )
    body.append(paragraph("\n\n".join(attendance_lines(view.answers, texts)), spacing="Medium"))
    member_text = texts.members.format(names=", ".join(view.members)) if view.members else ""
    if view.mentions:
        member_text = f"{member_text}\n\n{mention_line(view.mentions)}".strip()
    if member_text:
        body.append(paragraph(member_text, size="Small"))
    if view.notice:
        body.append(paragraph(view.notice, color="Accent", weight="Bolder"))
    actions = None
    if meeting.active:
        body.append(
            {
                "type": "Input.Text",
                "id": "agenda_item",
                "label": texts.agenda_input,
                "placeholder": texts.agenda_placeholder,
                "maxLength": view.agenda_max_chars,
                "isMultiline": True,
            }
        )
        actions = [
            *_rsvp_buttons(meeting, associatedInputs="none"),
            execute(texts.add_agenda, Verb.MEETING_AGENDA, card_data(meeting)),
        ]
        if view.ics_url:
            actions.append(
                {"type": "Action.OpenUrl", "title": texts.add_to_calendar, "url": view.ics_url}
            )
    return with_mentions(card(body, actions), view.mentions)


def meeting_reminder_card(view: ReminderCardView) -> dict[str, Any]:
    """The day before: a short nudge to those who have not answered, with the two answers."""
    meeting = view.meeting
    texts = meeting.texts
    body: list[dict[str, Any]] = [
        heading(texts.reminder_title.format(what=_what(meeting))),
        paragraph(texts.not_answered),
    ]
    if view.not_answered:
        body.append(paragraph(mention_line(view.not_answered)))
    body.append(facts(_when_where(meeting)))
    body.append(paragraph(attendance_lines(view.answers, texts)[0], size="Small"))
    if view.notice:
        body.append(paragraph(view.notice, color="Accent", weight="Bolder"))
    actions = None
    if meeting.active:
        actions = _rsvp_buttons(meeting)
    elif meeting.moved_to:
        moved = texts.moved.format(when=meeting.moved_to)
        body.append(paragraph(moved, weight="Bolder", color="Attention"))
    else:
        body.append(paragraph(texts.cancelled, weight="Bolder", color="Attention"))
    return with_mentions(card(body, actions), view.not_answered)


def minutes_reminder_card(view: MinutesCardView) -> dict[str, Any]:
    """After the meeting: remind the sekretær to post the referat, with the saksliste."""
    meeting = view.meeting
    texts = meeting.texts
    body: list[dict[str, Any]] = [
        heading(texts.minutes_title.format(group=meeting.group_name, day=meeting.day)),
    ]
    if view.sekretar:
        line = texts.minutes_sekretar.format(mentions=mention_line(view.sekretar))
        body.append(paragraph(line))
    pairs = [(texts.meeting, meeting.time)]
    if view.signed_up is not None:
        pairs.append((texts.signed_up, ", ".join(view.signed_up) or texts.nobody))
    body.append(facts(pairs))
    if view.agenda:
        body.append(paragraph(texts.agenda_proposed, weight="Bolder", spacing="Medium"))
        body.append(bullets(agenda_lines(view.agenda, texts)))
    body.append(paragraph(texts.minutes_privacy, size="Small", isSubtle=True))
    return with_mentions(card(body), view.sekretar)
