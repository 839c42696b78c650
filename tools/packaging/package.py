"""The zip Teams takes: the filled-in manifest, its localization and the two icons.

Everything is checked before anything is written, and the zip is written to a temporary
file and renamed, so a failed build never leaves a half-written or invalid package behind.
The same input gives the same bytes (fixed timestamps and modes), so a rebuilt package
can be compared with the one uploaded.
"""

from __future__ import annotations

import json
import logging
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from bot.config import REPO_ROOT
from tools.packaging.icons import check_icons
from tools.packaging.manifest import (
    MANIFEST_DIR,
    MANIFEST_FILE,
    PackagingError,
    build_manifest,
    load_json,
    localization_files,
)
from tools.packaging.validation import validate_localization, validate_manifest

log = logging.getLogger(__name__)

PACKAGE_FILES = ("manifest.json", "en.json", "color.png", "outline.png")
DEFAULT_OUT = REPO_ROOT / "dist" / "slt-boten-teams.zip"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same input gives the same zip


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
    contents: dict[str, bytes] = {
        MANIFEST_FILE: _json_bytes(manifest),
        **{name: _json_bytes(doc) for name, doc in localizations.items()},
        icons["color"]: (directory / icons["color"]).read_bytes(),
        icons["outline"]: (directory / icons["outline"]).read_bytes(),
    }
    _write_zip(out, contents)
    return out


def _write_zip(out: Path, contents: dict[str, bytes]) -> None:
    """Write atomically (temporary file, then rename) with fixed timestamps and modes."""
    out.parent.mkdir(parents=True, exist_ok=True)
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


def _json_bytes(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
