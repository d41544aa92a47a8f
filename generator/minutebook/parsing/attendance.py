"""Who attended a meeting, as its minutes record it.

Minutes open with attendance lists before the first minute, and record apologies and
substitutes in the minute about them. The genre prints them in several layouts, each read
by one small function below that returns None when its layout is not there:

- a label and the names after it on the same line ("PRESENT: Cllr A Smith (Chairman), ..."),
  wrapped over several lines (a name may break across two), or going on in lines that open
  with a title, "Councillors" or a post and its holder ("The Deputy Mayor (Cllr X)");
- a label on a line of its own ("Present:", "Members present:", "Councillors present:",
  "Attendance:", "ALSO PRESENT:", "IN ATTENDANCE:", "Officers:", "Others:", "Apologies:",
  "Absent:") and the names under it, one per line, bulleted, or several to a line;
  groups on lines of their own ("Members:", "Force:", "Co-opted members:") head the names
  after them; a party group or a council before a dash or colon ("Labour Group – Cllr A Reid", "Wyke
  Borough Council: Councillors X and Y") is what the members after it sit for; a kind of
  member alone on its line ("Schools Members", "Magistrate Members") heads a group too,
  and is the capacity of its members who print none of their own; "Members" alone heads
  the body's own members, and "MPA officers" alone the officers in attendance;
- no label at all, but "Chairman…… Mr M Bull" (a dotted leader) heading the names; or a
  sentence ending in a colon ("... when there were present:", "The following Officers
  were in attendance:") as the label;
- a flattened two-column table (cells split by tabs, "|" or "<td>"): name, then capacity;
  but a grid of initialled names ("G. ap Rhys<TAB>S. Moss") is one name a cell;
- surnames in columns under "Councillors:" (cells split by runs of spaces), and a council's
  name alone on its line over the members it sent (their capacity);
- sentences: "Apologies for absence were received from ...", "X substituted for Y",
  "X attended as a substitute for Y", "Y was substituted by X", "X was not present",
  "X and Y sent their apologies".

In a list of one name per line, a surname alone on the next line finishes a titled name
broken across the two ("Councillor Alexandra" / "Pemberton-Whyte (Chair)"). Under
"Substitutes:", "X (for Y)" is X substituting for Y. "And four members of the public" is
a count, nobody's name.

A list ends at the first minute heading, at a line that is clearly a sentence or a heading
rather than names, or (when the names began on the label's line) at the first line that
does not continue them. Someone listed "(substitute for Cllr Y)" is a substitute; someone
absent without apologies has the role `absent` (an extension of the open-data roles).

Someone at the meeting for one item only is recorded in that minute's text ("Alan Pughsley
QPM (Chief Constable, Kent Police) was in attendance for this item."): in attendance, for
that minute.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..errors import Diagnostics
from ..model import AttendanceFacts, AttendanceRole, Line, Part
from ..vocabulary import (
    IS_TITLE,
    NAME,
    OFFICE_ALTERNATION,
    OFFICE_WORDS,
    PARTICLES,
    PLURAL_TITLE,
    SMALL_WORDS,
    STARTS_WITH_TITLE,
    TITLE,
    TITLE_WORDS,
)
from .attendance_after_opening import cut_after_opening
from .attendance_and_from import bracketed_substitutes, joined_from_groups
from .attendance_apology_reasons import (
    ABSENCE_REASON,
    carried_reason_cut,
    stated_reasons_cut,
    without_reasons,
)
from .attendance_bilingual_titles import bilingual_role
from .attendance_broken_labels import join_broken_labels, labels_around_first_rows
from .attendance_capitals_labels import recased_labels
from .attendance_cell_rows import cell_rows
from .attendance_chair_above import chair_above_lists
from .attendance_chair_lines import chair_line
from .attendance_chair_roll import roll_name
from .attendance_chair_welcome import chair_welcome
from .attendance_chaired_with import chaired_with
from .attendance_clerk_groups import CLERK, clerk_group
from .attendance_clerk_posts import clerk_holder_first
from .attendance_closing_stop import closed_by_stop
from .attendance_columns import MAX_COLUMNS, label_cells, split_at_columns, split_at_tabs
from .attendance_comings import coming_or_going, titled_sentence
from .attendance_council_first import council_first_label, council_first_table
from .attendance_council_prefixes import council_after_name
from .attendance_council_runs import council_runs
from .attendance_ditto_marks import ditto_led, without_ditto_marks
from .attendance_empty_slots import printed_name
from .attendance_flattened import flattened_table
from .attendance_flattened_dashes import dash_rows
from .attendance_forename_council import forename_council_rows
from .attendance_gap_labels import gap_label
from .attendance_glued_groups import glued_group
from .attendance_group_brackets import (
    joined_ward_groups,
    shared_bodies,
    shared_plural_posts,
    shared_wards,
    without_group_notes,
)
from .attendance_group_headings import appointing_heading, group_heading, team_group
from .attendance_group_runs import group_runs
from .attendance_group_tails import ends_with_group, group_tails_first
from .attendance_guests import guest_line, police_paper, shared_brackets, staff_line
from .attendance_hanging_label import hanging_label, spaced_label
from .attendance_in_absence import stood_in_absence
from .attendance_in_their_place import substitute_in_their_place
from .attendance_initials_run import initials_runs
from .attendance_inline_kinds import inline_kinds
from .attendance_inline_labels import cut_inline_labels
from .attendance_interleaved_number import without_interleaved_numbers
from .attendance_item_prompts import apologies_prompt
from .attendance_items_header import page_items_header
from .attendance_member_kinds import councillors_label, member_kind_group, members_group
from .attendance_members_attending import (
    BARE_IN_ATTENDANCE,
    councillor_lines,
    members_attending,
)
from .attendance_minute_chair import chair_before_apologies
from .attendance_name_council import name_council_rows
from .attendance_name_grids import name_grid_rows
from .attendance_name_initials import name_initials_rows
from .attendance_name_post_runs import name_post_run
from .attendance_ocr_labels import misread_label
from .attendance_of_bodies import bodies_after_each_of
from .attendance_office_cuts import cut_office_labels
from .attendance_office_in_chair import office_in_chair_rows
from .attendance_office_label import office_label
from .attendance_office_pairs import office_pairs
from .attendance_paragraph_numbers import without_paragraph_number
from .attendance_party_headings import party_columns_heading
from .attendance_person_rows import person_row
from .attendance_plural_groups import plural_title_groups
from .attendance_post_attending import post_attending_rows
from .attendance_post_brackets import post_then_bracketed_holder
from .attendance_post_first_run import post_first_rows, repeated_column_rows, table_rows_left
from .attendance_post_holders import familiar_names, post_holders_first
from .attendance_post_initials import post_initials, post_initials_line
from .attendance_post_initials_runs import posts_then_initials_runs
from .attendance_post_lists import name_post_list
from .attendance_presided import already_present, presided_line
from .attendance_public_counts import (
    public_count_alone,
    public_label_line,
    without_public_count,
)
from .attendance_quoted_agenda import minuted_text_only
from .attendance_reported import (
    attended_under_rules,
    possessive_substitutes,
    reported_observers,
)
from .attendance_represented import represented_by
from .attendance_run_on_kinds import cut_member_kinds
from .attendance_run_on_sheet import run_on_sheet
from .attendance_shapes import (
    councillors_chair_line,
    dash_row,
    hanging_titles,
    name_begun_above,
    respective_substitutes,
)
from .attendance_shared_tail import shared_body_after_of, shared_trailing_body
from .attendance_slash_cells import slash_cells
from .attendance_stood_for import for_person
from .attendance_sub_item_apologies import apologies_paragraph
from .attendance_substitute_origins import cut_substitute_origins, origin_patterns
from .attendance_substituted_by import with_named_substitutes
from .attendance_surname_lists import surname_list
from .attendance_table_labels import column_label
from .attendance_tagged_runs import tagged_runs
from .attendance_these_received import apologies_pointing_back
from .attendance_title_dashes import plural_title_dash
from .attendance_titled_rows import titled_rows
from .attendance_took_chair import took_the_chair
from .attendance_trailing_sentences import cut_trailing_sentences
from .attendance_two_columns import unzip_two_columns
from .attendance_unlabelled_bullets import bulleted_person
from .attendance_unlabelled_roll import unlabelled_roll
from .attendance_unpaired_substitutes import unpaired_substitutes
from .attendance_unstopped import before_next_sentence
from .attendance_unzipped_columns import unzipped_columns
from .attendance_with_substitutes import before_with_pairs, with_substitute
from .glued_headings import numbered_capitals_heading
from .minute_attendance_groups import attendance_group_label
from .minute_member_lines import initialled_name
from .names import (
    COLUMN_HEADS,
    WORD,
    NameEntry,
    brackets_of,
    is_office,
    looks_like_a_person,
    lower_case_words,
    name_then_post,
    names_an_organisation,
    office_comma_holder,
    post_dash_name,
    post_then_bracketed_name,
    post_then_name,
    posts_only,
    split_name_list,
    table_rows,
    without_plural_title_stop,
)
from .names_capitals_cells import capitals_cell_and_name
from .names_glued_columns import split_glued_columns
from .names_inverted import surname_run
from .names_run_on_posts import run_on_posts
from .public_speakers import about_an_application, spoken_sentences
from .spaced_rolls import shared_surname_pair
from .text import plain

#: The kinds of body whose own members a label names ("Cabinet Members Present:")
BODY_KINDS = r"(?:committee|sub-committee|panel|board|cabinet|executive|authority|forum)"
#: Labels of attendance lists, each with the role of the names under it; tried in order,
#: so "also present" is read before "present".
LABEL_ROLES: tuple[tuple[str, AttendanceRole], ...] = (
    # "Others present:" beside the members, as "Also present:"; "Observers" who sat in
    (
        r"also\s+present|present\s+also|by\s+invitation|guests?|others\s+present"
        r"|observers?|observing"
        # "At the invitation of the Chairman:": guests the chair asked to the table
        r"|(?:at\s+the\s+)?invitation\s+of\s+the\s+chair(?:man|woman|person)?",
        AttendanceRole.ALSO_PRESENT,
    ),
    # councillors who came under the rules that let any member attend: "Members attending
    # in accordance with Standing Orders 8 and 25:-", "Members attending under SO 21:"
    (
        r"(?:other\s+)?members\s+attending(?:\s+(?:in\s+accordance\s+with|under)"
        r"\s(?:council\s+|committee\s+)?(?:standing\s+orders?|procedure\s+rules?|rules?|SO)"
        r"\b[\w ,&]{0,40}?)?",
        AttendanceRole.ALSO_PRESENT,
    ),
    # councillors who are not the body's members: "Other Members in Attendance:",
    # "Visiting Members:", a planning committee's "Local Members:" (for the division)
    (
        r"(?:other|visiting|local)\s+(?:members|councillors)(?:\s+present|\s+in\s+attendance)?",
        AttendanceRole.ALSO_PRESENT,
    ),
    # "Other Attendees:": those who came without being members (guests, the Commissioner)
    (r"other\s+attendees", AttendanceRole.ALSO_PRESENT),
    # who came to speak: a hearing's parties, a planning committee's public speakers
    (
        r"(?:parties|public\s+speakers|speakers|objectors|applicants?)(?:\s+present)?"
        r"|public\s+speaking",
        AttendanceRole.ALSO_PRESENT,
    ),
    # "Attending Members of the Executive Committee:": the body's own members present
    (r"attending\s+members", AttendanceRole.PRESENT),
    # "Together with:" officers under the members' list
    # "Attending:" alone (Scottish minutes): the officers under the members' "Present:"
    (
        # "Non-members in attendance at request of the Chief Officer:-" (Scottish boards)
        r"(?:also\s+|non-?\s?members\s+)?in\s+attendance|(?:also\s+)?attending|together\s+with"
        # "Representatives from Other Bodies in Attendance": guests sent by other bodies
        r"|representatives\s+(?:from|of)\s+(?:other\s+)?(?:bodies|organisations|agencies)"
        r"\s+in\s+attendance",
        AttendanceRole.IN_ATTENDANCE,
    ),
    # "Others:", "Others present:": officers and advisers beside the members
    (r"others(?:\s+present|\s+in\s+attendance)?", AttendanceRole.IN_ATTENDANCE),
    # "Officers of the Authority:", "Officers from the Office of the Commissioner:"
    (
        r"(?:council\s+)?(?:officers?|officials)"
        r"(?:\s+present|\s+in\s+attendance|\s+(?:of|from)\s+the\s[^:\t]{3,80})?",
        AttendanceRole.IN_ATTENDANCE,
    ),
    # "Main Panel Members Present:", "Voting Members Present", "Cabinet Members Present:",
    # "Members of the Cabinet present:", "Members of Cabinet present": the body's members
    (
        rf"(?:(?:{BODY_KINDS}\s+|(?:main|full|voting|elected)\s+(?:panel\s+)?)?"
        rf"members|councillors|cllrs|members\s+of\s+(?:the\s+)?{BODY_KINDS})\s+present",
        AttendanceRole.PRESENT,
    ),
    # the body's own members "in attendance" (not "Other Members in Attendance", above):
    # "Committee members in attendance:", "Members in attendance:"
    # "Cllrs in attendance:" (a parish's record of its own councillors)
    (
        r"(?:(?:committee|panel|board)\s+)?(?:members|councillors|cllrs)\s+in\s+attendance",
        AttendanceRole.PRESENT,
    ),
    (
        # "Sederunt:" (Scots: those who sat)
        # "PRESENT were K Golden (Chair), R Foster ...": a parish clerk's sentence for a label
        r"(?:those\s+)?present\s+were"
        r"|present|attendance|attendance\s+details|those\s+(?:present|attending)|sederunt"
        r"|attendees"  # a parish record's heading over its groups ("Committee Members: ...")
        r"|the\s+members\s+present\s+being",  # a county council's run-on formula
        AttendanceRole.PRESENT,
    ),
    (r"absent\s+with\s+apologies", AttendanceRole.APOLOGIES),
    (
        # "Apology for absence:" when one member sent it
        r"apolog(?:ies|y)(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received(?:\s+from)?)?",
        AttendanceRole.APOLOGIES,
    ),
    # "Councillors not present:": members who neither came nor sent apologies
    (r"(?:(?:councillors|members)\s+)?(?:absent|not\s+present)", AttendanceRole.ABSENT),
    (r"substitutes?(?:\s+members?)?|substitute\s+members?", AttendanceRole.SUBSTITUTE),
)
LABEL = re.compile(
    r"^(?P<label>" + "|".join(pattern for pattern, _ in LABEL_ROLES) + r")"
    # how they attended, before the colon: "Present (remotely):", "Also present via Teams:"
    r"(?:\s*\([^()]{0,40}\)|(?:\s+[\w-]+){1,4}(?=\s*:)"
    # or with no colon, alone on its line: "MEMBERS PRESENT VIA VIDEO LINK"
    r"|\s+(?:via|by|using|through)(?:\s+[\w-]+){1,4}(?=\s*$)"
    # where they met, before the colon: "Present in the Council Chamber, Town Hall:"
    r"|\s+(?:in|at)\s[^:\t]{1,120}(?=:))?"
    # the stop: a colon, a tab, a spaced dash ("PRESENT – Cllr A", or "PRESENT –" alone)
    # or a full stop closing a label alone on its line ("In attendance.")
    # "PRESENT: – Cllr A" (a colon and a spaced dash)
    # or an ellipsis as a parish clerk's web page prints it ("Present … Councillors: ...")
    r"\s*(?::\s[-–—](?=\s)|:-?|\t|\s[-–—](?:\s|$)|\s(?:…|\.{3})(?=\s)|\.$|$"
    # or a parish clerk's semicolon for the colon: "Present; Roger Braithwaite, ..."
    r"|;(?=\s+[A-Z])"
    # or "were" closing the label, the names after it: "Present were A Reid, B Moss"
    r"|(?<=\swere)(?=\s+[A-Z])"
    # or, after a label in capitals, no stop at all before a councillor's title: "APOLOGIES
    # Councillors S. Cole and ...", or the civic head: "PRESENT The Mayor (Councillor A Reid)",
    # "PRESENT Mayor Councillor A Reid"
    r"|(?<=(?-i:[A-Z]{2}))(?=\s+(?:(?:County\s+)?(?:Councillors?|Cllrs?)\.?\s|"
    r"The\s+(?:(?:Deputy|Lord)\s+)?(?:Mayor|Chairman|Chair|Provost)\b"
    # "PRESENT Mayor Councillor A Reid": the civic head's office before the title
    r"|(?:(?:Deputy|Town)\s+)?(?:Mayor|Chairman|Chair)\s+(?:Councillor|Cllr)\.?\s)))\s*"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)


def _label_alone(text: str) -> bool:
    """Whether `text` is an attendance label with nothing after it ("In Attendance")."""
    found = label_line(text.strip())
    return found is not None and not found[2]


#: A web page's heading over its attendance lists ("Attendance Details", ModernGov): a
#: label with no names of its own when labelled lists follow it
ATTENDANCE_HEADING = re.compile(r"^attendance(?:\s+details)?$", re.IGNORECASE)
#: "Councillors present:": every name under it is a councillor's.
TITLE_OF_LABEL = {"councillors present": "Councillor"}
#: A heading of a group inside a list ("Members:", "Force:", "Co-opted members:-"), with
#: names after it on the same line or not.
GROUP = re.compile(r"^(?P<group>[A-Z][\w'’&,./() -]{0,100}?)\s*:-?\s*(?P<rest>.*)$")
#: A group named after whoever appointed or sent its members ("Appointed by the Secretary
#: of State (National):", "Nominated by Fernside District Council:"): what each member
#: there represents, so their capacity.
APPOINTING_GROUP = re.compile(
    r"^(?:(?:appointed|nominated|elected|co-opted|sent)\s+by|representing)\s+\S"
    # "Religious Representatives:", "Parent Representatives:": who they sit for
    r"|^(?:[\w'’-]+\s+){1,3}representatives?$",
    re.IGNORECASE,
)
#: Groups of people who attend but are not members: the Commissioner's office, the force,
#: guests and advisers "By invitation".
ALSO_PRESENT_GROUP = re.compile(
    r"\b(?:commissioner|opcc|force|police|constabulary|invitation|invited|guests?|visitors?"
    r"|also\s+present|advis[eo]rs?|non-(?:cabinet|committee))\b",
    re.IGNORECASE,
)
GROUP_WORDS = 6
#: A group heading alone on its line may be longer: "Office of the Police and Crime
#: Commissioner:".
GROUP_WORDS_ALONE = 10
IN_THE_CHAIR = re.compile(r"^in\s+the\s+chair$", re.IGNORECASE)
#: "Councillor A Reid in the chair": a name, and the words saying its person chaired
NAME_IN_THE_CHAIR = re.compile(r"^(?P<name>\S.{2,80}?)\s+(?P<chair>in\s+the\s+[Cc]hair)$")
#: "Councillor A Reid, Convener, in the Chair.": who chaired, under the lists that already
#: name them; the lists are over.
CHAIRED_BY_LINE = re.compile(r"^[A-Z][^.:]{2,150}?,?\s+in\s+the\s+[Cc]hair\.?$")
#: "(In place of Cllr B Moss)", "(replacing Cllr B Moss)" after a name among those present:
#: whom its member substitutes for ("(for item 5)" says when, so "for" alone is not read);
#: "(vice Cllr B Moss)", the Latin "in place of", before a titled name ("(Vice Chairman)" is
#: an office)
IN_PLACE_OF = re.compile(
    r"(?i)^(?:in\s+place\s+of|replacing|vice(?=\s+(?:cllr|councillor|mr|mrs|ms|miss|dr)\b))"
    r"\s+(?P<for>[A-Z][^()]{2,80})$"
)
#: "Cllr A Reid for Cllr B Moss" under "Substitutes:".
SUBSTITUTE_FOR = re.compile(r"^(?P<sub>.+?)\s+(?:for|replacing|in\s+place\s+of)\s+(?P<for>\S.*)$")
#: "substitute", "Substitute Member": a bracket saying only that its person substituted
SUBSTITUTE_ONLY = re.compile(r"(?i)^substitute(?:\s+member)?$")
#: "for Mr B Moss", "In place of Mr B Moss": whom a substitute's bracket says they stand
#: in for.
SUBSTITUTE_WHOM = re.compile(r"(?i)^(?:for|in\s+place\s+of|replacing)\s+(?P<for>\S.*)$")
#: A marker before a list item or a paragraph: a bullet, "1.", "(a)", "i)".
#: ("(c )": a converter's space before the letter's bracket)
MARKER = re.compile(r"^(?:[-•·*–]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\s?[.)])\s+")
#: A numbered minute heading ("19. Election of Chair", "12/21 Minutes", "PCP/12/3 ...").
#: A number without a full stop is not enough: "12 June 2019 ...", "10 am", "3 Park Road".
NUMBERED_HEADING = re.compile(
    r"^(?:\d{1,4}\.|\d{1,4}/\d{1,4}\.?|[A-Z]{1,6}/\d{1,4}/\d{1,4}\.?|Minute\s+\d{1,4}:?)\s+\S"
)
#: "*450 Minutes": a minute number starred (a decision exempt from call-in), no full stop
STARRED_MINUTE = re.compile(r"^\*\s?\d{1,4}\.?\s+[A-Z]")
#: "None", "Nil", "There were no apologies.", "No apologies for absence were received.":
#: a list with nobody in it, said so.
NOTHING = re.compile(
    r"^(?:there\s+were\s+)?(?:none|nil|n/a|no\s+(?:apologies|absences?|substitut\w+))\b"
    r"[\w\s]{0,60}\.?$",
    re.IGNORECASE,
)
#: a post's holder said to be away, the post empty: "Clerk: Absent.", "Clerk: Not
#: present", "Vice-Chairman: Vacant"; a sentence may follow ("Absent. Cllr A took the
#: minutes")
POST_AWAY = re.compile(r"^(?:absent|not\s+present|vacant|away)\b\.?", re.IGNORECASE)
#: the stop that ends the post's holder where a sentence follows: "Ann Reid. She reported
#: ..." (never an initial's stop: "A. Reid")
HOLDER_END = re.compile(r"(?<=[a-z]{3})\.\s+(?=(?:[A-Z][\w'’-]*\.?\s+){1,4}[a-z]{2,})")


def post_holder_text(rest: str) -> str:
    """What after a post's label names its holder: nothing when the post's holder is away
    or the post empty ("Absent.", "Vacant"), and no sentence that follows the name ("Ann
    Reid. Cllr B Moss wrote these notes")."""
    text = rest.strip()
    if POST_AWAY.match(text):
        return ""
    end = HOLDER_END.search(text)
    return text[: end.start()] if end else text


CELL_BORDER = re.compile(r"</?t[dh]\b[^<>]*>", re.IGNORECASE)
HEADER_CELLS = frozenset(
    {
        "name", "names", "role", "position", "capacity", "organisation", "representing",
        "member", "attendee", "attendance", "attendance comment", "comment", "status",
        "councillor", "councillors", "portfolio", "portfolio holder", "authority", "council",
        "post", "job title", "title", "ward", "party", "group", "represents", "members",
        "notes", "note",
    }
)  # fmt: skip
#: The heading row of a table of apologies and who stood in ("Apology from | Temporary
#: Appointment", "Apologies | Substitute"): the first column sends apologies, the second
#: substitutes for them.
APOLOGY_COLUMN = re.compile(
    r"(?:apolog(?:y|ies)(?:\s+(?:for\s+absence\s+)?(?:from|received))?|absent(?:\s+members?)?"
    r"|members?\s+absent)",
    re.IGNORECASE,
)
SUBSTITUTE_COLUMN = re.compile(
    r"(?:temporary\s+appointments?|substitutes?(?:\s+members?)?|substituted\s+by|replaced\s+by"
    r"|substitution)",
    re.IGNORECASE,
)
#: A reason for absence in the bracket after a name sending apologies ("(ill health)",
#: "(work commitments)", "(Holiday)"): lower-case words, or the genre's reasons; or a
#: reason under the code of an authority's list of reasons ("(1.Illness)", "(3.Constituent
#: Authority commitments)").
REASON = re.compile(
    r"^(?:\d{1,2}\.\s?[A-Za-z][\w'’ -]{0,60}"
    r"|(?-i:[a-z])[\w'’ -]{0,60}"
    r"|(?:ill(?:ness|\s+health)?|unwell|holiday|annual\s+leave|on\s+leave"
    r"|work(?:\s+commitments?)?|personal\s+\w+|family\s+\w+|medical\s+\w+|bereavement"
    r"|another\s+(?:meeting|engagement)|council\s+business|caring\s+\w+)[\w ]{0,40})$",
    re.IGNORECASE,
)
#: A cell that names nobody: "-", "None", "n/a".
NOBODY_CELL = re.compile(r"^(?:[-–—]+|none|nil|n/?a)$", re.IGNORECASE)
#: A cell of an attendance table that says how someone attended ("Name | Role | Present").
STATUS_CELLS = {
    "present": AttendanceRole.PRESENT,
    "also present": AttendanceRole.ALSO_PRESENT,
    "in attendance": AttendanceRole.IN_ATTENDANCE,
    "apologies": AttendanceRole.APOLOGIES,
    "absent": AttendanceRole.ABSENT,
    "present as substitute": AttendanceRole.SUBSTITUTE,
    "substitute": AttendanceRole.SUBSTITUTE,
}
#: statuses that say only that someone came, and the lists of people who are not the
#: body's members: under "Officers" or "Guests" a "Present" row keeps the list's role
THERE = (AttendanceRole.PRESENT, AttendanceRole.IN_ATTENDANCE)
NOT_MEMBERS = (AttendanceRole.IN_ATTENDANCE, AttendanceRole.ALSO_PRESENT)
APOLOGIES_SENTENCE = re.compile(
    # "9Apologies ...": a minutes table's number cell glued to its text
    r"(?:\b|(?<=\d))Apolog(?:y|ies)\s+(?:and\s+(?:a\s+)?(?:valid\s+)?reasons?\s+)?"
    # "apologies for non-attendance at the meeting on behalf of" (Northern Ireland), "for
    # absence from the meeting were submitted on behalf of"
    r"(?:(?:for|of)\s+(?:absence|non-attendance)(?:\s+(?:at|from)\s+the\s+meeting)?\s*)?"
    # "Apologies for absence, together with reasons, were received from ..."
    r"(?:,\s*(?:together\s+)?with\s+(?:the\s+)?reasons?,?\s+)?"
    r"(?:(?:were|had\s+been|was|be)\s+(?:also\s+)?"
    r"(?:received|submitted|tendered|given|noted|reported|recorded|intimated|presented|offered)"
    r"(?:\s+and\s+(?:accepted|approved|noted))?\s+)?(?:from|by|on\s+behalf\s+of"
    # "Apologies were received for the absence of Councillors A and B"
    r"|for\s+the\s+absence\s+of"
    # "Mr A Reid gave the apologies of Ms B Moss": whose they were, after "of"
    r"|of(?!\s+(?:absence|non-attendance)\b))\s*"
    r"(?:the\s+following\s*)?(?::-?)?\s*",
    re.IGNORECASE,
)
#: "To receive any apologies ... from Members": an agenda's item, not apologies received
AGENDA_FORMULA = re.compile(r"\b(?:to\s+)?(?:receive|note|record)\s+(?:any\s+)?$", re.IGNORECASE)
#: The title of a minute that records who came ("Apologies for Absence", "Substitutions",
#: "Reserve Members").
ATTENDANCE_MINUTE = re.compile(
    r"\b(?:apolog\w*|substitut\w*|attendance|absence|membership)\b"
    r"|^(?:(?:members|councillors|those)\s+)?present\b|^members[.:]?$"
    # "Reserves", "Reserve Members", "Reserves Present": the reserves who stood in
    r"|^reserves?(?:\s+members)?(?:\s+(?:present|attending))?[.:]?$",
    re.IGNORECASE,
)
#: A list's line closing on its separator: the names go on on the next line with text
LIST_LEFT_OPEN = re.compile(r"(?:,|\s(?:and|&))\s*$")
#: Where a reason starts after the names an apology is from.
RELATIVE_CLAUSE = re.compile(
    r",?\s+(?:who|whose|for\s+whom|as\s+(?:s?he|they)|due\s+to|because|owing\s+to"
    # "... from Cllr A Reid for medical reasons", "... on holiday", "... through illness"
    rf"|{ABSENCE_REASON}"
    r"|and\s+(?:these|this|they|it)\s+(?:was|were)\b"
    # "... from Cllr A Reid and in accordance with the agreed procedures it was ..."
    r"|and\s+in\s+accordance\s+with|and\s+it\s+was\s+(?:confirmed|noted|agreed|reported)"
    # "... of Mr B Moss from Fenwick LLP and introduced Ms C Lowe": the speaker goes on
    r"|(?:from\s+[A-Z][\w&' ]{1,60}?\s+)?and\s+(?:introduced|welcomed|explained|reported|noted)"
    r")\b"
)
#: "Substitute", "Substitute Member", "substitute member": the word the verbs below end in.
SUBSTITUTE_WORD = r"(?:a\s+)?[Ss]ubstitute(?:\s+[Mm]ember)?"
SUBSTITUTE_VERB = (
    rf"(?:substituted\s+for|attended\s+(?:the\s+meeting\s+)?as\s+{SUBSTITUTE_WORD}\s+for"
    r"|(?:attended|was\s+present|sat)\s+in\s+place\s+of"
    rf"|was\s+(?:present\s+)?as\s+{SUBSTITUTE_WORD}\s+for|(?:was\s+)?substituting\s+for"
    # "Councillor A Reid was in attendance as a substitute for Councillor B Moss"
    rf"|(?:was|were)\s+in\s+attendance\s+as\s+{SUBSTITUTE_WORD}\s+for"
    # "Councillor A Reid was welcomed as substitute Member for Councillor B Moss"
    rf"|was\s+welcomed\s+as\s+{SUBSTITUTE_WORD}\s+for"
    # "Councillor A Reid was a substitute for Councillor B Moss"
    rf"|was\s+{SUBSTITUTE_WORD}\s+for"
    # "(appointed) Councillor A Reid as a replacement member of the Committee in place of"
    r"|as\s+(?:a\s+)?replacement\s+member(?:\s+of\s+the\s+[A-Z][\w-]{1,30}){0,1}"
    r"\s+(?:in\s+place\s+of|for)"
    # "had been appointed as substitute for", "was nominated as a substitute for"
    rf"|(?:had\s+been|was)\s+(?:appointed|nominated|named)\s+as\s+{SUBSTITUTE_WORD}\s+for"
    # "confirmed he was attending as a substitute for"
    rf"|(?:confirmed\s+(?:that\s+)?(?:s?he|they)\s+(?:was|were)\s+)?attending\s+as"
    rf"\s+{SUBSTITUTE_WORD}\s+for)"
)
SUBSTITUTE_SENTENCE = re.compile(
    # "Mr A Reid, Youth Justice Agency, attended in place of ...": where they come from
    # between commas
    rf"(?<![\w'’-])(?P<sub>{NAME})(?:,\s[A-Z][^,.;()]{{2,60}},)?\s+{SUBSTITUTE_VERB}\s+(?P<for>{NAME})"
)
#: "Apologies ... from Cllr A Reid (X Council), for whom Cllr B Moss substituted."
FOR_WHOM = re.compile(
    rf"(?<![\w'’-])(?P<for>{NAME})(?:\s*\([^()]{{0,80}}\))?,?\s+for\s+whom\s+(?P<sub>{NAME})"
    r"\s+(?:substituted|deputised|attended\s+as\s+(?:a\s+)?substitute|was\s+(?:a\s+)?substitute)"
)
#: "... from Cllr A Reid with Cllr B Moss attending as his substitute", "... from Cllr A Reid
#: and Cllr B Moss attended as substitute": a substitute for the last name sending apologies.
IMPLICIT_SUBSTITUTE = re.compile(
    rf"(?:,?\s+(?:with|and|whilst|while)|;)\s+(?P<sub>{NAME})\s+(?:attending|attended|present)\s+as"
    rf"\s+(?:(?:his|her|their)\s+)?{SUBSTITUTE_WORD}\b(?!\s+for\b)"
)
#: "... it was confirmed that Cllr B Moss would be his substitute": a substitute for the
#: last name the sentence's apologies are from.
NAMED_AS_THEIR_SUBSTITUTE = re.compile(
    rf"(?<![\w'’-])(?P<sub>{NAME})\s+(?:would\s+be|was|acted\s+as|attended\s+as)"
    r"\s+(?:his|her|their)\s+substitute\b(?!\s+for\b)"
)
#: "The following Substitute Members were noted:", "The Committee noted that the following
#: substitutions had been made:": the lines after it are "X for Y", one substitute each.
SUBSTITUTES_INTRO = re.compile(
    r"\bthe\s+following\s+(?:substitut(?:ions?|es)|substitute\s+members?)\b[^:.]{0,80}"
    r"(?::|\s[-–]|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
SUBSTITUTED_BY = re.compile(
    rf"(?<![\w'’-])(?P<for>{NAME})\s+(?:was|had\s+been)\s+substituted\s+by\s+(?P<sub>{NAME})"
)
#: "Cllr A Reid and Mr B Moss sent their apologies.", "Cllr C Lowe had tendered apologies",
#: "Ann Reid had also sent her apologies.", "Councillors A Reid, B Moss and C Dunn had all
#: given their apologies for absence.", "Councillor Fenby apologised for his absence."
SENT_APOLOGIES = re.compile(
    r"^(?P<names>[A-Z][^.;:]{2,300}?)\s+(?:also\s+)?(?:had\s+|have\s+)?(?:also\s+|all\s+)?"
    r"(?:(?:sent|gave|given|tendered|submitted|offered)"
    r"\s+(?:(?:their|his|her|an)\s+)?apolog(?:ies|y)\b|apologi[sz]ed\s+for\s+(?:their|his|her)"
    r"\s+absence\b)"
)
#: "Councillors A Reid and B Moss attended the meeting as observers": also present
OBSERVERS = re.compile(
    r"^(?P<names>[A-Z][^.;:]{2,300}?)\s+attended\s+(?:the\s+meeting\s+)?as\s+"
    r"(?:an?\s+)?observers?\b[^.;:]{0,80}\.?$"
)
NOT_PRESENT = re.compile(r"^(?P<names>.{3,300}?)\s+(?:was|were)\s+not\s+present\.?$")
#: The full stop ending a sentence, not an initial's or a title's ("Mr A. B. Smith",
#: "Cllrs. N. Austin and D. Boeck").
ABBREVIATION_BEFORE = re.compile(rf"(?:^|[\s(.])(?:[A-Z]|St|{TITLE_WORDS}|{PLURAL_TITLE})$")
#: A verb that makes a line starting with a name a sentence ("Cllr A Smith was ...").
VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|said|asked|noted|declared|welcomed|informed|thanked)\b"
)
BRACKETS = re.compile(r"\([^()]*\)")
#: "Alan Pughsley QPM (Chief Constable, Kent Police) was in attendance for this item."
FOR_THIS_ITEM = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s*"
    r"(?:\((?P<capacity>[^()]+)\))?\s+(?:was|were)\s+in\s+attendance\s+for\s+this\s+item\.?$"
)


def post_only(name: str, capacity: str | None) -> bool:
    """Whether a piece of a list of officers is a post and nobody's name ("Head of
    Planning", "Senior Highways Engineer"), or a post's own bracket read as a name
    ("Principal Planning Officer (Minerals)"): no title, and it opens with a word of a
    post, or it is the single word its capacity closes on in brackets. A rank alone with
    nobody after it ("Chief Constable" on its line) is a post too."""
    name = name.strip()
    if IS_TITLE.match(name):
        return True
    if STARTS_WITH_TITLE.match(name) or not name:
        return False
    if capacity and " " not in name and capacity.rstrip().endswith(f"({name})"):
        return True
    words = name.split()
    if len(words) < 2 or any(re.fullmatch(r"(?:[A-Z]\.?){1,3}", w) for w in words):
        return False  # one word, or initials: a name
    return words[0].lower() in POST_FIRST_WORDS or words[-1].lower() in POST_LAST_WORDS


#: words a post opens with, never a forename: "Head of ...", "Senior ...", "Principal ..."
POST_FIRST_WORDS = frozenset(
    {
        "head",
        "senior",
        "principal",
        "chief",
        "director",
        "deputy",
        "assistant",
        "interim",
        "acting",
        "corporate",
        "strategic",
    }
)
#: words a post ends with, never a surname: "... Highways Engineer", "... Services Officer"
POST_LAST_WORDS = frozenset(
    {"engineer", "officer", "manager", "planner", "surveyor", "accountant", "adviser", "advisor"}
)


def without_post_remnants(entries: list[NameEntry]) -> list[NameEntry]:
    """The entries of an officers' list without the single untitled words a post split at
    its "and" or "&" leaves ("Director of Improvement & Performance" gives "Performance"):
    only in a list that prints posts with nobody named, where no officer is a bare word."""
    if not any(post_only(e.as_written, None) for e in entries):
        return entries
    return [
        e
        for e in entries
        if len(e.as_written.split()) > 1 or STARTS_WITH_TITLE.match(e.as_written) is not None
    ]


#: "(Ms B Moss attended as substitute)" in the bracket after a name sending apologies:
#: who stood in for them
BRACKET_SUBSTITUTE = re.compile(
    r"^(?P<sub>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5})\s+(?:attended|was\s+present|sat)"
    r"\s+as\s+(?:(?:a|his|her|their)\s+)?substitute(?:\s+member)?$"
)


#: "(substituted by Cllr B Moss)", "(replaced by Ms B Moss)", "(Cllr B Moss substituting)";
#: after an apology, "(Cllr B Moss attending)", "(Ms B Moss deputising)" name who came instead
BRACKET_SUBSTITUTED_BY = re.compile(
    r"^(?i:(?:substituted|replaced|deputised)\s+by|substitute(?:\s+member)?:?)\s+"
    r"(?P<sub>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5})$"
    r"|^(?:with\s+)?(?P<before>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){1,5})"
    r"\s+(?:substituting|attending|deputi[sz]ing)(?:\s+(?:instead|in\s+(?:her|his|their)\s+place))?$"
)


def substitute_in_bracket(bracket: str) -> str | None:
    """The substitute a bracket after an apology names ("Ms B Moss attended as
    substitute", "substituted by Cllr B Moss"), else None."""
    match = BRACKET_SUBSTITUTE.match(bracket.strip()[:200])
    if match:
        return match["sub"]
    by = BRACKET_SUBSTITUTED_BY.match(bracket.strip()[:200])
    return (by["sub"] or by["before"]) if by else stood_in_absence(bracket)


def role_of_label(label: str) -> AttendanceRole:
    for pattern, role in LABEL_ROLES:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return role
    raise ValueError(label)  # unreachable: LABEL is built from LABEL_ROLES


def flattened_dash_label(text: str) -> tuple[AttendanceRole, list[tuple[int, str, str]]] | None:
    """'Others in attendance: A Reid - Clerk, Wyke Council B Moss - ...': a label and the
    rows run on after it (see attendance_flattened_dashes), with their offsets in `text`;
    None for any other line."""
    match = LABEL.match(text) if " - " in text or " – " in text else None
    if match is None or not match["rest"]:
        return None
    rows = dash_rows(text[match.start("rest") :])
    if rows is None:
        return None
    return role_of_label(match["label"]), [(match.start("rest") + at, n, p) for at, n, p in rows]


#: What follows a label's colon when its list starts on the line below: a dash or a
#: bullet ("PRESENT: -", "Apologies: –"), no one's name
DASHES_ONLY = re.compile(r"^[-–—•·*_.]{1,5}$")


def label_line(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'PRESENT: names', 'Present' alone, 'Apologies were received from:': label, role,
    the rest of the line."""
    match = LABEL.match(text)
    if match:
        label, role, rest = match["label"], role_of_label(match["label"]), match["rest"].strip()
    elif (misread := misread_label(text)) is not None:
        label, role, rest = misread  # "eresent: ...", "Apoloaies: ...": a letter misread
    elif (bare := BARE_CAPITALS_LABEL.match(text)) and table_rows(bare["rest"]):
        # "PRESENT Ann Reid Fenby Parish Council Ben Moss ...": a table's rows run on
        label, role, rest = bare["label"], role_of_label(bare["label"]), bare["rest"]
    else:
        return None
    if DASHES_ONLY.match(rest):  # "PRESENT: -", its names on the lines below
        rest = ""
    if role is AttendanceRole.APOLOGIES:  # "Apologies: were received from A and B."
        rest = RECEIVED_FROM.sub("", rest, count=1)
    listed = (
        STARTS_WITH_TITLE.match(rest)
        or CIVIC_HEAD_TITLED.match(rest)  # "Mayor Councillor A Reid (Town Ward). ..."
        or post_first_entry(rest)
        or post_then_bracketed_holder(rest)
        or name_post_run(rest)  # "Attending: A. Reid, Chief Executive; B. Moss, ..."
        or table_rows(rest)
    )
    if rest and not listed and lower_case_words(without_public_count(rest)) >= 3:
        return None  # "Attendance at meetings: the Panel noted ...": a sentence, not a list
    return label, role, rest


#: the civic head's office before a councillor's title, opening a list: "Mayor Councillor A
#: Reid", "Town Mayor Cllr B Moss"
CIVIC_HEAD_TITLED = re.compile(
    r"^(?:(?:Deputy|Town)\s+)?(?:Mayor|Chairman|Chair)\s+(?:Councillor|Cllr)\.?\s"
)
#: A label in capitals with no stop before the rest of its line ("PRESENT Ann Reid ..."),
#: read only when the rest is a table's rows run together
BARE_CAPITALS_LABEL = re.compile(
    r"^(?P<label>PRESENT|ALSO PRESENT|IN ATTENDANCE|APOLOGIES)\s+(?P<rest>[A-Z].{0,4000})$"
)


#: "were received from", "received from": an apology sentence's verb run on after its
#: label ("Apologies: were received from A and B."), before the names; or the sentence
#: whole after the label ("Apologies: Apologies for absence were received from ...")
RECEIVED_FROM = re.compile(
    r"^(?:(?i:apologies(?:\s+for\s+absence)?)\s+(?=(?:were|was|have|had)\s))?"
    r"(?:(?:were|was|have\s+been|had\s+been)\s+)?received\s+from\s+(?=[A-Z])"
)


#: "The Chief Constable, Mr J D Hart, QPM; ...": a post, a comma, then its titled holder.
POST_FIRST = re.compile(r"^(?P<post>[A-Za-z][\w'’ -]{2,80}?),\s?(?P<holder>\S[^,;]{1,80})")


def post_first_entry(text: str) -> bool:
    """Whether a list opens with a post printed before its titled holder ("The Chief
    Constable, Mr J D Hart"), as officers' lists print them: a list, not a sentence."""
    match = POST_FIRST.match(text)
    if match is None or not STARTS_WITH_TITLE.match(match["holder"]):
        return False
    post = re.sub(r"(?i)^the\s", "", match["post"])
    return is_office(post)


#: "Members:" alone, or before names: a list of those present when no other list is open
#: (inside one, it heads a group of it).
MEMBERS_LABEL = re.compile(
    r"^(?P<label>(?:(?:committee|panel|board|sub-committee)\s+)?members)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
#: "Councillors" alone on its line inside a list: the title of the names under it.
PLURAL_TITLE_LINE = re.compile(rf"^(?P<title>{PLURAL_TITLE})\s*:?$")


#: Most rows a list printed in columns is read for (bounds the scan).
MAX_ROWS = 200


def column_heading(raw: str) -> list[tuple[int, tuple[str, AttendanceRole, str]]] | None:
    """'Members:          Officers:': two to four labels alone, split by runs of spaces,
    heading lists printed side by side; where each starts, and the label. None unless
    every cell is a label with no names after it."""
    cells = label_cells(raw)
    if cells is None:
        return None
    found = []
    for at, cell in cells:
        text = plain(cell)
        label = label_line(text) or members_label(text)
        if label is None or label[2]:
            return None
        found.append((at, label))
    return found


def group_columns_heading(raw: str) -> list[str] | None:
    """'Councillor Members:<TAB>Independent Members:': two to four kinds of member, each
    heading its own column of the list of those present; the kinds, or None."""
    if "\t" not in raw or len(raw) > 240:
        return None
    cells = [cell.strip() for cell in raw.strip().split("\t") if cell.strip()]
    if not 2 <= len(cells) <= MAX_COLUMNS or not all(c.endswith(":") for c in cells):
        return None
    # "Councillor Members" is a kind of member here, not a name with its title
    if not all(MEMBERS_HEADING.match(cell) for cell in cells):
        return None
    return [cell.rstrip(":") for cell in cells]


#: Marks a key explains ("† parish member"); an asterisk may be a bullet as well.
KEY_MARKS = "*†‡§¶"
#: After an asterisk, what makes it a key's mark, not a bullet: "=", "denotes", a
#: lower-case word, or a second mark further on the line.
KEY_AFTER_ASTERISK = re.compile(r"^(?:=|(?i:denotes|indicates)\b|[a-z])|\S\s{1,6}[*†‡§¶]")


def key_line(raw: str) -> bool:
    """Whether a line is the key to marks printed after names ("* Secretary of State
    member  † parish member", "† denotes a co-opted member"): the list above is over.
    A bulleted name ("* Cllr A Reid") or bold text ("**Present**") is no key."""
    text = raw.strip()[:200]
    if not text or text[0] not in KEY_MARKS or text.startswith("**"):
        return False
    rest = text.lstrip(KEY_MARKS + " ")
    if STARTS_WITH_TITLE.match(rest):
        return False
    return text[0] != "*" or KEY_AFTER_ASTERISK.search(rest) is not None


def members_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'Members:' opening the list of members present, as a label does."""
    match = MEMBERS_LABEL.match(text)
    if match is None or (match["rest"] and lower_case_words(match["rest"]) >= 3):
        return None
    return match["label"], AttendanceRole.PRESENT, match["rest"].strip()


def group_line(text: str) -> tuple[str, str] | None:
    """'Members:' or 'Kent Police: Tim Smith ...': the group, and the names after it."""
    match = GROUP.match(text[:200])
    if not match or STARTS_WITH_TITLE.match(match["group"]):
        return None
    group = match["group"]
    if NOTE_LABEL.fullmatch(group.strip()):
        return None  # "NOTE: As the Chair was not present, ...": a note, no group
    if not match["rest"].strip() and _small_words_only(group):  # a heading of its own
        return (group.strip(), "") if len(group.split()) <= GROUP_WORDS_ALONE else None
    if APPOINTING_GROUP.match(group) and len(group.split()) <= GROUP_WORDS_ALONE:
        pass  # "Appointed by the Secretary of State (National): Mr A Reid"
    elif len(group.split()) > GROUP_WORDS or lower_case_words(group) > 2:
        return None
    # "External Members:- Rev. A Reid": the Scots colon and dash are the stop
    return match["group"].strip(), GROUP_STOP.sub("", text[match.end("group") :], count=1)


#: A note's label ("NOTE:", "N.B.:", "Please note:"): what follows is a remark
NOTE_LABEL = re.compile(r"(?:please\s+)?note|n\.?\s?b\.?", re.IGNORECASE)
#: What parts a group from its names: a colon, perhaps a dash after it (":-")
GROUP_STOP = re.compile(r"^ {0,3}:{1,2}-? {0,3}")


#: "Conservative Group – Councillor A Reid, ...", "Wensby Borough Council – Councillors X
#: and Y", "Independent Members – Mrs A Reid and Mr B Moss", "Parish Representatives – ...":
#: a party group, a council or a kind of member, a dash, and the members it has there.
DASH_GROUP = re.compile(
    r"^(?P<group>[A-Z][\w'’&. -]{0,80}?\s(?:Group|Party|Council|Members|Representatives))"
    r"\s+[-–—]\s+(?P<rest>\S.{0,600})$"
)
#: "Wensby Borough Council", "Hexton City Council": a council, which sends its members.
COUNCIL_GROUP = re.compile(
    r"^(?:[A-Z][\w'’&.-]*\s){1,6}Council$"
    # "Wyke Borough Councillors:": the councillors a combined authority's council sent
    r"|^(?!(?:Other|Visiting|Local)\s)(?:[A-Z][\w'’&.-]*\s){2,6}Councillors$"
    # "Wyke Councillors:": a council's members, named by its place alone
    r"|^(?!(?:Other|Visiting|Local|County|District|Borough|City|Town|Parish|Ward|Co-opted)\s)"
    r"[A-Z][\w'’&.-]*\sCouncillors$"
)


#: "Councillors A Reid and B Moss - Wyke Borough Council": names, a spaced dash, a council
NAMES_DASH_COUNCIL = re.compile(
    r"^(?P<names>[A-Z][^–—]{3,300}?)\s[-–—]\s(?P<council>[A-Z][^-–—()]{3,100}?)\.?$"
)


def names_then_council(text: str) -> tuple[str, str] | None:
    """'Councillors A Reid and B Moss - Wyke Borough Council': the names and the council
    all of them sit for; None unless a title opens the names, two or more are named and
    a council follows the dash."""
    match = NAMES_DASH_COUNCIL.match(text.strip()) if len(text) <= 420 else None
    if match is None or not _starts_a_name(match["names"]):
        return None
    if COUNCIL_GROUP.match(match["council"].strip()) is None:
        return None
    if len(split_name_list(match["names"])) < 2:
        return None
    return match["names"], match["council"].strip()


#: "Mr T Reid and Mrs G Moss (Independent Members)": names, then one bracket naming a kind
#: of member in the plural
NAMES_PLURAL_BRACKET = re.compile(
    r"^(?P<names>[A-Z][^()]{3,300}?)\s*\((?P<kind>[^()]{0,60}?\b(?:Members|Representatives"
    r"|Co-optees|Councillors))\)\.?$"
)


def names_then_plural_kind(text: str) -> tuple[str, str] | None:
    """'Mr T Reid and Mrs G Moss (Independent Members)': the names and the kind of member
    the plural bracket makes all of them; None unless a title opens the names and two or
    more are named, none with a bracket of their own."""
    match = NAMES_PLURAL_BRACKET.match(text.strip()) if len(text) <= 420 else None
    if match is None or not _starts_a_name(match["names"]):
        return None
    entries = split_name_list(match["names"])
    if len(entries) < 2 or any(e.capacity for e in entries):
        return None
    return match["names"], match["kind"].strip()


def dash_group_line(text: str) -> tuple[str, str] | None:
    """'Conservative Group – Councillor A Reid, Councillor B Moss': the group (what its
    members sit for) and the names after the dash; None unless names follow it."""
    match = DASH_GROUP.match(text) if len(text) <= 700 else None
    if match is None or not _starts_a_name(match["rest"]):
        return None
    if MEMBERS_LABEL.match(f"{match['group']}:"):
        return None  # "Committee Members – ...": the list's own members, no group of them
    return match["group"], match["rest"]


#: "Schools Members", "Non-Schools Members", "Co-opted Members": a kind of member alone on
#: its line (no colon) heading the members of that kind under it.
MEMBERS_HEADING = re.compile(r"^(?:[A-Z][\w'’-]{0,30}\s){1,4}Members(?P<colon>:)?$")
#: "Community Representatives", "Church Representatives": the members a kind of
#: organisation sends, alone on their line (who they sit for: `APPOINTING_GROUP`)
REPRESENTATIVES_HEADING = re.compile(r"^(?:[A-Z][\w'’-]{0,30}\s){1,3}Representatives$")


#: "Councillor Members:", "County Councillor Members": a title then "Members", the kind of
#: member a police authority seats beside its magistrate and independent members; a
#: name never ends in "Members".
TITLE_KIND = re.compile(r"^(?:County\s+)?(?:Councillor|Elected)\s+Members:?$", re.IGNORECASE)


#: "Committee Members", "Burial Committee Members": the body's own members, no seat of
#: their own (beside "Visiting Members" or "Independent Members"); "Cabinet Members" hold
#: a seat, a portfolio, beside the councillors who attend the cabinet
OWN_MEMBERS = re.compile(r"\b(?:committee|sub-committee|panel|board)\s+members:?$", re.I)


def seat_of(kind: str | None) -> str | None:
    """The seat a members' heading gives those under it ("Independent Members"); none
    for the body's own members ("Committee Members", OWN_MEMBERS)."""
    return None if kind is None or OWN_MEMBERS.search(kind) else kind


def members_heading(text: str) -> str | None:
    """'Schools Members' alone on its line inside a list: the group of the members under
    it, not a person; None for any other line."""
    text = text.strip()
    if len(text) > 120 or (STARTS_WITH_TITLE.match(text) and not TITLE_KIND.match(text)):
        return None
    if text.isupper():  # "POLITICAL MEMBERS:" in capitals: the same heading
        match = MEMBERS_HEADING.match(text.title())
        return text.title().rstrip(":") if match else None
    match = MEMBERS_HEADING.match(text)
    return text.rstrip(":") if match else None


BARE_MEMBERS_IN_ATTENDANCE = re.compile(r"^members\s+in\s+attendance$", re.IGNORECASE)
#: "Members" alone on its line under "Present": the heading of the body's own members.
BARE_MEMBERS = re.compile(r"^members$", re.IGNORECASE)
#: "MPA officers", "Council Officers present": whose officers they are, a word or three
#: before "officers", alone on the line (the label of those in attendance).
OWNERS_OFFICERS = re.compile(
    r"^(?P<label>(?:[A-Z][\w&'’.-]{0,30}\s){1,3}officers"
    r"(?:\s+present|\s+in\s+attendance)?)\s*:?$",
    re.IGNORECASE,
)


def owners_officers_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """'MPA officers' alone on its line: the label of the officers in attendance, as
    label_line gives it; None for any other line."""
    match = OWNERS_OFFICERS.match(text.strip())
    if match is None or not text.strip()[:1].isupper():
        return None
    return match["label"], AttendanceRole.IN_ATTENDANCE, ""


def council_group(group: str) -> bool:
    """A group of a list named after a council ("Marshbrook District Council:"): the
    council its members were sent by, so what they represent. In capitals
    ("REDCAR AND WYKE BOROUGH COUNCIL", as older typed minutes print it) the small words
    joining a place's name count; "THE" inside is a sentence ("MEMBERS OF THE COUNCIL")."""
    group = group.strip()
    if group.isupper():
        if CAPITALS_SENTENCE.search(group):
            return False
        group = group.title()
    return COUNCIL_GROUP.match(group) is not None


#: "THE" inside a heading in capitals, or a first word no council's name has.
CAPITALS_SENTENCE = re.compile(r"\sTHE\s|^(?:MEMBERS|OTHER|ALL|REPORTS?)\b")


#: "Independent Adviser", "Statutory Scrutineer": one post, singular, a word or two before
#: its office word; the label of the one person after it.
POST_LABEL = re.compile(r"^(?:[A-Z][\w'’-]{1,30}\s){1,2}(?P<office>[A-Za-z]{3,30})$")


def post_label(group: str) -> bool:
    """Whether a label names one post ("Independent Adviser: Mr A Reid"): its last word
    is an office word in the singular, not "Member". "Religious Representatives" is a
    group."""
    match = POST_LABEL.match(group.strip())
    if match is None or match["office"].lower() in ("member", "councillor"):
        return False  # "Community Council Member:" is a kind of member, no post
    return match["office"].lower() in OFFICE_WORDS


#: A sentence ending in a colon that the list follows: "The following Officers were in
#: attendance:", "... held at the Council Offices at 9.30 am when there were present:".
SENTENCE_LABEL = re.compile(
    r"^(?:the\s+following(?:\s+[\w-]+){0,3}\s+(?:were|was)"
    r"|.{0,200}?\b(?:when|at\s+which|where)\s+there\s+were)"
    r"\s+(?P<how>(?:also\s+)?present|(?:also\s+)?in\s+attendance)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def sentence_label(text: str) -> tuple[str, AttendanceRole, str] | None:
    """A sentence introducing the list under it, as label_line gives a label: the
    label ("in attendance", "present"), its role and the rest of the line; None when the
    line is no such sentence."""
    match = SENTENCE_LABEL.match(text.strip())
    if match is None:
        return None
    how = re.sub(r"\s+", " ", match["how"])
    return how, role_of_label(how), match["rest"].strip()


#: A label that says its people are officers ("Officers in Attendance", "Officers
#: present"): its groups ("Police Force:") are whose officers they are, not guests.
OFFICERS_LABEL = re.compile(r"\bofficers?\b", re.IGNORECASE)


def officers_label(label: str) -> bool:
    """Whether a list's label names officers, so that a group under it ("Police
    Authority:", "Police Force:") keeps the label's role instead of also present."""
    return OFFICERS_LABEL.search(label) is not None


def group_role(group: str) -> AttendanceRole | None:
    """The role of the people under a group of a list of those present: the Commissioner's
    office, the force, guests "By invitation" attend without being members (also present);
    None for a group of members."""
    if clerk_group(group):  # "Clerk: Ann Reid", "Clerk and RFO: Mr B Moss": the officer
        return AttendanceRole.IN_ATTENDANCE
    return AttendanceRole.ALSO_PRESENT if ALSO_PRESENT_GROUP.search(group) else None


#: "Patel, M.": a surname and the initial that tells two members apart, one name.
SURNAME_INITIALS = re.compile(r"[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30})?,\s?(?:[A-Z]\.\s?){1,3}")
#: A table cell saying who a member stood in for ("Substitute for Cllr A Rix").
SUBSTITUTE_CELL = re.compile(r"(?i)^substitut(?:e|ing)\s+for\s+\S")
#: The gap between columns of a list flattened to text: three spaces or more.
COLUMN_GAP = re.compile(r"[ \u00a0]{3,}")
NAME_CELL = re.compile(
    r"^(?:[A-Z]|(?:de|van|von|ap|le|la|du|di|da)\s)[\w'’., -]{0,40}(?:\s\([\w'’ -]{1,30}\))?$"
)


def name_columns(raw: str) -> list[str] | None:
    """'Abbott      Fernandes      O'Dowd': a row of names printed in columns (each cell a
    name or a surname, no lower-case words); None for any other line."""
    text = raw.strip()
    if len(text) > 200 or not COLUMN_GAP.search(text):
        return None
    cells = COLUMN_GAP.split(text)
    if len(cells) < 2 or any(c[-1:] == ":" or re.search(r"\d", c) for c in cells):
        return None
    if not all(NAME_CELL.match(c) and lower_case_words(c) == 0 for c in cells):
        return None
    return cells


#: "Representing Wyke Council" alone over the members a council sent to a joint board
REPRESENTING = re.compile(r"^Representing\s(?:the\s)?[A-Z][\w'’-]*(?:\s[\w'’&-]+){0,7}$")


def organisation_heading(text: str) -> str | None:
    """'Haldermoor County Council' alone on its line inside a list: the council or body
    that sent the members under it (no colon, no person, no capitals-only running header);
    None for any other line."""
    text = text.strip()
    if len(text) > 100 or ":" in text or text.isupper() or re.search(r"[\d()|]", text):
        return None
    words = text.split()
    if len(words) > GROUP_WORDS_ALONE or _starts_a_name(text):
        return None  # "Councillors A Reid, District Councillor, B Moss": names, a tier among
    if REPRESENTING.match(text):  # "Representing Comhairle nan Eilean Siar": a Gaelic name
        return text
    if not all(w[:1].isupper() or w in SMALL_WORDS for w in words):
        return None
    if run_on_posts(text, is_office):  # "A Reid, Wyke Ambulance Service B Moss, Agency"
        return None
    return text if names_an_organisation(text) and not post_dash_name(text) else None


def absence_reason(bracket: str) -> bool:
    """Whether a bracket after a name sending apologies says why ("(ill health)",
    "(holiday)"), not who they are ("(Culverdale Police)", "(Chairman)")."""
    said = bracket.strip()
    if not said or re.match(r"(?i)substitut", said):
        return False
    return REASON.match(said) is not None and not any(
        w.lower() in OFFICE_WORDS for w in said.split()
    )


def _small_words_only(phrase: str) -> bool:
    """A phrase whose lower-case words are all small words ("Office of the Commissioner
    for X"): a name of a group, not a sentence ("The Panel noted the following")."""
    return all(w in SMALL_WORDS for w in re.findall(r"\b[a-z][\w'’-]*", phrase))


def table_cells(raw: str) -> list[str] | None:
    """A row of a flattened table: cells split by tabs, '|' or '<td>', at least two."""
    text = raw.strip()
    if "<t" in text.lower():
        cells = CELL_BORDER.split(text)
    elif text.startswith("|"):
        cells = text.strip("|").split("|")
    elif " | " in text:  # "Name | Representing | Position", no outer border
        cells = text.split("|")
    elif "\t" in text:
        cells = text.split("\t")
    else:
        return None
    found = [plain(c) for c in cells]
    if all(re.fullmatch(r"[-:\s]*", c) for c in found):
        return []  # a table's border row ("|---|---|")
    found = [c for c in found if c]
    return found if len(found) >= 2 else None


def apologies_sentence(text: str, start: int = 0) -> tuple[str, bool, int] | None:
    """'Apologies for absence were received from X and Y.': the names, whether the
    sentence leaves them to the lines after it ('... received from:'), and where it ends."""
    if "polog" not in text.lower():  # "APOLOGIES FOR ABSENCE were received from ..."
        return None
    match = APOLOGIES_SENTENCE.search(text, start)
    if not match or AGENDA_FORMULA.search(text[max(0, match.start() - 40) : match.start()]):
        return None  # "To receive any apologies for absence from Board Members": an agenda's
    end = sentence_end(text, match.end())
    names = before_next_sentence(text[match.end() : end])
    end = match.end() + len(names)  # a sentence run on without its stop ends the names
    names = joined_from_groups(names) or names  # "from Cllr A Reid and from Mr B Moss"
    names = bracketed_substitutes(names) or names  # ", for whom Cllr B was substituting,"
    outside = BRACKETS.sub(lambda m: " " * len(m.group()), names)  # same length, no brackets
    if RELATIVE_CLAUSE.search(outside):  # "from Cllr A Reid, who was at another meeting"
        names = without_reasons(names, RELATIVE_CLAUSE)  # the reason is not a name
    names = before_with_pairs(names) or names  # "... with Cllr B substituting for Cllr A"
    closed = PASSIVE_CLOSE.search(names)  # "Apologies from Cllr A Reid were accepted."
    if closed is not None:
        names = names[: closed.start()]
    return names, not names.strip(), end


#: the verb closing an apologies sentence whose names come first: "Apologies from Cllr A
#: Reid and Cllr B Moss were received", "... had been received and accepted" (no name holds
#: a finite verb)
PASSIVE_CLOSE = re.compile(
    r"\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:also\s+|duly\s+)?"
    r"(?:received|accepted|noted|approved|tendered|submitted|given|recorded|offered|presented)\b"
)


#: "from" repeated at the start of an apologies sentence's next line ("... Cllr A Reid and"
#: / "from Cllr B Moss (Fenby Council), for whom no substitute attended.")
FROM_AGAIN = re.compile(r"^from\s+(?=[A-Z])")


def apology_names_going_on(text: str) -> str:
    """The names on the line an apologies sentence goes on to, up to its full stop: the
    repeated "from" before them and any reason after them ("..., for whom no substitute
    attended", "who was on holiday") are not names."""
    names = carried_reason_cut(FROM_AGAIN.sub("", text))  # "holiday and Cllr B Moss"
    return without_reasons(names, RELATIVE_CLAUSE)


#: longest unfinished sentence carried to the next line
MAX_TAIL = 120
#: A titled name inside an unfinished sentence, where its own clause may begin
TITLED_IN_TAIL = re.compile(rf"(?<![\w'’-]){TITLE}\s(?=[A-Z])")


def unfinished_tail(text: str) -> str | None:
    """The last sentence of a line when it is unfinished and opens with a titled name
    ("... Hollingdrake. Councillor Ellery attended as"); None otherwise."""
    start = 0
    while (end := sentence_end(text, start)) < len(text):
        start = end + 1
    tail = text[start:].strip()
    if tail and not STARTS_WITH_TITLE.match(tail):
        # "Resolved - That it be noted that Councillor Threlfall was": from the last name
        named = list(TITLED_IN_TAIL.finditer(tail[-MAX_TAIL:]))
        tail = tail[-MAX_TAIL:][named[-1].start() :] if named else ""
    if not tail or len(tail) > MAX_TAIL or not STARTS_WITH_TITLE.match(tail):
        return None
    return tail


#: "... it be noted that apologies for": an apologies sentence broken before its verb
APOLOGY_HEAD = re.compile(r"\b[Aa]polog(?:y|ies)(?:\s+for)?$")


def apology_head(text: str) -> str | None:
    """The start of an apologies sentence left at the end of a line ("... noted that
    apologies for" / "absence had been received from X"): the words to read before the
    next line; None otherwise."""
    match = APOLOGY_HEAD.search(text[-40:])
    if match is None or apologies_sentence(text) is not None:
        return None
    return match.group()


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running from `start` ends: its full stop (not an initial's or a
    title's), or the end of the text."""
    for stop in re.finditer(r"\.(?=\s|$)", text[start:]):
        at = start + stop.start()
        if not ABBREVIATION_BEFORE.search(text[max(0, at - 20) : at]):
            return at
    return len(text)


#: "Cllr A Reid (Wyke Council) substituted for ...": the organisation before the verb
SUBSTITUTE_ORIGINS = origin_patterns(SUBSTITUTE_VERB)


def substitute_origins(text: str) -> dict[str, str]:
    """Each substitute's organisation printed between their name and the verb."""
    cut = cut_substitute_origins(text, SUBSTITUTE_ORIGINS)
    return cut[1] if cut else {}


def substitute_sentences(text: str) -> list[tuple[str, str]] | None:
    """'X substituted for Y', 'X attended as a substitute for Y', 'Y was substituted by X':
    (substitute, whom for) for each, an organisation printed before the verb set aside."""
    cut = cut_substitute_origins(text, SUBSTITUTE_ORIGINS)
    text = cut[0] if cut else text
    lower = text.lower()
    if "substitut" not in lower and "in place of" not in lower and "deputised" not in lower:
        return None
    found = [(m["sub"], m["for"]) for m in SUBSTITUTE_SENTENCE.finditer(text)]
    found += [(m["sub"], m["for"]) for m in FOR_WHOM.finditer(text)]
    found += [(m["sub"], m["for"]) for m in SUBSTITUTED_BY.finditer(text)]
    found += possessive_substitutes(text) or []  # "X was attending as Y's substitute"
    return found or None


def apology_for_whom(text: str, whom: str) -> bool:
    """Whether the line opens with `whom` and "for whom X was substitute": in a list
    under "Apologies for absence were received from:", `whom` sent apologies too
    ("Councillor A Reid, for whom Councillor B Moss was substitute;")."""
    match = FOR_WHOM.match(text.strip())
    return match is not None and match["for"].strip() == whom.strip()


def their_substitute(text: str, end: int, begin: int = 0) -> str | None:
    """'... from Cllr A Reid and ... it was confirmed that Cllr B Moss would be his
    substitute.': the substitute named in the apologies sentence ending at `end` (after
    `begin`, where the sentence before it ended: its substitute is not this one's)."""
    if "substitute" not in text[begin:end]:
        return None
    match = NAMED_AS_THEIR_SUBSTITUTE.search(text[begin:end])
    return match["sub"] if match else None


def implicit_substitute(names: str) -> tuple[str, str] | None:
    """'Cllr A Reid with Cllr B Moss attending as his substitute': the names sending
    apologies, and the substitute whose "for" is the last of them."""
    if "ubstitute" not in names:
        return None
    match = IMPLICIT_SUBSTITUTE.search(names)
    if match is None or not names[: match.start()].strip():
        return None
    return names[: match.start()], match["sub"]


def substitutes_intro(text: str) -> str | None:
    """'The following substitutions had been made:': the rest of the line (names may
    follow on it or under it); None for any other line."""
    if "following" not in text.lower():
        return None
    match = SUBSTITUTES_INTRO.search(text)
    # "... was reported:-": the dash after the colon is the label's, no name
    return match["rest"].strip().lstrip("-–").strip() if match else None


def sent_apologies_sentence(text: str) -> list[str] | None:
    """'Cllr A Reid and Mr B Moss sent their apologies.': the names, for each sentence of
    the line that says so (a list of names, not a sentence that mentions apologies)."""
    if "apolog" not in text:  # "apologies", "his apology"
        return None
    found: list[str] = []
    start = 0
    while start < len(text):
        end = sentence_end(text, start)
        match = SENT_APOLOGIES.match(text[start:end].strip())
        if match and lower_case_words(match["names"]) <= 1:
            found.append(match["names"])
        start = end + 1
    return found or None


def observers_sentence(text: str) -> str | None:
    """'Councillors A Reid and B Moss attended the meeting as observers': the names;
    None for any other line, or when a name is not titled or a person's."""
    if "observer" not in text:
        return None
    match = OBSERVERS.match(text.strip())
    if match is None or VERB.search(match["names"]):
        return reported_observers(text)  # "... advised that X had attended as an observer"
    return match["names"]


def not_present_sentence(text: str) -> str | None:
    """'Councillor A Smith was not present.': the names."""
    if "not present" not in text:
        return None
    match = NOT_PRESENT.match(text)
    return match["names"] if match else None


#: "in the chair" after a name in a list: who chaired, no sentence's words
CHAIR_PHRASE = re.compile(r"(?<=\S)\s+in\s+the\s+chair\b", re.IGNORECASE)
#: the small words inside an officer's post naming whom they serve ("Clerk to the Board",
#: "Head of the Paid Service", "Secretary to the Panel"): words of the post, not of a
#: sentence
POST_OF = re.compile(rf"(?i:\b(?:{OFFICE_ALTERNATION}))\s+(?:to|of|for)(?:\s+the)?(?=\s+[A-Z])")


def is_heading_or_sentence(text: str) -> bool:
    """A line that is not a list of names: a sentence ("The Chair welcomed ..."), a heading
    in capitals ("UNRESTRICTED ITEMS") or untitled words ("Declarations of Interest",
    "Welcome and Introductions")."""
    if STARTS_WITH_TITLE.match(text) or STARTS_WITH_TITLE.match(text.title()):
        return VERB.search(BRACKETS.sub(" ", text)) is not None
    if post_then_bracketed_name(*brackets_of(text)):  # "Solicitor (Ms P Iqbal)": an officer
        return False
    if capitals_cell_and_name(text):  # "HAMMERSMITH & FULHAMCllr A Reid": a member
        return False
    if surname_run(text):  # "Allen, E. Baker, D. Carter, J.": surnames first, a roll
        return False
    if surname_list(text):  # "Kerr (Chair), Arundale, Biswas, C Hobson": bare surnames
        return False
    if post_dash_name(text):  # "Treasurer – Colin Brayshaw": an officer
        return False
    if plural_title_dash(text):  # "Councillors – A Reid, B Moss": a rank's members
        return False
    if office_comma_holder(text):  # "The Right Worshipful the Mayor, Councillor A Reid"
        return False
    if name_then_post(text.strip()):  # "M Nash Head of Finance": a name, then its post
        return False
    if name_post_list(text):  # "A Reid, Director of Finance; B Moss, Head of Policy"
        return False
    if table_rows(text):
        return False  # "A Reid, Head of Finance B Moss, Clerk": rows run together
    if post_first_rows(text):
        return False  # "X – Chief Executive A Reid X – Treasurer B Moss": a table run on
    if shared_surname_pair(text):  # "Ann and Graham Reid": two people, one surname
        return False
    text = CHAIR_PHRASE.sub("", text)  # "Ann Reid in the chair, Ben Moss": the chair's words
    posts = POST_OF.sub(lambda m: m.group().split()[0], text)  # "... Clerk to the Board"
    if lower_case_words(without_public_count(posts)) >= 3:  # "..., four members of the public"
        return True
    first = re.split(r",|;|\s(?:and|&)\s|\s[-–—]\s", brackets_of(text)[0], maxsplit=1)[0]
    first = first.strip()
    return lower_case_words(first) > 0 or first.isupper() or len(first.split()) < 2


def substitute_row(block: _Block, text: str) -> bool:
    """ "Julie Dodds for John Sparkes (Wyke Council)" under "the following substitute
    members": a substitute and whom they stood in for, not a sentence."""
    if block.role is not AttendanceRole.SUBSTITUTE:
        return False
    instead = SUBSTITUTE_FOR.match(brackets_of(text)[0].strip())
    return bool(
        instead and looks_like_a_person(instead["sub"]) and looks_like_a_person(instead["for"])
    )


#: "Councillor Reid, Chair", "Cllr Reid (Chair)": a councillor by title and surname alone
TITLED_SURNAME = re.compile(r"\b(?:Councillor|Cllr\.?)\s[A-Z][\w'’-]{1,30}(?:,\s|\s\(|$)")


#: a line ending on a bracket printed after the list's comma: "H Atkins, (in the Chair)"
COMMA_THEN_BRACKET = re.compile(r",\s*\([^()]{1,40}\)$")


def _continues(before: str, text: str) -> bool:
    """Whether a line carries on the list of the line before it (a wrapped list: the name
    may break across the two)."""
    if before.endswith((",", ";", "&", "-", "(")) or re.search(r"\s(?:and|&)$", before):
        return True
    if COMMA_THEN_BRACKET.search(before):
        return True  # "Cllrs H Atkins, (in the Chair)": the bracket after the list's comma
    if re.search(r"\s(?:for|of|the|to)$", before):
        return True  # "Cabinet Member for" / "Communities, and ...": a post broken
    if bracket_left_open(before):
        return True
    last = before.split()[-1] if before.split() else ""
    # "... Dr S.V." / "Jayaraman, ...": a name broken after its title or initials
    if IS_TITLE.match(last) or last in PARTICLES or re.fullmatch(r"(?:[A-Z]\.){1,4}|[A-Z]", last):
        return True
    if text[:1].islower() or text.startswith(("and ", "& ", "(", ")")):
        return True
    if comma_lost_at_wrap(before, text):
        return True
    return name_broken_in_list(before, text) or post_broken_in_list(before, text)


#: a line opening with a name (and its bracket) then the list's comma: "Ann Reid (AR), ..."
NAME_THEN_COMMA = re.compile(
    r"^[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’.-]{0,30}){1,2}(?:\s?\([^()]{1,30}\)){0,2}\s?,"
)
#: Fewest commas that show the line above is a list
MIN_LIST_COMMAS = 2


def comma_lost_at_wrap(before: str, text: str) -> bool:
    """Whether a list wrapped where its comma was lost ("..., Dan Pym (DP)" over
    "Eve Hart (EH), Fay Dunn (FD), ..."): the line above is a list of names that
    no stop closes, and the line opens with a name and the list's comma."""
    if before.count(",") < MIN_LIST_COMMAS or before.rstrip().endswith((".", ":")):
        return False
    return NAME_THEN_COMMA.match(text) is not None


#: The last post of a line begun after a comma ("..., Accounting") and the first words of
#: the next line up to its separator ("Team Leader, ...")
POST_HEAD = re.compile(r",\s*(?P<head>[A-Z][\w'’&-]{1,30}(?:\s[A-Z][\w'’&-]{1,30}){0,3})$")
POST_TAIL = re.compile(r"^(?P<tail>[A-Z][\w'’-]{1,30}(?:\s[A-Z][\w'’-]{1,30}){0,3})\s*[,;]")


def post_broken_in_list(before: str, text: str) -> bool:
    """Whether a list of "Name, post" entries breaks a post across two lines ("..., Ann
    Reid, Accounting" / "Team Leader, Finance Service; ..."): the next line opens with
    words that are an office and no person's name, and in a list parted by semicolons."""
    head, tail = POST_HEAD.search(before[-120:]), POST_TAIL.match(text)
    if head is None or tail is None or ";" not in before + text:
        return False
    if looks_like_a_person(tail["tail"]) or not is_office(tail["tail"]):
        return False
    return is_office(f"{head['head']} {tail['tail']}")


def bracket_left_open(text: str) -> bool:
    """Whether a line ends inside a bracket it opened. A bracket closed at the line's
    start belongs to the line before ("Resources), Mr M Stamp (Director of Legal"), so
    it does not count against one opened later."""
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
    return depth > 0


#: The last name of a line of a list, begun but not finished: a given name alone, maybe
#: after a title ("...; Graeme", "..., Cllrs Gwenllian", "X (Wyke Council) for Cllr Debra"),
#: or after a bracket whose comma was lost ("B Moss (Head of Finance) Diane")
GIVEN_NAME_ENDING = re.compile(
    rf"(?:[,;)]|\s(?:and|&|for))\s+(?:(?:{TITLE_WORDS}|{PLURAL_TITLE})\s+)?(?P<given>[A-Z][\w'’-]{{1,30}})$"
)
#: The surname finishing it at the start of the next line ("Lindsay (Head of Education);",
#: "Bevan, Tomos ..."), before a separator or a bracket.
SURNAME_STARTING = re.compile(r"^[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?:\s*[,;(]|\s+(?:and|&)\s|\.?$)")


#: A line holding one bracket only: "(Democratic Support Officer)".
BRACKET_ALONE = re.compile(r"^\([^()]{1,100}\)[.,;]?$")


def bracket_alone(text: str) -> bool:
    """Whether a line is only a bracket, which says something of the name that ended the
    line before ("...; Joel Fairweather" / "(Democratic Support Officer)")."""
    return BRACKET_ALONE.match(text.strip()) is not None


def name_broken_in_list(before: str, text: str) -> bool:
    """Whether a list written several names to a line breaks a name across two lines
    between its given name and its surname ("..., Cllrs Gwenllian" / "Bevan, Tomos ...")."""
    ending = GIVEN_NAME_ENDING.search(before[-120:])
    if ending is None or ending["given"].lower() in OFFICE_WORDS or IS_TITLE.match(ending["given"]):
        return False
    return SURNAME_STARTING.match(text) is not None and not STARTS_WITH_TITLE.match(text)


def ends_unfinished(before: str) -> bool:
    """A line of a sentence ending on a small word ("... – Head of"): the sentence, and the
    post it was naming, go on on the next line."""
    words = before.split()
    return bool(words) and words[-1] in SMALL_WORDS and words[-1] not in ("a", "an")


#: The end of a line whose list of names goes on below: "and", "&" or a comma
LIST_GOES_ON = re.compile(r"(?:,|\s(?:and|&))$")


def names_go_on_to_next_line(text: str) -> bool:
    """Whether a line continuing an apologies sentence, with no full stop, leaves its list
    of names unfinished ("... Dr L Mbatha (NHS East) and"): the sentence goes on again.
    A narrow column also breaks a name after its title ("..., Mr B Moss and Mr" /
    "Lowe JP"): a line ending on a title goes on too."""
    words = text.split()
    return bool(LIST_GOES_ON.search(text.rstrip())) or bool(words and IS_TITLE.match(words[-1]))


def sentence_name_goes_on(before: str, text: str) -> bool:
    """Whether the line after an apologies sentence left unfinished finishes its last name
    ("... and Karen" / "Fellowes (Voluntary Action)."): the line before ends in a
    capitalised word, and this one reaches the sentence's full stop with names only."""
    last = before.split()[-1] if before.split() else ""
    if not last[:1].isupper() or not text[:1].isupper():
        return False
    end = sentence_end(text, 0)
    return end < len(text) and lower_case_words(text[:end]) == 0


#: "Pemberton-Whyte (Chair)": a surname alone, and what is said of its person.
SURNAME_LINE = re.compile(r"^[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?(?:\s*\([^()]{1,80}\))*$")


#: A name that is whole: initials, then a surname at the line's end ("... K S Briggs")
INITIALS_THEN_SURNAME = re.compile(r"(?:^|\s)(?:[A-Z]\.?\s?){1,3}\s[A-Z][a-z][\w'’-]{0,30}$")


def _starts_a_name(text: str) -> bool:
    """A line opening with a title, singular or plural ("Cllr A Reid", "Councillors X")."""
    return bool(STARTS_WITH_TITLE.match(text) or re.match(rf"{PLURAL_TITLE}(?!\w)", text))


def broken_name(before: str, text: str) -> bool:
    """Whether a line is the rest of a name broken across two lines in a list of one name
    per line: "Councillor Alexandra" over "Pemberton-Whyte (Chair)". The line before is
    a titled name with nothing said of it yet; this one is a surname alone."""
    if "(" in before or not SURNAME_LINE.match(text) or IS_TITLE.match(text):
        return False
    if INITIALS_THEN_SURNAME.search(before):
        return False  # "Councillor K S Briggs" is whole: the word below is no part of it
    return bool(STARTS_WITH_TITLE.match(before)) and len(before.split()) >= 2


def names_go_on_below_label(text: str) -> bool:
    """Whether a line at the margin, under a label whose names began on its own line,
    carries on its list: it opens with a title ("Councillor A Reid"), a plural title
    ("Councillors Abbott, Ali and Dyson"), a post with its holder in brackets ("The
    Deputy Mayor (Councillor N Ormerod)"), a name by its initials alone ("S.J. Mallory",
    a roll printed one member a line, or two columns' glued: "N.K. CastD.G. Reid") or a
    ditto mark ("“ B. Moss"). Any other line is
    not the list's."""
    if _starts_a_name(text) or initialled_name(text) or ditto_led(text) is not None:
        return True
    glued = split_glued_columns(0, text.strip())  # "N.K. CastD.G. Reid": two columns' names
    if glued and all(initialled_name(name) or _starts_a_name(name) for _, name in glued):
        return True
    post, brackets = brackets_of(text)
    holder = post_then_bracketed_name(post, brackets)
    return holder is not None and bool(STARTS_WITH_TITLE.match(holder[0]))


#: The label of the list of guests a panel prints after its members with no label
GUESTS_LABEL = "In attendance (unlabelled)"


@dataclass
class _Block:
    """An attendance list being read."""

    label: str
    role: AttendanceRole
    #: names began on the label's line: only lines continuing them follow
    inline: bool
    group: str | None = None
    #: the role the group's heading gives its people ("Force:" are also present)
    group_role: AttendanceRole | None = None
    #: what the group's people represent ("Appointed by Fernside District Council:")
    group_capacity: str | None = None
    #: a kind of member heading its own line ("Magistrate Members"): the capacity of the
    #: members under it who are given none of their own
    kind_capacity: str | None = None
    title: str | None = None  # "Councillor", under "Councillors present:"
    segment: list[tuple[Line, str]] = field(default_factory=list)
    #: the names of a sentence that carries on on the next line
    in_sentence: bool = False
    read: int = 0  # facts read from it
    nothing: bool = False  # it says it has nobody ("Apologies: None")
    #: a table of apologies whose second column is who stood in for each
    substitutes_column: bool = False
    #: a plural title ("Councillors") on a line of its own heads the names under it
    plural_heading: bool = False
    #: the label's line held one person and their council or post ("name - council",
    #: "Name   Post"): rows like it go on under it
    dashed: bool = False
    #: a flattened "Body – Post | Name" table was read: untitled runs under it are its rows
    post_table: bool = False
    #: a plural title over one name ("Councillors Ann Reid") began a roll, one a line
    plural_roll: bool = False


#: a plural title over one name alone on its line: "Councillors Ann Reid", the first of a
#: roll printed one a line under the title
PLURAL_ONE = re.compile(r"^(?:Councillors|Cllrs\.?)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}$")


#: "G. ap Rhys", "D. Llewelyn-Owen": initials and a surname, a cell of a grid of names.
INITIALLED_CELL = re.compile(
    r"(?:[A-Z](?:\.\s?|\s)){1,3}(?:(?:" + "|".join(sorted(PARTICLES)) + r")\s)?[A-Z][\w'’-]{1,30}"
)


def names_grid_row(cells: list[str]) -> bool:
    """Whether a table row is a row of a grid of names (members printed two or three to
    a line, flattened to tabs): every cell a titled name or initials and a surname, so no
    cell is the capacity of another. A lone untitled cell may still be given a capacity
    on the next line, so it needs a second."""
    if all(STARTS_WITH_TITLE.match(c) for c in cells):
        return True
    initialled = (STARTS_WITH_TITLE.match(c) or INITIALLED_CELL.fullmatch(c) for c in cells)
    return len(cells) >= 2 and all(initialled)


#: "Min No.<TAB>Item", "Minute Ref | Subject": the header of minutes printed as a table.
MINUTES_TABLE_HEADER = re.compile(
    r"(?:min(?:ute)?s?\.?\s?(?:no\.?|number|ref\.?|reference)|(?:note\s)?no\.|ref\.?)"
    r"\s(?:items?|subjects?|business|title|minutes?|details?)"
    # "Item<TAB>Description<TAB>Decision", "Item Description/Decision": a decisions table;
    # "Item / Subject / Action": a board's table of minutes and the actions they set
    r"|items?\s(?:description|subject|title)(?:\s?/\s?|\s)(?:decisions?|resolutions?|actions?)",
    re.IGNORECASE,
)


#: "Minute Report Business No. No. 1711 ...": a header of two rows ("Minute No.", "Report
#: No.", "Business") read across, the first row of the table run on after it
STACKED_TABLE_HEADER = re.compile(
    r"^minute\s(?:report\s)?(?:business|subject|item)\sno\.?\s(?:no\.?)?(?:\s|$)", re.IGNORECASE
)


def minutes_table_header(raw: str) -> bool:
    """Whether a line is the header row of minutes printed as a table ("Min No.<TAB>Item"):
    where attendance ends, not a person and their post."""
    if STACKED_TABLE_HEADER.match(raw.strip()):
        return True
    split = re.split(r"\t|\s{2,}|\s?\|\s?|\s/\s", raw.strip()) if len(raw) < 60 else []
    cells = [c for c in split if c]
    return MINUTES_TABLE_HEADER.fullmatch(" ".join(cells)) is not None


#: A line saying who sent a member: "Nominated by NHS Wexmoor", "Appointed by X Council".
SENT_BY_LINE = re.compile(
    r"^(?:(?:nominated|appointed|elected|co-opted)\s+by|representing)\s+[A-Z]", re.IGNORECASE
)
#: Words of a role printed on the line under its holder's name ("Carers' Representative").
ROLE_WORDS = OFFICE_WORDS | {"representative"}


def role_line(text: str) -> bool:
    """Whether a line is only a role, as printed under its holder's name: who sent them
    ("Nominated by NHS Wexmoor (Non-Executive Member)") or a post ("Chief Finance
    Officer"); not a name, a post with its holder, a heading or a sentence."""
    text = text.strip()
    if len(text) > 120 or ":" in text or STARTS_WITH_TITLE.match(text):
        return False
    if re.search(r"\s[-–—]\s", text):
        return False  # "Treasurer – Jo Pym": a post and its holder after a dash
    if SENT_BY_LINE.match(text):
        return True
    bare, brackets = brackets_of(text)
    words = WORD.findall(bare)
    if not any(w.lower() in ROLE_WORDS for w in words) or text.isupper():
        return False
    if post_then_bracketed_name(bare, brackets) or post_then_name(bare) or name_then_post(bare):
        return False  # "Chief Executive (Ms A Reid)": the post and its holder
    return lower_case_words(text) <= 2 and VERB.search(bare) is None


#: A flattened table's header cells that head the column of roles ("Members" / "Role")
ROLE_HEADERS = frozenset(
    {
        "role", "position", "capacity", "representing", "represents", "post", "job title",
        "title", "organisation", "authority", "council", "ward", "party", "designation",
    }
)  # fmt: skip
#: A name line of a Scottish board's table: its surname in capitals at the end ("Ann
#: McREID", "Anne Marie DUNN")
CAPITALS_SURNAME = re.compile(r"\b(?:Ma?c|O['’])?[A-Z]{2,}(?:-[A-Z]{2,})?$")


def role_cell(text: str) -> bool:
    """Whether a line can be the role cell of a flattened "Name | Role" table whose rows
    alternate ("Registered Nurse", "Audit Scotland", "Person providing unpaid care"): short,
    no label, title, sentence or name with its surname in capitals."""
    text = text.strip()
    if not text or len(text) > 120 or ":" in text or STARTS_WITH_TITLE.match(text):
        return False
    bare, _ = brackets_of(text)
    if CAPITALS_SURNAME.search(bare.strip()) or text.endswith("."):
        return False
    return not NUMBERED_HEADING.match(text) and not text.isupper()


def chaired_by_line(text: str) -> bool:
    """'Councillor A Reid (Leader) in the Chair', 'Fiona Hale, Chair, in the Chair.': who
    chaired, titled or not, closing the lists above it."""
    if CHAIRED_BY_LINE.match(text.strip()) is None:
        return False
    first = re.split(r"[,(]", text, maxsplit=1)[0]
    return bool(STARTS_WITH_TITLE.match(text) or looks_like_a_person(first))


#: "Chairman…………… Mr M Bull", "Vice-Chairman........ Mrs A Reid": the chair's office, a
#: dotted leader, and its titled holder, at the head of a list printed without "Present".
CHAIR_LEADER = re.compile(
    r"^(?P<office>(?:Vice[- ]|Deputy\s)?Chair(?:man|woman|person)?)\s*(?:[.…]\s?){2,40}\s*"
    r"(?P<rest>\S.{0,200})$",
    re.IGNORECASE,
)


def chair_leader_line(text: str) -> tuple[str, str] | None:
    """'Chairman…… Mr M Bull': (the office, its holder) when the holder is titled; the
    minutes list those present under it without a label. None for any other line."""
    match = CHAIR_LEADER.match(text.strip())
    if match is None or not STARTS_WITH_TITLE.match(match["rest"]):
        return None
    return match["office"], match["rest"]


def chair_opens_list(block: _Block) -> bool:
    """Whether "Councillor A Reid (Leader) in the Chair" is the first name of the list
    its label opened ("Present:" alone on the line above), rather than a closing note
    under lists that already named the chair."""
    return not block.inline and not block.read and not block.segment


class AttendanceReader:
    """Reads attendance from a run of lines: the lines before the first minute (where a
    numbered heading ends it), or a minute's body (where numbered lines are paragraphs)."""

    def __init__(self, part: Part, file: str, diagnostics: Diagnostics, *, preamble: bool):
        self.part = part
        self.file = file
        self.diagnostics = diagnostics
        self.preamble = preamble
        self.block: _Block | None = None
        self.labelled: list[tuple[_Block, Line]] = []  # blocks opened by a printed label
        #: a table row read but not yet emitted: its cells may go on on the next line
        self.pending_row: tuple[_Block, Line, list[str]] | None = None
        #: the unfinished last sentence of the line before, naming someone ("Cllr B
        #: attended as"), and that line: a substitute sentence may end on this line
        self.tail: tuple[Line, str] | None = None
        #: lists printed side by side ("Members:      Officers:"): where each column
        #: starts, and its list
        self.columns: list[tuple[int, _Block]] | None = None
        self.column_rows = 0
        #: the line read is one person and a post printed without a bracket, rewritten
        #: "Name (Post)"; rows like it go on a list whose label's line was one
        self.person_row = False
        #: the last line with text, and its text: a name may begin at its end
        self.before: tuple[Line, str] | None = None
        #: the lines read as the role printed under a name (a flattened "Name | Role")
        self.role_lines: set[int] = set()
        #: a "Role" header was read: each name's line is followed by its role's line, in
        #: this list and the lists after it
        self.alternating = False
        #: "... noted that apologies for" ending the line before: the apologies sentence
        #: goes on on this line
        self.apology_head: str | None = None
        #: headings in words ("Officers on the platform") open lists of those in
        #: attendance: read inside a minute recording attendance only
        self.group_headings = False

    def read(self, lines: list[Line]) -> None:
        start = len(self.part.attendance)
        for line in lines:
            if not self._line(line):
                break
        if self.columns is not None:
            self._columns_over()
        self._flush()
        # "Ann Reid - Ben Moss substituted": the apology and its substitute
        self.part.attendance[start:] = with_named_substitutes(self.part.attendance[start:])
        others_read = any(block.read for block, _ in self.labelled)
        for block, line in self.labelled:
            if not block.read and not block.nothing:
                if others_read and ATTENDANCE_HEADING.match(block.label.strip()):
                    continue  # "Attendance Details" over "Present:" and "Also Present:"
                self.diagnostics.warn(
                    self.file,
                    line.number,
                    "attendance-without-names",
                    f"the {block.label!r} list has no names I can read",
                )

    def _line(self, line: Line) -> bool:
        """Read one line; False when the run of attendance is over."""
        going_on = self._read_line(line)
        if line.text.strip():
            self.before = (line, plain(line.text))
        return going_on

    def _read_line(self, line: Line) -> bool:
        """Read one line (see _line)."""
        raw = gap_label(line.text, _label_alone)  # "In Attendance      Cllr A Reid"
        if self.columns is not None and self._column_row(line):
            return True
        if not raw.strip():
            self._flush()
            if self.block is not None and self.block.in_sentence:
                self.block = None  # a sentence does not go on past a blank line
            return True
        if coming_or_going(plain(raw)):
            self._flush()  # "NB: Cllr A Reid joined the meeting at 7.45pm.": no list
            return True
        if minutes_table_header(raw):
            self._flush()
            if page_items_header(raw):  # "No. Item": lists may follow before item 1
                self.block = None
                return True  # the minutes start: nobody is listed under their header
            self.block = None
            return not self.preamble
        kinds = group_columns_heading(raw) if self.block is not None else None
        if kinds and self.block is not None and self.block.role is AttendanceRole.PRESENT:
            self._kinds_side_by_side(kinds)  # "Councillor Members:<TAB>Independent Members:"
            return True
        if self._row_goes_on(raw):
            return True
        cells = table_cells(raw)
        if cells is not None and self._is_row(cells):
            self._flush()
            if cells:
                self._row(line, cells)
            return True
        text = without_plural_title_stop(plain(raw))  # "Councillors, A Reid, B Moss"
        if not self.preamble:  # "34.1 Cllr A Reid, ...": the minute's paragraph number
            text = without_paragraph_number(text)
        if numbered_capitals_heading(text):
            return False  # "23. DECLARATIONS OF INTEREST None.": the next minute
        numbered = self.preamble and (NUMBERED_HEADING.match(text) or STARRED_MINUTE.match(raw))
        if numbered and not STARTS_WITH_TITLE.match(text.split(maxsplit=1)[-1]):
            return False  # a minute: attendance is over
        if self.block is not None and key_line(raw):
            self._flush()  # "* Secretary of State member  † parish member": the list is over
            self.block = None
            return True
        marked = MARKER.match(text)
        if marked:
            text = text[marked.end() :]
        row = None
        label_here = label_line(text)
        if (self.block is not None and not self.block.in_sentence) or label_here:
            role = label_here[1] if label_here else self.block.role if self.block else None
            officers = role is AttendanceRole.IN_ATTENDANCE
            # "Ann Reid   Legal Adviser"; a count of the public after the names is no post
            uncounted = without_public_count(text).rstrip()
            if uncounted == text.rstrip():
                row = person_row(raw, text, officers=officers)
        self.person_row = row is not None
        text = row or text
        if self.block is not None and self.block.in_sentence:
            self._sentence_goes_on(line, text)
            return True
        side_by_side = column_heading(raw) if "   " in raw else None
        if side_by_side:  # "Members:      Officers:": lists side by side
            self._flush()
            self.block = None
            self.columns = [(at, self._new_block(line, *label)) for at, label in side_by_side]
            self.column_rows = 0
            return True
        chair = chair_leader_line(text) if self.preamble else None
        if chair:  # "Chairman…… Mr M Bull" heading an unlabelled list of those present
            if self.block is None or self.block.role is not AttendanceRole.PRESENT:
                self._open(line, "Present", AttendanceRole.PRESENT, "")
            self._flush()
            self._group(line, *chair)
            return True
        if self.preamble and self.block is None and not self.labelled and bulleted_person(raw):
            # "• Ann Reid (Chair)" before any label: the members, their label lost
            self._open(line, "Present", AttendanceRole.PRESENT, "")
            self.block = self.block or _Block("Present", AttendanceRole.PRESENT, inline=False)
            self.block.segment.append((line, text))
            return True
        if self.preamble and self.block is None and councillors_chair_line(text):
            # "Councillors A Reid (X Council) in the Chair; B Moss (Y Council), ...": the
            # members present, printed with no label
            self._open(line, "Present", AttendanceRole.PRESENT, "")
            self.block = self.block or _Block("Present", AttendanceRole.PRESENT, inline=False)
            self.block.segment.append((line, text))
            return True
        if self.preamble and self.block is None and not self.labelled and appointing_heading(text):
            # "Representing Wyke Borough Council:" before any label: the members present,
            # printed under the councils that appointed them with no label of their own
            self._open(line, "Present", AttendanceRole.PRESENT, "")
            self._group(line, text.strip().rstrip(":").strip(), "", represents=True)
            return True
        table = council_first_label(text) if self.preamble else None
        if table is not None:  # "Present Eastwold Cllr A Reid Eastwold Cllr B Moss ..."
            table_label, table_rest = table
            found = label_line(f"{table_label}:")
            self._open(line, table_label, found[1] if found else AttendanceRole.PRESENT, table_rest)
            return True
        dashed = flattened_dash_label(text) if self.preamble and len(text) > 200 else None
        if dashed:  # a page run onto one line: "... in attendance: A Reid - Clerk, X Council"
            self._flush()
            self.block = _Block("attendance", dashed[0], inline=True)
            for _, name, post in dashed[1]:
                self._add(dashed[0], name, post, line)
            self.block = None
            return True
        presided = presided_line(text) if self.preamble else None
        if presided:  # "Councillor A Reid, Convener, presided.": present, the list over
            self._flush()
            self.block = None
            if not already_present(presided[0], self.part.attendance):
                self._add(AttendanceRole.PRESENT, *presided, line)
            return True
        reopens = self.preamble and self.block is None and self._present_read()
        kind = members_heading(text) if reopens else None
        if reopens and (kind or REPRESENTATIVES_HEADING.match(text.strip())):
            # "Community Representatives" alone after the chair's line closed the list of
            # those present: more members, of that kind, under a heading of their own
            self._open(line, "Present", AttendanceRole.PRESENT, "")
            if self.block is not None:
                self._group(line, text.strip(), "")
                self.block.kind_capacity = seat_of(kind)
            return True
        label = (
            office_label(text)
            or label_line(text)
            or sentence_label(text)
            or owners_officers_label(text)
            or (members_label(text) if self.block is None else None)
            or (councillors_label(text) if self.block is None and self.preamble else None)
            or (hanging_label(text) if self.block is None else None)
            or (spaced_label(raw, label_line) if self.preamble else None)
            or (column_label(text, label_line) if self.preamble else None)
            or (group_heading(text) if self.group_headings else None)
        )
        if label:
            self._flush()
            self._labelled(line, *label)
            return True
        block = self.block
        if (
            block
            and block.role is AttendanceRole.APOLOGIES
            and not block.read
            and apologies_prompt(text)
        ):
            return True  # "Apologies from members.": the item's prompt, the names under it
        head, self.apology_head = self.apology_head, apology_head(text)
        if self._sentences(line, f"{head} {text}" if head else text):
            return True
        block = self.block
        if block is None:
            return True
        if titled_sentence(text):  # "Cllr A Reid ran through the housekeeping procedures."
            self._flush()
            self.block = None
            return True
        chaired = chaired_by_line(text)
        if chaired and not chair_opens_list(block):
            self._flush()
            self.block = None
            return True
        if NOTHING.match(text):
            self._flush()
            block.nothing = True
            self.block = None
            return True
        if PLURAL_TITLE_LINE.match(text.strip()):
            self._flush()  # "Councillors" heading the names under it: the list goes on
            block.inline, block.plural_heading = False, True
            return True
        if BARE_MEMBERS.match(text.strip()):
            self._flush()  # "Members" over the list's own members: the list goes on
            block.inline, block.group, block.kind_capacity = False, text.strip(), None
            return True
        if party_columns_heading(text):
            self._flush()  # "Labour" over the group's members present: the list goes on
            block.inline, block.group, block.kind_capacity = False, text.strip(), None
            block.group_capacity = None
            return True
        if not block.segment and text.strip().lower() in HEADER_CELLS | ROLE_HEADERS:
            # "Members" / "Role": a flattened table's header, each name's role below it
            self.alternating = self.alternating or text.strip().lower() in ROLE_HEADERS
            return True
        if self.alternating and self._role_under_name(line, text, alternating=True):
            return True  # "Registered Nurse" under "Ann REID": the role column's cell
        kind = members_heading(text)
        if kind:  # "Schools Members" heading the members under it
            self._flush()
            block.inline = False
            self._group(line, kind, "")
            block.kind_capacity = seat_of(kind)
            return True
        if public_count_alone(text):
            block.nothing = True  # a count names nobody, and says so: no warning
            return True  # "One member of the public" in a list: a count, the list goes on
        if self._guests_after_members(line, text):
            return True
        columns = name_columns(raw) if not self.person_row else None
        if columns:  # "Abbott      Fernandes      O'Dowd": names in columns, read by row
            self._flush()
            for cell in columns:
                self._column_cell(line, cell)
            return True
        groups = plural_title_groups(text.strip())
        if groups:  # "Councillors A and B - X Council Councillors C - Y Council": run on
            self._flush()
            for member in groups:
                self._emit(line, member.entry)
            return True
        shared = names_then_council(text) or names_then_plural_kind(text)
        if shared:  # "Councillors A Reid and B Moss - Wyke Council": each sits for it
            self._flush()
            for entry in split_name_list(shared[0]):
                self._emit(line, entry, capacity=shared[1])
            return True
        dash_group = dash_group_line(text)
        if dash_group:  # "Conservative Group – Councillor A Reid, ..."
            self._flush()
            self._group(line, *dash_group, represents=True)
            return True
        group = group_line(text) or glued_group(text)  # "Wyke Councillors Cllr A Reid"
        if group and not block.segment:
            self._group(line, *group)
            return True
        if group and block.role is AttendanceRole.IN_ATTENDANCE and team_group(group[0]):
            self._flush()  # "Youth Service:" alone: the team of the officers under it
            self._group(line, *group)
            return True
        if block.segment and _continues(block.segment[-1][1], text):
            block.segment.append((line, text))  # a wrapped list: a name may break here
            return True
        if group and officers_label(block.label) and members_group(group[0]):
            # "Councillors: A Reid (X Council)" after the officers: members again, under a
            # label the conversion lost (apologies, absent); not officers, role unknown
            self._flush()
            self.block = None
            return True
        if group and (
            _starts_a_name(group[1])
            or (members_heading(group[0]) and group[1])
            or member_kind_group(*group)
        ):
            # "Teacher Representative: Ms A Reid" under a finished list: the next group
            self._flush()
            self._group(line, *group)
            return True
        at_margin = raw[:1] not in " \t" and not block.inline
        heading = organisation_heading(text) if at_margin else None
        if heading:  # "Wensby Borough Council" over the members it sent
            self._flush()
            self._group(line, heading, "", represents=True)
            return True
        if group and (APPOINTING_GROUP.match(group[0]) or council_group(group[0])):
            # the next appointing body's (or council's) members
            self._flush()
            self._group(line, *group)
            return True
        if self._role_under_name(line, text):
            return True
        if block.segment and not block.title and broken_name(block.segment[-1][1], text):
            block.segment.append((line, text))  # one name per line, this one broken
            return True
        self._flush()
        before = self.before[1] if self.before else ""
        # "..., Elected Members.": the stop closes one group of the list, not the list
        closed = closed_by_stop(before) and not ends_with_group(before)
        if not block.inline and block.read and closed:
            self.block = None  # "A Reid, Clerk; B Moss, Treasurer." closed the list
            return True
        indented = raw[:1] in " \t" or marked is not None
        rows_go_on = block.dashed and (dash_row(text) or self.person_row)
        # "Councillors Ann Reid" over "Ben Moss", "Cara Lowe": the plural title's names, one
        # a line, the title printed once
        rolled = block.inline and block.plural_roll and roll_name(text)
        goes_on = names_go_on_below_label(text) or rows_go_on or rolled
        # "Present: Councillors A Reid, B Moss," over a blank line: the list left open goes on
        goes_on = goes_on or bool(self.before and LIST_LEFT_OPEN.search(self.before[1]))
        # "Members Present Councillor Reid, Chair" over "Burton, Cole, Dunn and Hale": the
        # councillors' surnames under the chair's line, the title printed once
        goes_on = goes_on or bool(
            block.role is AttendanceRole.PRESENT
            and self.before
            and TITLED_SURNAME.search(self.before[1])
            and surname_list(text)
        )
        if block.read and block.role is AttendanceRole.IN_ATTENDANCE:
            goes_on = goes_on or post_initials_line(text, going_on=True)  # the next paragraph
        if block.inline and not indented and not goes_on:
            self.block = None  # the names were on the label's line: this line is not theirs
        elif is_heading_or_sentence(text) and not block.title and not substitute_row(block, text):
            self.block = None
        else:
            block.segment.append((line, text))
            block.plural_roll = bool(rolled or PLURAL_ONE.match(text))
        return True

    def _guests_after_members(self, line: Line, text: str) -> bool:
        """An unlabelled line under a panel's members naming the Commissioner's side
        ("Mr D Reid (Police and Crime Commissioner)"): it starts those in attendance, who
        go on in the unlabelled lines after it (see attendance_guests)."""
        block = self.block
        if not self.preamble or block is None:
            return False
        meeting = self.part.meeting
        police = police_paper(self.part.title, meeting.body_name if meeting else "")
        if not (guest_line(text, police=police) or staff_line(text)):
            return False
        members = block.role is AttendanceRole.PRESENT and bool(block.read or block.segment)
        if not members and block.label != GUESTS_LABEL:
            return False
        self._flush()
        if block.label != GUESTS_LABEL:
            self.block = _Block(GUESTS_LABEL, AttendanceRole.IN_ATTENDANCE, inline=False)
        assert self.block is not None
        self.block.segment.append((line, text))
        return True

    def _role_under_name(self, line: Line, text: str, *, alternating: bool = False) -> bool:
        """A name alone on the line above, and what they sit as on this one ("Dr Ken
        Ross" / "Nominated by NHS Wexmoor (Non-Executive Member)"): the line is the
        capacity of that one name, added to any bracket it had."""
        block = self.block
        if block is None or not (role_line(text) or (alternating and role_cell(text))):
            return False
        # the name's line, its cell ended by a blank line in a flattened table ("Name" /
        # "" / "Role"): the last line read, when it was one name
        above_line, above = block.segment[-1] if block.segment else self.before or (line, "")
        if self.before is None or above_line is not self.before[0]:
            return False
        if not alternating and above_line.number != line.number - 1:
            return False  # a blank line between: the next cell, unless the rows alternate
        if len(split_name_list(above)) != 1:
            return False
        self._flush()
        fact = self.part.attendance[-1] if self.part.attendance else None
        if fact is None or fact.line != above_line.number:
            return False
        if above_line.number in self.role_lines:
            return False  # the line above was a role: this one is the next name
        own = fact.capacity if fact.capacity != block.kind_capacity else None
        fact.capacity = ", ".join(c for c in (own, text.strip()) if c)
        self.role_lines.add(line.number)
        return True

    def _row_goes_on(self, raw: str) -> bool:
        """A line of one cell, indented by a tab, under a table row: the rest of that row
        ("Highways, Transport and" / "<TAB>Climate Emergency"), or a note on its person
        ("<TAB>(substituting for Ch Supt A Lowe)"). A titled name starts a row of its own."""
        pending = self.pending_row
        text = plain(raw).strip()
        at_margin = raw[:1] not in " \t"  # an indented bracket is the first cell's (below)
        if pending is not None and at_margin and bracket_alone(text) and pending[2]:
            # "...; Joel Fairweather" / "(Democratic Support Officer)": the last name's bracket
            pending[2][-1] = f"{pending[2][-1]} {text}"
            return True
        if pending is None or not raw.startswith("\t") or "\t" in raw.strip() or not text:
            return False
        cells = pending[2]
        if len(cells) < 2 or len(text) > 200 or label_line(text) or _starts_a_name(text):
            return False
        if text.startswith("(") or cells[0].count("(") > cells[0].count(")"):
            # a note on the person in the first cell, or the rest of its open bracket
            # ("Ravi Sethi (substituting for Holly" / "<TAB><TAB>Dunmore)")
            cells[0] = f"{cells[0]} {text}"
        else:
            cells[-1] = f"{cells[-1]} {text}"
        return True

    def _is_row(self, cells: list[str]) -> bool:
        """Cells split by tabs are a row of an attendance table only inside a list, or when
        they start one (a label or a header); "2.<tab>Apologies were ..." is a paragraph."""
        marker = MARKER.match(f"{cells[0]} ") if cells else None
        if marker and marker.end() > len(cells[0]):  # the first cell is only "2." or "-"
            return False
        return (
            self.block is not None
            or not cells
            or label_line(cells[0]) is not None
            or all(c.lower() in HEADER_CELLS for c in cells)
            or (len(cells) == 2 and APOLOGY_COLUMN.fullmatch(cells[0]) is not None)
        )

    def _sentence_goes_on(self, line: Line, text: str) -> None:
        """The line after an apologies sentence left unfinished: its names go on up to the
        full stop if the line continues them ("... Moss and" / "Lowe."); the rest of the
        line is read as the sentences it holds."""
        assert self.block is not None
        rest = text
        before = self.block.segment[-1][1] if self.block.segment else ""
        goes_on = _continues(before, text) or sentence_name_goes_on(before, text)
        subs: list[tuple[Line, str]] = []
        respective = False
        if before and (goes_on or ends_unfinished(before)):
            end = sentence_end(text, 0)
            self.block.segment.append((line, apology_names_going_on(text[:end])))
            if end >= len(text) and names_go_on_to_next_line(text):
                return  # "... Dr L Mbatha (NHS East) and" / "Mr R Kilby.": a third line
            rest = text[end + 1 :].strip()
            subs, respective = self._substitutes_in_sentence()
        count = len(self.part.attendance)
        self._flush()
        self.block = None
        away = self.part.attendance[count:] if respective else self.part.attendance[-1:]
        self._pair_substitutes(subs, away)
        if rest:
            self._line(Line(line.number, rest))

    def _pair_substitutes(self, subs: list[tuple[Line, str]], facts: list[AttendanceFacts]) -> None:
        """Each substitute for the apology in the same place among `facts` (one each, in
        order: "X and Y, substituted by A and B respectively"); nothing when the counts
        differ."""
        away = [f for f in facts if f.role is AttendanceRole.APOLOGIES]
        if not subs or len(away) != len(subs):
            return
        for fact, (line, sub) in zip(away, subs, strict=True):
            whom = f"substitute for {fact.as_written}"
            self._add(AttendanceRole.SUBSTITUTE, sub, whom, line)

    def _substitutes_in_sentence(self) -> tuple[list[tuple[Line, str]], bool]:
        """An apologies sentence over several lines naming substitutes with no "for" ("...
        from Cllr A Reid; Cllr B Moss" / "attended as substitute.", or "... X and Y," /
        "substituted by A and B respectively."): the names sending apologies are kept in
        the list, and the substitutes returned with the line each name is on, and whether
        they pair with the apologies one for one."""
        assert self.block is not None
        segment = self.block.segment
        joined, starts = "", []
        for _, piece in segment:
            starts.append(len(joined) + (1 if joined else 0))
            joined = f"{joined} {piece}" if joined else piece
        implicit = implicit_substitute(joined)
        respective = respective_substitutes(joined) if implicit is None else None
        if implicit is not None:
            names, subs = implicit[0], [implicit[1]]
        elif respective is not None:
            names, subs = respective
        else:
            return [], False
        kept = [
            (ln, p[: max(0, len(names) - s)]) for (ln, p), s in zip(segment, starts, strict=True)
        ]
        self.block.segment = [(ln, p) for ln, p in kept if p.strip()]
        found, at = [], len(names)
        for sub in subs:
            at = max(at, joined.find(sub.strip(), at))
            on = [ln for (ln, _), s in zip(segment, starts, strict=True) if s <= at][-1]
            found.append((on, sub.strip()))
        return found, respective is not None

    def _labelled(self, line: Line, label: str, role: AttendanceRole, rest: str) -> None:
        """A label and the names after it, up to their full stop; a sentence after that
        ("Apologies: X and Y. Cllr Z substituted for Y.") is read as the sentence it is."""
        rest = joined_ward_groups(rest)  # "A, B (Town Ward). C (Hill Ward).": one list
        end = sentence_end(rest, 0)
        after = rest[end + 1 :].strip()
        self._open(line, label, role, rest[:end].strip())
        if after and not self._sentences(line, after) and not is_heading_or_sentence(after):
            self._open(line, label, role, after)

    def _new_block(self, line: Line, label: str, role: AttendanceRole, rest: str) -> _Block:
        """The list a printed label opens (remembered, to warn if it stays empty)."""
        title = TITLE_OF_LABEL.get(re.sub(r"\s+", " ", label.lower()))
        if self._members_beside_present(label, role):
            role = AttendanceRole.IN_ATTENDANCE
        group = "Officers" if label.lower().startswith("officer") else None
        block = _Block(label, role, inline=bool(rest), group=group, title=title)
        block.dashed = bool(rest) and (dash_row(rest) or self.person_row)
        self.labelled.append((block, line))
        return block

    def _members_beside_present(self, label: str, role: AttendanceRole) -> bool:
        """Whether "Members in Attendance:" follows a list of those present already read:
        then its members are not the body's own (those were listed) but other councillors
        who came, such as executive members, so in attendance."""
        if role is not AttendanceRole.PRESENT or not BARE_MEMBERS_IN_ATTENDANCE.match(label):
            return False
        return self._present_read()

    def _present_read(self) -> bool:
        """Whether a labelled list of those present has been read in the paper."""
        return any(b.role is AttendanceRole.PRESENT and b.read for b, _ in self.labelled)

    def _column_row(self, line: Line) -> bool:
        """A row under labels printed side by side: each column's cell goes to its own
        list (a cell carrying on the one above it joins it). False when the columns
        are over: a blank line after their rows, a label or a minute heading."""
        assert self.columns is not None
        raw = line.text
        text = plain(raw)
        if not text:
            if not self.column_rows:
                return True  # a blank line between the labels and their rows
            return self._columns_over()
        if label_line(text) or NUMBERED_HEADING.match(text) or self.column_rows > MAX_ROWS:
            return self._columns_over()
        tabbed = self.columns[0][0] < 0
        cells = (
            split_at_tabs(raw, len(self.columns))
            if tabbed
            else split_at_columns(raw, [at for at, _ in self.columns])
        )
        if cells is None:
            return self._columns_over()
        self.column_rows += 1
        for (_, block), cell in zip(self.columns, cells, strict=True):
            cell = plain(cell)
            if not cell:
                continue
            before = block.segment[-1][1] if block.segment else ""
            if not before or not (_continues(before, cell) or broken_name(before, cell)):
                self.block = block
                self._flush()
            block.segment.append((line, cell))
        return True

    def _kinds_side_by_side(self, kinds: list[str]) -> None:
        """Columns of the list of those present, each under the kind of member it holds:
        read as lists side by side whose kind is the capacity of their members."""
        assert self.block is not None
        self._flush()
        label, role = self.block.label, self.block.role
        blocks = [_Block(label, role, inline=False, kind_capacity=kind) for kind in kinds]
        self.columns = [(-1, block) for block in blocks]  # columns a tab divides
        self.column_rows = 0

    def _columns_over(self) -> bool:
        """Read what the side-by-side lists hold; the line ending them is read as usual."""
        for _, block in self.columns or []:
            self.block = block
            self._flush()
        self.columns, self.block = None, None
        return False

    def _open(self, line: Line, label: str, role: AttendanceRole, rest: str) -> None:
        self._flush()
        self.block = self._new_block(line, label, role, rest)
        if NOTHING.match(rest) or public_count_alone(rest):  # "Also present: One member ..."
            self.block.nothing = True
        elif PLURAL_TITLE_LINE.match(rest.strip().capitalize()):
            # "APOLOGIES FOR ABSENCE – COUNCILLORS": the title of the names below it
            self.block.inline, self.block.plural_heading = False, True
        elif rest:
            self.block.segment.append((line, rest))

    def _column_cell(self, line: Line, cell: str) -> None:
        """One cell of a list printed in columns: "Patel, M." is one surname and its
        initial; a surname under a plural title ("Councillors:") is not damaged."""
        assert self.block is not None
        if SURNAME_INITIALS.fullmatch(cell):
            entries = [NameEntry(cell, None, False)]
        else:
            entries = split_name_list(cell)
        for entry in entries:
            if self.block.plural_heading:
                entry = dataclasses.replace(entry, looks_damaged=False)
            self._emit(line, entry)

    def _group(self, line: Line, group: str, rest: str, *, represents: bool = False) -> None:
        assert self.block is not None
        office = all(w.lower() in OFFICE_WORDS for w in group.split()) or post_label(group)
        if (office or IN_THE_CHAIR.match(group)) and rest:
            rest = post_holder_text(rest)  # "Clerk: Absent. Cllr A wrote these notes"
            if not rest:
                return
            role = group_role(group) if self.block.role is AttendanceRole.PRESENT else None
            if post_label(group):  # "Independent Adviser:": the group above it is over
                self.block.group, self.block.group_capacity = None, None
            for entry in split_name_list(rest):  # "Chairman: Cllr A Smith"
                capacity = entry.capacity or ("Chair" if IN_THE_CHAIR.match(group) else group)
                self._emit(line, entry, capacity=capacity, role=role)
            return
        block = self.block
        block.group, block.kind_capacity = group, None
        present = block.role in (AttendanceRole.PRESENT, AttendanceRole.IN_ATTENDANCE)
        officers = officers_label(block.label)
        block.group_role = group_role(group) if present and not officers else None
        appointing = represents or APPOINTING_GROUP.match(group) or council_group(group)
        # "Youth Service:" over officers in attendance: the team they come from
        team = block.role is AttendanceRole.IN_ATTENDANCE and not rest and team_group(group)
        block.group_capacity = group if appointing or team else None
        if rest and members_heading(group):  # "Independent Members: Mrs A, Mr B": their
            block.kind_capacity = seat_of(members_heading(group))  # seat, unless a name's
        elif member_kind_group(group, rest):
            block.kind_capacity = group  # "Community Co-opted Member: Carol Lowe"
        if rest:
            block.segment.append((line, rest))

    def _sentences(self, line: Line, text: str) -> bool:
        """Apologies, substitutes and absences written as sentences; True if any."""
        found = self._substitute_wrapped(text)
        tail, self.tail = unfinished_tail(text), None
        if tail:
            self.tail = (line, tail)
        intro = substitutes_intro(text)
        if intro is not None:  # "The following substitutions were made:" and a list
            self._open(line, "substitutes", AttendanceRole.SUBSTITUTE, intro)
            return True
        apologies = apologies_sentence(text)
        begin = 0  # where the apologies sentence read starts looking: after the last one
        while apologies:  # "Apologies were received from X. Apologies were also ..."
            names, list_follows, end = apologies
            self._flush()
            self.block = _Block("apologies", AttendanceRole.APOLOGIES, inline=False)
            if list_follows:
                return True
            implicit = implicit_substitute(names) or with_substitute(names)
            respective = respective_substitutes(names) if implicit is None else None
            kept = implicit[0] if implicit else respective[0] if respective else names
            self.block.segment.append((line, kept))
            if end >= len(text) and not text.endswith((".", ";")) and not (implicit or respective):
                self.block.in_sentence = True  # the sentence goes on on the next line
                return True
            count = len(self.part.attendance)
            self._flush()
            self.block = None
            if respective:  # "X and Y, substituted by A and B respectively."
                subs = [(line, sub) for sub in respective[1]]
                self._pair_substitutes(subs, self.part.attendance[count:])
            last = self.part.attendance[-1] if self.part.attendance else None
            named = their_substitute(text, end, begin) if not (implicit or respective) else None
            if named is None and not (implicit or respective):  # ". B Moss attended in her place"
                named = substitute_in_their_place(text, end)
            implicit = implicit or ((names, named) if named else None)
            if implicit and last is not None and last.role is AttendanceRole.APOLOGIES:
                whom = f"substitute for {last.as_written}"
                self._add(AttendanceRole.SUBSTITUTE, implicit[1].strip(), whom, line)
            found = True
            begin = end
            apologies = apologies_sentence(text, end)
        listed = self.block is not None and self.block.role is AttendanceRole.APOLOGIES
        origins = substitute_origins(text)  # "Cllr A Reid (Wyke Council) substituted for"
        for sub, whom in substitute_sentences(text) or []:
            self._flush()
            self.block = None
            if listed and apology_for_whom(text, whom):  # under "Apologies ... from:"
                self.block = _Block("apologies", AttendanceRole.APOLOGIES, inline=False)
                self._add(AttendanceRole.APOLOGIES, whom.strip(), None, line)
                self.block = None
            on = line
            begun = name_begun_above(self.before[1], text, sub) if self.before else None
            if begun and self.before:  # "... Councillor" / "Alan Reid was welcomed as ..."
                sub, on = f"{begun} {sub.strip()}", self.before[0]
            whom_for = f"substitute for {whom.strip()}"
            self._add(
                AttendanceRole.SUBSTITUTE, sub.strip(), whom_for, on, origins.get(sub.strip())
            )
            found = True
        for deputy, member, organisation in represented_by(text) or []:
            # "Mary Hutton was represented at the meeting by Dr A Seymour and Ellen Rule"
            self._flush()
            self.block = None
            whom_for = f"substitute for {member.strip()}"
            self._add(AttendanceRole.SUBSTITUTE, deputy, whom_for, line, organisation)
            found = True
        for names in unpaired_substitutes(text) or []:
            # "Cllrs A Reid and B Moss attended the meeting as substitutes.": whom for unsaid
            self._flush()
            self.block = _Block("substitutes", AttendanceRole.SUBSTITUTE, inline=True)
            self.block.segment.append((line, names))
            self._flush()
            self.block = None
            found = True
        if found and listed and self.block is None:  # the list of apologies goes on
            self.block = _Block("apologies", AttendanceRole.APOLOGIES, inline=False)
        for names in (sent_apologies_sentence(text) or []) if not found else []:
            self._flush()
            self.block = _Block("apologies", AttendanceRole.APOLOGIES, inline=True)
            self.block.segment.append((line, names))
            self._flush()
            self.block = None
            found = True
        observers = (observers_sentence(text) or attended_under_rules(text)) if not found else None
        if observers:  # "Councillors A and B attended the meeting as observers"
            self._flush()
            self.block = _Block("observers", AttendanceRole.ALSO_PRESENT, inline=True)
            self.block.segment.append((line, observers))
            self._flush()
            self.block = None
            found = True
        absent = not_present_sentence(text)
        if absent and not found:
            self._flush()
            self.block = _Block("not present", AttendanceRole.ABSENT, inline=True)
            self.block.segment.append((line, absent))
            self._flush()
            self.block = None
            found = True
        return found

    def _substitute_wrapped(self, text: str) -> bool:
        """A substitute sentence broken over two lines ("Cllr B attended as" / "substitute
        for Cllr C."): its substitute recorded on the line naming them; True if any."""
        if self.tail is None:
            return False
        line, tail = self.tail
        # "... as a substitute member for" / "Councillor B Moss.": whom for on this line
        whom_below = re.search(r"\s(?:for|of)$", tail) and STARTS_WITH_TITLE.match(text)
        if not text[:1].islower() and not whom_below:
            return False
        alone = substitute_sentences(text) or []
        joined = [s for s in substitute_sentences(f"{tail} {text}") or [] if s not in alone]
        for sub, whom in joined:
            self._flush()
            self.block = None
            self._add(
                AttendanceRole.SUBSTITUTE, sub.strip(), f"substitute for {whom.strip()}", line
            )
        return bool(joined)

    def _row(self, line: Line, cells: list[str]) -> None:
        label = label_line(cells[0])
        if label:
            self._open(line, label[0], label[1], "")
            cells = [label[2], *cells[1:]] if label[2] else cells[1:]
        elif self.block is not None and (group := group_line(cells[0])) and not group[1]:
            self.block.group = group[0]
            cells = cells[1:]
        if self._substitutes_heading(cells):
            return
        if cells and all(c.lower() in HEADER_CELLS for c in cells):
            if self.block is None and {"attendee", "attendance"} & {c.lower() for c in cells}:
                self.block = _Block("attendance", AttendanceRole.PRESENT, inline=False)
            return  # a header row, not a person
        cells = hanging_titles(cells) or cells  # "Cllrs<TAB>P A Reid": a title's column
        block = self.block
        if block is None or not cells:
            return
        if names_grid_row(cells) and not block.substitutes_column:
            for cell in cells:  # two columns of names
                block.segment.append((line, cell))
                self._flush()
            return
        self.pending_row = (block, line, cells)  # the next line may carry it on

    def _substitutes_heading(self, cells: list[str]) -> bool:
        """'Apology from<TAB>Temporary Appointment': opens a table of apologies whose second
        column names who stood in."""
        if len(cells) != 2 or not APOLOGY_COLUMN.fullmatch(cells[0]):
            return False
        if not SUBSTITUTE_COLUMN.fullmatch(cells[1]):
            return False
        self._flush()
        self.block = _Block("apologies", AttendanceRole.APOLOGIES, inline=False)
        self.block.substitutes_column = True
        return True

    def _emit_pending_row(self) -> None:
        """Emit the table row read last, now that no line carries it on: the name cell's
        people, with the other cells as the last one's capacity (after any bracket), or a
        status cell as their role."""
        if self.pending_row is None:
            return
        block, line, cells = self.pending_row
        self.pending_row = None
        current, self.block = self.block, block
        if block.substitutes_column:
            self._apology_and_substitute(line, cells)
        else:
            statuses = [STATUS_CELLS[c.lower()] for c in cells[1:] if c.lower() in STATUS_CELLS]
            said = [c for c in cells[1:] if c.lower() not in STATUS_CELLS]
            # "Cllr A Reid | X Council | Substitute for Cllr B Moss": that is what they are
            said = [c for c in said if SUBSTITUTE_CELL.match(c)][:1] or said
            entries = split_name_list(cells[0])
            for k, entry in enumerate(entries):
                own = [entry.capacity] if entry.capacity else []
                capacity = ", ".join(own + said) if k + 1 == len(entries) else entry.capacity
                entry = dataclasses.replace(entry, capacity=None)
                role = statuses[0] if statuses else None
                if role in THERE and (block.group_role or block.role) in NOT_MEMBERS:
                    role = None  # "Present" under "Officers": there, in the list's role
                self._emit(line, entry, capacity=capacity or None, role=role)
        self.block = current

    def _apology_and_substitute(self, line: Line, cells: list[str]) -> None:
        """A row of an apologies table: the apology, and who stood in ("-" for nobody)."""
        entries = split_name_list(cells[0])
        if not entries:
            return
        apology = entries[0]
        self._emit(line, apology)
        for cell in cells[1:]:
            for entry in split_name_list(cell) if not NOBODY_CELL.match(cell) else []:
                self._add(
                    AttendanceRole.SUBSTITUTE,
                    entry.as_written,
                    f"substitute for {apology.as_written}",
                    line,
                    entry.organisation,
                )

    def _flush(self) -> None:
        self._emit_pending_row()
        block = self.block
        if block is None or not block.segment:
            return
        segment, block.segment = block.segment, []
        text = ""
        starts: list[tuple[int, Line]] = []
        for line, piece in segment:
            piece = clerk_holder_first(piece)  # "... and the Clerk – Dan Hart": "Dan Hart (Clerk)"
            piece = post_holders_first(piece)  # "Chairman – A Reid (Ann)": "A Reid (Chairman)"
            piece = group_tails_first(piece)  # "A Reid Esq., Elected Members.": their kind
            piece = inline_kinds(piece, split_name_list)  # "Ratepayer Members: A Reid ..."
            piece = council_after_name(piece)  # "KCC Cllr A Reid": "Cllr A Reid (KCC)"
            piece = without_ditto_marks(piece)  # "Cllr A Reid “ B Moss “ C Lowe": columns
            glue = "" if not text or (text.endswith("-") and text[-2:-1].isalpha()) else " "
            starts.append((len(text) + len(glue), line))
            text += glue + piece
        offsets = [at for at, _ in starts]
        text = without_public_count(text)  # a count of the public (offsets kept)
        officers = (block.group_role or block.role) is AttendanceRole.IN_ATTENDANCE
        titled = titled_rows(text.strip())  # "Mr A Reid Staff Side Representative (RCN) Ms ..."
        posts = post_initials(text) if officers and titled is None else None
        if posts and post_initials_line(text, going_on=bool(block.read)):
            for at, post, initials in posts:  # "Head of Planning (GRH) Solicitor (AEM)"
                self._add(block.role, post, initials, starts[bisect_right(offsets, at) - 1][1])
            return
        run = post_first_rows(text) if officers else None  # "X – Treasurer A Reid X – ..."
        if run is None and block.post_table:  # the table's later rows, the body alone
            run = repeated_column_rows(text)
            if run is None and table_rows_left(text):
                self.diagnostics.warn(
                    self.file,
                    segment[0][0].number,
                    "attendance-without-names",
                    f"the {block.label!r} table's rows here cannot be cut into names",
                )
                return
        block.post_table = block.post_table or run is not None
        no_one = run is None and posts_only(text) and not substitute_row(block, text.strip())
        if NOTHING.match(text.strip()) or no_one:
            return  # nobody, or posts with nobody named: the list's warning says so
        text = chaired_with(text) or text  # "A Reid chaired the meeting with B Moss attended."
        flat = (
            run
            or plural_title_groups(text.strip())  # "Councillors A and B - X Council Councillors"
            or flattened_table(text.strip())
            or council_first_table(text.strip())
            or titled  # "Mrs A Reid, Chief Executive Mr B Moss Head of ..."
        )
        for member in flat or []:  # "Cllr A Reid, X Council Cllr B Moss, Y Council ..."
            line = starts[max(0, bisect_right(offsets, member.entry.start) - 1)][1]
            substitute = AttendanceRole.SUBSTITUTE if member.substitute else None
            self._emit(line, member.entry, role=substitute)
        entries = split_name_list(text) if flat is None else []
        if block.label == GUESTS_LABEL:  # "A Reid and B Moss (Office of the Commissioner)"
            entries = shared_brackets(entries)
        elif (block.group_role or block.role) in NOT_MEMBERS:  # "A Reid, B Moss (X Council)"
            entries = shared_bodies(entries)
        else:  # "Reid, Moss (Town Ward), Lowe (Hill Ward)": members grouped by ward
            entries = shared_wards(entries)
        entries = shared_plural_posts(entries, text)  # "A Reid and B Moss (Deputy Leaders)"
        entries = shared_trailing_body(entries, text)  # "Mr A Reid and Ms B Moss, Audit"
        entries = bodies_after_each_of(entries, text)  # "... of X Council, Mr C Lowe of Y"
        entries = shared_body_after_of(entries)  # "Mr A Reid and Ms B Moss of Wyke Council"
        entries = without_group_notes(entries)  # "C Lowe, Head of Finance (all Resources)"
        entries = posts_then_initials_runs(entries, text, is_office)  # "..., Mayor A Reid B Moss"
        entries = familiar_names(entries)  # "T Bond (Terry), J Lowe (Jim)": no capacities
        if (block.group_role or block.role) in NOT_MEMBERS:
            entries = without_post_remnants(entries)  # "Director of X & Performance, ..."
        for entry in entries:
            line = starts[max(0, bisect_right(offsets, entry.start) - 1)][1]
            if block.title and not STARTS_WITH_TITLE.match(entry.as_written):
                # under "Councillors:" a name keeps its printed form; it is titled, whole
                entry = dataclasses.replace(entry, looks_damaged=False)
            self._emit(line, entry)

    def _emit(
        self,
        line: Line,
        entry: NameEntry,
        capacity: str | None = None,
        role: AttendanceRole | None = None,
    ) -> None:
        block = self.block
        label = block.label if block else "attendance"
        name = printed_name(entry.as_written)
        if name is None:
            return  # "Mr A Reid, , Mr B Moss": a slot whose name was lost names nobody
        if entry.looks_damaged:
            self.diagnostics.warn(
                self.file,
                line.number,
                "damaged-name",
                f"name {entry.as_written!r} in the {label} list has no "
                "title or first name; kept as written",
            )
        if entry.unclosed_bracket:
            self.diagnostics.warn(
                self.file,
                line.number,
                "unclosed-bracket",
                f"name {entry.as_written!r} in the {label} list opens a bracket it never "
                "closes; read as closed before the next name",
            )
        role = role or (block.group_role or block.role if block else AttendanceRole.PRESENT)
        said = entry.capacity or capacity or (block.kind_capacity if block else None)
        if block is not None and block.group_capacity:  # "Appointed by X:" is what they represent
            if role is AttendanceRole.PRESENT and said and SUBSTITUTE_ONLY.match(said):
                role, said = AttendanceRole.SUBSTITUTE, None  # "Mr A Reid (Substitute)"
            said = ", ".join(c for c in (said, block.group_capacity) if c)
        instead = SUBSTITUTE_FOR.match(entry.as_written) if " " in entry.as_written else None
        if role is AttendanceRole.SUBSTITUTE and instead and not said:
            entry = dataclasses.replace(entry, as_written=instead["sub"], capacity=None)
            said = f"substitute for {instead['for']}"
        elif (
            role is AttendanceRole.SUBSTITUTE and instead and not SUBSTITUTE_WHOM.match(said or "")
        ):
            # "Julie Dodds for John Sparkes (Wyke Council)": the bracket is where they are from
            organisation = entry.organisation or said
            entry = dataclasses.replace(
                entry, as_written=instead["sub"], capacity=None, organisation=organisation
            )
            said = f"substitute for {instead['for']}"
        if role is AttendanceRole.SUBSTITUTE and said and (whom := SUBSTITUTE_WHOM.match(said)):
            # "Mrs A Reid (for Mr B Moss)", "(In place of Mr B Moss)" under "Substitutes:"
            said = f"substitute for {whom['for']}"
        in_place = IN_PLACE_OF.match(said) if said and role is AttendanceRole.PRESENT else None
        if in_place:  # "Ann Reid (In place of Ben Moss)" among those present: a substitute
            role, said = AttendanceRole.SUBSTITUTE, f"substitute for {in_place['for']}"
        stood_for = for_person(said) if said and role is AttendanceRole.PRESENT else None
        if stood_for:  # "Ann Reid (for Ben Moss)" among those present: for a person
            role, said = AttendanceRole.SUBSTITUTE, f"substitute for {stood_for}"
        # "Mr A Reid (Substitute Member)" under "Also in attendance as an Observer:": a
        # substitute member who sat in as an observer, not as anyone's substitute
        observer = role is AttendanceRole.IN_ATTENDANCE and bool(
            said and SUBSTITUTE_ONLY.match(said)
        )
        if said and not observer and re.match(r"(?i)substitut\w*(?:\s+(?:for|member)\b|$)", said):
            role = AttendanceRole.SUBSTITUTE
            said = re.sub(r"(?i)^substitut(?:ing|ed)\s+for\b", "substitute for", said)
            if SUBSTITUTE_ONLY.match(said):
                said = None  # "(substitute member)": the role says it all, whom for unsaid
        chair = NAME_IN_THE_CHAIR.match(entry.as_written) if not said else None
        if chair:  # "Councillor A Reid in the chair": who chaired, said after the name
            entry = dataclasses.replace(entry, as_written=chair["name"])
            said = chair["chair"]
        reason = None
        away = role in (AttendanceRole.APOLOGIES, AttendanceRole.ABSENT)
        if (
            away
            and entry.capacity
            and absence_reason(entry.capacity)  # "(work commitments)"
            and substitute_in_bracket(entry.capacity) is None  # "(with B Moss substituting)"
        ):
            reason, said = entry.capacity, capacity or None
        if role in NOT_MEMBERS and post_only(entry.as_written, said):
            return  # "Officers: Head of Planning, ... and Committee Manager (Mrs A Reid)"
        stood_in = substitute_in_bracket(said) if away and said else None
        if stood_in is not None:  # "Mr A Reid (Ms B Moss attended as substitute)"
            said = capacity or None
        self._add(role, entry.as_written, said, line, entry.organisation, reason, entry.timing)
        if stood_in is not None:
            substitute = f"substitute for {entry.as_written}"
            self._add(AttendanceRole.SUBSTITUTE, stood_in, substitute, line)

    def _add(
        self,
        role: AttendanceRole,
        as_written: str,
        capacity: str | None,
        line: Line,
        organisation: str | None = None,
        reason: str | None = None,
        timing: str | None = None,
    ) -> None:
        group = self.block.group if self.block else None
        if self.block:
            self.block.read += 1
        if role is AttendanceRole.PRESENT and capacity and CLERK.fullmatch(capacity.strip()):
            role = AttendanceRole.IN_ATTENDANCE  # "C Lowe, D Hart (Clerk)": the officer
        self.part.attendance.append(
            AttendanceFacts(
                role,
                as_written,
                capacity,
                line.number,
                group=group,
                organisation=organisation,
                reason=reason,
                timing=timing,
            )
        )


def read_attendance_lists(
    part: Part, lines: list[Line], file: str, diagnostics: Diagnostics
) -> None:
    """The attendance lists printed before the first minute."""
    # "Committee" / "Members:" at the margin; "POLITICAL" / "MEMBERS:", a kind of member
    lines = [  # "Councillor(s) Councillor(s) C Anderson ...": columns' heads, one title
        Line(line.number, COLUMN_HEADS.sub("Councillors ", line.text, count=1)) for line in lines
    ]
    lines = [  # "MEMBER(S) OF THE PUBLIC PRESENT: Two": a count, no names; or the names
        Line(line.number, label) if (label := public_label_line(line.text)) is not None else line
        for line in lines
    ]
    lines = name_grid_rows(lines)  # "Present Ann Reid (Chairman)" / "Ben Moss Cara Lowe"
    lines = cell_rows(lines)  # "Present in person Ann Reid (Convener) Ben Moss Cara Lowe"
    lines = office_in_chair_rows(lines)  # "Vice-Chair in the Chair" over "A B Reid"
    lines = run_on_sheet(lines)  # "PRESENT: ... Magistrate Members ... OFFICIALS : ..."
    lines = without_interleaved_numbers(lines)  # "12." dropped between the names
    lines = initials_runs(lines, label_line)  # "Officers Present A Reid (Clerk) B C Moss"
    lines = group_runs(lines)  # "Councillors:-" / "R C Abbot Mrs L Birch A A J Cole"
    lines = name_initials_rows(lines)  # "Dr Ann Reid AR Clinical Chair"
    lines = tagged_runs(lines, label_line)  # "Present: Ann Reid (AR) Chair Bob Moss (BM)"
    lines = forename_council_rows(lines, label_line)  # "Present:" over "Ann Reid Wyke DC"
    lines = council_runs(lines)  # "Councillor A Reid Wyke Council, Councillor B Moss ..."
    lines = members_attending(lines, label_line)  # "In Attendance:" over the councillors
    lines = chair_above_lists(lines, label_line)  # "The Mayor Cllr A Reid in the Chair"
    lines = unlabelled_roll(lines, opens_a_list)  # "Councillors A Reid, B Moss" under the heading
    lines = cut_after_opening(lines)  # "... was held in V at 7.00 pm PRESENT: Cllrs ..."
    lines = cut_trailing_sentences(lines, opens_attendance)  # "... Canon Moatt offered ..."
    lines = cut_inline_labels(lines, opens_attendance)  # "... Cllr B Moss Apologies: ..."
    lines = cut_member_kinds(lines, opens_attendance)  # "... (Chair) Non-Executive Members: ..."
    # "PRESENT: CHAIRMAN: Dr A Reid", "CLERK TO THE COUNCIL – Mrs B Moss": the labels recased
    lines = [Line(line.number, recased_labels(line.text)) for line in lines]
    lines = cut_office_labels(lines, opens_attendance)  # "Present: Chairman: Cllr A ..."
    lines = labels_around_first_rows(lines, label_alone)  # "Officers in A, X Attendance B"
    lines = join_broken_labels(lines, lambda t: label_alone(t) or bool(members_heading(t)))
    lines = unzip_two_columns(lines, label_alone)  # brackets wrapping inside a column
    lines = unzipped_columns(lines, table_label)  # the names, then their posts
    lines = office_pairs(lines)  # "CHAIR: A Reid      VICE-CHAIR: B Moss"
    lines = post_attending_rows(lines)  # "Clerk in attendance – A Reid   RFO in attendance ..."
    lines = slash_cells(lines, label_alone)  # "By Invitation / Mr A Reid / Chairman"
    AttendanceReader(part, file, diagnostics, preamble=True).read(lines)


#: "Present Cllr A Reid": the label of those present, its colon lost, before a title
PRESENT_BEFORE_TITLE = re.compile(rf"^present\s+{TITLE}\s", re.IGNORECASE)


def opens_attendance(text: str) -> bool:
    """Whether a line opens with the label of an attendance list, colon or not."""
    return label_line(plain(text)) is not None or PRESENT_BEFORE_TITLE.match(text) is not None


def opens_a_list(raw: str) -> bool:
    """Whether a line opens a list of names in a way the reader knows: a label, a council
    heading its members ("Representing Wyke Council"), a bullet, a chair's line."""
    text = plain(raw).strip()
    return (
        opens_attendance(text)
        or appointing_heading(text)
        or councillors_chair_line(text)
        or bulleted_person(raw) is not None
        or chair_leader_line(text) is not None
    )


def label_alone(text: str) -> bool:
    """Whether a line is a label with no names after it ("MEMBERS PRESENT", "Committee
    Members:")."""
    label = label_line(plain(text)) or members_label(plain(text))
    return label is not None and not label[2]


def table_label(text: str) -> bool:
    """Whether a line labels a group of an attendance table, names below it ("IN
    ATTENDANCE:", "VOTING MEMBERS:")."""
    return label_alone(text) or attendance_group_label(text)


def read_apologies_and_substitutes(
    part: Part,
    body: list[Line],
    file: str = "",
    diagnostics: Diagnostics | None = None,
    title: str = "",
    title_line: int | None = None,
) -> None:
    """Apologies, substitutes and absences recorded in the minute about them. Under a
    minute headed for apologies alone, names listed without a label of their own
    ("Cllr A Reid – on holiday" one a line) are the apologies. A title that is a label
    with its names ("Members Present Councillors: A Reid, B Moss") is read as its list."""
    body = minuted_text_only(body) or body  # the agenda's text quoted above "Minutes:"
    listed = title_line is not None and (label := label_line(plain(title))) is not None
    if listed and title_line is not None and label is not None and label[2]:
        body = [*initials_runs([Line(title_line, title.strip())], label_line), *body]
        title = ""
    role = minute_of_one_role(title)
    if role is AttendanceRole.APOLOGIES:  # "Minutes: Alderman A Reid was in the Chair."
        present = {a.as_written.split()[-1] for a in part.attendance if a.as_written.split()}
        body, chair = chair_before_apologies(body, present)
        part.attendance.extend(chair)
        # "These were received from Cllr A Reid ...": the apologies the title names
        body = [Line(li.number, apologies_pointing_back(li.text) or li.text) for li in body]
        body = without_leading_from(body)  # "12/22 Apologies: from Cllr A Reid, ..."
        # "Cllr A Reid and Moss were both on holiday.": the reason is no name's
        body = [Line(li.number, stated_reasons_cut(li.text)) for li in body]
        body = name_council_rows(body)  # "Ann Kerr  Wyke Borough Council": the table's row
    if role is AttendanceRole.PRESENT:  # "1. Present:- Cllr A Reid ... Clerk: Mrs D Hart"
        body = cut_inline_labels(body, lambda _: True)
    reader = AttendanceReader(part, file, diagnostics or Diagnostics(), preamble=False)
    if role is not None:
        reader.block = _Block(title.strip(), role, inline=False)
        reader.group_headings = role is AttendanceRole.PRESENT
    # a web page's minute repeats its title under its number ("1." / "Attendance"): no name
    before = len(part.attendance)
    reader.read(
        [Line(li.number, "") if title and li.text.strip() == title.strip() else li for li in body]
    )
    if role is AttendanceRole.IN_ATTENDANCE and BARE_IN_ATTENDANCE.match(title.strip()):
        _members_in_attendance(part, before, body)


#: "from" opening an apologies minute's text, the title's "Apologies from" parted by the
#: heading's colon: "12/22 Apologies: from Cllr A Reid (holiday), Cllr B Moss"
LEADING_FROM = re.compile(r"^\s*from\s+(?=[A-Z])")


def without_leading_from(body: list[Line]) -> list[Line]:
    """The minute's text with the "from" opening its first line left off (its offsets
    kept by spaces); the text as it is when it opens otherwise."""
    first = next((k for k, li in enumerate(body) if li.text.strip()), None)
    if first is None or (lead := LEADING_FROM.match(body[first].text)) is None:
        return body
    text = " " * lead.end() + body[first].text[lead.end() :]
    return [*body[:first], Line(body[first].number, text), *body[first + 1 :]]


def _members_in_attendance(part: Part, before: int, body: list[Line]) -> None:
    """A minute "In Attendance" listing councillors first, with no list of those present
    before it: the councillors are those present (`councillor_lines`)."""
    if any(a.role is AttendanceRole.PRESENT for a in part.attendance[:before]):
        return
    members = councillor_lines(body)
    part.attendance[before:] = [
        dataclasses.replace(a, role=AttendanceRole.PRESENT)
        if a.line in members and a.role is AttendanceRole.IN_ATTENDANCE
        else a
        for a in part.attendance[before:]
    ]


#: A minute about apologies only: "Apologies for Absence", "Apologies" (not "Apologies
#: and Substitutions", whose names may be either).
APOLOGIES_MINUTE = re.compile(
    # "Apologies for Absent Members": whose apologies, the members'
    # "Apologies and Reason for Absence", "Apologies for Absence and Reasons Given": the
    # parish's duty to receive the reasons said in the title
    r"^apologies(?:\s+(?:and|&)\s+reasons?)?"
    r"(?:\s+for\s+(?:absence|non[\s-]?attendance|absent\s+members))?"
    r"(?:\s+(?:and|&)\s+(?:(?:approval|acceptance)\s+of\s+)?reasons?(?:\s+given)?)?"
    r"(?:\s+received)?[.:]?$",
    re.IGNORECASE,
)
#: "To receive any apologies for absence", "To note and accept apologies": the agenda's
#: wording a parish clerk keeps as the minute's title, set aside before the title is read
AGENDA_WORDING = re.compile(
    r"^to\s+(?:receive|note|record|accept|consider|approve)"
    r"(?:\s+(?:and|&)\s+(?:accept|approve|note|consider))?\s+(?:any\s+)?(?=apolog)",
    re.IGNORECASE,
)
#: A minute recording who came, numbered like the rest: "Present", "Members Present",
#: "Attendance", "Those present", "MEMBERS" (over "IN ATTENDANCE", a community council's).
PRESENT_MINUTE = re.compile(
    r"^(?:(?:members|councillors|those)\s+)?present(?:\s+were)?[.:]?$|^(?:attendance|members)[.:]?$"
    r"|^there\s+were\s+present[.:]?$",
    re.IGNORECASE,
)


def minute_of_one_role(title: str) -> AttendanceRole | None:
    """The role of every name a minute lists when its title is one role alone
    ("Apologies for Absence", "Present"); None for any other title."""
    if APOLOGIES_MINUTE.match(AGENDA_WORDING.sub("", title.strip())):
        return AttendanceRole.APOLOGIES
    if PRESENT_MINUTE.match(title.strip()):
        return AttendanceRole.PRESENT
    labelled = label_heading_role(title)
    if labelled is not None or "/" not in title:
        return labelled
    # "Apologies for Absence / Ymddiheuriadau am absenoldeb": the English half
    return bilingual_role(title, minute_of_one_role, lambda t: bool(ATTENDANCE_MINUTE.search(t)))


#: Roles a list's label alone may give a heading read as a minute's: those at the meeting.
LABEL_HEADING_ROLES = (AttendanceRole.IN_ATTENDANCE, AttendanceRole.ALSO_PRESENT)


def label_heading_role(title: str) -> AttendanceRole | None:
    """'OFFICERS PRESENT', 'Also in attendance': a list's label alone, read as an unnumbered
    minute's heading when no numbered minute follows (a paper cut off after its
    attendance): the role of the names under it; None for any other title."""
    label = label_line(title.strip().rstrip(":"))
    if label is None or label[2] or label[1] not in LABEL_HEADING_ROLES:
        return None
    return label[1]


def records_attendance(minute_title: str) -> bool:
    """A minute that records who came: "Apologies for Absence", "Substitutions",
    "Apologies and Changes in Membership", "Attendance", "Declarations of Substitutes"."""
    found = ATTENDANCE_MINUTE.search(minute_title) is not None
    return found or label_heading_role(minute_title) is not None


#: "Public speaking: Mr O Castleton (objector); Mrs H Baird (agent)", "Public speaker: Mr A
#: Reid (agent)." inside a minute.
SPEAKERS_LINE = re.compile(
    r"^(?:public\s+speaking|(?:(?:public|registered)\s+)?speakers?"
    r"|(?:the\s+following\s+)?(?:persons?|people)"
    r"\s+(?:spoke|addressed\s+the\s+\w+))\s*:\s*(?P<names>\S.{0,600})$",
    re.IGNORECASE,
)


def speakers_line(text: str) -> list[NameEntry] | None:
    """'Public speaking: Mr O Castleton (objector); Mrs H Baird (agent)': who spoke on an
    item, each with their part; None for any other line."""
    match = SPEAKERS_LINE.match(text) if ":" in text else None
    if match is None or lower_case_words(match["names"]) > 1:
        return None
    at = match.start("names")  # where each entry starts in the whole line
    entries = [
        dataclasses.replace(e, start=e.start + at)
        for e in split_name_list(match["names"])
        if STARTS_WITH_TITLE.match(e.as_written)
    ]
    return entries or None


#: how many lines a list of speakers may wrap onto while a bracket is open
SPEAKERS_WRAP_LINES = 4


def speakers_text(body: list[Line], at: int) -> tuple[str, list[tuple[int, Line]]]:
    """The speakers line at `at` with the lines its open bracket wraps onto ("Ms R Pugh
    (agent for the" / "applicant); Cllr A Reid (Ward Member)."), and where each line
    starts in the joined text. A line with no open bracket is returned alone."""
    text = plain(body[at].text).strip()
    starts = [(0, body[at])]
    for line in body[at + 1 : at + 1 + SPEAKERS_WRAP_LINES]:
        more = plain(line.text).strip()
        if text.count("(") <= text.count(")") or not more:
            break
        starts.append((len(text) + 1, line))
        text = f"{text} {more}"
    return text, starts


def read_attendance_for_item(
    part: Part, minute_number: str, body: list[Line], title: str = ""
) -> None:
    """Someone recorded in a minute's text as in attendance for that item only, or as one
    of its public speakers (listed, or named in a sentence of an application's minute)."""
    before = len(part.attendance)
    chair_listed = any(a.role is AttendanceRole.PRESENT for a in part.attendance)
    for at, line in enumerate(body):
        text, starts = speakers_text(body, at) if ":" in line.text else ("", [])
        for entry in speakers_line(text) or []:
            offsets = [start for start, _ in starts]
            printed_on = starts[max(0, bisect_right(offsets, entry.start) - 1)][1]
            part.attendance.append(
                AttendanceFacts(
                    AttendanceRole.ALSO_PRESENT,
                    entry.as_written,
                    entry.capacity,
                    printed_on.number,
                    minute_number=minute_number,
                )
            )
        # a minute recording attendance lists the chair itself ("Calling of the Roll")
        chaired = chair_line(plain(line.text)) if "hair" in line.text else None
        chaired = None if records_attendance(title) else chaired
        # anyone present by the surname is the same person ("Cllr A Reid" above)
        known = {a.as_written.split()[-1] for a in part.attendance if a.as_written.split()}
        if chaired and chaired[0].split()[-1] not in known:  # "A Reid (in the Chair)"
            part.attendance.append(
                AttendanceFacts(AttendanceRole.PRESENT, chaired[0], chaired[1], line.number)
            )
        welcome = (
            chair_welcome(plain(line.text)) if not chair_listed and "The " in line.text else None
        )
        if welcome:  # "The Chair, Cllr A Reid, welcomed ...": no list names them
            part.attendance.append(AttendanceFacts(AttendanceRole.PRESENT, *welcome, line.number))
            chair_listed = True
        took = took_the_chair(plain(line.text)) if not chair_listed else None
        if took:  # "Councillor A Reid took the Chair.": no list names them
            part.attendance.append(AttendanceFacts(AttendanceRole.PRESENT, *took, line.number))
            chair_listed = True
        # cheap test first: the pattern needs its words
        present = FOR_THIS_ITEM.match(plain(line.text)) if "attendance" in line.text else None
        if present:
            part.attendance.append(
                AttendanceFacts(
                    AttendanceRole.IN_ATTENDANCE,
                    present["name"],
                    (present["capacity"] or "").strip() or None,
                    line.number,
                    minute_number=minute_number,
                )
            )
    sent = any(a.role is AttendanceRole.APOLOGIES for a in part.attendance)
    paragraph = None if sent or records_attendance(title) else apologies_paragraph(body)
    if paragraph:  # "1(1) Apologies" inside "1 General": the sentence is the apologies
        AttendanceReader(part, "", Diagnostics(), preamble=False).read(paragraph)
    if not about_an_application(title, body):
        return
    listed = {(a.as_written, a.line) for a in part.attendance[before:]}
    for speaker in spoken_sentences(body):
        if (speaker.name, speaker.line) not in listed:
            part.attendance.append(
                AttendanceFacts(
                    AttendanceRole.ALSO_PRESENT,
                    speaker.name,
                    speaker.part,
                    speaker.line,
                    minute_number=minute_number,
                )
            )
