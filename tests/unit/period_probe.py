"""How the period tests read one figure: the briefing's date and the figure's period with its mechanism, shared
by the tests of the present and of releases."""
from __future__ import annotations

import datetime

from extractor.lang.profile import english
from extractor.quantities import extract_quantities

#: The briefing's date the period tests resolve against.
DATE = datetime.date(2025, 3, 20)


def dated(nlp, text, span):
    """The period and its mechanism of the one figure ``span`` of ``text``."""
    qs = [q for q in extract_quantities(nlp(text), doc_date=DATE, profile=english()) if q.text == span]
    assert len(qs) == 1
    return qs[0].period, qs[0].evidence.period.mechanism
