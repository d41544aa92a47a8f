"""Minutes kept as a table, the subject in the first column and the record beside it."""

from __future__ import annotations

from minute_fixtures import parse_text

TABLE = """Wyke and Fenby Community Council

Minutes of the meeting held on Wednesday 4th September 2013

|Present: |Ann Reid, Ben Moss, Cara Lowe, Councillor Pym |

|Apologies |Eve Hart |

| | | |

|Approve minutes |Proposed by Ann, seconded by Ben | |

| Police Scotland | Constable Dunn told the meeting that apart from calls about sheep on the | |

| |road, there was nothing to report. | |

| | |PC Dunn |

|Election Results and |Nominations closed on 23rd August with no need for an election. Two | |

|election of office |Community Councillors retired by rotation and were re-elected. | |

|bearers |Cara Lowe was elected Chair. | |
"""


def test_each_subject_of_the_table_is_a_minute() -> None:
    part = parse_text(TABLE)
    found = [(m.numbered, m.title) for m in part.minutes]
    assert found == [
        (False, "Approve minutes"),
        (False, "Police Scotland"),
        (False, "Election Results and election of office bearers"),
    ]
    assert [a.as_written for a in part.attendance][:2] == ["Ann Reid", "Ben Moss"]
