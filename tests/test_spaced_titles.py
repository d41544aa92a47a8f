"""A title in capitals whose spacing the conversion broke is read closed up at the genre's
words (zoo: agenda-fire-authority-broken-spacing-capitals-title)."""

from __future__ import annotations

import datetime as dt

from minutebook.parsing.spaced_titles import mended_title
from minutebook.parsing.titled_date_openings import titled_date


def test_a_broken_title_is_cut_again_at_the_genres_words() -> None:
    assert mended_title("ASH VA LE FI RE A UTHO RITY") == "ASHVALE FIRE AUTHORITY"
    # a short word is cut only where a printed piece began: the place keeps its "AND"
    assert mended_title("HOL LAND AND TH ORPE FI RE A UTHO RITY") == (
        "HOLLAND AND THORPE FIRE AUTHORITY"
    )


def test_a_title_printed_whole_or_in_small_letters_is_left_alone() -> None:
    assert mended_title("ASHVALE FIRE AUTHORITY") is None
    assert mended_title("Ash Va Le Fi Re Authority") is None
    assert mended_title("R HYB UD O G YFAR") is None  # no title word in it


def test_a_broken_title_line_gives_its_body_and_date() -> None:
    found = titled_date("ASH VA LE FI RE A UTHO RITY ORDI NARY MEE TING 4 JULY 2022")
    assert found is not None
    assert found[:2] == ("ASHVALE FIRE AUTHORITY", dt.date(2022, 7, 4))
