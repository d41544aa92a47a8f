"""Questions put at a meeting whose asker is named on the question's own heading line.

Minutes of panels, councils and cabinets record questions to a commissioner, a leader or
a cabinet member in two ways. One closes each question with its asker in brackets
("(Cllr A Smith, Ashvale Council)", read in `minutes`); the other heads each question
with its asker and gives the question below:

- "Question 1 - Cllr Jane Smith (Ashvale District Council)";
- "Question 2 from Councillor Raj Patel, Brook County Council";
- "Question 3 (Cllr Lee Fox, Fenby Town Council)";
- "Question from Mr Tom Reed to the Cabinet Member for Highways";
- "Question to Councillor Ann Lee from Councillor Ben Moss" (whom it was put to first);
- "3. Question from Cllr Ann Lee (Fenby Town Council) to the Police and Crime Commissioner";
- numbered as a paragraph of its minute: "5.1 Question from Cllr Ann Lee", "(a) Question
  from Mrs B Hale to the Leader of the Council".

The question is the paragraph below the heading, up to its question mark (a question
may run over a few lines); the answer that follows is not part of it. Questions are also
reported as sentences ("Councillor X asked whether ...") or as points listed under the
member's name ("Councillor X:" over bullets), or introduced by a sentence naming the
asker, the question below it ("The following question was received from Mrs X:", "Mr Y
(Fenby Cycle Forum) submitted the following question:"), or labelled by the asker alone,
numbered or not, the question quoted below ("1) Mr Y (Fenby Cycle Forum):").
"""

from __future__ import annotations

import re

from ..model import Line, QuestionFacts
from ..vocabulary import TITLE
from .text import plain

#: Longest heading line read; a question's heading is never longer.
MAX_HEADING = 200
#: Lines after the heading that the question may run over, looking for its question mark.
MAX_QUESTION_LINES = 4
#: What may number a question's heading in its minute: "3.", "5.1", "(a)", "b)", "(ii)".
HEADING_MARKER = (
    r"(?:(?:\d{1,3}(?:\.\d{1,3})?[.)]?|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)"
    r"|(?:[a-z]|[ivx]{1,5})[.)])\s+)?"
)
QUESTION_HEADING = re.compile(
    r"^" + HEADING_MARKER + r"(?:(?:public|members?'?|supplementary)\s+)?question\s*"
    r"(?:no\.?\s*)?(?P<number>\d{1,3})?\s*"
    r"(?:[-–—:]\s*(?:from\s+|by\s+)?|\s+(?:from|by|asked by)\s+|(?=\()"
    # "Question to Councillor A Reid from Councillor B Moss": whom it was put to first
    r"|\s+to\s+[^\t]{2,100}?\s+from\s+)"
    r"(?P<who>[A-Z(][^\t]{2,160})$",
    re.IGNORECASE,
)
#: "... to the Commissioner", "... to the Cabinet Member for Highways": whom it was put to,
#: perhaps with who answered in brackets ("... to the Leader (Councillor Abbott)")
PUT_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][^()]{2,100}(?:\s*\([^()]{2,80}\))?$")
#: "Mr Glyn Rowlands (Fenby Allotment Society): Will the Council repair ...": the asker
#: before a colon, the question after it on the heading's own line
#: (a question's first word, or its opening quotation mark: "Fenby Ward" after a colon
#: is the asker's ward, not a question)
ASKED_INLINE = re.compile(
    r"^(?P<who>[^:?]{3,200}?)\s*:\s+(?P<question>(?:[\"“‘]|(?:What|When|Where|Why|Who|Whom"
    r"|Whose|Which|How|Will|Would|Can|Could|Should|Shall|Is|Are|Was|Were|Do|Does|Did|Has"
    r"|Have|May|Might|Please|Given|Further)\b).{2,})$"
)
#: "Cllr Jane Smith (Ashvale District Council)": the asker, their organisation in brackets
BRACKETED = re.compile(r"^(?P<who>[^()]{3,80}?)\s*\((?P<org>[^()]{2,100})\)$")
#: "Councillor Raj Patel, Brook County Council"
COMMA = re.compile(r"^(?P<who>[^,()]{3,80}?),\s*(?P<org>[^,()]{2,100})$")
#: The titles an asker is printed with (one list for every asker pattern below).
ASKER_TITLE = TITLE
#: A titled asker's name: the title and up to five capitalised words.
TITLED_NAME = rf"{ASKER_TITLE}\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}"
#: a name as it heads a question: a title or two capitalised words
TITLED = re.compile(rf"^{ASKER_TITLE}\s+\S|^[A-Z][\w'’-]+\s+[A-Z]")


#: Titles of the minutes where the public or members put questions, besides any title
#: saying "question": "Public Participation", "Open Forum", "Public Speaking", "Public
#: Session", "Public Time", "Residents' Forum".
QUESTION_TIME = re.compile(
    r"question|\b(?:public\s+(?:participation|forum|speaking|session|time)|open\s+forum"
    r"|residents['’]?\s+forum)\b",
    re.IGNORECASE,
)


def invites_questions(title: str) -> bool:
    """A minute whose questions are read: its title speaks of questions or of the public's
    time to ask them ("Public Participation", "Open Forum")."""
    return QUESTION_TIME.search(title[:MAX_HEADING]) is not None


#: The public's question time spoken of in a minute's text rather than its title: a
#: heading glued onto the line before it ("... a correct record. 64. PUBLIC QUESTIONS"),
#: or a sentence ("One question had been received under the public participation
#: scheme", "There were no questions from members of the public"), or a heading the
#: minutes did not find, which lists questions with the public's other business
#: ("DEPUTATIONS, STATEMENTS, PETITIONS OR QUESTIONS", "Petitions and Questions").
QUESTION_TIME_IN_TEXT = re.compile(
    r"\b(?:public\s+questions?|questions?\s+from\s+(?:members\s+of\s+)?the\s+public"
    r"|public\s+(?:participation|forum|speaking|session|question\s+time)|open\s+forum"
    r"|residents['’]?\s+forum"
    r"|public\s+(?:were|was)\s+(?:invited|given\s+the\s+opportunity)\s+to\s+(?:ask|put|raise)"
    r"\s+(?:any\s+)?questions?"
    r"|(?:deputations|petitions|statements),?\s+(?:and\s+|or\s+)?questions)\b",
    re.IGNORECASE,
)


def question_time_lines(title: str, body: list[Line]) -> list[Line]:
    """The lines of a minute whose questions are read: all of them when its title invites
    questions; else those from the first line speaking of the public's question time on
    (the minute's heading may be glued into the line before, or lost, and the questions
    then fall under the minute before: they are still read); else none."""
    if invites_questions(title):
        return body
    for k, line in enumerate(body):
        text = plain(line.text)
        cue = QUESTION_TIME_IN_TEXT.search(text[: MAX_HEADING * 2])
        if cue:
            return [*_split_after_cue(line, text, cue.end()), *body[k + 1 :]]
    return []


def _split_after_cue(line: Line, text: str, cue_end: int) -> list[Line]:
    """The cue's line, cut after the cue's sentence when a question follows on the same
    line ("... were invited to ask questions. Mr A queried whether ..."), so each reader
    sees the question open its line, as it does when the question is a paragraph of its
    own. Both pieces keep the line's number (SENTENCE_END: the space after a sentence)."""
    end = SENTENCE_END.search(text, cue_end, cue_end + MAX_HEADING)
    if end is None or len(text) - end.end() < 20:
        return [line]
    return [Line(line.number, text[: end.start()]), Line(line.number, text[end.end() :])]


def asker_and_organisation(who: str) -> tuple[str, str | None] | None:
    """'Cllr Jane Smith (Ashvale District Council) to the Commissioner' -> ('Cllr Jane
    Smith', 'Ashvale District Council'); None when it does not name a person."""
    who = who.strip(" .:")
    if who.startswith("(") and who.endswith(")") and who.count("(") == 1:
        who = who[1:-1]  # "Question 1 (Cllr Jane Smith, Ashvale Council)"
    # whom it was put to first: its bracket names who answered, not the asker's body
    who = PUT_TO.sub("", who).strip(" .:")
    bracketed = BRACKETED.match(who)
    found = bracketed or COMMA.match(who)
    asker, org = (found["who"].strip(), found["org"].strip()) if found else (who, None)
    if not TITLED.match(asker) or len(asker.split()) > 7:
        return None
    return asker, org


def headed_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each question under a heading that names its asker, with the heading's line."""
    found: list[QuestionFacts] = []
    for k, line in enumerate(body):
        text = plain(line.text).strip()
        if not text or len(text) > MAX_HEADING or "question" not in text[:40].lower():
            continue
        wrapped = _heading_wrapped(body, k)
        heading = QUESTION_HEADING.match(f"{text} {wrapped}" if wrapped else text)
        if heading is None:
            continue
        inline = _asked_inline(body, k, heading["who"]) if wrapped is None else None
        asked = asker_and_organisation(inline[0] if inline else heading["who"])
        if asked is None:
            continue
        question = inline[1] if inline else _question_text(body, k + 2 if wrapped else k + 1)
        question = question.strip(" \"“”'‘’")
        if question:
            found.append(
                QuestionFacts(
                    number=heading["number"],
                    text=question,
                    asker_as_written=asked[0],
                    organisation_name=asked[1],
                    line=line.number,
                    minute_number=minute_number,
                )
            )
    return found


def _asks(text: str) -> bool:
    """A line ending with a question mark, perhaps inside its closing quotation mark."""
    return text.rstrip("\"”’'").endswith("?")


def _asked_inline(body: list[Line], k: int, who: str) -> tuple[str, str] | None:
    """(asker, question) when the heading's own line goes on, after a colon, into the
    question ("Question from Mr A (Org): Will the Council ..."), read to its question mark;
    None when nothing after a colon ends as a question ("Question 2 - Cllr A: Ward B")."""
    inline = ASKED_INLINE.match(who)
    if inline is None:
        return None
    question = _question_text(body, k + 1, inline["question"])
    return (inline["who"], question) if _asks(question) else None


def _heading_wrapped(body: list[Line], k: int) -> str | None:
    """The second line of a question's heading broken over two ("Question from Ms A (Org)
    to the Cabinet Member for" / "Environment (Councillor B):"): the next line, when the
    heading ends without a stop or colon and that line ends with the heading's colon and
    asks nothing, or ends whom the question was put to (`_put_to_wrapped`); else None."""
    text = plain(body[k].text).strip()
    if text.endswith((":", "?", ".", ")")) or k + 1 >= len(body):
        return None
    following = plain(body[k + 1].text).strip()
    if not following or len(following) > MAX_HEADING // 2:
        return None
    if "?" in following or following[0] in "\"“'‘":
        return None
    if not following.endswith(":"):
        return _put_to_wrapped(body, k, following)
    return following


#: Words the end of a wrapped "to the Cabinet Member for" line may carry ("Adult Social"
#: / "Care"): a short run of words, no sentence.
MAX_WRAPPED_WORDS = 6
#: A question's first word, when it is printed without quotation marks.
QUESTION_OPENS = re.compile(
    r"(?:What|When|Where|Why|Who|Which|How|Will|Would|Can|Could|Should|Is|Are|Does|Do|Has"
    r"|Have)\b"
)
#: "... to the Cabinet Member for Adult Social": a heading naming whom it was put to.
PUT_TO_OPEN = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][^()]{2,100}$")


def _put_to_wrapped(body: list[Line], k: int, following: str) -> str | None:
    """The end of whom a question was put to, broken onto a line of its own ("(3) Question
    from Cllr A to the Cabinet Member for Adult Social" / "Care" / '"What progress ...?"'):
    the short line, when the heading names whom it was put to and the question opens on
    the line after (with its quotation mark or an asking word); else None."""
    heading = plain(body[k].text).strip()
    if len(following.split()) > MAX_WRAPPED_WORDS or following.endswith((".", ";", ",")):
        return None
    if PUT_TO_OPEN.search(heading) is None or k + 2 >= len(body):
        return None
    below = plain(body[k + 2].text).strip()
    return following if below[:1] in '"“‘' or QUESTION_OPENS.match(below) else None


def _question_text(body: list[Line], start: int, begun: str | None = None) -> str:
    """The paragraph after a heading, up to the line that ends with its question mark;
    `begun` is its start when the heading's own line carries it ("...(Org): Will the")."""
    taken: list[str] = [begun] if begun else []
    if begun and _asks(begun):
        return begun
    for line in body[start:]:
        text = plain(line.text).strip()
        if not text:
            continue
        if QUESTION_HEADING.match(text) or len(taken) >= MAX_QUESTION_LINES:
            break
        taken.append(text)
        if _asks(text):
            return " ".join(taken)
    return taken[0] if taken else ""


#: What a sentence reporting a question may open with before the asker's name: "In respect
#: of question 2, Councillor A asked ...", "With regard to question 3 and the consultants,
#: Councillor B asked ...", "In relation to question 8, ...".
ABOUT_QUESTION = (
    r"(?:(?:In\s+respect\s+of|With\s+regard\s+to|In\s+relation\s+to|Referring\s+to"
    r"|Further\s+to|Following\s+up)\b[^,.?!]{0,100},\s+)?"
)
#: What the asker did before asking, in the same sentence: "Cllr D Marren referred to the
#: staff survey and asked whether ...", "Councillor P stated that ... and asked ...".
ASKED_AFTER = r"(?:[a-z][^.?!]{0,200}?\s+and\s+)?"
#: "Mr O Treharne of Mill Lane asked ...", "Mrs P Lowe of Elm Court, Fenby asked ...": a
#: member of the public named with where they live, between their name and "asked" (an
#: address, not an organisation: it is not kept); "Mr K Bell of Fenby Residents'
#: Association asked ...": named so, a body whose name ends in an organisation's noun
#: (`ORGANISATION_NOUN`) is the organisation the asker spoke for
ADDRESS = r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*){0,5}))?"
#: "Mr A Reid, Mill Road, Fenby queried ...", "Mrs B Hale, 4 Elm Court, asked ...": a
#: member of the public named with their street (and town) between commas, no "of": an
#: address, not an organisation, and not kept
STREET = (
    r"(?P<street>,\s+(?:\d{1,4}[a-z]?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+"
    r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Terrace|Place|Gardens|Court|Row"
    r"|Square|Hill|Park|Walk|Grove|Mews|View)(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?"
)
#: Offices that name whom a speaker stood for: "Chair of the Fenby Society".
SPEAKER_OFFICE = r"(?:Chair(?:man|woman)?|Vice-Chair(?:man)?|Secretary|Treasurer|President)"
#: The last word of an organisation's name: "Penrigg Town Council", "Dearnside Cycling
#: Forum" ("of Saltmere" names where the asker lives: no organisation).
ORGANISATION_NOUNS = (
    r"(?:Council|Forum|Association|Society|Group|Trust|Partnership|Network|Watch|Club"
    r"|Alliance|Federation|Campaign|Union|Board|Committee|Charity|Foundation|Institute"
    r"|Chamber\s+of\s+Commerce)"
)
#: "Mrs A Reid, Fenby Residents' Association, asked ...": a body's name alone between
#: commas, capitalised words ending in an organisation's noun (never a second person:
#: "Cllr B Jones" ends in no such noun).
BARE_BODY = (
    r"(?P<bare>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|the|for|&)){0,7}?"
    rf"\s+{ORGANISATION_NOUNS})"
)
#: What a member of the public is said to be between commas after their name: "Mr A, a
#: resident of Mill Road, asked ...", "Mrs B, speaking for the Fenby Society, asked ...",
#: "Ms C, representing Fenby Cycle Forum, asked ...", "Mr D, Chair of the Fenby Society,
#: asked ...", "Mr E, who lives in Hill Lane, asked ..." (a phrase opening with such a
#: word: "Cllr A, Cllr B asked" names two people, no apposition), or a body's name alone
#: (`BARE_BODY`)
APPOSITION = (
    r"(?:,\s+(?P<apposition>(?:(?:a|an|the|who|speaking|representing|on\s+behalf|from|of)\b"
    rf"|{SPEAKER_OFFICE}\s+of\b)[^,()?;:]{{1,120}}|{BARE_BODY}),)?"
)
#: The organisation an apposition names the speaker as speaking for (else a place they
#: live or a description: no organisation).
SPOKE_FOR = re.compile(
    r"^(?:speaking\s+(?:for|on\s+behalf\s+of)|on\s+behalf\s+of|representing"
    rf"|(?:the\s+)?{SPEAKER_OFFICE}\s+of)\s+(?:the\s+)?(?P<org>[A-Z][^,()]{{1,100}})$"
)
#: A bullet before a reported question: public participation printed as a list
#: ("• Mr A asked whether ...", "- Mrs B asked when ...").
BULLET = r"[-•·*▪◦–]\s+"
#: "Q. Councillor Nick Allen asked the following question:-", "2. Cllr A Moran (Brook
#: Ward) asked whether the charges would be reviewed.": a question reported as a sentence
ASKED = re.compile(
    r"^(?:(?:Q|\d{1,3}(?:\.\d{1,3})?)[.)]?\s+|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\)\s+"
    r"|(?:[a-z]|[ivx]{1,5})[.)]\s+|"
    + BULLET
    + r")?"
    + ABOUT_QUESTION
    + rf"(?P<who>{TITLED_NAME})"
    + ADDRESS
    + r"(?:\s*\((?P<org>[^()]{2,100})\))?"
    + APPOSITION
    + STREET
    + r",?\s+"
    + ASKED_AFTER
    + r"(?P<asked>(?:asked|queried|enquired|inquired)\b\s*(?P<rest>.*))$"
)
#: The verbs that report a question after its asker: "asked", "queried", "enquired" (the
#: last two only from a member of the public named with where they live)
REPORTING_VERB = re.compile(r" (?:asked|queried|enquired|inquired)\b")
#: "asked the following question:-", "asked:": the question is the paragraph below
QUESTION_BELOW = re.compile(r"^(?:the\s+following\s+question\b.*|.{0,40}[:-])$", re.IGNORECASE)
#: 'asked: "Can ...', 'asked the Cabinet Member for Highways: "When ...': the question
#: quoted after a colon, the one asked named before it (or no one)
QUOTED_AFTER_COLON = re.compile(r"^(?:the\s[^:\"“]{1,80})?:\s*[\"“](?P<quote>\S.*)$")
#: where a question's sentence ends: at a stop before a capital, or before the dash some
#: minutes print ahead of the answer ("... stay open. - The Leader undertook to reply")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+(?=(?:[-–—]\s+)?[A-Z])")
#: where a reported question ends at a semicolon: the answer follows it in the same
#: sentence ("asked when the bench would be repaired; the Clerk said ...")
ANSWER_AFTER_SEMICOLON = re.compile(
    r";\s+(?=(?:the|The)\s+[A-Z][\w-]{1,30}(?:\s+(?:of\s+|for\s+)?[A-Z][\w-]{1,30}){0,3}\s+"
    r"(?:said|replied|responded|explained|confirmed|stated|advised|answered|undertook"
    r"|agreed|reported)\b)"
)
#: the asker's name runs to here ("asked" follows a name, never a long sentence)
MAX_ASKED_PREFIX = 360


def quoted_question(body: list[Line], k: int, rest: str) -> str | None:
    """The question quoted after 'asked ...:' on line k (`rest` is what follows 'asked'),
    the one asked perhaps wrapping to the next line ('asked the Cabinet Member for' /
    'Highways: "When will ...?"'); None when no quotation follows a colon."""
    quoted = QUOTED_AFTER_COLON.match(rest)
    if quoted is not None:
        return _question_text(body, k + 1, begun=quoted["quote"].strip())
    if ":" in rest or k + 1 >= len(body):
        return None
    quoted = QUOTED_AFTER_COLON.match(f"{rest} {plain(body[k + 1].text).strip()}")
    if quoted is None:
        return None
    return _question_text(body, k + 2, begun=quoted["quote"].strip())


def reported_sentence(body: list[Line], k: int, begun: str) -> str:
    """The reported question's sentence, `begun` on line k ("asked whether the Council
    would"), read on over the lines it wraps onto ("repair the water supply ... before the
    spring.") up to its stop or a blank line; what follows the stop is the answer."""
    text = begun
    for line in body[k + 1 : k + 1 + MAX_QUESTION_LINES]:
        if SENTENCE_END.search(text) or text.rstrip().endswith((".", "?", "!")):
            break
        below = plain(line.text).strip()
        if not below:
            break
        text = f"{text} {below}"
    sentence = SENTENCE_END.split(text, maxsplit=1)[0]
    return ANSWER_AFTER_SEMICOLON.split(sentence, maxsplit=1)[0]


#: "Mr C Dunstable, on behalf of Fenby Residents' Association, spoke in support of ... and
#: asked whether ...": a member of the public speaking for a body, the body between commas
ON_BEHALF = re.compile(
    rf"^(?P<who>{TITLED_NAME}),\s+on\s+behalf"
    r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][^,.;:]{1,100}?),\s+(?P<rest>[a-z].{0,600})$"
)


#: "asked:", "asked the following question:-", 'asked the Leader: "When ...': the
#: question is printed after a colon (on the line or below it), not reported in the sentence
ASKS_BELOW = re.compile(r"^asked\b(?:\s+the\b[^:\"“]{0,80})?\s*:")


def asks_below(rest: str) -> bool:
    """Whether a speaker for a body asked a question printed after a colon ("Mr A, on
    behalf of B, asked:" over the quoted question; `rest` is their sentence from "asked",
    perhaps wrapped): the question is what follows the colon, read by `asked_questions`
    as any asker's ("Mr A, on behalf of B," is an apposition there), not the reporting
    sentence, which says only "asked:"."""
    return ASKS_BELOW.match(rest.strip()) is not None


def spoke_on_behalf(body: list[Line], k: int, minute_number: str | None) -> QuestionFacts | None:
    """The question of someone who spoke on behalf of a body, when the sentence begun on
    line k ("Mr A, on behalf of B, spoke in support of C") goes on to ask something ("and
    asked whether ..."): the whole of their sentence, the body as their organisation.
    None when the line names no speaker for a body, or their sentence asks nothing."""
    text = plain(body[k].text).strip()
    if "behalf" not in text:
        return None
    spoke = ON_BEHALF.match(text)
    if spoke is None:
        return None
    sentence = reported_sentence(body, k, spoke["rest"])
    if asks_below(sentence):
        return None
    if re.search(r"\basked\b", sentence) is None:
        return None
    return QuestionFacts(
        number=None,
        text=sentence.strip(),
        asker_as_written=spoke["who"].strip(),
        organisation_name=spoke["org"].strip(),
        line=body[k].number,
        minute_number=minute_number,
    )


def asked_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each question reported as '<asker> asked whether ...' or '<asker> asked the
    following question:-' with the question below, or asked by someone speaking on behalf
    of a body ('Mr A, on behalf of B, spoke ... and asked ...'), with the asker's line."""
    found: list[QuestionFacts] = []
    for k, line in enumerate(body):
        text = plain(line.text).strip()
        on_behalf = spoke_on_behalf(body, k, minute_number)
        if on_behalf is not None:
            found.append(on_behalf)
            continue
        if REPORTING_VERB.search(text[:MAX_ASKED_PREFIX]) is None:
            wrapped = asker_wrapped(body, k, minute_number)
            if wrapped is not None:
                found.append(wrapped)
            continue
        asked = ASKED.match(text[:2000])
        if asked is None or not _reports_a_question(asked):
            continue
        rest = asked["rest"].strip()
        quoted = quoted_question(body, k, rest)
        if quoted is not None:  # 'asked the Leader: "When will ...?"': the words quoted
            question = quoted
        elif QUESTION_BELOW.match(rest):
            question = _question_text(body, k + 1)
        elif (below := _asked_below_wrapped(body, k, rest)) is not None:
            question = below
        else:  # "asked whether X. The Leader replied ...": the question is its sentence,
            # its reporting verb kept ("asked whether X": "whether X" alone is no sentence)
            question = reported_sentence(body, k, asked["asked"].strip())
        question = question.strip(" \"“”'")
        if question:
            found.append(
                QuestionFacts(
                    number=None,
                    text=question,
                    asker_as_written=asked["who"].strip(),
                    organisation_name=_organisation(asked),
                    line=line.number,
                    minute_number=minute_number,
                )
            )
    return found


#: "asked the following" / "question:-", "asked the Cabinet Member for" / "Housing:": what
#: follows "asked" broken over two lines, ending with the colon the question is printed after
WRAPPED_BELOW = re.compile(
    r"^the\s+(?:following\s+questions?|[^:\"“.?;]{1,80}?)\s*:-?$", re.IGNORECASE
)


def _reports_a_question(asked: re.Match[str]) -> bool:
    """Whether the sentence reports a question: "asked" always; "queried" or "enquired"
    only by a member of the public named with where they live ("Mr A, Mill Road, Fenby
    queried ..."), as public participation is minuted: a member's "queried" after an
    answer follows up the question put (no question of its own)."""
    if asked["asked"].startswith("asked"):
        return True
    return bool(asked["street"] or asked["of"])


def _asked_below_wrapped(body: list[Line], k: int, rest: str) -> str | None:
    """The question printed below an 'asked ...:' whose words wrap onto the next line
    ("Mrs A asked the following" / "question:-" / the question): the paragraph after that
    line; None unless the two lines end with the colon and the first has no stop."""
    if k + 1 >= len(body) or rest.endswith((".", "?", "!", ":")):
        return None
    following = plain(body[k + 1].text).strip()
    if not following or WRAPPED_BELOW.match(f"{rest} {following}"[:200]) is None:
        return None
    return _question_text(body, k + 2)


def asker_wrapped(body: list[Line], k: int, minute_number: str | None) -> QuestionFacts | None:
    """A reported question whose asker's sentence begins on line k, after another
    sentence ("One question had been received. Mrs A Reid of the Fenby") or at the line's
    start, and whose "asked" falls on the next line ("Society asked whether ..."): the two
    lines read as one; None unless "asked" is on the next line, early, and line k holds
    no "asked" of its own."""
    if k + 1 >= len(body):
        return None
    text = plain(body[k].text).strip()
    below = plain(body[k + 1].text).strip()
    if not text or " asked" in text or "asked" not in below[:MAX_WRAPPED_ASKED]:
        return None
    tail = SENTENCE_END.split(text[:MAX_ASKED_PREFIX])[-1]
    asked = ASKED.match(f"{tail} {below}"[:2000])
    if asked is None or asked.start("asked") <= len(tail):
        return None
    question = reported_sentence(body, k + 1, asked["asked"].strip()).strip(" \"“”'")
    if not question:
        return None
    return QuestionFacts(
        number=None,
        text=question,
        asker_as_written=asked["who"].strip(),
        organisation_name=_organisation(asked),
        line=body[k].number,
        minute_number=minute_number,
    )


#: How far into the next line a wrapped asker's "asked" may fall (the asker's name ends)
MAX_WRAPPED_ASKED = 80


def _organisation(asked: re.Match[str]) -> str | None:
    """The body a reported asker spoke for: in brackets after their name ("Mr A (Fenby
    Society) asked"), or named in the phrase between commas ("Mrs B, speaking for the
    Fenby Society, asked"); None for an address or a description."""
    if asked["org"]:
        return asked["org"].strip() or None
    if asked["of"] and ORGANISATION_NOUN.search(asked["of"].strip()):
        return asked["of"].strip()  # "Mr K Bell of Fenby Residents' Association asked"
    if asked["bare"]:  # "Mrs A, Fenby Residents' Association, asked"
        return asked["bare"].strip()
    apposition = (asked["apposition"] or "").strip()
    spoke_for = SPOKE_FOR.match(apposition) or _body_of(apposition)
    return spoke_for["org"].strip() if spoke_for else None


#: "of the Upper Fenby Flood Action Group", "from Fenby Cycle Forum": an apposition naming
#: where the speaker comes from; a body when its name ends like one (`ORGANISATION_NOUN`),
#: else a place ("of Mill Lane").
OF_BODY = re.compile(r"^(?:of|from)\s+(?:the\s+)?(?P<org>[A-Z][^,()]{1,100})$")


def _body_of(apposition: str) -> re.Match[str] | None:
    """ "Mrs A, of the Fenby Flood Action Group, asked ...": the body the asker comes from,
    when the apposition names one (its name ends in an organisation's noun)."""
    found = OF_BODY.match(apposition)
    return found if found and ORGANISATION_NOUN.search(found["org"].strip()) else None


#: "Councillor Laura Pike:" alone on a line, the points they raised listed below it
ASKER_LABEL = re.compile(
    rf"^(?P<who>{TITLED_NAME})"
    r"(?:\s*\((?P<org>[^()]{2,100})\))?\s*:$"
)
LIST_ITEM = re.compile(r"^[-•·*]\s+(?P<text>\S.*)$")


def listed_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """'Members questioned the Commissioner on: / Councillor X: / · point / · point': each
    listed point is a question by the member named above the list, with its own line."""
    found: list[QuestionFacts] = []
    asker: re.Match[str] | None = None
    for line in body:
        text = plain(line.text).strip()
        if not text:
            continue
        label = ASKER_LABEL.match(text) if len(text) <= MAX_HEADING else None
        if label is not None:
            asker = label
            continue
        item = LIST_ITEM.match(text)
        if item is None or asker is None:
            asker = None  # a paragraph ends the member's list
            continue
        found.append(
            QuestionFacts(
                number=None,
                text=item["text"].strip(),
                asker_as_written=asker["who"].strip(),
                organisation_name=(asker["org"] or "").strip() or None,
                line=line.number,
                minute_number=minute_number,
            )
        )
    return found


#: "The following question was received from Mrs Gillian Ostrander:", "A question had been
#: submitted by Mr Tom Reed (Fenby Cycle Forum):": the asker named in a sentence that
#: introduces the question below it.
INTRODUCED = re.compile(
    r"^(?:The\s+following|A)\s+question\s+(?:had\s+been|has\s+been|was)\s+"
    r"(?:received|submitted|asked|put|tabled|raised)\s+(?:from|by)\s+"
    r"(?P<who>[^:]{3,160}?)\s*[:.]?$",
    re.IGNORECASE,
)
#: "Mr Tom Reed (Fenby Cycle Forum) submitted the following question:", "Councillor A Bell
#: had given notice of the following question to the Leader": the asker first, a verb
#: other than "asked" (read by `asked_questions`), the question below.
SUBMITTED = re.compile(
    rf"^(?P<who>{ASKER_TITLE}\s+[A-Z][^:]{{1,160}}?),?\s+(?:had\s+)?(?:submitted|put|tabled|raised|given\s+notice\s+of)\s+the\s+"
    r"following\s+question\b[^:]{0,80}:?$"
)


def introduced_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each question below a sentence naming its asker ("The following question was
    received from Mrs X:"), with the question's own first line; the answer after it is
    not part of it."""
    found: list[QuestionFacts] = []
    for k, line in enumerate(body):
        text = plain(line.text).strip()
        lowered = text[:MAX_HEADING].lower()
        if len(text) > MAX_HEADING or not (
            "following question" in lowered or lowered.startswith("a question")
        ):
            continue  # cheap test first
        intro = INTRODUCED.match(text) or SUBMITTED.match(text)
        asked = asker_and_organisation(intro["who"]) if intro else None
        if asked is None:
            continue
        start = next((j for j in range(k + 1, len(body)) if body[j].text.strip()), None)
        question = _question_text(body, k + 1).strip(" \"“”'‘’") if start is not None else ""
        if start is None or not question:
            continue
        found.append(
            QuestionFacts(
                number=None,
                text=question,
                asker_as_written=asked[0],
                organisation_name=asked[1],
                line=body[start].number,
                minute_number=minute_number,
            )
        )
    return found


#: "One question had been received in writing from Mr B Fawcett of Penrigg Town Council,
#: who asked ...", "The Panel received one written question, from Mr C Haverstock, a
#: resident of Netherstow, who asked ...", "There was one question received, from County
#: Councillor Y Patel, who asked ...": the question's receipt, its asker after "from",
#: then "who asked" (the sentence may wrap over a few lines; they are read joined).
RECEIVED_FROM = re.compile(
    r"(?:\bquestions?\b[^.?!]{0,80}?\b(?:received|submitted|tabled|put)\b"
    r"|\b(?:received|submitted|tabled)\b[^.?!]{0,40}?\bquestions?\b)[^.?!]{0,40}?"
    rf"\bfrom\s+(?P<who>{TITLED_NAME}?)"
    r"(?:\s+of\s+(?P<of>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|the|&)){0,6}))?"
    r"(?:\s*\((?P<org>[^()]{2,100})\))?"
    r"(?:,\s+(?P<apposition>(?:a|an|the|speaking|representing|on\s+behalf)\b[^,()?;:]{1,120}))?"
    r",?\s+who\s+(?P<asked>asked\b.{2,})$"
)
#: A name ending like an organisation's (`ORGANISATION_NOUNS`).
ORGANISATION_NOUN = re.compile(rf"\b{ORGANISATION_NOUNS}$")
#: Lines of one paragraph read joined when looking for a received or noted question (a
#: sentence noting a question is short).
MAX_PARAGRAPH_LINES = 6


def paragraph_from(body: list[Line], k: int) -> tuple[str, list[tuple[int, int]]]:
    """The paragraph starting at line k, joined by spaces, with where each line starts."""
    text, starts = "", []
    for line in body[k : k + MAX_PARAGRAPH_LINES]:
        words = plain(line.text).strip()
        if not words:
            break
        starts.append((len(text), line.number))
        text = f"{text} {words}" if text else words
    return text, starts


def received_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each question whose receipt names its asker after "from" and its words after "who
    asked", on the line the asker's name is printed; an organisation is kept when it is
    in brackets or its name ends like one ("of Penrigg Town Council"), not a place."""
    found: list[QuestionFacts] = []
    for k in range(len(body)):
        if k and plain(body[k - 1].text).strip():
            continue  # a paragraph is read from its first line
        text, starts = paragraph_from(body, k)
        if "who asked" not in text or "question" not in text.lower():
            continue  # cheap test first
        received = RECEIVED_FROM.search(text[:2000])
        if received is None:
            continue
        asked = SENTENCE_END.split(received["asked"], maxsplit=1)[0]
        asked = ANSWER_AFTER_SEMICOLON.split(asked, maxsplit=1)[0]
        place = (received["of"] or "").strip()
        org = received["org"] or (place if ORGANISATION_NOUN.search(place) else None)
        number = next(n for start, n in reversed(starts) if start <= received.start("who"))
        found.append(
            QuestionFacts(
                number=None,
                text=asked.strip(),
                asker_as_written=received["who"].strip(),
                organisation_name=org.strip() if org else None,
                line=number,
                minute_number=minute_number,
            )
        )
    return found


#: "1) Mr Tom Reed (Fenby Cycle Forum):", "(b) Councillor Ann Lee:": a question's asker
#: labelled alone, numbered as the minute lists its questions, the question quoted below
LABELLED_ASKER = re.compile(
    rf"^{HEADING_MARKER}(?P<who>{TITLED_NAME})(?:\s*\((?P<org>[^()]{{2,100}})\))?\s*:$"
)
QUOTE_OPENS = "\"“‘'"


def labelled_questions(body: list[Line], minute_number: str | None) -> list[QuestionFacts]:
    """Each quoted question under a line that labels its asker alone ("1) Mr X (Org):"),
    with the label's line; a label over listed points (`listed_questions`) or over
    prose is not one."""
    found: list[QuestionFacts] = []
    for k, line in enumerate(body):
        text = plain(line.text).strip()
        label = LABELLED_ASKER.match(text) if text.endswith(":") else None
        if label is None or len(text) > MAX_HEADING:
            continue
        start = next((j for j in range(k + 1, len(body)) if body[j].text.strip()), None)
        if start is None or not plain(body[start].text).strip().startswith(tuple(QUOTE_OPENS)):
            continue
        question = _question_text(body, start).strip(QUOTE_OPENS + "”’ ")
        if question:
            found.append(
                QuestionFacts(
                    number=None,
                    text=question,
                    asker_as_written=label["who"].strip(),
                    organisation_name=(label["org"] or "").strip() or None,
                    line=line.number,
                    minute_number=minute_number,
                )
            )
    return found
