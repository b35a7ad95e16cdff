"""str -> lxml tree. PLACEHOLDER: the real module (depth-safe) replaces this."""

from __future__ import annotations

import lxml.html

from .errors import InputError

_PARSER = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)


def parse_html(text: str) -> lxml.html.HtmlElement:
    if not text.strip():
        raise InputError("the input is empty")
    return lxml.html.document_fromstring(text, parser=_PARSER)
