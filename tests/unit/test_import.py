"""``import extractor`` has no side effects: no model, no spaCy, no logging set-up."""
from __future__ import annotations

import subprocess
import sys


def test_import_is_light_and_silent():
    code = (
        "import logging, sys; before = list(logging.getLogger().handlers);"
        "import extractor;"
        "assert 'spacy' not in sys.modules, 'spacy imported';"
        "assert logging.getLogger().handlers == before, 'logging configured';"
        "assert callable(extractor.extract_text) and callable(extractor.extract);"
        "print(extractor.__version__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()


def test_unknown_attribute_is_an_attribute_error():
    import extractor

    try:
        extractor.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")
