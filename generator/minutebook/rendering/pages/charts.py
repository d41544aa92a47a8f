"""Small charts drawn at build time as SVG files: no script, no third-party library, and
the numbers always printed beside them in a table (the chart is a picture of the table).

Every label is escaped for XML, and characters XML cannot carry at all (a raw ESC or
other control character in a name) are removed first, so the file always parses; the
same input gives byte-identical SVG.
"""

from __future__ import annotations

import math
from html import escape as escape_markup

from ..publication import plain


def escape(text: str) -> str:
    """Document text as XML character data or an attribute value."""
    return escape_markup(plain(text))


#: Attendance status -> (fill colour, legend). Colours are distinguishable without colour
#: vision too: each status also has its own letter inside the square.
STATUS_STYLE = {
    "present": ("#2e7d32", "P", "present"),
    "substitute": ("#1565c0", "S", "present as a substitute"),
    "apologies": ("#ef6c00", "A", "sent apologies"),
    "absent": ("#c62828", "–", "a member then, not recorded as present"),
}
CELL = 22
GAP = 4


def attendance_svg(title: str, rows: list[tuple[str, list[tuple[str, str, int]]]]) -> str:
    """One row of squares per body, one square per meeting ((label, status, year)
    triples; the label names the meeting and its date). Each square's title and
    aria-label say which meeting and what the minutes record; the year is printed under
    the first square of each year."""
    width = max((len(cells) for _, cells in rows), default=0) * (CELL + GAP) + GAP
    width = max(width, *(len(body) * 7 + 2 * GAP for body, _ in rows), 120)
    height = len(rows) * (CELL + 22 + GAP) + 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="title">',
        f'<title id="title">{escape(title)}</title>',
        "<style>text{font:12px sans-serif;fill:#222}.l{fill:#fff;font-weight:bold;"
        "text-anchor:middle}.y{font-size:10px}</style>",
    ]
    y = 14
    for body, cells in rows:
        out.append(f'<text x="{GAP}" y="{y}">{escape(body)}</text>')
        y += 6
        previous_year = None
        for n, (label, status, year) in enumerate(cells):
            colour, letter, words = STATUS_STYLE[status]
            x = GAP + n * (CELL + GAP)
            said = escape(f"{label}: {words}")
            out.append(
                f'<g role="img" aria-label="{said}"><title>{said}</title>'
                f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="3" fill="{colour}"/>'
                f'<text class="l" x="{x + CELL // 2}" y="{y + 16}">{letter}</text></g>'
            )
            if year != previous_year:
                out.append(f'<text class="y" x="{x}" y="{y + CELL + 11}">{year}</text>')
                previous_year = year
        y += CELL + 16 + GAP
    out.append("</svg>")
    return "\n".join(out) + "\n"


#: Series colours (Okabe–Ito, distinguishable with colour-blindness), each series also
#: drawn with its own marker shape.
SERIES_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")
MARKERS = ("circle", "square", "diamond", "triangle", "circle", "square")


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == "diamond":
        points = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y:.1f} {x:.1f},{y + 5:.1f} {x - 5:.1f},{y:.1f}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    if shape == "triangle":
        points = f"{x:.1f},{y - 5:.1f} {x + 5:.1f},{y + 4:.1f} {x - 5:.1f},{y + 4:.1f}"
        return f'<polygon points="{points}" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


def _nice_step(span: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about four grid lines."""
    raw = (span or 1.0) / 4
    power = 10.0 ** math.floor(math.log10(raw))
    return float(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _tick(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def figure_svg(title: str, periods: list[str], series: list[tuple[str, list[float | None]]]) -> str:
    """A line chart of series over periods, from zero, with a legend; each point carries
    its value as a tooltip. The same numbers are in the table printed beside it."""
    width, height = 640, 320
    left, right, top, bottom = 64, 16, 16, 72 + 18 * ((len(series) + 1) // 2)
    height += bottom - 72
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for _, vs in series for v in vs if v is not None]
    step = _nice_step(max(values, default=1.0) - min(0.0, *values) if values else 1.0)
    low = math.floor(min(0.0, *values) / step) * step if values else 0.0
    high = math.ceil(max(values, default=1.0) / step) * step or step
    span = high - low
    ticks = round(span / step)

    def x_of(k: int) -> float:  # the middle of the period's band: no label is cut off
        return left + plot_w * (k + 0.5) / len(periods)

    def y_of(v: float) -> float:
        return top + plot_h - plot_h * (v - low) / span

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="title">',
        f'<title id="title">{escape(title)}</title>',
        "<style>text{font:12px sans-serif;fill:#222}.axis{stroke:#555}.grid{stroke:#ddd}</style>",
    ]
    for n in range(ticks + 1):
        value = low + step * n
        y = y_of(value)
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
                   f'y2="{y:.1f}"/>')  # fmt: skip
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
                   f"{escape(_tick(value))}</text>")  # fmt: skip
    out.append(f'<line class="axis" x1="{left}" x2="{width - right}" y1="{top + plot_h}" '
               f'y2="{top + plot_h}"/>')  # fmt: skip
    for k, period in enumerate(periods):
        out.append(f'<text x="{x_of(k):.1f}" y="{top + plot_h + 18}" text-anchor="middle">'
                   f"{escape(period)}</text>")  # fmt: skip
    for n, (name, points) in enumerate(series):
        colour, shape = SERIES_COLOURS[n % len(SERIES_COLOURS)], MARKERS[n % len(MARKERS)]
        coords = [(x_of(k), y_of(v), v, periods[k]) for k, v in enumerate(points) if v is not None]
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in coords)
        out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y, v, period in coords:
            label = f"{name + ', ' if name else ''}{period}: {_tick(v)}"
            out.append(f"<g><title>{escape(label)}</title>{_marker(shape, x, y, colour)}</g>")
        lx = left + (n % 2) * (plot_w // 2)
        ly = top + plot_h + 40 + 18 * (n // 2)
        out.append(_marker(shape, lx + 6, ly - 4, colour))
        out.append(f'<text x="{lx + 16}" y="{ly}">{escape(name or "value")}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
