"""Where and as whom the bot calls Microsoft Graph, read from ``SLT_GRAPH_*``.

Apart from :mod:`bot.graph` so that reading the settings (every ``app.py`` command does)
does not import the Graph client's aiohttp, msal and requests.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.config import ConfigError

DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0"
DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com"


@dataclass(frozen=True)
class GraphSettings:
    """Where and as whom to call Graph. Built by :meth:`from_env`; tests build it directly."""

    tenant_id: str
    client_id: str
    client_secret: str = field(repr=False)
    base_url: str = DEFAULT_BASE_URL
    authority: str = ""  # "" -> https://login.microsoftonline.com/{tenant_id}
    ca_file: str | None = None  # extra CA bundle (TLS-inspecting proxy; tests' fake)
    timeout: float = 20.0  # seconds, per HTTP request (Graph and token endpoint)
    max_retries: int = 3  # for 429/503/504 and timeouts
    max_retry_wait: float = 30.0  # a longer Retry-After is not waited for: we give up

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))
        authority = self.authority or f"{DEFAULT_AUTHORITY_HOST}/{self.tenant_id}"
        object.__setattr__(self, "authority", authority.rstrip("/"))

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> GraphSettings | None:
        """Settings from ``SLT_GRAPH_*``, or None when Graph is not configured at all.

        Half a configuration (say a tenant and no secret) is an error, not "off".
        """
        env = os.environ if env is None else env
        required = {
            "SLT_GRAPH_TENANT_ID": env.get("SLT_GRAPH_TENANT_ID", "").strip(),
            "SLT_GRAPH_CLIENT_ID": env.get("SLT_GRAPH_CLIENT_ID", "").strip(),
            "SLT_GRAPH_CLIENT_SECRET": env.get("SLT_GRAPH_CLIENT_SECRET", "").strip(),
        }
        if not any(required.values()):
            return None
        missing = [name for name, value in required.items() if not value]
        if missing:
            raise ConfigError(f"Graph is half configured: set {', '.join(missing)} too")
        timeout_text = env.get("SLT_GRAPH_TIMEOUT", "20")
        try:
            timeout = float(timeout_text)
        except ValueError:
            timeout = -1.0
        if not timeout > 0:
            raise ConfigError(f"SLT_GRAPH_TIMEOUT must be seconds > 0, got {timeout_text!r}")
        return cls(
            tenant_id=required["SLT_GRAPH_TENANT_ID"],
            client_id=required["SLT_GRAPH_CLIENT_ID"],
            client_secret=required["SLT_GRAPH_CLIENT_SECRET"],
            base_url=env.get("SLT_GRAPH_BASE_URL", "").strip() or DEFAULT_BASE_URL,
            authority=env.get("SLT_GRAPH_AUTHORITY", "").strip(),
            ca_file=env.get("SLT_GRAPH_CA_FILE", "").strip() or None,
            timeout=timeout,
        )


__all__ = ["DEFAULT_AUTHORITY_HOST", "DEFAULT_BASE_URL", "GraphSettings"]
