"""The Teams app package: manifest with the bot id and domain filled in, checked, zipped.

``manifest/`` holds the template (``{{BOT_ID}}``, ``{{DOMAIN}}`` and ``{{VERSION}}`` are
filled in here), the English localization ``en.json`` and the two icons. The zip Teams
takes has those four files at its root.

Validation uses the official Teams schemas from ``../shared/schemas`` (or
``$SLT_SHARED_DIR/schemas``) with jsonschema when both are there. An installed service has
neither, so the structural checks below always run too – the parts of the schema that
matter for this app, plus what the draft-04 schema cannot say (its ``const`` on
``manifestVersion`` is ignored by a draft-04 validator, ids must agree, no placeholder may
be left, the referenced files must exist).

Pure functions apart from :func:`write_package`; nothing here imports botbuilder.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import re
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.config import REPO_ROOT, ConfigError

log = logging.getLogger(__name__)

MANIFEST_DIR = REPO_ROOT / "manifest"
MANIFEST_FILE = "manifest.json"
PACKAGE_FILES = ("manifest.json", "en.json", "color.png", "outline.png")
MANIFEST_VERSION = "1.29"
MANIFEST_SCHEMA = f"teams-manifest-{MANIFEST_VERSION}.schema.json"
LOCALIZATION_SCHEMA = f"teams-localization-{MANIFEST_VERSION}.schema.json"
RSC_CHANNEL_MESSAGES = "ChannelMessage.Read.Group"
DEFAULT_OUT = REPO_ROOT / "dist" / "slt-boten-teams.zip"
ICON_SIZES = {"color": 192, "outline": 32}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same input gives the same zip

_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_LABEL = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
_PLACEHOLDER = re.compile(r"\{\{[A-Z_]+\}\}")


class PackagingError(ConfigError):
    """The package cannot be built; the message says what to fix."""


# --- inputs ---------------------------------------------------------------------------------


def check_app_id(app_id: str) -> str:
    """The Azure Bot's Microsoft App ID (a GUID), lower-cased; anything else is refused."""
    value = (app_id or "").strip()
    if not _GUID.match(value):
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


# --- the manifest -----------------------------------------------------------------------------


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
    path = directory / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PackagingError(f"{path} is missing") from None
    except json.JSONDecodeError as exc:
        raise PackagingError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None


def build_manifest(
    app_id: str, domain: str | None, *, version: str | None = None, directory: Path = MANIFEST_DIR
) -> dict[str, Any]:
    """The manifest with the bot id, domain and version filled in (checked, not validated)."""
    version = version or project_version()
    if not _SEMVER.match(version):
        raise PackagingError(f"version {version!r} must be MAJOR.MINOR.PATCH, e.g. 1.0.0")
    values = {
        "BOT_ID": check_app_id(app_id),
        "DOMAIN": check_domain(domain or ""),
        "VERSION": version,
    }
    return _fill(load_json(MANIFEST_FILE, directory), values)


def localization_files(manifest: dict[str, Any]) -> list[str]:
    info = manifest.get("localizationInfo") or {}
    return [lang.get("file", "") for lang in info.get("additionalLanguages") or []]


# --- validation -------------------------------------------------------------------------------


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
    message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
    return f"{where}: {message}"


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
    if not _SEMVER.match(str(manifest.get("version", ""))):
        yield "version: must be MAJOR.MINOR.PATCH"
    text = json.dumps(manifest, ensure_ascii=False)
    for placeholder in sorted(set(_PLACEHOLDER.findall(text))):
        yield f"{placeholder}: placeholder not filled in"
    yield from _lengths(manifest)
    bots = manifest.get("bots") or [{}]
    bot = bots[0]
    app_id = manifest.get("id", "")
    ids = {
        "id": app_id,
        "bots/0/botId": bot.get("botId", ""),
        "webApplicationInfo/id": (manifest.get("webApplicationInfo") or {}).get("id", ""),
    }
    for where, value in ids.items():
        if not _GUID.match(str(value)):
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


_TEXT_LIMITS = {
    ("name", "short"): 30,
    ("name", "full"): 100,
    ("description", "short"): 80,
    ("description", "full"): 4000,
}
_REQUIRED_TEXT = {("name", "short"), ("description", "short"), ("description", "full")}


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


# --- icons --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Png:
    """A decoded PNG: size and RGBA pixels, row by row."""

    width: int
    height: int
    has_alpha: bool
    pixels: tuple[tuple[int, int, int, int], ...]

    def at(self, x: int, y: int) -> tuple[int, int, int, int]:
        return self.pixels[y * self.width + x]


def read_png(path: Path) -> Png:
    """Decode an 8-bit, non-interlaced PNG (grey, RGB, palette, grey+alpha, RGBA).

    Enough for checking icons without an imaging library; other PNGs are refused with a
    reason.
    """
    data = Path(path).read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PackagingError(f"{path}: not a PNG file")
    pos, chunks = 8, []
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        chunks.append((kind, data[pos + 8 : pos + 8 + length]))
        pos += 12 + length
        if kind == b"IEND":
            break
    by_kind = dict(chunks)
    header = by_kind.get(b"IHDR")
    if header is None or len(header) != 13:
        raise PackagingError(f"{path}: PNG without a valid IHDR chunk")
    width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", header)
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(color)
    if depth != 8 or channels is None or interlace:
        raise PackagingError(
            f"{path}: only 8-bit, non-interlaced PNGs can be checked (bit depth {depth}, "
            f"colour type {color}, interlace {interlace}); save it as 8-bit RGBA"
        )
    raw = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    rows = _unfilter(raw, width, height, channels)
    palette = by_kind.get(b"PLTE", b"")
    trns = by_kind.get(b"tRNS", b"")
    pixels = []
    for row in rows:
        for x in range(width):
            px = row[x * channels : (x + 1) * channels]
            if color == 6:
                pixels.append((px[0], px[1], px[2], px[3]))
            elif color == 2:
                pixels.append((px[0], px[1], px[2], 255))
            elif color == 4:
                pixels.append((px[0], px[0], px[0], px[1]))
            elif color == 0:
                pixels.append((px[0], px[0], px[0], 255))
            else:
                i = px[0]
                r, g, b = palette[3 * i : 3 * i + 3]
                pixels.append((r, g, b, trns[i] if i < len(trns) else 255))
    has_alpha = color in (4, 6) or (color == 3 and bool(trns))
    return Png(width, height, has_alpha, tuple(pixels))


def write_png(path: Path, width: int, height: int, rgba: list[tuple[int, int, int, int]]) -> None:
    """Write an 8-bit RGBA, non-interlaced PNG (used for the icons and the docs pictures)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    if len(rgba) != width * height:
        raise ValueError(f"{len(rgba)} pixels for a {width}×{height} image")
    raw = bytearray()
    for y in range(height):
        raw.append(0)  # filter type None
        for pixel in rgba[y * width : (y + 1) * width]:
            raw += bytes(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    Path(path).write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


def _unfilter(raw: bytes, width: int, height: int, channels: int) -> list[bytes]:
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        rows.append(bytes(line))
        previous = line
    return rows


def check_icons(
    color: Path = MANIFEST_DIR / "color.png", outline: Path = MANIFEST_DIR / "outline.png"
) -> list[str]:
    """Teams' icon rules: color 192×192; outline 32×32, white on a transparent background."""
    problems = []
    images = {}
    for name, path in (("color", color), ("outline", outline)):
        try:
            images[name] = read_png(path)
        except PackagingError as exc:
            problems.append(str(exc))  # names the file already
            continue
        except (OSError, zlib.error, struct.error, IndexError, ValueError) as exc:
            problems.append(f"{path.name}: not a readable PNG ({exc})")
            continue
        size = ICON_SIZES[name]
        image = images[name]
        if (image.width, image.height) != (size, size):
            problems.append(
                f"{path.name}: {image.width}×{image.height} pixels, Teams needs {size}×{size}"
            )
    image = images.get("outline")
    if image is not None:
        name = outline.name
        if not image.has_alpha:
            problems.append(f"{name}: no transparency (save as PNG with an alpha channel)")
        coloured = sum(1 for r, g, b, a in image.pixels if a and (r, g, b) != (255, 255, 255))
        if coloured:
            problems.append(f"{name}: {coloured} visible pixels are not white")
        corners = [image.at(x, y) for x in (0, image.width - 1) for y in (0, image.height - 1)]
        if any(a for *_, a in corners):
            problems.append(f"{name}: the background is not transparent (corners are visible)")
        if not any(a == 255 for *_, a in image.pixels):
            problems.append(f"{name}: nothing is drawn (no fully opaque pixel)")
    return problems


# --- the package --------------------------------------------------------------------------------


def write_package(
    app_id: str,
    domain: str | None,
    out_path: Path | str | None = None,
    *,
    version: str | None = None,
    directory: Path = MANIFEST_DIR,
) -> Path:
    """Build, validate and write the zip for Teams; returns its path.

    Raises :class:`PackagingError` (a ``ConfigError``) with every problem found, so
    ``app.py package`` prints it and exits 2. Logs which checks ran (schema or structural).
    """
    manifest = build_manifest(app_id, domain, version=version, directory=directory)
    manifest_check = validate_manifest(manifest, directory=directory)
    problems = list(manifest_check.problems)
    localizations = {}
    for name in localization_files(manifest):
        localizations[name] = load_json(name, directory)
        problems += [
            f"{name}: {p}" for p in validate_localization(localizations[name], manifest).problems
        ]
    icons = manifest.get("icons", {})
    problems += check_icons(directory / icons["color"], directory / icons["outline"])
    if problems:
        raise PackagingError("the Teams package is not valid:\n  " + "\n  ".join(problems))
    if manifest_check.checked_with.startswith("structural"):
        log.warning("manifest validated with %s", manifest_check.checked_with)
    else:
        log.info("manifest validated with %s", manifest_check.checked_with)
    out = Path(out_path) if out_path else DEFAULT_OUT
    if out.suffix.lower() != ".zip":
        raise PackagingError(f"--out {out} must end in .zip")
    out.parent.mkdir(parents=True, exist_ok=True)
    contents: dict[str, bytes] = {
        MANIFEST_FILE: _json_bytes(manifest),
        **{name: _json_bytes(doc) for name, doc in localizations.items()},
        icons["color"]: (directory / icons["color"]).read_bytes(),
        icons["outline"]: (directory / icons["outline"]).read_bytes(),
    }
    tmp = Path(tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")[1])
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in contents.items():
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        tmp.chmod(0o644)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def _json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
