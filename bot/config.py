"""Settings, read once from the environment (Bot Framework names plus our own)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.graph_settings import GraphSettings

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_KNOWLEDGE_DIR = REPO_ROOT / "knowledge"


DEFAULT_SERVICE_URL_HOSTS: tuple[str, ...] = (
    "smba.trafficmanager.net",
    "*.botframework.com",
    "*.teams.microsoft.com",
)
"""Where Teams and Bot Framework send from (Microsoft's public cloud). ``smba.trafficmanager.net``
is Teams' public connector (``https://smba.trafficmanager.net/<region>/``), GCC's is
``smba.infra.gcc.teams.microsoft.com``; other Bot Framework channels are under
``botframework.com``. US government clouds (``*.teams.microsoft.us``, ``*.botframework.azure.us``)
are added with ``SLT_ALLOWED_SERVICE_URLS``."""


class ConfigError(ValueError):
    """A setting has a value the service cannot start with."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable. Built by :meth:`from_env`; tests build it directly."""

    app_id: str = ""
    app_password: str = ""
    app_type: str = "MultiTenant"
    app_tenant_id: str = ""
    port: int = 3978
    host: str = ""
    """``SLT_HOST``; empty = all addresses with authentication on, 127.0.0.1 without."""
    default_kommune: str = "valer"
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    people_dir: Path = DEFAULT_KNOWLEDGE_DIR / "people"
    data_dir: Path = field(default_factory=lambda: Path.cwd() / "data")
    database_url: str = ""
    log_level: str = "INFO"
    log_json: bool = False
    max_body_bytes: int = 1024 * 1024
    admins: frozenset[str] = frozenset()
    public_base_url: str = ""
    scheduler_enabled: bool = True
    leader_retry_seconds: float = 15.0
    """``SLT_LEADER_RETRY_SECONDS``: how often a standby process tries to take the scheduler
    over (and the leader checks it still holds it)."""
    knowledge_check_seconds: float = 30.0
    """``SLT_KNOWLEDGE_CHECK_SECONDS``: how often an instance looks for a knowledge reload
    another instance announced, and follows it."""
    allowed_tenants: frozenset[str] = frozenset()
    allowed_service_urls: tuple[str, ...] = DEFAULT_SERVICE_URL_HOSTS
    """Hosts (``*.`` for any subdomain) an authenticated activity's serviceUrl may name, https
    only; an entry written ``http://host:port`` (``:*`` any port) also allows plain HTTP there
    (test connectors on loopback)."""
    openid_metadata_url: str = ""
    token_issuer: str = ""
    card_secret: str = ""
    """``SLT_CARD_SECRET``: signs card actions; empty = made once and kept in the data folder."""
    graph: GraphSettings | None = None
    """Microsoft Graph for calendar invitations (``SLT_GRAPH_*``); None = cards and .ics only."""

    @property
    def tenant_allow_list(self) -> frozenset[str]:
        """``SLT_ALLOWED_TENANTS``, or the app's own tenant for a single-tenant bot."""
        if self.allowed_tenants:
            return self.allowed_tenants
        if self.app_type.lower() == "singletenant" and self.app_tenant_id:
            return frozenset({self.app_tenant_id.lower()})
        return frozenset()

    @property
    def auth_enabled(self) -> bool:
        """Bot Framework token validation is on whenever an app id is configured."""
        return bool(self.app_id)

    @property
    def listen_host(self) -> str:
        """Where to listen: ``SLT_HOST``, else everywhere only when tokens are checked.

        Without ``MicrosoftAppId`` anyone who reaches the port could make the bot post to
        any address, so the service then listens on the loopback interface only.
        """
        if self.host:
            return self.host
        return "0.0.0.0" if self.auth_enabled else "127.0.0.1"

    @property
    def uses_postgres(self) -> bool:
        """``DATABASE_URL=postgresql://…`` (or ``postgres://…``): the shared PostgreSQL store."""
        return database_scheme(self.database_url) == "postgresql"

    @property
    def database_path(self) -> Path:
        """Where the SQLite store lives: ``DATABASE_URL=sqlite:///path`` or the data dir."""
        scheme = database_scheme(self.database_url)
        if scheme == "postgresql":
            raise ConfigError("DATABASE_URL names a PostgreSQL database: there is no SQLite file")
        if scheme == "sqlite":
            return Path(self.database_url.removeprefix(SQLITE_PREFIX))
        return self.data_dir / "slt-boten.sqlite3"

    @property
    def knowledge_cache_dir(self) -> Path:
        """The validated knowledge files kept between starts (bot/knowledge/parsed_cache.py):
        safe to delete, never used for a file that changed."""
        return self.data_dir / "knowledge-cache"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """The settings from the environment; a setting that cannot work is a ConfigError
        naming it (a wrong ``DATABASE_URL`` fails here, before anything starts)."""
        from bot.graph_settings import GraphSettings  # it imports config: here, not at top

        env = os.environ if env is None else env
        port_text = env.get("PORT", "3978")
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise ConfigError(f"PORT must be a port number, got {port_text!r}")
        admins = {a.strip().lower() for a in env.get("SLT_ADMINS", "").split(",") if a.strip()}
        return cls(
            app_id=env.get("MicrosoftAppId", ""),
            app_password=env.get("MicrosoftAppPassword", ""),
            app_type=env.get("MicrosoftAppType", "MultiTenant") or "MultiTenant",
            app_tenant_id=env.get("MicrosoftAppTenantId", ""),
            port=int(port_text),
            host=env.get("SLT_HOST", "").strip(),
            default_kommune=env.get("SLT_KOMMUNE", "valer"),
            knowledge_dir=Path(env.get("SLT_KNOWLEDGE_DIR", str(DEFAULT_KNOWLEDGE_DIR))),
            people_dir=Path(env.get("SLT_PEOPLE_DIR", str(DEFAULT_KNOWLEDGE_DIR / "people"))),
            data_dir=Path(env.get("SLT_DATA_DIR", str(Path.cwd() / "data"))),
            database_url=_database_url(env.get("DATABASE_URL", "")),
            log_level=env.get("LOG_LEVEL", "INFO").upper(),
            log_json=env.get("LOG_FORMAT", "").lower() == "json",
            admins=frozenset(admins),
            public_base_url=env.get("SLT_PUBLIC_BASE_URL", "").rstrip("/"),
            scheduler_enabled=env.get("SLT_SCHEDULER", "on").lower() not in {"off", "0", "false"},
            leader_retry_seconds=_positive_seconds(env, "SLT_LEADER_RETRY_SECONDS", 15.0),
            knowledge_check_seconds=_positive_seconds(env, "SLT_KNOWLEDGE_CHECK_SECONDS", 30.0),
            allowed_tenants=frozenset(
                t.strip().lower()
                for t in env.get("SLT_ALLOWED_TENANTS", "").split(",")
                if t.strip()
            ),
            allowed_service_urls=_list(env.get("SLT_ALLOWED_SERVICE_URLS"))
            or DEFAULT_SERVICE_URL_HOSTS,
            openid_metadata_url=env.get("SLT_OPENID_METADATA_URL", ""),
            token_issuer=env.get("SLT_TOKEN_ISSUER", ""),
            card_secret=env.get("SLT_CARD_SECRET", ""),
            graph=GraphSettings.from_env(env),
        )


def _positive_seconds(env: Mapping[str, str], name: str, default: float) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 3600:
        raise ConfigError(f"{name} must be a number of seconds between 0 and 3600, got {text!r}")
    return value


def _list(text: str | None) -> tuple[str, ...]:
    """A comma-separated setting as a tuple of its non-empty, lower-case entries."""
    return tuple(part.strip().lower() for part in (text or "").split(",") if part.strip())


SQLITE_PREFIX = "sqlite:///"
POSTGRES_PREFIXES = ("postgresql://", "postgres://")
DATABASE_EXAMPLES = (
    "sqlite:///path/to/slt-boten.sqlite3, postgresql://user:password@host:5432/dbname or "
    "postgresql://user@/dbname?host=/path/to/socket-folder"
)


def database_scheme(url: str) -> str | None:
    """``sqlite``, ``postgresql``, or None for no URL (SQLite in the data folder)."""
    if not url:
        return None
    if url.startswith(SQLITE_PREFIX):
        return "sqlite"
    if url.startswith(POSTGRES_PREFIXES):
        return "postgresql"
    scheme = url.split("://", 1)[0] if "://" in url else url.split(":", 1)[0]
    raise ConfigError(
        f"DATABASE_URL: unknown scheme {scheme[:20]!r}; use one of {DATABASE_EXAMPLES}"
    )


def _database_url(url: str) -> str:
    """``DATABASE_URL`` checked: a known scheme, and a file for SQLite."""
    url = url.strip()
    if database_scheme(url) == "sqlite" and not url.removeprefix(SQLITE_PREFIX).strip():
        raise ConfigError(f"DATABASE_URL: {SQLITE_PREFIX!r} needs a file path after it")
    return url
