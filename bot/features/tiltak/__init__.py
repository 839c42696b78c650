"""Tiltak: the action plan's measures, their answers, reminders, escalations and digest.

- :mod:`~bot.features.tiltak.model` — the values (status, occurrence, answer);
- :mod:`~bot.features.tiltak.desk` — :class:`TiltakDesk`, the plan read over the repositories;
- :mod:`~bot.features.tiltak.view` — :class:`TiltakView`, what is stored, read once per turn
  or tick;
- :mod:`~bot.features.tiltak.questions` and :mod:`~bot.features.tiltak.clicks` — answers to
  questions and to the reminder card's buttons; :mod:`~bot.features.tiltak.handlers` — their
  ``register(router)``;
- :mod:`~bot.features.tiltak.reminder_plan` and :mod:`~bot.features.tiltak.reminder_batch` —
  what is due and how it is batched; :mod:`~bot.features.tiltak.jobs` — the scheduled job
  (``register_jobs(queue)``);
- :mod:`~bot.features.tiltak.card_views` — what the cards show, and
  :mod:`~bot.features.tiltak.present`, which builds it (and the words the text answers share);
- :mod:`~bot.features.tiltak.texts` — the Norwegian words the feature says.
"""
