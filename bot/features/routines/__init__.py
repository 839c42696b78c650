"""Routines: which routine a worry is about, whose version applies, and walking it step by step.

- :mod:`~bot.features.routines.model` — the version that applies, the plain-text overview;
- :mod:`~bot.features.routines.matcher` — the routine a question is about;
- :mod:`~bot.features.routines.card_views` — what the routine cards show, built by
  :mod:`~bot.features.routines.present` (with where each button leads);
- :mod:`~bot.features.routines.asks_routine` — whether a message asks for the routine, calmly;
- :mod:`~bot.features.routines.handlers` — :class:`RoutineBook` and ``register(router)``.
"""
