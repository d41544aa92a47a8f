"""What the meeting is to do, printed after an agenda item's title and a dash or colon.

Agendas of councils and parishes often print each item as its title, a dash and, on the
same line, the business in the agenda's wording, opening "To" and a verb:

    1. CHAIRMAN - To elect a Chairman of the Council for the year.
    - Planning – To consider the applications received (list attached)
    4. Minutes – To Approve the minutes of the meeting held on 3 May 2021
    6. Declarations of Interest: To receive any declarations from Members

The title is what stands before the dash (or the colon); the sentence after it is the
item's description, as it is when printed on the line below. Only "To" in sentence case opens a
description here: a title in capitals goes on in capitals ("QUESTIONS - TO RECEIVE
PETITIONS"), and a dash before a lower-case "to" may still be the title's own words.

The same business is often given to the officer who does it, the way a committee system's
item page prints it under the title ("The Chair will advise the meeting ..."), and a
flattened agenda runs it on after a dash: "Emergency evacuation procedure – The chair to
inform members ...", "Apologies – Clerk to report". After a dash only, a chair, clerk,
mayor or convener "to" or "will" and a lower-case verb opens a description too; in
capitals ("CIVIC AWARDS - THE MAYOR TO PRESENT") it may still be the title's own words.
So do the Members the business asks of ("Declarations of Interest – Members are asked to
declare ...", "- Members should declare ...", "– Members to declare ..."), as an item
page prints it under the title ("Members are reminded that ...").
"""

from __future__ import annotations

import re

#: a dash between spaces, or a colon, then "To" and a word: the description's opening
DASH_TO = re.compile(r"(?:\s[-–—]|:)\s{1,3}To\s{1,3}[A-Za-z]")
#: a dash between spaces, then the officer who does the business: "– The chair to inform",
#: "- Clerk to report", "– The Mayor will announce"
DASH_OFFICER = re.compile(
    r"\s[-–—]\s{1,3}(?:The\s)?(?:(?:Vice|Deputy)[- ])?(?:Town\s|Parish\s)?"
    r"(?:[Cc]hair(?:man|woman|person)?|[Cc]lerk|[Mm]ayor|[Cc]onvener|[Pp]rovost)"
    r"\s(?:to|will)\s[a-z]"
)
#: a dash between spaces, then the Members the business asks of: "– Members are asked
#: to declare", "- Members should declare", "– Members to declare"
DASH_MEMBERS = re.compile(
    r"\s[-–—]\s{1,3}(?:All\s)?Members\s(?:are|should|must|may|will|to)\s[a-z]"
)
#: a dash between spaces and a capital: a prose sentence after it (`_prose_after`) is
#: the item's description ("Public Participation – In the event that any questions are
#: received, the session will ...", "Election of Chairman – Nominations for, and election
#: of, the Chairman for 2013/14.")
DASH_CAPITAL = re.compile(r"\s[-–—]\s{1,3}(?=[A-Z])")
#: most words of a title before such a sentence; fewest words of the sentence
MAX_HEAD_WORDS = 12
MIN_PROSE_WORDS = 8
#: a sentence's share of words in lower case (a title's second part is capitalised:
#: "Budget – Council Tax Setting, Capital Programme and Treasury Strategy.")
MIN_LOWER_SHARE = 0.6
#: a description this long runs on as prose even without its closing stop (a wrapped line)
LONG_PROSE = 100
#: what a title before the dash opens with: a capital or a digit
TITLE_START = re.compile(r"[A-Z0-9]")
#: the description run on after a title with no dash at all, where the title's last word
#: in lower case is followed by the agenda's wording: "Declaration of Interest To receive
#: any declaration ...", "Minutes The Chairman shall propose ...", "Declarations of
#: Interest Councillors will be asked to ..."; only the business's own verbs, so a title's
#: "to" ("Response to the Consultation") is never one
RUN_IN = re.compile(
    r"(?<=[a-z’')])\s{1,3}(?:To\s(?:receive|submit|consider|approve|note|confirm|elect|appoint"
    r"|agree|sign|answer|determine|decide|review|adopt|endorse|discuss|hear|report|inform"
    r"|present|update|deal|raise|authorise)\b"
    r"|The\s(?:Chair(?:man|woman|person)?|Clerk|Mayor|Convener)\s(?:shall|will|to)\s[a-z]"
    r"|(?:All\s)?(?:Members|Councillors)\s(?:(?:are|will\sbe)\s(?:asked|requested|invited)"
    r"|should|must|may)\s[a-z]"
    # a Welsh agenda's verbs: "Ystyried adroddiad ..." (to consider a report), "Derbyn"
    # (to receive), "Cymeradwyo" (to approve), "Nodi" (to note), "Cadarnhau" (to confirm)
    r"|(?:Ystyried|Derbyn|Cymeradwyo|Nodi|Cadarnhau)\s[a-z])"
)
#: words a title's phrase goes on after: "Questions from Members ...", "Report of The Clerk"
GOES_ON = frozenset(("from", "of", "by", "for", "with", "to", "and", "the", "on", "in", "at"))


#: a dash left at the title's end when the description went onto a line of its own (a
#: flattened agenda cut before "To receive ...": "2. APOLOGIES -")
TRAILING_DASH = re.compile(r"\s[-–—]$")
#: a title in capitals, a dash, then the description in lower case, a report or the
#: business: "LOCAL PLAN REVIEW - report of the Director ..." (an
#: acronym alone before the dash may be the title's first word: "NASACRE – report from
#: the annual conference")
CAPITALS_THEN_LOWER = re.compile(
    r"^(?P<head>[A-Z][A-Z0-9 ,&'’()/]{2,120}?)\s[-–—]\s{1,3}(?=(?:a\s)?report\b|to\s[a-z])"
)
#: Fewest words of such a title in capitals
MIN_CAPITALS_WORDS = 2


def without_dash_description(title: str) -> str:
    """The title without the " – To ..." (or " – The Chair to ...", " – Members are ...")
    description run on after it; the title as it is when it carries none (or when no title
    stands before the dash). A title in capitals loses a dash left alone at its end."""
    if TRAILING_DASH.search(title) and not any(c.islower() for c in title):
        return TRAILING_DASH.sub("", title)  # a title in mixed case may wrap after its dash
    capitals = CAPITALS_THEN_LOWER.match(title)
    if capitals is not None and len(capitals["head"].split()) >= MIN_CAPITALS_WORDS:
        return capitals["head"]
    found = [m for p in (DASH_TO, DASH_OFFICER, DASH_MEMBERS) if (m := p.search(title))]
    prose = _prose_after(title)
    if prose is not None:
        found.append(prose)
    run_in = RUN_IN.search(title)
    if run_in and title[: run_in.start()].split()[-1].lower() not in GOES_ON:
        found.append(run_in)
    if not found:
        return title
    match = min(found, key=lambda m: m.start())
    head = title[: match.start()].rstrip()
    if not head or not TITLE_START.match(head):
        return title
    return head


def _prose_after(title: str) -> re.Match[str] | None:
    """The first dash after a short title that a prose sentence follows: most of its words
    in lower case, closed by a full stop or running on long."""
    for dash in DASH_CAPITAL.finditer(title[:400]):
        if len(title[: dash.start()].split()) > MAX_HEAD_WORDS:
            return None
        words = title[dash.end() :].split()
        lower = sum(1 for w in words if w[:1].islower())
        closed = title.rstrip().endswith(".") or len(title) - dash.end() > LONG_PROSE
        clauses = "," in title[dash.end() :]
        if (
            len(words) >= MIN_PROSE_WORDS
            and lower >= MIN_LOWER_SHARE * len(words)
            and closed
            and clauses
        ):
            return dash
    return None
