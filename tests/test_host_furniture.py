"""A host's furniture atop a file is no part of the paper; the host's title stays."""

from __future__ import annotations

from minute_fixtures import HARBOUR_RECORD, lines_of
from minutebook.model import DocumentKind, Line
from minutebook.parsing.cleaning import clean
from minutebook.parsing.host_furniture import drop_host_furniture, host_line
from minutebook.parsing.splitting import host_title, split
from opening_facts import parsed


def test_a_loading_notice_or_badge_opens_no_paper() -> None:
    heads = ("Loading images...", "BSL Used Here BSL Used Here", "About Us", "Browse By")
    for head in (*heads, "Page Contents"):
        lines, furniture = clean(f"{head}\n\n{HARBOUR_RECORD}")
        assert [f.line.number for f in furniture if f.rule == "host-furniture"] == [1]
        parts = split(lines)
        assert [p.kind for p in parts] == [DocumentKind.MINUTES]
        assert next(line.number for line in parts[0].lines if line.text.strip()) == 3


def test_a_hosts_controls_go_and_its_title_stays() -> None:
    head = (
        "Minutes - Fenbridge Harbour Board\n\nadvertisement\nTotal Page:12\n"
        "File Type:pdf, Size:640Kb\n"
    )
    lines, dropped = drop_host_furniture(lines_of(head + HARBOUR_RECORD))
    assert [f.line.number for f in dropped] == [3, 4, 5]
    assert lines[0].text == "Minutes - Fenbridge Harbour Board"
    viewer = 'Fenbridge Harbour Board\n\nSize: px\nStart display at page:\n\nDownload "Fenbridge"\n'
    lines, dropped = drop_host_furniture(lines_of(viewer + "Transcription\n\n" + HARBOUR_RECORD))
    assert [f.line.number for f in dropped] == [3, 4, 6, 7]


def test_a_papers_own_lines_stay() -> None:
    assert not host_line("About Us and our partners")
    assert not host_line("Transcription services were procured.")
    lines = lines_of("Fenbridge Harbour Board\n\n" + HARBOUR_RECORD)
    assert drop_host_furniture(lines) == (lines, [])
    late = lines_of(HARBOUR_RECORD + "\nadvertisement\n")
    assert drop_host_furniture(late) == (late, [])
    sentence = lines_of("The Board met as below.\nadvertisement\n" + HARBOUR_RECORD)
    assert drop_host_furniture(sentence) == (sentence, [])


def test_the_page_number_before_a_hosts_title_heads_no_minute() -> None:
    head = "1 Minutes of the Meeting of Fenbridge Harbour Board\nTotal Page:9\n"
    lines, dropped = drop_host_furniture(lines_of(head + HARBOUR_RECORD))
    assert [f.line.number for f in dropped] == [2]
    assert lines[0] == Line(number=1, text="Minutes of the Meeting of Fenbridge Harbour Board")
    own = lines_of("1 Minutes of the Meeting of Fenbridge Harbour Board\n\n" + HARBOUR_RECORD)
    assert drop_host_furniture(own) == (own, [])


def test_a_sites_navigation_label_goes_under_its_page_title() -> None:
    head = "Harbour Board meeting - 3 March 2025\nPage Contents\n"
    lines, dropped = drop_host_furniture(lines_of(head + HARBOUR_RECORD))
    assert [f.line.number for f in dropped] == [2]
    assert lines[0].text == "Harbour Board meeting - 3 March 2025"


def test_a_navigation_phrase_in_a_sentence_stays() -> None:
    assert not host_line("Browse by parish to find your councillor")
    assert not host_line("Page contents were agreed by the Board.")


def test_a_hosts_title_over_its_furniture_is_the_papers_first_line() -> None:
    text = (
        "Download the Agenda and Reports\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
        "MINUTES of a meeting of the Fenby Panel held at the Guildhall, Fenby on Monday,"
        " 2 March 2026 at 10.00 am\n\nPresent: Councillor A Reid\n\n1. APOLOGIES\n\nNone.\n"
    )
    parts = parsed(text).parts
    assert [(p.kind.value, p.lines[0].number) for p in parts] == [("minutes", 1)]
    # a title line with a paper under it directly (no furniture between) stays a paper
    assert host_title([Line(1, "Annual Report 2025")], Line(2, "MINUTES of a meeting")) is False


def test_an_epaper_hosts_views_controls_advert_and_preview_go() -> None:
    head = (
        "04.03.2015 Views\n\nPRESENT: Chairman - Mr A Marsh, Vice-Chairman - Mr ...\n\n"
        "SHOW MORE\nSHOW LESS\n\nYou also want an ePaper? Increase the reach of your titles\n\n"
        "YUMPU automatically turns print PDFs into web optimized ePapers.\n\n"
    )
    lines, dropped = drop_host_furniture(lines_of(head + HARBOUR_RECORD))
    assert [f.line.number for f in dropped] == [1, 3, 5, 6, 8, 10]
    assert next(x.text for x in lines if x.text) == HARBOUR_RECORD.split("\n")[0]
    assert not host_line("The Chair thanked the members ...and closed the meeting.")
    assert host_line("The Chair thanked the members ...")


def test_a_committee_page_or_file_hosts_controls_go() -> None:
    for head in ("Subscribe", "9 views 0 download", "1 view"):
        assert host_line(head), head
    assert host_line("Post on 12-Apr-2022")
    assert not host_line("Members were asked to subscribe to the newsletter")
    assert not host_line("Subscriptions")
    head = "Agenda\nFull Council\nSubscribe\nDate: Thursday 15 September 2031\n"
    lines, dropped = drop_host_furniture(lines_of(head))
    assert [f.line.number for f in dropped] == [3]
    assert [line.text for line in lines[:2]] == ["Agenda", "Full Council"]
