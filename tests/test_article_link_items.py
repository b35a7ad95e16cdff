"""An article's table of contents: a list of jumps to its own sections under its title (invented pages)."""

from __future__ import annotations

import cleanpage

STORY = """<p>The ferry to the outer islands runs twice a day in summer and once in winter, when the crossing
takes the better part of two hours and the cafe on board stays shut.</p>
<p>Tickets are sold at the harbour office until ten minutes before the boat leaves; bicycles travel free,
cars must be booked a day ahead.</p>
<p>On the crossing itself, the upper deck is the place to be on a clear morning: the sandbar shows at low
water, and seals often lie out on it in the spring, well away from the channel the ferry follows.</p>
<p>In bad weather the boat may wait at the quay for the wind to drop, and the harbour office posts any delay
on the board by the ticket window; a crossing cancelled in the morning usually runs in the afternoon.</p>"""

ARTICLE_PAGE = """<html lang="en"><head><title>Crossing to the outer islands | Coastline</title></head><body>
<header><a href="/">Coastline</a><nav><a href="/trips">Trips</a> <a href="/about">About</a></nav></header>
<main><article><h1>Crossing to the outer islands</h1>
<div class="entry-content">
<p>Three islands lie past the sandbar, and each has its own small pier. This guide takes you from the
mainland quay to all three and back in a single long day.</p>
{box}
<h2 id="the-ferry">The ferry</h2>
{story}
<h2 id="the-piers">The piers</h2>
<p>Each pier has a shelter and a timetable board; the northern one also has a tap and a bench in the sun,
where most walkers wait for the evening boat.</p>
</div></article></main>
<footer><p>Coastline, a travel magazine.</p></footer></body></html>"""

SECTIONS = ("Taking the early ferry across", "Boarding with a bicycle", "Buying tickets on the quay",
            "Where to sit on the crossing", "What the cafe on board sells", "When the winter timetable starts",
            "Finding your way between the piers")
# (indented as a template writes it: the spaces outweigh the links' words)
JUMPS = "".join(f'\n{" " * 40}<li><a href="#s{n}">{label}</a></li>' for n, label in enumerate(SECTIONS, 1))


def test_a_contents_list_under_its_title_goes() -> None:
    # a list of jumps to the page's own sections under a table of contents' title, set as a heading
    # (an index's section of links would stay) or as a bold line, its markup's spaces thinning its links
    for box in (f'<h3 id="table-of-contents">Table of Contents</h3>\n<ul>{JUMPS}\n</ul>',
                f'<div class="guide-box"><p><strong>IN THIS ARTICLE</strong></p>\n    <ul>{JUMPS}\n    </ul>\n</div>'):
        text = cleanpage.clean(ARTICLE_PAGE.format(box=box, story=STORY)).text
        assert not any(label in text for label in SECTIONS), box
        assert "Table of Contents" not in text and "IN THIS ARTICLE" not in text
        assert "Tickets are sold at the harbour office" in text


def test_a_list_of_jumps_a_lead_in_introduces_stays() -> None:
    # the same list under the article's own words is its summary of what follows
    box = f'<p>Here is everything this guide covers, in order:</p>\n    <ul>{JUMPS}\n    </ul>'
    text = cleanpage.clean(ARTICLE_PAGE.format(box=box, story=STORY)).text
    assert all(label in text for label in SECTIONS)

