"""Small charts drawn at build time as SVG files: no script, no third-party library, and
the numbers always printed beside them in a table (the chart is a picture of the table).

Every label is escaped for XML; the same input gives byte-identical SVG.
"""

from __future__ import annotations

from html import escape

#: Attendance status -> (fill colour, legend). Colours are distinguishable without colour
#: vision too: each status also has its own letter inside the square.
STATUS_STYLE = {
    "present": ("#2e7d32", "P", "present"),
    "substitute": ("#1565c0", "S", "present as a substitute"),
    "apologies": ("#ef6c00", "A", "sent apologies"),
    "absent": ("#c62828", "–", "listed as a member, not recorded as present"),
}
CELL = 22
GAP = 4


def attendance_svg(title: str, rows: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """One row of squares per body, one square per meeting ((label, status) pairs)."""
    width = max((len(cells) for _, cells in rows), default=0) * (CELL + GAP) + GAP
    width = max(width, *(len(body) * 7 + 2 * GAP for body, _ in rows), 120)
    height = len(rows) * (CELL + 22 + GAP) + 20
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="title">',
        f'<title id="title">{escape(title)}</title>',
        "<style>text{font:12px sans-serif;fill:#222}.l{fill:#fff;font-weight:bold;"
        "text-anchor:middle}</style>",
    ]
    y = 14
    for body, cells in rows:
        out.append(f'<text x="{GAP}" y="{y}">{escape(body)}</text>')
        y += 6
        for n, (label, status) in enumerate(cells):
            colour, letter, words = STATUS_STYLE[status]
            x = GAP + n * (CELL + GAP)
            out.append(
                f"<g><title>{escape(label)}: {escape(words)}</title>"
                f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="3" fill="{colour}"/>'
                f'<text class="l" x="{x + CELL // 2}" y="{y + 16}">{letter}</text></g>'
            )
        y += CELL + 16 + GAP
    out.append("</svg>")
    return "\n".join(out) + "\n"
