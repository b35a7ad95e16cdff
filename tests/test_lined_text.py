"""tree.lined_text and tree.holding_line_breaks: the one reading of a line break that funding,
quotes and the byline check share (a <br> shows as a break; text_content() runs the lines together)."""

from __future__ import annotations

from cleanpage.parse import parse_html
from cleanpage.tree import holding_line_breaks, lined_text


def html(markup: str):
    return parse_html(markup).find("body")


def test_a_break_reads_as_the_separator_at_any_depth_and_tails_stay_in_order() -> None:
    body = html("<body><p>Made possible by<br>the <b>Harbour<br/>Trust</b><!-- note --> and<br>friends.</p></body>")
    p = body.find("p")
    assert p.text_content() == "Made possible bythe HarbourTrust andfriends."
    assert lined_text(p) == "Made possible by the Harbour Trust and friends."
    assert lined_text(p, " | ") == "Made possible by | the Harbour | Trust and | friends."


def test_without_a_break_it_is_text_content() -> None:
    p = html("<body><p>One <i>line</i> only.</p></body>").find("p")
    assert lined_text(p) == p.text_content() == "One line only."


def test_the_elements_holding_a_break_are_its_ancestors_only() -> None:
    body = html("<body><div><p>a<br>b</p><p>c</p></div><p><span><em>d<br>e</em></span></p></body>")
    first, second = body.find("div").findall("p")
    held = holding_line_breaks(body)
    assert first in held and body.find("div") in held and second not in held
    assert {body.find("p"), body.find("p/span"), body.find("p/span/em")} <= held
