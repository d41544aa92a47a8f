"""A summons to a meeting, or its covering letter, flattened into a front sheet's line.

An agenda pack's front sheet is often a letter or a formal summons: "To: The Members of
the Eastshire Joint Board Dear Member, You are requested to attend a meeting of the
Eastshire Joint Board to be held on Friday, 4 May 2026 at 10.00 am in the Board Room,
Shire Hall, Eastby, EB1 2CD. If you have any queries ... Yours faithfully ...", or
"EASTSHIRE PARK AUTHORITY ANNUAL MEETING All Members are hereby summoned to attend the
Meeting of ... to be held at 10.30am on 6 May 2026 at the Town Hall, Eastby. Jane Ash
Chief Executive AGENDA ...". Flattened onto one line, the summons' sentence runs on into
the clerk's name or the letter's next paragraph, and the meeting's place is read with it.

The summons' sentence (who is summoned to which meeting, when and where) is the meeting's
notice: the line is cut where it starts (after a salutation, a sentence's end or the
title in capitals before it) and where it ends (its first full stop before a capital
word), and the letter's addressee ("To: ..."), the roll of members summoned before the
salutation ("Councillors Ainslie, Barclay, ... and Thompson Madam or Sir, ...") and the
closing ("Yours faithfully") are cut off as blocks of their own. Each pattern is bounded
and each function reads the line's first summons only.
"""

from __future__ import annotations

import re

#: "You are requested to attend a meeting of", "All Members are hereby summoned to attend
#: the Meeting of", "Members of the Board are invited to attend the meeting of": the
#: summons' sentence's start, with the meeting it names ("a meeting of", "the Annual
#: Meeting of")
SUMMONS = re.compile(
    r"(?<!\S)(?:(?:All[ ]{1,3})?Members|You|Councillors)(?:[ ]{1,3}of[ ]{1,3}the"
    r"(?:[ ]{1,3}[A-Z][\w&'’-]{0,30}){1,6})?[ ]{1,3}are[ ]{1,3}(?:hereby[ ]{1,3})?"
    r"(?:summons?ed|requested|invited|required)[ ]{1,3}to[ ]{1,3}attend[ ]{1,3}(?:a|an|the|this)"
    r"(?:[ ]{1,3}[A-Z][\w&'’-]{0,30}){0,3}[ ]{1,3}[Mm]eeting\b"
)
#: a summons pointing back to the meeting named before it
THIS_MEETING = re.compile(r"\bthis[ ]{1,3}meeting$")
#: The summons' end: a full stop (after a word, a postcode or a bracket) before a capital
#: word ("... Eastby, EB1 2CD. If you have ...", "... Town Hall. Jane Ash Chief ...")
SENTENCE_END = re.compile(r"(?<=[\w)])\.(?=[ ]{1,3}[A-Z])")
#: A sentence's end, a salutation's comma or a bracket just before the summons
AFTER_SENTENCE = re.compile(r"[.,:;)][ ]{1,3}$")
#: How far the summons' sentence runs at most (its meeting, date, time and place)
MAX_SUMMONS_CHARS = 400
#: "To: The Members of ...", "TO: ALL MEMBERS": a letter's addressee
ADDRESSEE = re.compile(r"(?<!\S)(?:To|TO)[ ]{0,2}:[ ]{1,3}(?=[A-Z])")
#: "Dear Member,", "Dear Councillor,", "Dear Sir/Madam", "Madam or Sir,": a letter's
#: salutation
SALUTATION = re.compile(
    r"(?<!\S)(?:Dear[ ]{1,3}(?:Members?|Councillors?|Sirs?(?:[ ]{0,2}/[ ]{0,2}Madam)?|Colleagues?)"
    r"|Madam[ ]{1,3}or[ ]{1,3}Sir|Sir[ ]{1,3}or[ ]{1,3}Madam)[ ]{0,2},?(?=[ ]{1,3}[A-Z])"
)
#: "Councillors Ainslie, C Akers-Belcher, ... and Thompson": the summons' addressees, a roll
#: of members under the plural title, run on before the salutation
ADDRESSEE_ROLL = re.compile(r"(?<!\S)Councillors[ ]{1,3}(?=[A-Z])")
#: A sentence's stop after a word ("... meeting. The"), not a title's ("Dr. Morris")
WORD_STOP = re.compile(r"(?<=[a-z]{3})\.(?=[ ]{1,3}[A-Z])")
#: Fewest commas of an addressees' roll
MIN_ROLL_COMMAS = 3
#: "Yours faithfully", "Yours sincerely": a letter's closing, before its signatory
CLOSING = re.compile(r"(?<!\S)Yours[ ]{1,3}(?:faithfully|sincerely)\b")
#: How far into a flattened line a front sheet's letter stands
LETTER_REACH = 1500


def summons_cuts(text: str) -> list[int]:
    """Where the line's first summons' sentence starts and ends (its first full stop before
    a capital word within `MAX_SUMMONS_CHARS`); [] when the line holds no summons near its
    start. Its start is cut only after a sentence, a salutation or a bracket."""
    summons = SUMMONS.search(text, 0, LETTER_REACH)
    if summons is None:
        return []
    end = SENTENCE_END.search(text, summons.end(), summons.start() + MAX_SUMMONS_CHARS)
    # after a title ("... ANNUAL MEETING All Members are ...") the summons goes on the
    # title's piece: the two open the paper together
    after = AFTER_SENTENCE.search(text, 0, summons.start()) is not None
    # "X 5:30 PM ON TUESDAY, D V You are invited to attend this meeting ...": the title,
    # time and place the summons points back to stand before it, a block of their own
    cuts = [summons.start()] if after or THIS_MEETING.search(summons.group()) else []
    return [*cuts, end.end()] if end else cuts


def letter_cuts(text: str) -> list[int]:
    """Where a front sheet's letter's addressee, salutation and closing start, and where
    the salutation ends, when the line holds a summons (`summons_cuts`): each is a block
    of its own."""
    if SUMMONS.search(text, 0, LETTER_REACH) is None:
        return []
    marks = (ADDRESSEE, SALUTATION, CLOSING)
    found = [match for pattern in marks if (match := pattern.search(text, 0, LETTER_REACH))]
    # the salutation is a line of its own: "Dear Councillor," over the meeting's title
    greeting = [match.end() for match in found if match.re is SALUTATION]
    return [*(match.start() for match in found), *greeting]


def addressee_roll(text: str) -> list[int]:
    """Where the roll of members summoned ("Councillors Ainslie, C Akers-Belcher, ... and
    Thompson") starts, run on before the letter's salutation ("Madam or Sir,"): a block of
    its own, the membership; [] when no such roll stands just before the salutation."""
    salutation = SALUTATION.search(text, 0, LETTER_REACH)
    if salutation is None:
        return []
    rolls = list(ADDRESSEE_ROLL.finditer(text, 0, salutation.start()))
    if not rolls:
        return []
    roll = text[rolls[-1].end() : salutation.start()]
    if roll.count(",") < MIN_ROLL_COMMAS or WORD_STOP.search(roll):
        return []
    return [rolls[-1].start()]
