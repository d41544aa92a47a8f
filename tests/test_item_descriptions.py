"""An agenda item's description under its title is no record's opening, and a page
reference broken over two lines leaves the item's title (invented examples)."""

from __future__ import annotations

from minutebook.model import Line
from minutebook.parsing.agenda_items import _pages
from minutebook.parsing.splitting import describes_an_item, detect_minutes


def _lines(text: str) -> list[Line]:
    return [Line(k + 1, t) for k, t in enumerate(text.split("\n"))]


AGENDA = """3.   MINUTES                                          (Pages 3 -
                                                          12)
     Minutes of the meeting of the Eastvale Area Council held on
     Monday 4 May 2020, to be confirmed as a true record.
"""


def test_description_under_an_item_opens_no_minutes() -> None:
    lines = _lines(AGENDA)
    assert describes_an_item(lines, 2)
    assert detect_minutes(lines, 2) is None


def test_a_record_at_the_margin_still_opens_minutes() -> None:
    lines = _lines("Minutes of the meeting of the Eastvale Area Council held on 4 May 2020\n")
    assert not describes_an_item(lines, 0)
    assert detect_minutes(lines, 0) is not None


def test_text_at_another_column_is_no_description() -> None:
    lines = _lines("3.   MINUTES\n  Minutes of the meeting of the Eastvale Area Council held")
    assert not describes_an_item(lines, 1)
    after_blank = _lines("3.   MINUTES\n\n     Minutes of the meeting of the Eastvale Council")
    assert not describes_an_item(after_blank, 2)


def test_broken_page_reference_leaves_the_title() -> None:
    assert _pages("MINUTES                        (Pages 3 -") == ("MINUTES", None)
    assert _pages("PROCEDURE AT COMMITTEE         (Pages 1") == ("PROCEDURE AT COMMITTEE", None)
    assert _pages("APPEALS UPDATE (Pages 65 - 72)") == ("APPEALS UPDATE", "65 - 72")


def test_a_title_ending_in_brackets_is_kept() -> None:
    title = "Review of the Licensing Act (Part 3"
    assert _pages(title) == (title, None)


def test_a_minutes_title_closed_by_its_date_opens_minutes_over_their_attendance() -> None:
    """'Minutes of Extraordinary meeting 29th July 2031', the body named on the lines below
    and "Councillors present:" under them; an agenda item's wording has no attendance."""
    lines = [
        Line(1, "Minutes of Extraordinary meeting 29th July 2031"),
        Line(2, ""),
        Line(3, "Fenby Town Council Meeting"),
        Line(4, "Councillors present: Mayor A Reid, Cllr B Moss."),
    ]
    start = detect_minutes(lines, 0)
    assert start is not None and str(start.kind) == "minutes"
    lines[3] = Line(4, "1. To receive apologies for absence")
    assert detect_minutes(lines, 0) is None


def test_an_items_title_with_its_file_link_opens_no_minutes() -> None:
    """ "Minutes of the meeting of ... pdf icon PDF 41 KB": a meeting page's item, its
    paper a link; the same words with no link open minutes (the test above)."""
    lines = _lines(
        "Minutes of the meeting of the Eastvale Area Council held on 4 May 2020 pdf icon PDF"
        " 41 KB\n\nMinutes:\n\nThe minutes were approved.\n"
    )
    assert detect_minutes(lines, 0) is None
