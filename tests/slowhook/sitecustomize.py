"""Test-only hook: makes chosen pages slow (or kill their process), to test the time budget.

A test puts this folder on PYTHONPATH (Python imports `sitecustomize` at start,
in the CLI process, its worker processes and Dask workers alike) and sets
CLEANPAGE_TEST_SLOW_MARKER: a page whose text holds the marker then sleeps
CLEANPAGE_TEST_SLOW_SECONDS (default 3600) in parsing, like a page that holds
libxml2 in a loop. With CLEANPAGE_TEST_CRASH_MARKER, a page holding that
marker ends its process at once, like a crash. Nothing in cleanpage reads
these variables.
"""

import os

_SLOW = os.environ.get("CLEANPAGE_TEST_SLOW_MARKER")
_CRASH = os.environ.get("CLEANPAGE_TEST_CRASH_MARKER")

if _SLOW or _CRASH:
    import time

    import cleanpage.parse

    # Hooked where parse_html looks it up at each call (a module global), so the
    # hook holds however the pipeline passes the parser around.
    _limit_attributes = cleanpage.parse.limit_attributes
    _SECONDS = float(os.environ.get("CLEANPAGE_TEST_SLOW_SECONDS", "3600"))

    def _hooked_limit_attributes(data):
        if _SLOW and _SLOW.encode() in data:
            time.sleep(_SECONDS)
        if _CRASH and _CRASH.encode() in data:
            os._exit(70)
        return _limit_attributes(data)

    cleanpage.parse.limit_attributes = _hooked_limit_attributes
