"""The manifest template filled in with the bot id, domain and version.

``manifest/`` holds the template (``{{BOT_ID}}``, ``{{DOMAIN}}`` and ``{{VERSION}}`` are
filled in here), the English localization ``en.json`` and the two icons. The inputs are
checked before anything is filled in, so a wrong ``--app-id`` or ``--domain`` is refused
with what to give instead rather than surfacing later as a schema error.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.config import REPO_ROOT, ConfigError

MANIFEST_DIR = REPO_ROOT / "manifest"
MANIFEST_FILE = "manifest.json"
MANIFEST_VERSION = "1.29"
MANIFEST_SCHEMA = f"teams-manifest-{MANIFEST_VERSION}.schema.json"
LOCALIZATION_SCHEMA = f"teams-localization-{MANIFEST_VERSION}.schema.json"

GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")


class PackagingError(ConfigError):
    """The package cannot be built; the message says what to fix.

    A ``ConfigError``, so ``app.py package`` prints it and exits 2 like any bad setting.
    """


# --- inputs ---------------------------------------------------------------------------------


def check_app_id(app_id: str) -> str:
    """The Azure Bot's Microsoft App ID (a GUID), lower-cased; anything else is refused."""
    value = (app_id or "").strip()
    if not GUID.match(value):
        raise PackagingError(
            f"--app-id must be the Azure Bot's Microsoft App ID, a GUID such as "
            f"12345678-abcd-4ef0-9876-0123456789ab; got {app_id!r}"
        )
    if set(value.replace("-", "")) == {"0"}:
        raise PackagingError("--app-id is the all-zero GUID: use the Azure Bot's real App ID")
    return value.lower()


def check_domain(domain: str) -> str:
    """The public host name the bot is reached at (no scheme, path or port), lower-cased."""
    value = (domain or "").strip().lower().rstrip(".")
    hint = "give the host name only, for example slt-boten.kommune.no"
    if not value:
        raise PackagingError(
            "--domain is missing: give the public host name Teams reaches the bot at, for "
            "example slt-boten.kommune.no (or set SLT_PUBLIC_BASE_URL)"
        )
    if "://" in value:
        raise PackagingError(f"--domain {domain!r} has a scheme: {hint} (without https://)")
    if "/" in value or "?" in value or "#" in value:
        raise PackagingError(f"--domain {domain!r} has a path: {hint}")
    if ":" in value:
        raise PackagingError(f"--domain {domain!r} has a port: {hint} (Teams uses 443)")
    if "*" in value:
        raise PackagingError(f"--domain {domain!r} is a wildcard: {hint}")
    labels = value.split(".")
    if len(value) > 253 or not all(_LABEL.match(label) for label in labels):
        raise PackagingError(
            f"--domain {domain!r} is not a valid host name (letters, digits and '-' between "
            f"dots, at most 63 characters each): {hint}"
        )
    if len(labels) < 2:
        raise PackagingError(
            f"--domain {domain!r} is not a public host name: Teams must reach the bot over "
            f"https, so {hint}"
        )
    if labels[-1].isdigit():
        raise PackagingError(f"--domain {domain!r} is an IP address: {hint}")
    return value


def host_of(url: str) -> str:
    """The host of a URL such as ``SLT_PUBLIC_BASE_URL`` ("" when there is none)."""
    return urlsplit(url).hostname or "" if "://" in (url or "") else ""


def project_version() -> str:
    """The installed project's version (pyproject.toml), used as the manifest version."""
    try:
        return importlib.metadata.version("slt-boten")
    except importlib.metadata.PackageNotFoundError:
        return "0.0.0"


# --- the template -----------------------------------------------------------------------------


def _fill(value: Any, values: dict[str, str]) -> Any:
    """Replace the placeholders inside every string of a JSON value (never in raw text)."""
    if isinstance(value, str):
        for name, replacement in values.items():
            value = value.replace("{{" + name + "}}", replacement)
        return value
    if isinstance(value, list):
        return [_fill(v, values) for v in value]
    if isinstance(value, dict):
        return {k: _fill(v, values) for k, v in value.items()}
    return value


def load_json(name: str, directory: Path = MANIFEST_DIR) -> dict[str, Any]:
    """A JSON file of the template; a missing or broken one is a :class:`PackagingError`."""
    path = directory / name
    try:
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackagingError(f"{path} is missing") from None
    except json.JSONDecodeError as exc:
        raise PackagingError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    return document


def build_manifest(
    app_id: str, domain: str | None, *, version: str | None = None, directory: Path = MANIFEST_DIR
) -> dict[str, Any]:
    """The manifest with the bot id, domain and version filled in (checked, not validated)."""
    version = version or project_version()
    if not SEMVER.match(version):
        raise PackagingError(f"version {version!r} must be MAJOR.MINOR.PATCH, e.g. 1.0.0")
    values = {
        "BOT_ID": check_app_id(app_id),
        "DOMAIN": check_domain(domain or ""),
        "VERSION": version,
    }
    filled: dict[str, Any] = _fill(load_json(MANIFEST_FILE, directory), values)
    return filled


def localization_files(manifest: dict[str, Any]) -> list[str]:
    """The localization files the manifest names (``en.json`` today)."""
    info = manifest.get("localizationInfo") or {}
    return [lang.get("file", "") for lang in info.get("additionalLanguages") or []]
