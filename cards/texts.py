"""The words every card shares, whatever feature drew it (Norwegian bokmål).

A feature's own card words come with its view model (``texts`` on the view, written in the
feature's ``texts.py``); these are the few the card helpers add themselves.
"""

from __future__ import annotations

SOURCE = "Kilde: {source}"
TRY_FOR_EXAMPLE = "Prøv for eksempel:"
EXAMPLE = "«{example}»"
