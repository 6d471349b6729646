"""The hub's icon: two linked rings (members working together) on the network's purple.

One drawing, two outputs: `svg()` for the favicon browsers scale themselves, and `png(size)` for
the fixed sizes phones, tabs and web app manifests ask for, drawn with Pillow from the same
shapes. `python manage.py make_icons` writes them all to static/icons/.
"""

from pathlib import Path

from PIL import Image, ImageDraw

CANVAS = 512
CORNER_RADIUS = 112
STROKE = 44
BACKGROUND = "#4a1a6b"
# (centre x, centre y, radius, colour) on the 512-pixel canvas, drawn in this order.
RINGS = ((196, 256, 118, "#ffd166"), (316, 256, 118, "#ffffff"))
# The PNG files and their sizes in pixels (square).
PNG_SIZES = {
    "favicon-32.png": 32,
    "apple-touch-icon.png": 180,
    "icon-192.png": 192,
    "icon-512.png": 512,
}
SUPERSAMPLE = 4  # drawn this many times larger, then scaled down, for smooth edges


def svg():
    rings = "".join(
        f'<circle cx="{x}" cy="{y}" r="{r}" fill="none" stroke="{colour}" stroke-width="{STROKE}"/>'
        for x, y, r, colour in RINGS
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CANVAS} {CANVAS}">'
        "<title>CCIN Hub</title>"
        f'<rect width="{CANVAS}" height="{CANVAS}" rx="{CORNER_RADIUS}" fill="{BACKGROUND}"/>'
        f"{rings}</svg>\n"
    )


def png(size):
    scale = size * SUPERSAMPLE / CANVAS
    full = round(CANVAS * scale)
    image = Image.new("RGBA", (full, full), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle(
        (0, 0, full - 1, full - 1), radius=round(CORNER_RADIUS * scale), fill=BACKGROUND
    )
    for x, y, r, colour in RINGS:
        # An SVG stroke is centred on the circle; Pillow draws its outline inside the box.
        outer = (r + STROKE / 2) * scale
        draw.ellipse(
            (x * scale - outer, y * scale - outer, x * scale + outer, y * scale + outer),
            outline=colour,
            width=round(STROKE * scale),
        )
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(folder):
    """Write favicon.svg and every PNG size into `folder`; returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "favicon.svg"]
    written[0].write_text(svg())
    for name, size in PNG_SIZES.items():
        path = folder / name
        png(size).save(path, optimize=True)
        written.append(path)
    return written
