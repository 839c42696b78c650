"""The two icons Teams requires, read with Pillow and checked against Teams' rules.

Teams refuses a package whose colour icon is not 192×192 or whose outline icon is not a
32×32 white glyph on a transparent background, and says little about why; these checks
say which file and what is wrong before the package is uploaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from tools.packaging.manifest import MANIFEST_DIR, PackagingError

ICON_SIZES = {"color": 192, "outline": 32}
WHITE = (255, 255, 255)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

Rgba = tuple[int, int, int, int]


@dataclass(frozen=True)
class Png:
    """A decoded PNG: size, whether it carries transparency, and RGBA pixels row by row."""

    width: int
    height: int
    has_alpha: bool
    pixels: tuple[Rgba, ...]

    def at(self, x: int, y: int) -> Rgba:
        return self.pixels[y * self.width + x]


def read_png(path: Path) -> Png:
    """Decode a PNG of any bit depth or colour type; another format is refused by name.

    Raises :class:`PackagingError` when the file is not a PNG or its header is broken, and
    Pillow's ``OSError``, ``SyntaxError`` or ``ValueError`` when its image data is.
    """
    try:
        with Image.open(path, formats=["PNG"]) as image:
            has_alpha = image.has_transparency_data
            rgba = image.convert("RGBA")
    except UnidentifiedImageError:
        if Path(path).read_bytes()[:8] == PNG_SIGNATURE:
            raise PackagingError(f"{path}: a broken PNG file (its header cannot be read)") from None
        raise PackagingError(f"{path}: not a PNG file") from None
    data = rgba.tobytes()
    pixels = tuple(zip(data[0::4], data[1::4], data[2::4], data[3::4], strict=True))
    return Png(rgba.width, rgba.height, has_alpha, pixels)


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
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
            problems.append(f"{path.name}: not a readable PNG ({exc})")
            continue
        size = ICON_SIZES[name]
        image = images[name]
        if (image.width, image.height) != (size, size):
            problems.append(
                f"{path.name}: {image.width}×{image.height} pixels, Teams needs {size}×{size}"
            )
    if "outline" in images:
        problems += _outline_problems(images["outline"], outline.name)
    return problems


def _outline_problems(image: Png, name: str) -> list[str]:
    """The outline icon is drawn over Teams' own background, so only white and clear work."""
    problems = []
    if not image.has_alpha:
        problems.append(f"{name}: no transparency (save as PNG with an alpha channel)")
    coloured = sum(1 for r, g, b, a in image.pixels if a and (r, g, b) != WHITE)
    if coloured:
        problems.append(f"{name}: {coloured} visible pixels are not white")
    corners = [image.at(x, y) for x in (0, image.width - 1) for y in (0, image.height - 1)]
    if any(a for *_, a in corners):
        problems.append(f"{name}: the background is not transparent (corners are visible)")
    if not any(a == 255 for *_, a in image.pixels):
        problems.append(f"{name}: nothing is drawn (no fully opaque pixel)")
    return problems
