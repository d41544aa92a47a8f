"""A place field run on into the name of the officer who signs the notice.

A notice of meeting sets its fields ("Meeting:", "Date:", "Time:", "Venue:") over the name
and post of the officer who sends it, printed in capitals ("JANE DOE / CHIEF EXECUTIVE"),
and then the heading "AGENDA". When the conversion joins those lines the venue reads
"Committee Room, Town Hall, Ashby JANE DOE CHIEF EXECUTIVE". The place is in mixed case
and the signature in capitals ending on an officer's post, so the signature is cut.
"""

from __future__ import annotations

import re

#: the posts a notice's signing officer holds, in capitals
OFFICER_POST = (
    r"(?:CHIEF\s+EXECUTIVE(?:\s+OFFICER)?|(?:[A-Z]+\s+){0,3}DIRECTOR(?:\s+OF\s+[A-Z& ]{3,40})?|"
    r"(?:[A-Z]+\s+){0,2}(?:OFFICER|SECRETARY|CLERK|MANAGER|SOLICITOR)|"
    r"HEAD\s+OF\s+[A-Z& ]{3,40})"
)
#: a name in capitals (two to four words) and its post closing a venue
SIGNATURE = re.compile(
    rf"\s+[A-Z][A-Z'’.-]{{1,20}}\s+(?:[A-Z][A-Z'’.-]{{0,20}}\s+){{0,2}}[A-Z][A-Z'’.-]{{1,20}},?\s+"
    rf"{OFFICER_POST}\s*$"
)


def without_signature(venue: str) -> str:
    """The venue without the signing officer's name and post run on after it; the venue
    as it was when it is all capitals (no telling the place from a name) or has none."""
    if not re.search(r"[a-z]", venue):
        return venue
    signed = SIGNATURE.search(venue)
    if signed is None or not re.search(r"[a-z]", venue[: signed.start()]):
        return venue
    return venue[: signed.start()].rstrip(" ,;")
