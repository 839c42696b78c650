"""Tools for developers and operators that are not part of the running bot.

``app.py package`` and the scripts in ``scripts/`` use them; nothing in ``bot/`` or
``cards/`` imports this package, so the service never loads an imaging library.
"""
