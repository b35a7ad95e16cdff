"""A forum engine's quotation of another post set in an <aside> inside a reply (issue 10).

Some engines write a reply's quotation as an <aside> holding a title line that names who is
quoted, with a colon ("marta_k:", "Marta said:"), over one <blockquote>. It is the reply's
text, not a side column. A side column that holds a quotation under a heading stays chrome.
"""

from __future__ import annotations

import cleanpage

OPENER = ("We moved the allotment shed to the north corner last spring and the floor has been damp "
          "ever since, even after we raised it on bricks and cleared the gutter twice. ")
REPLY = ("Lay a plastic sheet under the floor before the bricks go back, and leave a gap on every "
         "side so the air can move under it through the whole winter. ")
QUOTED = ("The old roof felt was torn in three places, so rain ran down the inside of the back wall "
          "and pooled under the boards for days after every storm.")


def thread(aside: str) -> str:
    posts = (f"<div class='post'><div class='poster'>opener</div><p>{OPENER * 3}</p></div>"
             f"<div class='post'><div class='poster'>helper</div>{aside}<p>{REPLY * 2}</p></div>"
             f"<div class='post'><div class='poster'>third</div><p>{REPLY}</p></div>")
    return ("<html><head><title>Damp shed floor</title></head><body>"
            "<header><a href='/'>Home</a> <a href='/forum'>Forum</a></header>"
            f"<main><h1>Damp shed floor</h1>{posts}</main>"
            "<footer><p>Copyright the allotment forum.</p></footer></body></html>")


def test_a_replys_quotation_of_another_post_in_an_aside_stays() -> None:
    # a quotation of a post the page does not show (an earlier page of the thread)
    for title in ("<div class='title'>marta_k:</div>", "<div>Marta said: ↑</div>"):
        aside = f"<aside class='quote'>{title}<blockquote><p>{QUOTED}</p></blockquote></aside>"
        text = cleanpage.clean(thread(aside)).text
        assert "The old roof felt was torn" in text
        assert "Lay a plastic sheet" in text


def test_a_side_column_holding_a_quotation_under_a_heading_still_goes() -> None:
    # a heading with no colon over the quote: the site's column of testimonials
    aside = ("<aside class='quote'><h3>What members say</h3>"
             f"<blockquote><p>{QUOTED}</p></blockquote></aside>")
    text = cleanpage.clean(thread(aside)).text
    assert "The old roof felt was torn" not in text
    assert "Lay a plastic sheet" in text
