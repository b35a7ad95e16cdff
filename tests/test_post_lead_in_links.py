"""A paragraph that leads in the links it holds (issue 10: forum and Q&A posts).

A post names its sources in one paragraph: a few words of its own ending with a colon, then
the addresses it pasted as links ("After reading these two guides: https://… https://…"). It is
the post's text, as a paragraph before a list of links it introduces is. A line of links that
show no address after a lead-in ("Follow us on: Facebook Instagram") and a related list's
label ("See also:") still go.
"""

from __future__ import annotations

import pytest

import cleanpage

SENTENCE = ("The pump on the older boiler held its pressure for a month after the new valve went in, "
            "then it dropped again whenever the heating came on early in the morning. ")


def thread(line: str) -> str:
    return ("<html><head><title>Boiler pressure drops</title></head><body>"
            "<header><a href='/'>Home</a> <a href='/forum'>Forum</a></header>"
            f"<main><h1>Boiler pressure drops</h1><div class='post'><p>{SENTENCE * 2}</p>{line}"
            f"<p>{SENTENCE}</p></div><div class='post'><p>{SENTENCE}</p></div></main>"
            "<footer><p>Copyright the heating forum.</p></footer></body></html>")


ADDRESSES = ("<a href='https://example.org/valves-1'>https://example.org/guides/valves-part-1</a>\n"
             "<a href='https://example.org/valves-2'>https://example.org/guides/valves-part-2</a>")


def test_a_posts_lead_in_and_the_addresses_it_pasted_stay() -> None:
    text = cleanpage.clean(thread(f"<p>After reading these two guides on valves:\n{ADDRESSES}</p>")).text
    assert "After reading these two guides on valves:" in text
    assert "valves-part-1" in text and "valves-part-2" in text


@pytest.mark.parametrize("line", [
    "<p>Follow us on: <a href='/fb'>Facebook page</a> <a href='/ig'>Instagram feed</a></p>",
    f"<p>See also: {ADDRESSES}</p>",
])
def test_a_line_of_named_links_or_a_related_label_still_goes(line: str) -> None:
    text = cleanpage.clean(thread(line)).text
    assert "Facebook page" not in text and "valves-part-1" not in text
