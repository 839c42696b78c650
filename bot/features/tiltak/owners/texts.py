"""The words a tiltak's owners are joined by in user text (tests/test_texts_boundary.py)."""

from __future__ import annotations

AND = "og"
"""Between the last two owners: «SLT-arbeidsgruppe og rektorene»."""
WITH = "med"
"""Before the owners a list's heading does not name: « (med FAU)»."""
