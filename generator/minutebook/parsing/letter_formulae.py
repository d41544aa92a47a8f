"""The formulae a notice sent as a letter opens with, under its letterhead: the greeting
("Dear Councillor,", "Dear Sir/Madam,") and the addressees ("To: all Members of the
Planning Committee", "To the Members of Ashby Town Council"), and the clerk's request for
the members' attendance ("I request your attendance at ...").

Two stages read them: splitting, where a letter's paper starts above them, and openings,
where they are lines that say how the paper is sent, never which body it is of. Defined
once here as pattern text (each reader compiles them into its own pattern, anchored as
it reads lines), so the two read the same greeting.
"""

from __future__ import annotations

#: "Dear Councillor,", "Dear Sir/Madam", "Dear Member": a greeting on a line of its own
GREETING = r"dear\s+[\w/ ]{1,40},?"
#: "To: all Members", "To the Councillors", "To all members": the addressees' opening
#: words (what follows names the body or the people)
ADDRESSEES = r"to:?\s+(?:all\s+)?(?:the\s+)?(?:members|councillors)\b"
#: a greeting, or the addressees with the rest of their line
LETTER_OPENING = rf"{GREETING}|{ADDRESSEES}.{{0,100}}"

#: "I request your attendance at a meeting of ...", "Your attendance is requested at the next
#: meeting ...": a clerk's request, a summons as "summoned to attend" is (not a record's
#: "... had been requested")
ATTENDANCE_REQUESTED = (
    r"request (?:your|the) attendance|(?<!had been )attendance is (?:hereby )?requested"
)
