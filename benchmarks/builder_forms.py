"""Probe: articles wrapped in page-builder and theme markup, counted wrong or right.

Each case is an invented page: one article (a headline, paragraphs, a subheading, a list and a
quotation) wrapped the way a page builder or a site builder nests it (sections, rows, columns,
widget containers, rich-text blocks), with the page's chrome built from the same builder's widgets
(recent posts, share buttons, a newsletter form, related posts, an author box) and sometimes a
wrapper whose class holds a word the removal rules read as chrome ("widget", "sidebar", "column",
"popup", "share", ...), or split into one module per paragraph, heading and list. A case is wrong when an article paragraph is lost, the output is empty, or
a piece of the chrome survives. Usage:

    PYTHONPATH=src python benchmarks/builder_forms.py [-v]
"""

from __future__ import annotations

import sys
from collections import Counter

import cleanpage
from probe_corpus import print_tally

PARAS = [
    "The old mill on the river bend has stood empty for eleven winters, its wheel locked in rust and its "
    "windows boarded against the weather that rolls down from the moor every autumn.",
    "Last spring a cooperative of nine families bought the building for a token sum, promising the parish "
    "council that the ground floor would open as a bakery before the end of the following year.",
    "Work began in the cellar, where the millstones still lay under a century of flour dust and the "
    "damp had crept halfway up the brick arches that hold the weight of the upper rooms.",
    "The families split the labour by season: joinery through the cold months, masonry once the frosts "
    "had passed, and the slow business of the wheel itself left for the long dry evenings.",
    "By midsummer the bakery oven was lit for the first time, and the queue for the trial loaves ran "
    "from the mill door across the footbridge and up the lane towards the chapel.",
    "Nobody yet knows whether the wheel will turn again, but the cooperative has asked a retired "
    "engineer from the valley to survey the sluice before the winter floods arrive.",
]
SUBHEAD = "Restoring the wheel by hand"
ITEMS = ["Oak paddles cut from a fallen tree", "A new sluice gate of riveted iron",
         "Bearings packed with tallow as the millers once did"]
QUOTE = ("We did not buy a mill, we bought eleven years of neglect and a promise to the village that "
         "bread would come out of it again.")
CHECK_TEXT = PARAS + [SUBHEAD] + ITEMS[:2] + [QUOTE[:60]]
TITLE = "Bread returns to the river mill"

CHROME = {
    "recent": "Latest from the journal: Harvest supper recipes",
    "share": "Share this on Pinboardly",
    "newsletter": "Sign up for our weekly letter and never miss a story",
    "related": "You might also enjoy: Ten walks along the canal",
    "author": "Marta Quillfeather writes about food and rural trades and lives above a cheese shop",
    "nav": "Shop our bakery gift boxes",
    "footer": "Copyright Millstone Journal. All rights reserved. Privacy policy",
    "excerpt": "The ferry crossing reopened after the storms, with a new timetable that suits the early traders",
    "bio": "Tobias Wrenfield has covered the upland villages for twenty years and keeps bees behind the newsroom",
    "about": "We are a small independent magazine about craft, food and the countryside, funded by our readers",
    "cta": "Download our free guide to restoring old buildings and learn the secrets of lime mortar today",
    "comment": "What a lovely story, my grandfather worked at a mill just like this one when he was a boy",
}


def body_html(p="p", wrap_p=None) -> str:
    """The article's own text as a rich-text block writes it."""
    ps = [f"<{p}>{t}</{p}>" for t in PARAS]
    parts = ps[:2] + [f"<h2>{SUBHEAD}</h2>"] + ps[2:4] + [
        "<ul>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ul>",
        f"<blockquote><p>{QUOTE}</p></blockquote>"] + ps[4:]
    if wrap_p:
        parts = [wrap_p.format(x) for x in parts]
    return "".join(parts)


def recent(cls="widget widget_recent_entries") -> str:
    return (f"<section class='{cls}'><h3>Recent posts</h3><ul>"
            f"<li><a href='/harvest'>{CHROME['recent']}</a></li><li><a href='/cider'>Cider season</a></li>"
            "<li><a href='/apples'>Old apple varieties</a></li></ul></section>")


def share(cls="share-buttons") -> str:
    return (f"<div class='{cls}'><span>{CHROME['share']}</span> <a href='#f'>Facebook</a> "
            "<a href='#t'>Twitter</a> <a href='#e'>Email</a></div>")


def newsletter(cls="newsletter-signup") -> str:
    return (f"<div class='{cls}'><h4>{CHROME['newsletter']}</h4><form action='/subscribe'>"
            "<input type='email' placeholder='Your email'><button>Subscribe</button></form></div>")


def related(cls="related-posts") -> str:
    return (f"<div class='{cls}'><h3>Related posts</h3><ul><li><a href='/canal'>{CHROME['related']}</a></li>"
            "<li><a href='/bridges'>Bridges of the valley</a></li></ul></div>")


def author(cls="author-box") -> str:
    return (f"<div class='{cls}'><img src='/a.jpg' alt=''><h4>About the author</h4>"
            f"<p>{CHROME['author']}.</p></div>")


def page(inner: str, head_nav=True) -> str:
    nav = (f"<header class='site-header'><nav><a href='/'>Home</a> <a href='/shop'>{CHROME['nav']}</a> "
           "<a href='/about'>About</a></nav></header>") if head_nav else ""
    return (f"<!doctype html><html lang='en'><head><title>{TITLE} | Millstone Journal</title></head>"
            f"<body>{nav}{inner}<footer class='site-footer'><p>{CHROME['footer']}</p></footer></body></html>")


def h1(cls="entry-title") -> str:
    return f"<h1 class='{cls}'>{TITLE}</h1>"


# ---------------------------------------------------------------------------- builders
def elementor(variant: int) -> str:
    def widget(kind, content):
        return (f"<div class='elementor-element elementor-widget elementor-widget-{kind}' data-widget_type='{kind}.default'>"
                f"<div class='elementor-widget-container'>{content}</div></div>")

    def col(size, content):
        return (f"<div class='elementor-column elementor-col-{size} elementor-element'>"
                f"<div class='elementor-widget-wrap elementor-element-populated'>{content}</div></div>")

    def section(content):
        return (f"<section class='elementor-section elementor-top-section elementor-element'>"
                f"<div class='elementor-container elementor-column-gap-default'>{content}</div></section>")

    post = widget("theme-post-title", h1("elementor-heading-title")) + widget("theme-post-content", body_html())
    if variant == 0:
        return page(f"<div data-elementor-type='single-post' class='elementor elementor-location-single'>"
                    f"{section(col(100, post))}</div>")
    side = widget("sidebar", recent()) + widget("form", newsletter("elementor-form"))
    tail = widget("share-buttons", share("elementor-share-buttons")) + widget("posts", related("elementor-posts-container"))
    if variant == 1:
        return page(f"<div data-elementor-type='single-post' class='elementor'>{section(col(66, post + tail) + col(33, side))}</div>")
    # text editor widget rather than post content, inside a popup-capable wrapper
    post = widget("heading", h1("elementor-heading-title")) + widget("text-editor", body_html())
    return page(f"<div class='elementor elementor-location-single post-type-post'>"
                f"{section(col(66, post + widget('author-box', author('elementor-author-box'))) + col(33, side))}</div>")


def divi(variant: int) -> str:
    def module(cls, content):
        return f"<div class='et_pb_module {cls}'><div class='et_pb_text_inner'>{content}</div></div>"

    def row(cols):
        return "<div class='et_pb_row'>" + "".join(
            f"<div class='et_pb_column et_pb_column_{w}'>{c}</div>" for w, c in cols) + "</div>"

    if variant == 0:
        inner = row([("4_4", module("et_pb_text et_pb_text_0", h1() + body_html()))])
        return page(f"<div id='et-main-area'><div id='main-content'><div class='et_builder_inner_content'>"
                    f"<div class='et_pb_section et_pb_section_0'>{inner}</div></div></div></div>")
    if variant == 1:
        main = (f"<div class='et_pb_module et_pb_post_title'><div class='et_pb_title_container'>{h1()}</div></div>"
                f"<div class='et_pb_module et_pb_post_content et_pb_post_content_0'>{body_html()}</div>"
                + module("et_pb_social_media_follow", share()))
        side = f"<div class='et_pb_module et_pb_widget_area et_pb_widget_area_right'>{recent()}{newsletter()}</div>"
        return page(f"<div id='main-content'><div class='et_pb_section'>{row([('2_3', main), ('1_3', side)])}</div>"
                    f"<div class='et_pb_section'>{row([('4_4', related('et_pb_module et_pb_blog_grid'))])}</div></div>")
    # several text modules one after another, a sidebar on the right
    mods = "".join(module(f"et_pb_text et_pb_text_{i}", f"<p>{t}</p>") for i, t in enumerate(PARAS[:3]))
    rest = module("et_pb_text", f"<h2>{SUBHEAD}</h2><ul>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ul>"
                  f"<blockquote><p>{QUOTE}</p></blockquote>" + "".join(f"<p>{t}</p>" for t in PARAS[3:]))
    return page(f"<div id='main-content'><article class='et_pb_post'><div class='entry-content'>"
                f"<div class='et_pb_section'>{row([('4_4', module('et_pb_text', h1()) + mods + rest)])}</div>"
                f"</div></article><div id='sidebar'>{recent('et_pb_widget widget_recent_entries')}"
                f"{newsletter('et_pb_widget widget_text')}</div></div>")


def wpbakery(variant: int) -> str:
    def text(content, extra=""):
        return (f"<div class='wpb_text_column wpb_content_element {extra}'><div class='wpb_wrapper'>{content}</div></div>")

    def col(w, content):
        return (f"<div class='wpb_column vc_column_container vc_col-sm-{w}'><div class='vc_column-inner'>"
                f"<div class='wpb_wrapper'>{content}</div></div></div>")

    if variant == 0:
        return page(f"<div class='entry-content'><div class='vc_row wpb_row vc_row-fluid'>"
                    f"{col(12, text(h1() + body_html()))}</div></div>")
    side = f"<div class='wpb_widgetised_column wpb_content_element'><div class='wpb_wrapper'>{recent()}{newsletter()}</div></div>"
    if variant == 1:
        return page(f"<div class='entry-content'><div class='vc_row wpb_row'>{col(8, text(h1() + body_html()) + share())}"
                    f"{col(4, side)}</div><div class='vc_row wpb_row'>{col(12, related())}</div></div>")
    # the article split over text blocks, in a row styled as a "sidebar-layout"
    blocks = text(h1()) + text(body_html()[: body_html().index("<h2>")]) + text(body_html()[body_html().index("<h2>"):])
    return page(f"<div class='wpb-content-wrapper'><div class='vc_row wpb_row vc_row-fluid sidebar-layout'>"
                f"{col(8, blocks + text(author(), 'author-info'))}{col(4, side)}</div></div>")


def beaver(variant: int) -> str:
    def module(kind, content):
        return (f"<div class='fl-module fl-module-{kind}'><div class='fl-module-content fl-node-content'>"
                f"{content}</div></div>")

    def row(cols):
        return ("<div class='fl-row fl-row-fixed-width'><div class='fl-row-content-wrap'><div class='fl-row-content'>"
                "<div class='fl-col-group'>" + "".join(
                    f"<div class='fl-col fl-col-small-{w}'><div class='fl-col-content'>{c}</div></div>"
                    for w, c in cols) + "</div></div></div></div>")

    rich = module("heading", h1("fl-heading")) + module("rich-text", f"<div class='fl-rich-text'>{body_html()}</div>")
    if variant == 0:
        return page(f"<div class='fl-builder-content'>{row([('full', rich)])}</div>")
    side = module("widget", recent()) + module("subscribe-form", newsletter("fl-subscribe-form"))
    if variant == 1:
        return page(f"<div class='fl-builder-content'>{row([('main', rich + module('social-buttons', share()))])}"
                    f"{row([('a', module('post-grid', related()))])}</div>"
                    f"<div class='fl-sidebar'>{side}</div>")
    return page(f"<div class='fl-builder-content fl-builder-content-primary'>"
                f"{row([('main', rich + module('html', author())), ('side', side)])}</div>")


def gutenberg(variant: int) -> str:
    blocks = body_html(wrap_p=None).replace("<p>", "<p class='wp-block-paragraph'>").replace(
        "<ul>", "<ul class='wp-block-list'>").replace("<blockquote>", "<blockquote class='wp-block-quote'>")
    if variant == 0:
        return page(f"<main class='wp-block-group'><div class='wp-block-group__inner-container'>"
                    f"{h1('wp-block-post-title')}<div class='entry-content wp-block-post-content'>{blocks}</div>"
                    f"</div></main>")
    if variant == 1:
        return page(f"<main class='wp-block-group'><div class='wp-block-columns'>"
                    f"<div class='wp-block-column' style='flex-basis:66%'>{h1('wp-block-post-title')}"
                    f"<div class='entry-content wp-block-post-content'>{blocks}</div>{share('wp-block-social-links')}</div>"
                    f"<div class='wp-block-column' style='flex-basis:33%'>{recent('wp-block-latest-posts')}"
                    f"{newsletter('wp-block-group is-style-newsletter')}</div></div>"
                    f"{related('wp-block-query related')}</main>")
    # content inside a column block inside a group whose class reads like a widget area
    return page(f"<div class='site-content'><article class='post type-post hentry'>{h1()}"
                f"<div class='entry-content'><div class='wp-block-group has-widget-spacing'>"
                f"<div class='wp-block-columns'><div class='wp-block-column'>{blocks}</div></div></div></div>"
                f"{author('wp-block-post-author')}</article><aside class='widget-area'>{recent()}</aside></div>")


def hubspot(variant: int) -> str:
    rich = (f"<span id='hs_cos_wrapper_post_body' class='hs_cos_wrapper hs_cos_wrapper_meta_field "
            f"hs_cos_wrapper_type_rich_text' data-hs-cos-general-type='meta_field'>{body_html()}</span>")
    if variant == 0:
        return page(f"<div class='body-container-wrapper'><div class='body-container'><div class='blog-post'>"
                    f"{h1('blog-post__title')}<div class='blog-post__body'>{rich}</div></div></div></div>")
    if variant == 1:
        return page(f"<div class='dnd-section'><div class='row-fluid'><div class='span8 widget-span widget-type-cell'>"
                    f"<div class='hs_cos_wrapper hs_cos_wrapper_widget'>{h1()}<div class='blog-post__body'>{rich}</div>"
                    f"{share('hs-blog-social-share')}</div></div><div class='span4 widget-span widget-type-cell blog-sidebar'>"
                    f"<div class='hs_cos_wrapper hs_cos_wrapper_widget'>{recent('hs-recent-posts')}"
                    f"{newsletter('hs_cos_wrapper_type_blog_subscribe')}</div></div></div></div>")
    return page(f"<div class='body-container--blog-post'><div class='row-fluid-wrapper'><div class='row-fluid'>"
                f"<div class='span12 widget-span widget-type-custom_widget' data-widget-type='custom_widget'>"
                f"<div id='hs_cos_wrapper_module_1' class='hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module'>"
                f"<article class='blog-post'>{h1()}<div class='blog-post__body'>{rich}</div></article>"
                f"{related('blog-related-posts')}</div></div></div></div></div>")


def squarespace(variant: int) -> str:
    def block(kind, content):
        return (f"<div class='sqs-block {kind}-block sqs-block-{kind}' data-block-type='2'>"
                f"<div class='sqs-block-content'>{content}</div></div>")

    html = block("html", f"<div class='sqs-html-content'>{body_html()}</div>")
    if variant == 0:
        return page(f"<main id='page'><article class='BlogItem'>{h1('entry-title')}"
                    f"<div class='sqs-layout sqs-grid-12 columns-12' data-type='item'><div class='row sqs-row'>"
                    f"<div class='col sqs-col-12 span-12'>{html}</div></div></div></article></main>")
    if variant == 1:
        return page(f"<main id='page'><article class='BlogItem'>{h1()}<div class='sqs-layout sqs-grid-12 columns-12'>"
                    f"<div class='row sqs-row'><div class='col sqs-col-12 span-12'>{html}"
                    f"{block('newsletter', newsletter('newsletter-form-wrapper'))}</div></div></div>"
                    f"{share('squarespace-social-buttons')}</article>{related('BlogItem-pagination related')}</main>")
    # several html blocks in a grid, a summary block of recent posts beside them
    parts = body_html().split("<h2>")
    return page(f"<main id='page'><div class='sqs-layout sqs-grid-12 columns-12'><div class='row sqs-row'>"
                f"<div class='col sqs-col-8 span-8'>{block('html', h1())}"
                f"{block('html', '<div class=sqs-html-content>' + parts[0] + '</div>')}"
                f"{block('html', '<div class=sqs-html-content><h2>' + parts[1] + '</div>')}</div>"
                f"<div class='col sqs-col-4 span-4'>{block('summary-v2', recent('summary-item-list'))}</div>"
                f"</div></div></main>")


def wix(variant: int) -> str:
    def rich(i, content):
        return (f"<div id='comp-k{i}x7q{i}' class='wixui-rich-text' data-testid='richTextElement'>{content}</div>")

    if variant == 0:
        paras = "".join(rich(i, f"<p class='font_8 wixui-rich-text__text'>{t}</p>") for i, t in enumerate(PARAS[:3]))
        rest = rich(9, f"<h2 class='font_2'>{SUBHEAD}</h2><ul>" + "".join(f"<li>{i}</li>" for i in ITEMS)
                    + f"</ul><blockquote><p>{QUOTE}</p></blockquote>" + "".join(f"<p>{t}</p>" for t in PARAS[3:]))
        return page(f"<main id='PAGES_CONTAINER'><div id='SITE_PAGES'><section id='comp-lsec1' class='wixui-section'>"
                    f"<div data-testid='columns'><div id='comp-col1' class='wixui-column-strip__column'>"
                    f"{rich(0, h1('font_0'))}{paras}{rest}</div></div></section></div></main>")
    # Wix blog: the post in a ricos viewer
    post = (f"<article data-hook='post'>{h1()}<div data-hook='post-description'><div class='post-content__body'>"
            f"<div data-id='rich-content-viewer'>{body_html()}</div></div></div>"
            f"{share('blog-post-share') if variant == 1 else ''}</article>")
    extra = related("post-list-pro-gallery related-posts") + newsletter("wixui-form") if variant == 1 else ""
    return page(f"<main id='PAGES_CONTAINER'><div id='SITE_PAGES'><div id='comp-blog1' data-testid='blog-post-page'>"
                f"{post}</div>{extra}</div></main>")


def webflow(variant: int) -> str:
    rich = f"<div class='w-richtext blog-rich-text'>{body_html()}</div>"
    if variant == 0:
        return page(f"<div class='section'><div class='w-container'>{h1('heading')}{rich}</div></div>")
    if variant == 1:
        return page(f"<div class='section'><div class='w-container'><div class='w-row'>"
                    f"<div class='w-col w-col-8'>{h1()}{rich}{share('social-share')}</div>"
                    f"<div class='w-col w-col-4 sidebar'>{recent('w-dyn-list recent-posts')}"
                    f"{newsletter('w-form')}</div></div></div></div>"
                    f"<div class='section'>{related('w-dyn-list related-grid')}</div>")
    return page(f"<div class='page-wrapper'><div class='blog-post-wrapper popup-trigger-area'><div class='w-container'>"
                f"{h1()}{rich}</div></div>{author('author-card')}</div>")


def ghost(variant: int) -> str:
    content = body_html().replace("<blockquote>", "<figure class='kg-card kg-embed-card'><blockquote>").replace(
        "</blockquote>", "</blockquote></figure>")
    if variant == 0:
        return page(f"<main id='site-main' class='site-main'><article class='article post'>"
                    f"<header class='article-header gh-canvas'>{h1('article-title')}</header>"
                    f"<section class='gh-content gh-canvas'>{content}</section></article></main>")
    if variant == 1:
        return page(f"<main class='site-main'><article class='article post'>{h1('article-title')}"
                    f"<section class='gh-content gh-canvas'>{content}</section>"
                    f"{newsletter('gh-post-upgrade-cta')}{share('gh-share')}</article>"
                    f"<aside class='read-more-wrap'>{related('read-more gh-canvas')}</aside></main>")
    return page(f"<main class='gh-main'><article class='gh-article post'>{h1('gh-article-title')}"
                f"<div class='gh-content gh-canvas'><div class='kg-card kg-html-card'>{body_html()}</div></div>"
                f"<footer class='gh-article-footer'>{author('gh-author-card')}</footer></article></main>")


def substack(variant: int) -> str:
    if variant == 0:
        return page(f"<div class='single-post'><article class='typography newsletter-post post'>"
                    f"<div class='post-header'>{h1('post-title')}</div><div class='available-content'>"
                    f"<div dir='auto' class='body markup'>{body_html()}</div></div></article></div>")
    if variant == 1:
        return page(f"<div class='single-post'><article class='newsletter-post post'>{h1('post-title')}"
                    f"<div class='available-content'><div class='body markup'>{body_html()}</div></div>"
                    f"{newsletter('subscription-widget-wrap')}{share('post-footer share')}</article>"
                    f"{related('post-recommendations')}</div>")
    # Medium-like: section > div > div with the text in many sibling paragraphs
    paras = "".join(f"<p class='pw-post-body-paragraph'>{t}</p>" for t in PARAS)
    return page(f"<article><div class='l'><section><div><div class='fr fs ft'><div class='ab ca'>"
                f"<h1 data-testid='storyTitle' class='pw-post-title'>{TITLE}</h1>{paras}"
                f"<h2>{SUBHEAD}</h2><ul>" + "".join(f"<li>{i}</li>" for i in ITEMS)
                + f"</ul><blockquote><p>{QUOTE}</p></blockquote></div></div></div></section></div></article>"
                + related("pw-more-from-author"))


def shopify(variant: int) -> str:
    if variant == 0:
        return page(f"<main id='MainContent'><article class='article-template'>"
                    f"<div class='article-template__title'>{h1('article-template__title')}</div>"
                    f"<div class='article-template__content page-width page-width--narrow rte'>{body_html()}</div>"
                    f"</article></main>")
    if variant == 1:
        return page(f"<main id='MainContent'><div class='shopify-section'><article class='article-template'>{h1()}"
                    f"<div class='article-template__content rte' itemprop='articleBody'>{body_html()}</div>"
                    f"{share('article-template__social-sharing share-button')}</article></div>"
                    f"<div class='shopify-section section-blog-posts'>{related('blog-articles related-articles')}</div>"
                    f"<div class='shopify-section newsletter'>{newsletter('newsletter__wrapper')}</div></main>")
    return page(f"<main id='MainContent'><div class='page-width'><div class='grid'>"
                f"<div class='grid__item medium-up--two-thirds'><article class='article'>{h1()}"
                f"<div class='rte'>{body_html()}</div></article></div>"
                f"<div class='grid__item medium-up--one-third blog-sidebar'>{recent('blog-sidebar__recent')}"
                f"</div></div></div></main>")


def drupal(variant: int) -> str:
    body = (f"<div class='clearfix text-formatted field field--name-body field--type-text-with-summary "
            f"field--label-hidden field__item'>{body_html()}</div>")
    if variant == 0:
        return page(f"<main role='main'><div class='region region-content'><article role='article' class='node node--type-article "
                    f"node--view-mode-full'><h1 class='page-title'><span class='field field--name-title'>{TITLE}</span></h1>"
                    f"<div class='node__content'>{body}</div></article></div></main>")
    if variant == 1:
        return page(f"<main role='main'><div class='layout-content'><article class='node node--type-article'>"
                    f"<div class='layout layout--twocol-section layout--twocol-section--67-33'>"
                    f"<div class='layout__region layout__region--first'><div class='block block-layout-builder "
                    f"block-field-blocknodearticletitle'>{h1()}</div><div class='block block-layout-builder "
                    f"block-field-blocknodearticlebody'>{body}</div></div>"
                    f"<div class='layout__region layout__region--second'><div class='block block-views "
                    f"block-views-blockrecent-content-block-1'>{recent('view-content')}</div>"
                    f"<div class='block block-simplenews'>{newsletter('simplenews-subscriber-form')}</div></div>"
                    f"</div></article></div><aside class='layout-sidebar-second'>{related('block-related')}</aside></main>")
    return page(f"<main><div class='layout-builder__section'><div class='layout-builder__region js-layout-builder-region'>"
                f"<div class='block block-layout-builder block-inline-blockbasic'>{h1()}"
                f"<div class='field field--name-body'>{body_html()}</div></div>"
                f"<div class='block block-layout-builder block-field-blocknodearticlefield-share'>{share()}</div>"
                f"</div></div></main>")


def joomla(variant: int) -> str:
    if variant == 0:
        return page(f"<main id='content'><div class='item-page' itemscope itemtype='https://schema.org/Article'>"
                    f"<div class='page-header'><h2 itemprop='headline'>{TITLE}</h2></div>"
                    f"<div itemprop='articleBody' class='com-content-article__body'>{body_html()}</div></div></main>")
    return page(f"<div class='container'><div class='row'><main id='content' class='span9 col-md-9'>"
                f"<div class='item-page'><h1 itemprop='headline'>{TITLE}</h1>"
                f"<div itemprop='articleBody'>{body_html()}</div>{share('sharing-buttons')}</div></main>"
                f"<div id='aside' class='span3 col-md-3'><div class='moduletable'>{recent('latestnews mod-list')}</div>"
                f"<div class='moduletable'>{newsletter('acymailing_module')}</div></div></div></div>")


def bootstrap(variant: int) -> str:
    side = (f"<div class='col-md-4 sidebar'>{recent('card widget')}{newsletter('card widget')}"
            f"{related('card widget popular')}</div>")
    if variant == 0:
        return page(f"<div class='container'><div class='row'><div class='col-md-8'>{h1()}"
                    f"<div class='post-body'>{body_html()}</div></div>{side}</div></div>")
    if variant == 1:
        return page(f"<div class='container'><div class='row'><div class='col-lg-8 col-md-8 col-sm-12 main-column'>"
                    f"<div class='card'><div class='card-body'>{h1('card-title')}{body_html()}</div></div>"
                    f"{author('card author-card')}</div>{side}</div></div>")
    return page(f"<div class='container'><div class='row'>{side}<div class='col-md-8 content-column'>"
                f"<article>{h1()}{body_html()}{share('share-box')}</article></div></div></div>")


# ---------------------------------------------------------------------------- chrome words around the article
def wrapped(word: str) -> str:
    """The article inside a builder wrapper whose class holds a word the removal rules read as chrome."""
    return page(f"<div class='site-main'><div class='{word}-wrapper builder-{word}-block'><div class='{word}-inner'>"
                f"{h1()}<div class='post-text'>{body_html()}</div></div></div>"
                f"<aside class='sidebar widget-area'>{recent()}{newsletter('widget widget_newsletter')}</aside></div>")


WRAP_WORDS = ["widget", "sidebar", "column", "gallery", "lightbox", "popup", "modal", "share", "related",
              "comment", "promo"]


def wrapped_builder(word: str) -> str:
    """The same words as a builder's module class on the content module."""
    return page(f"<div class='elementor'><section class='elementor-section'><div class='elementor-container'>"
                f"<div class='elementor-column elementor-col-100'><div class='elementor-widget-wrap'>"
                f"<div class='elementor-widget elementor-widget-{word}-content has-{word}'>"
                f"<div class='elementor-widget-container'>{h1()}{body_html()}</div></div>"
                f"<div class='elementor-widget elementor-widget-share-buttons'>{share()}</div>"
                f"</div></div></div></section></div>")


# ---------------------------------------------------------------------------- an article split into modules
def _piece(kind: str, text: str | None) -> str:
    if kind == "p":
        return f"<p>{text}</p>"
    if kind == "h2":
        return f"<h2>{text}</h2>"
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{i}</li>" for i in ITEMS) + "</ul>"
    return f"<blockquote><p>{QUOTE}</p></blockquote>"


PIECES = [("p", PARAS[0]), ("p", PARAS[1]), ("h2", SUBHEAD), ("p", PARAS[2]), ("p", PARAS[3]), ("ul", None),
          ("q", None), ("p", PARAS[4]), ("p", PARAS[5])]
ELEMENTOR_KINDS = {"p": "text-editor", "h2": "heading", "ul": "icon-list", "q": "blockquote"}
SPLIT = {
    # each piece of the article its own module, an image module after each paragraph, a sidebar column
    "elementor": (lambda k, c: f"<div class='elementor-element elementor-widget elementor-widget-{ELEMENTOR_KINDS[k]}'>"
                               f"<div class='elementor-widget-container'>{c}</div></div>",
                  "<div class='elementor-element elementor-widget elementor-widget-image'>"
                  "<div class='elementor-widget-container'><img src='/a.jpg' alt=''></div></div>",
                  lambda c: "<div class='elementor'><section class='elementor-section'><div class='elementor-container'>"
                            f"<div class='elementor-column elementor-col-66'><div class='elementor-widget-wrap'>{c}</div></div>"
                            "<div class='elementor-column elementor-col-33'><div class='elementor-widget-wrap'>"
                            f"<div class='elementor-widget elementor-widget-sidebar'>{recent()}</div></div></div>"
                            "</div></section></div>"),
    "divi": (lambda k, c: f"<div class='et_pb_module et_pb_{'heading' if k == 'h2' else 'text'} et_pb_text_3'>"
                          f"<div class='et_pb_text_inner'>{c}</div></div>",
             "<div class='et_pb_module et_pb_image'><span class='et_pb_image_wrap'><img src='/a.jpg' alt=''></span></div>",
             lambda c: f"<div class='et_pb_section'><div class='et_pb_row'><div class='et_pb_column et_pb_column_2_3'>{c}"
                       "</div><div class='et_pb_column et_pb_column_1_3'><div class='et_pb_module et_pb_widget_area'>"
                       f"{recent()}</div></div></div></div>"),
    "wpbakery": (lambda k, c: f"<h2 class='vc_custom_heading'>{SUBHEAD}</h2>" if k == "h2" else
                 f"<div class='wpb_text_column wpb_content_element'><div class='wpb_wrapper'>{c}</div></div>",
                 "<div class='wpb_single_image wpb_content_element'><figure class='wpb_wrapper vc_figure'>"
                 "<img src='/a.jpg' alt=''></figure></div>",
                 lambda c: "<div class='vc_row wpb_row'><div class='wpb_column vc_col-sm-8'><div class='vc_column-inner'>"
                           f"<div class='wpb_wrapper'>{c}</div></div></div><div class='wpb_column vc_col-sm-4'>"
                           "<div class='vc_column-inner'><div class='wpb_wrapper'><div class='wpb_widgetised_column'>"
                           f"{recent()}</div></div></div></div></div>"),
    "beaver": (lambda k, c: f"<div class='fl-module fl-module-{'heading' if k == 'h2' else 'rich-text'}'>"
                            f"<div class='fl-module-content'>{c}</div></div>",
               "<div class='fl-module fl-module-photo'><div class='fl-module-content'><img src='/a.jpg' alt=''></div></div>",
               lambda c: "<div class='fl-builder-content'><div class='fl-row'><div class='fl-col-group'><div class='fl-col'>"
                         f"<div class='fl-col-content'>{c}</div></div><div class='fl-col fl-col-small'><div class='fl-col-content'>"
                         f"<div class='fl-module fl-module-widget'>{recent()}</div></div></div></div></div></div>"),
    "wix": (lambda k, c: f"<div id='comp-k3x{k}' class='wixui-rich-text' data-testid='richTextElement'>{c}</div>",
            "<div id='comp-img' data-testid='imageX'><img src='/a.jpg' alt=''></div>",
            lambda c: "<main id='PAGES_CONTAINER'><section class='wixui-section'><div data-testid='columns'>"
                      f"<div class='wixui-column-strip__column'>{c}</div></div></section></main>"),
    # each module in a row wrapper of its own, the rows numbered
    "hubspot": (lambda k, c: "<div class='row-fluid-wrapper'><div class='row-fluid'><div class='span12 widget-span "
                             f"widget-type-{'header' if k == 'h2' else 'rich_text'}'><div class='hs_cos_wrapper "
                             f"hs_cos_wrapper_widget'>{c}</div></div></div></div>",
                "<div class='row-fluid-wrapper'><div class='row-fluid'><div class='span12 widget-span "
                "widget-type-linked_image'><img src='/a.jpg' alt=''></div></div></div>",
                lambda c: f"<div class='body-container'><div class='span8 widget-span widget-type-cell'>{c}</div>"
                          "<div class='span4 widget-span widget-type-cell'><div class='widget-span widget-type-post_listing'>"
                          f"{recent()}</div></div></div>"),
    "squarespace": (lambda k, c: "<div class='sqs-block html-block sqs-block-html'><div class='sqs-block-content'>"
                                 f"<div class='sqs-html-content'>{c}</div></div></div>",
                    "<div class='sqs-block image-block sqs-block-image'><div class='sqs-block-content'>"
                    "<img src='/a.jpg' alt=''></div></div>",
                    lambda c: "<div class='sqs-layout'><div class='row sqs-row'><div class='col sqs-col-8 span-8'>"
                              f"{c}</div><div class='col sqs-col-4 span-4'><div class='sqs-block summary-v2-block'>"
                              f"{recent()}</div></div></div></div>"),
}


def split(name: str) -> str:
    module, image, outer = SPLIT[name]
    pieces = "".join(module(k, _piece(k, t)) + (image if k == "p" else "") for k, t in PIECES)
    return page(outer(f"<h1>{TITLE}</h1>{pieces}"))


# ---------------------------------------------------------------------------- chrome that is sentences
def _ew(kind: str, content: str) -> str:
    return (f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
            f"<div class='elementor-widget-container'>{content}</div></div>")


def _esection(content: str, side: str = "") -> str:
    side_col = (f"<div class='elementor-column elementor-col-33'><div class='elementor-widget-wrap'>{side}</div></div>"
                if side else "")
    return (f"<div class='elementor'><section class='elementor-section'><div class='elementor-container'>"
            f"<div class='elementor-column elementor-col-{66 if side else 100}'><div class='elementor-widget-wrap'>"
            f"{content}</div></div>{side_col}</div></section></div>")


def prose_chrome(variant: int) -> str:
    """Chrome with a paragraph of sentences in it: post excerpts, an author's bio, an about box,
    a call to action, comments."""
    post = _ew("theme-post-title", h1()) + _ew("theme-post-content", body_html())
    posts = "".join(f"<article class='elementor-post'><h3 class='elementor-post__title'><a href='/r{i}'>Story {i} of "
                    f"the valley</a></h3><div class='elementor-post__excerpt'><p>{CHROME['excerpt']} number {i}.</p>"
                    f"</div><a class='elementor-post__read-more' href='/r{i}'>Read more</a></article>" for i in range(3))
    bio = (f"<div class='elementor-author-box'><div class='elementor-author-box__text'><h4 class='elementor-author-box"
           f"__name'>Tobias Wrenfield</h4><div class='elementor-author-box__bio'><p>{CHROME['bio']}.</p></div></div></div>")
    about = f"<div class='elementor-text-editor'><h4>About us</h4><p>{CHROME['about']}.</p></div>"
    cta = (f"<div class='elementor-cta'><h3>Free guide</h3><p>{CHROME['cta']}.</p>"
           "<a class='elementor-button' href='/guide'>Download</a></div>")
    comments = (f"<div id='comments' class='comments-area'><h3>2 comments</h3><ol class='comment-list'><li class='comment'>"
                f"<div class='comment-body'><p>{CHROME['comment']}.</p></div></li></ol></div>")
    if variant == 0:
        return page(_esection(post + _ew("heading", "<h2>More stories</h2>") + _ew("posts", posts)))
    if variant == 1:
        return page(_esection(post + _ew("author-box", bio)))
    if variant == 2:
        return page(_esection(post, _ew("text-editor", about) + _ew("sidebar", recent())))
    if variant == 3:
        return page(_esection(post + _ew("call-to-action", cta)))
    if variant == 4:
        return page(_esection(post + _ew("post-comments", comments)))
    if variant == 5:  # a block editor's latest posts with their excerpts, under the post
        return page("<main class='wp-block-group'>" + h1() + "<div class='entry-content'>" + body_html()
                    + "</div><ul class='wp-block-latest-posts__list has-excerpts wp-block-latest-posts'>"
                    + "".join(f"<li><a class='wp-block-latest-posts__post-title' href='/x{i}'>Story {i}</a><div "
                              f"class='wp-block-latest-posts__post-excerpt'>{CHROME['excerpt']} number {i}.</div></li>"
                              for i in range(3)) + "</ul></main>")
    if variant == 6:
        return page("<div id='main-content'><div class='container'><div id='content-area'><div id='left-area'>"
                    f"<article class='et_pb_post'>{h1()}<div class='entry-content'>{body_html()}</div></article></div>"
                    "<div id='sidebar'><div class='et_pb_widget widget_text'><h4 class='widgettitle'>About</h4>"
                    f"<div class='textwidget'><p>{CHROME['about']}.</p></div></div>"
                    f"{recent('et_pb_widget widget_recent_entries')}</div></div></div></div>")
    if variant == 7:
        return page(f"<div class='blog-post'>{h1()}<div class='blog-post__body'><span class='hs_cos_wrapper "
                    f"hs_cos_wrapper_meta_field'>{body_html()}</span></div><div class='hs-cta-wrapper'>"
                    f"<span class='hs-cta-node'>{cta}</span></div></div>")
    # a page-builder column beside the article holding an about text block, no chrome word on it
    return page("<div class='vc_row wpb_row'><div class='wpb_column vc_col-sm-8'><div class='wpb_wrapper'>"
                f"<div class='wpb_text_column'><div class='wpb_wrapper'>{h1()}{body_html()}</div></div></div></div>"
                "<div class='wpb_column vc_col-sm-4'><div class='wpb_wrapper'><div class='wpb_text_column'>"
                f"<div class='wpb_wrapper'>{about}</div></div>{recent()}</div></div></div>")


# ---------------------------------------------------------------------------- a short article
def short(word: str) -> str:
    """A two-paragraph article (a caption's length) in a builder wrapper named with a chrome word."""
    return page(f"<div class='{word}-wrapper'><div class='{word}-inner'>{h1()}<p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
                f"</div></div><aside class='sidebar'>{recent()}</aside>")


def overlay(variant: int) -> str:
    """The post opened in a dialog over the page it came from, a sign-up dialog beside it."""
    signup = f"<div role='dialog' class='signup-popup'>{newsletter()}</div>"
    post = f"{h1()}<div class='post-body'>{body_html()}</div>"
    if variant == 0:
        return page(f"<div role='dialog' class='post-overlay'>{post}</div>{signup}")
    return page(f"<dialog open class='post-lightbox'>{post}</dialog>{signup}")


BUILDERS = [("elementor", elementor, 3), ("divi", divi, 3), ("wpbakery", wpbakery, 3), ("beaver", beaver, 3),
            ("gutenberg", gutenberg, 3), ("hubspot", hubspot, 3), ("squarespace", squarespace, 3),
            ("wix", wix, 3), ("webflow", webflow, 3), ("ghost", ghost, 3), ("substack", substack, 3),
            ("shopify", shopify, 3), ("drupal", drupal, 3), ("joomla", joomla, 2), ("bootstrap", bootstrap, 3)]


def cases():
    for name, make, n in BUILDERS:
        for v in range(n):
            yield name, f"{name}-{v}", make(v)
    for name in SPLIT:
        yield "split-modules", f"split-{name}", split(name)
    for v in range(9):
        yield "prose-chrome", f"prose-chrome-{v}", prose_chrome(v)
    for v in range(2):
        yield "dialog", f"dialog-{v}", overlay(v)
    for word in WRAP_WORDS:
        yield "short-article", f"short-{word}", short(word)
    for word in WRAP_WORDS:
        yield "chrome-word", f"wrap-{word}", wrapped(word)
        yield "chrome-word-module", f"module-{word}", wrapped_builder(word)


def judge(html: str) -> list[str]:
    """What is wrong with the output: lost article pieces, an empty output, surviving chrome."""
    try:
        text = " ".join(cleanpage.clean(html).markdown.split())
    except cleanpage.NoContentError:
        text = ""
    if not text.strip():
        return ["empty"]
    faults = [f"lost {t[:40]!r}" for t in CHECK_TEXT if t in html and " ".join(t.split()) not in text]
    faults += [f"kept {k}" for k, t in CHROME.items() if t in html and t in text]
    return faults


def run(verbose: bool = False) -> int:
    wrong: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for form, name, html in cases():
        total[form] += 1
        faults = judge(html)
        if faults:
            wrong[form] += 1
            print(f"WRONG {name}: " + ("; ".join(faults) if verbose else ", ".join(faults[:3])))
    return print_tally(wrong, total, width=20)


if __name__ == "__main__":
    run("-v" in sys.argv)
