"""The server secret that signs card actions: from the settings, else made once and kept.

``SLT_CARD_SECRET`` wins when set. On PostgreSQL without it, the secret is made once and
kept in the database (``CalendarTokens.card_secret``), so every instance sharing it signs
alike. Otherwise the first start writes 32 random bytes to ``card-secret`` in the data folder,
readable by the service's user only (0600), and every later start reads it back, so cards
posted before a restart can still be clicked.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

FILE_NAME = "card-secret"
MIN_BYTES = 16


def shares_card_secret_in_store(settings: Settings) -> bool:
    """Instances on one PostgreSQL share the secret through it, unless one is configured."""
    return settings.uses_postgres and not settings.card_secret


def card_secret(settings: Settings) -> bytes:
    """The secret for :mod:`cards.signing`; creates and stores it on first start."""
    if settings.card_secret:
        secret = settings.card_secret.encode()
        if len(secret) < MIN_BYTES:
            raise ConfigError(f"SLT_CARD_SECRET must be at least {MIN_BYTES} characters")
        return secret
    path = settings.data_dir / FILE_NAME
    existing = _read(path)
    if existing is not None:
        return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32).encode()
    # Written whole under a private name, then linked into place: a process starting at the
    # same moment either finds no file or the complete one, never half of it.
    draft = path.with_name(f".{FILE_NAME}.{os.getpid()}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(secret)
    try:
        os.link(draft, path)
    except FileExistsError:  # another process made it first: use theirs
        return _read(path) or secret
    finally:
        draft.unlink(missing_ok=True)
    log.info("card secret created in the data folder")
    return secret


def _read(path: Path) -> bytes | None:
    try:
        secret = path.read_bytes().strip()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the card secret ({exc.strerror})") from None
    if len(secret) < MIN_BYTES:
        raise ConfigError(f"{path}: the card secret is too short; delete the file to renew it")
    return secret
