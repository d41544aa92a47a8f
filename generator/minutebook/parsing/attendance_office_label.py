"""A label naming the commissioner's office the people after it came from.

Police and crime panels record the commissioner and their staff apart from the panel's
members, often under a label that says whose office they came from:

    Present from the Office of the Police and Crime Commissioner (OPCC): Commissioner
    Ann Reid, Bob Moss (Chief Executive), Carl Lowe (Chief Finance Officer).

They attend to answer the panel, not as its members: in attendance.
"""

from __future__ import annotations

import re

from ..model import AttendanceRole

#: "Present from the Office of the Police and Crime Commissioner (OPCC):", "In
#: attendance from the OPCC:"
OFFICE_LABEL = re.compile(
    r"^(?P<label>(?:present|in\s+attendance)\s+from\s+(?:the\s+)?"
    r"(?:office\s+of\s+the\s+[\w&' -]{3,80}?commissioner(?:\s*\([A-Z]{2,8}\))?|O[A-Z]?PCC))"
    r"\s*:\s*(?P<rest>.{0,2000})$",
    re.IGNORECASE,
)


def office_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """The label, in attendance, and the names after it, as label_line gives them; None
    for any other line."""
    match = OFFICE_LABEL.match(text.strip())
    if match is None:
        return None
    return match["label"], AttendanceRole.IN_ATTENDANCE, match["rest"].strip()
