"""Draw the Teams app icons: ``python scripts/make_icons.py`` writes manifest/color.png and
manifest/outline.png.

The shapes are computed here (supersampled, so the edges are anti-aliased) and Pillow writes
the PNGs. They are checked in and this script only runs again when the design changes; the
pixels it draws are the ones committed (the file bytes may differ with the Pillow version).
The glyph is a speech bubble holding three connected dots – the three SLT levels talking
together.

- color.png: 192×192, the accent colour full-bleed with the white bubble inside the
  central 120 px (Teams crops the corners itself).
- outline.png: 32×32, white on a transparent background (the bubble's outline and the
  three dots), as Teams requires for the activity bar.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image

REPO = Path(__file__).resolve().parent.parent
ACCENT = (0x0F, 0x5C, 0x6E)  # keep in step with accentColor in manifest/manifest.json
WHITE = (255, 255, 255)
SUPERSAMPLE = 4

Shape = Callable[[float, float], bool]


# --- shapes in a unit square (0..1 both ways) ----------------------------------------------


def rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> Shape:
    cx, cy, hx, hy = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2

    def inside(x: float, y: float) -> bool:
        qx, qy = abs(x - cx) - hx + r, abs(y - cy) - hy + r
        outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
        return outside + min(max(qx, qy), 0.0) - r <= 0

    return inside


def triangle(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> Shape:
    def side(p: tuple[float, float], q: tuple[float, float], x: float, y: float) -> float:
        return (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0])

    def inside(x: float, y: float) -> bool:
        d = (side(a, b, x, y), side(b, c, x, y), side(c, a, x, y))
        return all(v >= 0 for v in d) or all(v <= 0 for v in d)

    return inside


def circle(cx: float, cy: float, r: float) -> Shape:
    return lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def segment(a: tuple[float, float], b: tuple[float, float], width: float) -> Shape:
    ax, ay = a
    dx, dy = b[0] - ax, b[1] - ay
    length2 = dx * dx + dy * dy

    def inside(x: float, y: float) -> bool:
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
        return math.hypot(x - ax - t * dx, y - ay - t * dy) <= width / 2

    return inside


def union(*shapes: Shape) -> Shape:
    return lambda x, y: any(s(x, y) for s in shapes)


def coverage(shape: Shape, size: int) -> list[float]:
    """The share of each pixel the shape covers (supersampled anti-aliasing)."""
    n = SUPERSAMPLE
    result = []
    for py in range(size):
        for px in range(size):
            hits = sum(
                shape((px + (i + 0.5) / n) / size, (py + (j + 0.5) / n) / size)
                for i in range(n)
                for j in range(n)
            )
            result.append(hits / (n * n))
    return result


# --- the glyph ----------------------------------------------------------------------------

DOTS = ((0.5, 0.36), (0.37, 0.57), (0.63, 0.57))


def bubble(inset: float = 0.0) -> Shape:
    """The speech bubble; ``inset`` shrinks it (for the outline's inner edge)."""
    body = rounded_rect(0.19 + inset, 0.2 + inset, 0.81 - inset, 0.72 - inset, 0.11 - inset / 2)
    if inset:
        return body
    tail = triangle((0.3, 0.66), (0.46, 0.7), (0.27, 0.84))
    return union(body, tail)


def network(dot: float, line: float) -> Shape:
    a, b, c = DOTS
    return union(
        *(circle(x, y, dot) for x, y in DOTS),
        segment(a, b, line),
        segment(b, c, line),
        segment(c, a, line),
    )


def color_icon(size: int = 192) -> list[tuple[int, int, int, int]]:
    outer = coverage(bubble(), size)
    inner = coverage(network(0.065, 0.03), size)
    pixels = []
    for o, i in zip(outer, inner, strict=True):
        white = o * (1 - i)  # the bubble, minus the accent-coloured network inside it
        r, g, b = (round(a * (1 - white) + w * white) for a, w in zip(ACCENT, WHITE, strict=True))
        pixels.append((r, g, b, 255))
    return pixels


def outline_icon(size: int = 32) -> list[tuple[int, int, int, int]]:
    outer = coverage(bubble(), size)
    hole = coverage(bubble(inset=0.075), size)
    dots = coverage(union(*(circle(x, y, 0.075) for x, y in DOTS)), size)
    pixels = []
    for o, h, d in zip(outer, hole, dots, strict=True):
        alpha = max(o - h, d, 0.0)
        pixels.append((*WHITE, round(255 * min(alpha, 1.0))))
    return pixels


def save_png(path: Path, size: int, pixels: list[tuple[int, int, int, int]]) -> None:
    """Write square RGBA pixels, row by row, as an 8-bit RGBA PNG."""
    image = Image.new("RGBA", (size, size))
    image.putdata(pixels)
    image.save(path, optimize=True)


def main() -> int:
    out = REPO / "manifest"
    save_png(out / "color.png", 192, color_icon())
    save_png(out / "outline.png", 32, outline_icon())
    print(f"wrote {out / 'color.png'} and {out / 'outline.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
