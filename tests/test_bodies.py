"""Bodies: a printed name names a curated body only when it is that body's name or phrase
(or contains its full name); a paper speaks of its own body; an unknown body is a body of
its own, reported once with the entry to add."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CONTENT
from minutebook.body_names import names_body, normalise
from minutebook.errors import Diagnostics
from minutebook.model import Archive, Body
from minutebook.pipeline import read_archive
from minutebook.resolving.bodies import body_meant, places_named
from minutebook.resolving.curated import load_curated

FIXTURES = Path(__file__).parent / "fixtures"
KENT = "kent-and-medway-police-and-crime-panel"
BOARD = "performance-and-delivery-board"


def test_normalising_ignores_case_articles_ampersands_and_punctuation() -> None:
    assert normalise("The KENT & MEDWAY Police and Crime Panel.") == normalise(
        "Kent and Medway Police and Crime Panel"
    )
    assert normalise("Commissioner’s Board") == normalise("commissioner's board")


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("KENT AND MEDWAY POLICE AND CRIME PANEL", KENT),
        ("Kent & Medway Police & Crime Panel", KENT),
        ("the Police and Crime Panel", KENT),  # the curated phrase itself
        ("Kent and Medway Police and Crime Panel (Confirmation Hearing)", KENT),  # full name
        ("Performance and Delivery Board", BOARD),
        ("Kent Police and Crime Commissioner’s Performance and Delivery Board", BOARD),
        ("Surrey Police and Crime Panel", None),  # a place added to a generic phrase
        ("Essex Police, Fire and Crime Panel", None),
        ("Police and Crime Panel for Holmwood", None),
        ("Northmoor Police Authority", None),
        ("", None),
    ],
)
def test_curated_bodies_name_only_themselves(printed: str, expected: str | None) -> None:
    entry = load_curated(CONTENT).body_matching(printed)
    assert (entry.id if entry else None) == expected


def test_a_phrase_contained_in_a_longer_name_is_no_match() -> None:
    assert names_body("Panel", "Panel", ())
    assert not names_body("Westshire Audit Panel", "Audit Committee", ("audit panel",))
    assert names_body("Westshire Audit Committee", "Audit Committee", ())


def _archive(tmp_path: Path, *files: Path) -> tuple[Archive, Diagnostics]:
    content = tmp_path / "content"
    (content / "documents").mkdir(parents=True)
    shutil.copy(CONTENT / "bodies.yaml", content / "bodies.yaml")
    for file in files:
        shutil.copy(file, content / "documents" / file.name)
    diagnostics = Diagnostics()
    archive, _ = read_archive(content, diagnostics)
    return archive, diagnostics


def test_another_countys_panel_is_a_body_of_its_own_with_every_paper(tmp_path: Path) -> None:
    pack = FIXTURES / "bodies" / "other-county-panel-pack.txt"
    archive, diagnostics = _archive(tmp_path, pack)
    assert sorted(archive.bodies) == ["holmwood-police-and-crime-panel"]
    assert archive.bodies["holmwood-police-and-crime-panel"].name == (
        "Holmwood Police and Crime Panel"
    )
    # the agenda, the report "To: Police and Crime Panel" and the minutes: all Holmwood's
    assert sorted(archive.meetings) == [
        "2020-02-07-holmwood-police-and-crime-panel",
        "2020-03-06-holmwood-police-and-crime-panel",
    ]
    documents = [d for d in archive.documents.values() if d.meeting]
    assert len(documents) == 3
    [warning] = [d for d in diagnostics.warnings if d.code == "unknown-body"]
    assert (warning.file, warning.line) == (pack.name, 5)
    assert "id: holmwood-police-and-crime-panel" in warning.message
    assert "'holmwood police and crime panel'" in warning.message


def test_the_papers_own_panel_is_meant_by_its_shortened_name(tmp_path: Path) -> None:
    pack = FIXTURES / "bodies" / "other-county-panel-pack.txt"
    archive, _ = _archive(tmp_path, pack)
    [reference] = [
        r for r in archive.references if r.text.endswith("Crime Panel held on 7 February 2020")
    ]
    assert reference.target is not None
    assert reference.target.id == "2020-02-07-holmwood-police-and-crime-panel"
    report = next(d for d in archive.documents.values() if d.title.startswith("Proposed"))
    assert report.meeting == "2020-03-06-holmwood-police-and-crime-panel"


def test_minutes_of_an_unknown_body_still_give_a_meeting(tmp_path: Path) -> None:
    archive, diagnostics = _archive(
        tmp_path,
        FIXTURES / "bodies" / "police-fire-and-crime-panel-minutes.txt",
        FIXTURES / "openings" / "minutes-nth-meeting.txt",
        FIXTURES / "openings" / "minutes-date-first.txt",
    )
    assert sorted(archive.meetings) == [
        "2012-07-04-northmoor-police-authority",
        "2021-02-03-lowford-police-and-crime-panel",
        "2022-06-16-greyhaven-police-fire-and-crime-panel",
    ]
    unknown = sorted(d.file for d in diagnostics.warnings if d.code == "unknown-body")
    assert unknown == [
        "minutes-date-first.txt",
        "minutes-nth-meeting.txt",
        "police-fire-and-crime-panel-minutes.txt",
    ]


def test_an_unknown_body_is_reported_once(tmp_path: Path) -> None:
    pack = FIXTURES / "bodies" / "other-county-panel-pack.txt"
    second = tmp_path / "second-copy.txt"
    second.write_text(pack.read_text(encoding="utf-8").replace("2020", "2021"), "utf-8")
    _, diagnostics = _archive(tmp_path, pack, second)
    assert len([d for d in diagnostics.warnings if d.code == "unknown-body"]) == 1


def test_the_five_documents_keep_their_two_curated_bodies(real_archive) -> None:
    archive, _, diagnostics = real_archive
    assert sorted(archive.bodies) == [KENT, BOARD]
    assert not [d for d in diagnostics.warnings if d.code == "unknown-body"]


def test_a_full_curated_name_beats_the_papers_own_body_and_a_phrase_does_not() -> None:
    curated = load_curated(CONTENT)
    holmwood = Body("holmwood-police-and-crime-panel", "Holmwood Police and Crime Panel")
    own = [(holmwood, "HOLMWOOD POLICE AND CRIME PANEL")]

    def meant(name: str, own: list[tuple[Body, str]]) -> str | None:
        body = body_meant(name, own, curated, frozenset({"Kent"}))
        return body.id if body else None

    assert meant("Police and Crime Panel", own) == holmwood.id
    assert meant("the Panel", own) == holmwood.id
    assert meant("Kent and Medway Police and Crime Panel", own) == KENT
    assert meant("Police and Crime Panel", []) == KENT  # no paper of its own: the phrase
    assert meant("Greyhaven Police, Fire and Crime Panel", own) is None


def test_a_phrase_means_a_curated_body_only_in_a_paper_naming_its_places() -> None:
    """A paper printing only "Police and Crime Panel", with no body of its own named in
    full, is the curated panel only if it names Kent or Medway (its `places`)."""
    curated = load_curated(CONTENT)
    kent_text = "Present: Cllr A Reid (Medway Council), Cllr B Shah (Dover District Council)"
    herts_text = "Present: Cllr A Reid (East Herts District Council), Cllr B Shah (Watford)"
    assert places_named(kent_text, curated) == {"Medway"}
    assert places_named(herts_text, curated) == frozenset()
    assert places_named("Kentish Town", curated) == frozenset()  # a word, not a prefix
    at_kent = body_meant("Police and Crime Panel", [], curated, places_named(kent_text, curated))
    assert at_kent is not None
    assert at_kent.id == KENT
    assert body_meant("Police and Crime Panel", [], curated, frozenset()) is None


def test_another_countys_panel_printed_only_generically_is_not_the_curated_one(
    tmp_path: Path,
) -> None:
    minutes = tmp_path / "generic-panel-minutes.txt"
    minutes.write_text(
        "MEETING OF POLICE AND CRIME PANEL\n\n"
        "Thursday 25 October 2012 at Wallfields, Hertford\n\n"
        "Present: Cllr A Reid (East Herts District Council), Cllr B Shah (Watford Borough"
        " Council)\n\n"
        "1. APOLOGIES\n\nApologies were received from Cllr C Lowe.\n",
        encoding="utf-8",
    )
    archive, diagnostics = _archive(tmp_path, minutes)
    assert KENT not in archive.bodies
    assert [m.body for m in archive.meetings.values()] == ["police-and-crime-panel"]
    assert [d.file for d in diagnostics.warnings if d.code == "unknown-body"] == [minutes.name]
