"""The groups of those present run together on one line, each after its label."""

from __future__ import annotations

from minute_fixtures import attendance_of
from minutebook.model import AttendanceRole, Line
from minutebook.parsing.attendance_inline_labels import cut_inline_labels

PRESENT = AttendanceRole.PRESENT


def test_a_line_of_groups_is_cut_before_each_groups_label() -> None:
    text = "Present: In the Chair: Cllr A Reid Councillors: B Moss, C Lowe Ex Officio: Cllr D Hart"
    lines = cut_inline_labels([Line(4, text)], lambda t: t.startswith("Present"))
    assert [(li.number, li.text) for li in lines] == [
        (4, "Present:"),
        (4, "In the Chair: Cllr A Reid"),
        (4, "Councillors: B Moss, C Lowe"),
        (4, "Ex Officio: Cllr D Hart"),
    ]


def test_a_groups_word_in_running_text_is_no_label() -> None:
    text = "Present: Cllr A Reid, who thanked the Councillors for their work"
    lines = cut_inline_labels([Line(4, text)], lambda t: t.startswith("Present"))
    assert [li.text for li in lines] == [text]


def test_each_group_on_one_line_is_read() -> None:
    text = (
        "Minutes of a meeting of the Finance Committee of Fenby Town Council held on Monday 4 "
        "November 2019 at 7.00pm in the Town Hall, Fenby\n"
        "\n"
        "Present: In the Chair: Cllr Ann Reid Councillors: Bob Moss, Cath Lowe Ex Officio: "
        "Cllr Dan Hart\n"
        "\n"
        "1 APOLOGIES FOR ABSENCE\n"
        "None.\n"
    )
    present = [name for role, name, _, _ in attendance_of(text) if role is PRESENT]
    assert present == ["Cllr Ann Reid", "Bob Moss", "Cath Lowe", "Cllr Dan Hart"]


def test_the_clerks_post_labels_the_name_after_the_members() -> None:
    text = (
        "Minutes of the meeting of Fenby Parish Council held on Tuesday 8th March 2011 at 8pm\n"
        "\n"
        "Present: Cllr A Reid (Chairman) Cllr B Moss Cllr C Lowe Parish Clerk: Mrs D Hart\n"
        "\n"
        "1 APOLOGIES FOR ABSENCE\n"
        "None.\n"
    )
    found = [(role, name, post) for role, name, post, _ in attendance_of(text)]
    assert found[2:] == [
        (PRESENT, "Cllr C Lowe", None),
        (AttendanceRole.IN_ATTENDANCE, "Mrs D Hart", "Parish Clerk"),
    ]
