"""An agenda item's title closed by a full stop before its description, and a property's
address under a planning item (invented examples)."""

from __future__ import annotations

from minutebook.parsing.agenda_addresses import street_address
from minutebook.parsing.agenda_items import ItemLine
from minutebook.parsing.agenda_stopped_titles import stopped_title


def test_the_title_is_the_words_before_the_stop() -> None:
    assert stopped_title("7. Allotments. To consider the tenancy renewals.") == (
        ItemLine("7", "Allotments", None)
    )
    assert stopped_title("9.1 Applications withdrawn. To note;") == (
        ItemLine("9.1", "Applications withdrawn", None)
    )


def test_a_stop_after_a_short_word_or_a_title_or_with_nothing_after_ends_no_title() -> None:
    assert stopped_title("4. Grant to St. Mary's Church Hall repairs fund") is None
    assert stopped_title("5. Report of Cllr. Reid on the village green") is None
    assert stopped_title("6. Allotments. Noted") is None  # no description after it
    assert stopped_title("8. The Council agreed that the hall be let. The Clerk to act") is None


def test_a_street_address_whose_number_does_not_follow_is_no_item() -> None:
    assert street_address("14 Orchard Way, Wyke: rear extension", "14", 9)
    assert not street_address("3a Mill Road, Wyke: porch", "3a", None)  # no whole number
    assert not street_address("10 Orchard Way, Wyke: rear extension", "10", 9)  # item 10
    assert not street_address("14. Orchard Way, Wyke: rear extension", "14", 9)  # a stop
