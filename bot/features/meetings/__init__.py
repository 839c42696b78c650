"""Meetings as they happen: the årshjul with the coordinator's changes, calls and answers.

Pure domain code (no Teams, no network). The plan (:mod:`bot.features.meetings.schedule`) says
when each group meets; this package adds what people do with those meetings:

- :mod:`~bot.features.meetings.model` — what a meeting is and its key;
- :mod:`~bot.features.meetings.plan` — the plan with the coordinator's changes laid over it;
- :mod:`~bot.features.meetings.changes` — call, cancel, move (each one transaction);
- :mod:`~bot.features.meetings.answers` — RSVPs and the saksliste (each click one step);
- :mod:`~bot.features.meetings.people` — invitees, innkaller, and who may change meetings;
- :mod:`~bot.features.meetings.sends` — when the call, reminder and referat nudge go out;
- :mod:`~bot.features.meetings.desk` — :class:`MeetingDesk`, all of it over the repositories;
- :mod:`~bot.features.meetings.jobs` — the scheduled calls, nudges, referat reminders and
  calendar events (``register_jobs(queue)``); :mod:`~bot.features.meetings.followups` — what
  a command or click causes at once;
- :mod:`~bot.features.meetings.not_answered` — the coordinator's «hvem har ikke svart?»
  (its handler and its ``register`` line: a command is one module and one line);
- :mod:`~bot.features.meetings.chat` — commands, «neste møte» and the call card's buttons on
  the router; :mod:`~bot.features.meetings.questions` — the årshjul and «neste møte» sheets;
  :mod:`~bot.features.meetings.commands` and :mod:`~bot.features.meetings.orders` — what a
  command or click does; :mod:`~bot.features.meetings.calendar_links` and
  :mod:`~bot.features.meetings.ical` — the .ics files and «ny kalenderlenke»;
- :mod:`~bot.features.meetings.card_views` — what the meeting cards show, built by
  :mod:`~bot.features.meetings.present`;
- :mod:`~bot.features.meetings.handlers` — ``register(router)``, the feature's one line in
  bot/registry.py; :mod:`~bot.features.meetings.texts` — what the feature says.

**Commands** ("innkall fagteam 12. mars kl 9", "avlys neste politiråd", "flytt møtet til
14. mars kl 10") are parsed deterministically (:mod:`bot.features.meetings.command_grammar`,
with ``command_words``, ``command_dates``, ``command_groups`` and ``command_texts``); a
parse says what is missing so the bot can ask, instead of guessing.
"""

from __future__ import annotations

from bot.features.meetings.desk import MeetingDesk
from bot.features.meetings.model import NOT_ALLOWED, MeetingProblem
from bot.storage.meetings import MeetingAnswerBook, MeetingOverrides

NAMESPACE = MeetingAnswerBook.NAMESPACE
OVERRIDE_NAMESPACE = MeetingOverrides.NAMESPACE

__all__ = ["NAMESPACE", "NOT_ALLOWED", "OVERRIDE_NAMESPACE", "MeetingDesk", "MeetingProblem"]
