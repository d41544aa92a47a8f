"""Records first come, first kept: a second version of a meeting's minutes never takes over
the meeting, its URL or its facts; it is published as its own paper with a warning that
names its own file and line and what differs (see docs/people-and-records.md)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from conftest import CONTENT
from minutebook.errors import Diagnostics
from minutebook.model import (
    AgendaItemFacts,
    Archive,
    AttendanceFacts,
    AttendanceRole,
    DocumentKind,
    Line,
    Meeting,
    MeetingFacts,
    MinuteFacts,
    Part,
)
from minutebook.pipeline import read_archive
from minutebook.resolving.claims import Claim, ordered_claims

RECORDS = Path(__file__).parent / "fixtures" / "records"


def _read(content: Path) -> tuple[Archive, Diagnostics]:
    diagnostics = Diagnostics()
    archive, _ = read_archive(content, diagnostics)
    return archive, diagnostics


def _facts(meeting: Meeting) -> tuple[object, ...]:
    return (
        meeting.venue,
        meeting.minutes_document,
        [(a.as_written, a.role, a.person) for a in meeting.attendance],
        [(m.id, m.facts.title, m.facts.resolution) for m in meeting.minutes],
        [(d.reference, d.minute) for d in meeting.decisions],
        [(d.facts.as_written, d.text, d.minute) for d in meeting.declarations],
    )


@pytest.mark.parametrize(
    ("pack_name", "rival_name"),
    [("pack.txt", "rival.txt"), ("zz-pack.txt", "aa-rival.txt")],
)
def test_minutes_printed_in_the_next_agenda_pack_outrank_a_richer_rival(
    tmp_path: Path, pack_name: str, rival_name: str
) -> None:
    """The committee's 12 March 2019 minutes, printed in the 9 July pack as the minutes to
    approve, keep the meeting and the plain URL against a standalone version with more
    attendees and more minutes, whatever the files are called."""
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    (content / "bodies.yaml").write_text("bodies: []\n", "utf-8")
    (content / "people.yaml").write_text("people: []\n", "utf-8")
    shutil.copy(RECORDS / "pack-2019-07.txt", content / "documents" / pack_name)
    alone, _ = _read(content)
    shutil.copy(RECORDS / "rival-minutes-2019-03.txt", content / "documents" / rival_name)
    archive, diagnostics = _read(content)
    meeting_id = "2019-03-12-northshire-highways-and-transport-committee"
    assert _facts(archive.meetings[meeting_id]) == _facts(alone.meetings[meeting_id])
    kept = archive.documents["2019-03-12-minutes-northshire-highways-and-transport-committee"]
    rival = archive.documents["2019-03-12-minutes-northshire-highways-and-transport-committee-2"]
    assert (kept.source_file, rival.source_file) == (pack_name, rival_name)
    assert rival.meeting == meeting_id  # still published, as its own paper
    [warning] = [d for d in diagnostics.warnings if d.code == "second-minutes"]
    assert (warning.file, warning.line) == (rival_name, 1)
    assert "attendance (3 not in it, 1 missing)" in warning.message
    assert f"({pack_name}:21)" in warning.message
    venue = [d for d in diagnostics.warnings if d.code == "conflicting-venue"]
    assert [(d.file, d.line) for d in venue] == [(rival_name, 3)]


def test_a_second_version_of_a_real_meeting_takes_nothing_from_it(
    tmp_path: Path, real_archive
) -> None:
    """Issue 18: a new paper claiming the 17 October 2023 panel with every real attendee and
    four more, more minutes and another venue leaves the real minutes their URL, venue,
    attendance, minutes, decisions and declaration, and is the one the warnings name."""
    seeds, _, _ = real_archive
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    shutil.copy(RECORDS / "rival-minutes-of-a-seed-meeting.txt", content / "documents")
    archive, diagnostics = _read(content)
    meeting_id = "2023-10-17-kent-and-medway-police-and-crime-panel"
    real = seeds.meetings[meeting_id]
    assert real.decisions and real.declarations
    assert _facts(archive.meetings[meeting_id]) == _facts(real)
    assert set(seeds.documents) <= set(archive.documents)
    for doc_id, document in seeds.documents.items():
        assert archive.documents[doc_id].source_file == document.source_file
    blamed = {
        (d.file, d.code)
        for d in diagnostics.warnings
        if d.code in ("second-minutes", "conflicting-venue", "conflicting-time")
    }
    assert blamed == {
        ("rival-minutes-of-a-seed-meeting.txt", "second-minutes"),
        ("rival-minutes-of-a-seed-meeting.txt", "conflicting-venue"),
    }


def _minutes(names: list[str], codes: list[str], text: str) -> Part:
    when = dt.date(2021, 3, 2)
    return Part(
        DocumentKind.MINUTES,
        "Minutes",
        [Line(1, text)],
        "minutes",
        date=when,
        meeting=MeetingFacts("Committee", when),
        attendance=[AttendanceFacts(AttendanceRole.PRESENT, n, None, 3) for n in names],
        minutes=[MinuteFacts(str(n), "Title", c, 5, 6) for n, c in enumerate(codes, 1)],
    )


def _claim(part: Part, meeting: str = "m", date: dt.date = dt.date(2021, 3, 2)) -> Claim:
    return Claim(part, "f.txt", "committee", date, meeting, in_pack_for=False)


def test_a_version_naming_people_no_other_paper_knows_ranks_after_one_that_does() -> None:
    """Neither version is in a pack; the one whose attendees the body's other meetings name
    is kept, though the other claims less."""
    vouched = _minutes(["Cllr A Brook", "Cllr B Carr", "Mrs C Dale"], ["1", "2", "3"], "a")
    stranger = _minutes(["Cllr A Brook", "Mr Z Quill"], ["1"], "b")
    later = _minutes(["Cllr Anne Brook", "Cllr B Carr", "Mrs C Dale"], [], "c")
    claims = [_claim(stranger), _claim(vouched), _claim(later, "n", dt.date(2021, 6, 1))]
    places = ordered_claims(claims)
    assert (places[id(vouched)], places[id(stranger)]) == (0, 1)
    # a paper of the same body a decade away vouches for nobody: the version claiming
    # less is kept
    far = [_claim(stranger), _claim(vouched), _claim(later, "n", dt.date(2031, 6, 1))]
    assert ordered_claims(far)[id(stranger)] == 0


def test_a_version_citing_items_its_agenda_does_not_print_ranks_after_one_that_does_not() -> None:
    agenda = Part(
        DocumentKind.AGENDA,
        "Agenda",
        [Line(1, "agenda")],
        "agenda",
        items=[AgendaItemFacts(None, c, "Title", None, 1) for c in ("1", "2", "3")],
    )
    faithful = _minutes(["Cllr A Brook"], ["1", "2", "3"], "a")
    invented = _minutes(["Cllr A Brook"], ["1", "9"], "b")
    places = ordered_claims([_claim(invented), _claim(faithful), _claim(agenda)])
    assert (places[id(faithful)], places[id(invented)]) == (0, 1)
    assert id(agenda) not in places  # one agenda: nothing to decide


def test_a_reissued_pack_leaves_the_original_its_urls(tmp_path: Path, real_archive) -> None:
    """The same pack with a line added claims the same agenda and minutes; nothing tells
    them apart but the added text, and the original keeps every URL."""
    seeds, _, _ = real_archive
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    pack = (content / "documents" / "000_0ff52443d89633af.txt").read_text("utf-8")
    (content / "documents" / "reissued.txt").write_text(pack + "\nReissued.\n", "utf-8")
    archive, diagnostics = _read(content)
    for doc_id, document in seeds.documents.items():
        assert archive.documents[doc_id].source_file == document.source_file
    rivals = {d.file for d in diagnostics.warnings if d.code.startswith("second-")}
    assert rivals == {"reissued.txt"}
