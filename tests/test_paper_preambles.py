"""A paper's preamble: the few lines a host, a letterhead or an address put above a
paper's title belong to that paper, not to a text of their own; a longer cover, a
paper's tail or a list of business before it stays apart."""

from __future__ import annotations

from minutebook.model import DocumentKind, Line
from minutebook.parsing.splitting import split

MINUTES = (
    "Minutes of the meeting of Wyke Community Council held on 29th October 2019 at 7.30pm"
    " in the Village Hall\n\nPresent: June Reid (Chair), Simon Moss\n\n1. Apologies\n\nNone.\n"
)


def _starts(text: str) -> list[tuple[DocumentKind, int]]:
    lines = [Line(n, t) for n, t in enumerate(text.split("\n"), start=1)]
    return [(part.kind, part.first_line) for part in split(lines)]


def test_a_hosts_title_and_chrome_open_the_minutes_below_them() -> None:
    host = "HIGH STREET, WYKE - Wyke and Ashby ...\n\nPage created by Ann Bell\n \n"
    assert _starts(host + "CONTINUE READING\n" + MINUTES) == [(DocumentKind.MINUTES, 1)]


def test_an_address_twice_opens_the_agenda_below_it() -> None:
    address = "Civic Centre, PO Box 8, High Road, Wyke WY1 1AA\n\n"
    agenda = "AGENDA\n\nCABINET\n\nWednesday 13 November 2019 at 4.00 pm\n\n1. Apologies\n"
    assert _starts(address * 2 + agenda) == [(DocumentKind.AGENDA, 1)]


def test_a_cover_longer_than_a_preamble_is_a_text_of_its_own() -> None:
    cover = "".join(f"Volume entry {n} page {n + 4}\n" for n in range(12))
    assert _starts(cover + "\n" + MINUTES)[0] == (DocumentKind.OTHER, 1)


def test_a_sentence_before_the_minutes_ends_another_paper() -> None:
    text = "The meeting closed at 9.15 pm.\n\n" + MINUTES
    assert _starts(text) == [(DocumentKind.OTHER, 1), (DocumentKind.MINUTES, 3)]
