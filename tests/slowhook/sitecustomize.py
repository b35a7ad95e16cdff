"""Test-only hook: makes chosen pages slow, to test the per-page time budget.

A test puts this folder on PYTHONPATH (Python imports `sitecustomize` at start,
in the CLI process, its worker processes and Dask workers alike) and sets
CLEANPAGE_TEST_SLOW_MARKER: a page whose text holds the marker then sleeps
CLEANPAGE_TEST_SLOW_SECONDS (default 3600) in parsing, like a page that holds
libxml2 in a loop. Nothing in cleanpage reads these variables.
"""

import os

_MARKER = os.environ.get("CLEANPAGE_TEST_SLOW_MARKER")

if _MARKER:
    import time

    import cleanpage.api

    _parse_html = cleanpage.api.parse_html
    _SECONDS = float(os.environ.get("CLEANPAGE_TEST_SLOW_SECONDS", "3600"))

    def _slow_parse_html(text):
        if _MARKER in text:
            time.sleep(_SECONDS)
        return _parse_html(text)

    cleanpage.api.parse_html = _slow_parse_html
