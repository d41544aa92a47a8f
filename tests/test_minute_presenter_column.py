"""Who presents each item, run on after its title from a table's column."""

from __future__ import annotations

from minute_fixtures import parse_text

RECORD = (
    "Minutes of the Annual Open Meeting of the Fenby Commons Conservators held at the "
    "Church Hall on 20 June 2018\n\n"
    "Conservators: Ann Reid (Chairman), Ben Moss\n\n"
    "1. Welcome Chairman\n\nThe Chairman welcomed everyone.\n\n"
    "2. Apologies Chairman\n\nNone\n\n"
    "3. Minutes of the Previous Meeting Chairman\n\nThe minutes were approved.\n\n"
    "4. Election of Chairman\n\nAnn Reid was elected.\n\n"
    "5. Chairman's Report Chairman\n\nThe Chairman reported on the year.\n\n"
    "6. Accounts Treasurer\n\nThe accounts were received.\n"
)


def test_a_post_ending_most_titles_is_the_presenter_column() -> None:
    """ "1. Welcome Chairman" four times out of six: the column's post comes off; "Election
    of Chairman" keeps its own object, and a post ending one title alone stays."""
    titles = [m.title for m in parse_text(RECORD).minutes]
    assert titles == [
        "Welcome",
        "Apologies",
        "Minutes of the Previous Meeting",
        "Election of Chairman",
        "Chairman's Report",
        "Accounts Treasurer",
    ]


def test_a_post_ending_a_few_titles_is_their_own() -> None:
    """Two titles of six ending "Chairman" are the titles' own words."""
    text = RECORD.replace("1. Welcome Chairman", "1. Welcome").replace(
        "2. Apologies Chairman", "2. Apologies"
    )
    titles = [m.title for m in parse_text(text).minutes]
    assert "Minutes of the Previous Meeting Chairman" in titles
