"""The Teams app package: the manifest filled in and checked, the icons checked, the zip.

``manifest`` fills the template and checks the inputs, ``validation`` checks the result
against the official schemas and our own rules, ``icons`` checks the two PNGs (Pillow)
and ``package`` writes the zip Teams takes.
"""

from tools.packaging.icons import ICON_SIZES, Png, check_icons, read_png
from tools.packaging.manifest import (
    LOCALIZATION_SCHEMA,
    MANIFEST_DIR,
    MANIFEST_FILE,
    MANIFEST_SCHEMA,
    MANIFEST_VERSION,
    PackagingError,
    build_manifest,
    check_app_id,
    check_domain,
    host_of,
    load_json,
    localization_files,
    project_version,
)
from tools.packaging.package import DEFAULT_OUT, PACKAGE_FILES, write_package
from tools.packaging.validation import (
    Validation,
    describe_error,
    shared_schema_dir,
    validate_localization,
    validate_manifest,
)

__all__ = [
    "DEFAULT_OUT",
    "ICON_SIZES",
    "LOCALIZATION_SCHEMA",
    "MANIFEST_DIR",
    "MANIFEST_FILE",
    "MANIFEST_SCHEMA",
    "MANIFEST_VERSION",
    "PACKAGE_FILES",
    "PackagingError",
    "Png",
    "Validation",
    "build_manifest",
    "check_app_id",
    "check_domain",
    "check_icons",
    "describe_error",
    "host_of",
    "load_json",
    "localization_files",
    "project_version",
    "read_png",
    "shared_schema_dir",
    "validate_localization",
    "validate_manifest",
    "write_package",
]
