"""Is an activity's ``serviceUrl`` a Bot Framework / Teams address?

The bot posts its replies (with its own access token) to the ``serviceUrl`` an activity
names. botbuilder checks that a channel token's ``serviceurl`` claim matches it; this check
adds that the address is one of Microsoft's connectors at all (``SLT_ALLOWED_SERVICE_URLS``,
defaults in :data:`bot.config.DEFAULT_SERVICE_URL_HOSTS`).

An entry is a host name, or ``*.`` and a domain for any host under it (not the domain
itself); such entries allow https on the default port only. An entry written as a URL,
``http://127.0.0.1:*`` or ``https://connector.example:8443``, allows exactly that scheme and
port (``*`` any port): that is how tests point the bot at a connector on loopback.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

DEFAULT_PORTS = {"https": 443, "http": 80}


def service_url_allowed(url: str, allowed: Iterable[str]) -> bool:
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme)
    except ValueError:  # a port that is not a number, or out of range
        return False
    host = (parts.hostname or "").lower()
    if not host or parts.username is not None or parts.password is not None:
        return False
    return any(_matches(entry, parts.scheme, host, port) for entry in allowed)


def _matches(entry: str, scheme: str, host: str, port: int | None) -> bool:
    want_scheme, want_port = "https", "443"
    pattern = entry.lower()
    if "://" in pattern:
        want_scheme, pattern = pattern.split("://", 1)
        pattern = pattern.rstrip("/")
        want_port = str(DEFAULT_PORTS.get(want_scheme, ""))
        if ":" in pattern:
            pattern, want_port = pattern.rsplit(":", 1)
    if scheme != want_scheme or (want_port != "*" and str(port) != want_port):
        return False
    if pattern.startswith("*."):
        return host.endswith(pattern[1:]) and len(host) > len(pattern) - 1
    return host == pattern
