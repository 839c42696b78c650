"""The SLT organisation: who sits where, who calls in, contacts, BTI levels, help.

- :mod:`~bot.features.organisation.answers` — groups, roles, the coordinator;
- :mod:`~bot.features.organisation.plan` — the plan as a whole;
- :mod:`~bot.features.organisation.help` — help, greetings and the honest fallback;
- :mod:`~bot.features.organisation.contacts` — hotlines and services;
- :mod:`~bot.features.organisation.contact_questions` — which questions ask for them;
- :mod:`~bot.features.organisation.bti` — the BTI levels;
- :mod:`~bot.features.organisation.sheets` — what the answers share;
- :mod:`~bot.features.organisation.handlers` — ``register(router)``.
"""
