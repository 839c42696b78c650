"""What the safety probe files share: the three kommuner every case runs in, and the reply
intents that mean a message was routed as danger."""

from __future__ import annotations

KOMMUNER = ["valer", "jevnaker", "gjesdal"]
"""Every made-up case runs in each kommune: routing must not depend on the kommune's words."""
DANGER = ("danger", "disclosure")
"""Reply intents of a routed danger or disclosure message."""
