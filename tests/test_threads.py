"""Forum threads and other pages made of repeated blocks (issue: every page type).

A thread's content is every post, not the longest one: the posts are siblings of one
template, often named "comment" or "reply" by the forum software. Each page is invented
and small; the tests assert every post comes out while the chrome and, on an article
page, the reader comments still go.
"""

from __future__ import annotations

import pytest

import cleanpage
from cleanpage import Options

SENTENCE = ("I replaced the pump on the older boiler last winter and the pressure held for a month, "
            "then it dropped again whenever the heating came on in the morning. ")


def page(body: str, title: str = "Boiler loses pressure every morning") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


CHROME = ("<header><a href='/'>Home</a> <a href='/forums'>Forums</a> <a href='/login'>Sign in</a></header>"
          "<aside class='sidebar'><h3>Forum rules</h3><p>Be kind to each other.</p></aside>")
FOOTER = "<footer><p>Copyright the Example Forum community.</p></footer>"


def post(author: str, text: str, template: str) -> str:
    return template.format(author=author, text=text)


def test_a_thread_whose_posts_are_named_comments_keeps_every_post() -> None:
    # the forum software names the opening post and its replies "comment": the page's main
    # text is a post, so the comments rule stays off on this page
    template = ("<li class='comment-item'><div class='comment-author'>{author}</div>"
                "<div class='comment-body'><p>{text}</p></div></li>")
    replies = [post(f"user{i}", f"Reply {i}: " + SENTENCE, template) for i in range(4)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>"
                "<ul class='comment-list'>" + post("opener", "Opening post: " + SENTENCE * 4, template)
                + "".join(replies) + "</ul></main>" + FOOTER)
    article = cleanpage.clean(html, options=Options(explain=True))
    assert "Opening post:" in article.text
    for i in range(4):
        assert f"Reply {i}:" in article.text
    assert "Copyright the Example Forum" not in article.text
    assert any(r.kept and r.rule == "comments" and "one of its posts" in r.reason for r in article.removals)


def test_an_article_still_loses_its_reader_comments_when_one_outscores_it() -> None:
    # a comment of many clauses outscores the article's plain sentences: still a comment,
    # for the article's prose comes before it
    template = "<div class='note'><span class='note-author'>{author}</span><div class='note-text'>{text}</div></div>"
    clauses = "<p>Listed: pump, valve, gauge, seal, hose, filter, tank, pipe, fan, vent, cap, nut, bolt, tap.</p>"
    html = page("<article><h1>Boiler makers recall a pump</h1>"
                + "".join(f"<p>Story {i}: {SENTENCE}</p>" for i in range(6)) + "</article>"
                "<section id='comments'>" + post("reader", clauses * 3, template)
                + post("other", "<p>Short comment: " + SENTENCE + "</p>", template) + "</section>",
                title="Boiler makers recall a pump")
    article = cleanpage.clean(html)
    for i in range(6):
        assert f"Story {i}:" in article.text
    assert "Listed:" not in article.text and "Short comment" not in article.text


# Posts of one template: the author's cell beside the message cell, the text deep inside it.
MESSAGE = ("<article class='message message--post'><div class='message-inner'>"
           "<div class='message-cell message-cell--user'><h4 class='message-name'>{author}</h4></div>"
           "<div class='message-cell message-cell--main'><div class='message-main'>"
           "<div class='message-content'><div class='bbWrapper'>{text}</div></div></div></div></div></article>")


def test_a_thread_of_posts_in_one_template_comes_out_whole() -> None:
    posts = [post("opener", "Opening post: " + SENTENCE * 3, MESSAGE)]
    posts += [post(f"user{i}", f"Reply {i}: thanks, that helped.", MESSAGE) for i in range(3)]
    posts.append(post("fixer", "Last reply: " + SENTENCE, MESSAGE))
    html = page(CHROME + "<div class='p-body'><h1>Boiler loses pressure every morning</h1>"
                "<div class='block-body'>" + "".join(posts) + "</div></div>" + FOOTER)
    article = cleanpage.clean(html)
    assert "Opening post:" in article.text and "Last reply:" in article.text
    for i in range(3):
        assert f"Reply {i}: thanks" in article.text
    assert "opener" in article.text and "fixer" in article.text  # each post with its author line
    assert "Copyright the Example Forum" not in article.text


def test_a_reply_quoting_a_long_post_does_not_become_the_content() -> None:
    quoting = "<blockquote><div class='quote-body'>" + "Quoted: " + SENTENCE * 6 + "</div></blockquote>I agree."
    posts = [post("opener", "Opening post: " + SENTENCE, MESSAGE), post("second", quoting, MESSAGE),
             post("third", "Third post: " + SENTENCE, MESSAGE)]
    html = page(CHROME + "<h1>Boiler loses pressure every morning</h1><div class='block-body'>"
                + "".join(posts) + "</div>" + FOOTER)
    article = cleanpage.clean(html)
    assert "Opening post:" in article.text and "Third post:" in article.text and "I agree." in article.text


def test_blocks_beside_an_article_in_its_template_stay_out_when_they_add_little() -> None:
    # the article's section and two more of the same template (its citations, a note): they
    # repeat the article's wrappers, yet add a line or two to a long text, not a thread
    section = "<section class='container'><div class='flex'><div class='flex-1'>{}</div></div></section>"
    body = "<h2>Background</h2>" + "".join(f"<p>Story {i}: {SENTENCE}</p>" for i in range(16))
    html = page("<div class='page'><h1>Boiler makers recall a pump</h1>" + section.format(body)
                + section.format("<p>Citation: Pump safety report, 2024.</p>")
                + section.format("<p>Note: this story was updated on Monday.</p>") + "</div>",
                title="Boiler makers recall a pump")
    article = cleanpage.clean(html)
    assert article.text.count("Story") == 16
    assert "Citation: Pump safety report" not in article.text


# ---------------------------------------------------------------- service pages of sections

def test_a_service_page_whose_hero_holds_a_third_of_its_sentences_comes_out_whole() -> None:
    # the hero's paragraphs score best and hold a good part of the page's sentences, yet a
    # small part of its words: the page is its sections, each with a heading and a feature list
    hero = ("<div class='hero'><div class='hero-inner'><h1>Boiler service</h1>"
            + "".join(f"<p>Hero {i}: {SENTENCE}</p>" for i in range(2)) + "</div></div>")
    features = "".join(f"<li>Feature {n}: cleaned</li>" for n in range(6))
    promise = "<li>Every engineer on this plan carries the parts that most boilers need on the first visit.</li>"
    sections = "".join(f"<section class='band'><div class='band-inner'><h2>Plan {i}</h2>"
                       f"<ul>{features}{promise}</ul></div></section>" for i in range(7))
    html = page("<nav><a href='/'>Home</a> <a href='/plans'>Plans</a></nav><div class='page'>" + hero + sections
                + "</div><footer><p>Copyright the heating company.</p></footer>", title="Boiler service")
    article = cleanpage.clean(html)
    assert "Hero 0:" in article.text
    for i in range(7):
        assert f"Plan {i}" in article.text
    assert article.text.count("Feature 5: cleaned") == 7
    assert "Copyright the heating company" not in article.text


def cleaned_thread(pane: str, block_in_opening_post: str) -> cleanpage.Article:
    """A thread of an opening post holding a block of its own and three replies, each post in the
    author pane template given; every post's text must come out."""
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + block_in_opening_post + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    article = cleanpage.clean(html)
    assert "Opening post:" in article.text and all(f"Reply {i}:" in article.text for i in range(3))
    return article


def test_a_post_authors_title_and_statistics_go_and_the_author_and_the_post_stay() -> None:
    # each author pane (itemprop=author) gives its member's rank (itemprop=jobTitle) and profile
    # as short term and value pairs: the author's, not the post's; a post's own list of terms with
    # numbers stays
    pane = ("<article class='msg'><section class='msg-user' itemprop='author' itemscope "
            "itemtype='https://schema.org/Person'><h4 class='msg-name'>{author}</h4>"
            "<h5 class='msg-rank' itemprop='jobTitle'>Veteran plumber</h5><div class='msg-extra'>"
            "<dl class='pair'><dt>Joined</dt><dd>Mar 3, 2016</dd></dl>"
            "<dl class='pair'><dt>Messages</dt><dd>1,204</dd></dl>"
            "<dl class='pair'><dt>Reaction score</dt><dd>87</dd></dl>"
            "<dl class='pair'><dt>Location</dt><dd>Harbour town</dd></dl></div></section>"
            "<div class='msg-body'><p>{text}</p></div></article>")
    readings = "<dl><dt>Morning pressure</dt><dd>0.4 bar</dd><dt>Evening pressure</dt><dd>1.5 bar</dd></dl>"
    article = cleaned_thread(pane, readings)
    assert "opener" in article.text and "user2" in article.text
    assert "Morning pressure" in article.text and "1.5 bar" in article.text
    assert "Reaction score" not in article.text and "1,204" not in article.text and "Mar 3, 2016" not in article.text
    assert "Harbour town" not in article.text  # a profile's field of words, in the pane, is the author's too
    assert "Veteran plumber" not in article.text


def test_a_field_the_poster_filled_in_goes_from_their_pane_and_a_posts_own_list_stays() -> None:
    # each post's author pane (itemprop=author, repeated post after post) shows a field the poster
    # filled in, as a list of one item with no link ("Heating apprentice"); it is the poster's,
    # not the post's. A one-item list in the opening post's text stays
    pane = ("<article class='msg'><section class='msg-user' itemprop='author' itemscope "
            "itemtype='https://schema.org/Person'><h4 class='msg-name'><a href='/m/{author}'>{author}</a></h4>"
            "<div class='msg-extra'><span class='status'><ol class='field' data-field='status'>"
            "<li>Heating apprentice</li></ol></span></div></section>"
            "<div class='msg-body'><p>{text}</p></div></article>")
    article = cleaned_thread(pane, "<ul><li>Bleed the radiators first</li></ul>")
    assert "opener" in article.text and "user2" in article.text
    assert "Bleed the radiators first" in article.text
    assert "Heating apprentice" not in article.text


def test_the_opening_posts_author_statistics_and_rank_go_though_its_pane_carries_no_mark() -> None:
    # the replies' author panes are marked itemprop=author, their ranks itemprop=jobTitle; the
    # opening post's, of the same tags and classes, are not (the thread's own markup names its
    # author): its figures and rank go all the same; a post's own list of terms with numbers stays
    pane = ("<article class='msg'><section class='msg-user'{mark}><h4 class='msg-name'>{author}</h4>"
            "<h5 class='msg-rank'{rank}</h5>"
            "<div class='msg-extra'><dl class='pair'><dt>Joined</dt><dd>{joined}</dd></dl>"
            "<dl class='pair'><dt>Messages</dt><dd>{count}</dd></dl></div></section>"
            "<div class='msg-body'>{text}</div></article>")
    readings = "<dl><dt>Morning pressure</dt><dd>0.4 bar</dd><dt>Evening pressure</dt><dd>1.5 bar</dd></dl>"
    posts = [pane.format(mark="", author="opener", rank=">Veteran plumber", joined="Mar 3, 2016", count="1,204",
                         text="<p>Opening post: " + SENTENCE * 3 + "</p>" + readings)]
    posts += [pane.format(mark=" itemprop='author'", author=f"user{i}", rank=" itemprop='jobTitle'>Apprentice",
                          joined=f"Apr {i + 1}, 2019", count=f"{i + 7}", text=f"<p>Reply {i}: {SENTENCE}</p>")
              for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "Morning pressure" in text and "1.5 bar" in text
    assert "Mar 3, 2016" not in text and "1,204" not in text and "Veteran plumber" not in text
    assert "Apr 2, 2019" not in text and "Apprentice" not in text


def test_the_initials_standing_in_for_a_posters_picture_go_and_a_one_letter_line_of_a_post_stays() -> None:
    # a member with no picture gets their initials in the avatar's place, over their name: never a
    # word of the post; a post's own one-letter line (an option of a quiz) stays
    pane = ("<div class='post'><div class='post-avatar'><span>{initials}</span></div>"
            "<div class='author'>{author}</div><div class='content'><p>{text}</p></div></div>")
    posts = [pane.format(initials="QZ", author="opener", text="Opening post: " + SENTENCE * 3)
             + "<div class='post'><div class='content'><p>Which valve did you fit?</p><p>B</p></div></div>"]
    posts += [pane.format(initials="W", author=f"user{i}", text=f"Reply {i}: " + SENTENCE) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    lines = cleanpage.clean(html).text.splitlines()
    assert "B" in lines and any(line.startswith("Reply 2:") for line in lines)
    assert "QZ" not in lines and "W" not in lines


def test_the_votes_and_counts_schema_org_marks_go_and_a_posts_own_number_stays() -> None:
    # a question-and-answer page marks each post's votes itemprop=upvoteCount: figures beside the
    # posts, not their words; a count that is a heading's word, and a post's own line that is a
    # number (an answer to "what does it read?"), stay
    pane = ("<div class='answer' itemscope itemtype='https://schema.org/Answer'><div class='votes'>"
            "<div class='tally' itemprop='upvoteCount'>{votes}</div></div>"
            "<div class='answer-body'><p>{text}</p></div></div>")
    posts = [pane.format(votes="317", text="Opening post: " + SENTENCE * 3)
             + "<div class='answers-head'>Answers <span itemprop='answerCount'>3</span></div>"
             + "<div class='answer'><div class='answer-body'><p>What does the gauge read at dawn?</p>"
               "<p>1.5</p></div></div>"]
    posts += [pane.format(votes=f"{40 + i}", text=f"Reply {i}: " + SENTENCE) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    lines = cleanpage.clean(html).text.splitlines()
    assert "1.5" in lines and any(line.startswith("Reply 2:") for line in lines)
    assert not {"317", "40", "41", "42"} & set(lines)
    assert "Answers 3" in lines


def test_a_posts_place_in_the_thread_schema_org_marks_goes_and_the_posters_name_stays() -> None:
    # a thread marks each post's place (itemprop=position) beside its poster's name: a number
    # beside the post, not its words; the name stays, and so does a post's own line that is a number
    pane = ("<div class='crawler-post' itemprop='comment' itemscope><div class='post-meta'>"
            "<span class='creator'><a href='/u/{author}'>{author}</a></span>"
            "<span class='post-infos'><span itemprop='position'>{place}</span></span></div>"
            "<div class='post' itemprop='text'><p>{text}</p></div></div>")
    posts = [pane.format(author="opener", place=1, text="Opening post: " + SENTENCE * 3)
             + "<div class='crawler-post'><div class='post'><p>What does the gauge read at dawn?</p><p>7</p></div></div>"]
    posts += [pane.format(author=f"user{i}", place=i + 3, text=f"Reply {i}: " + SENTENCE) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    lines = cleanpage.clean(html).text.splitlines()
    assert "7" in lines and any(line.startswith("Reply 2:") for line in lines)
    assert "user1" in lines and not any(line.startswith("user1 ") for line in lines)


@pytest.mark.parametrize("column", [
    "<div class='who'><div>Join Date: Sep 2014</div><div>Posts: 1,204</div></div>",
    "<ul class='who'><li>Beiträge: 1.204</li><li>Registriert seit: 03.05.2016</li></ul>",
    "<dl><dd><span>Registered: 2016-03-05</span></dd><dd>Posts: 1204</dd></dl>",
])
def test_a_posters_count_of_posts_and_join_date_go_and_a_sentence_that_opens_so_stays(column: str) -> None:
    # beside each post, forum software lists its author's count of posts and the day they joined,
    # in a block of no telling name: lines of a label and a number or date; a post's sentence that
    # opens with the same word stays
    pane = "<div class='post'>" + column + "<div class='content'><p>{text}</p></div></div>"
    article = cleaned_thread(pane, "<p>Posts: the two by the gate rotted in 2019, so I set new oak ones in.</p>")
    assert "Posts: the two by the gate rotted in 2019" in article.text
    for figure in ("1,204", "1.204", "Sep 2014", "03.05.2016", "2016-03-05", "1204"):
        assert figure not in article.text


@pytest.mark.parametrize("count", ["4,187 posts", "1.204 Beiträge", "52 сообщения", "1 post"])
def test_a_posters_count_of_posts_written_number_first_goes_and_a_posts_line_so_opening_stays(count: str) -> None:
    # under each poster's name, forum software prints their count of posts with the number first
    # and a dot before the day they joined: the poster's, not the post's; a post's own line that
    # opens with a number of posts says more, and stays
    pane = ("<div class='card'><div class='card-user'><a href='/member/{author}'>{author}</a>"
            f"<div class='card-details'><span class='card-count'>{count}</span><span class='dot'>·</span>"
            "<span class='card-since'>Joined 2016</span></div></div>"
            "<div class='card-body'><p>{text}</p></div></div>")
    article = cleaned_thread(pane, "<p>12 posts in the fence had rotted through by spring.</p>")
    assert "12 posts in the fence had rotted through by spring." in article.text
    assert "user2" in article.text
    assert count not in article.text


@pytest.mark.parametrize(("header", "viewers"), [
    ("<span>Author</span> Topic: Boiler loses pressure every morning &nbsp;(Read 412 times)",
     "<a href='/u/7'>Ilse Marrow</a>, <a href='/u/9'>Tobin Fay</a> and 2 Guests are viewing this topic."),
    ("Autor Thema: Boiler loses pressure every morning &nbsp;(412-mal gelesen)",
     "0 Mitglieder und 1 Gast betrachten dieses Thema."),
    ("Автор Тема: Boiler loses pressure every morning &nbsp;(Прочитано 412 раз)",
     "0 Пользователей и 1 Гость просматривают эту тему."),
    ("Topic: Boiler loses pressure every morning", "Users browsing this thread: 2 Guest(s)"),
    ("Topic: Boiler loses pressure every morning",
     "There are currently 3 users browsing this thread. (1 members and 2 guests)"),
])
def test_a_threads_read_count_row_and_who_is_viewing_it_go_and_a_posts_lines_so_worded_stay(header: str, viewers: str) -> None:
    # forum engines head the posts with the thread's title and how often it was read (SMF), and say
    # who is reading the thread now (SMF, MyBB, vBulletin), in their language packs' words: the
    # page's state, not a post's; a post's sentences that speak of viewers or readings stay
    pane = "<div class='post'><h4>{author}</h4><div class='inner'><p>{text}</p></div></div>"
    own = ("<p>My neighbour and 2 friends are viewing this topic from the flat upstairs, hello to them.</p>"
           "<p>The gauge manual says to bleed the valve (read it twice).</p>")
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + own + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    html = page(CHROME + "<main><div class='cat_bar'><h3 class='catbg'>" + header + "</h3></div>"
                "<p id='whoisviewing' class='smalltext'>" + viewers + "</p>" + "".join(posts) + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "My neighbour and 2 friends are viewing this topic" in text and "(read it twice)" in text
    assert "412" not in text and "Guest" not in text and "Gast" not in text and "Гость" not in text
    assert "browsing this thread" not in text and "Ilse Marrow" not in text


def test_a_bulletin_boards_posting_rules_clock_and_thread_tools_go_and_a_posts_own_lines_stay() -> None:
    # under the posts a bulletin board (vBulletin) lists what the reader may do there, a line each,
    # and the time zone of its clock; over them, its thread tools: the engine's, not a post's; a
    # post's lines that open with the same words stay
    pane = "<div class='post'><div class='who'>{author}</div><div class='message'><p>{text}</p></div></div>"
    own = ("<p>You may not post replies here after dark, our caretaker told me.</p>"
           "<p>All times are GMT on the ferry timetable, so mind the summer hour.</p>")
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + own + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    tools = "<div class='tools'><div><a href='#tools'>Thread Tools</a></div><div><a href='#modes'>Display Modes</a></div></div>"
    rules = ("<div class='rules'><div>You <strong>may not</strong> post new threads</div>"
             "<div>You <strong>may not</strong> post replies</div><div>You <strong>may not</strong> edit your posts</div>"
             "<div><a href='/misc/bbcode'>BB code</a> is <strong>On</strong></div>"
             "<div><a href='/misc/smilies'>Smilies</a> are <strong>On</strong></div>"
             "<div><a href='/misc/bbcode#img'>[IMG]</a> code is <strong>Off</strong></div>"
             "<div>HTML code is <strong>Off</strong></div></div>"
             "<p class='clock'>All times are GMT +2. The time now is <span class='time'>08:15 PM</span>.</p>")
    html = page(CHROME + "<main>" + tools + "".join(posts) + rules + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "You may not post replies here after dark" in text and "All times are GMT on the ferry" in text
    for chrome in ("post new threads", "edit your posts", "BB code", "Smilies", "code is", "GMT +2",
                   "Thread Tools", "Display Modes"):
        assert chrome not in text


def test_a_bulletin_boards_poster_list_named_by_the_post_goes_with_the_personal_text() -> None:
    # a bulletin board (SMF) names the list under each poster's name by its post ("msg_17_extra_info"):
    # the poster's group, count of posts and personal text, none the post's; the name stays, and so
    # does a post's own list of short lines with a number
    pane = ("<div class='post_wrapper'><div class='poster'><h4><a href='/profile/{author}'>{author}</a></h4>"
            "<ul class='reset smalltext' id='msg_{author}_extra_info'><li>Sr. Member</li><li><img src='/star.gif' alt='*'></li>"
            "<li>Posts: 312</li><li>Tide tables are my bedtime reading</li></ul></div>"
            "<div class='postarea'><div class='inner'><p>{text}</p></div></div></div>")
    readings = "<ul><li>Pressure: 1.5 bar</li><li>Valve turned twice</li></ul>"
    text = cleaned_thread(pane, readings).text
    assert "user2" in text and "Pressure: 1.5 bar" in text and "Valve turned twice" in text
    assert "Tide tables are my bedtime reading" not in text and "Sr. Member" not in text and "312" not in text


def test_a_thread_keeps_its_largest_reply_and_the_replies_nested_in_it_like_its_other_replies() -> None:
    # a link aggregator's thread (Lemmy, Reddit-like): an opening post of linked changes, then
    # replies named "comment", each reply holding its own replies, nested; the largest reply, kept
    # for its size, keeps its text and its nested replies, as the smaller replies beside it do
    def reply(author: str, text: str, nested: str = "") -> str:
        return (f"<li class='comment list-unstyled'><article class='comment-node'><div class='meta'>"
                f"<a href='/u/{author}'>{author}</a> <span>3 points</span></div><div class='md'><p>{text}</p></div>"
                f"</article>{nested}</li>")
    nested = "<ul class='comments'>" + "".join(reply(f"nested{i}", f"Nested reply {i}: " + SENTENCE) for i in range(4)) + "</ul>"
    changes = "<ul>" + "".join(f"<li><a href='/pull/{j}'>Change {j}: the valve seat reseated and the seal swapped</a></li>"
                               for j in range(12)) + "</ul>"
    html = page("<header><a href='/'>Home</a> <a href='/c'>Communities</a></header>"
                "<main><div class='col'><div class='post-listing'><h1>Boiler loses pressure every morning</h1>"
                "<article id='postContent'>" + changes + "<p>Opening post: " + SENTENCE + "</p></article></div>"
                "<aside class='side'><h3>About this community</h3><p>A place for boiler owners to swap notes on "
                "repairs, parts and the engineers they trust, with rules below.</p></aside>"
                "<ul class='comments'>" + reply("first", "First reply: " + SENTENCE, nested)
                + "".join(reply(f"user{i}", f"Reply {i}: " + SENTENCE * 2) for i in range(3)) + "</ul></div></main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "First reply:" in text and all(f"Nested reply {i}:" in text for i in range(4))


def test_a_posts_link_to_an_attachment_by_its_number_goes_and_a_link_of_words_stays() -> None:
    # a forum engine (XenForo) writes a link in place of a picture a guest is not shown, on its own
    # line of the post, named by the attachment's number: no word of the post; a post's own link
    # about an attachment stays
    pane = "<div class='post'><div class='who'>{author}</div><div class='message'><p>{text}</p></div></div>"
    own = ("Photo of the gauge:<br><a href='/attachments/88120/'>View attachment 88120</a><br>"
           "<p>See <a href='/guide'>view attachment rules for the valve kit</a> before you order.</p>")
    text = cleaned_thread(pane, own).text
    assert "View attachment 88120" not in text and "Photo of the gauge:" in text
    assert "view attachment rules for the valve kit" in text


@pytest.mark.parametrize("prefix", ["Re:", "AW:", "RE[2]:"])
def test_a_replys_subject_line_repeating_the_title_goes_and_other_lines_opening_so_stay(prefix: str) -> None:
    # forum software heads each reply with the thread's title after a reply prefix, wherever the
    # reply stands (after another post's sentences); a subject of other words, and a post's line
    # that opens so, stay
    pane = (f"<div class='post'><h3>{prefix} Boiler loses pressure every morning</h3>"
            "<div class='author'>{author}</div><div class='content'><p>{text}</p></div></div>")
    other = f"<h3>{prefix} Which pump fits an older boiler</h3><p>Re: the valve, I fitted a new one in 2021.</p>"
    article = cleaned_thread(pane, other)
    lines = article.text.splitlines()
    assert f"{prefix} Which pump fits an older boiler" in lines
    assert "Re: the valve, I fitted a new one in 2021." in lines
    assert f"{prefix} Boiler loses pressure every morning" not in lines


def test_a_posters_profile_lines_and_rank_go_and_their_name_stays() -> None:
    # a profile beside each post, a <dl> named so: the poster's name as its term, then their rank,
    # lines of a label and a number or date, and fields of words they filled in ("Boat: Gull II"),
    # all the poster's, none the post's; a glossary <dl> in a post (terms and numbers, no profile)
    # stays, and so does a profile-named <dl> of no term (nothing names a poster in it)
    pane = ("<div class='postwrap'><dl class='postprofile'><dt><a href='/member/{author}'>{author}</a></dt>"
            "<dd>Harbour regular</dd><dd><strong>Posts:</strong> 4187</dd>"
            "<dd><strong>Joined:</strong> Thu Oct 12, 2017 9:14 am</dd><dd><strong>Boat:</strong> Gull II</dd>"
            "<dd>Quiet Moorings Cooperative</dd></dl>"
            "<div class='postbody'><p>{text}</p></div></div>")
    glossary = ("<dl class='terms'><dd>Pressure: 1.5 bar at noon</dd></dl>"
                "<dl class='user-profile'><dd>Keel depth checked twice</dd></dl>")
    article = cleaned_thread(pane, glossary)
    assert "user2" in article.text and "opener" in article.text
    assert "Pressure: 1.5 bar at noon" in article.text and "Keel depth checked twice" in article.text
    assert "4187" not in article.text and "Oct 12, 2017" not in article.text
    assert "Harbour regular" not in article.text and "Gull II" not in article.text
    assert "Quiet Moorings" not in article.text


def test_a_posters_profile_of_terms_and_values_goes_whole_and_a_posts_own_terms_stay() -> None:
    # a profile beside each post as term and value pairs in a <dl> named so ("Join Date", "Mar
    # 2019"): the terms go with their values, not only the values; a post's own <dl> of terms stays
    pane = ("<div class='post'><div class='userinfo'><a href='/member/{author}'>{author}</a>"
            "<dl class='userinfo_extra'><dt>Join Date</dt><dd>Mar 2019</dd><dt>Harbour</dt><dd>Eastmoor</dd></dl></div>"
            "<div class='content'><p>{text}</p></div></div>")
    readings = "<dl><dt>Morning pressure</dt><dd>0.4 bar</dd><dt>Evening pressure</dt><dd>1.5 bar</dd></dl>"
    text = cleaned_thread(pane, readings).text
    assert "Morning pressure" in text and "1.5 bar" in text
    assert "Join Date" not in text and "Mar 2019" not in text and "Eastmoor" not in text


def test_a_posters_profile_list_goes_whole_and_a_posts_own_list_stays() -> None:
    # a profile beside each post as a list named so ("user_info"): the poster's own title, their
    # group, the count of their posts and a presence line, one short item each, all the poster's;
    # the name, over the list, stays; a post's own short list (no poster's statistic in it) stays,
    # and so does a profile-named list of no statistic
    pane = ("<div class='post_wrapper'><div class='poster'><h4><a href='/member/{author}'>{author}</a></h4>"
            "<ul class='user_info'><li class='title'>Keeper of the Valves</li><li class='membergroup'>Crew</li>"
            "<li class='avatar'><img src='/a.png' alt=''></li><li class='postcount'>Posts: 3,117</li>"
            "<li class='presence'>Offline</li></ul></div>"
            "<div class='postarea'><div class='inner'><p>{text}</p></div></div></div>")
    own = ("<ul><li>Valve: brass, 15 mm</li><li>Seal: rubber</li></ul>"
           "<ul class='user_info'><li>Ferry times</li><li>Tide tables</li></ul>")
    text = cleaned_thread(pane, own).text
    assert "user2" in text and "opener" in text
    assert "Keeper of the Valves" not in text and "3,117" not in text and "Offline" not in text
    assert "Valve: brass, 15 mm" in text and "Seal: rubber" in text and "Tide tables" in text


@pytest.mark.parametrize("profile", [
    "<div class='small'>&nbsp;<br><div>Join Date: Jun 2019</div><div>Harbour: Eastmoor</div><div>Posts: 4,187</div></div>",
    "<div class='stats'>Posts: 4,187<br>Threads: 12<br>Joined: Jun 2019<br>Harbour: <strong>Eastmoor</strong></div>",
    "<div class='extras'><dl class='pairs'><dt>Joined</dt><dd>Jun 3, 2019</dd></dl>"
    "<dl class='pairs'><dt>Messages</dt><dd>4,187</dd></dl><dl class='pairs'><dt>Harbour</dt><dd>Eastmoor</dd></dl></div>",
])
def test_a_posters_block_of_labelled_lines_goes_whole_whatever_its_class(profile: str) -> None:
    # beside each post, in a block no class names, the poster's lines of a label and a short value,
    # one of them a count of posts or a join date: the lines beside it ("Harbour: Eastmoor") are the
    # poster's too; a post's own labelled lines (no poster's statistic in them) stay
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a>" + profile +
            "</div><div class='content'><p>{text}</p></div></div>")
    own = ("<div class='specs'>Valve: brass, 15 mm<br>Seal: rubber</div>"
           "<dl><dt>Morning pressure</dt><dd>0.4 bar</dd></dl>")
    text = cleaned_thread(pane, own).text
    assert all(f"user{i}" in text for i in range(3))
    assert "Eastmoor" not in text and "4,187" not in text and "2019" not in text
    assert "Valve: brass, 15 mm" in text and "Seal: rubber" in text and "0.4 bar" in text


@pytest.mark.parametrize("prompt", ["You have to be registered to answer the boiler question.",
                                    "Sign up first to comment about the pump",
                                    "Please sign in to answer",
                                    "Bitte anmelden, um auf das Thema zu antworten",
                                    "Connectez-vous pour répondre au sujet de la chaudière.",
                                    "Авторизуйтесь, чтобы ответить в теме о котле.",
                                    "コメントするにはログインしてください。"])
def test_a_threads_prompt_to_log_in_and_reply_goes_and_a_post_about_signing_up_stays(prompt: str) -> None:
    # in place of the reply box a thread shows a visitor the call to sign in before replying:
    # the forum's, not a post's; a post's short line on signing up for something stays
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a></div>"
            "<div class='content'><p>{text}</p></div></div>")
    own = ("<p>I had to sign up to post the photo of the gauge.</p>"
           f"<div class='notice'>{prompt}</div>")
    text = cleaned_thread(pane, own).text
    assert prompt not in text
    assert "I had to sign up to post the photo of the gauge." in text


def test_a_threads_page_links_and_links_to_the_next_topic_go() -> None:
    # over and under a thread, its links to its pages ("Pages 1 2") and to the topics before and
    # after it, in blocks their class names so: the board's, not a post's
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a></div>"
            "<div class='content'><p>{text}</p></div></div>")
    posts = [post("opener", "Opening post: " + SENTENCE * 3, pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>"
                "<span class='nextlinks'><a href='/t/9'>Earlier boiler topic</a> - <a href='/t/11'>Later boiler topic</a></span>"
                "<div class='pagelinks'><span>Pages</span><span>1</span> <a href='?p=2'>2</a></div>"
                + "".join(posts) + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "boiler topic" not in text and "Pages" not in text


@pytest.mark.parametrize("rank", ["<dl><dt>Boats</dt><dd class='usertitle'><strong>Harbour regular</strong></dd></dl>",
                                  "<ul><li class='postgroup'>Harbour regular</li></ul>",
                                  "<div class='member_title'>Harbour regular</div>",
                                  "<span class='user-rank rank-3'>Harbour regular</span>"])
def test_a_posters_rank_named_so_by_its_class_goes_and_a_posts_line_of_the_same_words_stays(rank: str) -> None:
    # forum software prints each poster's rank or group under their name, in a block its class
    # words name so: the poster's title, not the post's; a post's own short line stays, and so does
    # a "user-profile" block in a post (a profile is no rank)
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a>" + rank +
            "</div><div class='content'><p>{text}</p></div></div>")
    own = "<p>Harbour regular</p><div class='user-profile'>Skipper of the Gull</div>"
    article = cleaned_thread(pane, own)
    lines = article.text.splitlines()
    assert lines.count("Harbour regular") == 1 and "Skipper of the Gull" in lines
    assert "user2" in article.text


@pytest.mark.parametrize("note", ["Last edited by opener on Tue May 3, 2022 4:10 pm, edited 2 times in total.",
                                  "Last edited: May 3, 2022", "Zuletzt bearbeitet von opener am 03.05.2022",
                                  "Last edited by opener; 05-03-2022 at 10:04 AM.",
                                  "Edited March 14, 2023 by opener (see edit history)",
                                  "Bearbeitet 14. März 2023 von opener"])
def test_a_posts_note_that_it_was_edited_goes_and_a_sentence_that_opens_so_stays(note: str) -> None:
    # forum software notes under a post its author changed who edited it and when: the post's
    # metadata, not its words; a sentence of a post that opens with the same words stays
    pane = ("<div class='post'><div class='author'>{author}</div><div class='content'><p>{text}</p>"
            f"<div class='post-note'>{note}</div></div></div>")
    sentence = ("<p>Last edited by my neighbour in 2019, the manual still shows the old valve layout.</p>"
                "<p>Edited in 2021 by the installer, the wiring diagram lost its second pump.</p>")
    article = cleaned_thread(pane, sentence)
    assert "Last edited by my neighbour in 2019" in article.text
    assert "Edited in 2021 by the installer" in article.text
    assert note not in article.text


def test_a_posts_edit_note_with_the_editors_reason_goes_whole() -> None:
    # forum software may add the reason its editor gave under the note, then a link to the post's
    # history: one note, the post's metadata; a sentence of a post that opens "Edited" stays
    pane = ("<div class='post'><div class='author'>{author}</div><div class='content'><p>{text}</p>"
            "<span class='note'><strong>Edited March 14, 2023 by {author}</strong><br>fixed the valve size "
            "<a href='/history'>(see edit history)</a></span></div></div>")
    sentence = "<p>Edited in 2021 by the installer, the wiring diagram lost its second pump.</p>"
    text = cleaned_thread(pane, sentence).text
    assert "Edited in 2021 by the installer" in text
    assert "March 14, 2023" not in text and "see edit history" not in text and "fixed the valve size" not in text


@pytest.mark.parametrize("signature_class", ["signature", "message-signature", "signaturecontainer"])
def test_a_posters_signature_under_each_post_goes_and_the_post_stays(signature_class: str) -> None:
    # forum software closes every post with its author's signature (a motto, their gear, links):
    # the same lines under each of their posts, never the post
    pane = ("<div class='post'><div class='author'>{author}</div><div class='content'><p>{text}</p></div>"
            f"<div class='{signature_class}'><p>Tinkering with old radiators since the nineties, "
            "ask me about copper fittings and valve keys.</p></div></div>")
    article = cleaned_thread(pane, "<p>Readings: 0.4 bar at dawn.</p>")
    assert "Readings: 0.4 bar at dawn." in article.text
    assert "copper fittings" not in article.text


@pytest.mark.parametrize("control", ["Improve this answer", "Add a comment", "Ask Question", "Kommentar hinzufügen"])
def test_a_question_and_answer_threads_controls_go_and_the_answers_stay(control: str) -> None:
    # each answer ends in its controls, links and buttons that read as labels; a sentence of
    # an answer that holds the same words stays
    pane = ("<div class='answer'><div class='answer-body'><p>{text}</p></div>"
            f"<div class='answer-foot'><div class='action' data-action='edit'>{control}</div></div></div>")
    opening = f"<p>Then {control.lower()} to the older thread, as the pump maker suggested.</p>"
    article = cleaned_thread(pane, opening)
    assert article.text.count(control.lower()) == 1
    assert control not in article.text.replace(f"Then {control.lower()}", "")


@pytest.mark.parametrize("bar", ["Code: <a href='#'>Select all</a>", "Code: <a href='#'>Alles auswählen</a>",
                                 "Code : <a href='#'>Tout sélectionner</a>", "Код: <a href='#'>Выделить всё</a>"])
def test_the_bar_over_a_posts_code_box_goes_and_the_code_and_a_line_about_code_stay(bar: str) -> None:
    # forum software puts a bar over every code block of a post, its word for code and a button that
    # selects the code: the box's chrome; the code stays, and so does a post's line that opens "Code:"
    pane = ("<div class='post'><div class='author'>{author}</div><div class='content'><p>{text}</p>"
            f"<div class='codebox'><p>{bar}</p><pre><code>pump_pressure = 1.5\nvalve = 'open'</code></pre></div>"
            "</div></div>")
    text = cleaned_thread(pane, "<p>Code: the one printed under the boiler's lid, 4471.</p>").text
    assert "pump_pressure = 1.5" in text and "Code: the one printed under the boiler's lid" in text
    assert "Select all" not in text and "auswählen" not in text and "sélectionner" not in text
    assert "Выделить" not in text


@pytest.mark.parametrize("count", ["3 Answers", "1 Answer", "3 respostas", "3 ответа"])
def test_the_count_of_answers_over_a_question_and_answer_threads_answers_goes(count: str) -> None:
    # a question-and-answer page heads its answers with how many there are: a count beside the
    # posts, not their words; a post's sentence that opens with a count of answers stays
    pane = ("<div class='answer'><div class='answer-body'><p>{text}</p></div></div>")
    posts = [post("opener", "Opening post: " + SENTENCE * 3, pane), f"<h2 class='answers-head'>{count}</h2>"]
    posts += [post(f"user{i}", f"Reply {i}: 3 answers came back from the installer, each blaming the valve. "
                   + SENTENCE, pane) for i in range(3)]
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + "".join(posts) + "</main>" + FOOTER)
    lines = cleanpage.clean(html).text.splitlines()
    assert count not in lines
    assert all(any(line.startswith(f"Reply {i}: 3 answers came back") for line in lines) for i in range(3))


@pytest.mark.parametrize("buttons", ["<div class='acts'>Reply with quote</div><div class='acts'>3 Likes</div>",
                                     "<div class='acts'>Mit Zitat antworten</div><div class='acts'>12 Antworten</div>"])
def test_a_posts_buttons_and_counts_go_and_its_words_stay(buttons: str) -> None:
    # under each post, its buttons and its count of likes or replies are labels; a post that
    # says how many replies it got keeps its sentence
    pane = "<div class='entry'><div class='entry-text'><p>{text}</p></div><div class='entry-foot'>" + buttons + "</div></div>"
    article = cleaned_thread(pane, "<p>The older thread got 3 likes and 12 replies before it closed.</p>")
    assert "got 3 likes and 12 replies" in article.text
    for label in ("Reply with quote", "3 Likes", "Mit Zitat antworten", "12 Antworten"):
        assert label not in article.text


@pytest.mark.parametrize("reactions", ["<div class='rating'><img alt='Like'> Like x <b>2</b></div>",
                                       "<ul><li class='count'>2 people like this.</li></ul>",
                                       "<div class='bar'>3 Personen gefällt das</div>"])
def test_a_posts_reactions_go_and_a_sentence_about_them_stays(reactions: str) -> None:
    # under each post, who reacted to it and how many liked it: a line of names and counts the
    # forum prints, never the post's words; a post's sentence that counts its likes stays
    pane = "<div class='entry'><div class='entry-text'><p>{text}</p></div><div class='entry-foot'>" + reactions + "</div></div>"
    article = cleaned_thread(pane, "<p>My first reply here had 2 people like this fix within the hour.</p>")
    assert "had 2 people like this fix" in article.text
    for gone in ("Like x", "2 people like this.", "Personen gefällt"):
        assert gone not in article.text


def test_a_threads_overview_box_under_the_opening_post_goes() -> None:
    # under the opening post, the forum software sets a box of the thread's overview: its counts of
    # replies and views, its top posters and its most popular posts (named "topic overview"); the
    # posts stay
    box = ("<div class='cTopicOverviewContainer'><div class='cTopicOverview'><ul class='cTopicOverview__item'>"
           "<li><span>Replies</span> <span>48</span></li><li><span>Views</span> <span>3.1k</span></li></ul>"
           "<div class='cTopicOverview__item'><h4>Top Posters In This Topic</h4><ul><li><a href='/u/1'>Orla Pennick</a>"
           "</li><li><a href='/u/2'>Tamsin Greave</a></li></ul></div></div></div>")
    pane = "<article class='entry'><div class='entry-who'>{author}</div><div class='entry-text'><p>{text}</p></div></article>"
    article = cleaned_thread(pane, "<p>The valve was replaced in spring.</p>" + box)
    for gone in ("Replies", "Views", "3.1k", "Top Posters", "Orla Pennick"):
        assert gone not in article.text


@pytest.mark.parametrize("header", [
    "<h4><a href='/c/1'>Re:</a> <span class='score'>(<a href='#'>Score:</a>4, Informative)</span></h4>"
    "<div class='details'>by <a href='/~quill'>quill_and_kettle</a> <a href='/~quill'>( 88412 )</a> on Tuesday "
    "March 4, 2025 @10:12AM (<a href='/c/1'>#7301122</a>) <a href='/j'>Journal</a></div>",
    "<h4>Comment removed <span class='score'>(Score:2)</span></h4>"])
def test_a_comments_score_and_details_lines_go_and_a_post_about_its_score_stays(header: str) -> None:
    # over each comment the engine prints its subject's reply prefix and the score its readers gave
    # it, and a line of its poster, user number, time and comment number: the engine's lines
    pane = "<div class='cmt'><div class='cmt-top'>" + header + "</div><div class='cmt-body'><p>{text}</p></div></div>"
    article = cleaned_thread(pane, "<p>Re: the score (Score:4 on the old scale) is not what matters here.</p>")
    assert "Re: the score (Score:4 on the old scale)" in article.text
    for gone in ("Informative", "88412", "#7301122", "Comment removed", "(Score:2)"):
        assert gone not in article.text


def test_a_comments_fold_toggle_and_count_of_replies_go_and_a_post_that_says_them_stays() -> None:
    # by each poster's name, the comment tree's engine links a toggle that folds the comment ("[–]")
    # and its count of replies ("(3 children)"), which folds them too: the engine's links
    pane = ("<div class='thing'><div class='entry'><p class='tagline'><a href='javascript:void(0)' class='expand'>[–]</a>"
            "<a href='/user/{author}' class='author'>{author}</a> <span class='score'>12 points</span> "
            "<time datetime='2025-03-04T19:34:47+00:00'>5 hours ago</time>&nbsp;"
            "<a href='javascript:void(0)' class='numchildren'>(3 children)</a></p>"
            "<form class='usertext'><div class='md'><p>{text}</p></div></form></div></div>")
    article = cleaned_thread(pane, "<p>The old valve had (3 children) of its own, as the manual says: [+] and [-] ports.</p>")
    assert "(3 children) of its own" in article.text
    assert "[–]" not in article.text
    assert sum(line.count("(3 children)") for line in article.text.splitlines()) == 1


def test_a_comments_score_for_a_reader_who_voted_goes_and_the_shown_score_stays() -> None:
    # the engine prints each comment's score three times, one per vote state of the reader, and its
    # stylesheet shows the unvoted one: the other two are hidden figures; a post's own "likes" stays
    pane = ("<div class='thing'><div class='entry'><p class='tagline'>"
            "<a href='/user/{author}' class='author'>{author}</a> <span class='score dislikes'>41 points</span>"
            "<span class='score unvoted'>42 points</span><span class='score likes'>43 points</span></p>"
            "<form class='usertext'><div class='md'><p>{text}</p></div></form></div></div>")
    article = cleaned_thread(pane, "<p>The plumber's review got <span class='score likes'>37 points</span> from us.</p>")
    assert "42 points" in article.text and "37 points" in article.text
    assert "41 points" not in article.text and "43 points" not in article.text


def test_a_heading_that_opens_with_reactions_stays() -> None:
    # "Reactions: <names>" under a post reads like a chemistry heading: neither is a label
    pane = "<div class='entry'><div class='entry-text'><h3>Reactions: acids and bases</h3><p>{text}</p></div></div>"
    assert "Reactions: acids and bases" in cleaned_thread(pane, "<p>A reply.</p>").text


def numbered_thread(numbers: list[int]) -> str:
    template = ("<article class='message'><header class='message-head'><span>{author}</span> "
                "<time>3 May 2024</time> <a href='/t/boiler/post-{number}'>#{number}</a></header>"
                "<div class='message-body'><p>{text}</p></div></article>")
    posts = "".join(template.format(author=f"user{i}", number=number, text=f"Reply {i}: " + SENTENCE)
                    for i, number in enumerate(numbers))
    return page(CHROME + f"<main><h1>Boiler loses pressure every morning</h1>{posts}</main>" + FOOTER)


def test_a_threads_post_numbers_go_and_its_posts_stay() -> None:
    # each post's header links to the post by its number: "#21", "#22"... (a thread's second page)
    text = cleanpage.clean(numbered_thread([21, 22, 23, 24])).text
    assert all(f"Reply {i}:" in text for i in range(4))
    assert not any(f"#{number}" in text for number in (21, 22, 23, 24))


def test_a_link_that_opens_with_a_number_and_goes_on_is_no_post_number() -> None:
    # "#3 new" (a number and a badge in one link) is not the whole link's text: it stays, and the
    # thread still comes out (its numbers are read from whole texts only)
    html = numbered_thread([1, 2, 3, 4, 5]).replace(">#3</a>", ">#3<b>new</b></a>")
    text = cleanpage.clean(html).text
    assert all(f"Reply {i}:" in text for i in range(5))
    assert "#3new" in text
    assert not any(f"#{number}" in text for number in (1, 2, 4, 5))


@pytest.mark.parametrize("number", ["Post #{number} of 9", "#{number} of 9", "post #{number}"])
def test_a_post_number_that_says_post_and_counts_the_thread_goes(number: str) -> None:
    # the header links to each post by its number worded with the thread's count of posts ("Post
    # #2 of 9"): the thread's numbering, as "#2"; a sentence that counts posts stays
    html = numbered_thread([1, 2, 3, 4]).replace(">#", ">" + number.partition("{")[0]).replace(
        "</a></header>", number.partition("}")[2] + "</a></header>")
    html = html.replace("<main>", "<main><p>Read post #3 of the old thread first: it names the valve.</p>")
    text = cleanpage.clean(html).text
    assert all(f"Reply {i}:" in text for i in range(4))
    assert "Read post #3 of the old thread first" in text
    assert not any(f"#{n}" in line for line in text.splitlines() for n in range(1, 5) if "Read post" not in line)


def test_numbers_that_do_not_follow_each_other_stay() -> None:
    # a change log's issue numbers, each a link to another page: not a thread's posts
    text = cleanpage.clean(numbered_thread([20424, 20771, 20773, 20802])).text
    assert all(f"#{number}" in text for number in (20424, 20771, 20773, 20802))



def test_replies_listed_apart_from_the_opening_post_stay() -> None:
    # the forum software wraps the opening post in one box and lists the replies in another box
    # beside it, each post's text in a block of the same class words: the replies are the
    # thread's too, though the opening post alone outscores them (the page calls itself an article)
    text_box = "<div class='post-text user-text'><p>{text}</p></div>"
    opening = ("<div class='topic-box'><h1>Boiler loses pressure every morning</h1>"
               "<div class='topic-item'><div class='who'>Marisol Quenby</div><div class='topic-body'>"
               + text_box.format(text="Opening post: " + "</p><p>".join([SENTENCE * 2] * 5))
               + "<div class='reactions'>Like</div></div></div></div>")
    replies = "".join(f"<li class='reply-item'><div class='who'>user{i}</div><div class='reply-body'>"
                      + text_box.format(text=f"Reply {i}: " + SENTENCE * 2)
                      + "<div class='reactions'>Like</div></div></li>" for i in range(3))
    html = page(CHROME + "<main>" + opening + "<div class='replies-wrap'><h2>Replies</h2>"
                "<ul class='reply-list'>" + replies + "</ul></div></main>" + FOOTER)
    html = html.replace("<head>", "<head><meta property='og:type' content='article'>")
    text = cleanpage.clean(html).text
    assert "Opening post:" in text
    assert all(f"Reply {i}:" in text for i in range(3))
    assert "Copyright the Example Forum" not in text


def test_a_row_of_cards_is_no_opening_post_with_replies() -> None:
    # a card's text block recurs in the cards after it, each card of one template: not a thread
    # whose replies sit apart (the repeats there are in a list of another shape)
    from cleanpage.content import _replies_beside
    from lxml import html as lxml_html
    cards = "".join(f"<div class='card'><div class='card-text'><p>Card {i} text.</p></div></div>"
                    for i in range(4))
    root = lxml_html.fromstring(f"<html><body><main>{cards}</main></body></html>")
    top = root.find(".//div[@class='card-text']")
    assert _replies_beside(top) is None


@pytest.mark.parametrize("presence", ["<p><span>Offline</span></p>", "<span class='status'>User is online</span>",
                                      "<div>Hors ligne</div>", "<small>Не в сети</small>"])
def test_a_posters_presence_under_each_post_goes_and_a_list_key_of_the_same_word_stays(presence: str) -> None:
    # forum software shows under each post whether its author is online now: the poster's state,
    # not the post's words; a post's own "Offline: …" line (a key and its value) stays
    pane = ("<div class='post'><div class='content'><p>{author} wrote:</p><p>{text}</p></div>"
            f"<div class='postfoot'>{presence}</div></div>")
    own = "<ul><li><strong>Offline:</strong> the chart plotter keeps the last tide table it loaded.</li></ul>"
    article = cleaned_thread(pane, own)
    lines = article.text.splitlines()
    assert not any(line.strip().lower() in ("offline", "user is online", "hors ligne", "не в сети") for line in lines)
    assert "the chart plotter keeps the last tide table it loaded" in article.text


@pytest.mark.parametrize("line", ["Logged", "Gespeichert", "Journalisée", "Записан", "Zapisane",
                                  "Report to moderator", "Signaler au modérateur", "Zgłoś do moderatora",
                                  "Start asking to get answers", "See similar questions with these tags."])
def test_a_forum_engines_own_line_under_each_post_goes_and_a_posts_sentence_with_its_words_stays(line: str) -> None:
    # the board's default language pack prints the same short line under every post (that it was
    # logged, a link to report it) or after the answers (a question site's box): the engine's, not a
    # post's; a post's sentence holding the same words stays
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a></div>"
            "<div class='content'><p>{text}</p></div><div class='foot'><span>" + line + "</span></div></div>")
    own = ("<p>The gauge logged every drop, so I could report to the installer which morning it failed.</p>"
           "<p>Start asking the plumber early; similar questions took him weeks to answer.</p>")
    text = cleaned_thread(pane, own).text
    assert line.rstrip(".") not in text
    assert "The gauge logged every drop" in text and "Start asking the plumber early" in text


def test_a_bulletin_boards_posting_rules_in_list_items_go_and_a_posts_list_of_the_same_words_stays() -> None:
    # a newer bulletin board theme (vBulletin 4) lists what the reader may do as <li> items: the list,
    # made only of the engine's lines, goes whole; a post's list with one such line among its own stays
    pane = "<div class='post'><div class='who'>{author}</div><div class='message'><p>{text}</p></div></div>"
    own = "<ul><li>You may not post replies</li><li>Smilies are banned at the Quillmoor allotment meeting</li></ul>"
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + own + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    rules = ("<div class='rules'><ul class='permissions'><li>You <strong>may not</strong> post new threads</li>"
             "<li>You <strong>may not</strong> post replies</li><li>You <strong>may not</strong> post attachments</li>"
             "<li>You <strong>may not</strong> edit your posts</li><!-- codes -->"
             "<li><a href='/misc/bbcode'>BB code</a> is <strong>On</strong></li>"
             "<li><a href='/misc/smilies'>Smilies</a> are <strong>On</strong></li>"
             "<li><a href='/misc/bbcode#img'>[IMG]</a> code is <strong>Off</strong></li>"
             "<li>HTML code is <strong>Off</strong></li></ul></div>")
    html = page(CHROME + "<main>" + "".join(posts) + rules + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "You may not post replies\n" in text and "Smilies are banned at the Quillmoor" in text
    for chrome in ("post new threads", "post attachments", "edit your posts", "BB code", "Smilies are On", "code is"):
        assert chrome not in text


@pytest.mark.parametrize(("heading", "line"), [
    ("Who is online", "Users browsing this forum: No registered users and 2 guests"),
    ("Кто сейчас на конференции", "Сейчас этот форум просматривают: нет зарегистрированных пользователей и гости: 2"),
    ("Wer ist online?", "Mitglieder in diesem Forum: Keine registrierten Benutzer und 2 Gäste"),
    ("Qui est en ligne ?", "Utilisateurs parcourant ce forum : Aucun utilisateur inscrit et 2 invités"),
    ("¿Quién está conectado?", "Użytkownicy przeglądający to forum: Brak zarejestrowanych użytkowników i 2 gości"),
    ("¿Quién está conectado?", "Usuarios navegando por este Foro: No hay usuarios registrados visitando el Foro y 4 invitados"),
    ("¿Quién está conectado?", "Usuários navegando neste fórum: Nenhum usuário registrado e 3 visitantes"),
    ("Siapa dalam talian", "Pengguna yang melayari forum ini: Tiada ahli berdaftar dan 3 tetamu"),
    ("Kto jest online", "Użytkownicy przeglądający to forum: Brak zarejestrowanych użytkowników i 5 gości"),
    ("Quem está online", "Usuários navegando neste fórum: Nenhum usuário registrado e 2 visitantes"),
])
def test_a_bulletin_boards_who_is_online_box_goes_in_its_language_packs_words(heading: str, line: str) -> None:
    # under the posts a bulletin board (phpBB) says who is reading the forum, under a heading, in its
    # language packs' words: the page's state; a post's sentence that opens with those words stays
    pane = "<div class='post'><div class='postprofile'>{author}</div><div class='content'><p>{text}</p></div></div>"
    own = "<p>Who is online at the Brackwater depot after six decides who locks the shed, so ask Orrin.</p>"
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + own + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    online = f"<div class='stat-block online-list'><h3>{heading}</h3><p>{line}</p></div>"
    text = cleanpage.clean(page(CHROME + "<main>" + "".join(posts) + online + "</main>" + FOOTER)).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "Who is online at the Brackwater depot" in text
    assert heading not in text.splitlines() and line.split(":")[0].strip() not in text


@pytest.mark.parametrize("line", ["Jump to", "Gehe zu", "Posting Rules", "Expand", "Click to expand..."])
def test_a_bulletin_boards_jump_box_rules_heading_and_quote_unfolder_go_and_a_posts_sentence_stays(line: str) -> None:
    # a bulletin board's jump box under the posts (phpBB's trigger, English and German packs), its
    # box of what the reader may do (vBulletin 3's heading) and the button that unfolds a long quoted
    # post (Invision's, XenForo's): the engine's words; a post's sentence that opens with them stays
    pane = "<div class='post'><div class='postprofile'>{author}</div><div class='content'><p>{text}</p></div></div>"
    own = "<p>Jump to the Harrowby sluice first, then expand the drain by the old mill before it rains.</p>"
    posts = [post("opener", "Opening post: " + SENTENCE * 3 + "</p>" + own + "<p>", pane)]
    posts += [post(f"user{i}", f"Reply {i}: " + SENTENCE, pane) for i in range(3)]
    box = f"<div class='action-bar'><span class='dropdown-trigger'>{line}</span></div>"
    text = cleanpage.clean(page(CHROME + "<main>" + "".join(posts) + box + "</main>" + FOOTER)).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert "Jump to the Harrowby sluice first" in text
    assert line not in text.splitlines()


@pytest.mark.parametrize("header", ["wrenna_v said:", "Zitat von wrenna_v", "Originally Posted by wrenna_v"])
def test_a_quoted_posts_header_that_is_all_one_link_stays_over_the_quote(header: str) -> None:
    # XenForo links the whole header over a quoted post to that post ("ann said:"): written with no
    # space around the link, the line is all link, yet it names whose words the quote holds, as the
    # same header in plain text does; a line of one link elsewhere in the post still goes
    pane = "<div class='post'><div class='who'>{author}</div><div class='message'>{text}</div></div>"
    quote = (f"<blockquote class='quote'><div class='quote-title'><a href='/goto/post?id=7'>{header}</a></div>"
             "<div class='quote-body'>The relief valve on the Tollcross boiler drips every night.</div></blockquote>")
    posts = [post("opener", "<p>Opening post: " + SENTENCE * 3 + "</p>", pane)]
    posts += [post("user0", quote + "<p>Reply 0: " + SENTENCE + "</p><p><a href='/threads/9'>Pump threads</a></p>", pane)]
    posts += [post(f"user{i}", f"<p>Reply {i}: " + SENTENCE + "</p>", pane) for i in range(1, 3)]
    text = cleanpage.clean(page(CHROME + "<main>" + "".join(posts) + "</main>" + FOOTER)).text
    assert "Opening post:" in text and all(f"Reply {i}:" in text for i in range(3))
    assert header in text and "The relief valve on the Tollcross boiler" in text
    assert "Pump threads" not in text


@pytest.mark.parametrize("rank", ["Senior Member", "Posting Freak", "Jr. Member", "Hero Member", "Registered User"])
def test_a_posters_default_rank_under_the_name_goes_and_a_posts_sentence_naming_it_stays(rank: str) -> None:
    # a bulletin board (MyBB, SMF, vBulletin) prints the rank its install gives by default under
    # each poster's name, in a box of no class: the engine's, not a post's; a post's sentence that
    # names the rank stays
    pane = ("<div class='post'><div class='poster'><a href='/member/{author}'>{author}</a><div>" + rank + "</div></div>"
            "<div class='content'><p>{text}</p></div></div>")
    own = f"<p>A {rank.lower()} at the Dunmore co-op told me the Pellow valve fits the older boiler.</p>"
    text = cleaned_thread(pane, own).text
    assert rank not in text.splitlines()
    assert f"A {rank.lower()} at the Dunmore co-op" in text


@pytest.mark.parametrize("floors", [("楼主", "沙发", "板凳", "地板", "<em>5</em>#"), ("樓主", "沙發", "板凳", "地板", "5樓"),
                                    ("1#", "2#", "3#", "4#", "5#")])
def test_a_chinese_boards_floor_links_go_and_a_posts_words_naming_a_sofa_stay(floors: tuple[str, ...]) -> None:
    # a Chinese board (Discuz!) heads each post with a link to it that names its floor: the opening
    # post, the first three replies by name, then the number and a mark; a thread's run of them goes,
    # while a post's own link to a shop's sofas, and its words, stay
    words = "去年秋天我在青石镇换了老水泵，压力稳住一个月后又开始每天早上掉压，检查膨胀罐也没有问题。"
    pane = ("<div class='post'><div class='pi'><strong><a href='/post/{author}'>FLOOR</a></strong>"
            "<div class='pti'><em>发表于 2025-3-2 10:20</em></div></div><div class='t_f'>{text}</div></div>")
    own = "我把旧<a href='/shop/sofa'>沙发</a>搬到了锅炉房旁边，板凳也放在那里。"
    posts = [post(f"user{i}", f"第{i}帖：" + words + (own if i == 0 else ""), pane.replace("FLOOR", floor))
             for i, floor in enumerate(floors)]
    text = cleanpage.clean(page(CHROME + "<main>" + "".join(posts) + "</main>" + FOOTER, title="锅炉每天早上掉压")).text
    assert all(f"第{i}帖：" in text for i in range(len(floors)))
    assert "我把旧沙发搬到了锅炉房旁边" in text.replace("[", "").replace("](/shop/sofa)", "")
    lines = text.splitlines()
    for floor in ("楼主", "樓主", "沙发", "沙發", "板凳", "地板", "5#", "5樓", "1#"):
        assert floor not in lines


@pytest.mark.parametrize(("views", "links"), [
    ("查看: 2816|回复: 17", ("只看该作者", "倒序浏览", "阅读模式")),
    ("查看: 2816|回覆: 17", ("只看該作者", "倒序瀏覽", "閱讀模式")),
])
def test_a_chinese_boards_view_count_and_links_by_each_post_go_and_a_posts_words_stay(views: str, links: tuple[str, ...]) -> None:
    # a Chinese board (Discuz!) heads the thread with its views and replies and sets, by each post's
    # stamp, links to read one poster's posts, the thread newest first, or in its reading mode:
    # the engine's lines; a post's sentence that names them stays
    words = "去年秋天我在青石镇换了老水泵，压力稳住一个月后又开始每天早上掉压，检查膨胀罐也没有问题。"
    own = "<p>我试过倒序浏览整个帖子，也试过阅读模式，还是没找到柳河师傅那条回复。</p>"

    def one(i: int, text: str, row: tuple[str, ...]) -> str:
        pipes = "".join(f"<span class='pipe'>|</span><a href='#'>{link}</a>" for link in row)
        return (f"<div id='post_{i}' class='plhin'><div class='pls'><a class='xw1'>用户{i}</a></div><div class='plc'>"
                f"<div class='pti'><div class='authi'><em id='authorposton{i}'>发表于 2022-4-{i + 2} 09:3{i}</em>{pipes}</div></div>"
                f"<div class='t_f' id='postmessage_{i}'>{text}</div></div></div>")
    posts = one(1, "开帖：" + words * 3 + own, links) + "".join(one(i, f"回帖{i}：" + words, links[:1]) for i in range(2, 5))
    head = f"<div class='hm ptn'><span class='xg1'>{views.split('|')[0]}</span><span class='pipe'>|</span><span class='xg1'>{views.split('|')[1]}</span></div>"
    html = page(CHROME + "<main><h1>锅炉每天早上掉压</h1>" + head + "<div id='postlist'>" + posts + "</div></main>" + FOOTER,
                title="锅炉每天早上掉压")
    text = cleanpage.clean(html).text
    assert "开帖：" in text and all(f"回帖{i}：" in text for i in range(2, 5)) and "还是没找到柳河师傅那条回复" in text
    assert "2816" not in text and not any(line.strip(" |") in links for line in text.splitlines() if line.strip())
    assert "|" not in text


def _dated_thread(stamp: str, count: int) -> str:
    """A thread of `count` posts, each headed by its author and a date line a byline class word
    names ("post-time"), the date given by `stamp` (with the post's number in it)."""
    posts = "".join(
        f"<div class='topic-post'><div class='post-meta'><span class='poster'>user{i}</span>"
        f"<span class='post-time'>{stamp.format(day=i + 3)}</span></div>"
        f"<div class='post-text'><p>Post {i}: {SENTENCE}</p></div></div>"
        for i in range(count))
    return page(CHROME + f"<main><h1>Boiler loses pressure every morning</h1>{posts}</main>" + FOOTER)


@pytest.mark.parametrize("stamp", ["<time datetime='2024-03-0{day}T10:00'>March {day}, 2024, 10:04am</time>",
                                   "<a href='#p{day}'>Wed Mar {day}, 2024 11:04 am</a>",
                                   "<a href='#p{day}'>2024-03-0{day} 15:14</a>",
                                   "by <strong>Pat Moss</strong> &raquo; Wed Mar {day}, 2024 11:04 am",
                                   # the day shown, its minute in the tooltip, beside an icon
                                   "<i class='icon-clock'></i><span title='11:04 AM - Mar {day}, 2024'>Mar {day}, 2024</span>",
                                   "<i class='icon-clock'></i><span title='0{day}.03.2024 um 11:04'>0{day}.03.2024</span>",
                                   "<span title='{day} mars 2024 à 11:04'>{day} mars 2024</span>"])
def test_a_threads_post_dates_stay_beside_their_authors(stamp: str) -> None:
    # each post's date line is the post's header, text of the thread (its byline class word
    # "time" would remove it as the article's own date, kept as metadata)
    article = cleanpage.clean(_dated_thread(stamp, 4))
    for i in range(4):
        assert f"Post {i}:" in article.text
    assert "2024" in article.text.split("Post 0:")[0]
    assert article.text.count("2024") >= 4


@pytest.mark.parametrize(("stamp", "count"), [
    ("<time datetime='2024-03-0{day}T10:00'>March {day}, 2024, 10:04am</time>", 2),  # an article's two dates
    ("<time datetime='2024-03-0{day}'>March {day}, 2024</time>", 4),  # a listing's days, no minute
    ("<span title='Published March {day}, 2024'>March {day}, 2024</span>", 4),  # a tooltip with no minute
    ("Ann Lee Reviewed 0{day}/08/2024 10:04", 4),  # a reviewer's name before the date
])
def test_date_lines_that_are_no_threads_post_stamps_still_go(stamp: str, count: int) -> None:
    # two date lines are no thread (an article's published and updated lines), a day without its
    # minute is an item's date in a listing, and a line that names a reviewer before its date is a
    # byline, however often the page repeats it
    article = cleanpage.clean(_dated_thread(stamp, count))
    assert f"Post {count - 1}:" in article.text
    assert "2024" not in article.text


def test_the_opening_posts_author_stays_when_the_page_names_them_its_author() -> None:
    # the page's byline is the opening post's writer: their name heads the first post as each
    # reply's name heads the reply, not a credit line the byline repeats
    template = ("<div class='message'><div class='message-user'><span class='username'>{author}</span></div>"
                "<div class='message-body'><p>{text}</p></div></div>")
    posts = "".join(post(name, f"Post by {name}: " + SENTENCE, template)
                    for name in ("Pat Moss", "Lee Chan", "Kim Roe"))
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + posts + "</main>" + FOOTER)
    html = html.replace("<head>", "<head><meta name='author' content='Pat Moss'>")
    article = cleanpage.clean(html)
    assert article.byline == "Pat Moss"
    assert article.text.startswith("Pat Moss")


def _tagged_thread(names: list[str]) -> str:
    """A thread of comments, each under a tagline of its poster's link (class "author", then the
    poster's own id) and its score."""
    comments = "".join(
        f"<div class='entry'><p class='tagline'><a class='author may-blank id-{i}' href='/user/{i}'>{name}</a>"
        f" <span class='score'>{i + 2} points</span></p>"
        f"<div class='usertext-body'><p>Comment {i}: {SENTENCE}</p></div></div>"
        for i, name in enumerate(names))
    return page(CHROME + f"<main><h1>Boiler loses pressure every morning</h1>{comments}</main>" + FOOTER)


def test_a_threads_poster_names_stay_over_their_comments() -> None:
    # each comment's poster link is named "author" as a byline is: one word, a user name, the
    # links sharing that class word whatever else their classes say, they head the comments
    names = ["pump_fixer", "Valve99", "old-boiler", "GaugeWatcher"]
    article = cleanpage.clean(_tagged_thread(names))
    for i, name in enumerate(names):
        assert f"{name} {i + 2} points" in article.text
        assert f"Comment {i}:" in article.text


def test_writers_names_on_repeated_cards_still_go_as_bylines() -> None:
    # a name of two words is a writer's credit, as a listing's cards give it, not a user name
    article = cleanpage.clean(_tagged_thread(["Ann Lee", "Bo Chen", "Cy Diaz", "Dee Roe"]))
    assert "Comment 3:" in article.text
    assert "Ann Lee" not in article.text and "Dee Roe" not in article.text


# A Spanish thread: a post, then a reply that quotes two of its sentences under the board's header.
# (each post in the template of the threads above: MESSAGE)
HILO_FRASES = ("El calentador del sótano pierde presión cada mañana desde que cambiamos la bomba en enero. "
               "Ya revisé el vaso de expansión y la válvula de seguridad, y los dos parecen estar bien.")


def hilo(quoted: str) -> str:
    cita = f"<blockquote><div class='cita-cabecera'>marisol escribió:</div><div class='cita'>{quoted}</div></blockquote>"
    posts = [post("marisol", f"<p>Primer mensaje: {HILO_FRASES} ¿Alguien sabe qué más puedo mirar?</p>", MESSAGE),
             post("tomas", cita + "<p>Respuesta de Tomás: a mí me pasó lo mismo y era el manómetro, que marcaba mal "
                                  "desde el primer día; cámbialo antes de tocar nada más.</p>", MESSAGE)]
    posts += [post(f"vecino{i}", f"<p>Respuesta {i}: yo también tengo un calentador de esa marca y nunca perdió "
                                 "presión, aunque lo purgo cada otoño antes de encenderlo.</p>", MESSAGE)
              for i in range(2)]
    return page(CHROME + "<main><h1>El calentador pierde presión</h1>" + "".join(posts) + "</main>" + FOOTER,
                title="El calentador pierde presión")


def test_a_replys_quotation_of_a_post_above_it_goes_and_the_post_keeps_its_words() -> None:
    # the reply copies two sentences of the opening post above it, under "marisol escribió:":
    # the words stay once, in the post they come from; the reply's own words stay
    article = cleanpage.clean(hilo(HILO_FRASES), options=Options(explain=True))
    assert article.text.count("cambiamos la bomba en enero") == 1
    assert "Primer mensaje:" in article.text and "Respuesta de Tomás:" in article.text
    assert "marisol escribió:" not in article.text
    assert any(r.rule == "duplicate" and "blockquote" in r.path for r in article.removals)


def test_a_replys_quotation_of_a_post_the_page_does_not_show_stays() -> None:
    # the quoted post is on an earlier page of the thread: the quotation is the only copy
    otra = ("Cuando la presión baja de un bar, la caldera se bloquea y hay que rellenar el circuito "
            "con la llave de llenado que está debajo, despacio y con el agua fría.")
    text = cleanpage.clean(hilo(otra)).text
    assert "la caldera se bloquea" in text and "marisol escribió:" in text


def test_an_articles_quotation_repeating_its_paragraph_stays() -> None:
    # outside a thread a quotation that repeats the text is the writer's choice (a pull quote)
    words = ("The harbour master said the new pump had cut the morning pressure losses by half "
             "since it was fitted in the spring, and that the old one would be kept as a spare.")
    html = page("<article><h1>Harbour pump halves losses</h1>"
                + "".join(f"<p>Story {i}: {SENTENCE}</p>" for i in range(4))
                + f"<p>{words}</p><blockquote><p>{words}</p></blockquote><p>Last: {SENTENCE}</p></article>",
                title="Harbour pump halves losses")
    assert cleanpage.clean(html).text.count("cut the morning pressure losses") == 2



def _thread_with_panes(posts: list[tuple[str, str, str]], pane: str, extra_pane: str = "") -> str:
    """A thread whose posts open with an author pane (the poster's link, then their statistics)
    that the byline rule takes whole; `extra_pane`, a second copy of it (a phone's)."""
    body = "".join(
        f"<div class='post'><div class='post_author'><a href='{href}'>{name}</a> {pane.format(i=i)}</div>"
        + (f"<div class='post_author_phone'><a href='{href}'>{name}</a> {extra_pane.format(i=i)}</div>" if extra_pane else "")
        + f"<div class='post_body'><p>{text}</p></div></div>" for i, (name, href, text) in enumerate(posts))
    return page("<header><a href='/'>Home</a></header><main><h1>Boiler loses pressure every morning</h1>"
                f"<div id='posts'>{body}</div></main>" + FOOTER)


_POSTERS = [("ann_lee", "/members/ann_lee.12/", "Opening post: " + SENTENCE * 3),
            ("bo.chen", "/members/bo.chen.7/", "First reply: " + SENTENCE),
            ("Cy Diaz", "/members/cy-diaz.31/", "Second reply: " + SENTENCE),
            ("ann_lee", "/members/ann_lee.12/", "Third reply: " + SENTENCE)]


@pytest.mark.parametrize("pane", ["Posts: 6{i}3 Threads: 3{i} Joined: Aug 2006",
                                  "Beiträge: 12{i} Registriert: Mai 2019",
                                  "Messages : 8{i} Inscrit le : 3 mars 2015",
                                  "Mensajes: 4{i}1 Registrado: ene 2012"])
def test_a_posts_author_pane_that_goes_leaves_its_posters_name(pane: str) -> None:
    # the pane (name, count of posts, join date) goes as a byline line; every post is content
    # with its author line, so each post keeps its poster's name, a line over its text
    article = cleanpage.clean(_thread_with_panes(_POSTERS, pane), options=Options(explain=True))
    text = article.text
    assert any(r.rule == "byline-line" and not r.kept for r in article.removals)
    assert text.index("ann_lee") < text.index("Opening post:") < text.index("bo.chen") < text.index("First reply:") \
        < text.index("Cy Diaz") < text.index("Second reply:") < text.rindex("ann_lee") < text.index("Third reply:")
    assert "Joined" not in text and "Registriert" not in text and "Inscrit" not in text and "Registrado" not in text


def test_a_posters_name_stays_once_where_the_pane_is_shown_twice() -> None:
    # a phone's copy of the pane goes too: the name is already over the post
    html = _thread_with_panes(_POSTERS, "Posts: 6{i}3", extra_pane="Posts: 6{i}3 Joined: May 2011")
    text = cleanpage.clean(html).text
    assert text.count("bo.chen") == 1 and text.count("Cy Diaz") == 1 and text.count("ann_lee") == 2


def test_links_opening_panes_to_unlike_addresses_are_no_posters() -> None:
    # a box's offers under each block (a link to a different kind of page each, then a line):
    # no board's posters, whose links lead to pages of one template; they go with their box
    posts = [("Try the pump finder", "/go/pump-finder", "Opening post: " + SENTENCE * 3),
             ("See all discounts", "/blog/discounts/", "First reply: " + SENTENCE),
             ("Browse valves", "/shop/valves?page=2", "Second reply: " + SENTENCE)]
    text = cleanpage.clean(_thread_with_panes(posts, "Posts: 6{i}3 Joined: Aug 2006")).text
    assert "Opening post:" in text and "Second reply:" in text
    assert "pump finder" not in text and "discounts" not in text and "Browse valves" not in text


def _trail(items: list[str], last: str, mark: str = "›") -> str:
    links = "".join(f"<li>{mark if i else ''} <a href='/f/{i}'>{item}</a></li>" for i, item in enumerate(items))
    return f"<div class='place'><ul>{links}<li>{mark} {last}</li></ul></div>"


@pytest.mark.parametrize("items, mark", [(["Example Forum", "Heating", "Boilers"], "›"),
                                         (["Beispielforum", "Heizung", "Kessel"], "»"),
                                         (["Foro de ejemplo", "Calefacción", "Calderas"], "►")])
def test_a_trail_ending_with_the_threads_title_goes(items: list[str], mark: str) -> None:
    # the trail of where the thread stands, under its last post, named by no class word: its
    # items are links with only marks beside them, the last the thread's own title
    template = ("<div class='msg'><div class='msg-author'>{author}</div>"
                "<div class='msg-text'><p>{text}</p></div></div>")
    posts = "".join(post(f"user{i}", f"Reply {i}: " + SENTENCE, template) for i in range(3))
    html = page(CHROME + "<main><h1>Boiler loses pressure every morning</h1>" + posts
                + _trail(items, "Boiler loses pressure every morning", mark) + "</main>" + FOOTER)
    text = cleanpage.clean(html).text
    assert "Reply 0:" in text and "Reply 2:" in text
    assert items[1] not in text and items[2] not in text


def test_a_list_of_links_that_ends_with_another_title_stays() -> None:
    # a list of the posts' own links (the last one another page's title): no trail of this page
    links = "".join(f"<li><a href='/guide/{i}'>Guide part {i}</a></li>" for i in range(3))
    html = page("<main><h1>Boiler loses pressure every morning</h1><p>" + SENTENCE * 3 + "</p>"
                "<p>See the guides:</p><ul>" + links + "<li>Bleeding radiators in winter</li></ul>"
                "<p>" + SENTENCE * 2 + "</p></main>")
    assert "Guide part 1" in cleanpage.clean(html).text


def wrapped(inner: str, depth: int) -> str:
    """`inner` inside `depth` layout wrappers that hold nothing else but an empty spacer, as a
    script-built page nests each block."""
    return "<div><span class='spacer'></span>" * depth + inner + "</div>" * depth


@pytest.mark.parametrize("question, answers", [
    ("Why does bread go stale?", [
        "Starch in the crumb slowly crystallises again once the loaf cools, and the water it held moves "
        "out into the crust, so the inside turns firm and dry even in a closed bag on the counter.",
        "Keeping it in the fridge makes it worse, since the cold speeds up that crystallising; a freezer "
        "stops it, and a few minutes in a hot oven undoes most of it for a while.",
        "Sourdough keeps longer because the acid slows both the staling and the moulds, which is why a "
        "country loaf is still good on the third day when a soft white one is not."]),
    ("Warum wird Brot altbacken?", [
        "Die Stärke in der Krume ordnet sich nach dem Abkühlen langsam wieder, und das Wasser wandert "
        "in die Kruste, sodass das Innere auch in einer geschlossenen Tüte fest und trocken wird.",
        "Im Kühlschrank geht das sogar schneller, weil die Kälte diesen Vorgang beschleunigt; im "
        "Gefrierfach steht er still, und ein paar Minuten im heißen Ofen machen vieles wieder gut.",
        "Sauerteigbrot hält länger, denn die Säure bremst das Altbackenwerden und den Schimmel, darum "
        "schmeckt ein Bauernbrot auch am dritten Tag noch, ein weiches Weißbrot aber nicht mehr."]),
    ("¿Por qué se pone duro el pan?", [
        "El almidón de la miga vuelve a cristalizar poco a poco cuando el pan se enfría, y el agua pasa "
        "a la corteza, así que el interior se endurece aunque esté en una bolsa cerrada.",
        "En la nevera ocurre aún más deprisa, porque el frío acelera ese proceso; el congelador lo "
        "detiene, y unos minutos en el horno caliente devuelven buena parte de la textura.",
        "El pan de masa madre dura más porque la acidez frena el endurecimiento y el moho, por eso una "
        "hogaza sigue buena al tercer día y un pan blanco blando ya no."]),
])
def test_answers_nested_in_a_dozen_bare_wrappers_all_come_out(question: str, answers: list[str]) -> None:
    # a script-built question page (it says it is an article): each answer card wraps its text in
    # a dozen layout <div>s that hold nothing else; those wrappers add no level on the climb to
    # the repeated card
    cards = "".join(
        f"<div class='answer-box answer_item_{i}'><div class='answer-head'><span>poster{i}</span></div>"
        + wrapped(f"<div class='answer-text'><p>{text}</p><p>{text}</p></div>", 12) + "</div>"
        for i, text in enumerate(answers))
    html = (f"<html><head><title>{question}</title><meta property='og:type' content='article'></head><body>"
            + CHROME + f"<div id='root'><h1>{question}</h1><div class='answers'>{cards}</div></div>" + FOOTER
            + "</body></html>")
    article = cleanpage.clean(html)
    for text in answers:
        assert text in article.text
    assert "Copyright the Example Forum" not in article.text


@pytest.mark.parametrize("answer", [
    "The valve sticks because limescale builds up on its seat over the years; take it out, soak it in "
    "vinegar overnight, and refit it with a new washer, which costs almost nothing at any hardware shop.",
    "Das Ventil klemmt, weil sich über die Jahre Kalk auf dem Sitz ablagert; bau es aus, leg es über "
    "Nacht in Essig und setz es mit einer neuen Dichtung wieder ein, die im Baumarkt fast nichts kostet.",
    "La válvula se atasca porque la cal se acumula en su asiento con los años; desmóntala, déjala en "
    "vinagre toda la noche y vuelve a montarla con una junta nueva, que cuesta casi nada en la ferretería.",
])
@pytest.mark.parametrize("cut", [60, 110])
def test_a_folded_preview_beside_the_full_answer_goes_and_the_answer_stays_once(answer: str, cut: int) -> None:
    # a thread shows each long post's first lines (cut mid-word, or at an ellipsis) and, beside
    # them, the whole post a "more" toggle unfolds: the cut preview goes, the words come out once
    posts = []
    for i in range(3):
        full = f"Post {i}: {answer} {answer.upper()}"
        shown = full[:len(answer) + cut] + ("…" if cut == 60 else "")  # (at 110: mid-word, no ellipsis)
        folded = f"<div class='preview'><p>{shown}</p></div><div class='full-text'><p>{full}</p></div>"
        posts.append(post(f"user{i}", folded, MESSAGE))
    html = page(CHROME + "<div class='p-body'><h1>Tap drips</h1><div class='block-body'>" + "".join(posts)
                + "</div></div>" + FOOTER, title="Tap drips")
    article = cleanpage.clean(html)
    for i in range(3):
        assert article.text.count(f"Post {i}: {answer}") == 1
    assert article.text.count(answer.upper()) == 3


def test_two_paragraphs_of_the_same_words_are_no_preview() -> None:
    # a block that repeats the next one whole (not cut short) is no folded preview
    html = page(f"<main><h1>Tap drips</h1><div><p>{SENTENCE * 2}</p></div><div><p>{SENTENCE * 2}</p></div>"
                f"<p>{SENTENCE}</p></main>", title="Tap drips")
    assert cleanpage.clean(html).text.count(SENTENCE.strip()) >= 4


@pytest.mark.parametrize("words", [
    "Half of using this language well is knowing which of its many features to leave alone, and the "
    "other half is reading code written by people who never learnt the first half.",
    "Die halbe Kunst bei dieser Sprache ist zu wissen, welche ihrer vielen Funktionen man meiden sollte, "
    "und die andere Hälfte ist, Code von Leuten zu lesen, die das nie gelernt haben.",
])
def test_a_comment_that_a_reply_quotes_whole_before_its_own_words_is_no_preview(words: str) -> None:
    # in a thread, the replies right after a comment open with that whole comment, quoted: the
    # comment ends a sentence, so it is no preview cut short (the same words cut mid-word are)
    from cleanpage.content import _previews
    from cleanpage.parse import parse_html

    def thread(comment: str) -> str:
        return (f"<html><body><div id='thread'><div class='entry'><p>{comment}</p></div><div class='replies'>"
                f"<div class='entry'><blockquote>{words}</blockquote><p>Reply: {SENTENCE}</p></div></div>"
                "</div></body></html>")

    assert _previews(parse_html(thread(words)).find("body")) == []
    found = _previews(parse_html(thread(words[:-9])).find("body"))
    assert [el.get("class") for el in found] == ["entry"]


def shell(description: str, body: str = "") -> str:
    """A script-built thread page before its script runs: a splash, a hidden login form, and the
    opening post's words only in the description it ships for link previews."""
    return ("<html><head><title>Range of a board - Example Boards</title>"
            f"<meta name='description' content='{description}'>"
            f"<meta property='og:description' content='{description}'></head><body>"
            "<section id='splash'><div class='dots'></div><div class='dots'></div></section>"
            "<section id='main'></section>"
            "<form id='login' style='display: none;'><input name='user'><input type='submit' value='Log In'></form>"
            f"<noscript><p>Turn on JavaScript.</p></noscript>{body}</body></html>")


@pytest.mark.parametrize("description", [
    "So I wanted to know what range people really get from their boards. I rode twenty miles on Friday and "
    "ten more on Sunday without charging, and still had a fifth of the pack left when I got home.",
    "Ich wollte wissen, welche Reichweite ihr im Alltag wirklich schafft. Ich bin am Freitag dreißig "
    "Kilometer und am Sonntag noch zwanzig gefahren, ohne zu laden, und hatte am Ende noch ein Fünftel übrig.",
    "Quería saber qué autonomía consigue la gente de verdad con su tabla. El viernes hice treinta kilómetros "
    "y el domingo otros veinte sin cargar, y al llegar a casa todavía me quedaba una quinta parte.",
])
def test_a_script_built_shell_has_no_content_and_its_error_says_the_script_loads_it(description: str) -> None:
    # the page shows no post (its app loads them once it runs): no article, and the error says
    # why; the description it ships stays in the record, never the body (a teaser cut short)
    with pytest.raises(cleanpage.NoContentError, match="loaded by script") as caught:
        cleanpage.clean(shell(description))
    assert caught.value.found["description"] == description


@pytest.mark.parametrize("description, body", [
    ("The friendliest place on the web to talk about boards", ""),  # no sentence in the description
    ("So I wanted to know what range people really get from their boards. I rode twenty miles on Friday.",
     "<nav>" + "".join(f"<a href='/c{i}'>Category number {i} of the boards</a>" for i in range(12))
     + "</nav>"),  # the page shows its menus: a page of links, not a shell
])
def test_a_page_of_menus_or_a_shell_without_a_described_text_has_the_plain_error(description: str, body: str) -> None:
    with pytest.raises(cleanpage.NoContentError, match="no article content found"):
        cleanpage.clean(shell(description, body))
