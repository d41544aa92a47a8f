"""A bilingual paper's Welsh opening above its English one."""

from __future__ import annotations

from minute_fixtures import lines_of
from minutebook.model import DocumentKind
from minutebook.parsing.minute_headings import looks_like_title
from minutebook.parsing.splitting import split
from minutebook.parsing.welsh_openings import welsh_line, welsh_opening

PAPER = (
    "AWDURDOD TÂN AC ACHUB BRO HAFREN\n"
    "BRO HAFREN FIRE AND RESCUE AUTHORITY\n"
    "\n"
    "COFNODION CYFARFOD YR AWDURDOD TÂN\n"
    "Neuadd y Sir, Llanfechan\n"
    "3 HYDREF 2023\n"
    "\n"
    "MINUTES OF THE FIRE AUTHORITY MEETING\n"
    "County Hall, Llanfechan\n"
    "3 OCTOBER 2023            10.00 – 11.30\n"
    "\n"
    "PRESENT: Cllrs A Bevan, C Dafis\n"
    "\n"
    "1  APOLOGIES FOR ABSENCE\n"
    "\n"
    "None.\n"
)


def test_a_line_is_welsh_with_two_welsh_words() -> None:
    assert welsh_line("COFNODION CYFARFOD YR AWDURDOD TÂN")
    assert welsh_line("NODYN: COFNODION DRAFFT")
    assert not welsh_line("BRO HAFREN FIRE AND RESCUE AUTHORITY")
    assert not welsh_line("Agenda for the Panel")  # words English as well as Welsh
    assert not welsh_line("Minutes of the Cabinet held on 3 May 2023")


def test_the_welsh_opening_belongs_to_the_english_paper() -> None:
    parts = split(lines_of(PAPER))
    assert [(p.kind, p.lines[0].number) for p in parts] == [(DocumentKind.MINUTES, 1)]


def test_english_text_above_a_paper_is_no_welsh_opening() -> None:
    assert not welsh_opening(lines_of("WYKE BOROUGH COUNCIL\n\nReport of the Clerk\n"))
    assert not welsh_opening(lines_of("\n\n"))


def test_a_date_in_welsh_is_no_minute_heading() -> None:
    assert not looks_like_title("MAWRTH 2016")
    assert not looks_like_title("Hydref 2023")
