"""Checks of a filled-in manifest and its localization.

Validation uses the official Teams schemas from ``../shared/schemas`` (or
``$SLT_SHARED_DIR/schemas``) with jsonschema when both are there. An installed service has
neither, so the structural checks below always run too – the parts of the schema that
matter for this app, plus what the draft-04 schema cannot say (its ``const`` on
``manifestVersion`` is ignored by a draft-04 validator, ids must agree, no placeholder may
be left, the referenced files must exist).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import REPO_ROOT
from tools.packaging.manifest import (
    GUID,
    LOCALIZATION_SCHEMA,
    MANIFEST_SCHEMA,
    MANIFEST_VERSION,
    SEMVER,
    localization_files,
)

RSC_CHANNEL_MESSAGES = "ChannelMessage.Read.Group"
_PLACEHOLDER = re.compile(r"\{\{[A-Z_]+\}\}")
_TEXT_LIMITS = {
    ("name", "short"): 30,
    ("name", "full"): 100,
    ("description", "short"): 80,
    ("description", "full"): 4000,
}
_REQUIRED_TEXT = {("name", "short"), ("description", "short"), ("description", "full")}


@dataclass(frozen=True)
class Validation:
    """The outcome of a check: the problems found, and what was checked with."""

    problems: tuple[str, ...]
    checked_with: str

    @property
    def ok(self) -> bool:
        return not self.problems


def shared_schema_dir() -> Path:
    """``$SLT_SHARED_DIR/schemas``, by default ``../shared/schemas`` beside the repo."""
    return Path(os.environ.get("SLT_SHARED_DIR", REPO_ROOT.parent / "shared")) / "schemas"


def _schema_problems(document: Any, schema_path: Path | None, default_name: str) -> Validation:
    """Validate against an official schema if it and jsonschema are available."""
    path = schema_path if schema_path is not None else shared_schema_dir() / default_name
    if not path.is_file():
        return Validation((), f"structural checks only ({path} not found)")
    try:
        import jsonschema
    except ImportError:
        return Validation((), "structural checks only (jsonschema is not installed)")
    schema = json.loads(path.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    problems = tuple(
        describe_error(error)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    )
    return Validation(problems, f"the official schema {path.name}")


def describe_error(error: Any) -> str:
    """One jsonschema error as ``where: why``, descending into anyOf/oneOf to the real cause."""
    import jsonschema

    if error.context:
        error = jsonschema.exceptions.best_match(error.context)
    where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
    message = str(error.message)
    return f"{where}: {message if len(message) <= 200 else message[:197] + '...'}"


def _structure(manifest: dict[str, Any], directory: Path | None) -> Iterator[str]:
    """What must hold for this app whatever the schema says (and without the schema)."""
    for key in ("manifestVersion", "version", "id", "developer", "name", "description"):
        if key not in manifest:
            yield f"{key}: missing"
    for key in ("icons", "accentColor", "bots", "webApplicationInfo", "authorization"):
        if key not in manifest:
            yield f"{key}: missing"
    if manifest.get("manifestVersion") != MANIFEST_VERSION:
        yield f"manifestVersion: must be {MANIFEST_VERSION!r}"
    if not SEMVER.match(str(manifest.get("version", ""))):
        yield "version: must be MAJOR.MINOR.PATCH"
    text = json.dumps(manifest, ensure_ascii=False)
    for placeholder in sorted(set(_PLACEHOLDER.findall(text))):
        yield f"{placeholder}: placeholder not filled in"
    yield from _lengths(manifest)
    yield from _bot(manifest)
    for domain in manifest.get("validDomains") or []:
        if "://" in domain or "/" in domain:
            yield f"validDomains: {domain!r} must be a host name without scheme or path"
    if not re.match(r"^#[0-9a-fA-F]{6}$", str(manifest.get("accentColor", ""))):
        yield "accentColor: must be #RRGGBB"
    if directory is not None:
        icons = manifest.get("icons") or {}
        for name in [
            icons.get("color", ""),
            icons.get("outline", ""),
            *localization_files(manifest),
        ]:
            if not name or not (directory / name).is_file():
                yield f"{name or '(icon)'}: file not found in {directory}"


def _bot(manifest: dict[str, Any]) -> Iterator[str]:
    """One bot, under the app's own id, in all three scopes, allowed to read channels."""
    bots = manifest.get("bots") or [{}]
    bot = bots[0]
    ids = {
        "id": manifest.get("id", ""),
        "bots/0/botId": bot.get("botId", ""),
        "webApplicationInfo/id": (manifest.get("webApplicationInfo") or {}).get("id", ""),
    }
    for where, value in ids.items():
        if not GUID.match(str(value)):
            yield f"{where}: must be a GUID"
    if len({str(v).lower() for v in ids.values()}) > 1:
        yield "bots/0/botId, webApplicationInfo/id: must be the same Azure Bot App ID"
    if len(bots) != 1:
        yield "bots: exactly one bot"
    scopes = set(bot.get("scopes") or [])
    if scopes != {"personal", "team", "groupChat"}:
        yield "bots/0/scopes: must be personal, team and groupChat"
    lists = bot.get("commandLists") or []
    if len(lists) > 3:
        yield "bots/0/commandLists: at most 3 lists"
    for i, command_list in enumerate(lists):
        if len(command_list.get("commands") or []) > 12:
            yield f"bots/0/commandLists/{i}/commands: at most 12 commands"
    rsc = (manifest.get("authorization") or {}).get("permissions", {}).get("resourceSpecific", [])
    if {"name": RSC_CHANNEL_MESSAGES, "type": "Application"} not in rsc:
        yield f"authorization: the {RSC_CHANNEL_MESSAGES} (Application) permission is missing"


def _lengths(manifest: dict[str, Any]) -> Iterator[str]:
    for (section, key), limit in _TEXT_LIMITS.items():
        value = (manifest.get(section) or {}).get(key)
        if not value and (section, key) in _REQUIRED_TEXT:
            yield f"{section}/{key}: missing"
        if isinstance(value, str) and len(value) > limit:
            yield f"{section}/{key}: {len(value)} characters, at most {limit}"


def validate_manifest(
    manifest: dict[str, Any], schema_path: Path | None = None, *, directory: Path | None = None
) -> Validation:
    """Check a filled-in manifest: the official schema (when present) and our structure.

    ``schema_path`` None looks in :func:`shared_schema_dir`; a path that does not exist
    (an installed service has no ``../shared``) means structural checks only, and
    :attr:`Validation.checked_with` says so. ``directory`` also checks that the icons and
    localization files the manifest names are there.
    """
    official = _schema_problems(manifest, schema_path, MANIFEST_SCHEMA)
    problems = official.problems + tuple(_structure(manifest, directory))
    return Validation(tuple(dict.fromkeys(problems)), official.checked_with)


def validate_localization(
    localization: dict[str, Any], manifest: dict[str, Any], schema_path: Path | None = None
) -> Validation:
    """Check a localization file: the official schema (when present) and that it fits."""
    official = _schema_problems(localization, schema_path, LOCALIZATION_SCHEMA)
    problems = list(official.problems)
    for key in ("name.short", "description.short", "description.full"):
        if not localization.get(key):
            problems.append(f"{key}: missing")
    for key, limit in (("name.short", 30), ("description.short", 80), ("name.full", 100)):
        if len(localization.get(key, "")) > limit:
            problems.append(f"{key}: longer than {limit} characters")
    commands = [
        cl.get("commands", []) for cl in manifest.get("bots", [{}])[0].get("commandLists", [])
    ]
    for key in localization:
        match = re.match(r"^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.", key)
        if match:
            i, j = int(match[1]), int(match[2])
            if i >= len(commands) or j >= len(commands[i]):
                problems.append(f"{key}: the manifest has no such command")
    return Validation(tuple(dict.fromkeys(problems)), official.checked_with)
