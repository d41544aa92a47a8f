"""What a minute decided: its resolution, as printed, with its line.

The genre records a body's decision in a few formulae, one function each below (None
when it does not apply):

- `formal`: the decision word opening a line, in capitals or followed by "that", "to"
  or a colon or dash: "RESOLVED that ...", "RESOLVED: ...", "Resolved – ...", "AGREED",
  "RECOMMENDED to Council that ...", "DECIDED", "It was RESOLVED that ...", the police
  authorities' and older councils' "ORDERED that ..."; or a label: "Decision: ...",
  "Resolution: ..."; its paragraph number may be glued to it ("(2)RESOLVED that ...");
- `passive_decision`: the decision told in the passive: "The minutes of the meeting held
  on 8 May were approved as a correct record" (in any case: the genre's confirmation of
  minutes, or "... were taken as read and signed"; the Scottish "The minute of meeting
  of ... was submitted and approved"),
  "The recommendations were AGREED" (the decision word in capitals); a motion with its
  mover, seconder and outcome ("Proposed by Cllr A, seconded by Cllr B and
  unanimously approved", the parish form; an outcome in small letters opening the
  decision with a colon, "... and it was resolved: That ...", starts it there); "it was
  resolved (or agreed) that" inside a sentence or after one; a line that is one short
  sentence approving a thing ("The
  letter was approved.", `short_passives`); an election told as a fact ("Ms A Reed was
  elected as Chair of the Parish Council", `elections_stated`); a nomination with its
  seconder, unopposed ("Cllr A was nominated by Cllr B, seconded by Cllr C",
  `nominations_seconded`); an instruction to the body's officer ("The Clerk was
  instructed to write to ...", `OFFICER_INSTRUCTED`);
- `body_agreed`: a sentence saying the body decided: "The Panel agreed to ...", "The
  Committee resolved that ...", "Members agreed ...", "The Board approved a grant ...",
  the body named in full ("The Integration Joint Board resolved:-" over its list)
  (taken only when no formal resolution is printed in the minute: a Commissioner or
  officer agreeing is not the body's decision, and is not matched);
  `body_agreed_in_sentence`: the same after a clause ("Following questions, the
  Committee agreed to note the report", "... was carried and the Committee agreed to
  ...").

- `formula_after_sentence`: the formula inside a line, after a sentence ("The Committee
  received a presentation. AGREED that ...", "... rear extension. RESOLVED that ...").

A confirmation of the minutes the line's end breaks ("The Minutes of the meeting held on
3 May were" / "confirmed as a correct record") is read across the break (`_broken_formula`),
as is a motion whose outcome the break pushed to the next line ("... seconded by Cllr B
and" / "agreed to recommend that ...", `_broken_motion`).

"The following accounts were approved for payment:" over a schedule whose last row is
followed straight away by "RESOLVED – that the accounts listed be paid" records one
decision twice: the formal resolution is it (`formula_under_list`). How far a
resolution runs across a page break, and over numbered clauses under a first clause
beside its formula, is `resolution_runs`.

A prose agreement to adjourn, defer or pause the business ("The Sub-Committee agreed to
adjourn", `procedural_agreement`) decides nothing: the next line is tried.

A minute's decision is its first line any of the first three rules takes (the genre
records "each minute's first decision"); `body_agreed` only when none does. Its text runs
from the formula on: "It was proposed by Cllr A, seconded by Cllr B and RESOLVED that
..." is the decision "RESOLVED that ...". A decision word with nothing after it
("RESOLVED:", "RESOLVED that:", "Decisions:") leads into what follows: the line after it
("That the report be noted."), or the list items under it, in order. A label alone
("DECISION") over a line that states a decision itself heads it: the decision is that line.
Printed as a heading without a colon ("DECISION" over "That the report be noted."), or
naming the decision's kind ("Delegated decision:"), the label is no part of the decision:
the decision is the text under it, from its first line.
A label before a formula on its line ("Decision: It was RESOLVED that ...") names the
field: the decision starts at the formula.
Printed in a left column with the decision hanging in the right one ("Decision      To
extend the contract", no colon), the label is no part of it either (`LABEL_COLUMN`).
A formula addressed to another body ("RECOMMENDED to Council") leads into its clause on
the next line ("That the scheme be adopted").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Line
from .bare_clauses import bare_clause
from .confirmed_inside import confirmed_inside
from .elections_stated import election_stated
from .formula_run_on import formula_run_on
from .lost_label_clauses import lost_label_clauses
from .minute_paragraphs import PARAGRAPH_LEAD, bullet, lettered, numbered
from .nominations_seconded import nomination_unopposed
from .procedural_agreements import procedural_agreement
from .proposed_motions import motion_unopposed, proposed_motion
from .resolution_runs import (
    across_page_break,
    hanging_column,
    hangs_under,
    heading_over_clause,
    opens_numbered_clauses,
)
from .resolution_votes import clause_after_vote, motion_over_vote
from .short_passives import short_passive
from .subject_decided import subject_decided
from .text import plain

#: A paragraph number or bullet before the decision ("3. The Panel agreed ...").
#: "1.4 RESOLVED: ..." numbers the paragraph by its minute.
MARKER = PARAGRAPH_LEAD
#: A paragraph number glued to the capitalised word after it, the space lost in
#: conversion: "(2)RESOLVED unanimously that ...", "(b)Agreed: ...", "3.RESOLVED that".
GLUED_MARKER = re.compile(r"^(?:\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|\d{1,2}[.)])(?=[A-Z])")
#: A decision's label, with the kind of decision it may name before it: "Decision:",
#: "Resolutions:", "Delegated decision:" (a committee deciding under its delegated powers,
#: not recommending), "Key decision:".
LABEL = r"(?:(?:Delegated|Key)\s+)?(?:Decisions?|Resolutions?)"
#: The decision words: "ORDERED" is the police authorities' (and older councils') word
#: for what others print "RESOLVED".
WORDS = "RESOLVED|AGREED|RECOMMENDED|DECIDED|ORDERED"
FORMAL_CAPITALS = re.compile(r"^(?:It\s+was\s+)?(?:UNANIMOUSLY\s+)?(?:" + WORDS + r")\b")
#: How the vote or the kind of decision is noted in brackets after the decision word:
#: "Resolved (unanimously) that", "RESOLVED (by 6 votes to 3):", "Resolved (Key
#: Decision) –", "Resolved (with 7 votes for, 3 against and 1 abstention) that"; or
#: without brackets: "Resolved by 5 votes to 2 that", "RESOLVED by a majority that",
#: "RESOLVED by majority vote, with 1 abstention, that".
NOTE = (
    r"(?:\s*\([^()]{1,60}\)|\s+by\s+(?:a\s+)?(?:majority(?:\s+vote)?|\d{1,3}\s+votes?"
    r"\s+(?:to|for(?:\s+and)?)\s+\d{1,3}(?:\s+against)?)(?:,?\s+with\s+\d{1,3}\s+"
    r"abstentions?)?,?)?"
)
#: The resolution's own number after its word, as some councils print it: "Resolved
#: 2010/031 – That ...", "RESOLVED 12/34: ..." (a year or session, a slash, a count).
NUMBER = r"(?:\s+\d{2,4}/\d{1,4})?"
#: A decision in the negative links with "not to": "RESOLVED not to renew the lease", "it
#: was agreed not to support the application" (the body deciding against, the genre's
#: own wording in every kind of body).
NOT_TO = r"(?:not\s+)?to"
#: In any case only with a linking word or mark: "Agreed:", "Resolved that", "It was
#: agreed that" ("Agreed by all" is prose); or alone on its line as the minute's whole
#: decision ("Agreed."), or opening "Unanimously agreed and signed by the Chair".
FORMAL_LINKED = re.compile(
    r"^(?:It\s+was\s+)?(?:unanimously\s+)?(?:"
    + WORDS
    + r")"
    + NOTE
    + NUMBER
    + r"\s*(?:[:–—-]|(?:that|"
    + NOT_TO
    + r"|unanimously)\b)"
    r"|^" + LABEL + r"(?:\s+(?:made|taken))?\s*:"  # a label: "Decision: That ..."
    # or a spaced dash before the decision's own opening: "Decision – That ...", "– (a) That"
    r"|^" + LABEL + r"\s[–—-]\s+(?=that\b|to\s|\((?:a|i|1)\)\s)"
    # the word alone as the whole decision: "Agreed."; "Unanimously agreed and ..." (with a
    # capital: a line opening in lower case carries on the sentence before it)
    r"|^(?-i:Agreed|Approved|Carried)\.?$"
    # the word and its condition: "Agreed, subject to one change at paragraph 14 ..." (a
    # Scottish board approving its last minutes)
    r"|^(?-i:Agreed|Approved),?\s+subject\s+to\b"
    r"|^(?-i:Unanimously)\s+(?:agreed|resolved|approved|carried)\b",
    re.IGNORECASE,
)
#: "The Board approved a grant of £18,000 ...": approving is the body deciding too (a
#: Scottish board's form, without any formula word; "endorsed" is not: "Panel endorsed
#: the council's nomination" notes another's choice).
#: Capitalised words naming which body, before its noun: "The Integration Joint Board
#: resolved", "the Health and Wellbeing Board agreed" (at most four; "The Chair of the
#: Board agreed" is no body: "of" is no part of a name).
BODY_QUALIFIERS = r"(?:(?-i:[A-Z][A-Za-z'-]{1,20}|and|&)\s+){0,4}"
#: A meeting deciding as a body, named by its kind and whom it joins: "The Annual Parish
#: Meeting agreed", "The Joint Meeting of Committees agreed" (a name's "of" only after
#: "Meeting", and capitalised words after it: "The Chair of the Board" stays no body).
MEETING_BODY = (
    r"Meeting(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][A-Za-z'-]{1,20})"
    r"(?:\s+(?-i:[A-Z][A-Za-z'-]{1,20}|and|&)){0,3})?"
)
BODY_AGREED = re.compile(
    r"^(?:The\s+)?(?:"
    + BODY_QUALIFIERS
    + r"(?:Panel|Committee|Sub-Committee|Board|Authority|Council|Cabinet"
    r"|Forum|Group|Commission|" + MEETING_BODY + r")|Members|Councillors|Cllrs)"
    r"\s+(?:unanimously\s+|then\s+)?"
    # "The Council voted in favour of ordering a new bench": a vote carried is a decision
    # "The Council ratified the minutes of its committees", "... adopted the policy",
    # "... accepted the apologies"
    r"(?:agreed|resolved|decided|approved|ratified|adopted|accepted"
    r"|voted\s+(?:unanimously\s+)?(?:in\s+favour\s+of|to)(?=\s+[a-z]))\b",
    re.IGNORECASE,
)
#: "The Committee:-" alone over its lettered list ("(a) noted the report; (b) agreed
#: ..."): the body's decisions, each item opening with its verb (the Scottish form).
BODY_OVER_LIST = re.compile(
    r"^The\s+"
    + BODY_QUALIFIERS
    + r"(?:Panel|Committee|Sub-Committee|Board|Authority|Council|Cabinet|Forum|Group"
    r"|Commission)\s*:\s*[-–—]?$",
    re.IGNORECASE,
)
#: "The Committee APPROVED the scheme", "Members AGREED the response": the body's verb in
#: capitals, the decision formula of some councils, also in the present tense ("The
#: Committee RECOMMENDS that", over what it recommends to the Council); in lower case it
#: is prose ("NOTED" is no formula: a body noting a report decides nothing).
BODY_CAPITALS = re.compile(
    r"^(?:The\s+)?(?:"
    + BODY_QUALIFIERS
    + r"(?:Panel|Committee|Sub-Committee|Board|Authority|Council|Cabinet|Forum|Group"
    r"|Commission)|Members|Councillors|Cllrs)\s+(?:unanimously\s+|then\s+)?"
    r"(?-i:APPROVED|AGREED|ENDORSED|ADOPTED|DECIDED|RESOLVED|RECOMMENDED"
    r"|RECOMMENDS|RESOLVES|AGREES|DECIDES)\b",
    re.IGNORECASE,
)
#: "... were AGREED", "... was APPROVED": a decision in the passive, its word in capitals,
#: perhaps after what was found first ("... were found correct and APPROVED", "... was
#: seconded and AGREED": a few words in lower case and "and").
PASSIVE_CAPITALS = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:(?:[a-z]{2,15}\s+){1,3}and\s+)?"
    r"(?:AGREED|APPROVED|CONFIRMED|ADOPTED|RESOLVED|ENDORSED)\b"
)
#: What the passive may print between "was" and its verb: "were duly approved", "were then
#: approved and signed", "was, unanimously, agreed" (a clerk's commas round the adverb)
AFTER_WAS = r",?\s+(?:(?:duly|unanimously|then|formally|subsequently)\b,?\s+){0,2}"
#: Words a confirmation may print before "minutes": "The exempt minutes", "The decisions
#: and minutes of the last meeting", "The draft minutes", "The above minutes" (a parish
#: clerk's), "The previous minutes".
MINUTES_WORDS = (
    r"(?:(?:decisions|exempt|confidential|restricted|draft|open|public|private|signed"
    r"|above|previous|last|said)"
    r"\s+(?:and\s+)?){0,3}"
)
#: "... was submitted and approved": the record laid before the meeting, then approved;
#: or read first: "... were reviewed and agreed", "... were found correct and approved",
#: "... were read, approved and signed" (a comma where the list goes on).
SUBMITTED = (
    r"(?:(?:submitted|presented|considered|tabled|reviewed|read|checked|discussed|examined"
    r"|found\s+(?:correct|accurate))(?:\s+and|,)\s+)?"
)
#: "The minutes of the meeting held on 8 May 2019 were approved as a correct record", "The
#: minutes were adopted on the proposal of Cllr A, seconded by Cllr B", "The
#: minutes were recorded as an accurate record" (a board's notes); not "were received": a
#: body receiving its committees' minutes notes them, decides nothing.
MINUTES_CONFIRMED = re.compile(
    # "Minutes of the Parish Meeting of 7 September were ... signed": no "The", no label's
    # colon before the verb ("Minutes of the last meeting:- THE MINUTES ... were ...")
    r"^(?:The\s+|(?=(?-i:M)inutes\b[^.;:]{0,200}?\s(?:was|were)\b))"
    + MINUTES_WORDS
    # a stop inside the reference: "7.30", "(Minute Nos. 418 - 421)"
    + r"\bminutes\b(?:[^.;]|\.(?=\s?\d)){0,200}?\s(?:was|were)"
    + AFTER_WAS
    + SUBMITTED
    + r"(?:agreed|approved|confirmed|accepted|adopted|signed|ratified"
    + r"|(?:recorded|noted)\s+as\s+(?:an?\s+)?(?:accurate|correct|true|fair)\s+record"
    # "were received as a correct record", "were found to be correct"
    + r"|received\s+as\s+(?:an?\s+)?(?:accurate|correct|true|fair)\s+record"
    + r"|found\s+to\s+be\s+(?:an?\s+)?(?:accurate|correct|true|fair)(?:\s+record)?)\b",
    re.IGNORECASE,
)
#: "The Minutes of the meeting held on 11 June, having been circulated, were taken as read
#: and signed" ("held as read" in Scotland): the genre's older form of the same
#: confirmation; the line may break right after "taken as" (PDF text wraps anywhere), so
#: a line ending there is taken too.
MINUTES_TAKEN_AS_READ = re.compile(
    r"^The\s+"
    + MINUTES_WORDS
    + r"\bminutes\b(?:[^.;]|\.(?=\s?\d)){0,200}?\s(?:was|were)\s+(?:taken|held)\s+as"
    + r"(?:\s+read\b|\s*$)",
    re.IGNORECASE,
)
#: The Scottish form, "Minute" in the singular for a meeting's record: "The minute of
#: meeting of the Board of 28 September 2022 was submitted and approved" ("of" after it:
#: "The minute's silence" is no record), or under a heading that names the meeting: "The
#: minute was approved as an accurate record" ("was" straight after it).
SINGULAR_MINUTE_CONFIRMED = re.compile(
    r"^The\s+"
    + MINUTES_WORDS
    + r"minute\s+(?:of\b[^.;]{0,200}?\s)?was"
    + AFTER_WAS
    + SUBMITTED
    # "... was held as read": the Scottish boards' older form
    + r"(?:agreed|approved|confirmed|accepted|signed|(?:taken|held)\s+as\s+read)\b",
    re.IGNORECASE,
)
#: "The Committee confirmed the minutes of the meeting held on 17 April as a true record",
#: "The Local Area Committee approved the minute of its meeting held on 3 June",
#: "The Committee approved the minute as a correct record" (the Scottish singular),
#: "The meeting agreed the minutes represented a true record": the body confirms the
#: minutes in the active voice (the genre's other way of telling this decision), maybe
#: after a clause of its own ("Members reviewed and, subject to one amendment, approved
#: the Minute from the meeting held on ...", the Scottish boards' form; a clause with
#: "that" or "had" is another's act: "Members noted that the Chair had approved ...").
BODY_CONFIRMED_MINUTES = re.compile(
    r"^(?:The\s+)?(?:(?-i:(?:[A-Z][\w&'’-]*\s+){1,4}(?:Panel|Committee|Sub-Committee|Board"
    r"|Authority|Council|Forum|Group|Commission))|"  # "The Local Area Committee approved ..."
    r"(?:Panel|Committee|Sub-Committee|Board|Authority|Council|Cabinet|Members"
    r"|Forum|Group|Commission|Meeting))(?:[\s,](?:(?!\b(?:that|had|has|who)\b)[^.;]){0,80}?)?\s+(?:formally\s+|unanimously\s+"
    r"|duly\s+)?(?:approved|confirmed|agreed|accepted|adopted|signed)\s+the\s+"
    + MINUTES_WORDS
    + r"(?:minutes\b|minute\s+(?:of|as|from)\b)",
    re.IGNORECASE,
)
#: "The Chairman signed the minutes of the 9 March meeting as a correct record": the chair
#: signing them as correct is the body confirming its minutes (a standards committee's or
#: an older council's way of telling it); signing "the register" or a letter is not.
CHAIR_SIGNED_MINUTES = re.compile(
    r"^The\s+(?:(?:Vice|Deputy)[\s-]?)?(?:Chair(?:man|woman|person)?|Mayor|Convener|Provost)"
    r"\s+(?:then\s+|duly\s+)?signed\s+the\s+minutes?\b[^.;]{0,160}?\bas\s+(?:a\s+)?"
    r"(?:correct|true|accurate)\s+records?\b",
    re.IGNORECASE,
)
#: The decision word in capitals inside a sentence, with its linking word: "Members
#: considered and RESOLVED to adopt the report", "the Council RESOLVED to elect Cllr A",
#: "Members AGREED that ...". Only in capitals: "resolved to" in lower case is prose.
CAPITALS_IN_SENTENCE = re.compile(
    r"(?<!\bwas )(?<!\bwere )"  # "it was RESOLVED to": the passive, from "it was" on
    r"\b(?P<formula>(?:UNANIMOUSLY\s+)?(?:" + WORDS + r")\s+(?:that|" + NOT_TO + r")\b)"
)
#: "The following payments were approved:", "The following accounts were agreed for
#: payment", "The following minutes were read and confirmed": the parish form of
#: approving what is listed under it.
FOLLOWING_APPROVED = re.compile(
    r"^The\s+following\b[^.;:]{0,120}?\s(?:was|were)\s+(?:duly\s+|unanimously\s+)?"
    r"(?:read\s+and\s+)?(?:agreed|approved|adopted|endorsed|accepted|confirmed)\b",
    re.IGNORECASE,
)
#: A motion recorded with its mover and seconder, and its outcome: "Proposed by Cllr A,
#: seconded by Cllr B and unanimously approved", "moved by ..., seconded by ... and
#: RESOLVED that ...", "Proposed Cllr A, seconded Cllr B, all agreed" (the outcome after a
#: comma, the parish shorthand); "It was proposed by Cllr A and resolved to ...", "These
#: were proposed by Cllr A and resolved." (no seconder printed); "Cllr A proposed, Cllr B
#: seconded and Members agreed the minutes ..." (who decided named before the outcome).
MOTION_CARRIED = re.compile(
    r"(?:\b(?:proposed|moved)\b[^.;]{0,200}?\bseconded\b"
    r"|\b(?:it|this|these|they)\s+(?:was|were)\s+(?:proposed|moved)\b)"
    r"[^.;]{0,200}?(?:\band|,)\s+(?:(?:the\s+)?(?:members|[a-z-]*committee|panel|board|"
    r"council|cabinet|authority)\s+)?"
    # "... and on majority vote RESOLVED that": the vote's manner before the outcome
    r"(?:on\s+(?:a\s+)?majority\s+vote\s+|by\s+(?:a\s+)?majority\s+(?:vote\s+)?)?"
    r"(?P<formula>(?:it\s+was\s+)?(?:all\s+|unanimously\s+|duly\s+)?"
    r"(?P<outcome>resolved|agreed|approved|carried|adopted)\b)",
    re.IGNORECASE,
)
#: What the outcome of a motion broken over two lines decides: "agreed to recommend ...",
#: "resolved that ...".
LINKED_OUTCOME = re.compile(r"\s+(?:that|to)\b", re.IGNORECASE)
#: A colon or dash after a motion's outcome in small letters: "... seconded, and it was
#: resolved: That ...", the outcome a formula opening the decision as "RESOLVED:" does
#: (the decision from "it was resolved" on); "... and agreed that ...", "... and
#: unanimously approved." are decided in the whole sentence, as printed
CLAUSE_AFTER_OUTCOME = re.compile(r"[ \t]{0,3}[:–—-]")
#: "... and as there were no other nominations it was resolved that ...", "... Bryn
#: Lane. It was agreed that the Clerk write ...", "a) Payments for May. It was RESOLVED
#: to approve the payments": the formula inside a sentence or after one, with "that" or
#: "to" (the decision starts at "It was").
#: Between the word and "to" a parish may name who agreed ("by Members", "by all
#: present"), when ("at this point"), or who is to act ("it was resolved for the Clerk to
#: write ...", "agreed by Members for Cllr A to sign").
#: "... had been mended. It was decided that the signs stay": "decided" opening a
#: sentence of its own; inside one ("Therefore, it was decided that the Board would be
#: ...") it reports another's decision more often than it records the body's
DECIDED_INSIDE = re.compile(
    r"(?:^|[.;]\s{1,3})(?P<formula>It\s+was\s+decided\s+(?:that|not\s+to|to)\b)"
)
RESOLVED_INSIDE = re.compile(
    # "it was unanimously voted upon that the vacancy be filled": the vote is the decision
    r"\bit\s+was" + AFTER_WAS + r"(?:resolved|agreed|voted(?:\s+upon)?(?=\s+(?:that|to)\b))"
    # "it was agreed unanimously that ...": the adverb after the verb
    r"(?:\s+unanimously)?"
    r"(?:\s+by\s+(?:all\s+)?(?:members|councillors|present|those\s+present|the\s+meeting))?"
    r"(?:\s+at\s+this\s+(?:point|stage)"
    r"|\s+for\s+(?:the\s+)?(?:clerk|chair(?:man)?|members?|council(?:lors?)?|cllrs?\.?)"
    r"(?:\s+[A-Z][\w'’.-]{0,30}){0,3}(?=\s+to\b))?"
    # "it was unanimously agreed they be signed": "that" left out before the clause; so
    # before "the Clerk would write", "in future a second bin would be provided"
    r"(?:\s+(?:that|" + NOT_TO + r")\b|(?=\s+(?:they|it|these|this)\s+(?:be|should|shall)\b)"
    r"|(?=(?:\s+in\s+future)?\s+(?:an?|the)\s+(?:[\w'’-]+\s+){1,5}?(?:would|will|should|shall)"
    r"\s))",
    re.IGNORECASE,
)
#: The body deciding inside a sentence, after a clause and its comma or after "and":
#: "Following questions, the Committee agreed to note the report", "The motion was
#: carried and the Committee agreed to approve ..." (lower case: the body's name says it).
BODY_AGREED_INSIDE = re.compile(
    r"(?:,|\band)\s+(?P<formula>the\s+"
    + BODY_QUALIFIERS
    + r"(?:Panel|Committee|Sub-Committee|Board|Authority"
    r"|Council|Cabinet|Forum|Group|Commission)\s+(?:unanimously\s+|then\s+)?"
    r"(?:agreed|resolved|decided)\s*(?:that|to|:)\s*\S)"
    # a sentence of its own after another on the line: "... was presented by DC. The
    # Council voted in favour of ordering a new bench ..."
    r"|(?<=[a-z0-9)]\.)\s+(?P<vote>The\s+(?:Panel|Committee|Board|Authority|Council)\s+"
    r"voted\s+(?:unanimously\s+)?(?:in\s+favour\s+of|to)\s+[a-z])",
    re.IGNORECASE,
)
#: A decision label alone on its line ("DECISION", "Decision:"), over the decision
LABEL_ALONE = re.compile(r"^" + LABEL + r"(?:\s+(?:made|taken))?\s*(?::-?|:[–—])?$", re.IGNORECASE)
#: The label in a left column, the decision hanging in the right one: "Decision      That
#: the report be noted.", "Resolution<TAB>(1) That ..." (a wide gap, then the clause's
#: "That" or "To", or its first number: a table's header row "Decision   Date" is none).
LABEL_COLUMN = re.compile(
    r"^(?:Decisions?|Resolutions?)(?:[ ]{3,40}|\t{1,4})"
    r"(?=(?:That|To)\b|\(\s*(?:1|a|i)\s*\)\s|(?:1|a|i)[.)]\s)",
    re.IGNORECASE,
)
#: A label and its colon opening a line, before what it labels ("Decision: ...").
LABEL_COLON = re.compile(r"^" + LABEL + r"(?:\s+(?:made|taken))?\s*:\s*", re.IGNORECASE)
#: The same label printed as a heading, without a colon ("DECISION", "Decision"): a
#: block heading of its own over the decision, which is the text under it.
HEADING_LABEL = re.compile(r"^(?:Decisions?|Resolutions?)(?:\s+(?:made|taken))?$", re.IGNORECASE)
#: The label naming the kind of decision alone on its line, its colon or none ("Delegated
#: decision:" over "That the accounts be approved."): like a heading, no part of the
#: decision, which is the text under it, from its first clause.
QUALIFIED_LABEL = re.compile(r"^(?:Delegated|Key)\s+(?:Decisions?|Resolutions?)\s*:?$", re.I)
#: A decision's own clause opening the line under its formula: "RECOMMENDED to Council" /
#: "That the scheme be adopted".
CLAUSE = re.compile(r"^(?:\(?\d{1,2}[.)]\s+)?That\b")
#: The formula after a sentence on the same line: "... a presentation. AGREED that ...",
#: "... extension. RESOLVED that ...", "... was discussed. Resolved: ...". In capitals it
#: needs nothing after it; in any other case a linking word or mark. A paragraph's number
#: may stand between, in a paper whose lines ran together ("... libraries. 4.2 RESOLVED:").
AFTER_SENTENCE = re.compile(
    r"[.;:?!)]\s+(?:\d{1,2}\.\d{1,2}\.?\s+)?(?P<formula>(?:UNANIMOUSLY\s+)?(?:" + WORDS + r")\b"
    r"|(?:Unanimously\s+)?(?:Resolved|Agreed|Ordered)\s*(?:[:–—-]|(?:that|" + NOT_TO + r")\b))"
)
#: A decision word, or a decision label, and at most a linking word: the decision follows
#: on the next line ("RESOLVED:-", "Decision:-": the colon and dash of Scottish minutes;
#: "Resolved: That;", "RESOLVED – That", "Resolved that," over a list of clauses).
LEAD_IN = re.compile(
    r"^(?:(?:It\s+was\s+)?(?:unanimously\s+)?(?:" + WORDS + r")"
    r"(?:\s+unanimously)?" + NOTE + NUMBER + r"(?:\s*[:–—-])?(?:\s+(?:that|to))?"
    r"\s*(?::[-–—]|[:;,–—-])?"
    r"|" + LABEL + r"(?:\s+(?:made|taken))?\s*(?::[-–—]|:)?)$",  # a label
    re.IGNORECASE,
)
#: A decision's line ending on its colon, or the Scottish colon and dash: what it decided
#: is under it ("The Committee resolved:-" / "to note the report.").
COLON_LEAD = re.compile(r":\s*[-–—]?\s*$")
#: How far under a decision label its text may start: a web page saved as text puts a
#: blank line, a line holding one space and another blank between "Decision" and "1.
#: Noted the report." (the lines between hold no text).
LABEL_REACH = 5
#: No list under a resolution is longer than this (bounds the look ahead).
MAX_LIST_ITEMS = 30
#: No decision's sentence wraps over more lines than this (bounds the look ahead).
MAX_WRAPPED_LINES = 8
#: What ends a sentence, or a line that leads into a list.
STOPS = (".", "!", "?", ";", ":")
#: Words no sentence ends with: a line ending with one carries on the next line.
JOINING_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "and", "or", "be", "that", "on", "in", "for", "by",
     "with", "as", "at", "from", "its", "their", "his", "her", "is", "are", "was", "were",
     "this", "these", "into", "under", "between", "within"}
)  # fmt: skip
#: A list item lettered in capitals: "A: Welcomes ...", "B. Agrees ...", "(C) Notes ...".
CAPITAL_ITEM = re.compile(r"^(?:\([A-H]\)|[A-H][.:)])\s+\S")


@dataclass(frozen=True)
class Resolution:
    text: str
    line: int


@lru_cache(maxsize=256)
def _lead(text: str) -> str:
    """The plain text without its paragraph number or bullet (asked by both rules), even
    one glued to the word after it ("(2)RESOLVED that ...")."""
    lead = MARKER.sub("", plain(text), count=1)
    return GLUED_MARKER.sub("", lead, count=1)


def formal(text: str) -> bool:
    """ "RESOLVED that ...", "Resolved – ...", "AGREED", "It was resolved that ..."."""
    lead = _lead(text)
    return bool(
        FORMAL_CAPITALS.match(lead)
        or FORMAL_LINKED.match(lead)
        or LEAD_IN.match(lead)
        or _column_label(text)
    )


def _moved(lowered: str) -> bool:
    """The cheap test before `MOTION_CARRIED`: a seconder, or a motion's subject."""
    return (
        "seconded" in lowered
        or "it was" in lowered
        or " proposed" in lowered
        or " moved" in lowered
    )


def _column_label(text: str) -> bool:
    """ "Decision      That the report be noted.": the label in a left column, read on the
    line as printed (the plain text closes the gap up)."""
    return LABEL_COLUMN.match(MARKER.sub("", text.strip(), count=1)) is not None


#: "The Clerk was instructed to order ...", "The Secretary was authorised to sign":
#: the body's instruction to its officer told in the passive, a community council's
#: way of minuting what it decided
OFFICER_INSTRUCTED = re.compile(
    r"^(?:The\s+)?(?:Clerk|Secretary|Treasurer|Proper\s+Officer)\s+(?:was|were)\s+"
    r"(?:instructed|authori[sz]ed|directed|empowered)\s+to\s+\S",
    re.IGNORECASE,
)


def passive_decision(text: str) -> bool:
    """ "The minutes ... were approved as a correct record", "The budget was AGREED",
    "Proposed by Cllr A, seconded by Cllr B and unanimously approved", "... and it was
    resolved that ..."."""
    lead = _lead(text)[:400]
    if minutes_confirmed(lead) or confirmed_inside(lead, minutes_confirmed) is not None:
        return True
    if MINUTES_TAKEN_AS_READ.match(lead.rstrip()):
        return True
    if PASSIVE_CAPITALS.search(lead):
        return True
    if FOLLOWING_APPROVED.match(lead) or short_passive(lead) is not None:
        return True
    if election_stated(lead) is not None or subject_decided(lead) is not None:
        return True
    if BODY_CONFIRMED_MINUTES.match(lead) or CHAIR_SIGNED_MINUTES.match(lead):
        return True
    if OFFICER_INSTRUCTED.match(lead):  # "The Clerk was instructed to order ..."
        return True
    lowered = lead.lower()  # cheap tests first: each pattern spells out its words
    if _moved(lowered) and MOTION_CARRIED.search(lead):
        return True
    if "it was" not in lowered:
        return False
    return RESOLVED_INSIDE.search(lead) is not None or DECIDED_INSIDE.search(lead) is not None


#: Most rows a list of payments under "The following ... were approved:" runs to
LIST_ROWS = 60


def formula_under_list(body: list[Line], k: int) -> int | None:
    """Where "The following payments were approved:" at `k` is followed by its rows and,
    straight after them, a formal resolution approving them ("RESOLVED - that the
    payments listed be approved ..."): that formula is the minute's decision, the lead
    only announced the list. None when the line at `k` is no such lead, when no row
    follows, or when the line after the rows is no formula or opens a new lettered or
    numbered paragraph ("b) It was RESOLVED to accept the auditor's report" decides
    something else)."""
    if FOLLOWING_APPROVED.match(_lead(body[k].text)[:400]) is None:
        return None
    j, rows = k + 1, 0
    while (
        j < len(body) and rows <= LIST_ROWS and (not body[j].text.strip() or _is_row(body[j].text))
    ):
        rows += 1 if body[j].text.strip() else 0
        j += 1
    if not rows or j >= len(body):
        return None
    text = body[j].text.strip()
    if lettered(text) or numbered(text) or not formal(text):
        return None
    return j


def formula_after_sentence(text: str) -> bool:
    """ "The Committee received a presentation. AGREED that ...": the formula inside a
    line, after a sentence."""
    return AFTER_SENTENCE.search(_lead(text)[:400]) is not None


def capitals_in_sentence(text: str) -> bool:
    """ "Members considered and RESOLVED to adopt the report": the formula in capitals
    inside a sentence, with "that" or "to" after it."""
    lead = _lead(text)[:400]
    return CAPITALS_IN_SENTENCE.search(lead) is not None or formula_run_on(lead) is not None


def decision_start(text: str) -> int:
    """Where in the line's plain text (without its paragraph number) the decision's words
    begin: at the formula when it stands inside a sentence or after one ("... seconded by
    Cllr B and RESOLVED that ...", "... a presentation. AGREED that ...", "... it was
    resolved that ..."), else at the line's start."""
    lead = _lead(text)
    labelled = _label_before_formula(lead)
    if labelled is not None:
        return labelled
    field = FIELD_BEFORE_BODY.match(lead)
    if field is not None and BODY_AGREED.match(lead[field.end() :]):
        return field.end()  # "Action: The Council RESOLVED to ...": the field's label
    if _column_label(text):  # "Decision      That ...": the label is no part of it
        rest = lead.split(None, 1)
        return len(lead) - len(rest[1]) if len(rest) == 2 else 0
    if formal(text):
        return 0
    head = lead[:400]
    run_on = formula_run_on(head)
    if run_on is not None:
        return run_on  # "... SECONDED by Cllr B RESOLVED – That ...": from the formula
    elected = election_stated(head)
    if elected is not None:
        return elected  # "Ms A was elected as Chair (proposed ...) and it was AGREED ..."
    subject = subject_decided(head)
    if subject is not None:
        return subject  # "7/21 ii Draft accounts as circulated: APPROVED"
    lowered = head.lower()
    motion = MOTION_CARRIED.search(head) if _moved(lowered) else None
    if motion is not None:
        if motion["outcome"].isupper():
            return motion.start("outcome")
        clause = CLAUSE_AFTER_OUTCOME.match(head, motion.end())
        return motion.start("formula") if clause is not None else 0
    proposed = proposed_motion(head)
    if proposed is not None:
        return proposed  # "... 2021: It was proposed by Cllr A that ...": from "It was"
    inside = RESOLVED_INSIDE.search(head)
    if inside is not None:
        return inside.start()
    decided = DECIDED_INSIDE.search(head)
    if decided is not None:
        return decided.start("formula")  # "... mended. It was decided that ...": from "It"
    after = AFTER_SENTENCE.search(head)
    if after is not None:
        return after.start("formula")
    if BODY_AGREED.match(head):
        return 0  # "The Sub-Committee RESOLVED that ...": the body's sentence, whole
    if not minutes_confirmed(head):
        confirmed = confirmed_inside(head, minutes_confirmed)
        if confirmed is not None:
            return confirmed  # "... as a true record. The minutes were approved ..."
    capitals = CAPITALS_IN_SENTENCE.search(head)
    return capitals.start("formula") if capitals is not None else 0


#: A template's field label of one or two words before the body's decision on its line
#: ("Action: The Council RESOLVED to ...", "Outcome: The Panel agreed ...")
FIELD_BEFORE_BODY = re.compile(r"^[A-Z][a-z]{2,15}(?:\s[A-Za-z]{2,15})?:\s{1,4}(?=The\s)")


def _label_before_formula(lead: str) -> int | None:
    """Where the formula begins after a template's label on the same line ("Decision: It
    was RESOLVED that ...", "Resolution: AGREED that ..."): the label only names the
    field, the formula opens the decision. None when no label leads the line, or no
    formula follows it ("Decision: That ...": there the label is the formula)."""
    label = LABEL_COLON.match(lead)
    if label is None:
        return None
    rest = lead[label.end() :]
    if FORMAL_CAPITALS.match(rest) or FORMAL_LINKED.match(rest):
        return label.end()
    return None


def body_agreed(text: str) -> bool:
    """ "The Panel agreed to ...", "The Committee RESOLVED that ...", "The Committee:-"
    alone over the list of what it decided, "The Committee APPROVED the scheme"."""
    lead = _lead(text)
    return bool(
        BODY_AGREED.match(lead) or BODY_OVER_LIST.match(lead.strip()) or BODY_CAPITALS.match(lead)
    )


def body_agreed_in_sentence(text: str) -> bool:
    """ "Following questions from members, the Committee agreed to note the report": the
    body deciding after a clause of the same sentence."""
    return _body_inside(text) is not None


def _body_inside(text: str) -> re.Match[str] | None:
    head = _lead(text)[:400]
    if not any(f" {verb}" in head for verb in ("agreed", "resolved", "decided", "voted")):
        return None  # cheap test first
    return BODY_AGREED_INSIDE.search(head)


def _start(text: str, rules: tuple[Callable[[str], bool], ...]) -> int:
    """Where the decision begins in the line: at its formula (`decision_start`), or, for
    the body deciding inside a sentence, at the body's name."""
    if rules is BODY_RULES and not body_agreed(text):
        inside = _body_inside(text)
        if inside is not None:
            return inside.start("formula") if inside["formula"] else inside.start("vote")
    return decision_start(text)


def _label_over_decision(body: list[Line], k: int) -> bool:
    """ "DECISION" alone over "The Sub-Committee RESOLVED that ...": a label heading the
    decision the next line with text states; the decision is that line, not the label."""
    if not LABEL_ALONE.match(_lead(body[k].text).strip()):
        return False
    following = next((x for x in body[k + 1 : k + LABEL_REACH] if x.text.strip()), None)
    return following is not None and any(
        rule(following.text) for rules in DECISION_RULES for rule in rules
    )


def _empty_label(body: list[Line], k: int) -> bool:
    """ "Decision:" printed with nothing under it before the minute ends (a template's
    label left empty): no decision."""
    if not LABEL_ALONE.match(_lead(body[k].text).strip()):
        return False
    return not any(x.text.strip() for x in body[k + 1 : k + LABEL_REACH])


def _label_over_record(body: list[Line], k: int) -> bool:
    """ "Decision:" alone over "Apologies for absence were received ..." or "No interests
    were declared.": a committee system's field label over what a procedural item
    recorded, which decides nothing. The minute's other lines are tried. (Over the
    body's sentence, "The Board noted the report.", the label still heads a decision.)"""
    label = _lead(body[k].text).strip()
    if not label.endswith(":") or not LABEL_ALONE.match(label):
        return False
    following = next((x for x in body[k + 1 : k + LABEL_REACH] if x.text.strip()), None)
    if following is None:
        return False
    text = plain(following.text).strip()
    if not RECORD_ONLY.search(text) or CLAUSE.match(text) or _is_item(text):
        return False
    return not any(rule(following.text) for rules in DECISION_RULES for rule in rules)


#: What a procedural item records and no decision states: apologies, interests declared
#: or none, nothing to report ("Apologies for absence were received from ...", "No
#: interests were declared.", "There were none.", "None.")
RECORD_ONLY = re.compile(
    r"^(?:Apologies\b|No\s+(?:apologies|interests?|declarations?)\b|None\b|Nil\b"
    r"|There\s+(?:were|was)\s+(?:none|no)\b)",
    re.IGNORECASE,
)


def _clause_under_label(body: list[Line], k: int) -> Resolution | None:
    """ "Decision:" alone over "That the minutes ... be approved.": the field label heads
    the decision, which is the clause under it, from its own line (as when the label is
    printed as a heading); None for any other line."""
    label = _lead(body[k].text).strip()
    if not label.endswith(":") or not LABEL_ALONE.match(label):
        return None
    j = next(
        (i for i in range(k + 1, min(len(body), k + LABEL_REACH)) if body[i].text.strip()), None
    )
    if j is None:
        return None
    text = plain(body[j].text).strip()
    if _is_item(text) or not CLAUSE.match(text):
        return None  # "(1) That ...": a list of clauses, read with the label as before
    return _decision_at(body, j, _lead(body[j].text))


def _is_item(text: str) -> bool:
    return bool(numbered(text) or lettered(text) or bullet(text) or CAPITAL_ITEM.match(text))


def _is_row(text: str) -> bool:
    """A table's row flattened to text: cells split by a tab or "|" inside the line."""
    inner = text.strip()
    return "\t" in inner or "|" in inner


def _runs_on(before: str, text: str) -> bool:
    """The line `text` carries on the sentence `before` ends with: PDF text breaks a
    decision's sentence over lines ("... be approved as a" / "correct record."). It does
    when `before` ends without a stop and the next line is no list item, no table row
    and no new formula, and either starts in lower case (or a digit or a bracket) or
    follows a word no sentence ends with ("... meeting of the" / "Planning Committee").
    A table row (`_is_row`) never carries a sentence on."""
    before = before.rstrip()
    if not text or before.endswith(STOPS):
        return False
    if _is_item(text) or formal(text):
        return False
    if text[0].islower() or text[0].isdigit() or text[0] in "(£“\"'":
        return True
    last = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    if last in JOINING_WORDS or before.endswith((",", "-", "–", "&")):
        return True
    return _name_broken(before, text) or _date_broken(before, text)


#: A word of a name or title: capitalised ("Scrutiny", "O'Neill"), or a joining word
#: names hold ("Overview and Scrutiny", "Office of the Commissioner").
NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z'’-]{0,30}|and|of|the|for|&)$")


def _name_broken(before: str, text: str) -> bool:
    """A name or title broken by the line's end: "... of the Corporate Resources Overview
    and Scrutiny" / "Committee held on 1 December ...". The line ends on at least two
    words of a name, its last capitalised, and the next line opens with a capitalised
    word: the name runs on (a line ending "... be noted" is no such name)."""
    tail = before.split()[-2:]
    head = text.split(None, 1)[0] if text.split() else ""
    if len(tail) < 2 or not head[:1].isupper() or not tail[-1][:1].isupper():
        return False
    return all(NAME_WORD.match(word) for word in tail)


#: A day of the month ending a line ("... held on 3rd, 10th and 24th"), and a month
#: opening the next ("February 2006 be noted.").
DAY_AT_END = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?$")
MONTH_AT_START = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b"
)


def _date_broken(before: str, text: str) -> bool:
    """A date broken between its day and its month: "... held on 24th" / "February 2006
    be noted." (the month's capital would otherwise end the sentence)."""
    return bool(DAY_AT_END.search(before[-8:]) and MONTH_AT_START.match(text))


def _wrapped(body: list[Line], k: int) -> tuple[list[Line], int]:
    """The lines after `k` that carry on its sentence, up to a blank line (or across the
    blank lines a page break left, `across_page_break`), and the index of the last; a
    line indented to the column the decision's text hangs in carries it on too
    (`hangs_under`), whatever its first letter."""
    taken: list[Line] = []
    before = body[k].text
    column = hanging_column(before)
    j = k + 1
    while j < len(body) and len(taken) < MAX_WRAPPED_LINES:
        line = body[j]
        text = plain(line.text).strip()
        if not text:
            carried = across_page_break(body, j - 1)
            if carried is None:
                break
            j, line, text = carried, body[carried], plain(body[carried].text).strip()
        hangs = column is not None and hangs_under(plain(before), line.text, column)
        runs_on = _runs_on(plain(before), text) or _broken_motion(plain(before), text)
        if _is_row(line.text) or not (hangs or runs_on):
            break
        taken.append(line)
        before = text
        k, j = j, j + 1
    return taken, k


def _list_under(body: list[Line], k: int) -> list[Line]:
    """What the lead-in at `k` introduces: the next line with text ("That the report be
    noted."), and, if that is a list item or itself leads into a list ("That Cabinet:"),
    the items after it; blank lines skipped, up to the first line that is neither an
    item nor the run-on of one."""
    items: list[Line] = []
    for at, line in enumerate(body[k + 1 : k + 1 + 2 * MAX_LIST_ITEMS], start=k + 1):
        text = plain(line.text).strip()
        if not text:
            continue
        if heading_over_clause(body, at) and (not items or _is_item(plain(items[0].text))):
            continue  # "Deputation" over "(1) That ...": a heading over the next clause
        if items and not _is_row(line.text) and _runs_on(plain(items[-1].text), text):
            items.append(line)  # an item's sentence broken over two lines
            continue
        first = plain(items[0].text).strip() if items else ""
        opens_list = _is_item(first) or first.endswith(":")
        if items and (not _is_item(text) or not opens_list):
            break
        if len(items) >= MAX_LIST_ITEMS:
            break
        items.append(line)
    return items


def _leads_into_list(body: list[Line], k: int, text: str) -> bool:
    """ "Resolved: that the Board" over "a) notes ...": a decision whose sentence stops
    without a stop (or on a colon) where the list under it begins; a decision ending on
    its colon ("The Committee resolved:-") over what it decided, list or not; or a
    formula with whom it is addressed to, "RECOMMENDED to the Shadow Authority", over its
    clause "That the arrangements be adopted" (`CLAUSE`)."""
    if text.rstrip().endswith((".", "!", "?", ";")):
        return False
    # a web page spaces its lines: the text may stand a few blank lines under the lead-in
    following = next((x for x in body[k + 1 : k + 1 + LABEL_REACH] if x.text.strip()), None)
    if following is None:
        return False
    below = plain(following.text).strip()
    if COLON_LEAD.search(text) and not _is_row(following.text):
        return True  # "The Committee resolved:-" / "to note the report."
    return _is_item(below) or CLAUSE.match(below) is not None


def _clauses_under(body: list[Line], k: int, text: str) -> bool:
    """ "RESOLVED: (1) That the policy be approved." over "(2) That ...": the decision's
    first clause numbered beside its formula (`opens_numbered_clauses`), and a numbered
    line under it, the next clause."""
    if not opens_numbered_clauses(text):
        return False
    following = next((x for x in body[k + 1 : k + 3] if x.text.strip()), None)
    return following is not None and _is_item(plain(following.text).strip())


def _under_heading_label(body: list[Line], k: int) -> Resolution | None:
    """ "DECISION" printed alone as a block heading over "That the report be noted." (or
    over "(1) That ..." / "(2) That ..."), or a label naming the decision's kind
    ("Delegated decision:"): the decision is the text under it, from its first line; None
    when the line is no such heading or nothing follows it."""
    label = _lead(body[k].text).strip()
    if not HEADING_LABEL.match(label) and not QUALIFIED_LABEL.match(label):
        return None
    j = next(
        (i for i in range(k + 1, min(len(body), k + LABEL_REACH)) if body[i].text.strip()), None
    )
    if j is None:
        return None
    if _is_item(plain(body[j].text).strip()):
        items = _list_under(body, k)
        return Resolution(" ".join(plain(x.text).strip() for x in items), body[j].number)
    return _decision_at(body, j, _lead(body[j].text))


def _broken_formula(body: list[Line], k: int) -> bool:
    """The genre's confirmation of the minutes broken after its verb: "The Minutes of the
    meeting held on 3 May were" / "confirmed as a correct record" (PDF text wraps
    anywhere). It is when the line's sentence runs on to the next line (`_runs_on`) and
    the two lines joined confirm the minutes; other formulae are not read across a break
    ("... were" / "taken as read" is no decision when a resolution follows)."""
    if k + 1 >= len(body):
        return False
    here = _lead(body[k].text).rstrip()
    below = plain(body[k + 1].text).strip()
    if _broken_motion(here, below):
        return True
    if not here.lower().startswith("the") or not _runs_on(here, below):
        return False
    return minutes_confirmed(f"{here} {below}")


def _broken_motion(here: str, below: str) -> bool:
    """A motion whose outcome the line's end pushed to the next line: "It was proposed by
    Cllr A, seconded by Cllr B and" / "agreed to recommend that ..." (the Northern Irish
    councils' formula): the decision opens with the mover, on the first line. The outcome
    says what is decided ("agreed to ...", "agreed that ...")."""
    if not below[:1].islower() or here.endswith(STOPS) or "seconded" not in here.lower():
        return False  # the outcome carries the mover's sentence on, in lower case
    if MOTION_CARRIED.search(here[:400]) is not None:
        return False  # the line states its outcome itself
    joined = f"{here} {below}"[:400]
    motion = MOTION_CARRIED.search(joined)
    # "... and" / "agreed." says nothing of what is decided: no decision is read
    return motion is not None and LINKED_OUTCOME.match(joined, motion.end()) is not None


def minutes_confirmed(text: str) -> bool:
    """ "The minutes of the meeting held on 8 May were approved as a correct record", "The
    minute of meeting of ... was submitted and approved": the record confirmed."""
    lead = _lead(text)[:400]
    return bool(MINUTES_CONFIRMED.match(lead) or SINGULAR_MINUTE_CONFIRMED.match(lead))


#: The body's sentence stopping on its linking word and colon, the decision's clauses
#: numbered under it: "The Panel RESOLVED to:" over "(1) note the report;".
BODY_LEAD_TO = re.compile(r"\bto\s*:\s*[-–—]?$")


def _clauses_under_body(body: list[Line], k: int, words: str) -> Resolution | None:
    """ "The Panel RESOLVED to:" alone on its line over "(1) note the findings;" / "(2)
    ...": the body's sentence only announces its numbered decisions, which are the
    decision, from the first. None when the line is no body's sentence ending "to:", or
    no numbered item follows it."""
    if not (body_agreed(words) and BODY_LEAD_TO.search(words)):
        return None
    j = next((i for i in range(k + 1, min(len(body), k + 3)) if body[i].text.strip()), None)
    if j is None or not _is_item(plain(body[j].text).strip()):
        return None
    items = _list_under(body, k)
    return Resolution(" ".join(plain(x.text).strip() for x in items), body[j].number)


def _decision_at(body: list[Line], k: int, text: str) -> Resolution:
    """The decision whose words `text` begin on line `k`, with the lines its sentence
    runs on over and the list it leads into."""
    listed = _clauses_under_body(body, k, text)
    if listed is not None:
        return listed
    line = body[k]
    if not LEAD_IN.match(text):
        wrapped, k = _wrapped(body, k)
        text = " ".join([text, *(plain(x.text).strip() for x in wrapped)])
    if LEAD_IN.match(text) or _leads_into_list(body, k, text) or _clauses_under(body, k, text):
        text = " ".join([text, *(plain(x.text).strip() for x in _list_under(body, k))])
    return Resolution(text, line.number)


#: Lines above a decision its sentence's subject may wrap over
SUBJECT_LINES = 3


def _with_subject_above(body: list[Line], k: int, words: str, found: Resolution) -> Resolution:
    """The decision from its sentence's start when its line opens in lower case inside the
    sentence ("The appointment of Cllrs A and B to the HR Committee" over "were unanimously
    APPROVED."): the subject's lines above, up to a blank line or a closed sentence, go
    before it; `found` as it is when the decision opens its line otherwise."""
    if words.strip() != _lead(body[k].text).strip():
        return found
    if not (words[:1].islower() or (not formal(words) and _breaks_before_name(body, k))):
        return found
    above: list[Line] = []
    for j in range(k - 1, max(k - 1 - SUBJECT_LINES, -1), -1):
        text = plain(body[j].text).strip()
        if not text or text[-1] in ".:;!?" or _decides(text):
            break
        above.insert(0, body[j])
    if not above or not above[0].text.strip()[:1].isupper():
        return found
    subject = " ".join(plain(x.text).strip() for x in above)
    return Resolution(f"{subject} {found.text}", above[0].number)


def _breaks_before_name(body: list[Line], k: int) -> bool:
    """Whether the line above `k` breaks its sentence before a name: it ends on a word in
    small letters with no stop ("The minutes of the ordinary" over "Parish Council meeting
    held ... were APPROVED"), so the capital opening line `k` is a name's, not a
    sentence's."""
    above = plain(body[k - 1].text).strip() if k > 0 else ""
    last = above.rsplit(None, 1)[-1] if above else ""
    return last.isalpha() and last.islower() and last not in JOINING_WORDS


def _decides(text: str) -> bool:
    """Whether the line prints a decision itself, formal, passive or the body agreeing."""
    return formal(text) or passive_decision(text) or body_agreed(text)


#: The rules finding a decision, in the order a minute's lines are tried against them:
#: any of the first group at the earliest line; the body agreeing only when none fires.
BODY_RULES: tuple[Callable[[str], bool], ...] = (body_agreed, body_agreed_in_sentence)
DECISION_RULES: tuple[tuple[Callable[[str], bool], ...], ...] = (
    (formal, passive_decision, formula_after_sentence, capitals_in_sentence),
    BODY_RULES,
)


#: a paragraph's number in the minute's own numbering ("2.1.1", "3.2") opening the words
#: after a formula alone on its line ("2.1 RESOLVED" over "2.1.1That the minutes ..."):
#: the paragraph's, not the decision's
PARAGRAPH_AFTER_FORMULA = re.compile(
    r"^(?P<formula>(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|DECIDED)\s?[:.–-]?\s?)"
    r"\d{1,3}(?:\.\d{1,3}){1,3}\.?\s?(?=[A-Z])"
)


def resolution(body: list[Line]) -> Resolution | None:
    """The minute's first decision (see `_first_decision`), without the paragraph number
    of the minute's own numbering after its formula."""
    found = _first_decision(body)
    if found is None:
        return None
    return Resolution(PARAGRAPH_AFTER_FORMULA.sub(r"\g<formula>", found.text, count=1), found.line)


def _first_decision(body: list[Line]) -> Resolution | None:
    """The minute's first decision, formal, in the passive or after a sentence; else its
    first sentence of the body agreeing. Its text runs from the formula on."""
    for rules in DECISION_RULES:
        for k, line in enumerate(body):
            if not line.text.strip():
                continue
            taken = any(rule(line.text) for rule in rules)
            if not taken and rules is not BODY_RULES:  # "CARRIED" over "THAT the ...": the
                taken = clause_after_vote(body, k)  # vote's clause is the decision
            if not taken and rules is not BODY_RULES:  # "Cllr A proposed, Cllr B seconded:"
                taken = motion_over_vote(body, k)  # over the motion and "CARRIED"
            if not taken and rules is not BODY_RULES:  # "It was proposed by Cllr A,
                taken = motion_unopposed(body, k, formal)  # seconded by Cllr B that ...": carried
            if not taken and rules is not BODY_RULES:  # "Cllr A was nominated by Cllr B,
                taken = nomination_unopposed(body, k, _decides)  # seconded by Cllr C"
            if not taken and not (rules is not BODY_RULES and _broken_formula(body, k)):
                continue
            if _label_over_decision(body, k) or _empty_label(body, k):
                continue  # the decision is on the next line, or there is none
            if _label_over_record(body, k):
                continue  # "Decision:" over what was recorded, no decision
            clause = _clause_under_label(body, k)
            if clause is not None:
                return clause
            headed = _under_heading_label(body, k)
            if headed is not None:
                return headed
            words = _lead(line.text)[_start(line.text, rules) :]
            if procedural_agreement(words):
                continue  # "The Sub-Committee agreed to adjourn": no decision
            under = formula_under_list(body, k)
            if under is not None:  # "The following payments were approved:" / rows /
                k, words = under, _lead(body[under].text)  # "RESOLVED - that ..."
            # "3.3 RESOLVED that ...": the resolution, not its number
            found = _with_subject_above(body, k, words, _decision_at(body, k, words))
            if procedural_agreement(found.text):
                continue  # the agreement's sentence ran over the line's end
            return found
    # "1) the minutes ... be received and adopted;" / "2) ...": the label lost over them
    lost = lost_label_clauses(body) or bare_clause(body)  # or "That Cllr A be elected."
    return Resolution(*lost) if lost else None
