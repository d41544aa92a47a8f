"""Labels minutes print over the members present beyond "Present" and "Members present",
shared by the readers that tell a record from other papers by its attendance list
(content_kind, splitting, shortfalls), so a record labelled so is still read as minutes."""

from __future__ import annotations

#: "Sederunt:" (Scots: those who sat), "Committee members present:", "Panel members in
#: attendance:" (the body's own members; "Other Members in Attendance" are not these)
OTHER_PRESENT_LABELS = (
    r"sederunt|(?:committee|panel|board)\s+members\s+(?:present|in\s+attendance)"
    r"|members\s+in\s+attendance"
)
