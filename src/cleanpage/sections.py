"""The quotations, kept as first-class data (the funding statement is `funding.py`).

`find_quotes` reads the cleaned body and leaves it untouched; quotes are listed in
reading order, with their speakers (`speakers.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice, pairwise

from lxml import etree

from .metadata.date import MONTH_NUMBERS
from .model import Quote
from .occurrences import Occurrences
from .patterns import lazy
from .rules import (
    FORUM_POST_WORDS,
    POST_HEADER_CHARS,
    POST_HEADER_RE,
    POSTER_LINE_VERB_RE,
    QUOTE_CAPTION_AFTER_TAGS,
    QUOTE_CAPTION_CLASS_WORDS,
    RELATED_INTRO_RE,
)
from .speaker_names import PageNames
from .speakers import (
    AS_NAMING_VERBS,
    CONTINUATION_GAP,
    GENERIC_OFFICIALS,
    INDEFINITE_ARTICLES,
    JA_SAID_AFTER_RE,
    JA_SAID_LATER_RE,
    MAX_NAME_WORDS,
    NAMING_VERBS,
    NOT_NAMES,
    OBJECT_PRONOUNS,
    ORG_WORDS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    PROSE_ENDS,
    QUOTED_RE,
    SELF_BEING_WORDS,
    SELF_NAMING_WORDS,
    SENTENCE_BREAK_RE,
    SENTENCE_END_RE,
    SENTENCE_WINDOW,
    SPOKESPERSON_WORDS,
    STAND_IN_BODY_WORDS,
    SURNAME_PARTICLES,
    THAT_WORDS,
    TITLES,
    UPPER,
    DroppedSubject,
    HandleName,
    LastPerson,
    NameIndex,
    PosterName,
    RoleWord,
    Spoken,
    _cjk_credit,
    _first_line,
    _is_role_noun,
    _names_in,
    _person_word,
    according_before,
    asked_apposed,
    asked_before,
    asked_in_case,
    bare_role_word,
    body_by_name,
    body_head_stands_for,
    body_named_before,
    body_word_stands_for,
    boxed_name_after,
    cjk_count,
    complement_speaker,
    credited_name,
    dash_signature,
    definite_role_noun,
    document_incise_noun,
    document_lead_speaker,
    document_speaker,
    dropped_subject,
    first_name_subject_in,
    first_person,
    first_person_incise,
    given_words_speaker,
    impersonal_document_speaker,
    incise_pronoun,
    incise_speaker,
    institution_goes_on,
    kind_noun_stands_for,
    known_name,
    late_incise_speaker,
    lead_in_speaker,
    lead_pronoun,
    led_in_speaker,
    name_line_after,
    name_line_before,
    named_after_incise,
    named_in_next_sentence,
    named_next,
    office_holder_before,
    one_word_body,
    ordinal_subject,
    owned_document_speaker,
    page_role_holder,
    placeholder_name,
    plural_incise,
    postposed_according,
    pronoun_institution_speaker,
    reply_incise,
    reported_next,
    reported_prose_speaker,
    reported_speaker,
    reviewer_line,
    role_holder,
    said_by_i,
    same_voice,
    says,
    self_introduced,
    sentence_speaker,
    signature_after,
    signed_document_author,
    signing_name,
    sole_role_holder,
    speaker_after,
    speaker_before,
    speaker_nearby,
    speaker_of,
    speaks_of_before,
    spoken_for,
    spokesperson_subject,
    subject_before,
    subject_clause_speaker,
    that_clause_speaker,
    title_surname,
    tokens,
    trailing_attribution,
    uncased_credit,
    unnamed_incise,
    unnamed_newcomer,
    unnamed_speaker,
    unnamed_spokesperson_body,
    voiceless_colon_lead,
    withheld_name,
)
from .tree import INLINE_TAGS, holding_line_breaks, lined_text

# Quoted speech: an opening mark, at least QUOTE_MIN_WORDS words, the closing mark.
QUOTE_PAIRS = (("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("„", "”"), ("‚", "‘"), ("「", "」"), ("『", "』"),
               ("»", "«"), ("‹", "›"))  # ‹…›: Swiss French and German
QUOTE_MIN_MARKED_CHARS = 2  # curly, angle and corner marks hold “No!” and 「はい」 (a straight mark: 10)
QUOTE_MIN_BARE_CHARS = 10  # fewer are speech only when cried out or given as an answer (_exclaimed)
QUOTE_MIN_WORDS = 5  # shorter quoted phrases are titles and scare quotes (“member of the public”)...
QUOTE_MIN_ATTRIBUTED_WORDS = 3  # ...unless a speaker says them: “The light was automated,” she said
QUOTE_MIN_CJK_CHARS = 8  # Chinese and Japanese write no spaces: count characters
# Thai, Lao, Khmer and Burmese write no space between words either, only between phrases, and
# spell a word in several letters: this many letters make a quotation long enough
UNSPACED_SCRIPT_RE = lazy(r"[\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]")
QUOTE_MIN_UNSPACED_CHARS = 20
QUOTE_CHARS = "“”\"«»„‚‘’「」『』‹› "
QUOTE_MARK_RE = lazy("[" + re.escape("".join(sorted({o for o, _ in QUOTE_PAIRS} | {"‘", "”"}))) + "]")  # "”": Swedish opens with it
# A straight quote mark opens a quotation only after a space or an opening bracket and
# before a letter, and closes it only after a non-space and before a space or punctuation:
# so the closing mark of one quotation never pairs with the opening mark of the next (Arabic's comma,
# semicolon and question mark are punctuation too: "…"، قالت سارة; Korean's quoting particle closes it: "…"고 말했다).
STRAIGHT_QUOTE = r'(?:(?<=^)|(?<=[\s(\[{—–\-]))"(?=[^\s"])([^"]{10,2000}?)(?<=\S)"(?=[\s.,;:!?)\]}—–\-،؛؟]|(?:이?라)?고\s|$)'
# Swedish and Finnish open and close with the same right mark (”…”): it opens, as a straight mark
# does, only after a space and before a word, and closes only before a space or punctuation.
SAME_RIGHT_QUOTE = r'(?:(?<=^)|(?<=[\s(\[{—–\-]))”(?=[^\W\d_])([^”“]{2,2000}?)(?<=\S)”(?=[\s.,;:!?)\]}—–\-]|$)'
# British news sets speech in straight single marks ('We are ready,' he said): the mark opens after no
# word and before a capital, and closes only after the words' own comma or sentence mark, before a space,
# so that apostrophes (don't, the '90s, farmers' market) neither open nor close one; and a verb of saying
# must follow (_inline_quotes), as a plain text's 'Done.' or a code sample's 'Hello, world!' has none.
STRAIGHT_SINGLE_QUOTE = r"(?<![\w'’])'(?=[A-Z])((?:[^'\n]|'(?=\w)){10,2000}?[,.!?])'(?=\s|$)"
STRAIGHT_SINGLE_RE = lazy(STRAIGHT_SINGLE_QUOTE)
INLINE_QUOTE_RE = lazy(
    "|".join(f"{re.escape(o)}([^{re.escape(o)}{re.escape(c)}]{{{QUOTE_MIN_MARKED_CHARS},2000}}?){re.escape(c)}"
             if o != '"'
             else STRAIGHT_QUOTE for o, c in QUOTE_PAIRS)
    # ‘single curly quotes’ (Dutch, British): an apostrophe inside a word does not close them, nor
    # does one set as an opening mark open them where it stands for letters left out ("the ‘90s",
    # "rock ‘n’ roll", "‘til dawn", "‘em")
    + r"|(?<!\w)‘(?!\d\d(?:s|ers?)\b|(?:n|em|til|tis|twas|cause|bout|round)\b)((?:[^‘’]|’(?=\w)){10,2000}?)’(?!\w)"
    + "|" + SAME_RIGHT_QUOTE
    + "|" + STRAIGHT_SINGLE_QUOTE
)
PULL_QUOTE_CLASS_RE = lazy(r"pull-?quote|pullquote|quote--pull|blockquote--pull")
# Class words by which the markup itself calls a block a quotation or an embedded post (the
# block's or its parent's): such a block needs no lead-in to be one.
DECLARED_QUOTE_CLASS_RE = lazy(r"quote|testimonial|tweet|instagram|tiktok|bluesky|mastodon|embed")


def find_quotes(body: etree._Element, author: str | None = None, title: str | None = None,
                text: str | None = None, signers: dict | None = None) -> list[Quote]:
    """Block quotes, pull quotes and quoted speech, verbatim, in reading order. `author`: the
    byline, who speaks where the page says "I" ("I then ask the model, “…”"); `title`: the
    headline, which may give in full a name the text shortens ("Van Der Berg" for "Piet Van Der Berg");
    `text`: the body as plain text, blocks apart (body_to_text), where names are looked up: a
    heading's last word and the next paragraph's first do not make one name ("Lee" over "Ann Lee
    said" is no "Lee Ann Lee"). Without it, the body's words run on across blocks."""
    narrator = author if author and not MORE_THAN_ONE_AUTHOR_RE.search(author) else None
    quotes: list[Quote] = []
    body_text = _text(body)
    page_text = f"{title or ''}\n{text or body_text}"  # `text` is each block's own below
    repeats = _Repeats(body_text)
    lead_ins = _LeadIns(body)
    own_words = _OwnWords(body, body_text, repeats)
    names = NameIndex(text or body_text, title or "")
    read = LastPerson(names)  # paragraphs so far: who "she" is
    dialogue = _Dialogue(names, read)  # the turns of a conversation set one paragraph each
    said_before = _SaidBefore()  # the words quoted so far, and who said them
    section = _SectionPerson(body, names)  # the person the last heading names alone, whose section it is
    myths = _MythSection()  # under a heading of myths: the beliefs a page debunks, in quote marks
    has_marks = QUOTE_MARK_RE.search(body_text) is not None or any(f"{d} " in body_text for d in DIALOGUE_DASHES) \
        or CLOSED_DASH_RE.search(body_text) is not None or STRAIGHT_SINGLE_RE.search(body_text) is not None
    voice = None  # who spoke the quote that ended the paragraph before, naming no one after it
    block = None  # the last block quote's element and quote
    dash_voice = None  # the last dash paragraph's element and speaker ("– …, säger Karin Sjöberg.")
    open_quote = _OpenQuotation()  # a quotation of several paragraphs, each opening with a mark
    blocks: set[str] = set()  # the block and pull quotes' texts
    shared = _share_boxes(body, narrator)  # "Click to tweet" boxes, by the block that holds them
    broken = holding_line_breaks(body)  # the elements with a <br> inside, whose lines lined_text keeps apart
    interviewee = _Interviewee(text or body_text)  # who answers an interview's "A:" turns
    split: set[etree._Element] = set()  # <div>s whose words between their blocks are read as blocks of their own
    for el in _reading_order(body, split):
        if el in shared:
            quotes.extend(shared[el])
        if el.tag in QUOTED_HEADING_TAGS:
            section.heading(el)
            myths.heading(el)
        if el.tag in ("blockquote", "aside", "figure", "div"):
            quote = _block_quote(el, repeats, names, read, lead_ins, own_words, signers)
            if quote is not None:
                quote = _block_goes_on(el, quote, block)
                quote, spoken = _block_as_speech(quote, names, read, voice)
                if quote.text not in blocks:  # the same box set twice (top and bottom) is one quote
                    quotes.append(quote)
                    blocks.add(quote.text)
                if quote.speaker:
                    read.spoke(quote.speaker)
                voice, block = spoken, (el, quote)
                continue
            if el.tag != "div":
                continue
        answer = _interview_answer(el, names, body_text, interviewee) if el.tag == "p" else None
        if answer is not None:
            quotes.append(answer)  # "<b>Ann Lee:</b> We started …" after "<b>Courier:</b> Why …?": her answer
            read.spoke(answer.speaker)
            continue
        signed = _signed_paragraph(el, names) if el.tag == "p" else None
        if signed is not None and not _inside(el, "blockquote"):
            quotes.append(signed)  # "… – <em>Ann Lee, harbour master</em>": a contributor's words, signed
            read.spoke(signed.speaker)
            continue
        if not has_marks and el.tag == "p" and not _inside(el, "blockquote"):
            read.read(" ".join(el.text_content().split()))  # who a block quote's "she wrote:" stands for
        heading = el.tag in QUOTED_HEADING_TAGS or _styled_heading(el)
        if heading and el.tag in QUOTED_HEADING_TAGS:
            read.interviewee = _interview_heading_name(_text(el), names)  # "Interview with Ann Lee": who answers
        if heading and (quoted := _quoting_heading_name(_text(el), names)):
            read.read(quoted)  # "Ann Lee: “…”" over her section: "the 36-year-old" below is her
            if (words := _heading_words(_text(el))) is not None and body_text.count(words[1:-1].strip()) < 2:
                # (words the text below quotes again are listed there, once)
                quotes.append(Quote(text=words, speaker=names.full(quoted) or quoted, kind="inline"))
                read.spoke(names.full(quoted) or quoted)
        if not has_marks or _inside(el, "blockquote") or (heading and not _all_quoted(el)):
            continue
        # a <div> speaks for itself only with its own text (CMSs that write no <p>), and so does
        # an <li> of paragraphs or of a nested list: its <p> and <li> are read on their own
        raw = _own_words(el, LINE_BREAK, before_blocks=el in split) \
            if el.tag == "div" or (el.tag == "li" and _holds_read_blocks(el)) \
            else lined_text(el, LINE_BREAK) if el in broken else el.text_content()
        paragraphs = [" ".join(part.replace(LINE_BREAK, " ").split()) for part in BLANK_LINE_RE.split(raw)] \
            if LINE_BREAK in raw else [" ".join(raw.split())]
        paragraphs = [part for part in paragraphs if part] or [""]
        if not paragraphs[0]:
            continue  # a wrapper with no words of its own (a CMS's block <div>): the voice goes on past it
        if len(paragraphs) > 1:  # "…”<br><br>Ann Lee said …": paragraphs a blank line parts, each read alone
            found, voice = _broken_paragraphs(paragraphs, names, read, dialogue, _Titles(el), voice, narrator,
                                              own_words, (said_before, section, myths))
            quotes.extend(_line_signed(el, found, names) if any(q.speaker is None for q in found) else found)
            continue
        text = paragraphs[0]
        if text[:1] in DIALOGUE_DASHES:
            dashed = _dash_quotes(text, names, read) or _dash_goes_on(text, dash_voice[1] if dash_voice
                                                                       and el.getprevious() is dash_voice[0] else None)
            quotes.extend(dashed)
            dash_voice = (el, dashed[-1].speaker) if dashed else None
        carried = open_quote.goes_on(el)
        if carried and voice is None and _reopened_incise(text):
            text = "«" + text[1:]  # »…», recuerda el doctor.: read with its incise, which names the whole quotation's speaker
        elif carried and (reopened := _reopened(text, voice)) is not None:
            quotes.append(reopened)  # »El segundo invierno …: Spanish and French reopen each paragraph with »
            open_quote.read(el, quotes, len(quotes) - 1, carried, text.rfind("»") == 0)
            continue
        # a heading breaks the voice: the paragraph before it speaks for no title under it
        found, voice = _inline_quotes(text, names, read, _Titles(el), None if heading else voice, narrator, own_words,
                                      dialogue.reply(text), _lead_in(el, text), carried or _reopens_next(el)) \
            if QUOTE_MARK_RE.search(text) or STRAIGHT_SINGLE_RE.search(text) else ([], None)
        found = myths.unsaid(section.given(said_before.given(found, text), text))
        found = _question_handed_on(el, found, text)
        dialogue.read(text, found)
        if el.tag == "li" and found and _input_list(el):
            found = [q for q in found if q.speaker]  # "These were my questions:" and a list of them: inputs
        if found and el.tag in ("li", "p") and _example_list(el):
            found = [q for q in found if q.speaker]  # "Findings like:" and a list of them: samples
        if heading:
            found = _signed(el, found, names)
        elif len(found) == 1 and _all_quoted(el) and (card := _card_of(el)) is not None:
            found = [_card_signed(el, card, found[0], names)]
        elif len(found) == 1 and _all_quoted(el) and (boxed := _boxed(el, found, names)):
            found = boxed  # the name under it in its box: over a voice read on from before
        elif len(found) == 1 and found[0].speaker is None and (credit := _credit_after(el, found[0], names)):
            found = [replace(found[0], speaker=credit)]  # "«…» <cite>Ana Ruiz</cite>": a collection's credit
        elif len(found) == 1 and found[0].speaker is None and (bold := _bold_name_lead(el, found[0], names)):
            found = [replace(found[0], speaker=bold)]  # "<b>Ann Lee</b> “…”": the bold name before the words
        elif len(found) == 1 and found[0].speaker is None and _all_quoted(el):
            found = _signed(el, found, names) or _named_next(el, found, names) or _reported_next(el, found, names) \
                or _headed(el, found, names) or found  # signed or named below it, or headed by a name
        elif len(found) == 1 and _all_quoted(el, SENTENCE_MARKS):  # «…». : the full stop after the marks
            found = _named_next(el, found, names) or found  # named below it: over a voice read on from before
            if found[0].speaker is None:  # «…». / "— Ana Ruiz (@anaruiz) 3 de mayo", "Ana Ruiz explicó que …"
                found = _signed(el, found, names) or _reported_next(el, found, names) or found
        if el in broken and any(q.speaker is None for q in found):
            found = _line_signed(el, found, names)  # "“…”<br>Ann Lee, captain": a name on its own line
        if found and all(q.speaker is None for q in found) and ANSWER_LABEL_RE.match(text):
            found = _answered(el, found, interviewee)  # "Q: …?" / "A: “…”": the one the interview's opening names
        quotes.extend(found)
        open_quote.read(el, quotes, len(quotes) - len(found), carried, _unclosed_at(text, 0) >= 0)
        _heard(read, names, _Titles(el), text, found)
    quotes = _fullest_names(_said_later(_pull_speakers(_condensed_repeats(_unnamed_placeholders(quotes)))))
    return _visible_words(_named_on_page(quotes, page_text, _forum_posters(body)))


def _named_on_page(quotes: list[Quote], page_text: str, posters: frozenset[str] = frozenset()) -> list[Quote]:
    """The quotes with speakers that read as names on the page: a heading's words, a product's model
    or a piece of a longer name are no one (None), and an institution's name cut short is given whole.
    A user name a forum's header gives a quoted post (`posters`) is a name as it stands ("Kettle7Q said:"
    names a member, not a model)."""
    if not any(q.speaker for q in quotes):
        return quotes
    page = PageNames(page_text)
    checked = []
    for q in quotes:
        speaker = page.checked(q.speaker) if q.speaker and q.speaker not in posters \
            and not isinstance(q.speaker, HandleName) else q.speaker  # a handle the post's own line gives, too
        checked.append(q if speaker == q.speaker else replace(q, speaker=speaker))
    return checked


def _visible_words(quotes: list[Quote]) -> list[Quote]:
    """The quotes without the invisible characters a page sets in its words (a zero-width space after
    the opening mark, a soft hyphen a CMS puts in long words, a word joiner, a stray byte-order mark):
    no reader sees them, and "“\u200bWe left”" are the words "“We left”". The joiners that make
    Persian and Indic words and emoji (U+200C, U+200D) are letters' business and stay."""
    return [replace(q, text=q.text.translate(INVISIBLE_CHARS)) if INVISIBLE_RE.search(q.text) else q
            for q in quotes]


# Invisible format characters that are no part of the words they stand in: zero-width space, word
# joiner, byte-order mark (a "zero-width no-break space"), soft hyphen.
INVISIBLE_CHARS = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))
INVISIBLE_RE = lazy("[\u200b\u2060\ufeff\u00ad]")


class _OpenQuotation:
    """A quotation of several paragraphs as it is read (each paragraph opens with a mark, only the
    last one closes): the paragraph that left it open, and the indexes, in the quotes listed, of its
    paragraphs no one was named for. The paragraph that goes on with it and names a speaker names
    the whole quotation's ("“…" / "“…" / "“…,” said Ann Lee.")."""

    def __init__(self) -> None:
        self.el: etree._Element | None = None
        self.unnamed: list[int] = []

    def goes_on(self, el: etree._Element) -> bool:
        """Does `el` follow right after the paragraph that left the quotation open?"""
        return self.el is not None and el.getprevious() is self.el

    def read(self, el: etree._Element, quotes: list[Quote], start: int, carried: bool, still_open: bool) -> None:
        """`quotes[start:]`: the quotes `el` gave; `carried`: it went on with the open quotation;
        `still_open`: it leaves a quotation open in turn."""
        if not carried:
            self.unnamed = []
        elif start < len(quotes) and quotes[start].speaker and self.unnamed:
            for k in self.unnamed:
                quotes[k] = replace(quotes[k], speaker=quotes[start].speaker)
            self.unnamed = []
        if still_open and start < len(quotes) and quotes[-1].speaker is None:
            self.unnamed.append(len(quotes) - 1)
        self.el = el if still_open else None
        if not still_open:
            self.unnamed = []


BOLD_TAGS = frozenset(("strong", "b"))  # a run-in label's tags: a turn's "Ann Lee:", a box's "Note:"
TURN_LABEL_MAX_WORDS = 4  # "Ann Lee:", "Dr. Ann van Lee:"; longer bold lead-ins are run-in headings
# A turn's label in plain text: one to four words, the first and last capitalised, then a colon
# and a space ("Courier: …", "Ann van Lee: …").
PLAIN_TURN_RE = lazy(rf"\s*([{UPPER}][\w.’'-]*(?:\s[\w.’'-]+){{0,2}}(?:\s[{UPPER}][\w’'-]*)?)\s?:\s")


def _turn_label(el: etree._Element) -> tuple[str, str] | None:
    """A paragraph that opens with a bold label and a colon ("<b>Ann Lee:</b> We started …", "<b>Q</b>:
    Why?"), or with a plain one of capitalised words its own text opens on ("Ann Lee: We started …"):
    the label and the words after it, or None."""
    if (plain := PLAIN_TURN_RE.match(el.text or "")) is not None:
        said = " ".join(el.text_content().split())[len(plain.group(0).strip()):].strip()
        return plain.group(1), said
    if len(el) == 0 or (el.text or "").strip() or el[0].tag not in BOLD_TAGS:
        return None
    label = " ".join(el[0].text_content().split())
    tail = (el[0].tail or "").lstrip()
    if not label.endswith(":") and not tail.startswith(":"):
        return None
    said = " ".join(el.text_content().split())[len(label):].lstrip(" :")
    return label.rstrip(": "), said


def _interview_answer(el: etree._Element, names: NameIndex, body_text: str,
                      interviewee: _Interviewee) -> Quote | None:
    """An interview's answer set as a turn: a bold name and a colon, right after a turn that asks
    ("<b>Courier:</b> Will you stay?" / "<b>Ashdown:</b> As long as the roof holds."). The name is a
    person's the text names outside the labels too, or who answers more than once (a product list's
    bold names ask nothing and come once); the answer has no quote marks (those the inline reading
    lists). "Q: … / A: …" turns answer for the one person the text names before its first question
    (_Interviewee): a help page's questions and answers are set so too, and speak for no one. A transcript's
    turns between two people named in full are each one's words, asking or not (_named_exchange)."""
    turn = _turn_label(el)
    previous = el.getprevious()
    if turn is None:
        return None
    label, said = turn
    asked = _turn_label(previous) if previous is not None and previous.tag == "p" else None
    if asked is None or not asked[1].endswith("?") or asked[0] == label:
        return _named_exchange(el, label, said, asked, names, body_text)
    if len(label.split()) > TURN_LABEL_MAX_WORDS or len(said.split()) < QUOTE_MIN_WORDS \
            or QUOTE_MARK_RE.match(said) is not None:
        return None
    if ANSWER_LABEL_RE.match(f"{label}: ") and QUESTION_LABEL_RE.match(f"{asked[0]}: "):
        if QUOTE_MARK_RE.search(said):
            return None  # "A: My teacher always told us, “…”": the words in marks, read as the inline quotes they are
        person = interviewee()  # "Q: …?" / "A: …": the one person the opening names answers, or it is a help page's
        return Quote(text=said, speaker=person, kind="inline") if person else None
    person = names.last_person_in(label)
    if not person or person.count(" ") == 0:
        return None
    if re.search(re.escape(person) + r"(?!\s*:)", body_text) is None \
            and len(re.findall(re.escape(label) + r"\s*:", body_text)) < TURN_ANSWERS_UNNAMED:
        return None
    return Quote(text=said, speaker=person, kind="inline")


TURN_ANSWERS_UNNAMED = 2  # a name the text gives only as labels answers this often in an interview


def _reported_in_prose(text: str, m: re.Match) -> str | None:
    """The one a sentence in a script without capitals reports as saying what the quote in it says, the
    sentence opening the paragraph and the quote after its "that" (reported_prose_speaker: "ראש המועצה, יוסי
    …, אמר כי “…”", "जिला अधिकारी … ने बताया कि … “…”"); None for any other."""
    before = text[:m.start()]
    return None if UNCASED_SENTENCE_END_RE.search(before) else reported_prose_speaker(before)


UNCASED_SENTENCE_END_RE = lazy(r"[.!?؟।]\s")  # a sentence ended before the quote: the report is another's


def _named_exchange(el: etree._Element, label: str, said: str, before: tuple[str, str] | None, names: NameIndex,
                    body_text: str) -> Quote | None:
    """A turn of a transcript between two people, each named in full by the bold label of their turns
    ("<b>Ann Lee:</b> So you left the bank." / "<b>Tom Berge:</b> I was let go."), the turn beside it the
    other one's: this one's words, whether the turn before asks or not; a turn ending on a question is the
    interviewer's, and stays unlisted. Each label must open TURN_ANSWERS_UNNAMED turns or
    more: a list of who is who gives each name once ("<b>Ann Lee:</b> historian, …"). None otherwise."""
    if before is None:
        after = el.getnext()
        before = _turn_label(after) if after is not None and after.tag == "p" else None
    if before is None or before[0] == label or len(said.split()) < QUOTE_MIN_WORDS or said.endswith(QUESTION_MARKS):
        return None  # (a turn that asks is the interviewer's question, listed no more than a "Q:" turn is)
    people = [names.last_person_in(lbl) for lbl in (label, before[0])]
    if any(person is None or person != lbl or " " not in person for person, lbl in zip(people, (label, before[0]))):
        return None
    if any(len(re.findall(re.escape(lbl) + r"\s*:", body_text)) < TURN_ANSWERS_UNNAMED for lbl in (label, before[0])):
        return None
    return Quote(text=said, speaker=names.full(label) or label, kind="inline")


def _signed_paragraph(el: etree._Element, names: NameIndex) -> Quote | None:
    """A paragraph with no quote mark that ends in a dash and a name set apart in <em>, <i> or
    <cite>, alone or with the person's office after a comma ("… worth every minute. –
    <em>Ann Lee, harbour master, Port Isaac</em>"): a contributor's or a customer's words, signed
    as a block quote signs them; the words before the dash are the quotation."""
    sign = el[-1] if len(el) else None
    if sign is None or sign.tag not in SIGNING_TAGS or (sign.tail or "").strip():
        return None
    line = _text(sign)
    name = signing_name(line)
    if name is None:
        return None
    text = _text(el)
    before = text[:len(text) - len(line)].rstrip()
    if not before.endswith(SIGNING_DASHES) or QUOTE_MARK_RE.search(before):
        return None  # a quote in marks is read as one, its signature with it
    quoted = before[:-1].rstrip()
    if len(quoted.split()) < SIGNED_MIN_WORDS:
        return None
    return Quote(text=quoted, speaker=names.full(name), kind="block")


SIGNING_TAGS = frozenset(("em", "i", "cite"))
SIGNING_DASHES = ("–", "—", "―")  # a spaced dash before the name; a hyphen joins words as often
SIGNED_MIN_WORDS = 8  # a sentence or more: "Thanks for reading! – <em>Ann Lee</em>" is a sign-off


def _share_boxes(body: etree._Element, author: str | None) -> dict[etree._Element, list[Quote]]:
    """The boxes that set a sentence of the article apart for readers to post ("… Click to
    Tweet"), as pull quotes in the words of the article's one `author`, keyed by the block the
    quote walk reads them in (the box itself, or the block around an inline box). A share plugin
    marks them by class; one XPath finds them."""
    found: dict[etree._Element, list[Quote]] = {}
    for box in body.xpath(SHARE_BOX_XPATH):
        if not SHARE_BOX_CLASS_RE.search(box.get("class", "").lower()) \
                or any(SHARE_BOX_CLASS_RE.search(a.get("class", "").lower()) for a in box.iterancestors()):
            continue
        text = SHARE_LABEL_RE.sub("", _text(box)).strip()
        host = box if box.tag in READ_BLOCK_TAGS else next(box.iterancestors(*READ_BLOCK_TAGS), None)
        if len(text.split()) >= QUOTE_MIN_WORDS and host is not None:
            found.setdefault(host, []).append(Quote(text=text, speaker=author, kind="pull"))
    return found


# Class words of a box a share plugin sets around a sentence of the article to post it whole.
SHARE_BOX_CLASS_RE = lazy(r"click-?to-?tweet|tweetable|tweet-?this")
SHARE_BOX_XPATH = ".//*[contains(@class, 'weet')]"  # cheap first sieve: "tweet", "Tweet"
# The box's button, before or after the sentence ("Click to Tweet", "Tweet this").
SHARE_LABEL_RE = lazy(r"(?i)^\s*(?:click|tap)\s+to\s+tweet\W*|\s*(?:click|tap)\s+to\s+tweet\W*$|\s*tweet\s+this\W*$")


def _unnamed_placeholders(quotes: list[Quote]) -> list[Quote]:
    """A quote signed "Verified Buyer" or "Anonymous" is signed by nobody named."""
    return [Quote(text=q.text, speaker=None, kind=q.kind) if q.speaker and placeholder_name(q.speaker) else q
            for q in quotes]


def _own_words(el: etree._Element, line_break: str = " ", before_blocks: bool = False) -> str:
    """The text directly in `el` and its inline children (tree.own_text), leaving out an inline
    child that wraps blocks (<span><p>…</p></span>): the walk reads those blocks by themselves.
    `line_break` stands where a <br> breaks the lines; `before_blocks`: only the words before its
    first block (those after it are read as blocks of their own: _reading_order)."""
    if not len(el):
        return (el.text or "").strip()
    parts = [el.text or ""]
    for child in el:
        if before_blocks and _block_child(child):
            break
        if child.tag == "br":
            parts.append(line_break)  # "Keep the lamp lit,<br>keep the door open": two lines, not one word
        elif child.tag in INLINE_TAGS and not _holds_blocks(child):
            parts.append(lined_text(child, line_break))
        else:
            parts.append(" ")  # a block between two runs of the element's own words parts them
        parts.append(child.tail or "")
    return "".join(parts).strip()


def _reading_order(body: etree._Element, split: set[etree._Element]):
    """The blocks the quote walk reads, in the order a reader reads them: body.iter's, and where a
    <div> sets words of its own between its blocks (a CMS writing a paragraph as a bare run of text
    after a <p>: "<p>Ann Lee, …, pointed out …</p>“…,” she said.<p>…</p>"), each run as a <p> of its
    own, read right after the block before it, not with the <div> ahead of its blocks (where "she"
    would stand for someone named before them). Such <div>s are added to `split`: their own words
    are then only those before their first block."""
    # (the block a run follows, the run, where each child of the block's parent stands), the next run last
    pending: list[tuple[etree._Element, etree._Element, dict]] = []
    for el in body.iter(*READ_BLOCK_TAGS):
        while pending and _past(el, *pending[-1][::2]):
            yield pending.pop()[1]  # the walk has left the block the run follows: the run is next
        runs = _runs_after_blocks(el) if el.tag == "div" and len(el) and not _inside(el, "blockquote") else []
        if runs:
            split.add(el)  # (before the walk reads `el`: its own words are then those before its blocks)
            at = {child: k for k, child in enumerate(el)}
        yield el
        pending.extend((block, run, at) for block, run in reversed(runs))
    while pending:
        yield pending.pop()[1]


def _past(el: etree._Element, block: etree._Element, at: dict) -> bool:
    """Does `el`, which the walk reads after `block`'s parent, come after `block` and all inside it?
    `at`: where each child of that parent stands."""
    parent, top = block.getparent(), el
    while top is not None and top.getparent() is not parent:
        top = top.getparent()
    return top is None or at[top] > at[block]


def _runs_after_blocks(el: etree._Element) -> list[tuple[etree._Element, etree._Element]]:
    """The runs of words `el` sets right after a block child of its (the block's tail and the inline
    children after it, up to the next block), each with that block and as a detached <p>; [] where it
    sets none, or where it holds no <p> (a <div> of lines and <br>s is read whole, as before)."""
    if next(el.iterchildren("p"), None) is None:
        return []
    runs, block, words = [], None, []
    for child in el:
        if _block_child(child):
            if block is not None and "".join(words).strip():
                runs.append((block, _detached_paragraph(el, "".join(words))))
            block, words = child, [child.tail or ""]
        elif block is not None:
            words.append(" " if child.tag == "br" else _text(child) if isinstance(child.tag, str) else "")
            words.append(child.tail or "")
    if block is not None and "".join(words).strip():
        runs.append((block, _detached_paragraph(el, "".join(words))))
    return runs


def _block_child(child: etree._Element) -> bool:
    """Is `child` a block the walk reads by itself, not an inline element, a <br> or a comment?"""
    return isinstance(child.tag, str) and child.tag != "br" and (child.tag not in INLINE_TAGS or _holds_blocks(child))


def _detached_paragraph(el: etree._Element, words: str) -> etree._Element:
    """A <p> of `words`, of the kind of element `el` is, in no tree."""
    paragraph = el.makeelement("p", {})
    paragraph.text = " ".join(words.split())
    return paragraph


# A <br> read as a line break of its own, and two of them with only white space between: a blank line,
# which parts paragraphs where a page writes no <p> ("…”<br><br>Ann Lee said …": a new paragraph, whose
# name speaks for no quote before it).
# (a character no HTML text holds marks it, not a newline: the source's own newlines are spaces)
LINE_BREAK = "\x00"
BLANK_LINE_RE = lazy(r"\x00\s*\x00[\s\x00]*")


def _broken_paragraphs(paragraphs: list[str], names: NameIndex, read: LastPerson, dialogue: _Dialogue,
                       titles: _Titles, voice: str | None, narrator: str | None, own_words: _OwnWords,
                       given: tuple) -> tuple[list[Quote], str | None]:
    """The quotations of a block's paragraphs that blank lines part, read one paragraph after another as
    <p>s are, and the voice the last one ends in."""
    said_before, section, myths = given
    quotes: list[Quote] = []
    for text in paragraphs:
        found, voice = _inline_quotes(text, names, read, titles, voice, narrator, own_words, dialogue.reply(text)) \
            if QUOTE_MARK_RE.search(text) or STRAIGHT_SINGLE_RE.search(text) else ([], None)
        found = myths.unsaid(section.given(said_before.given(found, text), text))
        dialogue.read(text, found)
        quotes.extend(found)
        _heard(read, names, titles, text, found)
    return quotes, voice


def _heard(read: LastPerson, names: NameIndex, titles: _Titles, text: str, found: list[Quote]) -> None:
    """What a paragraph read tells the reader of the next: the names it gives, and who spoke last."""
    if not found and not text.isascii() and QUOTE_MARK_RE.search(text) is None \
            and (reporter := reported_prose_speaker(text)):
        read.spoke(reporter)  # "יוסי בן־דוד, …, הודיע כי …" / "“…”, אמר.": he said, the one it reports; a
        # script without capitals, whose names a paragraph read gives no one
    read.read(titles.headlines_lowered(_headline_paragraph_lowered(text)))
    if found and found[-1].speaker:
        read.spoke(found[-1].speaker)  # "she" is who spoke last, more than who was named last
    elif unnamed_speaker(text) and names.last_person_in(text) is None:
        read.spoke_unnamed()  # “How's that?” said the ferryman: "he" next is him, not someone named before


def _interview_heading_name(line: str, names: NameIndex) -> str | None:
    """The one person a heading says an interview is with ("Q&A: Ann Lee on a hard winter", "Interview mit der
    Hebamme Anna Roth", "Entretien avec Léa Roux"), who answers the questions below it; an office before the
    name is left out as _quoting_heading_name leaves it. None for a heading naming no interview, or no one
    or two people."""
    if INTERVIEW_HEADING_RE.search(line) is None or len(set(_names_in(line))) != 1:
        return None
    person = names.last_person_in(line)
    if person is None:
        return None
    first, *rest = person.split()
    if len(rest) < HEADING_NAME_WORDS:
        return person
    return " ".join(rest) if names.written_lower(first) or _person_word(first) or _is_role_noun(first) else None


# The word for an interview opening or ending a heading, in the languages of the speaker rules
INTERVIEW_HEADING_RE = lazy(
    r"(?i)(?<!\w)(?:q\s?&\s?a|interview|entretien|entrevista|intervista|wywiad|интервью|rozhovor|haastattelu"
    r"|intervju|interjú|συνέντευξη|röportaj|vraaggesprek|ראיון|مقابلة|مصاحبه)(?!\w)")


def _quoting_heading_name(line: str, names: NameIndex) -> str | None:
    """The person a heading gives words to by a colon before them ("Ann Lee: “We never gave up”",
    "Coach Tom Berge: «…»"), as a headline over an interview or a portrait does: the section below is
    about them. None for a heading that quotes no one so, or whose words before the colon name no person."""
    lead = HEADING_QUOTE_LEAD_RE.match(line)
    if lead is None:
        return None
    person = names.last_person_in(lead.group(1))
    if person is None or not lead.group(1).rstrip().endswith(person.split()[-1]):
        return None
    first, *rest = person.split()
    if len(rest) < HEADING_NAME_WORDS:
        return person
    # "Torwart Lukas Brandhuber: „…“": a heading's first word may be an office, which no shape tells from a
    # first name; one the page writes in lower case elsewhere is an office, any other leaves the name unsure
    return " ".join(rest) if names.written_lower(first) else None


def _heading_words(line: str) -> str | None:
    """The words a heading gives its person after the colon ("Ann Lee: “We never gave up”"): the quotation,
    its marks included, when it closes the heading and holds QUOTE_MIN_ATTRIBUTED_WORDS words at least (CJK:
    QUOTE_MIN_CJK_CHARS characters); None for none."""
    lead = HEADING_QUOTE_LEAD_RE.match(line)
    said = line[lead.end() - 1:].strip() if lead is not None else ""
    closers = "".join(c for o, c in QUOTE_PAIRS if o == said[:1])
    if not closers or said[-1:] not in closers or any(c in said[1:-1] for c in closers):
        return None
    inner = said[1:-1]
    return said if len(inner.split()) >= QUOTE_MIN_ATTRIBUTED_WORDS or cjk_count(inner) >= QUOTE_MIN_CJK_CHARS else None


HEADING_NAME_WORDS = 2  # the words after the first of a name three long or more: an office before a full name?


# A heading's name, a colon and an opening quote mark: "Ann Lee: “…”", "Maëlle Roux : « … »".
HEADING_QUOTE_LEAD_RE = lazy(r"([^:：“”\"«»„]{3,60}?)\s?[:：]\s*[“\"«»„‘'‚「『]")  # "：": Chinese and Japanese


def _styled_heading(el: etree._Element) -> bool:
    """A <div> or <p> that a class sets as a heading ("Story_h2__x9", "subheading", "intertitre"):
    a section title the page quotes («Un signal pour les communes»), read as <h2> is."""
    return el.tag in ("div", "p") and HEADING_CLASS_RE.search(el.get("class") or "") is not None


# Class words of a heading styled on a <div> or <p>: a level (h2…h6, CSS modules' "Story_h2__x9"),
# subheadings and section titles in several languages.
HEADING_CLASS_RE = lazy(
    r"(?i)(?:^|[\s_-])(?:h[2-6]|sub-?heading|section-?heading|cross-?head|inter-?titre|intertitolo|"
    r"zwischen-?(?:titel|ueberschrift|überschrift)|ladillo|entretitulo|intertitulo|tussenkop)(?:$|[\s_-])"
)


def _holds_blocks(el: etree._Element) -> bool:
    return len(el) > 0 and next(el.iterdescendants(*READ_BLOCK_TAGS), None) is not None


# The elements the quote walk reads by themselves: blocks, and headings that are a quotation
# and nothing else (testimonial cards set the customer's words as a heading).
QUOTED_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")
READ_BLOCK_TAGS = ("blockquote", "p", "li", "aside", "figure", "div", *QUOTED_HEADING_TAGS)


def _signed(heading: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A heading in quote marks is a quotation when someone says it: a testimonial card signed
    in the element after it ("Ann Lee | Buyer"); nobody named, it is a slogan or a title."""
    if len(found) != 1 or found[0].speaker is not None:
        return found
    signer = signature_after(heading)
    return [Quote(text=found[0].text, speaker=names.full(signer), kind=found[0].kind)] if signer else []


def _spoken_by(speaker: str | None, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A paragraph's one quotation given to `speaker` (by the page's fullest form of the name);
    [] for no speaker, so that the next reader is asked."""
    return [Quote(text=found[0].text, speaker=names.full(speaker), kind=found[0].kind)] if speaker else []


def _boxed(el: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A paragraph of one quotation boxed with a line under it that is a person's name alone
    (<div><div>“…”</div><div>Ann Lee</div></div>): that person's; [] for none."""
    return _spoken_by(boxed_name_after(el, names), found, names)


def _named_next(el: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A paragraph of one quotation whose speaker the next paragraph names as it opens ("That was
    Ann Lee, …, speaking"); [] for none."""
    return _spoken_by(named_next(el), found, names)


def _reported_next(el: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A paragraph of one quotation whose speaker the next paragraph opens by reporting ("Lee said
    …"); [] for none."""
    return _spoken_by(reported_next(el, names), found, names)


def _headed(el: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """A paragraph of one quotation right under a heading that names a person alone, with an office
    or a place at most ("<h3>Ann Lee, baker, Quay Street</h3>" / "“We open at five …”"), as a page
    of voices sets each one's words: that person's; [] for none."""
    heading = el.getprevious()
    if heading is None or (heading.tag not in QUOTED_HEADING_TAGS and not _bold_line(heading)):
        return []  # a <p> all in bold (<p><b>Ann Lee, baker</b></p>) heads the paragraph after it as a heading does
    line = SECTION_NUMBER_RE.sub("", " ".join(_text(heading).split()), count=1)
    name = names.full(signing_name(line)) if not QUOTE_MARK_RE.search(line) else None
    if not name or " " not in name or not (line.startswith(name + ",") or names.mentions(name) > 1
                                           or _voices_set_so(heading) and not any(map(names.written_lower,
                                                                                      name.split()))):
        return []  # "Winter Timetable Changes": a title in capitals, unless the page names it as a person
    return [Quote(text=found[0].text, speaker=name, kind=found[0].kind)]


def _voices_set_so(heading: etree._Element) -> bool:
    """Is `heading` a bold line among siblings that set two or more voices so, each bold line right over a
    paragraph that is one quotation ("<p><b>Ann Lee</b></p><p>“…”</p><p><b>Tom Berg</b></p><p>“…”</p>"): an
    interview's or a round-up's people named once, each over their words (none of whose words the page
    writes in lower case: "Winter Timetable Changes" over a notice)."""
    parent = heading.getparent()
    if not _bold_line(heading) or parent is None:
        return False
    return sum(1 for line in parent if _bold_line(line) and (after := line.getnext()) is not None
               and after.tag == "p" and _all_quoted(after)) >= VOICES_SET_SO


VOICES_SET_SO = 2  # bold names over quoted paragraphs that make a page of voices


def _bold_line(el: etree._Element) -> bool:
    """Is `el` a paragraph whose words are all in one bold element ("<p><strong>Ann Lee</strong></p>")?"""
    return el.tag == "p" and len(el) == 1 and el[0].tag in BOLD_TAGS and not (el.text or "").strip() \
        and not (el[0].tail or "").strip()


def _bold_name_lead(el: etree._Element, quote: Quote, names: NameIndex) -> str | None:
    """The person a bold name opening a paragraph names, when the rest of the paragraph is the one
    quotation ("<b>Ann Lee</b> “…”", "<b>Ann Lee —</b> “…”", "<b>Ann Lee, baker:</b> “…”"): a page of
    voices, each with its speaker set before the words; None where the bold words are no person's
    full name, or other words stand beside the quotation."""
    if len(el) == 0 or el[0].tag not in BOLD_TAGS or (el.text or "").strip():
        return None
    label = " ".join(el[0].text_content().split())
    rest = " ".join(el.text_content().split())[len(label):].strip(" :—–-")
    if rest != quote.text:
        return None
    name = signing_name(label.rstrip(" :—–-,"))
    if name is None:
        return _bold_handle(el, label)
    if any(names.written_lower(word) for word in name.split()):
        return None
    return names.full(name)


def _bold_handle(el: etree._Element, label: str) -> str | None:
    """A forum user's name in bold before a colon and the post's words ("<b>harbour_cat77</b>: “…”"): a
    handle with a digit or an underscore inside, which no word or person's name has, in a forum's post
    (_in_forum_post); None for any other label, one set before the words with no colon, or one on a page
    that is no forum ("<b>Step_2</b>: “…”", "<b>Note_1</b>:": a docs or how-to page's numbered label)."""
    handle = label.rstrip(" :")
    colon = label.endswith(":") or (el[0].tail or "").lstrip().startswith(":")
    shaped = POST_HANDLE_RE.fullmatch(handle) is not None or (
        " " not in handle and handle.isalnum() and handle.lower() not in POST_NOTE_LABELS
        and (handle[0].islower() or USER_NAME_RE.match(handle) is not None))  # "reedbird", "SeaWolf"
    return HandleName(handle) if colon and shaped and _in_forum_post(el) else None


# The labels a post sets in bold before a note of its own, in several languages ("<b>edit</b>: …", "<b>upd</b>:"):
# no one's handle, though written as one.
POST_NOTE_LABELS = frozenset((
    "edit", "edited", "update", "upd", "ps", "pps", "note", "nb", "quote", "tldr", "nachtrag", "ergänzung", "zitat",
    "modif", "citation", "edición", "editado", "cita", "aggiornamento", "modifica", "aanvulling", "edycja",
    "cytat", "tillägg", "lisäys", "päivitys", "обновление", "дополнение", "цитата",
))


def _in_forum_post(el: etree._Element) -> bool:
    """Does `el`, or a block around it, carry a class or an id that names a forum's or a thread's post
    ("post", "comment", "reply", "message", "forum", "thread", in several languages: FORUM_POST_WORDS)?"""
    node: etree._Element | None = el
    for _ in range(FORUM_POST_DEPTH):
        if node is None or not isinstance(node.tag, str):
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}".lower()
        if not FORUM_POST_WORDS.isdisjoint(LETTERS_RE.findall(marks)):
            return True
        node = node.getparent()
    return False


LETTERS_RE = lazy(r"[^\W\d_]+")  # a class's words, split at hyphens, underscores and figures
FORUM_POST_DEPTH = 6  # <div class="post"><div class="body"><p><b>ann_88</b>: …: the post a few blocks up


# A forum handle: letters and figures, parts joined by an underscore or a dot, a figure or an underscore in it
# ("harbour_cat77", "Marta_K", "ferryfan88"; not "COVID-19", "iPhone", "Q.").
POST_HANDLE_RE = lazy(r"(?=[^\s:]*[\d_])[^\W\d_]{2,}\w*(?:[_.]\w+)*")


def _credit_after(el: etree._Element, quote: Quote, names: NameIndex) -> str | None:
    """The person a paragraph or a list item of one quotation credits in an element set after it that
    ends the item ("«…» <cite>Ana Ruiz</cite>", "“…” <strong>— Ann Lee</strong>", "«…». <em>Ана Руис,
    «Book»</em>"), a work's title after a comma at most ("<b>Ann Lee</b>, <i>The Long Shore</i>"): a
    collection of sayings, each credited where it stands. None where the element names no person
    or other words stand between."""
    head = " ".join((el.text or "").split())
    credit = next((child for child in el if isinstance(child.tag, str)), None)
    if credit is None or credit.tag not in CREDIT_TAGS or not head.startswith(quote.text) \
            or head[len(quote.text):].strip(CREDIT_GAP):
        return None
    rest = [child for child in credit.itersiblings() if isinstance(child.tag, str)]
    tails = [(credit.tail or "").strip(CREDIT_GAP), *((child.tail or "").strip() for child in rest)]
    if any(tails) or len(rest) > 1 or (rest and (rest[0].tag not in WORK_TITLE_TAGS or credit.tail is None)):
        return None  # "“…” <b>Ann Lee</b> said on Monday": the credit does not end the item
    name = credited_name(_text(credit).strip().lstrip(SIGNATURE_OPENING))
    if name is None or any(names.written_lower(word) for word in name.split()):
        return None
    return names.full(name)


CREDIT_TAGS = frozenset(("cite", "strong", "b", "em", "i", "small", "span"))
CREDIT_GAP = " .,;:–—―-"  # what stands between a quotation and its credit, or the credit and a work's title
WORK_TITLE_TAGS = frozenset(("cite", "em", "i"))


def _card_of(el: etree._Element) -> etree._Element | None:
    """The block `el` is in that the markup calls a testimonial, a review, a card or a slide
    (`el` itself or a wrapper, CARD_DEPTH up), if any."""
    for block in (el, *islice(el.iterancestors(), CARD_DEPTH)):
        if CARD_CLASS_RE.search(f"{block.get('class', '')} {block.get('id', '')}".lower()):
            return block
    return None


# Class words of a block that holds one person's quotation and its signature: a set of
# testimonials, reviews, cards or a carousel's slides; a review and a testimonial in German, Italian,
# Polish, Czech, Dutch, Spanish, French, Portuguese, Swedish, Danish, Finnish, Turkish and Russian
# ("Rezension", "Bewertung", "Kundenstimme", "recensione", "opinia", "recenze", "reseña", "témoignage",
# "depoimento", "omdöme", "anmeldelse", "arvostelu", "suositus", "yorum", "otzyv"), not the words that
# also name an opinion column ("opinion", "opinie").
CARD_CLASS_RE = lazy(r"testimonial|review|quote|card|slide|carousel|swiper|slick|rezension|bewertung|kundenstimme|"
                     r"recension|testimonianz|opinia|recenz|recenze|recensie|rese[nñ]a|testimonio|t[ée]moignage|"
                     r"depoimento|testemunho|omd[öo]me|anmeldelse|arvostelu|suositus|yorum|otzyv|отзыв")
CARD_DEPTH = 3  # the quotation's wrappers climbed to the card's class (card > quote-wrap > div)


def _card_signed(el: etree._Element, card: etree._Element, quote: Quote, names: NameIndex) -> Quote:
    """A card's quotation (a paragraph of it alone) is signed in the card: under it ("Ann Lee |
    Buyer", "— Ann Lee", "Ann" over "club parent"), led in above it ("Ann Lee says:"), or named in
    the card's header over it ("<strong>Ana Ruiz</strong><span>Valencia</span>" over «…»); else
    nobody signs it: the name of another card, or of the page's prose, says nothing about who
    wrote this one."""
    signer = signature_after(el) or name_line_after(el, card, names)
    surname = _words(quote.speaker or "")[-1:]
    if not signer and surname and surname[0] in _words(_text_before(el, card)):
        return quote  # the name the card's own lead-in gives
    signer = signer or name_line_before(el, card, names)  # a review's header: the name over the words
    return Quote(text=quote.text, speaker=names.full(signer), kind=quote.kind)


def _text_before(el: etree._Element, block: etree._Element) -> str:
    """The text of the elements before `el` inside `block`, nearest first."""
    parts = []
    while el is not block and el.getparent() is not None:
        parts.extend(_text(s) for s in el.itersiblings(preceding=True) if isinstance(s.tag, str))
        el = el.getparent()
    return " ".join(parts)


def _line_signed(el: etree._Element, found: list[Quote], names: NameIndex) -> list[Quote]:
    """The quotes of a block whose lines a <br> breaks, each named by a line that is a person's name
    alone (or a full name and an office after a comma, signing_name) right under its own line or right
    over it ("“…”<br>Ann Lee, captain", "Ann Lee:<br>“…”"); a blank line (<br><br>) parts one quotation
    and its name from the next. Across blank lines, a name names a quotation only where the block is
    quotations and names alone, one after the other, a name first or a quotation first throughout
    ("Ann Lee<br><br>“…”<br><br>Jon Bell<br><br>“…”"). A quote that shares its line with other
    words, or a line that is no full name, keeps its speaker (None)."""
    lines = [" ".join(line.split()) for line in lined_text(el, "\n").split("\n")]
    said = [k for k, line in enumerate(lines) if line]
    quoted = {q.text for q in found}
    kinds = "".join("q" if lines[k] in quoted else "n" if _name_line(lines[k], leads_in=True) else "x" for k in said)
    paired = len(kinds) % 2 == 0 and kinds in ("nq" * (len(kinds) // 2), "qn" * (len(kinds) // 2))
    out = []
    for q in found:
        at = lines.index(q.text) if q.speaker is None and q.text in lines else -1
        named = None
        if at >= 0:
            after = lines[at + 1] if at + 1 < len(lines) else ""
            before = lines[at - 1] if at > 0 else ""
            if not after and not before and paired:
                k = said.index(at) + (1 if kinds[0] == "q" else -1)
                after, before = (lines[said[k]], "") if kinds[0] == "q" else ("", lines[said[k]])
            named = _name_line(after, leads_in=False) or _name_line(before, leads_in=True)
        if named and any(names.written_lower(word) for word in named.split()):
            named = None  # "Harbour Notes": a word the page writes in lower case, a label's, no name's
        out.append(replace(q, speaker=names.full(named)) if named else q)
    return out


def _last_line_signer(el: etree._Element, text: str, names: NameIndex) -> tuple[str, str] | None:
    """A block quote whose last line (after a <br>) is a person's name alone, or a full name and an
    office after a comma, and no word the page writes in lower case: the words before it and that
    name; None for any other last line."""
    if next(el.iter("br"), None) is None:
        return None
    lines = [" ".join(line.split()) for line in lined_text(el, "\n").split("\n")]
    lines = [line for line in lines if line]
    last = lines[-1] if len(lines) >= LINE_SIGNED_MIN_LINES else ""
    name = _name_line(last, leads_in=False)
    if not name or not text.endswith(last) or any(names.written_lower(word) for word in name.split()):
        return None
    return text[:-len(last)].rstrip(), name


LINE_SIGNED_MIN_LINES = 2  # the words, then the name's line


def _name_line(line: str, leads_in: bool) -> str | None:
    """The person a line names alone: under a quotation (`leads_in` False: a dash before it at most,
    no colon after it, which would lead into the next quotation), or over it (a colon after it at
    most)."""
    if not line or QUOTE_MARK_RE.search(line):
        return None
    line = line.lstrip("-–—― ")
    if line.endswith((":", "：")):
        if not leads_in:
            return None
        line = line[:-1].rstrip()
    return signing_name(line)


# The labels that open an interview's turns, a colon after them: the question ("Q:", "Frage:",
# "Question :", "P:" for pregunta/pergunta, "D:" for domanda, "V:" for vraag, "F:" for Frage/fråga,
# "В:" for вопрос) and the answer ("A:", "Antwort:", "R :" for réponse/respuesta/risposta/resposta).
# A label's letter may close on a full stop instead ("D. Che cosa …?" / "R. «…»"), only opening a block:
# after a sentence the letter and its stop are a name's initial ("… said R. Holt").
# Turkish "Soru:"/"Yanıt:", Finnish "Kysymys:"/"Vastaus:", Vietnamese "Hỏi:"/"Đáp:", Indonesian "T:"/"J:"
# (tanya, jawab), Norwegian and Danish "Spørsmål:"/"Spørgsmål:", Czech, Hungarian and Romanian label so too.
_QUESTION_LABELS = (r"(?:Q|Question|Frage|F|P|Pregunta|Pergunta|D|Domanda|V|Vraag|Fråga|Pytanie|В|Вопрос|Soru|Kysymys"
                    r"|Hỏi|T|Spørsmål|Spørgsmål|Otázka|Kérdés|Întrebare)\s?[:：]\s")
_QUESTION_LETTER = r"(?:Q|F|P|D|V|В)\.\s"
QUESTION_LABEL_RE = lazy(f"{_QUESTION_LABELS}|{_QUESTION_LETTER}")
ANSWER_LABEL_RE = lazy(r"(?:(?:A|Answer|Antwort|R|Réponse|Respuesta|Risposta|Resposta|Antwoord|Svar|Odpowiedź|О|Ответ"
                       r"|Yanıt|Cevap|Vastaus|Đáp|J|Odpověď|Válasz|Răspuns)\s?[:：]|(?:A|R|О)\.)\s")
# a question label opening a block of the body's text, or a sentence where the blocks run together
QUESTION_ANYWHERE_RE = lazy(rf"(?:^|(?<=\n)|(?<=[.!?”\"»] )){_QUESTION_LABELS}|(?:^|(?<=\n)){_QUESTION_LETTER}")


class _Interviewee:
    """The person an interview set as "Q: …" / "A: …" turns questions: the one person the text names
    before its first question (its opening: "We spoke to captain Ann Lee about …"), none where it names
    no one or several (the interviewer may be named too), or where a question speaks for the one who
    asks ("Q: Can I bring my bike?": a help page's reader, answered by no one named), found once a
    page, when an answer asks."""

    def __init__(self, body_text: str) -> None:
        self.body_text = body_text
        self.found: str | None | bool = False

    def __call__(self) -> str | None:
        if self.found is False:
            turns = list(QUESTION_ANYWHERE_RE.finditer(self.body_text))
            opening = self.body_text[:turns[0].start()] if turns else ""
            named = _opening_named(opening, set(_names_in(opening)))
            asks_for_self = any(ASKER_WORDS.intersection(_question_words(self.body_text, turn.end())) for turn in turns)
            self.found = named.pop() if len(named) == 1 and not asks_for_self else None
        return self.found


def _opening_named(opening: str, named: set[str]) -> set[str]:
    """Of several names an interview's opening holds, the ones that open a block or a sentence, an
    office's word before them at most ("Ann Lee, 58, has run the ferry …", a heading "Ann Lee: “…”",
    "Novelist Ann Lee …"): whom the opening introduces, not a place or a body named further in ("… in
    Kelby Parish", "… at Harbour Court"). One name, or none opening anything, is left as it is."""
    if len(named) < 2:
        return named
    opening_ones = {name for name in named
                    if re.search(rf"(?:^|\n|[.!?…]\s)\s*(?:[^\W\d_]+\s)?{re.escape(name)}\b", opening)}
    if any(re.search(rf"\b{re.escape(first)}\s*{PAIRING_JOINER}\s*{re.escape(other)}\b", opening)
           for first in opening_ones for other in named if other != first):
        return named  # "Ann Lee and Tom Berge both grew up there": the opening introduces two people
    return opening_ones or named


# What joins two people the opening introduces together ("Ann Lee and Tom Berge", "Ann Lee, Tom Berge"),
# in several languages.
PAIRING_JOINER = r"(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\boch\b|\bog\b|\bja\b|\bi\b|\bés\b|\bși\b|\bve\b|\bи\b|\ba\b)"


def _question_words(text: str, start: int) -> set[str]:
    """The lower-cased words of the question that opens at `start`, up to its question mark; not a
    lower-case "i" (the Italian article, Polish and Czech "and": English writes "I" in capitals)."""
    end = text.find("?", start, start + QUESTION_CHARS)
    return {w.lower() for w in ASKED_WORD_RE.findall(text[start:end]) if w != "i"} if end > 0 else set()


QUESTION_CHARS = 300
ASKED_WORD_RE = lazy(r"[^\W\d_]+(?:[’'][^\W\d_]+)?")
# First-person singular words a reader's own question holds ("Can I …?", "my booking", "Kann ich …?",
# "Puis-je …?", "¿Puedo cambiar mi …?"): a help page's questions, never an interviewer's to a guest.
ASKER_WORDS = frozenset(("i", "i’m", "i'm", "my", "me", "ich", "mein", "meine", "meinen", "mich", "mir", "je", "mon",
                         "moi", "yo", "mi", "mis", "io", "mio", "mia", "eu", "meu", "minha", "ik", "mijn", "jag",
                         "mitt", "jeg", "mój", "moja", "я", "мой", "моя", "мне", "меня"))


def _answered(el: etree._Element, found: list[Quote], interviewee: _Interviewee) -> list[Quote]:
    """The quotes of an answer's turn ("A: “…”") right after a question's turn ("Q: …?"), given to the
    interviewee; unchanged where the turn before asks nothing or the interview's opening names no one
    person."""
    previous = el.getprevious()
    asked = " ".join(previous.text_content().split()) if previous is not None and isinstance(previous.tag, str) else ""
    if not QUESTION_LABEL_RE.match(asked) or not asked.rstrip("”\"»").endswith("?"):
        return found
    person = interviewee()
    return [replace(q, speaker=person) for q in found] if person else found


def _all_quoted(el: etree._Element, after: str = "") -> bool:
    """Does the element's text open with a quote mark and close with one (“…”), `after` marks after
    it left out?"""
    text = el.text_content().strip()
    return text[:1] in ALL_QUOTED_OPENERS and text.rstrip(after)[-1:] in ALL_QUOTED_CLOSERS


SENTENCE_MARKS = ".!?…"  # «…». : Spanish, Italian, French and Polish close the sentence outside the marks


def _holds_read_blocks(el: etree._Element) -> bool:
    """Does the element hold a <p> or <li> that the quote walk reads by itself?"""
    return len(el) > 0 and next(el.iterdescendants("p", "li"), None) is not None


DIALOGUE_DASHES = ("–", "—", "―")
# "– Words spoken – powiedziała Pawlak." (Polish, Spanish, Russian, Italian dialogue)
DASH_QUOTE_RE = lazy(r"^[–—―]\s*(.{10,2000}?)\s+[–—―]\s*(?=\w)")  # "—Nadie baja —explicó Nerea—." (Spanish)
DASH_SPLIT_RE = lazy("[–—―]")
# Speech set with dashes closed up to the words ("—Nadie baja —explicó"): a dash before a word, then,
# in the same line, a spaced dash before a word.
CLOSED_DASH_RE = lazy(r"[–—―][^\W\d_][^–—―]{10,300}\s[–—―][^\W\d_]")


def _dash_quotes(text: str, names: NameIndex, last_person=None) -> list[Quote]:
    """Speech set off by a dialogue dash, when the words after the closing dash say who spoke, or,
    with no closing dash, the words after a comma in the same sentence (« — Nous rouvrirons le
    port, a déclaré Odile Ferrand. »). Words after the incise's own closing dash go on in the same
    voice ("—Nadie baja —explicó Nerea—. Antes era distinto y la gente se quedaba.")."""
    m = DASH_QUOTE_RE.match(text)
    if m is None:
        return _comma_dash_quote(text, names, last_person)
    if len(m.group(1).split()) < QUOTE_MIN_ATTRIBUTED_WORDS:
        return []  # the words need a speaker below, as a short inline quote does
    closing = DASH_SPLIT_RE.search(text, m.end(), m.end() + DASH_INCISE_CHARS)
    incise = text[m.end():closing.start() if closing else m.end() + DASH_INCISE_CHARS]  # "—explicó Nerea—. Antes…"
    speaker = speaker_after(tokens(incise))
    if isinstance(speaker, RoleWord) and last_person is not None:  # "– … – powiedział burmistrz.": the person
        holder = role_holder(speaker.role, tuple(last_person.texts()))  # the page named with the office, a
        speaker = holder and (names.last_person_in(holder) or holder)  # place's name after the office left out
    if not speaker:
        return []
    quotes = [Quote(text=m.group(1), speaker=names.full(speaker), kind="inline")]
    rest = text[closing.end():].lstrip(" .,;").split(f" {text[0]}", 1)[0].strip() if closing else ""
    if len(rest.split()) >= QUOTE_MIN_WORDS and not DASH_SPLIT_RE.search(rest):
        quotes.append(Quote(text=rest, speaker=quotes[0].speaker, kind="inline"))  # the same voice goes on
    return quotes


def _comma_dash_quote(text: str, names: NameIndex, last_person=None) -> list[Quote]:
    """A dash's speech that a comma ends, then a verb of saying and its speaker, all in one sentence
    (French and Russian set no closing dash: « — Nous rouvrirons le port, a déclaré la maire. »).
    A pronoun after the verb ("– …, säger hon.") is the last person named (`last_person`); a verb
    with no name after it ("– …, berättar en boende.") still says the words: someone unnamed spoke."""
    for comma in islice(COMMA_RE.finditer(text, 0, DASH_COMMA_CHARS), DASH_MAX_COMMAS):
        words = text[1:comma.start()].strip()
        if len(words.split()) < QUOTE_MIN_ATTRIBUTED_WORDS:
            continue  # "– Bron kommer för sent, säger Astrid Lindqvist": short, but someone says it
        incise = tokens(SENTENCE_CUT_RE.split(text[comma.end():comma.end() + DASH_INCISE_CHARS], 1)[0])
        speaker = speaker_after(incise)
        if speaker:
            return [Quote(text=words, speaker=names.full(speaker), kind="inline")]
        if speaker == "" and last_person is not None:
            return [Quote(text=words, speaker=names.full(last_person()) if last_person() else None, kind="inline")]
        if incise and says(incise[0]) and len(incise) <= DASH_UNNAMED_TOKENS and "," not in incise:
            return [Quote(text=words, speaker=None, kind="inline")]  # not "– Tip: comments, shares and likes help …"
    return []


def _dash_goes_on(text: str, voice: str | None) -> list[Quote]:
    """A dash paragraph that names no one, right after a dash paragraph whose speaker was named:
    the same voice goes on ("– …, säger Karin Sjöberg." / "– Nu måste kommunen agera."), as
    Nordic papers set each paragraph of one person's speech."""
    words = text[1:].strip()
    if voice is None or len(words.split()) < QUOTE_MIN_WORDS or says(words) or DASH_SPLIT_RE.search(words):
        return []
    return [Quote(text=words, speaker=voice, kind="inline")]


DASH_INCISE_CHARS = 160
DASH_COMMA_CHARS = 600  # the speech a comma may end, before its verb of saying
DASH_MAX_COMMAS = 6
DASH_UNNAMED_TOKENS = 6  # "berättar en boende", "sa en talsperson för kommunen": a verb and who, to the full stop
COMMA_RE = lazy(r"[,?!…]\s")  # « — Et la route ? a demandé un habitant. »: a question ends the words too
SENTENCE_CUT_RE = lazy(r"[.!?]\s")


WORD_RE = lazy(r"\w+")
# A pull quote matches the quote it repeats on its first words (it may shorten the rest).
PULL_MATCH_WORDS = 4


def _pull_speakers(quotes: list[Quote]) -> list[Quote]:
    """A pull quote repeats the body: it has the speaker of the quote it repeats."""
    sources = _SpokenQuotes(quotes)
    out = []
    for q in quotes:
        if q.kind == "pull" and q.speaker is None:
            source = sources.first_containing(" ".join(_words(q.text)[:PULL_MATCH_WORDS]))
            if source is not None:
                q = Quote(text=q.text, speaker=source.speaker, kind=q.kind)
        out.append(q)
    return out


class _SaidBefore:
    """The words quoted so far and who said them: a quotation that opens its paragraph with no
    attribution and repeats earlier words exactly (a comment quoting the article back, a line a
    character says again) is theirs, when the page gave those words to one speaker only."""

    def __init__(self) -> None:
        self.speakers: dict[str, set[str]] = {}

    def given(self, found: list[Quote], text: str) -> list[Quote]:
        out = []
        for q in found:
            words = " ".join(_words(q.text))
            said_by = self.speakers.get(words, set())
            if q.speaker is None and text.startswith(q.text) and len(said_by) == 1 \
                    and len(words.split()) >= REPEAT_MIN_WORDS:
                q = Quote(text=q.text, speaker=next(iter(said_by)), kind=q.kind)
            if q.speaker:
                self.speakers.setdefault(words, set()).add(q.speaker)
            out.append(q)
        return out


class _SectionPerson:
    """The person a heading names alone, with a number or an office at most ("2. Ann Lee",
    "Ann Lee, ferry pilot"), on a page whose headings name two people or more (a profile of
    several people, a list of them): her section's quotations that no verb of saying gives anyone
    are hers ("Lee has run the bakery since 1998. “We open at five.”"), once its text names her
    too (a heading in title case, "Natural Language Interface", names no one its text goes on to)."""

    def __init__(self, body: etree._Element, names: NameIndex) -> None:
        self.names = names
        self.name: str | None = None
        self.read = ""  # the section's text so far, up to SECTION_CHARS
        people = {self._named(h) for h in islice(body.iter(*QUOTED_HEADING_TAGS), SECTION_HEADINGS)}
        self.on = len(people - {None}) >= SECTION_PEOPLE

    def _named(self, heading: etree._Element) -> str | None:
        line = SECTION_NUMBER_RE.sub("", " ".join(_text(heading).split()), count=1)
        return self.names.full(signing_name(line)) if not QUOTE_MARK_RE.search(line) else None

    def heading(self, el: etree._Element) -> None:
        self.name, self.read = (self._named(el) if self.on else None), ""

    def given(self, found: list[Quote], text: str) -> list[Quote]:
        if self.name is None:
            return found
        self.read = (self.read + " " + text)[:SECTION_CHARS]
        if all(q.speaker is not None for q in found) or says(text) \
                or not re.search(rf"(?<!\w){re.escape(self.name.split()[-1])}(?!\w)", self.read):
            return found  # a verb of saying gives the words to someone, or to nobody named, on purpose
        other = self.names.last_person_in(text)
        if other is not None and self.names.full(other) != self.name:
            return found  # the paragraph brings in someone else
        return [Quote(text=q.text, speaker=self.name, kind=q.kind) if q.speaker is None else q for q in found]


class _MythSection:
    """The section under a heading of myths or misconceptions ("Five myths about ferries", "Idées
    reçues sur le bac", "Irrtümer rund um die Fähre"), down to the next heading of its rank or
    higher: the lines in quote marks that nobody is said to speak there are the beliefs the page
    debunks (<h3>“Ferries are always late”</h3>, <li>“You must book a week ahead”</li>)."""

    def __init__(self) -> None:
        self.rank: int | None = None  # the myth heading's level while its section lasts

    def heading(self, el: etree._Element) -> None:
        rank = int(el.tag[1])
        if self.rank is not None and rank > self.rank:
            return  # a heading inside the section: one of its myths
        self.rank = rank if MYTH_HEADING_RE.search(_text(el)) is not None else None

    def unsaid(self, found: list[Quote]) -> list[Quote]:
        return [q for q in found if q.speaker is not None] if self.rank is not None else found


# A heading's words for myths and misconceptions, in several languages.
MYTH_HEADING_RE = lazy(
    r"(?i)\b(?:myths?|misconceptions?|mythes?|idées? reçues?|mythos|mythen|irrtümer|irrtum|mitos?|miti|mity|"
    r"mýty|myter|myten|misvattingen|мифы|мифов|міфи|міфів)\b"
)


SECTION_HEADINGS = 100  # headings read for the people they name: a long page's sections, bounded
SECTION_PEOPLE = 2  # one heading naming a person may be the subject of the page; two make it a list of people
SECTION_CHARS = 2000  # a section's opening, where its text names the person its heading does
# A list item's number before the name its heading gives ("3. ", "3) ", "#3 ").
SECTION_NUMBER_RE = lazy(r"^(?:#?\d{1,3}[.):]?\s+)")


def _condensed_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quotation in the page's opening, given to no one, whose words a later quotation holds in
    order with words left out between them: the deck condensing the story's quote ("Il sindaco:
    «Chiediamo lo stato di emergenza»" over "«Chiediamo alla Regione lo stato di emergenza …»,
    ha detto il sindaco"), no quotation of its own. A run of the later words (a partial quote in the
    lead) and words cut at a mark of ellipsis stay quotations."""
    opening = []
    for i, q in enumerate(quotes[:DECK_QUOTES]):
        if q.speaker is not None:
            break  # the story has begun: a quotation given to someone
        opening.append(i)
    dropped = set()
    for i in opening:
        q = quotes[i]
        words = _words(q.text)
        if q.kind != "inline" or len(words) < REPEAT_MIN_WORDS or "…" in q.text or "..." in q.text:
            continue
        run = " ".join(words)
        for later in quotes[i + 1:]:
            held = _words(later.text)
            if later.speaker and _in_order(words, held) and run not in " ".join(held):
                dropped.add(i)
                break
    return [q for i, q in enumerate(quotes) if i not in dropped] if dropped else quotes


DECK_QUOTES = 3  # the quotations read before the story's first given to someone: a deck holds one or two


def _in_order(words: list[str], held: list[str]) -> bool:
    """Are `words` found in `held`, in order, other words between them allowed?"""
    rest = iter(held)
    return all(word in rest for word in words)


def _said_later(quotes: list[Quote]) -> list[Quote]:
    """An inline quotation given to no one whose words the page gives later, exactly, to one person
    and no other ("Then came the old answer, “I would rather walk home.”" … "“I would rather walk
    home,” Ann Lee said again"): theirs, as _SaidBefore gives a repeat the earlier speaker. Words
    given to someone before and repeated with no one named stay no one's ("Volgens mij is het “…”")."""
    said_by: dict[str, set[str]] = {}
    out = []
    for q in reversed(quotes):
        words = " ".join(_words(q.text))
        later = said_by.get(words, set())
        if q.speaker is None and q.kind == "inline" and len(later) == 1 and len(words.split()) >= REPEAT_MIN_WORDS:
            q = Quote(text=q.text, speaker=next(iter(later)), kind=q.kind)
        elif q.speaker:
            said_by.setdefault(words, set()).add(q.speaker)
        out.append(q)
    return out[::-1]


REPEAT_MIN_WORDS = 4  # “Not at all”, “Thank you”: fewer words are a phrase anyone may say


def _fullest_names(quotes: list[Quote]) -> list[Quote]:
    """A speaker whose name ends another speaker's longer name is that person ("Beltrán
    Ocampo", read from "Ocampo added", after a quote of "Dr. Ana Beltrán Ocampo")."""
    by_last: dict[str, set[str]] = {}
    for q in quotes:
        if q.speaker:
            by_last.setdefault(q.speaker.split()[-1], set()).add(q.speaker)
    out = []
    for q in quotes:
        if q.speaker:
            longer = [s for s in by_last[q.speaker.split()[-1]] if s.endswith(" " + q.speaker)]
            if len(longer) == 1:
                q = Quote(text=q.text, speaker=longer[0], kind=q.kind)
        out.append(q)
    return out


def _words(text: str) -> list[str]:
    return WORD_RE.findall(text.lower())


class _SpokenQuotes:
    """The inline quotes with a speaker, each text normalised once (its lower-case words) and
    indexed by word: which is the first to contain a pull quote's first words?

    A page of n pull quotes and n quotes costs about n lookups, not n² comparisons.
    """

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = [q for q in quotes if q.kind == "inline" and q.speaker]
        self.texts = [" ".join(_words(q.text)) for q in self.quotes]
        self.by_word: dict[str, list[int]] | None = None  # word -> the quotes holding it, in order
        self.found: dict[str, Quote | None] = {}

    def first_containing(self, core: str) -> Quote | None:
        """The first quote whose words contain `core` (as `core in text`: its first and last
        words may be parts of words)."""
        if core not in self.found:
            self.found[core] = next((self.quotes[i] for i in self._candidates(core) if core in self.texts[i]), None)
        return self.found[core]

    def _candidates(self, core: str):
        inner = core.split()[1:-1]  # words matched whole: a quote that holds core holds them
        if not inner:
            return range(len(self.quotes))
        if self.by_word is None:
            self.by_word = {}
            for i, text in enumerate(self.texts):
                for word in dict.fromkeys(text.split()):
                    self.by_word.setdefault(word, []).append(i)
        return min((self.by_word.get(word, []) for word in inner), key=len)


def _block_as_speech(quote: Quote, names: NameIndex, last_person, voice: str | None) -> tuple[Quote, str | None]:
    """A <blockquote> that sets a paragraph of speech apart, opening with a quote mark and naming no
    speaker around it: the paragraph's own attribution ("“…,” said Ann Lee. “…”") or the voice of
    the paragraph before ("“…,” Lee said." / <blockquote>"“…”") says who speaks; then the voice
    goes on after it, as after a paragraph."""
    if quote.speaker is not None or quote.kind != "block" or quote.text[:1] not in OPENING_QUOTE_MARKS:
        return quote, None
    found, ends_in = _inline_quotes(quote.text, names, last_person, voice=voice)
    if not found or found[0].speaker is None or not quote.text.startswith(found[0].text):
        return quote, None
    return Quote(text=quote.text, speaker=found[0].speaker, kind=quote.kind), ends_in


def _block_goes_on(el: etree._Element, quote: Quote, block: tuple | None) -> Quote:
    """A block quote led in by a few words naming no one ("and here:") right after another
    block quote goes on in that quote's voice."""
    lead = el.getprevious()
    if quote.speaker is not None or block is None or block[1].speaker is None or lead is None \
            or lead.getprevious() is not block[0]:
        return quote
    text = _text(lead)
    if text.endswith(":") and len(text) <= LEAD_IN_MAX_CHARS and NameIndex.last_in(text) is None:
        return Quote(text=quote.text, speaker=block[1].speaker, kind=quote.kind)
    return quote


NARRATOR_REACH = 40  # characters after a quote read for "said I"
INCISE_CHARS = 100  # characters after a quote read for an incise naming its speaker (incise_speaker)
# "Ann Lee and Jo Park", "Lee, Park", "Lee & Park": a byline of several authors names no narrator.
MORE_THAN_ONE_AUTHOR_RE = lazy(r",|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|;")

LEAD_IN_WINDOW = 400  # characters of the paragraph before a block quote searched for its lead-in sentence
LEAD_IN_MAX_CHARS = 40  # "and here:", "And later, in the same thread:"


def _block_quote(el: etree._Element, repeats: _Repeats, names: NameIndex, last_person=None,
                 lead_ins: _LeadIns | None = None, own_words: _OwnWords | None = None,
                 signers: dict | None = None) -> Quote | None:
    parent = el.getparent()
    classes = f"{el.get('class', '')} {el.get('id', '')}".lower()
    if el.tag == "blockquote" and parent is not None:  # <aside class="pullquote"><blockquote>
        classes += f" {parent.get('class', '')} {parent.get('id', '')}".lower()
    pulled = bool(classes.strip()) and PULL_QUOTE_CLASS_RE.search(classes) is not None
    if el.tag == "div" and not pulled and (boxed := _signed_box(el, names)) is not None:
        return boxed  # a box of the words and "— Ann Lee" under them, its classes hashed
    if el.tag != "blockquote" and (not pulled or el.find(".//blockquote") is not None):
        return None  # a pull-quote wrapper around a <blockquote>: the blockquote is the quote
    if _inside(el, "blockquote"):
        return None
    cite = next((c for c in el.iter("cite") if not _in_running_text(c)), None)
    if cite is None:
        cite = el.find(".//footer")
    if cite is None:
        cite = _signing_line(el)  # <div class="pq-author">Ann Lee, harbour master</div> under the words
    speaker = _signer(cite) if cite is not None else None
    text = _block_text(el, skip=cite)
    if cite is not None and (post := cite.getnext()) is not None and (role := _text(post)) and text.endswith(role):
        text = text[:-len(role)].rstrip()  # the signer's post on the line under her name
    if not text:
        return None
    if not speaker:
        text, speaker = trailing_attribution(text)
    if not speaker and (signed := _last_line_signer(el, text, names)) is not None:
        text, speaker = signed  # "… even in the rain.<br><br>Ann Lee, captain": the name on the quotation's last line
    if not speaker and DECLARED_QUOTE_CLASS_RE.search(classes):
        text, speaker = _post_caption(text)
    label = LABELLED_QUOTE_RE.match(text)
    if label is not None:
        text = text[label.end():]  # "User review: “…”": the quotation, not its label
    if _links_only(text):
        return None  # an embedded post of a bare link or picture ("pic.x.com/…", "@ann #harbour"): no words said
    header = _post_header(el)
    if header is not None:  # "ann said:" over a post quoted in a forum reply: the post's words, its poster's
        if text.startswith(header):
            text = text[len(header):].strip()
        return Quote(text=text, speaker=_poster(header), kind="block") if text else None
    if not speaker and (CALLOUT_RE.match(text) or _callout_label(el)):
        return None  # "Note: …", "Fun fact: …", "➡️ Read more": a box set in a <blockquote>, not a quotation
    if not speaker and len(text) <= REPUBLISHED_MAX_CHARS and REPUBLISHED_RE.search(text):
        return None  # "This article first appeared in …": the page's note on where it was published
    if not speaker and not pulled and text[:1] not in OPENING_QUOTE_MARKS and _callout_marked(el, text, classes):
        return None  # <blockquote class="note">, "<b>Tip</b> Run …", "💡 …": a box of the page's own
    if not speaker and not DECLARED_QUOTE_CLASS_RE.search(classes) and _mostly_links(el, text):
        return None  # "Learn more: <a>…</a>", a box of related links set in a <blockquote>
    if not speaker and (_mostly_code(el, text) or URL_ONLY_RE.match(text) or SHELL_PROMPT_RE.match(text)
                        or _spec_sheet(el)):
        return None  # a <blockquote> indenting a code sample or a bare link (documentation writers do)
    if not speaker and not pulled and text[:1] not in OPENING_QUOTE_MARKS and (_inside(el, "li") or _inside(el, "dd")):
        return None  # docs indent a list item's body as a <blockquote> (docutils): the item goes on
    speaker = speaker or speaker_nearby(el)
    if not speaker:
        speaker = signature_after(el) or named_next(el) or speaker  # the quotation, then "— Ann Lee, harbour
        # master" below it, or a paragraph naming whose words they were ("So said Ann Lee, …")
    if not speaker and (card := _card_of(el)) is not None:
        speaker = name_line_after(el, card, names)  # a card's quotation, then "Ann Lee, harbour master" below it
    prev = el.getprevious()
    if not speaker and not pulled and _image_only(prev):
        return None  # a <blockquote> set under a picture: its caption, not a quotation
    if not speaker and not pulled and text[:1] not in OPENING_QUOTE_MARKS and _output_label(prev):
        return None  # "Output:" over a <blockquote>: what a program printed, not a quotation
    if not speaker and prev is not None and isinstance(prev.tag, str) and last_person is not None:
        speaker = lead_in_speaker(_text(prev)[-LEAD_IN_WINDOW:], names, last_person)  # "Samantha points out:"
    if not speaker:
        speaker = _poster_before(el)  # "<cite>ann_lee posted...</cite><blockquote>": the header set over it
    if not speaker and not pulled and text[:1] not in OPENING_QUOTE_MARKS and _sample_lead(prev):
        return None  # "The from line has the form:", "The general syntax is:": a template, said by no one
    if not speaker and not pulled and text[:1] not in OPENING_QUOTE_MARKS and _reader_pitch(el, text):
        return None  # "Questions? Email the reporter at …", "Book a meeting with our team": the page asks its reader
    speaker = speaker or _dropped_caption_signer(el, signers)  # signed in a caption the chrome rules dropped
    core = text.strip("“”\"'‘’«»„ .,;:!?")
    repeated = len(core) > 30 and repeats.twice(core[:80]) \
        and not (own_words is not None and own_words.only_in_blocks(core[:80]))  # a pull quote repeats the text
    if not speaker and not pulled and not repeated and text[:1] not in OPENING_QUOTE_MARKS and not _led_in(prev) \
            and not DECLARED_QUOTE_CLASS_RE.search(classes) and lead_ins is not None and not lead_ins.any():
        return None  # nobody says it, no quote mark, no lead-in on the page ("she wrote:"): the author's words set apart
    return Quote(text=text, speaker=names.full(speaker), kind="pull" if pulled or repeated else "block")


def _dropped_caption_signer(el: etree._Element, signers: dict | None) -> str | None:
    """The person the caption that signed this block quote named, when the chrome rules dropped
    that caption, or the part of it that held the name (<footer><cite class="…author">: an author
    box's class); a caption still in the body whole was read as it stands."""
    caption, name = (signers or {}).get(el, (None, None))
    if caption is None:
        return _signer_of_copy(el, signers) if signers else None
    return name if _top(caption) is not _top(el) or name not in caption.text_content() else None


def _signer_of_copy(el: etree._Element, signers: dict) -> str | None:
    """The signer of the page's block quote `el` is a copy of (a later pass cleans a copy of the page):
    the one whose words open as `el`'s do, when `el` no longer holds the name."""
    words = " ".join(el.text_content().split())
    if len(words) < MIN_COPY_MATCH_CHARS:
        return None
    for quote, (_caption, name) in signers.items():
        if " ".join(quote.text_content().split()).startswith(words) and name not in words:
            return name
    return None


MIN_COPY_MATCH_CHARS = 20  # a quotation's words, enough to tell it from the page's other block quotes


def _top(el: etree._Element) -> etree._Element:
    """The outermost element above `el`: a caption the rules removed is cut off from the body's."""
    for node in el.iterancestors():
        el = node
    return el


def _signed_box(el: etree._Element, names: NameIndex) -> Quote | None:
    """A box of a few lines whose last is a dash and a person's name alone, `el` the words right
    above it (<div><div>Words …</div><div>— Ann Lee, biologist</div></div>, an embedded post's
    "— Ann Lee (@annlee)"): a pull quote whatever its classes say (a builder's hashed ones say
    nothing). Not a paragraph of a body signed at its end: that box holds more lines."""
    nxt, parent = el.getnext(), el.getparent()
    if nxt is None or nxt.getnext() is not None or parent is None or len(parent) > SIGNED_BOX_LINES \
            or not isinstance(nxt.tag, str):
        return None
    text = _text(el)
    if QUOTE_MARK_RE.search(text) or (len(text.split()) < QUOTE_MIN_WORDS
                                      and len(UNSPACED_SCRIPT_RE.findall(text)) < QUOTE_MIN_UNSPACED_CHARS):
        return None
    if any(isinstance(child.tag, str) and child.tag in READ_BLOCK_TAGS for child in el.iterdescendants()):
        return None  # a wrapper of paragraphs: they are read one by one
    name = dash_signature(nxt)
    return Quote(text=text, speaker=names.full(name), kind="pull") if name else None


SIGNED_BOX_LINES = 3  # a label ("Post on X"), the words, the signature


def _post_caption(text: str) -> tuple[str, str | None]:
    """An embedded post's words without the embed's own lines: "View this post on Instagram" over
    them, "A post shared by Ann Lee (@annlee) on May 3" under them, whose name is the poster."""
    text = VIEW_POST_RE.sub("", text, count=1)
    shared = POST_SHARED_RE.search(text)
    if shared is None or not text[:shared.start()].strip():
        return text, None
    return text[:shared.start()].strip(), PosterName(shared.group(1))


# The lines an embedded post's code sets around its words, in the languages the embed is served in.
VIEW_POST_RE = lazy(
    r"(?i)^\s*(?:view this post on|diesen beitrag auf|voir cette publication sur|ver esta publicación en|"
    r"visualizza questo post su|ver essa publicação no|ver esta publicação no|dit bericht op|wyświetl ten post na|"
    r"visa det här inlägget på|посмотреть эту публикацию в) instagram\w*(?: ansehen| bekijken)?\s*"
)
POST_SHARED_RE = lazy(
    r"\s*(?:A post shared by|Ein Beitrag geteilt von|Une publication partagée par|Una publicación compartida por|"
    r"Un post condiviso da|Uma publicação compartilhada por|Een bericht gedeeld door|Post udostępniony przez|"
    r"Ett inlägg som delats av|Публикация от)\s+([^()@]{1,60}?)\s*\(@[\w.]+\)[^()]{0,60}$"
)


def _signing_line(el: etree._Element) -> etree._Element | None:
    """The block's last line where its class calls it the author's or the source's and it holds a
    person's name alone or before a comma and an office ("Ann Lee, harbour master"), under the words
    it signs; None for any other."""
    last = el[-1] if len(el) > 1 else None
    if last is None or not isinstance(last.tag, str) or (last.tail or "").strip():
        return None
    if len(el) > 2 and SIGNER_ROLE_CLASS_RE.search(last.get("class", "").lower()) \
            and isinstance(el[-2].tag, str) and not (el[-2].tail or "").strip() \
            and SIGNER_NAME_CLASS_RE.search(el[-2].get("class", "").lower()):
        last = el[-2]  # <div class="card-name">Ann Lee</div><div class="card-title">Harbour Master</div>
    elif not SIGNING_CLASS_RE.search(last.get("class", "").lower()):
        return None
    return last if signing_name(_text(last).lstrip(SIGNATURE_OPENING)) is not None else None  # "— Ann Lee, …" too


# What may open a signing line before its name: "— Ann Lee", "― Ann Lee", "- Ann Lee".
SIGNATURE_OPENING = "".join(SIGNING_DASHES) + "- "  # and a hyphen, and the space after them
# Class words of a quotation's signing line: its author, its source, its credit.
SIGNING_CLASS_RE = lazy(r"author|byline|attribution|credit|source|cite|signature")
# A quotation card's last two lines: the signer's name, then her post ("…-name" over "…-title").
SIGNER_NAME_CLASS_RE = lazy(r"name|author|byline|attribution|credit|source|cite|signature")
SIGNER_ROLE_CLASS_RE = lazy(r"title|role|position|job|company|organi[sz]ation|affiliation")


def _signer(cite: etree._Element) -> str | None:
    """Who a block's <cite> or <footer> signs it with: the name without the office or the
    affiliation after its comma ("— Ann Lee, harbour master"), the person before a <cite> of her
    institution ("— Ann Lee, <cite>Harbour Trust</cite>"); the line whole where it names no person;
    no one for a line in a script without capitals that describes the customer by a figure ("30代男性")."""
    if (customer := _cjk_credit(_text(cite))) is not None:
        return customer  # "— 大阪府・M.K.様": the customer, the town and the polite suffix left
    text = _text(cite).lstrip(SIGNATURE_OPENING)
    if (customer := uncased_credit(text)) is not None:
        return customer or None  # "— 윤하린 씨, 광주": the customer, the town and the suffix left
    parent = cite.getparent()
    if cite.tag == "cite" and parent is not None and parent.tag == "footer":
        name = signing_name(" ".join((parent.text or "").split()).lstrip(SIGNATURE_OPENING).rstrip(" ,"))
        if name is not None:
            return name  # the person, then the <cite> of where she works or wrote
    return credited_name(text) or text


# A short label and a colon before the quote mark that opens a block ("User review: “…”").
LABELLED_QUOTE_RE = lazy(r"[^\W\d][\w ]{0,24}:\s*(?=[“\"«„][^“\"«„]{20,}[”\"»“]$)")
OPENING_QUOTE_MARKS = "“\"«„‚‘「『"
CLOSING_QUOTE_MARKS = "”\"»“’」』"
# The marks that open and close a paragraph that is a quotation and nothing else, or one led in by the
# paragraph before: Swedish and Finnish open with "”" (”…”), Danish with "»" (»…«), as well as the marks
# the other languages open with.
ALL_QUOTED_OPENERS = OPENING_QUOTE_MARKS + "”»"
ALL_QUOTED_CLOSERS = CLOSING_QUOTE_MARKS + "«"
URL_ONLY_RE = lazy(r"(?:https?://|www\.)\S+$")
# A terminal's or an interpreter's prompt opening the block ("$ ", "~$ ", "user@host:~$ ", ">>> ",
# "C:\> ", "PS C:\> "): a command and what it printed, set in a <blockquote> without <code>. A
# sum of money ("$5 million") has no space after its sign.
SHELL_PROMPT_RE = lazy(r"(?:\$|~\$|#|>>>|[\w.-]+@[\w.-]+:[~/][^\s$#]*[$#]|(?:PS )?[A-Z]:\\[^>\s]*>)\s+\S")


def _post_header(el: etree._Element) -> str | None:
    """The forum header a block opens with, naming the post it quotes ("ann_lee said:", "Quote
    from ann_lee", "Zitat von ann_lee", "ann_lee a écrit :"): its own first line, a first element
    (<div>, <cite>) or that element's own first element (<div><cite>ann wrote:</cite>…); or None."""
    node, lead = el, (el.text or "").strip()
    for _ in range(POST_HEADER_DEPTH):
        if lead:  # words before the first element: the header is that line or nothing
            line = " ".join(lead.split())
            return line if len(line) <= POST_HEADER_CHARS and POST_HEADER_RE.match(line) is not None else None
        first = next(iter(node), None)
        if first is None or not isinstance(first.tag, str):
            return None
        header = _text(first)
        if 0 < len(header) <= POST_HEADER_CHARS and POST_HEADER_RE.match(header) is not None:
            return header if len(_text(el)) > len(header) else None
        node, lead = first, (first.text or "").strip()
    return None


def _poster_before(el: etree._Element) -> str | None:
    """The user a forum header right before the block names, as one word ("ann_lee wrote:",
    "<cite>ann_lee posted...</cite><br>"), the header the line's whole text; not a pronoun or one
    of the words for anyone ("She wrote:", "Someone said:"), and not a name of several words,
    which the lead-in's subject gives ("Ann Lee wrote:")."""
    prev = el.getprevious()
    while prev is not None and prev.tag == "br" and not (prev.tail or "").strip():
        prev = prev.getprevious()
    if prev is None or not isinstance(prev.tag, str):
        return None
    header = _text(prev) if not (prev.tail or "").strip() else _inline_lead(el)
    if not header or len(header) > POST_HEADER_CHARS or POST_HEADER_RE.match(header) is None:
        return None
    poster = _poster(header)
    return poster if poster and " " not in poster and poster.lower() not in ANYONE_WORDS else None


def _inline_lead(el: etree._Element) -> str:
    """The words of `el`'s parent before it, when only inline elements and their text stand there
    ("<b>ann_lee</b> wrote:<blockquote>": the poster's name set in bold, the verb after it); else ""."""
    parent = el.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            return " ".join(" ".join(parts).split())
        if not isinstance(sibling.tag, str) or sibling.tag not in INLINE_TAGS:
            return ""
        parts += [sibling.text_content(), sibling.tail or ""]
    return ""


# Words for anyone or everyone, which a header-shaped line may open with ("Someone wrote:"): no user.
ANYONE_WORDS = frozenset(("someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody", "one",
                          "people", "they", "we", "i", "you", "jemand", "alle", "man", "quelqu'un", "quelqu’un",
                          "on", "alguien", "todos", "qualcuno", "tutti", "ktoś", "wszyscy", "iemand", "iedereen",
                          "någon", "alla", "кто-то", "все"))


def _forum_posters(body: etree._Element) -> frozenset[str]:
    """The user names the forum headers over the body's quoted posts give, shaped as no word is
    ("ann_lee said:", "Kettle7Q said:"; not "She said:")."""
    return frozenset(poster for el in body.iter("blockquote")
                     if (header := _post_header(el)) is not None and (poster := _poster(header))
                     and USER_NAME_RE.match(poster) is not None)


# A forum's user name: one token with a digit, an underscore, a dot or a capital inside a word
# ("ann_lee", "Kettle7Q", "b.lee", "SeaWolf"), which no word of a language is.
USER_NAME_RE = lazy(r"\S*(?:[\d_.]|[^\W\d_][A-Z])\S*$")


def _poster(header: str) -> str | None:
    """The user a forum header names ("On 3 May, ann_lee said:" gives ann_lee), or None ("Quote:",
    and "She said:": a pronoun names no user)."""
    m = POST_HEADER_RE.match(header)
    name = next((g for g in m.group("said", "suffixed", "from", "by") if g), None) if m is not None else None
    name = name.split(", ")[-1].strip() if name else None
    return name if name and name.lower() not in PRONOUNS else None


POST_HEADER_DEPTH = 3  # <blockquote><div class="quote"><cite>ann wrote:</cite>


def _led_in(prev: etree._Element | None) -> bool:
    """Do the words right before a block (the text after `prev`, else `prev` itself) end with a
    colon that leads a quotation in ("She wrote:")?"""
    if prev is None or not isinstance(prev.tag, str):
        return False
    return ((prev.tail or "").strip() or _text(prev)).endswith(LEAD_IN_MARKS)


LEAD_IN_MARKS = (":", "：")  # Latin and full-width colons


def _output_label(prev: etree._Element | None) -> bool:
    """Are the words right before a block a label that names it a program's output ("Output:",
    "Expected output:", "Result:"), with no one said to say it?"""
    if prev is None or not isinstance(prev.tag, str):
        return False
    lead = " ".join(((prev.tail or "").strip() or _text(prev)).split())
    if not lead.endswith(LEAD_IN_MARKS) or len(lead) > OUTPUT_LABEL_CHARS:
        return False
    words = WORD_RE.findall(lead.lower())
    return 0 < len(words) <= OUTPUT_LABEL_WORDS and words[-1] in OUTPUT_WORDS


OUTPUT_LABEL_CHARS = 40
OUTPUT_LABEL_WORDS = 3  # "Expected output:", "Sample console output:"
# The last word of a label over what a program printed (several languages).
OUTPUT_WORDS = frozenset((
    "output", "outputs", "result", "results", "ausgabe", "ergebnis", "sortie", "résultat", "salida", "resultado",
    "risultato", "uitvoer", "resultaat", "wynik", "výstup", "výsledek", "saída",
))


def _sample_lead(prev: etree._Element | None) -> bool:
    """Does the sentence right before a block lead in a template, a syntax or a form of something
    ("The general syntax is:", "… has the form:", "The resulting configuration would be:", "e.g.:")
    and name no act of saying? A quotation led in so is one someone
    said ("She gave this example:"), whose speaker the lead names: asked only when none was found."""
    if prev is None or not isinstance(prev.tag, str):
        return False
    lead = " ".join(((prev.tail or "").strip() or _text(prev)).split())
    if not lead.endswith(LEAD_IN_MARKS):
        return False
    clause = re.split(r"[.!?;]\s+", lead[-SAMPLE_LEAD_CHARS:])[-1]  # the last sentence, "e.g.:" whole
    words = [w for w in (w.strip(",:：()") for w in clause.lower().replace("e.g.", " e.g. ").split()) if w]
    k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in SAMPLE_WORDS), None)
    if k is None or len(words) - 1 - k > SAMPLE_TAIL_WORDS or not all(w in SAMPLE_TAIL for w in words[k + 1:]):
        return False  # "For example, she errs:", "Here's an example prompt:": the noun is not what follows
    return not says(clause)


SAMPLE_LEAD_CHARS = 160  # the lead sentence's end: its subject and verb
SAMPLE_TAIL_WORDS = 3  # "The general syntax is:", "The configuration would look like:"
# The words that may stand between the sample's noun and the colon: linking verbs, "like this".
SAMPLE_TAIL = frozenset((
    "is", "are", "was", "would", "will", "be", "looks", "look", "like", "this", "these", "below", "follows", "as",
    "ist", "sind", "lautet", "wie", "folgt", "est", "sont", "suit", "es", "son", "è", "sono", "é", "são", "zijn",
    "jest", "są",
))
# Words that name what follows a template, a syntax or a form of something, not anybody's words
# (several languages). Not "example": a page gives somebody's words as an example of what was said.
SAMPLE_WORDS = frozenset((
    "e.g.", "syntax", "form", "format", "template", "pattern", "snippet", "configuration", "output",
    "vorlage", "muster", "syntaxe", "modèle", "plantilla", "sintaxis", "modello", "sintassi", "modelo", "sintaxe",
    "sjabloon", "szablon", "składnia",
))

class _LeadIns:
    """Does the page lead any of its block quotes in with a colon? Asked only for a block with
    no speaker and no quote mark; the page's <blockquote>s are read once."""

    def __init__(self, body: etree._Element) -> None:
        self.body = body
        self.found: bool | None = None

    def any(self) -> bool:
        if self.found is None:
            self.found = any(_led_in(bq.getprevious()) for bq in self.body.iter("blockquote"))
        return self.found


def _mostly_links(el: etree._Element, text: str) -> bool:
    """Is half or more of the block's text the text of its links (not counting a post's @names and
    #tags, which are words of the post)?"""
    linked = sum(len(t) for t in (" ".join(a.text_content().split()) for a in el.iter("a"))
                 if not t.startswith(("@", "#", ".@")))
    return linked > 0 and 2 * linked >= len(text)


def _reader_pitch(el: etree._Element, text: str) -> bool:
    """Does the box ask its reader to act, the page's own call to action set in a <blockquote>?
    Two signs must agree: a sentence opens on a verb that asks the reader to get in touch, book,
    fill in or sign up ("Email the reporter at …", "Kontaktieren Sie uns", "Inscrivez-vous"), and
    the box gives a way to do it or its publisher speaks (an e-mail address, a phone number, a link
    or a form; "our team", "us"). A quotation that asks so is signed or marked, and comes here
    neither (_block_quote reads it only unsigned and unmarked)."""
    if READER_ACTION_RE.search(text) is None:
        return False
    return CONTACT_MEANS_RE.search(text) is not None or PUBLISHER_WORDS_RE.search(text) is not None \
        or next(el.iter("a", "form", "input", "button"), None) is not None


# A sentence that opens on a verb asking the reader to get in touch, book, fill in a form or sign
# up, in several languages ("Email the reporter at …", "Book a demo with our team", "Schreiben Sie uns",
# "Contactez-nous", "Escríbenos", "Scrivici", "Entre em contato", "Neem contact op", "Napisz do nas",
# "Свяжитесь с нами"): a pitch to the reader, not words someone said.
READER_ACTION_RE = lazy(
    r"(?:^|[.!?…:]\s+)(?:\W{0,3})(?:(?:please|so|then|just)\s+)?(?:"
    # English verbs that are nouns too ("Book lovers", "Contact with"): the imperative has its object
    r"(?:e-?mail|contact|call|book|schedule|request|fill (?:out|in)|sign up|subscribe|register|join|download)"
    r"\s+(?:a|an|the|us|our|your|me|now|today|here|for|to|at|with|online)\b|"
    r"(?:(?:write|reach out|talk) to|drop|send|tell|get in touch with) us\b|get in touch\b|"
    r"(?:kontaktieren|schreiben|rufen|buchen|vereinbaren|füllen|melden|abonnieren|registrieren) sie\b|"
    r"(?:contactez|écrivez|appelez|réservez|remplissez|inscrivez|abonnez|prenez rendez-vous)|"
    r"(?:contáct(?:anos|enos|e|a)|escr[ií]b(?:enos|anos|a)|ll[aá]m(?:anos|enos|e)|rellen[ae]|"
    r"complet[ae] el formulario|suscr[ií]b(?:ete|ase)|reg[ií]str(?:ate|ese))\b|"
    r"(?:reserv[ae]|solicit[ae]) (?:ya|ahora|hoy|tu|su|una?|el|la|aquí)\b|"
    r"(?:contattaci|scrivici|chiamaci|iscriviti)\b|"
    r"(?:contatta|prenota|compila|richiedi) (?:ora|subito|oggi|il|la|lo|un|una|i|le|gli|qui)\b|"
    r"(?:entre em contato|fale conosco|escreva para|ligue para|agende|preencha|inscreva-se|solicite)\b|"
    r"(?:neem contact op|mail ons|bel ons|vul het formulier|schrijf je in|meld je aan)\b|"
    r"boek (?:nu|een|je|uw|direct|vandaag)\b|"
    r"(?:skontaktuj się|napisz do nas|zadzwoń|zarezerwuj|umów|wypełnij|zapisz się)|"
    r"(?:свяжитесь|напишите нам|позвоните|запишитесь|заполните|подпишитесь|оставьте заявку))",
    re.I,
)
# A way to act on the pitch written out: an e-mail address or a phone number.
CONTACT_MEANS_RE = lazy(r"[\w.+-]+@[\w-]+\.[\w.]+|(?:\+?\d[\d ().-]{6,}\d)")
# The publisher speaking of itself to the reader ("with our team", "contact us", "uns", "nous", "nos").
PUBLISHER_WORDS_RE = lazy(
    r"(?i)\b(?:our|us|ours|uns|unser\w*|nous|notre|nos|nosotros|nuestr[oa]s?|ci|nostr[oaie]|conosco|noss[oa]s?|"
    r"ons|onze|nas|nasz\w*|нам|нас|наш\w*)\b"
)


def _links_only(text: str) -> bool:
    """Are the block's words addresses, @names and #tags, with signs and numbers at most: a post that
    shares a link or a picture and says nothing?"""
    rest, links = LINK_TOKEN_RE.subn(" ", text)
    return links > 0 and not any(any(c.isalpha() for c in token) for token in rest.split())


# An address ("https://…", "www.…", "pic.example.com/…", "t.co/…"), an @name or a #tag.
LINK_TOKEN_RE = lazy(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|[@#][\w.]+")


def _mostly_code(el: etree._Element, text: str) -> bool:
    """Is half or more of the block's text in <pre> blocks, or in inline code (<code>, <kbd>,
    <samp>) outside them: a command or a setting set apart, with a word or two around it?"""
    code = sum(len(" ".join(c.text_content().split())) for c in el.iter(*CODE_BLOCK_TAGS)
               if not any(a.tag in CODE_BLOCK_TAGS for a in islice(c.iterancestors(), CODE_DEPTH)))
    return code > 0 and 2 * code >= len(text)


def _spec_sheet(el: etree._Element) -> bool:
    """Is the block a sheet of facts, SPEC_MIN_LINES lines or more each a short label, a colon and a
    short value ("Length: 42 m", "Built: 1998", "Crew: 6")? A spec or term sheet set in a
    <blockquote>; a transcript's turns ("Ann: …") are sentences, longer than a value, and its
    speakers come back."""
    lines = [_text(line) for line in islice(el.iter("p", "li", "dd", "tr"), SPEC_MAX_LINES + 1)]
    if not SPEC_MIN_LINES <= len(lines) <= SPEC_MAX_LINES and el.find(".//br") is not None:
        lines = [" ".join(line.split()) for line in lined_text(el, "\n").splitlines() if line.strip()]
    if not SPEC_MIN_LINES <= len(lines) <= SPEC_MAX_LINES or not all(SPEC_LINE_RE.match(line) for line in lines):
        return False
    labels = [re.split("[:：]", line, maxsplit=1)[0].strip().lower() for line in lines]
    return len(set(labels)) == len(labels)  # "Ann: Yes." / "Jo: No." / "Ann: Fine.": turns come back, facts do not


SPEC_MIN_LINES = 3
SPEC_MAX_LINES = 30
# A label of three words at most, a colon, and a value of a few words with no sentence inside.
SPEC_LINE_RE = lazy(r"[^\W\d][\w().'’/-]*(?: [\w().'’/-]+){0,2}\s?[:：]\s*[^.!?]{1,40}[.]?$")


CODE_BLOCK_TAGS = ("pre", "code", "kbd", "samp")
CODE_DEPTH = 4  # <pre><span><code>: the levels read for an outer code block


# The label of a callout box that a page sets in a <blockquote> (several languages), or a
# pointing arrow before a link.
CALLOUT_RE = lazy(
    r"(?i)(?:(?:editor['’]s |important |quick |fun |pro )?(?:note|notes|tip|tips|warning|caution|update|updated|"
    r"abstract|summary|tl;?dr|disclaimer|disclosure|fact|hinweis|achtung|anmerkung|tipp|remarque|astuce|"
    r"avertissement|nota|aviso|consejo|uwaga|wskazówka|let op|catatan|peringatan|read|read more|see also|"
    r"lesen sie auch|lire aussi|lee también|leggi anche|learn more|find out more|related|further reading|"
    r"more info|more information|definition|example|key takeaways?|takeaways?|reminder|hint|info|"
    r"siehe auch|mehr dazu|mehr erfahren|definition|beispiel|wichtig|en savoir plus|voir aussi|définition|exemple|"
    r"más información|ver también|definición|ejemplo|importante|per saperne di più|vedi anche|definizione|esempio|"
    r"zie ook|meer informatie|definitie|voorbeeld|belangrijk|zobacz też|zobacz także|więcej|definicja|przykład|"
    r"ważne|примечание|внимание|совет|важно|примітка|увага|порада|dica|observação|atenção|attenzione|"
    r"suggerimento|atención|advertencia|opmerking|waarschuwing|obs|varning|poznámka|upozornění|not|ipucu|uyarı|"
    # summaries, corrections and steps: the page's own words about itself, or an instruction
    r"bottom line|in short|in a nutshell|key points|at a glance|quick answer|short answer|in brief|correction|"
    r"clarification|(?:content |trigger )?warning|spoiler(?: alert)?|heads up|kurz gesagt|auf einen blick|"
    r"korrektur|en bref|en résumé|rectificatif|en resumen|corrección|in breve|in sintesi|correzione|in het kort|"
    r"w skrócie|(?:step|schritt|étape|paso|passo|stap|krok) \d{1,2}|"
    # the editor's or the author's own note on the story, and its disclosures (several languages)
    r"(?:a )?note from the (?:editor|author)|author['’]s note|(?:full )?disclosure|"
    r"(?:anmerkung|hinweis|anm\.) (?:der|d\.) (?:redaktion|red\.)|offenlegung|transparenzhinweis|"
    r"ndlr|n\.\s?d\.\s?l\.\s?r\.?|note de la rédaction|note de l['’]auteur|"
    r"nota (?:del editor|de la redacción|del autor|della redazione|dell['’]autore|do editor|da redação|do autor)|"
    r"n\.\s?d\.\s?r\.?|divulgación|divulgação|noot van de redactie|(?:od|przypis) redakcji|"
    r"примечание редакции|от редакции)"
    r"\s*:|(?:注意|提示|注|备注|備註|警告|小贴士|小提示|ヒント|メモ|참고|주의|팁)\s*[:：]|"
    # a dated or numbered update or edit of the page's own ("Update 2:", "UPDATE (May 3):", "Edit, 3 May –")
    r"(?:edit|edited|update|updated|aktualisierung|nachtrag|mise à jour|actualización|aggiornamento|atualização)"
    r"(?:\s+\d{1,2}|\s*\([^()]{1,40}\)|,?\s+[^\s:–—][^:–—]{0,30}?\d[^:–—]{0,12}?)?\s*[:–—]|"
    r"tl;?dr\s*[–—]|p\.\s?s\.\s|ps\s*:|"
    r"\[!(?:note|tip|important|warning|caution)\]|[➡👉→⇒►▶]|(?:please )?note that\b|"
    r"bitte beachten|notez que|tenga en cuenta)"
)


# The class words by which docs generators, Markdown renderers and page builders mark a box of the
# page's own (a note, a tip, a warning, an admonition, an example) set as a <blockquote>.
CALLOUT_CLASS_RE = lazy(
    r"(?:^|[\s_-])(?:note|notes|tip|tips|hint|warning|caution|danger|important|info|notice|alert|callout|"
    r"admonition|example|summary|takeaways?|disclaimer|remark|attention|hinweis|remarque|astuce|nota|aviso)"
    r"(?:$|[\s_-])"
)


def _callout_marked(el: etree._Element, text: str, classes: str) -> bool:
    """Is the block marked a box of the page's own rather than by its words: a callout class word
    on it (<blockquote class="note">, "admonition tip"), a label word set bold at its start with no
    colon ("<strong>Warning</strong> Back up …"), or a callout sign opening it ("💡", "⚠️") where the
    markup does not call it a quotation or an embedded post (a post may open on a sign)?"""
    if CALLOUT_CLASS_RE.search(el.get("class", "").lower()) is not None:
        return True
    if text[:1] in CALLOUT_SIGNS and not DECLARED_QUOTE_CLASS_RE.search(classes):
        return True
    first = next((d for d in el.iterdescendants() if isinstance(d.tag, str) and d.tag not in BOX_START_TAGS), None)
    if first is None or first.tag not in BOLD_TAGS or not text.startswith(label := _text(first)):
        return False
    label = label.rstrip(":： ")
    m = CALLOUT_RE.match(label + ":") if 0 < len(label) <= CALLOUT_LABEL_CHARS else None
    return m is not None and m.end() == len(label) + 1


CALLOUT_SIGNS = frozenset("💡⚠ℹ📝📌❗❕🚨⛔🛑✏🔔")  # the signs a callout opens on: a bulb, a warning, information
BOX_START_TAGS = frozenset(("p", "div", "span"))  # the wrappers before a box's first inline element


def _callout_label(el: etree._Element) -> bool:
    """A box whose first line is its label alone (<blockquote><p>Tip</p><p>…</p>) or a heading."""
    first = next(iter(el), None)
    if first is None or not isinstance(first.tag, str) or (el.text or "").strip():
        return False
    if first.tag in HEADING_TAGS:
        return True  # a box under its own heading ("What to do next"): quotations carry none
    label = " ".join(first.text_content().split()).rstrip(":")
    m = CALLOUT_RE.match(label + ":") if 0 < len(label) <= CALLOUT_LABEL_CHARS else None
    if m is not None and m.end() == len(label) + 1:
        return True  # the label, all of it
    # "Detailed Explanation" over the box's text: a title line of its own, as no quotation opens
    return _title_label(label) and first.getnext() is not None


def _title_label(label: str) -> bool:
    """Is the line a box's title: two or three words with no sign between them, the last a noun
    that names a box of explanation ("Detailed Explanation", "Key Points", "Quick Reference",
    "Wichtige Hinweise")? A poster's name, a greeting or a verse line ends on no such noun."""
    words = label.split(" ")
    return len(label) <= CALLOUT_LABEL_CHARS and 2 <= len(words) <= TITLE_LABEL_WORDS \
        and all(w.isalpha() for w in words) and words[-1].lower() in BOX_TITLE_NOUNS


TITLE_LABEL_WORDS = 3
# The last word of a box's title line, in several languages.
BOX_TITLE_NOUNS = frozenset((
    "explanation", "explanations", "reference", "points", "takeaway", "takeaways", "details", "overview",
    "background", "summary", "notes", "tips", "facts", "info", "information", "reminder", "recap",
    "erklärung", "hinweise", "hinweis", "überblick", "zusammenfassung", "tipps", "fakten", "explication",
    "explications", "résumé", "rappel", "conseils", "explicación", "resumen", "consejos", "datos",
    "spiegazione", "riepilogo", "consigli", "uitleg", "samenvatting", "wyjaśnienie", "podsumowanie", "porady",
))


CALLOUT_LABEL_CHARS = 24
REPUBLISHED_MAX_CHARS = 400  # a note of a sentence or two; a long block is more than that
# A note on where the page's story was first published, in several languages ("This article was
# originally published in …", "Dieser Artikel erschien zuerst in …", "Cet article a été publié pour la
# première fois …"): the page's own words about itself, set in a <blockquote> by some CMSs.
REPUBLISHED_RE = lazy(
    r"(?i)^(?:this|the) (?:article|story|post|piece|essay|interview|column) (?:was )?(?:originally|first) "
    r"(?:published|appeared|ran)|^(?:originally|first) (?:published|appeared) (?:in|on|at|by)\b|"
    r"^(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist) (?:zuerst|erstmals|ursprünglich)|"
    r"^(?:zuerst|erstmals|ursprünglich) (?:erschienen|veröffentlicht) (?:in|auf|bei|im)\b|"
    r"^(?:cet|l['’]) ?(?:article|entretien) a (?:été )?(?:initialement |d['’]abord )?(?:publié|paru)|"
    r"^(?:este|el) (?:artículo|texto|reportaje) (?:fue publicado|se publicó|apareció) (?:originalmente|primero|por primera vez)|"
    r"^publicado originalmente (?:en|no|na|em)\b|^(?:questo|l['’]) ?articolo è (?:stato )?(?:pubblicato|apparso) "
    r"(?:originariamente|per la prima volta|originalmente)|^(?:este|o) artigo foi (?:publicado|originalmente publicado)"
    r"(?: originalmente| pela primeira vez)?|^(?:dit|het) (?:artikel|stuk) (?:verscheen|werd) (?:eerder|eerst|oorspronkelijk)"
)
HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


class _Repeats:
    """Does a text stand twice in the body text (as `body_text.count(key) >= 2`)?

    One `count` per block quote scans the whole body: n block quotes cost n times the
    page. The first REPEAT_SCANS keys are looked for in C (a find, and a second past the
    first: most pages ask one or two); past them, the body's spaces are indexed once by the
    REPEAT_ANCHOR characters that follow them (a loop over every word in Python), and a
    key is looked for only where its own first space could stand. A key asked again is
    answered from memory. A key with no such space (Chinese, Japanese), or an anchor
    standing more than REPEAT_MAX_CANDIDATES times, is counted.
    """

    def __init__(self, body_text: str) -> None:
        self.text = body_text
        self.at: dict[str, list[int]] | None = None  # anchor -> where it follows a space
        self.known: dict[str, bool] = {}
        self.scans = 0  # keys looked for in the whole text so far

    def twice(self, key: str) -> bool:
        if key not in self.known:
            self.known[key] = self._twice(key)
        return self.known[key]

    def _twice(self, key: str) -> bool:
        space = key.find(" ")
        anchor = key[space + 1:space + 1 + REPEAT_ANCHOR]
        if space < 0 or len(anchor) < REPEAT_ANCHOR:
            return self.text.count(key) >= 2
        if self.scans < REPEAT_SCANS:  # as count(key) >= 2: a second occurrence past the first
            self.scans += 1
            first = self.text.find(key)
            return first >= 0 and self.text.find(key, first + len(key)) >= 0
        candidates = self._index().get(anchor, ())
        if len(candidates) > REPEAT_MAX_CANDIDATES:
            return self.text.count(key) >= 2
        found, after = 0, 0  # as str.count: occurrences that do not overlap, from the left
        for start in candidates:
            start -= space + 1
            if start >= after and self.text.startswith(key, start):
                found, after = found + 1, start + len(key)
                if found == 2:
                    return True
        return False

    def _index(self) -> dict[str, list[int]]:
        if self.at is None:
            self.at = {}
            text, where = self.text, self.text.find(" ")
            while where >= 0:
                self.at.setdefault(text[where + 1:where + 1 + REPEAT_ANCHOR], []).append(where + 1)
                where = text.find(" ", where + 1)
        return self.at


# Characters after a space that index the body text: long enough that few places share them.
REPEAT_ANCHOR = 12
# An anchor found in more places than this (a page repeating itself) is counted the plain way.
REPEAT_MAX_CANDIDATES = 64
# Keys looked for in the whole text before the text is indexed (each costs two scans in C at most).
REPEAT_SCANS = 8


class _OwnWords:
    """Does a quote naming no one repeat the page's own words: written first on the page outside
    quote marks and outside any <blockquote>, then quoted (asked of a quote opening its paragraph:
    a comment or a forum reply quoting the article or a post above it)? The page's block quotes
    are read once, and only when a quote is asked about."""

    def __init__(self, body: etree._Element, body_text: str, repeats: _Repeats) -> None:
        self.body = body
        self.text = body_text
        self.repeats = repeats
        self.blocks: str | None = None  # the text of the page's <blockquote>s
        self.found: tuple[Occurrences, Occurrences] | None = None  # where keys stand in the blocks and the text

    def unquoted(self, inner: str) -> bool:
        key = inner.strip(QUOTE_CHARS + ".,;:!?…")[:OWN_WORDS_KEY_CHARS]
        if len(key) < OWN_WORDS_MIN_CHARS or not self.repeats.twice(key):
            return False
        if key in self._blocks():
            return False  # a block quote the text quotes again: a quotation both times
        first = self.text.find(key)  # the page wrote them first, the quote repeats them
        return self.text[max(0, first - 2):first].strip()[-1:] not in OPENING_QUOTE_MARKS + "‘"

    def only_in_blocks(self, key: str) -> bool:
        """Does the text stand only in <blockquote>s (the same box set at the top and the bottom)?
        Counted as str.count counts, from an index once many are asked (Occurrences)."""
        if self.found is None:
            self.found = Occurrences(self._blocks()), Occurrences(self.text)
        return sum(1 for _ in self.found[0].apart(key)) >= sum(1 for _ in self.found[1].apart(key))

    def _blocks(self) -> str:
        if self.blocks is None:
            self.blocks = " ".join(_text(bq) for bq in self.body.iter("blockquote"))
        return self.blocks


OWN_WORDS_MIN_CHARS = 30  # shorter words stand twice on a page by chance ("in the end it was worth it")
OWN_WORDS_KEY_CHARS = 80


def _input_list(li: etree._Element) -> bool:
    """Is the item in a list led in by words naming what follows as inputs ("Here are my
    questions:", "Try these prompts:", "Die Befehle:")? Quotes in it are things to ask or type."""
    text = _list_lead(li)
    words = WORD_RE.findall(text.lower())
    return text.endswith(LEAD_IN_MARKS) and (not INPUT_NOUNS.isdisjoint(words) or any(
        a in OWN_POSSESSIVES and b in QUESTION_NOUNS for a, b in pairwise(words)))


def _example_list(el: etree._Element) -> bool:
    """Is the item (or a paragraph of one) in a list led in by words giving what follows as examples,
    no verb of saying in them ("The till shows findings like:", "Zum Beispiel:", "Par exemple :")? Quotes in
    it are samples of a kind of text; "Customers wrote things like:" still leads in their words."""
    li = el if el.tag == "li" else el.getparent()
    if li is None or li.tag != "li":
        return False
    text = _list_lead(li)
    return EXAMPLE_LEAD_RE.search(text) is not None and not says(text)


# The words that give what follows as examples, closing a lead-in (several languages).
EXAMPLE_LEAD_RE = lazy(
    r"(?i)\b(?:like|such as|for example|for instance|e\.g\.|wie|zum beispiel|z\.\s?b\.|comme|par exemple|"
    r"como|por ejemplo|come|ad esempio|per esempio|zoals|bijvoorbeeld|na przykład|np\.)\s*[:：]$"
)


def _list_lead(li: etree._Element) -> str:
    """The end of the words right before the list an item is in (the lead-in: "Here are my questions:"),
    climbing the wrappers that hold nothing else; "" for an item in no list or a list with no lead."""
    node = li.getparent()
    if node is None or node.tag not in ("ul", "ol"):
        return ""
    for _ in range(INPUT_LEAD_DEPTH):  # <p>…questions:</p><div><ul>: the wrapper's lead-in
        lead = node.getprevious()
        parent = node.getparent()
        if lead is not None or parent is None or (parent.text or "").strip():
            break
        node = parent
    if lead is None or not isinstance(lead.tag, str):
        return ""
    return ((lead.tail or "").strip() or _text(lead))[-INPUT_LEAD_CHARS:]


INPUT_LEAD_CHARS = 80
INPUT_LEAD_DEPTH = 3  # wrappers climbed from the list to its lead-in
# Nouns that name a list of things to type into a program (several languages).
INPUT_NOUNS = frozenset((
    "prompts", "queries", "commands", "keywords", "inputs", "anfragen", "befehle", "suchbegriffe", "eingaben",
    "requêtes", "commandes", "consultas", "comandos", "richieste", "comandi", "opdrachten", "zoektermen",
    "zapytania", "polecenia",
))
# "my questions:", "nos questions :": the author's own questions, asked of a program or of the reader.
OWN_POSSESSIVES = frozenset(("my", "our", "meine", "unsere", "mes", "nos", "mis", "nuestras", "minhas", "nossas",
                             "mie", "nostre", "mijn", "onze", "moje", "nasze"))
QUESTION_NOUNS = frozenset(("questions", "fragen", "preguntas", "perguntas", "domande", "vragen", "pytania"))


class _Titles:
    """The texts of a paragraph's links and <cite>/<i>/<em>, read only if a quote needs them; not
    an <i>/<em> that holds a whole sentence or more (a quotation set in italics, as some styles
    set them: <i>“The market will not wait for anyone.”</i>)."""

    def __init__(self, el: etree._Element) -> None:
        self.el = el
        self.texts: frozenset[str] | None = None
        self.code: list[str] | None = None  # the texts of its code elements, read only if a quote asks

    def __contains__(self, text: str) -> bool:
        if self.texts is None:
            texts = ((t.tag, _text(t).strip(QUOTE_CHARS)) for t in self.el.iter("a", "cite", "i", "em"))
            self.texts = frozenset(text for tag, text in texts if tag in ("a", "cite") or not _a_sentence(text))
        return text in self.texts

    def in_code(self, inner: str) -> bool:
        """Do the quoted words stand inside the paragraph's code (<code>, <kbd>, <samp>, <tt>): a string
        in a program (`log("Starting the nightly import")`), a command to type, not anyone's words?"""
        if self.code is None:
            self.code = [" ".join(c.text_content().split()) for c in self.el.iter(*INLINE_CODE_TAGS)]
        words = " ".join(inner.split())
        return bool(words) and any(words in code for code in self.code)

    def headlines_lowered(self, text: str) -> str:
        """The text with the headlines its links and <cite>/<i>/<em>/<b>/<strong> give in Title
        Case ("Why You Needn’t Dread the Long Nights") in lower case: their capitals are a style, not
        names, and a "she" after them is no one in them."""
        for t in self.el.iter(*HEADLINE_TAGS):
            title = _text(t)
            if _headline(title) and title in text:
                text = text.replace(title, title.lower())
        return text


# Inline elements that set a program's text, a command or its output apart in a paragraph.
INLINE_CODE_TAGS = (*(tag for tag in CODE_BLOCK_TAGS if tag != "pre"), "tt")  # set in a sentence: no <pre>
# Inline elements whose text may be a headline set in Title Case (a link to a story, a work, a bold line).
HEADLINE_TAGS = ("a", "cite", "i", "em", "b", "strong")


def _headline_paragraph_lowered(text: str) -> str:
    """A paragraph that is a headline as a whole ("READ MORE: Why You Needn’t Dread the Long Nights":
    no sentence's end, no comma as a name and its office have), in lower case, as its links'."""
    return text.lower() if "," not in text and text[-1:] not in SENTENCE_CLOSERS and _headline(text) else text


def _headline(text: str) -> bool:
    """A title in Title Case that is no one's name: longer than a name, or with a lower-case word
    between its capitals that no name holds ("Dread the Long Nights", not "Piet van Dam")."""
    words = text.split()
    return len(words) >= HEADLINE_MIN_WORDS and _is_title(text) \
        and (len(words) > MAX_NAME_WORDS or any(w[:1].islower() and w not in SURNAME_PARTICLES for w in words))


HEADLINE_MIN_WORDS = 3  # "Storm Watch" may be a name as well as a title


def _a_sentence(text: str) -> bool:
    """Does the text end as a sentence ends, with ITALIC_SENTENCE_MIN_WORDS words or more?"""
    return text[-1:] in SENTENCE_CLOSERS and len(text.split()) >= ITALIC_SENTENCE_MIN_WORDS


ITALIC_SENTENCE_MIN_WORDS = 10  # a work's title in italics is shorter, or ends with no full stop


def _interview_question(paragraph: str) -> bool:
    """A paragraph that is only an interviewer's question: short, ending in '?', quoting no one."""
    question = paragraph.strip()
    asked = question.endswith(QUESTION_MARKS) or (
        question.startswith(INTERVIEWER_DASH) and question.endswith(INTERVIEWER_TURN_ENDS)
        and (cjk_count(question) > 0 or HANGUL_RE.search(question) is not None))
    return asked and len(question) <= INTERVIEW_QUESTION_CHARS and not any(mark in question for mark in QUOTE_MARKS)


# A question's mark in Latin, full-width (Chinese, Japanese) and Arabic script (Arabic, Persian, Urdu).
QUESTION_MARKS = ("?", "？", "؟")
# The bar that opens an interviewer's turn in Japanese and Korean interviews ("――開店のきっかけは。", "―다음
# 작품은."), a sentence that need not end on a question mark; in scripts with capitals a dash opens any
# dialogue's turn, and a signature's line ("——上海市 王丽华", "― 東京都・K.T.様") ends on no sentence mark.
INTERVIEWER_DASH = "―"
INTERVIEWER_TURN_ENDS = ("。", ".", "？", "?")


def _honorific_interviewee(last_person) -> str | None:
    """The one person the paragraphs read name with a Japanese or Korean honorific ("パン職人の山本直樹さんに話を
    聞いた", "소설가 박민수 씨를 만났다"), which no capitals mark as a name: whom an interview's opening
    introduces, when last_person finds no one; None for none or several."""
    named = {m.group(1) or m.group(2) for text in last_person.texts() if not _interview_question(text)
             for m in HONORIFIC_NAME_RE.finditer(text)}  # ("――常連さんの反応は。": the regulars the interviewer asks of)
    return named.pop() if len(named) == 1 else None


# A name of kanji before さん or 氏, or of Hangul syllables before a spaced 씨 or 님.
HONORIFIC_NAME_RE = lazy(r"(?<![\u4e00-\u9fff\u3005])([\u4e00-\u9fff\u3005]{2,5})(?:さん|氏)"
                         r"|(?<![가-힣])([가-힣]{2,4})\s(?:씨|님)")


def _interview_answered(last_person) -> bool:
    """Were the two paragraphs read last an interviewer's question and an answer naming no one and
    quoting nothing? A paragraph all in quote marks after them is the answer's words set apart."""
    read = [text for text in islice(reversed(last_person.paragraphs), 2)]
    return len(read) == 2 and not isinstance(read[0], Spoken) and _interview_question(read[1]) \
        and not _interview_question(read[0]) and not any(mark in read[0] for mark in QUOTE_MARKS)


INTERVIEW_QUESTION_CHARS = 200  # a question set as its own paragraph, not a paragraph that ends asking
QUOTE_MARKS = "“”\"«»„"


# A transcript's turn marked by the speaker's initials and a colon ("OP: “…”"); "Q:" and "A:" are one letter.
TURN_INITIALS_RE = lazy(rf"((?:[{UPPER}]\.){{2,3}}|[{UPPER}]{{2,3}})\s*:\s*")  # "B.Ż.:" too


class ReportedVoice(str):
    """The voice a paragraph ends in whose last quotation its sentence gave the one whose words it reports ("Ann
    Lee told analysts sales had “come faster than expected”."): a quotation alone opening the next paragraph
    goes on in it only when it speaks as "I" or "we" (_own_voice)."""


def _inline_quotes(text: str, names: NameIndex, last_person, titles=frozenset(),
                   voice: str | None = None, narrator: str | None = None,
                   own_words: _OwnWords | None = None,
                   reply: tuple[str | None] | None = None, lead: str | None = None,
                   runs_on: bool = False) -> tuple[list[Quote], str | None]:
    """The paragraph's quotations, and the voice it ends in (the speaker of its last quote
    when nobody else is named after it). `voice`: the voice the paragraph before ended in,
    which a paragraph opening with an unattributed quote goes on in; `narrator`: the one
    author, who speaks where the quote's sentence says "I"; `own_words`: the page's text
    outside quote marks, which a quote naming no one may repeat; `reply`: who answers in a
    dialogue, as a paragraph that is a turn and names no one (_Dialogue.reply); `lead`: who the
    paragraph before, ending in ':', says speaks (_lead_in); `runs_on`: the paragraph before ended inside
    a quotation, or the next one opens with a quote mark, so an unclosed quotation here is one of several
    paragraphs, whoever speaks it."""
    found: list[Quote] = []
    last_end, named, named_reported = -1, False, False
    reported_voice, voice = (voice, None) if isinstance(voice, ReportedVoice) else (None, voice)
    newcomer_end = -2  # where a quotation given to someone unnamed and new closed: their words may go on
    quote_end = -1  # where the quotation before closed, listed or not
    matches = list(INLINE_QUOTE_RE.finditer(text))
    if "«" in text and (outer := _nesting_guillemets(text)):  # «… «Северный берег» …»: the whole, not its name
        matches = sorted([m for m in matches if not any(o.start() <= m.start() < o.end() for o in outer)] + outer,
                         key=lambda m: m.start())
    pair = (("„", "”" if "”" in text else "“") if "„" in text else ("“", "”"))
    if text.count(pair[0]) > 1 and (outer := _nesting_curly(text, *pair)):  # “… “never sell” …”: the whole
        matches = sorted([m for m in matches if not any(o.start() <= m.start() < o.end() for o in outer)] + outer,
                         key=lambda m: m.start())
    items = _list_items(text, matches)
    for at, m in enumerate(matches):
        prev_end, quote_end = quote_end, m.end()
        inner = next(g for g in m.groups() if g is not None)
        cjk = cjk_count(inner)
        unspaced = not inner.isascii() and len(UNSPACED_SCRIPT_RE.findall(inner)) >= QUOTE_MIN_UNSPACED_CHARS
        short = len(inner.split()) < QUOTE_MIN_WORDS and cjk < QUOTE_MIN_CJK_CHARS and not unspaced
        if ((len(inner.split()) < QUOTE_MIN_ATTRIBUTED_WORDS and not cjk and not unspaced)
                or len(inner) < QUOTE_MIN_BARE_CHARS) \
                and not _exclaimed(text, m, inner, last_end) and not _named_incise(text, m, inner) \
                and not _reported_state(text, m, inner, names, last_person) \
                and not _reported_fragment(text, m, inner, names, last_person) \
                or inner.strip() in titles or at in items or (isinstance(titles, _Titles) and titles.in_code(inner)) \
                or (short and not inner.rstrip().endswith(",") and _is_title(inner) and not _lower_opening(inner)
                    and _led_in_answer(text, m, last_end) is None and not _named_incise(text, m, inner)) \
                or SAYING_RE.search(text, max(0, m.start() - SAYING_CHARS), m.start()) is not None \
                or _named_by_cue(text, m, inner) or _press_headline(text, m, inner) or _glossed(text, m) \
                or _work_title(text, m, inner) or _myth_label(text, m) or _nested(text, m) \
                or _posed_question(text, m, inner) \
                or MENU_PATH_RE.search(inner) is not None or _name_after_noun(text, m, inner) \
                or ASSIGNMENT_RE.search(inner) is not None or CJK_NAMED_AFTER_RE.match(text, m.end()) is not None \
                or READ_ALSO_RE.search(text, max(0, m.start() - READ_ALSO_CHARS), m.start()) is not None \
                or SAY_THIS_RE.search(text, max(0, m.start() - SAY_THIS_CHARS), m.start()) is not None \
                or FORETOLD_CRY_RE.search(text, max(0, m.start() - IMAGINED_CHARS), m.start()) is not None \
                or (m.group(0)[:1] == "'" and not _single_marked_speech(text, m, found, last_end)) \
                or IMAGINE_OPENING_RE.search(text, max(0, m.start() - IMAGINED_CHARS), m.start()) is not None:
            continue  # “The paper’s title” as a link's or <cite>'s text; "Ann Lee: ‘Tides and Tithes’": a work's title
        speaker = speaker_of(text, m, inner)
        if (speaker is None or (speaker and " " not in speaker)) and (ordinal := ordinal_subject(
                text[max(0, m.start() - SENTENCE_WINDOW):m.start()], last_person.last_paragraph()[-SENTENCE_WINDOW:],
                names)):
            speaker = ordinal  # "… Ann Lee and Tom Fry filed a motion. The former (Der Letztere) told the paper that “…”"
        attributed = speaker  # a name beside the quote, a pronoun ("") or nothing (None)
        withheld = (not speaker or speaker not in text[m.end():]) \
            and withheld_name(text[:m.start()], last_person.last_paragraph(), names)  # not a name after it
        if newcomer_end == last_end and not speaker and not short and _newcomer_goes_on(text[last_end:m.start()]):
            found.append(Quote(text=m.group(0), speaker=None, kind="inline"))  # “…,” she said. “And …”: still her
            newcomer_end = last_end = m.end()
            continue
        if speaker is None and _said_right_before(text, m):
            speaker = DroppedSubject()  # "Mak Jah … yang katanya “…”": "he said", the one the sentence names
        if speaker is None:
            speaker = _bracketed_speaker(text, m, inner, names)
        by_name = bool(speaker) or (speaker == "" and not _asks(inner))  # beside it: a name, or a pronoun not asking
        reported = False  # given by the sentence reporting what they said, not beside the quote
        if speaker is None and m.start() == 0 and reply is not None and reply[0] and not short \
                and not says(text[m.end():m.end() + 60]):
            speaker = reply[0]  # “Will you sign, Bartholomew?” / “I will not.”: the one addressed answers
        if speaker is None and (turn := TURN_INITIALS_RE.match(text)) and turn.end() == m.start():
            speaker = names.by_initials(turn.group(1).replace(".", ""))  # "OP: “…”": the turn of the one whose initials mark it
        if speaker is None and m.start() == 0 and lead is not None and not short and not says(text[m.end():m.end() + 60]):
            speaker = lead  # "Ann Lee wrote to the council:" / "“…”": as a block quote led in ("Her verdict:": "she")
        if speaker is None and text[:m.start()].strip(" " + "".join(DIALOGUE_DASHES)) == "" and not short \
                and not says(text[m.end():m.end() + 60]) and _interview_question(last_person.last_paragraph()):
            speaker = last_person() or _honorific_interviewee(last_person) or last_person.interviewee
            # "We asked Ann Lee …" / "How many?" / "“Twelve.”": the one interviewed answers (or the one a heading
            # "Interview with Ann Lee" over them names)
            # (a dialogue dash before the quote too: "– Why here?" / "– “Because …”")
        if speaker is None and m.start() == 0 and m.end() == len(text.rstrip()) and not short \
                and _interview_answered(last_person):
            speaker = last_person() or last_person.interviewee  # "Why here?" / "Because …" / "“The forest is a
            # pantry.”": still the answer
        if speaker is None and found and found[-1].speaker and _split_by_attribution(text[last_end:m.start()],
                                                                                     found[-1].speaker):
            speaker = found[-1].speaker  # “…”, afirma Marta Quiroga, “y nadie …”: the second half, however short
        if speaker is None and (said_by_i(tokens(text[m.end():m.end() + NARRATOR_REACH]))
                                or (not short and _narrator_goes_on(text, prev_end, m.start()))):
            found.append(Quote(text=m.group(0), speaker=narrator, kind="inline"))  # “Very good,” said I
            last_end, named = m.end(), False
            continue
        if short and speaker is None and (_said_on(text[last_end:m.start()], found)
                                          or (found and _incise_goes_on(text[last_end:m.start()], found[-1]))):
            speaker = found[-1].speaker  # “…,” said Ann Lee. “Not everyone will.”: her next words, however short
            # (“…,” said the mayor. “Not this year.”: a role noun, a pronoun or nothing in the incise)
        if short and speaker is None:
            speaker = _led_in_answer(text, m, last_end)  # "Ann Lee said: “Yes, in April.”"
        if speaker is None and not found and not text.isascii() and (speaker := _reported_in_prose(text, m)):
            by_name = reported = True  # "דוברת …, רונית לוי, אמרה כי מצבו “…”": the report's subject, however short
        if short and speaker is None and _reported(text, m, names, last_person):
            speaker = _named_reporter(text, m, names, last_person)  # "Ann Lee says she was “surprised”"
            by_name = reported = bool(speaker)  # her words: a quotation opening the next paragraph in her own
            # voice goes on in it (ReportedVoice)
        if short and speaker is None and not _unnamed_incise(text, m, inner):
            continue  # a short quote with no one saying it: scare quotes (“member of the public”)
        said_after = bool(cjk) and JA_SAID_LATER_RE.match(text, m.end()) is not None  # 「…」と住民は話した: said
        if speaker is None and not said_after and ((_is_title(inner) and not _verb_opens_incise(text, m)
                                                    and not _reported_lower(text, m, inner, names, last_person))
                                or (_is_term(inner) and not _reported(text, m, names, last_person)
                                    and not _said_that(text, m) and not _said_right_before(text, m))
                                or (cjk and _is_cjk_term(inner) and JA_SPEECH_NOUN_AFTER_RE.match(text, m.end()) is None)
                                or _named_before(text, m.start(), inner) or _modifier(text, m)
                                or _topic_question(text, m.start(), inner) or _gloss(text, m.start())
                                or UNSAID_RE.search(text, max(0, m.start() - UNSAID_CHARS), m.start()) is not None
                                or IMAGINED_RE.search(text, max(0, m.start() - IMAGINED_CHARS), m.start()) is not None
                                or _sign_text(text, m) or _cited_work(text, m) or _dated_reference(text, m)
                                or _work_by(text, m, inner)
                                or _from_to(text, m) or _between_and(text, m)
                                or _goal_example(text, m) or _study_title(text, m, inner)
                                or COMPARED_STRING_AFTER_RE.match(text, m.end()) is not None
                                or STATUS_MARK_AFTER_RE.match(text, m.end()) is not None
                                or _ui_label(text, m) or _set_words(text, m.start()) or _screen_message(text, m)
                                or SAMPLE_OF_RE.search(text, max(0, m.start() - SAMPLE_OF_CHARS), m.start()) is not None
                                or ASK_YOURSELF_RE.search(text, max(0, m.start() - 30), m.start()) is not None
                                or INPUT_CUE_RE.search(text, max(0, m.start() - INPUT_CUE_CHARS), m.start()) is not None
                                or len(PLACEHOLDER_RE.findall(inner)) >= MIN_PLACEHOLDERS
                                or TEMPLATE_BLANK_RE.search(inner) is not None):
            continue  # “Best Things to Do in Rome”, “go big or go home”, the article “…”: a title or a term
        window_before = text[max(0, m.start() - SENTENCE_WINDOW):m.start()]
        paragraph_before = last_person.last_paragraph()[-SENTENCE_WINDOW:]
        heard_before = f"{paragraph_before} {window_before}"  # the sentences before, this paragraph's and the last's
        told_before = False  # the paragraph is this quotation alone, its speaker the subject the paragraph before ends on
        if speaker is None:  # „…“, heißt es in der Mitteilung der Stadt Altwerder: the document's owner
            speaker = impersonal_document_speaker(window_before, text[m.end():m.end() + SENTENCE_WINDOW], paragraph_before)
        if speaker is None:  # “…,” the report stated: whose report, named in the sentences before
            before = window_before
            speaker = _document_speaker(text[m.end():m.end() + SENTENCE_WINDOW], heard_before, last_person)
        if speaker is None and at and prev_end > last_end:  # «Discutimos mucho», admite. «Pero …»: the incise of
            speaker = _skipped_incise_speaker(text, matches[at - 1], m, names, last_person)  # a quote too short to list
        if speaker is None and found and found[-1].speaker and (same_voice(text[last_end:m.start()], found[-1].speaker)
                                                                or _incise_goes_on(text[last_end:m.start()], found[-1])) \
                and not (said_after and "。" in text[last_end:m.start()]):  # 「…」と話した。…「…」と述べた: a new sentence's own
            speaker = found[-1].speaker  # “…,” she said. “And more…” : the same voice goes on
        elif speaker is None:  # "Ann Lee said in a memo that the “…”": the sentence's subject
            before = text[max(0, m.start() - SENTENCE_WINDOW):m.start()]
            # "The UN projected … In their report, they stated “…”": the body reporting, not a person named before
            speaker = pronoun_institution_speaker(before, paragraph_before) or sentence_speaker(before, names,
                                                                                                 last_person)
            by_name = reported = bool(speaker)  # "Ann Lee told analysts that sales had “…”": hers, and a
            # quotation opening the next paragraph as "I" or "we" goes on in her voice (ReportedVoice)
            if speaker is None:  # "Ann Lee summed it up:" the subject of the sentence leading in
                speaker = lead_in_speaker(before, names, last_person)
            if speaker is None:  # "According to Lee, that is why. “…”"
                speaker = according_before(before, names)
            if speaker is None:  # "Müller zufolge „…“", "„…“, Müller zufolge."
                speaker = postposed_according(before, text[m.end():m.end() + SENTENCE_WINDOW], names)
            if speaker is None:  # "the Trust's guidance that towns “…”"
                speaker = owned_document_speaker(before)
            if speaker is None:  # "I like the definition Ann Lee gave: SEO is “…”": hers, not the writer's
                speaker = given_words_speaker(before)
            if speaker is None:  # "The Trust published a survey. As the report notes: “…”"
                speaker = document_lead_speaker(before, last_person.last_paragraph()[-SENTENCE_WINDOW:])
            if speaker is None:  # "Ann Lee hopes that “…”": the subject of the verb the "that" follows
                speaker = complement_speaker(before, names)
            if speaker is None:  # "The letter, signed by Ann Lee, says: “…”": the one who signed what it quotes
                speaker = signed_document_author(before, names)
            if speaker is None and not short:  # "Bernard points to “…”": the subject of the clause it ends
                speaker = subject_clause_speaker(before, names, last_person, text[m.end():])
            if speaker is None and not says(text[m.end():m.end() + 60]) and not _unread_incise(text, m):
                speaker = subject_before(before if before.strip() else last_person.last_paragraph(), names,
                                         last_person)  # "Ann Lee is not convinced. “…”"
                told_before = speaker is not None and not before.strip()
                if told_before and _asker(last_person.last_paragraph(), speaker):
                    speaker, told_before = None, False  # "Ann Lee pressed him on the time." / "“…”": his answer
        if speaker is None:  # „…,“ ütles Mari Tamm.: an incise whose verb of saying no list holds
            speaker = incise_speaker(text[m.end():m.end() + INCISE_CHARS], inner, names)
        if speaker is None:  # "“…” That was how Ruiz put it.": the next sentence says whose words they were
            speaker = named_in_next_sentence(text[m.end():], inner, names)
        if speaker is None:  # "…, the Harbour Authority said." / "“…,” it added.": the institution heard last
            speaker = institution_goes_on(text[m.end():], found[-1].speaker if found else last_person.heard(),
                                          heard_before)
        if speaker is None:  # "“… the little deal” agreed in May, said Ann Lee.": the incise ending the sentence
            speaker = late_incise_speaker(text[m.end():], inner)
        if speaker is None and not withheld and (role := bare_role_word(text[m.end():])):
            speaker = page_role_holder(role, (text[:m.start()], *last_person.texts()), names)  # “…,” the sergeant said:
            # "Detective Sergeant Ann Lee", a title no list holds, the page gave her
            by_name = by_name or bool(speaker)  # the one the role names, beside the quote: a paragraph of her
            # words alone after it goes on in her voice, as after "“…,” she said"
        if speaker is None and not withheld and (role := definite_role_noun(text[m.end():])):
            speaker = last_person.lone_named(text[:m.start()], role)  # "La alcaldesa, Ana Ruiz, …" / «…», aseguró la regidora
            if speaker and reply_incise(text[m.end():]) and speaker == last_person.just_spoke():
                speaker = None  # "« … », a lancé Ann Lee. / « … », a répliqué le boulanger": someone answering her
        if speaker is None and m.start() == 0 and (reviewer := reviewer_line(last_person.last_paragraph(), names.text)):
            speaker = reviewer  # "Review by Ann L., Leeds ★★★★☆" / "“…”": the words the line over them signs
        # the paragraph is this quotation alone, in the voice of the one before, or of the one the paragraph
        # before ends on as its subject ("He has applied for 140 jobs." / "“…”" / "“…”"): it goes on
        goes_on = told_before and m.end() == len(text.rstrip())
        if speaker is None and m.start() == 0 and not says(text[m.end():m.end() + 60]) and not _asks(inner) \
                and reply is None and not _unread_incise(text, m):
            speaker = voice or (reported_voice if _own_voice(inner) else None)  # “…,” said Ann Lee. / “And
            # more…”: a new paragraph, the same voice; after her words reported, only words she speaks as "I" or "we"
            goes_on = speaker is not None and m.end() == len(text.rstrip())
            if speaker is None and not short:  # "Ann Lee said cargo fell." / "“We lost two lines …”"
                speaker = reported_speaker(last_person.last_paragraph(), last_person, names)
            if speaker is None and not short:  # "Afterwards Lee was asked about it." / "“…”": the one asked answers
                speaker = asked_before(last_person.last_paragraph(), names) \
                    or asked_in_case(last_person.last_paragraph(), names) \
                    or asked_apposed(last_person.last_paragraph())  # "Korhoselta kysyttiin." / "”…”"
            if speaker is None and not short and names.last_person_in(text[m.end():]) is None \
                    and (_own_voice(inner) or _said_sentences(inner)):
                # "Ann Lee has run the mill since 1990." / "It is …" / "“We …”": the one person named since,
                # whose words a paragraph of their own goes on in
                speaker = last_person.quoted_alone(portrait=not _own_voice(inner))
            if speaker is not None and not goes_on and _asker(last_person.last_paragraph(), speaker):
                speaker = _named_asked(last_person.last_paragraph())  # "Ann Lee asked the witness whether …" /
                # "“…”": the one asked answers, by name where "a supervisor named Bo Park" names them
            if speaker is not None and not goes_on:  # "She says …" / "“…”" / "“And more…”": the voice goes on
                goes_on = m.end() == len(text.rstrip())
        if speaker is None and not found and m.start() > 0 and (spoke := voice or last_person.just_spoke()) \
                and not _asks(inner) and voiceless_colon_lead(text[:m.start()], names) \
                and not unnamed_newcomer(text[:m.start()], names):
            speaker = spoke  # "“…,” she said. / That visit led to a decision: “…”": her thought, set up
            # (not a question: "That promise led to one question: “Who will pay?”" is the narrator's)
        if speaker is None and narrator and first_person(text[max(0, m.start() - SENTENCE_WINDOW):m.start()]):
            speaker = narrator  # "I then ask the model, “…”": the author speaks
        if speaker is None and narrator and m.start() == 0 and not short and not says(text[m.end():m.end() + 60]) \
                and (led := last_person.last_paragraph().rstrip()).endswith(":") and first_person(led):
            speaker = narrator  # "…, the same awakening I had:" / "“Oh no. …”": the author's lead-in, the author's words
        if speaker == "" and not isinstance(speaker, DroppedSubject):  # "“…,” says Bishop.": Ann Bishop's
            speaker = title_surname(text[m.end():], names) or speaker
        if speaker == "":  # a pronoun: the last person the paragraph named, outside the words it quotes
            # (“Did you know Ann Lee?” he asked. … “…,” he said: the one asking, not Ann Lee)
            before = text[:m.start()] if isinstance(titles, frozenset) else titles.headlines_lowered(text[:m.start()])
            holder = role_holder(speaker.role, (before, *last_person.texts())) if isinstance(speaker, RoleWord) \
                else None  # “…,” the minister said: Minister Ana Ruiz, whoever was named since
            if holder is None and isinstance(speaker, RoleWord) and not speaker.owned:
                holder = sole_role_holder(speaker.role, names.text)  # named later only: the one who holds it
            if holder is None and isinstance(speaker, RoleWord) and speaker.role in GENERIC_OFFICIALS:
                holder = office_holder_before((before, *last_person.texts()))  # «…», afirmou a governante
            # the words before the quote, the quotations in them left out (else the paragraph before)
            unquoted = None if isinstance(speaker, RoleWord) else \
                QUOTED_RE.sub(" ", before) if before.strip() else last_person.last_paragraph()
            spokesperson = None if unquoted is None else spokesperson_subject(unquoted)
            if spokesperson:  # "Un porte-parole des Transports du Val: « … », a-t-il précisé": the body spoken for
                speaker = spokesperson
            elif isinstance(speaker, DroppedSubject):  # «…», ha riferito.: the one the sentence before names
                speaker = dropped_subject(text[:m.start()], names, last_person)
            elif isinstance(speaker, RoleWord) and speaker.owned:
                speaker = holder  # “…,” the firm’s chief executive said: the one named with the post, or no one
            elif isinstance(speaker, RoleWord) and speaker.role in SPOKESPERSON_WORDS \
                    and (spoken := spoken_for(speaker.role, (before, *last_person.texts()))) != "":
                speaker = holder or spoken  # “…,” the spokesperson said, brought in unnamed: the institution, or no one
            elif unquoted is not None and unnamed_newcomer(unquoted, names):
                speaker = None  # "Een bakker uit Lier overweegt te sluiten. “…”, zegt hij.": someone new, unnamed
                newcomer_end = m.end()
            elif holder == "":
                speaker = None  # “…,” the minister said, after "Minister Ana Ruiz and Minister Carl Holm": either
            else:
                role_word = speaker
                named = holder or names.last_person_in(QUOTED_RE.sub(" ", before), first_names=True)
                # "Tobias came round. … “…,” he said": the one a sentence opens on by first name ("": two share it)
                opening = None if named or found else first_name_subject_in(QUOTED_RE.sub(" ", before), names)
                if named and not holder and not found:  # "…, Tom Reyes and Ann Marlow. Tom came first …":
                    named = first_name_subject_in(QUOTED_RE.sub(" ", before), names, since=named) or named  # Tom
                speaker = None if opening == "" else named or opening \
                    or (found[-1].speaker if found else last_person()) or named_after_incise(text[m.end():])
                if isinstance(role_word, RoleWord) and not holder and not named and not found:
                    # „…“, sagt die Professorin, after "Der Landrat Rolf Binder …": not him, the one named before
                    speaker = last_person.office_skipped(names.full(speaker) or speaker, role_word.role, before)
                if not holder and speaker:  # "she" after a man's quotations: the woman heard before
                    pronoun = incise_pronoun(text[m.end():])
                    if not named and not opening and not found and reply_incise(text[m.end():]):
                        speaker = last_person.replied_to(names.full(speaker), pronoun) or speaker  # a retort
                    if pronoun and not opening and not found and not reply_incise(text[m.end():]):
                        # "Ann Lee met Tom Berge. “…,” she said": Ann Lee; "Ann Lee found Tom Berge. “…,” he
                        # replied": the one found answers
                        speaker = last_person.antecedent(names.full(speaker), pronoun, before)
                    speaker = last_person.gendered(names.full(speaker), pronoun, before) if pronoun \
                        else last_person.agreeing(names.full(speaker), lead_pronoun(before), before)
        if speaker is None and m.start() == 0 and own_words is not None and own_words.unquoted(inner):
            continue  # a reply quoting the article or a post above it: the page's own words, not speech
        if speaker and first_person_incise(text[m.end():], inner):
            speaker = narrator  # „…“ vroeg ik de bakker, Joost …: the writer asks, not the one asked
        if speaker and _label_tells(text, m.start(), speaker):
            speaker = None  # "ECHEVERRÍA: Me miró y dijo: «…»": the one she tells of speaks, unnamed
        introduced = None if attributed else self_introduced(inner, names)
        if introduced:
            speaker = introduced  # “My name is Ann Lee, and …,” she said: the name she gives herself, whoever was named before
        if withheld:  # "A patron, who asked not to be named, … “…,” she said": someone the page names nowhere
            speaker, newcomer_end = None, m.end()
        elif speaker and not introduced and unnamed_incise(text[m.end():m.end() + INCISE_CHARS]):
            speaker = None  # "Main Street was quiet: “…,” a shopkeeper said.": the incise's unnamed one, not the lead's
        elif speaker is not None and plural_incise(text[m.end():m.end() + INCISE_CHARS]):
            speaker = None  # "Anna Roth und Paul Weber … „…“, sagten sie.": the group's words, not the one named last
        full_name = introduced or names.full(speaker)  # (the index may read "I’m Ann Lee" after "Hi," as a name)
        if speaker and (full_name is None or speaker in STAND_IN_BODY_WORDS):  # “…,” the company said, the page
            # naming no "… Company"; „…“, heißt es aus dem Ressort: a word only ever standing for a body named before
            full_name = body_word_stands_for(speaker, heard_before, text[m.end():])
        elif speaker is None:  # « … », précise l’agence: the one "Agence …" named before
            full_name = body_head_stands_for(heard_before, text[m.end():])
            if full_name is None and not withheld:  # „…“ – podaje biuro prasowe spółki: "Spółka …" named before
                full_name = kind_noun_stands_for(heard_before, text[m.end():])
            if full_name is None and not withheld:  # “…,” a spokeswoman said: the "Harbour Ferries said …" before
                full_name = unnamed_spokesperson_body(text[m.end():], (text[:m.start()], last_person.last_paragraph()))
        else:  # „…“, sagte ein Sprecher der Feuerwehr: the "Feuerwehr Kieselbrunn" named before
            full_name = body_named_before(full_name, heard_before)
        if full_name and full_name != introduced and _spoken_of_inside(full_name, inner, text):
            full_name = None  # "“It was easy for Ann Lee to …,” she said", the paragraph naming her nowhere else: not her
        found.extend(_split_at_incise(Quote(text=m.group(0), speaker=full_name, kind="inline"), names))
        last_end, named = m.end(), by_name or goes_on  # “…” / “And more…” / “And more still…”: one voice
        named_reported = reported and not goes_on
    opening_voice = (voice or (reply[0] if reply else None) or lead) if last_end < 0 else None  # a turn's answer, too;
    # the one the paragraph before, ending in ':', leads in ("Ann Lee told the crowd:" / "“We have …")
    running = _running_on(text, max(last_end, 0), names, last_person, opening_voice, runs_on)
    last = found[-1].speaker if found and named else None
    last = last if last and same_voice(text[last_end:], last) else None
    if last and named_reported:
        last = ReportedVoice(last)  # "Ann Lee told analysts sales had “…”.": a voice for words said as "I" only
    if running is not None:  # Ann Lee said: “… (the quotation goes on in the next paragraph)
        return [*found, running], running.speaker or last
    return found, last


def _label_tells(text: str, start: int, speaker: str) -> bool:
    """Is the quote at `start` inside a transcript's turn that `speaker`'s label opens ("ASHBY: He looked at
    me and said: “…”", "Rosa Ashby: Me miró y dijo: «…»"), led in by a colon after words of the turn's own
    that say no "I"? Then the one speaking tells of someone else's words: not theirs. A turn whose words
    follow the label at once ("ASHBY: “…”") or say "I" ("ASHBY: I told them: “…”") is theirs."""
    label = TURN_LABEL_RE.match(text)
    if label is None or speaker.split()[-1].lower() not in label.group(1).lower().split():
        return False
    lead = text[label.end():start].rstrip()
    if not lead.endswith((":", "：")) or len(lead.split()) < LABEL_TELLS_MIN_WORDS:
        return False
    return not first_person(lead) and FIRST_PERSON_WORDS.isdisjoint(w.lower() for w in WORD_RE.findall(lead))


TURN_LABEL_RE = lazy(r"^([^\W\d_][^:：\n]{0,40}?)\s?[:：]\s")  # "ASHBY: ", "Rosa Ashby: " opening the turn
LABEL_TELLS_MIN_WORDS = 2  # "He said:", "Y dijo:"; one word ("Answer:") is a label of its own


def _spoken_of_inside(speaker: str, inner: str, paragraph: str) -> bool:
    """Is the person the quotation is given to named inside its own words, by surname or called by first
    name ("…, Ann."), and nowhere in the paragraph outside quote marks? People speak of others by name and
    call others by it: the one talked about or to is not the one talking, and only a name beside the quote
    (in its paragraph) could say otherwise. Not for an institution, which names itself in its statements."""
    words = speaker.split()
    if len(words) < 2 or not ORG_WORDS.isdisjoint(words) or words[-1] not in inner and words[0] not in inner:
        return False
    surname = rf"(?<![\w'’\-]){re.escape(words[-1])}(?![\w\-])"
    called = rf"(?<![\w'’\-]){re.escape(words[0])}(?=\s*[,.!?]\s*[”\"»“]?\s*$|,\s)"
    inside = [m.start() for pattern in (surname, called) for m in re.finditer(pattern, inner)]
    if not inside or any(says(inner[max(0, at - INCISE_NAME_CHARS):at]) for at in inside):
        return False  # « …, a déclaré Ann Lee. … »: an incise inside the marks names the one speaking
    before = (inner[max(0, at - INCISE_NAME_CHARS):at].removesuffix(f"{words[0]} ") for at in inside)
    if any(SELF_NAMING_RE.search(text) for text in before):
        return False  # “My name is Ann Lee and …,” she said: the speaker names herself
    outside = QUOTED_RE.sub(" ", paragraph)
    return re.search(surname, outside) is None and re.search(rf"(?<![\w'’\-]){re.escape(words[0])}(?![\w\-])",
                                                            outside) is None


INCISE_NAME_CHARS = 40  # ", a déclaré Ann Lee": the verb of an incise inside the marks, right before the name
# Words that introduce oneself right before one's own name ("My name is Ann Lee", "I'm Ann", "Je m'appelle …").
SELF_NAMING_RE = lazy(rf"(?i:\b(?:{SELF_NAMING_WORDS}|{SELF_BEING_WORDS}))\s+$")


def _newcomer_goes_on(between: str) -> bool:
    """Does the text between an unnamed newcomer's quotation and the next one name no one, in a few words
    ("“…,” she said. “…”")? The next is the newcomer's too, not the last person the page named."""
    return len(between) <= CONTINUATION_GAP and NameIndex.last_in(between) is None


def _split_at_incise(quote: Quote, names: NameIndex) -> list[Quote]:
    """One pair of quote marks around two pieces of speech and, between them, an incise set off by
    dashes that names who speaks («Мы не успеем, – сказала Анна Ли. – Нужны люди».
    «No llegamos —dijo Ana Lee—. Necesitamos gente».): two quotations, each piece its own, the
    incise's speaker theirs (a pronoun there leaves the speaker found for the whole). A dashed aside
    with no verb of saying ("we want – as everyone does – a fair deal") stays one quotation."""
    dashes = [d.start() for d in islice(DASH_SPLIT_RE.finditer(quote.text), INCISE_MAX_DASHES)]
    for a, b in pairwise(dashes):
        incise = quote.text[a + 1:b].strip()
        if not incise[:1].islower() or b - a > DASH_INCISE_CHARS or QUOTE_MARK_RE.search(incise):
            continue
        first, rest = quote.text[:a].rstrip(), quote.text[b + 1:].lstrip(" .,;:")
        if min(len(first.split()), len(rest.split())) < QUOTE_MIN_ATTRIBUTED_WORDS:
            continue
        speaker = speaker_after(tokens(incise))
        if speaker is not None:
            speaker = names.full(speaker) if speaker else quote.speaker
            return [replace(quote, text=first, speaker=speaker), replace(quote, text=rest, speaker=speaker)]
    return [quote]


INCISE_MAX_DASHES = 8  # the dashes of one quotation read for an incise's pair


def _nesting_guillemets(text: str) -> list[re.Match]:
    """The «…» quotations that hold another «…» (a firm's or a work's name in Russian, Ukrainian or
    French: «Мы работаем с «Северным берегом» десять лет»), which the quote pattern, closing on the
    first », never matches whole; and one whose two closing marks are set as one («… «Держись!»,
    – сказала Анна Ли.), its last » followed by a stop, a comma, a dash or the paragraph's end."""
    spans, depth, start, nested, last_close = _nesting_scan(GUILLEMET_RE.finditer(text), "«")
    if depth == 1 and nested and last_close > start and MERGED_CLOSE_AFTER_RE.match(text, last_close + 1):
        spans.append((start, last_close + 1))
    return [m for a, b in spans if (m := WHOLE_GUILLEMETS_RE.match(text, a, b)) is not None]


def _nesting_scan(marks, opening: str) -> tuple[list[tuple[int, int]], int, int, bool, int]:
    """The spans of the outermost pairs of marks that hold another pair, and where the scan ended: the
    depth still open, where the open pair started, whether it holds another, the last closing mark."""
    spans, depth, start, last_close, nested = [], 0, -1, -1, False
    for mark in marks:
        if mark.group() == opening:
            depth += 1
            if depth == 1:
                start, nested = mark.start(), False
            else:
                nested = True
        elif depth:
            depth -= 1
            last_close = mark.start()
            if depth == 0 and nested:
                spans.append((start, mark.end()))
    return spans, depth, start, nested, last_close


def _nesting_curly(text: str, opening: str, closing: str) -> list[re.Match]:
    """The “…” quotations that hold another “…” set in the same marks, not in single ones (“My father
    always said “never sell the boat” and he was right,” said Ann Lee.), which the quote pattern,
    closing on the first ”, never matches whole: its inner words would stand alone, the outer lost.
    Where „ opens, German closes with “ („Er sagte „geh jetzt“ und ging“) and Polish with ”."""
    spans = _nesting_scan(re.finditer(f"[{opening}{closing}]", text), opening)[0]
    whole = WHOLE_NESTING_RES[opening, closing]
    return [m for a, b in spans if (m := whole.match(text, a, b)) is not None]


# A whole quotation in each pair of marks _nesting_curly reads (English, German, Polish).
WHOLE_NESTING_RES = {(o, c): lazy(f"{o}(.{{2,2000}}){c}", re.S) for o, c in (("“", "”"), ("„", "“"), ("„", "”"))}
GUILLEMET_RE = lazy("[«»]")
WHOLE_GUILLEMETS_RE = lazy(r"«(.{2,2000})»", re.S)
MERGED_CLOSE_AFTER_RE = lazy(r"\s*(?:[,.!?…;:]|[–—―]|$)")


def _bracketed_speaker(text: str, m: re.Match, inner: str, names: NameIndex) -> str | None:
    """The person a parenthesis pairs with a quote: named in it right after the quote ("“…”
    (Ann Lee, baker)"), or named right before a parenthesis that holds the quote alone ("Ann Lee
    (“…”) voted against"). Only a person's name, whole: "(2019)", "(see below)" name no one; and
    a title's author is no speaker ("“The Salt Orchard” (Ann Lee, 2019)")."""
    if _is_title(inner):
        return None
    after = BRACKET_AFTER_RE.match(text, m.end())
    if after is not None and (cited := CITED_AUTHORS_RE.fullmatch(after.group(1).strip())) is not None \
            and cited.group(1).lower().rstrip(".") not in MONTH_NUMBERS:  # "(May 2019)": a date
        return cited.group(1)  # “…” (Lindqvist and Berge, 2024): the authors a citation gives its source
    if after is not None:
        named = after.group(1).split(",")[0].strip()
        person = names.last_person_in(named)
        return person if person and named.endswith(person.split()[-1]) and " " in person else None
    before = text[max(0, m.start() - BRACKET_NAME_CHARS):m.start()].rstrip()
    if not before.endswith("(") or not text[m.end():m.end() + 2].lstrip().startswith(")"):
        return None
    before = before[:-1].rstrip()
    person = names.last_person_in(before)
    return person if person and " " in person and before.endswith(person.split()[-1]) else None


BRACKET_AFTER_RE = lazy(r"\s*\(([^()“”\"«»]{3,80})\)")  # “…” (Ann Lee, bakery owner)
# An author-year citation in a bracket after a quotation ("(Lindqvist, 2024)", "(Vogel and Black 2019, p. 4)",
# "(Berge et al., 2021)", "(Dupont et Martin, 2020)", "(van Dijk & Smit, 2018)"): a surname or two joined by
# "and" or its word in several languages, or one and "et al.", then a year and a page at most. The surnames
# are the source the words are quoted from.
_CITED_SURNAME = rf"(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*[{UPPER}][\w'’-]+"
CITED_AUTHORS_RE = lazy(
    rf"({_CITED_SURNAME}(?:\s+(?:and|&|und|et|y|e|i|en|och|og|ve|și)\s+{_CITED_SURNAME}|\s+et\s+al\.?)?),?\s+"
    r"(?:1[5-9]|20)\d\d[a-z]?(?:,\s*(?:p|pp|S|s|str)\.\s*\d+(?:[–-]\d+)?)?"
)
BRACKET_NAME_CHARS = 80  # the words before "(“…”)" read for the name that ends them


def _list_items(text: str, matches: list[re.Match]) -> set[int]:
    """The indexes of quotes that stand in a run of LIST_MIN_ITEMS or more joined only by commas
    and "and"/"or" ("Top results: “…”, “…” and “…”", "「…」、「…」、「…」"): a list of titles,
    terms or search phrases, not words spoken (a speaker's quotes have their attribution between)."""
    items: set[int] = set()
    run = [0]
    for k in range(1, len(matches) + 1):
        if k < len(matches) and _list_gap(text[matches[k - 1].end():matches[k].start()]):
            run.append(k)
            continue
        if len(run) >= LIST_MIN_ITEMS:
            items.update(run)
        run = [k]
    return items


def _list_gap(between: str) -> bool:
    """Is the text between two quotes only a list's comma or conjunction?"""
    return len(between) <= LIST_GAP_CHARS and bool(between.strip()) and LIST_GAP_RE.fullmatch(between) is not None


LIST_MIN_ITEMS = 3  # two quotes joined by "and" may still be one speaker's two phrases
LIST_GAP_CHARS = 12
# A comma (Latin, Chinese, Japanese) and/or a conjunction, in several languages.
LIST_GAP_RE = lazy(r"\s*[,;、，]?\s*(?:(?:and|or|und|oder|et|ou|y|o|e|i|en|of|och|eller|og|nebo|ve|veya|"
                   r"и|или|і|та|або)\s+)?[、，]?")


def _single_marked_speech(text: str, m: re.Match, found: list[Quote], last_end: int) -> bool:
    """Is a quote in straight single marks speech: a verb of saying follows it ('…,' said Ann Lee),
    or it goes on, past the words that attribute it, from such a quote listed right before ('…,' she
    said. '…')? A plain text's 'Done.' and a code sample's 'Hello, world!' are neither."""
    if says(text[m.end():m.end() + EXCLAIMED_REACH]):
        return True
    return bool(found) and found[-1].text[:1] == "'" and found[-1].speaker is not None \
        and m.start() - last_end <= CONTINUATION_GAP and says(text[last_end:m.start()])


def _exclaimed(text: str, m: re.Match, inner: str, last_end: int) -> bool:
    """Is a quote of one or two words an exclamation or a question that a speaker is said to cry
    right after it (“No!” shouted Ann Lee, «¡No!», gritó.), or a reply that a clause ending in ':'
    gives to someone (Ann Lee's answer was short: “Never.”)? Such words are speech however few;
    other short quotes are names and terms. The speaker must still be found, as for any short quote."""
    after = text[m.end():m.end() + EXCLAIMED_REACH]
    if inner.rstrip()[-1:] in "!?" and says(after):
        return True
    if JA_SAID_AFTER_RE.match(text, m.end()) is not None or JA_SAID_LATER_RE.match(text, m.end()) is not None:
        return True  # 「はい、四月です」と答えた: Japanese sets its verb of saying after the quote's particle
    return _led_in_answer(text, m, last_end) is not None


EXCLAIMED_REACH = 40  # “No!” shouted Ann Lee, the harbour master


def _named_incise(text: str, m: re.Match, inner: str) -> bool:
    """Is a quote of NAMED_INCISE_MIN_WORDS words or more, opening its sentence, set off by an incise whose
    verb of saying has a speaker named in full right beside it ("“Too slow,” admitted coach Dan Ruiz",
    "«Fuimos malos», admitió el entrenador Daniel Ruiz", "„Byliśmy słabi” – przyznał trener Jan Rusek")?
    Then its words are speech however few. A pronoun, a role word or a surname alone is not enough: one
    word ended by a comma, or an unnamed voice, is as often a term or a phrase taken up as a quotation."""
    before = text[:m.start()].rstrip()
    if len(inner.split()) < NAMED_INCISE_MIN_WORDS or (before and before[-1] not in SENTENCE_OPENING_AFTER):
        return False
    after = ("," if m.group(0)[-2:-1] in INCISE_MARKS_INSIDE else "") + text[m.end():m.end() + INCISE_CHARS]
    lead = INCISE_LEAD_RE.match(after)
    if lead is None or not says(_incise_clause(after[lead.end():])):
        return False
    name = speaker_of(text, m, inner)
    return bool(name) and len(parts := name.split()) >= 2 and all(part[:1].isupper() for part in parts)


NAMED_INCISE_MIN_WORDS = 2  # “Too slow,” said Dan Ruiz; one word ("“Fine,” said Dan Ruiz") stays out
INCISE_CLAUSE_END_RE = lazy(r"[.!?…](?:\s|$)")  # where the incise's sentence ends: its verb stands before
INCISE_CLAUSE_MAX_STOPS = 3  # "Dr. Prof. Ann Lee said.": titles before the name, then the sentence's own stop


def _incise_clause(after: str) -> str:
    """The incise's words to its sentence's end, read past the full stop of a title ("Dr. Ann Lee explained")."""
    for end in islice(INCISE_CLAUSE_END_RE.finditer(after), INCISE_CLAUSE_MAX_STOPS):
        last = after[:end.start()].split()[-1:]
        if not last or last[0] not in TITLES:
            return after[:end.start()]
    return after


def _reported_lower(text: str, m: re.Match, inner: str, names: NameIndex, last_person) -> bool:
    """Is a quote opening in lower case a piece of the speech its sentence reports of a subject named
    (_reported: "Ann Weber sagte, man habe „das Dorf Stück für Stück aufgegeben“")? German writes its
    nouns in capitals, so such a piece looks like Title Case; a title opens on a capital."""
    return _lower_opening(inner) and _reported(text, m, names, last_person)


def _reported(text: str, m: re.Match, names: NameIndex, last_person) -> bool:
    """Does a verb of saying earlier in the quote's own sentence have a subject ("Sie sagte, man habe
    „…“", "Ann Lee said the council had “…”"), a person or a body named, not one only by its word ("the
    company claims")? Its words, however short, are the subject's, no term."""
    before = text[max(0, m.start() - SENTENCE_WINDOW):m.start()]
    words = WORD_RE.findall(before[-TERM_OPENER_CHARS:].lower())
    if not words or (words[-1] in TERM_OPENERS and not speaks_of_before(before) and not that_clause_speaker(before)
                     and not _described_as(text, m)):
        return False  # "pleaded guilty to “…”", "called it a “…”": a noun's words, a term still
    if postposed_according(before, "", names):
        return True  # "Kovács Péter szerint „…”", "Müller zufolge „…“": a person's view, however short
    speaker = sentence_speaker(before, names, last_person)
    return speaker is not None and speaker not in ORG_WORDS  # "the company claims …": a body unnamed, no person


def _named_reporter(text: str, m: re.Match, names: NameIndex, last_person) -> str | None:
    """The subject of a verb of saying that the short quote's own sentence names in full ("Ann Lee,
    who runs the café, says she was “worried but not alarmed”"): the words are that person's,
    however few. None where the sentence gives the subject only as a pronoun or a surname, whom it
    leaves to be found further back (a short quote's speaker must be sure: the check half's speakers
    fell with surnames and pronouns taken), where "I" says it, or where a naming verb makes the words
    a name for a thing ("cubes he calls “…”")."""
    sentence = _sentence_before(text, m.start(), SENTENCE_WINDOW)  # the whole sentence, however long the
    # description between the name and its verb ("Ann Lee, who has run … and whose …, said that …")
    if first_person(sentence) or (not NAMING_VERBS.isdisjoint(WORD_RE.findall(sentence.lower())[-NAMING_REACH:])
                                  and not _described_as(text, m)):
        return None  # "I say “please fix it.”": the narrator's; "cubes he calls “…”": a name for a thing
    speaker = sentence_speaker(text[max(0, m.start() - SENTENCE_WINDOW):m.start()], names, last_person)
    if speaker and len(speaker.split()) >= 2 and speaker in sentence:
        return speaker  # "Ann Lee says …"
    if speaker and one_word_body(speaker) and speaker in sentence and names.last_person_in(sentence) is None:
        return speaker  # "Vägverket uppger att …": a body by its one word, where the sentence names no person
    return None  # ("In einem Brief an die Stadtverwaltung schrieb Ann Lee, …": hers, the reading may miss)


NAMING_REACH = 3  # "that he calls “…”", "what she described as “…”"


def _described_as(text: str, m: re.Match) -> bool:
    """Is the quote a description its sentence's subject gives of something, after a verb of naming or
    of describing ("Ann Lee described the levy as “a tax on the poor”", "The council called it “an
    emergency measure”", "la definì «una ferita per tutta la valle»", "descreveu-a como “uma forma justa
    …”")? It opens on an indefinite article: a judgement said of the thing, whose words are the subject's;
    a name given to a thing takes none ("cubes he calls “beef bombs”", "locals call it “the Needle”")."""
    said = m.group(0)[1:].split(maxsplit=1)
    if not said or said[0].lower() not in DESCRIPTION_ARTICLES:
        return False
    words = WORD_RE.findall(_sentence_before(text, m.start()).lower())[-DESCRIBED_AS_REACH:]
    return not (NAMING_VERBS.isdisjoint(words) and AS_NAMING_VERBS.isdisjoint(words)
                and DESCRIBING_VERBS.isdisjoint(words))


DESCRIBED_AS_REACH = 8  # "describes the clear-up rate in the city as “…”": the verb, its object, "as"
# Verbs of describing, beside the verbs of naming ("a taxa, que descreveu como “uma forma justa …”"), and
# naming verbs' participles after an auxiliary ("ha definito la chiusura «una ferita …»"): read here only,
# before a description opening on an indefinite article
DESCRIBING_VERBS = frozenset((
    "describe", "descreveu", "descreve", "describió", "décrit", "décrivait", "descrisse",
    "descrive", "beschrieb", "beschreibt", "beschreef", "beschrijft", "omschreef", "omschrijft", "opisał",
    "opisała", "opisuje", "описал", "описала", "описывает", "beskrev", "beskriver", "definito", "definita",
    "descritto", "descritta", "definido", "definida", "descrito", "descrita", "calificado", "qualificado",
    "numit", "descris", "caracterizat", "χαρακτήρισε", "χαρακτηρίζει", "περιέγραψε", "menyebut", "menggambarkan",
))
# Indefinite articles a description opens on: those that bring in someone unnamed (INDEFINITE_ARTICLES) and the
# other cases and languages whose verbs of naming the speakers read (Romanian "o", Greek "ένα", "μια", Turkish "bir",
# Hungarian "egy", Indonesian "sebuah")
DESCRIPTION_ARTICLES = INDEFINITE_ARTICLES | frozenset((
    "einen", "einem", "eines", "un'", "et", "ei", "o", "ένα", "ένας", "μια", "μία", "bir", "egy", "sebuah", "seorang",
))


def _reported_state(text: str, m: re.Match, inner: str, names: NameIndex, last_person) -> bool:
    """Is a quote of NAMED_INCISE_MIN_WORDS words or more the state a named speaker reports of themselves,
    right after a copula ("Ann Lee said she was “deeply disappointed”", "Ann Lee erklärte, sie sei „tief
    enttäuscht“")? Then the words are the speaker's however few; a term stands after a noun or a verb of
    naming instead ("the so-called “green deal”"), and the speaker must be named in full (_named_reporter)."""
    words = WORD_RE.findall(text[max(0, m.start() - COPULA_CHARS):m.start()].lower())
    return len(inner.split()) >= NAMED_INCISE_MIN_WORDS and bool(words) and words[-1] in COPULAS \
        and _named_reporter(text, m, names, last_person) is not None


def _reported_fragment(text: str, m: re.Match, inner: str, names: NameIndex, last_person) -> bool:
    """Is a quote of NAMED_INCISE_MIN_WORDS words or more, opening in lower case, a piece of the speech
    its sentence reports, a body named as the subject of its verb of saying ("Das Verkehrsministerium teilte
    mit, man werde den Fall „gründlich prüfen“", "The Harbour Trust said it would “look again”")? Then its
    words are the body's however few: a term or a title stands after an article or a preposition ("a “green
    deal”") or opens on a capital. A person's two words stay out ("Ann Lee said it was “quite slow”"): on
    real pages those are as often a phrase taken up as her words; so do a body's where the sentence names a
    person too ("In a letter to the Harbour Trust, Ann Lee wrote that …": whose, the reading may miss)."""
    words = WORD_RE.findall(_sentence_before(text, m.start()).lower())
    if len(inner.split()) < NAMED_INCISE_MIN_WORDS or not _lower_opening(inner) or not words \
            or words[-1] in TERM_OPENERS:
        return False
    speaker = _named_reporter(text, m, names, last_person)
    return speaker is not None and body_by_name(speaker) \
        and names.last_person_in(_sentence_before(text, m.start())) is None  # "… an die Stadtverwaltung schrieb Ann Lee"


COPULA_CHARS = 12  # the word right before the quote
# "was", "felt": a state said of the subject, in the languages whose reported speech the speakers read
COPULAS = frozenset((
    "was", "were", "is", "are", "felt", "feels", "remained", "sei", "war", "ist", "wäre", "fühle", "était", "est",
    "serait", "fue", "era", "es", "estaba", "está", "estaría", "è", "fosse", "sarebbe", "foi", "é", "estava",
    "estaria", "seria", "waren", "zijn", "voelde", "był", "była", "jest", "byli", "var", "är", "был", "была",
    "было", "были",
))


# Prepositions and articles right before a quote: it stands for a noun ("guilty of “…”", "a “…”",
# "wegen „…“", "pour « … »", "por «…»", "per «…»", "voor „…”", "za „…”"), not a clause said.
TERM_OPENERS = frozenset((
    "to", "of", "for", "in", "on", "at", "by", "with", "from", "about", "as", "into", "than", "a", "an", "the",
    "zu", "zum", "zur", "von", "vom", "für", "mit", "bei", "als", "wegen", "über", "ein", "eine", "einen", "einem",
    "der", "die", "das", "den", "dem", "des", "à", "au", "aux", "de", "du", "des", "pour", "par", "en", "sur", "avec",
    "comme", "un", "une", "le", "la", "les", "para", "por", "con", "como", "el", "los", "las", "una", "uno", "del",
    "al", "di", "da", "per", "su", "come", "il", "lo", "gli", "dei", "della", "voor", "van", "met", "naar", "om",
    "het", "een", "do", "dos", "das", "na", "no", "o", "os", "um", "uma", "w", "z", "za", "dla", "jako", "od", "o",
))
TERM_OPENER_CHARS = 30


def _unread_incise(text: str, m: re.Match) -> bool:
    """Do lower-case words the speaker lists cannot read close the quote's sentence after it ("„…” –
    wynika z raportu.", "‘…’, staat in het rapport.", "“…,” the survey found.")? The words are
    attributed there, to no one named, so neither the sentence before nor the voice before says them.
    A pronoun among them is someone named before ("”, grinned he.")."""
    after = text[m.end():m.end() + INCISE_CHARS]
    if m.group(0)[-2:-1] == ",":
        after = "," + after  # “…,” the survey found: the comma stands inside the marks
    incise = INCISE_RE.match(after)
    return incise is not None and PRONOUNS.isdisjoint(tokens(incise.group(0).lower()))


def _verb_opens_incise(text: str, m: re.Match) -> bool:
    """Does a verb of saying open the words set off after the quote („…“, sagte ein Teilnehmer)? Then
    it is speech, however many capitals its words have (German writes its nouns so), not a title."""
    after = text[m.end():m.end() + INCISE_CHARS]
    if m.group(0)[-2:-1] in INCISE_MARKS_INSIDE:
        after = "," + after  # “…,” said one, “Run!” shouted one: the words end inside the marks
    lead = INCISE_LEAD_RE.match(after)
    words = tokens(after[lead.end():])[:2] if lead else []
    return bool(words) and words[0][:1].islower() and says(" ".join(words))


SENTENCE_OPENING_AFTER = ".!?:…"  # the marks after which a quote opens its own sentence
INCISE_MARKS_INSIDE = (",", "!", "?")  # the marks that end the words inside the quote, before its incise


def _unnamed_incise(text: str, m: re.Match, inner: str) -> bool:
    """Is a short quote said by someone the incise after it gives unnamed ("“Nobody listens to us,”
    said a customer", "„Keiner hört zu“, sagte eine Kundin", "“Nobody listens,” one woman said.")?
    Then it is speech, listed with no speaker: a scare quote has no verb of saying set off after it, and
    the quote opens its sentence ("Locals call it “the needle,” a guide said": the guide says it all)."""
    before = text[:m.start()].rstrip()
    if (before and before[-1] not in SENTENCE_OPENING_AFTER) or not inner.lstrip()[:1].isalnum():
        return False  # (a quote opening on a comma: marks paired across two quotations)
    if _verb_opens_incise(text, m):
        return True
    incise = INCISE_RE.match(("," if m.group(0)[-2:-1] in INCISE_MARKS_INSIDE else "")
                             + text[m.end():m.end() + INCISE_CHARS])
    return incise is not None and says(incise.group(0))


INCISE_LEAD_RE = lazy(r"\s*(?:,\s*[–—]?|\s[–—])\s*")
# A quote's incise: a comma or a dash (or both: Russian "», — отметили в компании."), then up to eight
# words, the first in lower case (Latin or Cyrillic), to the sentence's end.
INCISE_RE = lazy(r"\s*(?:,\s*[–—]?|\s[–—])\s*[a-zà-ÿа-яёіїєґ][^\s.!?“”\"«»„]*(?:\s+[^\s.!?“”\"«»„]+){0,7}[.!?](?:\s|$)")
INCISE_CHARS = 80


def _led_in_answer(text: str, m: re.Match, last_end: int) -> str | None:
    """Who a clause ending in ':' says speaks a short quotation that ends the sentence ("Asked about
    spring, Ann Lee said: “Yes, in April.”", "dijo: «Sí, en abril»."): a short answer, even one in
    capitals, not a term or a title inside a longer clause; None for no such lead."""
    closes = m.group(0).rstrip(QUOTE_CHARS)[-1:] in SENTENCE_CLOSERS \
        or text[m.end():].lstrip()[:1] in ("", *SENTENCE_CLOSERS)
    if not closes or not text[:m.start()].rstrip().endswith(LEAD_IN_MARKS):
        return None
    lead = text[max(last_end, 0, m.start() - SHORT_LEAD_CHARS):m.start()]
    if not (TITLE_CUES | DOCUMENT_CUES).isdisjoint(WORD_RE.findall(lead.lower())[-ANSWER_CUE_WORDS:]):
        return None  # "Ann Lee wrote a new book: “Seven Days of Calm.”": the work's title
    return led_in_speaker(lead)


SHORT_LEAD_CHARS = 160  # the clause before a short answer read for "Name said:"
ANSWER_CUE_WORDS = 4  # "wrote a new book:": the words before the colon read for a work's noun


def _said_on(between: str, found: list[Quote]) -> bool:
    """Do the words between the quote before and this one only attribute the quote before, ending
    its sentence ("…,” said Ann Lee. “…”, "…,” Lee said. “…”): the next quote is the same voice."""
    return bool(found) and found[-1].speaker is not None and len(between) <= CONTINUATION_GAP \
        and between.rstrip().endswith(".") and says(between) and found[-1].speaker.split()[-1] in between


def _incise_goes_on(between: str, previous: Quote) -> bool:
    """Are the words between the quote before and this one that quote's own incise and no more, a verb
    of saying opening it and its sentence ending before this quote ("„…“, sagt die Forscherin vom
    Institut für … . „…“", "“…,” says the historian from the … Centre. “…”")? Then whatever
    it names describes the speaker it gave, and the next quote goes on in that voice however long it
    is. Not where it names a person or a second sentence, or holds another quote."""
    clause = _incise_alone(between, previous.text) if previous.speaker is not None else None
    words = tokens(clause)[:2] if clause else []
    if bool(words) and words[0][:1].islower() and says(" ".join(words)):
        return True
    # the verb last after a subject in lower case: "“…,” the 44-year-old said. “…”", "the farmer added."
    subject = clause[:-1].split() if clause else []
    return 2 <= len(subject) <= SUBJECT_INCISE_WORDS and all(w[:1].islower() or w[:1].isdigit() for w in subject) \
        and says(subject[-1]) and not says(" ".join(subject[:-1]))


def _incise_alone(between: str, quoted: str) -> str | None:
    """The words between a quote (`quoted`, its marks included) and the next when they are that quote's
    incise and no more, ending its sentence ("„…“, sagt die Forscherin vom Institut. „…“", "«…», admite.
    «…»"): the incise's clause; None where they hold a second sentence, a name or another quote."""
    if len(between) > INCISE_GOES_ON_CHARS or any(map(between.__contains__, QUOTE_MARKS)):
        return None
    after = ("," if quoted[-2:-1] in INCISE_MARKS_INSIDE else "") + between
    lead = INCISE_LEAD_RE.match(after)
    if lead is None:
        return None
    clause = after[lead.end():].rstrip()
    if not clause or clause[-1:] not in INCISE_GOES_ON_ENDS or _incise_clause(clause) != clause[:-1] \
            or NameIndex.last_in(clause) is not None:
        return None
    return clause


SUBJECT_INCISE_WORDS = 5  # "the 44-year-old retired teacher said": a subject in lower case and its verb of saying
INCISE_GOES_ON_CHARS = 160  # an incise with the speaker's office and workplace, not a paragraph's worth
INCISE_GOES_ON_ENDS = ".!"  # the incise ends its sentence; the next quote opens one of its own


def _document_speaker(after: str, before: str, last_person: LastPerson) -> str | None:
    """“…,” the report concludes: who the document speaks for (document_speaker); where the sentences
    before name no author, the one an earlier quotation of "the report" on the page was found to speak
    for (a report quoted again paragraphs later), if all of them spoke for one."""
    speaker = document_speaker(after, before)
    noun = document_incise_noun(after)
    if noun and speaker:
        last_person.document_read(noun, speaker)
    return speaker or (last_person.document_author(noun) if noun else None)


def _skipped_incise_speaker(text: str, prev: re.Match, m: re.Match, names: NameIndex, last_person) -> str | None:
    """The speaker of a quote that opens its sentence right after a quote too short to list whose incise
    drops its subject and ends its sentence ("«Discutimos mucho», admite. «Pero …»", "«Litighiamo
    molto», ammette. «Ma …»"): the one that incise gives, the person the sentence before the short
    quote names, as if it were listed. None where the words between hold more than the incise (a
    second sentence, a name, another quote) or the incise has a subject of its own."""
    if _incise_alone(text[prev.end():m.start()], prev.group(0)) is None:
        return None
    inner = next(g for g in prev.groups() if g is not None)
    if not isinstance(speaker_of(text, prev, inner), DroppedSubject):
        return None
    return dropped_subject(text[:prev.start()], names, last_person)


def _narrator_goes_on(text: str, prev_end: int, start: int) -> bool:
    """Did the paragraph give the quotation before to the narrator, naming no one else up to this one
    ("“Fine,” said I, handing the cook a coin. “Feed my friend well.”"): the narrator goes on."""
    return prev_end >= 0 and said_by_i(tokens(text[prev_end:prev_end + NARRATOR_REACH])) \
        and NameIndex.last_in(text[prev_end:start]) is None


def _running_on(text: str, start: int, names: NameIndex, last_person, voice: str | None,
                runs_on: bool = False) -> Quote | None:
    """A quotation that opens after `start` and runs to the paragraph's end with no closing mark, as a
    quotation of several paragraphs is set (each paragraph opens with a mark, only the last one
    closes): listed when the words before it say who speaks ("Ann Lee said: “…"), it opens a
    paragraph that goes on in `voice`, or `runs_on` (the paragraphs around it are the quotation's
    others: set so, the words are quoted whoever speaks them)."""
    at = _unclosed_at(text, start)
    if at < 0:
        return None
    speaker = voice if at == 0 else speaker_before(text[max(0, at - LEAD_IN_WINDOW):at])
    if speaker == "":  # "She said: “…": the person named last
        speaker = names.last_person_in(text[:at]) or last_person()
    if not speaker and not runs_on:
        return None
    if not speaker:  # "Ann Lee remembers it well. “…", "La pastora cuenta: «…": as for a quote that closes
        before = text[max(0, at - SENTENCE_WINDOW):at]
        speaker = (sentence_speaker(before, names, last_person) or subject_before(before)) if at \
            else reported_speaker(last_person.last_paragraph(), last_person, names) \
            or (last_person.quoted_alone() if _own_voice(text[at:]) else None)
    full = (names.full(speaker) or body_word_stands_for(speaker, text[max(0, at - SENTENCE_WINDOW):at])) \
        if speaker else None  # "In its reply, the agency said, “…": the one body named before, as for a closed quote
    return Quote(text=text[at:], speaker=full, kind="inline")


def _unclosed_at(text: str, start: int) -> int:
    """Where a quotation opens after `start` that nothing closes before the paragraph's end, or -1. The
    mark opens: a space or nothing before it, a word after it (German closes „…“ and »…« with the
    marks other languages open with); the words run on to a sentence's end."""
    at = max(text.rfind(mark, start) for mark in RUNNING_OPENERS)
    if text.count('"') % 2:  # an odd count of straight marks: the last one opens, and nothing closes it
        at = max(at, text.rfind('"', start))
    for mark, closer in PARAGRAPH_OPENERS:  # ”…, »…, ‘…, 「…: only opening the paragraph, and never closed in it
        if text.startswith(mark) and at < 0 and closer not in text[1:] and mark not in text[1:]:
            at = 0
    words = len(text[at + 1:].split()) + cjk_count(text[at + 1:]) // CJK_CHARS_PER_WORD
    if at < 0 or (at > 0 and not text[at - 1].isspace()) or not text[at + 1:at + 3].lstrip()[:1].isalnum() \
            or any(mark in text[at + 1:] for mark in CLOSING_QUOTE_MARKS) \
            or words < QUOTE_MIN_WORDS or not text.rstrip().endswith(SENTENCE_CLOSERS + CJK_SENTENCE_CLOSERS):
        return -1
    return at


def _reopens_next(el: etree._Element) -> bool:
    """Does the next paragraph open with a quote mark (“…, „…, «…, »…, "…)? A quotation left open at
    this paragraph's end then goes on there: one quotation of several paragraphs."""
    nxt = el.getnext()
    return nxt is not None and nxt.tag in LEAD_IN_TAGS and (nxt.text or "").lstrip()[:1] in REOPENING_MARKS


REOPENING_MARKS = "“„«»\"”‘「"


def _reopened(text: str, voice: str | None) -> Quote | None:
    """A paragraph going on with the quotation the paragraph before left open, reopened with » as
    Spanish and French set it ("»El segundo invierno …", "» Le deuxième hiver … »"): the words to
    the » that closes them, or to the paragraph's end. A paragraph with a « is German »…« or a new
    quotation, read as any other."""
    if not text.startswith("»") or "«" in text or len(text.split()) < QUOTE_MIN_WORDS:
        return None
    close = text.rfind("»")
    return Quote(text=text[:close + 1] if close > 0 else text, speaker=voice, kind="inline")


def _reopened_incise(text: str) -> bool:
    """Does a paragraph reopened with » (_reopened) close its quotation and then say who spoke it ("»…», recuerda
    el doctor.", "» … », ajoute-t-elle.")? Then it reads as a quotation of its own, whose speaker is the open one's."""
    close = text.rfind("»")
    return text.startswith("»") and "«" not in text and close > 0 and text[close + 1:].lstrip()[:1] in (",", "—", "–")


RUNNING_OPENERS = ("“", "„", "«")  # a straight mark opens and closes alike: it runs on only as the odd one out
SENTENCE_CLOSERS = (".", "!", "?", "…")
# Marks a quotation of several paragraphs opens each paragraph with in the languages that set its
# words between marks other than “…„«: Swedish and Finnish ”…”, Danish and German »…«, Dutch and
# British ‘…’, Japanese 「…」; with the mark that would close it. Read only where the paragraph opens on the
# mark and neither it nor its closer comes again: the same marks close other languages' quotations.
PARAGRAPH_OPENERS = (("”", "”"), ("»", "«"), ("‘", "’"), ("「", "」"))
CJK_SENTENCE_CLOSERS = ("。", "！", "？", "।")  # a sentence's end in Chinese, Japanese and Hindi
CJK_CHARS_PER_WORD = 2  # Chinese and Japanese words counted as characters: two to a word


def _lead_in(el: etree._Element, text: str) -> str | None:
    """Who the element right before a paragraph that opens with a quote mark says speaks it, when it
    ends in ':' ("Ann Lee wrote to the council:"), as a block quote's lead-in is read."""
    prev = el.getprevious()
    if text[:1] not in ALL_QUOTED_OPENERS or prev is None or not isinstance(prev.tag, str) \
            or prev.tag not in LEAD_IN_TAGS:
        return None
    if (poster := _poster_line(prev)) is not None:
        return poster  # "<b>ann_lee</b> replied:": the poster, by handle, as the post signs (not read as a name)
    lead = led_in_speaker(_text(prev)[-LEAD_IN_WINDOW:])
    if lead is None and (line := _last_line(prev)) is not None:
        lead = led_in_speaker(_text(line)[-LEAD_IN_WINDOW:])  # a box's label, then "From Ann Lee, pilot"
    return lead


def _poster_line(line: etree._Element) -> str | None:
    """The forum user a line of its own over a post's words names: the one word set apart at its opening (bold,
    a link), then a verb of posting or replying and a colon ("<b>ann_lee</b> wrote:", "<b>marta.k</b>
    antwortete:": POSTER_LINE_VERB_RE) or, in a block a forum's class marks as a post (_in_forum_post), a word
    or two in lower case and a colon (a verb no list holds); the handle as written (HandleName). None for any
    other line, a pronoun or a word for anyone ("<b>She</b> wrote:", "<b>Someone</b> replied:")."""
    if len(line) != 1 or line[0].tag not in HANDLE_LINE_TAGS or (line.text or "").strip():
        return None
    handle, rest = _text(line[0]), " ".join((line[0].tail or "").split())
    if not 0 < len(handle) <= MAX_HANDLE_CHARS or " " in handle or handle.lower() in PRONOUNS | ANYONE_WORDS \
            or not rest.endswith(LEAD_IN_MARKS):
        return None
    verb = rest[:-1].split()
    if POSTER_LINE_VERB_RE.fullmatch(rest) is None and not (
            0 < len(verb) <= POSTER_VERB_WORDS and all(w.isalpha() and not w[0].isupper() for w in verb)
            and _in_forum_post(line)):
        return None
    return HandleName(handle)


HANDLE_LINE_TAGS = frozenset(("b", "strong", "a"))  # a poster's handle set apart: bold, or a link to the profile
MAX_HANDLE_CHARS = 30
POSTER_VERB_WORDS = 2  # "skrev", "a scris", "پاسخ داد": a verb and its auxiliary


LEAD_IN_TAGS = frozenset(("p", "div"))  # a paragraph leads in; a heading or a list item does not


def _last_line(el: etree._Element) -> etree._Element | None:
    """The last block inside `el` that holds words, where `el` is a small wrapper of several (a header of
    a label line and a credit line); None for a plain paragraph or a wrapper too large to be a header."""
    blocks = list(islice(el.iterdescendants("p", "div"), LAST_LINE_BLOCKS + 1))
    if len(blocks) > LAST_LINE_BLOCKS:
        return None
    return next((inner for inner in reversed(blocks) if inner.text_content().strip()), None)


LAST_LINE_BLOCKS = 6  # blocks a header wrapper holds at most: a label, a name, an office


class _Turn:
    """A paragraph of a conversation: who speaks it (None: nobody named), its text (read for whom it
    calls by name only when a reply needs it), whether it asks, whether its speaker is the one
    _Dialogue.reply gave."""

    __slots__ = ("asks", "replied", "speaker", "text")

    def __init__(self, speaker: str | None, text: str, asks: bool, replied: bool) -> None:
        self.speaker, self.text, self.asks, self.replied = speaker, text, asks, replied


class _Dialogue:
    """The turns of a conversation written one paragraph each, each opening with a quote mark,
    as fiction and interviews set them: a paragraph that is a turn and names no one is spoken
    by the one the turn before addressed by name ("Will you sign, Bartholomew?"), else, where
    one of the two asks, by the speaker of the turn before last (two voices alternate), else,
    after a turn that is only a question nobody is said to ask, by the one who spoke last when
    no one else was named since (the one questioned answers, as in an interview)."""

    def __init__(self, names: NameIndex, last_person: LastPerson) -> None:
        self.names, self.last_person = names, last_person
        self.turns: list[_Turn] = []
        self.given: tuple[str | None] | None = None  # the reply told for the paragraph being read

    def reply(self, text: str) -> tuple[str | None] | None:
        """Who speaks the paragraph if it is an unattributed turn, as a 1-tuple; None: no rule says."""
        self.given = self._reply(text)
        return self.given

    def _reply(self, text: str) -> tuple[str | None] | None:
        if text[:1] not in OPENING_QUOTE_MARKS or not self.turns:
            return None
        last = self.turns[-1]
        addressee = self._addressed(last.text) or (self._spoken_to(last.text) if last.asks else None)
        if addressee and addressee != last.speaker:
            return (addressee,)
        m = INLINE_QUOTE_RE.match(text)
        asks = m is not None and _asks(m.group(0))
        if len(self.turns) >= DIALOGUE_TURNS and (last.replied or self.turns[-2].replied) \
                and self.turns[-2].speaker != last.speaker and (asks or last.asks):
            return (self.turns[-2].speaker,)  # within a dialogue a call by name began, the two voices alternate
        if last.asks and not asks and last.speaker is None and _only_quotation(last.text) \
                and (answerer := self.last_person()) and answerer == self.last_person.heard() \
                and not _of_someone(last.text, answerer):
            return (answerer,)  # “Would a post at the docks suit you?” / “The hours there are too long.”
        return None

    def read(self, text: str, found: list[Quote]) -> None:
        """The paragraph read: a turn when it opens with a quote mark, else the conversation ends;
        a paragraph of narrative that ends in a quotation leaves that quotation as a turn whose
        call by name is answered ("At last I said: “…, look at it tomorrow, Corwin.”" / "“I would not.”")."""
        if text[:1] not in OPENING_QUOTE_MARKS:
            ends_quoted = found and text.rstrip().endswith(found[-1].text)
            self.turns = [_Turn(found[-1].speaker, found[-1].text, False, False)] if ends_quoted else []
            self.given = None
            return
        first = found[0] if found and text.startswith(found[0].text) else None
        quoted = [m.group(0) for m in INLINE_QUOTE_RE.finditer(text, 0, DIALOGUE_ASK_CHARS)][:1]
        self.turns = self.turns[-DIALOGUE_TURNS + 1:] + [
            _Turn(first.speaker if first else None, text, bool(quoted) and _asks(quoted[0]),
                  self.given is not None and first is not None and first.speaker == self.given[0])]
        self.given = None

    def _spoken_to(self, text: str) -> str | None:
        """The person the turn's incise says it was spoken to, in full after a preposition of address
        ("«…?», preguntó Ana Ruiz a su hermano, Luis Ruiz.", "“…?” said Ann Lee to her neighbour Tom Berg."),
        or as the one asked ("“…?” asked Tom Fry of Ann Lee, the operator.", "„…?“, fragte Tom Fry die Wirtin
        Anna Roth."): who answers it where the turn asks (_reply; after a statement the same voice may go on, as news
        sets it), when the page names that person; None for none or a body."""
        m = SPOKEN_TO_RE.search(text) or ASKED_OF_RE.search(text)
        asked = m.group(1) if m else None
        if asked is None and (m := ASKED_DIE_RE.search(text)) and m.group(1).endswith(ASKED_OFFICE_ENDINGS):
            asked = m.group(2)  # "fragte Tom Fry die Wirtin Anna Roth.": the office's holder
        if asked is None:
            return None
        name = self.names.full(asked)
        return name if name and name.count(" ") and ORG_WORDS.isdisjoint(name.split()) else None

    def _addressed(self, text: str) -> str | None:
        """The person the turn calls by name last ("Bartholomew!", "“Jo,” said I", "Will you,
        Bartholomew,"): who answers it, when the page names that person elsewhere too."""
        called = [m for q in QUOTED_SPAN_RE.finditer(text) for m in VOCATIVE_RE.finditer(q.group(1).strip())]
        word = next((w for m in reversed(called) if (w := m.group(1) or m.group(2))
                     and w not in NOT_NAMES and w not in TITLES), None)
        return self.names.full(word) if word and known_name(word, self.names) else None


DIALOGUE_TURNS = 2  # the turns a reply looks back on
DIALOGUE_ASK_CHARS = 2000  # a turn's first quotation, read for a question, lies within its first characters
# The words inside a pair of quote marks, however short ("“Jo,” said I": the one-word call too).
QUOTED_SPAN_RE = lazy(r"[“\"«„]([^“”\"«»„]{1,2000})[”\"»“]")
# A name that a quotation calls: alone, opening it before a comma, or after a comma before ",?!" or its end.
_NAME_WORD = rf"[{UPPER}][\w'’\-]+"
# A turn's incise: the closing mark, a verb of one word, the speaker's name, a preposition of address, up to
# three lower-case words (an article, a possessive, a kin word or a trade), then a full name ending the
# sentence ("», preguntó Ana Ruiz a su hermano, Luis Ruiz.", "”, disse Rita Sá ao pescador Rui Lobo.").
SPOKEN_TO_RE = lazy(rf"[»”“\"]\s*,?\s*[—–]?\s*[^\W\d_A-Z][\w\-]*\s+(?:[{UPPER}][\w'’\-]+\s+){{1,3}}"
                    rf"(?:a|al|à|ao|to|zu|aan|tegen|till|til)\s+(?:[^\W\d_A-Z][\w'’\-]*,?\s+){{0,3}}"
                    rf"([{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w'’\-]+){{1,2}})\s*[.,;]?\s*$")
# A question's incise naming the one asked as English "asked X of Y, the …" or German "fragte X die Wirtin Y": the
# verb of asking, the asker (after an article and a trade at most), then the one asked in full and the sentence's
# end. English "of" also gives where one is from ("asked Tom Fry of Mill Lane"), so the one asked is a person only
# with a description after a comma ("of Ann Lee, the ferry's operator."); German names a person by an office
# or a trade before the name ("die Wirtin Anna Roth", not "die Stadtwerke Nordheim": ASKED_OFFICE_ENDINGS).
_ASKER = rf"(?:[{UPPER}][\w'’\-]+\s+){{1,3}}"
_ASKED = rf"([{UPPER}][\w'’\-]+(?:\s[{UPPER}][\w'’\-]+){{1,2}})"
ASKED_OF_RE = lazy(rf"[”\"]\s*,?\s*(?:asked|inquired|enquired)\s+(?:[^\W\d_A-Z][\w'’\-]*\s+){{0,2}}{_ASKER}of\s+"
                   rf"{_ASKED},\s+(?:the|a|an|his|her|their)\s+(?:[^\W\d_A-Z][\w'’\-]*\s*){{1,4}}[.;]?\s*$")
ASKED_DIE_RE = lazy(rf"[“”\"]\s*,?\s*(?:fragte|fragt)\s+(?:(?:der|die)\s+[{UPPER}][\w\-]+\s+)?{_ASKER}(?:den|die)\s+"
                    rf"([{UPPER}][\w\-]+)\s+{_ASKED}[.;]?\s*$")
# The endings of a German office or trade before a person's name ("Wirtin", "Fischer", "Direktor", "Polizist").
ASKED_OFFICE_ENDINGS = ("in", "er", "or", "ist", "ent", "eur")
VOCATIVE_RE = lazy(rf"^({_NAME_WORD})(?=[,!?.]*$|,\s)|,\s({_NAME_WORD})(?=\s?[,?!]|\.?$)")  # "Gaspard ?" in French


def _only_quotation(text: str) -> bool:
    """Is the paragraph one quotation and nothing else (a turn that says nothing of who speaks it)?"""
    m = INLINE_QUOTE_RE.match(text)
    return m is not None and m.end() == len(text.rstrip())


def _of_someone(question: str, answerer: str) -> bool:
    """Does the question speak of a third person ("who is he?", "Did Ann Lee agree?"), whom the person
    named last may be, rather than to the one it is put to?"""
    words = {w.casefold() for w in WORD_RE.findall(question)}
    return bool(words & THIRD_PERSON_WORDS) or answerer.split()[-1].casefold() in words


# "he", "him", "his" and their kin in the languages of PRONOUNS; not Polish "on", an English word too
THIRD_PERSON_WORDS = (PRONOUNS | OBJECT_PRONOUNS | POSSESSIVE_PRONOUNS) - {"on"}


def _asks(inner: str) -> bool:
    """Does the quotation ask a question (a turn of a dialogue, which another voice answers)?"""
    return "?" in inner


def _split_by_attribution(between: str, previous: str) -> bool:
    """Do the words between two quotes only attribute the first to `previous` and lead on into the
    second ("…”, sagt sie, „…", "…,” said Ann Lee, “…"): one quotation split by its attribution."""
    return len(between) <= CONTINUATION_GAP and between.rstrip().endswith(",") \
        and (says(between) or speaker_after(tokens(between)) is not None) and same_voice(between, previous) and SENTENCE_END_RE.search(between) is None


def _block_text(el: etree._Element, skip: etree._Element | None) -> str:
    """Text of a quote block: paragraphs (at any depth) kept apart by a space, the attribution left out."""
    parts: list[str] = []
    walk = etree.iterwalk(el, events=("start", "end"))
    for event, node in walk:
        if node is skip:
            if event == "start":
                walk.skip_subtree()
            elif node.tail and node is not el:
                parts.append(node.tail)
            continue
        block = node.tag in QUOTE_BLOCK_TAGS
        if event == "start":
            parts.append(" " if block else "")
            parts.append(node.text or "")
        else:
            parts.append(" " if block else "")
            if node is not el:
                parts.append(node.tail or "")
    return " ".join("".join(parts).split())


def _image_only(el: etree._Element | None) -> bool:
    """An element that shows a picture and has no text of its own (<p><img></p>, <figure>)."""
    if el is None or not isinstance(el.tag, str) or el.tail and el.tail.strip():
        return False
    if el.tag not in IMAGE_TAGS and next(el.iter(*IMAGE_TAGS), None) is None:
        return False
    return not el.text_content().strip()


IMAGE_TAGS = ("img", "picture", "svg", "video")


def _in_running_text(cite: etree._Element) -> bool:
    """Does a <cite> stand inside a sentence, words on both sides ("use the <cite>-Q</cite>
    option")? Then it names a work or a term; a quote's signature ends its line or starts it."""
    parent, prev = cite.getparent(), cite.getprevious()
    if parent is None or parent.tag in SIGNATURE_TAGS:
        return False
    before = (prev.tail if prev is not None else parent.text) or ""
    words_before = WORD_RE.search(before) is not None or (
        prev is not None and prev.tag != "br" and WORD_RE.search(prev.text_content()) is not None)
    return words_before and WORD_RE.search(cite.tail or "") is not None


SIGNATURE_TAGS = frozenset(("footer", "figcaption"))  # "— <cite>Ann Lee</cite>, harbour master"


def _contains(ancestor: etree._Element, node: etree._Element) -> bool:
    for parent in node.iterancestors():
        if parent is ancestor:
            return True
    return False


QUOTE_BLOCK_TAGS = frozenset(("p", "div", "br", "footer", "cite", "figcaption", "li", "blockquote"))


def _inside(el: etree._Element, tag: str) -> bool:
    node = el.getparent()
    for _ in range(50):
        if node is None:
            return False
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _text(el: etree._Element) -> str:
    return " ".join(el.text_content().split())


def _opening_char(inner: str) -> str:
    """The first character of the quoted words past opening punctuation and an ellipsis ("" for none)."""
    return inner.lstrip(TITLE_PUNCTUATION + " …")[:1]


def _lower_opening(inner: str) -> bool:
    """Does the quoted run open on a word in lower case ("„seit Jahrzehnten in Bewegung“")? A title opens
    on a capital in every language; a fragment of speech cut out of a sentence need not (German writes
    its nouns in capitals, so the rest looks like Title Case)."""
    first = _opening_char(inner)
    return first.isalpha() and first.islower()


def _is_title(inner: str) -> bool:
    """Title Case with no sentence end: most words of four letters or more are capitalised."""
    inner = inner.rstrip().removesuffix(".").removesuffix(",")  # “Seven Days of Calm.” : a title the sentence ends on
    words = [w.strip(TITLE_PUNCTUATION) for w in inner.split()]
    long_words = [w for w in words if len(w) >= TITLE_MIN_WORD]
    if len(long_words) < 2 or inner[-1:] in ".!?,;:…" or len(words) > TITLE_MAX_WORDS or SENTENCE_STOP_RE.search(inner):
        return False
    capitals = sum(1 for w in long_words if w[:1].isupper())
    return capitals >= TITLE_CAPITAL_SHARE * len(long_words)


TITLE_PUNCTUATION = "[]()'’\"“”‘"
SENTENCE_STOP_RE = lazy(r"(?<!\b[A-Z])\. ")  # a full stop, not an initial's ("Savings of U.S. Farmers")
TITLE_MIN_WORD = 4  # "of", "in", "the" stay lower-case in titles
TITLE_MAX_WORDS = 14  # a longer quotation is speech even in capitals
TITLE_CAPITAL_SHARE = 0.6  # "As 5 Etapas para Alfabetizar seus Filhos em Casa"


def _named_before(text: str, start: int, inner: str) -> bool:
    """Do the words right before a quote that opens with a capital say it is a title or a
    sign's text ("the article “…”", "a book titled “…”", "a sign reading “…”", "le livre « … »")?
    ("each film “the way it was meant to be”": words about the film, not its title.)"""
    if not _opening_char(inner).isupper():
        return False
    before = text[max(0, start - TITLE_CUE_CHARS):start].lower()
    words = WORD_RE.findall(before[max(before.rfind(end) for end in ".!?)") + 1:])
    if any(word in TITLE_CUES for word in words[-TITLE_CUE_WORDS:]):
        return True
    if inner.rstrip()[-1:] not in SENTENCE_CLOSERS and (NAMED_THING_RE.search(before) is not None or any(
            word in PHRASE_CUES for word in words[-TITLE_CUE_WORDS:])):
        return True  # "a workshop called “…”", "ein Kurs namens „…“", "the expression “…”": a name, a phrase
    if inner.rstrip()[-1:] not in SENTENCE_CLOSERS and before.rstrip()[-1:] not in ",:;" \
            and not WORK_VERBS.isdisjoint(words[-WORK_VERB_REACH:]):
        return True  # "she sang “…” twice", "zong ze „…”", "Przeczytałam „…”": the work sung, read or seen
    if words and words[-1] in WORK_NOUNS_ALSO_VERBS and not ARTICLES.isdisjoint(words[-WORK_NOUN_REACH:-1]):
        return True  # "his new show, “…”", "the play “…”": a noun after its determiner, no verb
    last = LAST_WORD_RE.search(before.rstrip())  # "the report “…”", not "told the newspaper: “…”"
    return before[-1:].isspace() and last is not None and (last.group(1) in DOCUMENT_CUES or (
        last.group(1) in NAMED_THING_NOUNS and inner.rstrip()[-1:] not in SENTENCE_CLOSERS))


TITLE_CUE_CHARS = 40
TITLE_CUE_WORDS = 2  # "the article", "a book titled", "the song called"
TITLE_CUES = frozenset((  # nouns and participles only: no word that is also a verb ("play", "post", "reading")
    "article", "articles", "story", "stories", "book", "books", "novel", "essay", "headline", "headlined", "column", "film", "movie",
    "title",
    "song", "album", "episode", "podcast", "poem", "exhibition", "chapter", "titled", "entitled", "slogan",
    "motto", "banner", "placard", "hashtag", "tagline",
    "titel", "buch", "artikel", "roman", "lied", "ausstellung", "aufschrift",
    "titre", "livre", "chanson", "exposition", "intitulé", "intitulée", "libro", "artículo", "película",
    "canción", "titulado", "titulada", "titolo", "articolo", "intitolato", "intitolata", "boek", "getiteld",
    "książka", "artykuł", "tytułem",
    # works, shows and mottos in the other languages of the news ("su novela «…»", "il suo romanzo «…»",
    # "le festival « … »", "bajo el lema «…»", "pod hasłem „…”")
    "festival", "festivals", "documentary", "documentaire", "documental", "documentario", "documentário",
    "dokumentarfilm", "series", "série", "serie", "novela", "romanzo", "romance", "powieść", "powieści", "filme",
    "canzone", "canção", "piosenka", "piosenki", "liedje", "gedicht", "poema", "poesia", "poesía", "wiersz",
    "opera", "ópera", "oper", "musical", "spektakl", "exposición", "exposição", "wystawa", "tentoonstelling",
    "saggio", "ensayo", "essai", "lema", "eslogan", "hasłem", "hasło", "leuze",
    "spruch", "leitspruch", "wahlspruch", "devise", "consigna", "лозунг", "лозунгом", "девиз", "девизом",
    # events, and the participles that give a thing its name ("la conférence « … »", "bautizado como «…»")
    "conference", "conférence", "conferencia", "conferenza", "konferencja", "konferenz", "conferentie",
    "summit", "sommet", "cumbre", "vertice", "gipfel", "congrès", "congreso", "congresso", "kongress", "kongres",
    "colloque", "symposium", "simposio", "sympozjum",
    "dubbed", "baptisé", "baptisée", "bautizado", "bautizada", "denominado", "denominada", "battezzato",
    "battezzata", "denominato", "denominata", "nazwany", "nazwana", "nazwane", "gedoopt",
    # the cases a noun takes after a verb or a preposition in Polish, Czech, Russian and Ukrainian
    # ("swoją książkę „…”", "svou knihu „…“", "о книге «…»", "в фильме «…»"), and Portuguese's own nouns
    "książkę", "książki", "książce", "filmie", "filmu", "artykule", "artykułu", "piosenkę", "albumie", "serialu", "serial",
    "spektaklu",
    "kniha", "knihu", "knihy", "knize", "článek", "článku", "román", "románu", "píseň", "písni", "seriál",
    "seriálu", "výstava", "výstavu", "názvem",
    "книга", "книгу", "книги", "книге", "книжка", "книжку", "роман", "романа", "романе", "фильм", "фильма",
    "фильме", "статья", "статью", "статьи", "статье", "песня", "песню", "песни", "альбом", "альбома", "альбоме",
    "сериал", "сериала", "спектакль", "спектакля", "выставка", "выставку", "названием", "фільм",
    "фільму", "фільмі", "пісня", "пісню", "стаття", "статтю", "виставка",
    "livro", "obra", "artigo", "intitulado", "intitulada",
    # plays and broadcasts ("das Stück „…“", "l’émission « … »", "el programa «…»", "pořad „…“", "передача «…»")
    "stück", "theaterstück", "sendung", "hörspiel", "émission", "pièce", "ouvrage", "programma", "trasmissione",
    "programa", "programme", "program", "pořad", "pořadu", "передача", "передачи", "программа", "программе",
    "программы", "шоу",
    # headlines and exhibitions ("unter der Überschrift „…“", "bajo el titular «…»", "la mostra «…»")
    "überschrift", "schlagzeile", "titular", "título", "manchete", "mostra", "esposizione", "brano", "disco", "álbum",
    "nagłówkiem", "заголовком", "заголовок",
    # Swedish, Danish and Norwegian nouns, which take their article as an ending ("utställningen ”…”")
    "boken", "bogen", "filmen", "låten", "sången", "sangen", "romanen", "albumet", "serien", "utställningen",
    "udstillingen", "utstillingen", "artikeln", "artiklen", "artikkelen", "rubriken", "overskriften", "titeln",
    "titlen", "tittelen", "föreställningen", "forestillingen", "dikten", "digtet", "diktet",
))


# Nouns that mention a phrase as a phrase, right before it ("the expression “…” is often used", "der
# Ausdruck „…“", "l’expression « … »", "el refrán «…»"): words talked about, not said. Only where no
# one in the sentence is said to say them (_named_before): "she used the phrase “…”" is hers; and only
# a phrase, no sentence: "the saying, “The tide waits for no one.”" quotes a saying whole.
PHRASE_CUES = frozenset((
    "phrase", "expression", "idiom", "proverb", "adage", "maxim", "catchphrase", "ausdruck", "redewendung",
    "redensart", "sprichwort", "floskel", "locution", "proverbe", "dicton", "expresión", "refrán", "dicho",
    "espressione", "proverbio", "uitdrukking", "gezegde", "spreekwoord", "zegswijze", "wyrażenie", "powiedzenie",
    "przysłowie", "expressão", "ditado", "provérbio", "выражение", "поговорка", "пословица", "uttrycket",
    "ordspråket", "udtrykket", "ordsproget", "uttrykket", "ordtaket",
))
# A thing's noun after its determiner, then the participle that names it ("a workshop called", "the new
# app named", "ein Kurs namens", "une exposition appelée", "un taller llamado", "een cursus genaamd",
# "kurs o nazwie", "курс под названием"): what follows is the thing's name, not anyone's words.
# (No pronoun: "she called it “…”" and "called them “…”" give someone's words.)
NAMED_THING_RE = lazy(
    r"(?i)\b(?:(?:a|an|the|its|their|his|her|our|my|your|this|new)\s+(?:[\w-]+\s+){0,2}?(?!it\b|them\b|him\b|her\b|"
    r"me\b|us\b|you\b)[\w-]+\s+(?:called|named)|(?:ein|eine|einen|einem|einer|der|die|das|den|dem)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+\s+(?:namens|genannt|mit\s+dem\s+namen)|(?:un|une|le|la|les|des)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:appelée?s?|nommée?s?)|(?:un|una|el|la|los|las)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:llamad[oa]s?|denominad[oa]s?)|"
    r"(?:un|una|il|la|lo)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:chiamat[oa]|denominat[oa])|(?:een|de|het)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:genaamd|met\s+de\s+naam)|o\s+nazwie|pod\s+nazwą|под\s+названием|"
    r"с\s+названием)\s*:?\s*$"
)


# Laws, plans, projects, operations, prizes, contests, fairs, movements, platforms and associations,
# whose names Romance and Slavic languages write in sentence case: a name right after the noun, with
# nothing but a space between and no sentence's end ("le plan « Des logements pour tous »", "la ley
# «Agua limpia para los pueblos»", "il progetto «Una casa per ogni famiglia»", "программу «…»"). Not
# after a colon: "Ana Ruiz explicó el plan: «Vamos a construir …»" gives her words.
NAMED_THING_NOUNS = frozenset((
    "law", "operation", "prize", "competition", "contest", "movement", "platform", "app", "project", "plan",
    "gesetz", "projekt", "aktion", "preis", "wettbewerb", "messe", "bewegung", "plattform", "programm",
    "loi", "projet", "opération", "prix", "concours", "salon", "mouvement", "plateforme", "dispositif",
    "association", "collectif", "ley", "proyecto", "operación", "premio", "concurso", "feria", "movimiento",
    "plataforma", "asociación", "colectivo", "progetto", "piano", "operazione", "concorso", "fiera", "movimento",
    "piattaforma", "associazione", "projeto", "plano", "operação", "prémio", "prêmio", "feira", "associação",
    "operatie", "prijs", "wedstrijd", "beweging", "platform", "vereniging", "ustawa", "ustawę", "ustawy", "akcja",
    "akcję", "akcji", "nagroda", "nagrodę", "konkurs", "stowarzyszenie", "закон", "закона", "проект", "проекта",
    "план", "операция", "операцию", "премия", "премию", "конкурс", "движение", "платформа", "программу", "акция",
    "акцию",
    # products, models, cups and tournaments ("our best-seller « … »", "das Modell „…“", "el torneo «…»")
    "bestseller", "best-seller", "superventas", "product", "produit", "producto", "prodotto", "produkt", "produto",
    "model", "modell", "modèle", "modelo", "modello", "cup", "pokal", "coupe", "copa", "coppa", "taça", "trophy",
    "tournament", "turnier", "tournoi", "torneo", "torneio", "toernooi", "turniej",
))


# Verbs of singing, reading, watching and performing whose object is a work: a quote opening with a
# capital right after one, with no colon or comma between and no full stop ending it, is a title.
WORK_VERBS = frozenset((
    "sang", "sings", "sung", "performed", "watched", "reread", "recited",
    "singt", "sangen", "gesungen", "lasen", "gelesen", "schauten", "sahen", "gesehen",
    "chanté", "chante", "chantait", "lu", "relu", "regardé", "vu",
    "cantó", "canta", "cantaron", "leímos", "leí", "leyó", "vimos", "vio", "miramos",
    "cantato", "letto", "visto", "guardato", "cantava",
    "cantou", "cantaram", "leu", "lemos", "li", "assistimos", "assistiu", "vimos",
    "zong", "zongen", "gezongen", "lazen", "gelezen", "keken", "bekeken",
    "zaśpiewała", "zaśpiewał", "zaśpiewali", "śpiewała", "śpiewał", "przeczytałam", "przeczytałem",
    "przeczytał", "przeczytała", "czytaliśmy", "obejrzeliśmy", "obejrzałam", "obejrzałem",
    "спела", "спел", "спели", "исполнила", "исполнил", "прочитала", "прочитал", "прочитали", "прочла",
    "посмотрели", "посмотрела", "посмотрел", "заспівала", "заспівав", "прочитав",
    "sjöng", "sjunger", "läste", "läser", "læste",
    "zpívala", "zpíval", "zazpívala", "zazpíval", "četli", "četla", "četl", "přečetla", "přečetl", "viděli",
    # publishing, releasing and directing a work ("she published “A history of tide mills” in May")
    "published", "publishes", "released", "releases", "premiered", "directed", "authored", "co-authored",
    "veröffentlichte", "veröffentlichten", "veröffentlicht", "publié", "publiée", "publie", "publicó", "publicaron",
    "pubblicato", "pubblicò", "publicou", "publicaram", "publiceerde", "publiceerden", "gepubliceerd",
    "opublikowała", "opublikował", "opublikowali", "wydała", "wydał", "опубликовала", "опубликовал", "опубликовали",
    "выпустила", "выпустил", "выпустили", "publicerade", "udgav", "utga",
))
WORK_VERB_REACH = 2  # the verb, or the verb and its subject after it ("lasen wir „…“", "sjöng hon ”…”")


# Names of works that are verbs too ("show", "play"): a title cue only after a determiner.
WORK_NOUNS_ALSO_VERBS = frozenset(("show", "shows", "play", "plays", "track", "single", "sketch"))
WORK_NOUN_REACH = 3  # "his new show": the determiner, an adjective, the noun


# Documents, periodicals and campaigns, which also speak ("the report said “…”", "told the newspaper:
# “…”"): a title only right after the noun, with nothing but a space between ("the report “Rivers
# under Pressure”", "die Zeitung „…“", "le quotidien « … »", "el informe «…»", "газета «…»",
# "la campagne « Des rues propres … »", "the strategy “A greener valley …”").
DOCUMENT_CUES = frozenset((
    "report", "study", "survey", "magazine", "newspaper", "journal", "daily", "weekly",
    "bericht", "studie", "gutachten", "magazin", "zeitung", "zeitschrift", "wochenzeitung", "tageszeitung",
    "rapport", "étude", "revue", "quotidien", "hebdomadaire", "mensuel",
    "informe", "estudio", "revista", "periódico", "diario", "semanario",
    "rapporto", "rivista", "giornale", "quotidiano", "settimanale",
    "raport", "raportu", "raporcie", "magazyn", "magazynie", "gazeta", "gazety", "gazecie", "gazetę", "dziennik",
    "tygodnik", "miesięcznik", "czasopismo", "czasopiśmie",
    "tijdschrift", "krant", "dagblad", "weekblad",
    "relatório", "estudo", "jornal",
    "доклад", "доклада", "докладе", "отчёт", "отчет", "отчёта", "отчета", "отчёте", "отчете", "журнал",
    "журнала", "журнале", "газета", "газеты", "газете", "газету", "исследование", "исследования",
    "campaign", "strategy", "initiative", "kampagne", "strategie", "initiative", "campagne", "stratégie",
    "campaña", "estrategia", "iniciativa", "campagna", "strategia", "iniziativa", "campanha", "estratégia",
    "kampania", "kampanię", "kampanii", "inicjatywa", "inicjatywę", "кампания", "кампанию", "кампании",
    "стратегия", "стратегию", "инициатива", "инициативу",
    "rapporten", "studien", "tidningen", "avisen", "tidskriften", "tidsskriftet", "kampanjen", "kampagnen",
    # guides, courses and talks, whose title follows the noun ("our guide “10 Things to Know …”", "der
    # Leitfaden „…“", "la guía «…»", "el curso «…»", "лекция «…»")
    "guide", "handbook", "ebook", "e-book", "whitepaper", "checklist", "webinar", "tutorial", "course", "paper",
    "thesis", "dissertation", "lecture", "keynote", "leitfaden", "ratgeber", "broschüre", "handbuch", "vortrag",
    "guía", "curso", "guida", "manuale", "corso", "handleiding", "cursus", "poradnik", "podręcznik",
    "руководство", "курс", "лекция", "лекцию",
))


def _modifier(text: str, m: re.Match) -> bool:
    """Words in quote marks between an article and a noun: the kind of something, not speech
    ("play the “I’ve been around longer than you” card", "a “pay what you like” model")."""
    if text[m.end() - 2:m.end() - 1] in ",.;:":
        return False  # “hours tend to be longer,” it appears: the clause goes on after the quote
    before = text[max(0, m.start() - MODIFIER_REACH):m.start()].split()
    after = WORD_RE.match(text, m.end() + 1) if text[m.end():m.end() + 1] == " " else None
    return bool(before) and before[-1].lower() in ARTICLES and after is not None \
        and after.group().islower() and after.group() not in NOT_NOUNS


MODIFIER_REACH = 12
ARTICLES = frozenset(("a", "an", "the", "ein", "eine", "einen", "der", "die", "das", "un", "une", "le", "la", "el",
                      "il", "lo", "de", "het", "een",
                      # possessives that are nothing else ("his “…” scenario"; not "her": "told her “…”")
                      "his", "its", "their", "our", "my", "your", "seine", "seinen", "unser", "unsere",
                      "sa", "leur", "notre", "su", "sus", "suo", "sua", "zijn"))
# Words after a quote that go on a sentence, not name a thing.
NOT_NOUNS = frozenset(("and", "or", "but", "is", "was", "are", "were", "has", "had", "in", "on", "at", "to", "for",
                       "of", "with", "as", "that", "which", "it", "he", "she", "they", "we", "i", "you", "und",
                       "oder", "et", "ou", "y", "o", "e", "en",
                       # time words and conjunctions that go on the sentence ("a qualifié la décision de
                       # « … » avant de quitter", "chamou a decisão de “…” antes de sair")
                       "before", "after", "while", "when", "because", "avant", "après", "pendant", "quand", "mais",
                       "parce", "antes", "después", "depois", "durante", "cuando", "quando", "pero", "porque",
                       "mas", "prima", "dopo", "mentre", "ma", "perché", "bevor", "nachdem", "als", "weil",
                       "aber", "toen", "maar", "omdat", "voordat", "nadat"))


def _topic_question(text: str, start: int, inner: str) -> bool:
    """A question in quote marks, opening in lower case, that no one in its sentence says or asks:
    a question the text talks about ("arguments about “how will the bridge be paid for?”",
    "a help page on “how do I reset my password”"), not words someone spoke. (“…,” said I,
    “what do you think?”: the verb of saying keeps it; so does "you wonder “how did it…?”".)"""
    named = _question_named(text, start, inner)  # "to settle the question, “How far is it?”"
    if named:
        start = named  # what the sentence says before the noun: "la pregunta" and "de vraag" ask nothing
    first = WORD_RE.match(inner.lstrip(TITLE_PUNCTUATION + " …"))
    if not named and (first is None or not first.group().islower() or first.group() not in QUESTION_WORDS):
        return False
    if not named and first.group() in RELATIVE_TOO and not inner.rstrip(" .,;:").endswith("?"):
        return False  # "the man “who changed the harbour”": a relative clause, someone's words spliced in
    sentence = _sentence_before(text, start)
    return not says(sentence) and not ASKING_VERBS.intersection(WORD_RE.findall(sentence.lower())) \
        and not sentence.rstrip().endswith(LEAD_IN_MARKS)


def _question_named(text: str, start: int, inner: str, alternatives: int = 0) -> int:
    """Where the noun "question" stands right before a quoted question, a comma at most between
    ("the simple question, “How far is it?”", "die Frage „Wer zahlt?“", "la pregunta «¿Quién
    paga?»"), or before the question this one is the alternative of ("the question, “How far is
    it?” or “How long does it take?”"); 0 if it does not. The text names what it quotes a question
    it takes up; who asks it, if anyone, the sentence's verbs before the noun say (_topic_question)."""
    if not inner.rstrip(" .…").endswith(("?", "？")):
        return 0
    offset = max(0, start - TITLE_CUE_CHARS)
    before = text[offset:start].rstrip(" ,")
    if before.endswith(LEAD_IN_MARKS):
        return 0
    noun = LAST_WORD_RE.search(before)  # right before it: "questions (“…?”)" lists examples of some
    if noun is not None and noun.group(1).lower() in QUESTION_NOUNS:
        return offset + noun.start()
    joined = ALTERNATIVE_QUESTION_RE.search(before)
    if joined is None or alternatives >= MAX_ALTERNATIVE_QUESTIONS:
        return 0
    end = offset + joined.start()  # the question mark that closes the question before
    window = text[max(0, end - MAX_QUESTION_CHARS):end]
    opening = max(window.rfind(mark) for mark in OPENING_QUOTE_MARKS)
    if opening < 0:
        return 0
    opening += max(0, end - MAX_QUESTION_CHARS)
    return _question_named(text, opening, text[opening + 1:end + 1], alternatives + 1)


# A quoted question closing right before this one, "or"/"and" between them (several languages).
ALTERNATIVE_QUESTION_RE = lazy(r"[?？]\s*[”\"»“’」』]\s*(?:or|and|&|oder|und|ou|et|o|y|e|of|en|eller|lub|albo|или)$")
MAX_ALTERNATIVE_QUESTIONS = 3  # questions read back along a list of alternatives
MAX_QUESTION_CHARS = 300  # how far back the question before opens


# The noun "question" (several languages), naming the quotation after it.
QUESTION_NOUNS = frozenset((
    "question", "questions", "frage", "fragen", "pregunta", "preguntas", "domanda", "domande", "vraag", "vragen",
    "pergunta", "perguntas", "pytanie", "pytania", "вопрос", "вопросы", "fråga", "frågan", "otázka", "otázku",
))


def _gloss(text: str, start: int) -> bool:
    """Words in quote marks right after "or", "meaning", "literally" that no one in the sentence is
    said to say: the gloss of a term ("mens nautica — or “a sailor's frame of mind”"), not speech."""
    before = text[max(0, start - TITLE_CUE_CHARS):start].rstrip(" ,—–-")
    cue = LAST_WORD_RE.search(before.lower())
    if cue is None or cue.group(1) not in GLOSS_CUES:
        return False
    if before[:cue.start()].rstrip(" ,")[-1:] in CLOSING_QUOTE_MARKS:
        return False  # “I’m fine” or “Sorry, did you say something?”: one quote's alternative, as it is
    return not says(_sentence_before(text, start))


LAST_WORD_RE = lazy(r"(\w+)$")
# Words right before a gloss of a term (several languages).
GLOSS_CUES = frozenset((
    "or", "meaning", "literally", "oder", "bedeutet", "wörtlich", "ou", "littéralement", "signifiant", "o",
    "literalmente", "significa", "ovvero", "letteralmente", "czyli", "dosłownie", "letterlijk", "betekent",
))


def _sentence_before(text: str, start: int, reach: int = 0) -> str:
    """The quote's own sentence up to the quote (at most `reach` characters, else SENTENCE_BEFORE_CHARS)."""
    before = text[max(0, start - (reach or SENTENCE_BEFORE_CHARS)):start]
    return before[max(before.rfind(end) for end in ".!?") + 1:]


SENTENCE_BEFORE_CHARS = 160


def _sign_text(text: str, m: re.Match) -> bool:
    """The words of a sign, a banner or a shirt: "a sign reading “…”", "“…,” reads one", "牌子上写着“…”"."""
    return SIGN_BEFORE_RE.search(text, max(0, m.start() - SIGN_REACH), m.start()) is not None \
        or SIGN_AFTER_RE.match(text, m.end()) is not None \
        or LABEL_BEFORE_RE.search(text, max(0, m.start() - SIGN_REACH), m.start()) is not None \
        or CJK_SIGN_BEFORE_RE.search(text, max(0, m.start() - CJK_SIGN_REACH), m.start()) is not None \
        or MARKED_BEFORE_RE.search(text, max(0, m.start() - SIGN_REACH), m.start()) is not None \
        or SLOGAN_AFTER_RE.match(text, m.end()) is not None


SIGN_REACH = 60
_SLOGANS = r"slogan|motto|tagline|catchphrase|spruch|leitspruch|wahlspruch|devise|lema|eslogan|leus|lijfspreuk|hasłem"
# A slogan's noun right after the quote, as what it is ("“…” – with this slogan, the firm …", "“…” is
# the town's motto", "„…“ – mit diesem Slogan wirbt", "« … », avec ce slogan", "«…», con este lema"):
# a brand's or a town's words, not anyone's speech.
SLOGAN_AFTER_RE = lazy(
    rf"(?i)\s*[,–—-]?\s*(?:(?:with|under|mit|unter|avec|sous|con|bajo|com|met|onder)\s+(?:this|that|the|its|their|his|"
    rf"her|diesem|dem|seinem|ihrem|ce|cette|son|sa|leur|este|ese|el|su|questo|il|suo|loro|esse|o|seu|deze|die|de|"
    rf"hun|zijn|haar|tym)|(?:is|was|are|ist|war|est|était|es|era|fue|è|é|foi|wordt|werd)\s+(?:the|a|an|its|"
    rf"their|his|her|der|das|ein|le|la|son|sa|leur|el|su|il|lo|o|seu|de|het|hun|zijn|haar)"
    rf"(?:\s+[^\s“”\"«»„.,;:!?]+){{0,2}}?)\s+(?:{_SLOGANS})\b"
)
_SIGNS = (r"signs?|banners?|placards?|posters?|billboards?|t-shirts?|shirts?|stickers?|mugs?|schild|schilder|"
          r"plakat|plakate|plakaten|transparent|transparente|transparenten|pancartes?|panneaux|panneau|affiches?|"
          r"carteles|cartel|pancartas?|cartelli|cartello|striscioni|striscione|borden|bord|spandoeken|spandoek|"
          r"cartaz|cartazes|faixas?|plakaty|plakatami|transparenty|transparentami|tabliczk\w*|skylt\w*|"
          r"banderoll\w*|плакат\w*|транспарант\w*|табличк\w*|вывеск\w*|"
          # what a page or a wall shows ("the cover line read “…”", "a mural reading “…”")
          r"cover\s+lines?|front\s+pages?|headlines?|captions?|graffiti|murals?|inscriptions?|aufschrift|"
          r"schlagzeilen?|titelseite|inscription|légende|titular(?:es)?|portada|didascalia|nagłówek|подпис\w*|"
          # what a program shows in a box of its own ("a notification saying “…”", "une notification
          # indiquant « … »", "ein Pop-up mit dem Text „…“")
          r"notifications?|pop-?ups?|push\s+messages?|benachrichtigung(?:en)?|notificaci(?:ón|ones)|notifich[ea]|"
          r"notifica|notificaç(?:ão|ões)|powiadomieni[ea]|уведомлени[еяй]")
# The words that bring in a sign's text, in several languages ("reading", "mit der Aufschrift",
# "com os dizeres", "с надписью", "z napisem", "med texten").
_SIGN_READING = (r"(?:that\s+|which\s+)?(?:reading|reads?|read|saying|says|said)|mit der aufschrift|"
                 r"avec l['’]inscription|disant|que dice|que decía|con la scritta|con la leyenda|met de tekst|"
                 r"com os dizeres|com a inscrição|com a frase|с надписью|с лозунгом|z napisem|z hasłem|med texten|"
                 r"mit dem text|indiquant|avec le texte|con el texto|con il testo|com o texto|z tekstem|с текстом")
# A sign's noun right before the quote ("des pancartes « … »"), or a few words before the words that
# bring in its text ("held up signs outside the hall reading “…”", "a sign on the gate reads “…”",
# "borden omhoog met de tekst „…”").
SIGN_BEFORE_RE = lazy(rf"(?i)\b(?:{_SIGNS})(?:(?:\s+[^\s“”\"«»„]+){{0,3}}?\s+(?:{_SIGN_READING}))?\s*:?\s*$")
# Chinese and Japanese: a sign's noun, then at most "上写着" ("written on it") or "には" before the quote.
CJK_SIGN_BEFORE_RE = lazy(r"(?:牌子|标牌|标语|招牌|告示|横幅|海报|看板|標識|張り紙|貼り紙|横断幕|垂れ幕|ポスター|プラカード)"
                          r"[上里には]{0,2}(?:写着|写有|写的是|印着)?[：:]?$")
CJK_SIGN_REACH = 12
# A thing marked, stamped or labelled with the words right before them ("boxes marked “Fragile – this way
# up”", "an envelope stamped „Eilt“", "des caisses marquées « Fragile »"): printed words, whatever the thing.
MARKED_BEFORE_RE = lazy(r"(?i)\b(?:marked|labell?ed|stamped|emblazoned\s+with|inscribed(?:\s+with)?|printed\s+with|"
                        r"beschriftet\s+mit|gestempelt\s+mit|marqu[ée]e?s?|étiquetée?s?|marcad[oa]s?\s+con|"
                        r"etiquetad[oa]s?\s+con|contrassegnat[oiae]\s+con|gemarkeerd\s+met|oznaczon[aey]+\s+napisem|"
                        r"с\s+пометкой|с\s+маркировкой)\s*:?\s*$")
SIGN_AFTER_RE = lazy(rf"(?i)[,.]?\s+(?:reads?|read)\s+(?:one|another|the (?:{_SIGNS})|a (?:{_SIGNS}))\b")
# A product's label or packaging, a few words before the words that bring in its printed text ("the
# label on the back reads “…”", "auf dem Etikett steht „…“"): a sign's words. Never "says" or "said":
# a record label says things, as a company does.
LABEL_BEFORE_RE = lazy(r"(?i)\b(?:labels?|etikett\w*|étiquettes?|etiquetas?|etichett[ae]|packaging|verpackung|"
                       r"emballage|embalagem|verpakking)(?:\s+[^\s“”\"«»„]+){0,3}?\s+(?:reads?|reading|steht|lautet|"
                       r"indique|porte|pone|recita|vermeldt)\s*:?\s*$")




def _name_after_noun(text: str, m: re.Match, inner: str) -> bool:
    """Is the quote the name of the organisation, the work or the thing its noun right before gives
    ("president of the association « Les amis du vieux port »", "глава компании «Российские железные
    дороги»", "her novel “The quiet years on the salt road”", "la ley «Agua limpia para los pueblos»"),
    whoever the sentence then names? The noun stands right before the opening mark, a space between,
    and the quote opens with a capital and closes on no sentence's end nor comma: a name, not speech
    ("told the association: “We …”" has its colon; "“…,” said the association" its comma)."""
    if not _opening_char(inner).isupper() or inner.rstrip()[-1:] in ".!?…,;:" \
            or len(inner.split()) > TITLE_MAX_WORDS or _first_person_words(inner):
        return False
    before = text[max(0, m.start() - TITLE_CUE_CHARS):m.start()]
    if before.rstrip().endswith(",") and APPOSITION_CLOSE_RE.match(text, m.end()) is not None:
        before = before.rstrip()[:-1] + " "  # "Un collectif, « Touche pas à ma mater », a …": the name set off
    last = LAST_WORD_RE.search(before.rstrip())
    if not before[-1:].isspace() or last is None:
        return False
    noun = last.group(1).lower()
    return noun in NAME_NOUNS or noun in DEFINITE_ARTICLES \
        or (noun in NAMED_THING_NOUNS or noun in TITLE_CUES) and noun not in SPEAKING_MEDIA


# Organisations whose name follows their noun (several languages, with the cases Slavic languages give
# it after a preposition or another noun: "глава компании «…»", "prezes stowarzyszenia „…”"), and the
# legal forms that open a firm's name in Russian, Ukrainian and Kazakh ("ООО «…»", "ПАО «…»").
NAME_NOUNS = frozenset((
    "association", "foundation", "charity", "party", "coalition", "alliance", "club", "band", "union",
    "partei", "verein", "vereins", "stiftung", "verband", "verbands", "verbandes", "bündnis", "bündnisses",
    "gewerkschaft", "genossenschaft", "parti", "fondation", "syndicat", "partido", "fundación", "sindicato",
    "asociación", "partito", "fondazione", "sindacato", "associazione", "fundação", "associação", "vereniging",
    "stichting", "partij", "stowarzyszenie", "stowarzyszenia", "fundacja", "fundacji", "partia", "partii",
    "spółka", "spółki", "związek", "związku", "klubu", "konkursu", "konkursie", "projektu", "programu",
    "festiwal", "festiwalu", "spolek", "spolku", "nadace", "strana", "strany", "sdružení", "hnutí", "soutěž",
    "soutěže", "партия", "партии", "партию", "компания", "компании", "компанию", "фонд", "фонда", "фонде",
    "ассоциация", "ассоциации", "движения", "союз", "союза", "клуб", "клуба", "объединение", "объединения",
    "организация", "организации", "общество", "общества", "завод", "завода", "конкурса", "конкурсе",
    "проекте", "программы", "программе", "фестиваль", "фестиваля", "фестивале", "акции", "законе", "премии",
    "ооо", "оао", "пао", "ао", "зао", "нко", "ано", "гуп", "муп", "фгуп", "тоо", "тц", "жк", "фк", "хк",
    "компанія", "компанії", "партія", "партії", "фонду", "асоціація", "асоціації", "рух", "руху", "спілка",
    "спілки", "конкурсу", "проєкт", "проєкту", "програма", "програми", "тов", "пат",
))
# The comma closing a name set off by commas after its noun ("a group, “Friends of the Harbour”, has …").
APPOSITION_CLOSE_RE = lazy(r"\s*,")
# Definite articles right before a capitalised quote make it a noun: a name ("finished second in the
# «Copa de escuelas de la costa»", "beim „Pokal der Küstenschulen“", "à la « Fête du port »"). Not the
# words that are articles and prepositions both ("a", "o", "i", "de"), nor French "du", German "you" too;
# the article fused with its preposition is one ("nella", "beim", "au", "del").
DEFINITE_ARTICLES = frozenset(("the", "der", "die", "das", "den", "dem", "des", "le", "la", "les", "el", "los", "las",
                               "il", "lo", "gli", "het", "os", "as", "nella", "della", "alla", "dalla", "sulla", "nel",
                               "del", "al", "dal", "sul", "nello", "dello", "allo", "degli", "delle", "nelle", "alle",
                               "au", "aux", "beim", "im", "zum", "zur", "vom"))
# Media that interview people: a quote right after them may be what someone told them without a colon
# ("she told the podcast “We never stopped”"), so only _named_before's tests, for a quote nobody says, read them.
SPEAKING_MEDIA = frozenset((
    "podcast", "programme", "program", "programa", "programma", "sendung", "émission", "шоу", "передача",
    "передачи", "программа", "программе", "программы", "pořad", "pořadu", "column", "series", "serie", "série",
))


def _work_title(text: str, m: re.Match, inner: str) -> bool:
    """Is the quote a work's title whoever the sentence then names: Title Case right after a noun
    naming a work ("In his book “Money for Good: A Plan That Works,” Ann Lee shares …"), or every
    word capitalised in the middle of a sentence, no mark closing it ("won the contest “We Can Fly
    Again” — and the part")? Speech in quote marks writes its small words small. (A closing comma
    is left to the other tests: "“Sail On Home,” which …" names a song, "“We Will Win,” she said"
    a cry.)"""
    if _is_title(inner) and _named_before(text, m.start(), inner):
        return True
    if m.start() == 0 or inner.rstrip()[-1:] in ".!?…;:," or SENTENCE_STOP_RE.search(inner):
        return False  # a paragraph opening on the quote: a headline-cased line of speech, as a heading sets it
    words = [w for w in (w.strip(TITLE_PUNCTUATION + ":;,") for w in inner.split()) if w[:1].isalpha()]
    return len(words) >= CAPITALISED_TITLE_WORDS and all(w[:1].isupper() for w in words) \
        and not inner.isupper()  # “STOP THE CUTS”: a crowd's cry, not a title


CAPITALISED_TITLE_WORDS = 3  # “Last Call” may name a speaker's two words; three capitals are a title


def _nested(text: str, m: re.Match) -> bool:
    """Does a « … » quote open inside another that the paragraph opened before it and has not closed
    («Je me dis chaque matin : «Tiens bon !»», the two closing marks often set as one)? The words
    someone quotes inside their own are part of the quotation, not one of their own."""
    if text[m.start():m.start() + 1] != "«":
        return False
    before = text[:m.start()]
    return before.count("«") > before.count("»")


def _myth_label(text: str, m: re.Match) -> bool:
    """Does a myth's label lead the quote ("Myth 2: “You need a big budget.”", "Mythe n°3 : « … »",
    "Irrtum 1: „…“")? The belief a page debunks is what people think, not what someone said."""
    return MYTH_LABEL_RE.search(text, max(0, m.start() - MYTH_LABEL_CHARS), m.start()) is not None


# A myth's or a misconception's label, its number and a colon or a dash, right before the quote, in
# several languages ("mit", Polish for a myth, is German for "with", its verbs too: "teilten mit: „…“").
MYTH_LABEL_RE = lazy(
    r"(?i)(?:^|[\s(\[])(?:myths?|misconceptions?|mythes?|idées? reçues?|mythos|mythen|irrtum|irrtümer|mitos?|"
    r"falsos? mitos?|miti|mity|mýtus|mýty|myte[rn]?|myt(?:er|en)?|misvatting|fabel|мифы?|міфи?|μύθος|efsane)"
    r"\s*(?:(?:#|n[°º.]?|nr\.?|no\.?)\s*)?\d{0,2}\s*[:：–—-]\s*$"
)
MYTH_LABEL_CHARS = 40


def _press_headline(text: str, m: re.Match, inner: str) -> bool:
    """Is a quote opening with a capital one of the headlines a press review gives, the sentence
    having a paper "lead with" or "title" one before it ("The Courier led with “…”, while the Post
    went with “…”", "Le Quotidien titre « … », tandis que La Gazette préfère « … »", "tytułuje „…”")?
    A paper's headline is a title, whatever the sentence then says the paper writes."""
    if not _opening_char(inner).isupper():
        return False
    sentence = _sentence_before(text, m.start())
    return HEADLINE_VERB_RE.search(sentence) is not None or HEADLINE_NOUN_BEFORE_RE.search(sentence) is not None \
        or FRONT_PAGE_AFTER_RE.match(text, m.end()) is not None


# A paper giving its front page a headline, in several languages ("led with", "titelt", "titre",
# "titula", "titola", "kopt", "tytułuje", "abre con", "opent met", "à la une"): words only papers do.
HEADLINE_VERB_RE = lazy(
    r"(?i)\b(?:(?:led|leads|leading|splashed|splashes)\s+with|headlined|titelt|titelte|titelten|titrait|"
    r"titraient|titré|titula|titulaba|tituló|titulan|titola|titolava|titolano|kopt|kopte|koppen|kopten|"
    r"tytułuje|tytułował\w*|tytułują|(?:abre|abría|abrió|abren|apre|apriva|aprono|opent|opende|openen)\s+"
    r"(?:con|com|met)|à\s+la\s+une|fait\s+sa\s+une|manchete|заголовком)\b"
    r"|\btitre\s*(?=[«“])"  # French "titre" is "title" too ("sur le dernier titre, elle chante"): a verb before a quote
)
# A headline's noun right before it ("unter der Überschrift „…“ berichtete das Blatt"), whoever the
# sentence then has speak; and the front page right after it ("had run “…” on its front page").
HEADLINE_NOUN_BEFORE_RE = lazy(r"(?i)\b(?:headline|überschrift|schlagzeile|titular|titolo|manchete|nagłówkiem|"
                               r"заголовком|kop|rubriken|subject(?:\s+line)?|betreff|objet|asunto|oggetto|assunto|"
                               r"onderwerp|tematem|темой)\s*[:,]?\s*$")  # an email's subject line, too
FRONT_PAGE_AFTER_RE = lazy(r"(?i)[,.]?\s+(?:on|across)\s+(?:its|the|their|a)\s+front\s+pages?|\s+auf\s+der\s+titelseite|"
                           r"\s+(?:à|en)\s+la\s+une|\s+en\s+(?:su\s+)?portada|\s+in\s+prima\s+pagina|"
                           r"\s+na\s+primeira\s+página|\s+op\s+de\s+voorpagina|\s+na\s+pierwszej\s+stronie|"
                           r"\s+на\s+первой\s+полосе")


def _glossed(text: str, m: re.Match) -> bool:
    """A phrase the text translates or explains, and its translation ("“…” simply means “…”", "heißt
    „…“ einfach „…“", "«…» se dice «…»"): a lesson's examples, whoever the sentence names. The verb
    must stand right after the first quote or between the two: "which meant making the “…”" is no gloss."""
    before = text[max(0, m.start() - GLOSS_CHARS):m.start()]
    return GLOSSED_AFTER_RE.match(text, m.end()) is not None or GLOSSED_BEFORE_RE.search(before) is not None


GLOSS_CHARS = 120
# Not "heißt es" nor "se dice que": a document's or people's words ("In dem Bericht heißt es: „…“").
_GLOSSING = (r"means|translates\s+(?:as|to)|bedeutet|heißt(?!\s+es\b)|veut\s+dire|signifie|quiere\s+decir|"
             r"se\s+dice(?!\s+que\b)|vuol\s+dire|significa|betekent|oznacza|означает")
_GLOSS_ADVERBS = r"simply|just|literally|einfach|wörtlich|simplement|littéralement|simplemente|semplicemente"
GLOSSED_AFTER_RE = lazy(rf"(?i)\s+(?:(?:{_GLOSS_ADVERBS})\s+)?(?:{_GLOSSING})\b")
# The verb between two quotes ("“…” means “…”"), or before both ("heißt „…“ einfach „…“").
GLOSSED_BEFORE_RE = lazy(rf"(?i)(?:[”\"»“]\s+(?:(?:{_GLOSS_ADVERBS})\s+)?(?:{_GLOSSING})|\b(?:{_GLOSSING})\s+"
                         rf"[“\"«„][^“”\"«»„]{{1,80}}[”\"»“])(?:\s+(?:{_GLOSS_ADVERBS}))?\s*:?\s*$")


def _screen_message(text: str, m: re.Match) -> bool:
    """Words an app, a screen or a device shows ("If the app shows “…”", "Zeigt die App „…“ an",
    "si la pantalla muestra «…»"), which the quote's sentence names before it: a program's message."""
    sentence = _sentence_before(text, m.start())[-SCREEN_SHOWS_CHARS:]
    return SCREEN_SHOWS_RE.search(sentence) is not None or ERROR_NOUN_BEFORE_RE.search(sentence) is not None


SCREEN_SHOWS_CHARS = 60
# An error's or a warning's noun right before the quote ("if you get the error “…”", "die Fehlermeldung
# „…“", "le message d’erreur « … »", "el mensaje de error «…»"): a program's words, not anyone's.
ERROR_NOUN_BEFORE_RE = lazy(
    r"(?i)\b(?:error(?:\s+message)?|warning(?:\s+message)?|fehlermeldung|warnmeldung|fehler|warnung|"
    r"(?:message\s+d['’])?erreur|avertissement|(?:mensaje\s+de\s+)?error|advertencia|(?:messaggio\s+di\s+)?errore|"
    r"avviso|foutmelding|waarschuwing|(?:mensagem\s+de\s+)?erro|komunikat\s+o\s+błędzie|błąd|ошибк[аиуе]|"
    r"сообщение\s+об\s+ошибке|предупреждение)\s*:?\s*$"
)
_SCREENS = (r"app|apps|application|screen|display|window|dialog|browser|printer|router|anwendung|bildschirm|gerät|"
            r"fenster|l['’]application|l['’]écran|l['’]appareil|l['’]app|écran|aplicación|pantalla|dispositivo|"
            r"schermo|applicazione|l['’]applicazione|tela|aplicativo|scherm|ekran|aplikacja|экран|приложение")
_SHOWS = r"shows?|displays?|zeigt|affiche|affichent|muestra|mostra|exibe|toont|wyświetla|показывает|выдаёт|выдает"
# A screen's noun and a verb of showing, in either order, with at most a few words between, at the
# sentence's end right before the quote.
SCREEN_SHOWS_RE = lazy(rf"(?i)(?:\b(?:{_SCREENS})\b(?:\s+\S+){{0,2}}?\s+(?:{_SHOWS})|\b(?:{_SHOWS})\s+"
                       rf"(?:(?:die|der|das|the|la|le|el|il|de)\s+)?(?:{_SCREENS}))\s*:?\s*$")


def _cited_work(text: str, m: re.Match) -> bool:
    """The title of a work in a reference list: the quote follows a short lead ending a sentence
    or a bracket (the authors, "(2019)."), or a comma with no verb of saying before it ("[3] A. Lee,
    “…”"), or only the entry's marker ("^ “…”"); and what follows it is a citation's (pages, a
    volume, a DOI, "Retrieved …"): 'Lee, A. (2019). “Tides of the north.” Coastal Review 12(3): 45–67.'"""
    before = text[:m.start()].rstrip()
    if len(before) > CITATION_LEAD_CHARS or CITATION_SIGNAL_RE.search(text, m.end(), m.end() + CITATION_REACH) is None:
        return False
    if before[-1:] in ".)":
        return True
    lead = REFERENCE_MARKER_RE.sub("", before, count=1)  # "^ “…”", "[3] A. Lee, “…”", "1. Ann Lee, “…”"
    return (not lead or lead[-1:] == ",") and not says(lead)  # not "Ann Lee said, “…”"


def _work_by(text: str, m: re.Match, inner: str) -> bool:
    """A work's title and its maker right after it ("“The Sea Keeps Every Ship” by Ann Lee",
    "“The sea keeps every ship,” a poem by Ann Lee", „Die Fähre“ von Ann Lee, « La mer », un poème
    de Ann Lee): the quote opens with a capital, ends on no full stop, and "by" and a capitalised
    name follow it, or a work's noun and its "by" do. Someone's words are said, not made "by" anyone."""
    if not _opening_char(inner).isupper() or inner.rstrip()[-1:] in ".!…":
        return False
    after = WORK_BY_RE.match(text, m.end())
    return after is not None and (after.group(1) is None or after.group(1).lower() in TITLE_CUES)


# What follows a work's title: its maker after "by" (Germanic languages: "von", "van", "av", "af"), or
# a work's noun between ("…,” a poem by", "«…», un poème de", "«…», una canción de"), then a capital.
WORK_BY_RE = lazy(rf"\s*,?\s+(?:(?:an?|the|his|her|their|its|ein|eine|un|une|una|uno|un[ao]?)\s+(?:\w+\s+)?"
                  rf"(\w+)\s+(?:by|von|van|av|af|de|di|do|da)|by|von|van|av|af)\s+[{UPPER}]")


def _dated_reference(text: str, m: re.Match) -> bool:
    """A work's title in a list of sources, its publisher before it and its date closing the
    entry ("3 City Statistics Office. “Rents by district, 2024,” March 2025.", "Stadtarchiv,
    „Chronik der Brücke“, Mai 2019."): a short lead ending in a stop or a comma, no verb of
    saying in it, and nothing after the title but a month and a year, or a year alone."""
    before = text[:m.start()].rstrip()
    if not before or len(before) > CITATION_LEAD_CHARS or before[-1] not in ".,":
        return False
    date = REFERENCE_DATE_RE.fullmatch(text, m.end())
    if date is None or (date.group(1) and date.group(1).lower().rstrip(".") not in MONTH_NUMBERS):
        return False
    return not says(before)


# What closes an entry after its title: an optional day, a month's name, a year ("March 2025",
# "(2019)", "12 Mai 2019", "Oct. 3, 2024"), then the entry's stop.
REFERENCE_DATE_RE = lazy(r"\s*[,.]?\s*\(?(?:(?:\d{1,2}\.?\s+)?([^\W\d_]{3,}\.?)\s+(?:\d{1,2},?\s+)?)?"
                         r"(?:1[6-9]|20)\d\d\)?\s*\.?\s*")
CITATION_LEAD_CHARS = 160  # the authors and the year
# The marker opening an entry of a reference list: a caret or an arrow back to the text (wikis), a
# bracketed or a plain number.
REFERENCE_MARKER_RE = lazy(r"^\s*(?:\^|↑|\[\d{1,3}\]|\d{1,3}[.)]?(?=\s))\s*")
CITATION_REACH = 200
# What follows a work's title in a reference (several languages).
CITATION_SIGNAL_RE = lazy(
    r"\b(?:doi|DOI|ISBN|ISSN|pp?\.\s*\d+|[Vv]ol\.\s*\d+|S\.\s*\d+|\d+\s*\(\d+\)\s*[:,]\s*\d+|"
    r"\d+\s*,\s*\d+\s*[–-]\s*\d+|"  # a volume, then its pages: "Coastal Review, 12, 45–67."
    r"[Rr]etrieved|[Aa]ccessed|[Aa]rchived|[Aa]bgerufen|Zugriff|[Cc]onsulté|[Cc]onsultado|[Rr]ecuperado|[Dd]ostęp)\b"
    r"|https?://"  # (a number's last digit is no word's end: "\d+", not "\d", before the boundary)
)

# The reader told what to say, the imperative opening the quote's sentence ("Just say, “No, thank
# you.”", "Tell them: “…”", "Sagen Sie einfach: „…“", "Dites simplement : « … »", "Di: «…»", "Zeg
# gewoon: „…”"): a line the page suggests, which nobody said.
SAY_THIS_RE = lazy(
    r"(?i)(?:(?:^|[.!?…]\s+)(?:(?:just|simply|then|instead|and|so)\s+)?|,\s+(?:just|simply|then|instead)\s+|"
    r",\s+(?=tell\s))(?:"  # after a comma only with its adverb: "Officials, however, say “…”" report
    r"say|tell (?:them|him|her|people|your \w+)|reply|respond|answer|try|"
    r"sagen sie(?: einfach| dann)?|sag(?: einfach| dann)?|antworten sie|"
    r"dites(?:-leur|-lui)?(?: simplement| plutôt)?|dis(?:-leur|-lui)?(?: simplement)?|répondez|"
    r"di(?:les|le)?|diga(?:les|le)?|responde|responda|"
    r"d[iì](?:gli|le)?|rispondi|dite|"
    r"diga|responda|zeg(?: gewoon| dan)?|antwoord|powiedz|odpowiedz|скажите|скажи|ответьте)"
    r"(?:\s+(?:something like|this|simply|just))?\s*[,:]?\s*$"
)
SAY_THIS_CHARS = 40


# The reader told to ask themselves a question right before it ("ask yourself, “Will I use it?”",
# "fragen Sie sich: „…“", "demandez-vous : « … »"): a thought suggested, not anyone's words.
ASK_YOURSELF_RE = lazy(
    r"(?i)(?:\bask(?:ing)? (?:yoursel(?:f|ves)|themselves|ourselves)|\bfragen sie sich|\bfrag dich|\bdemandez-vous|\bdemande-toi|"
    r"\bpregúnte(?:se|nse|te)|\bchiediti|\bchiedetevi|\bvraag (?:jezelf|uzelf)|\bzapytaj siebie|"
    # words to repeat to oneself ("repeat to yourself:", "sagen Sie sich immer wieder:", "répétez-vous :")
    r"\brepeat(?:ing)?\s+(?:it\s+)?to\s+yoursel(?:f|ves)|\bsagen sie sich(?: immer wieder)?|"
    r"\brépétez-vous|\brépète-toi|\bripetetevi|\bpowtarzaj sobie)\W{0,3}$"
)

# Quote marks around a short phrase, in any of the pairs (the poles of a change or a list of goals).
_QUOTED_PHRASE = r"[“\"«„‘][^”\"»“]{1,100}[”\"»“’]"
# Words joining one more phrase in quote marks to those before it ("…” or “…”, "„…“ oder „…“").
_JOINED = r"\s*,?\s*(?:or|and|oder|und|ou|et|o|y|e|of|en|lub|albo|или|и)?\s+"


def _goal_example(text: str, m: re.Match) -> bool:
    """Is the quote a goal or a target given as an example, after the noun and "like" or "such as"
    ("shops pick targets such as “…” or “…”", "Ziele wie „…“", "des objectifs tels que « … »", "obiettivi come
    «…»")? A goal written as the words to aim at is a template, not anyone's words."""
    return GOAL_EXAMPLE_RE.search(text, max(0, m.start() - GOAL_EXAMPLE_CHARS), m.start()) is not None


# A noun of goals (several languages), at most two words, the word giving an example, and the quote, or
# the goals quoted before it and joined to it ("targets such as “…” or “…”").
GOAL_EXAMPLE_RE = lazy(
    r"(?i)\b(?:goals?|targets?|objectives?|KPIs?|OKRs?|milestones?|resolutions?|ziele?|zielen|vorsätze|"
    r"objectifs?|objetivos?|metas?|obiettivi|traguardi|doelen|doelstellingen|cele|celów|цели|целей)"
    r"(?:\s+[^\s.!?“”\"«»„]+){0,2}?\s+(?:like|such as|e\.g\.|wie(?:\s+etwa)?|zum beispiel|comme|tel(?:le)?s? que|"
    r"como|come|quali|zoals|jak|takie jak|как)\s*[:,]?\s*"
    rf"(?:{_QUOTED_PHRASE}{_JOINED})*$"
)
GOAL_EXAMPLE_CHARS = 300


# A copula, a comparative and "than" right after the quote, and a second string in quote marks
# ("“Sail at dawn!” is far stronger than “boat1”.", "„…“ ist viel sicherer als „…“", "« … » est plus
# sûr que « … »"): two strings the text weighs as examples (passwords, names, wordings), not speech.
COMPARED_STRING_AFTER_RE = lazy(
    r"(?i)\s*,?\s*(?:is|are|was|were|sounds?|reads?|works?|ist|sind|klingt|est|sont|es|son|suena|è|sono|suona|é|"
    r"soa|klinkt|jest)\s+(?:[^\s.!?“”\"«»„]+\s+){1,4}?(?:than|als|que|di|del|do|dan|niż)\s+"
    rf"{_QUOTED_PHRASE}"
)


def _question_handed_on(el: etree._Element, found: list[Quote], text: str) -> list[Quote]:
    """The paragraph's quotations less a question it ends on, given to no one, that the next paragraph
    hands the reader ("… what a buyer wants from you is plain: “Why pay more?”" / "Bear this question
    in mind while you plan."): a question posed to the reader, as _posed_question reads one in its paragraph."""
    if not found or found[-1].speaker is not None or not text.rstrip(" .").endswith(found[-1].text.rstrip(" .")):
        return found
    last = found[-1].text.strip(TITLE_PUNCTUATION + "«»„‹› .")
    after = el.getnext()
    if not last.endswith(("?", "？")) or after is None or not isinstance(after.tag, str):
        return found
    opening = " ".join(after.text_content().split())[:POSED_QUESTION_REACH]
    return found[:-1] if POSED_QUESTION_AFTER_RE.match(f" {opening}") is not None else found


POSED_QUESTION_REACH = 200  # the next paragraph's opening sentence


def _study_title(text: str, m: re.Match, inner: str) -> bool:
    """Is the quote a study's title, opening with a capital right after the study's noun and its
    preposition ("The authors of a new review of the “Damp floors and the lungs,” found …", "eine
    Studie über „Salz im Grundwasser“", "une étude sur « Le sel des nappes »")? Words quoted from speech
    go on the sentence in lower case there; a capital opens the name of the work."""
    return _opening_char(inner).isupper() \
        and STUDY_OF_RE.search(text, max(0, m.start() - STUDY_OF_CHARS), m.start()) is not None


# A noun of a study or a review, its preposition and an article, right before the quote (several languages).
STUDY_OF_RE = lazy(
    r"(?i)\b(?:review|study|paper|analysis|meta-analysis|report|survey|trial|studie|untersuchung|übersichtsarbeit|"
    r"étude|analyse|revue|estudio|análisis|revisión|informe|studio|analisi|rassegna|onderzoek|badanie|raport)\s+"
    r"(?:of|on|into|über|zu|zur|zum|sur|de|del|sobre|di|su|sul|sulla|van|naar|over|nad|o)\s+"
    r"(?:(?:the|der|die|das|den|la|le|les|l['’]|el|los|las|il|lo|gli|het|de)\s*)?$"
)
STUDY_OF_CHARS = 60


def _posed_question(text: str, m: re.Match, inner: str) -> bool:
    """Is the quote a question the text then hands the reader as one to keep or to use ("“Which loaf
    sells first?” Bear this question in mind while you plan.", "“…?” & “…?” - these questions can guide
    you …", "„…?“ Diese Frage sollten Sie sich stellen.")? A question posed to the reader, not anyone's
    words, whoever the sentence before it has asking it ("the buyer wonders, “…?”")."""
    return inner.rstrip(TITLE_PUNCTUATION + " ").endswith(("?", "？")) \
        and POSED_QUESTION_AFTER_RE.match(text, m.end()) is not None


# After the question: the questions joined to it, at most three words and no comma ("Keep", "Ask
# yourself": not "asked Ann Lee, and"), "this question" or "these questions" (several languages), then
# the reader addressed in the same sentence.
POSED_QUESTION_AFTER_RE = lazy(
    rf"(?i)(?:\s*(?:&|,|or|and|oder|und|ou|et|o|y|e|of|en)?\s*{_QUOTED_PHRASE})*[\s,.:;–—-]*"
    r"(?:[^\s.!?,“”\"«»„]+\s+){0,3}?(?:(?:this|these|those) questions?|diese fragen?|cette question|ces questions|"
    r"esta pregunta|estas preguntas|questa domanda|queste domande|deze vra(?:ag|gen)|to pytanie|te pytania)\b"
    r"[^.!?“”\"«»„]{0,80}?\b(?:you|your|sie|ihnen|dich|dir|du|vous|tu|te|usted|ustedes|ti|vi|jij|je|u|ci|ciebie)\b"
)


def _set_words(text: str, start: int) -> bool:
    """Words to repeat that a lead-in names as a set form ("apply the same wording to your
    friends: “…”", "say the mantra again: “…”", "die Formel: „…“"), or a rule the sentence states
    ("The golden rule for pruning is “…”", "Die Faustregel lautet „…“"), with no one in the sentence
    said to say them: a mantra, an affirmation, a formula or a maxim, not anyone's words."""
    sentence = _sentence_before(text, start)
    if RULE_IS_RE.search(sentence) is not None and not says(sentence):
        return True
    if not sentence.rstrip().endswith(":") or says(sentence):
        return False
    return not SET_WORDS_NOUNS.isdisjoint(WORD_RE.findall(sentence.lower()))


# A rule or a maxim, then the copula right before the quote, in several languages ("the golden
# rule for clematis is", "the rule of thumb here is:", "die Faustregel lautet", "la règle d'or est",
# "la regla de oro es", "la regola d'oro è", "de vuistregel is", "a regra de ouro é").
RULE_IS_RE = lazy(
    r"(?i)\b(?:(?:golden|first|basic|simple|old|one) rule|rule of thumb|(?:faust|grund|goldene )regel|"
    r"règle (?:d['’]or|de base)|regla (?:de oro|básica|general)|regola (?:d['’]oro|base|generale)|"
    r"(?:vuist|gouden |basis)regel|regra (?:de ouro|básica|geral)|złota zasada)\b[^.!?:;\"“”„«»]{0,60}?"
    r"\b(?:is|was|lautet|ist|est|es|è|é|brzmi)\W{0,3}$"
)


# Nouns for a set form of words to repeat (several languages); never "statement" or "words",
# which a press statement or a speech also is.
SET_WORDS_NOUNS = frozenset((
    "wording", "phrase", "phrases", "repetition", "mantra", "mantras", "affirmation", "affirmations",
    "incantation", "formula", "formel", "affirmationen", "formule", "fórmula", "afirmación", "afirmaciones",
    "formuła", "afirmacja", "spreuk",
))


def _named_by_cue(text: str, m: re.Match, inner: str) -> bool:
    """A short label or term right after the word that makes it one, whoever the sentence names
    ("Ann Lee told us to click “Save and close”", "tap on “Allow”", "the so-called “harbour tax”",
    "den sogenannten „…“"): what a screen shows or what people call a thing, not speech. A quote
    with its own sentence end ("click “Save.”") or a longer one is left to the other tests."""
    if inner.rstrip()[-1:] in ".!?…":
        return False
    if len(inner.split()) <= NAMED_BY_CUE_MAX_WORDS \
            and NAMED_BY_CUE_RE.search(text, max(0, m.start() - NAMED_BY_CUE_CHARS), m.start()) is not None:
        return True
    return len(inner.split()) <= NICKNAME_MAX_WORDS \
        and NICKNAME_CUE_RE.search(text, max(0, m.start() - NAMED_BY_CUE_CHARS), m.start()) is not None


# The words right before a quoted label or term: a verb of working a screen, or "so-called" (several
# languages), with a preposition or an article between ("click on", "klicken Sie auf", "cliquez sur").
NAMED_BY_CUE_RE = lazy(
    r"(?i)(?:\b(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping|press|presses|pressed|pressing|"
    r"select|selects|selected|selecting|klicken\s+sie|klicke|tippen\s+sie|tippe|drücken\s+sie|wählen\s+sie|"
    r"cliquez|cliquer|appuyez|sélectionnez|haga\s+clic|haz\s+clic|pulse|pulsa|clicca|cliccare|premi|seleziona|"
    r"klik|kliknij|naciśnij|wybierz|clique|toque|selecione|fare\s+clic|fai\s+clic|klicka|tryck|klikněte|"
    r"нажмите|нажми|кликните|выберите|натисніть|оберіть|"
    # choosing from a menu and switching a setting ("choose “…”", "switch off “…”", "scegliete «…»")
    r"choose|chooses|choosing|pick|picks|picking|(?:switch|switches|turn|turns)\s+(?:off|on)|toggle|enable|"
    r"disable|uncheck|choisissez|choisir|désactivez|elija|elige|escoja|desactive|desactiva|scegli|scegliete|"
    r"disattiva|disattivate|escolha|desative|desligue|kies|selecteer|schakel|välj|zvolte|vyberte|vypněte|"
    r"отключите|включите|seçin|seçeneğini)(?:\s+(?:on|the|auf|sur|en|em|su|op|na|in|på))*"
    r"|\bso-called|\bso\s+called|\bsogenannte[nmrs]?|\bso\s+genannte[nmrs]?|\bsoi-disant|"
    r"\b(?:mal\s+)?llamad[oa]s?|\bcosiddett[oaie]|\bzogenaamde|\bzogeheten|\btzw\.|\btak\s+zwan\w+|"
    r"\bchamad[oa]s?)\s*$"
)
# A nickname after the words that give it ("known as “…”", "nicknamed him “…”", "surnommé « … »",
# "известный как «…»"), which may run longer than a label: "the man who never sleeps at the harbour".
NICKNAME_CUE_RE = lazy(
    r"(?i)(?:\bknown\s+as|\bnicknamed(?:\s+(?:him|her|it|them))?|\bsurnommée?s?|\bconocid[oa]s?\s+como|"
    r"\bapodad[oa]s?|\bbekannt\s+als|\bnot[oaie]\s+come|\bsoprannominat[oaie]|\bconhecid[oa]s?\s+como|"
    r"\bapelidad[oa]s?|\bbekend\s+als|\bbijgenaamd|\bzwan[yaei]|\bprzezywan\w*|\bизвестн\w*\s+как|"
    r"\bпо\s+прозвищу|\bпрозванн\w*)\s*$"
)
NAMED_BY_CUE_CHARS = 30
NAMED_BY_CUE_MAX_WORDS = 8  # a button's label, a coined term; a longer quote may be speech
NICKNAME_MAX_WORDS = 14  # TITLE_MAX_WORDS: past it, words after "known as" are a description someone gave


def _ui_label(text: str, m: re.Match) -> bool:
    """The label of a part of a screen: words in quote marks right before the part's noun, with
    no punctuation of their own at the end ("add a “Things to fix next week” section", "press
    “Save and close the report” button"): what a program shows, not speech."""
    return text[m.end() - 2:m.end() - 1] not in ",.;:!?…" and (UI_NOUN_AFTER_RE.match(text, m.end()) is not None
                                                          or UI_KO_VERB_AFTER_RE.match(text, m.end()) is not None)


# The parts of a screen a label names (several languages; the noun after the label).
UI_NOUN_AFTER_RE = lazy(
    r"\s(?:button|buttons|tab|tabs|menu|section|option|field|checkbox|dropdown|toggle|icon|folder|setting|"
    r"panel|widget|heading|column|template|knop|tabblad|przycisk|zakładka|sekcja|opcja)(?![\w-])"
)
# Korean sets the object particle and the verb of working a screen after the label ("“…”를 끄면",
# "“…”을 누르세요": switch off, press, choose, click, tap).
UI_KO_VERB_AFTER_RE = lazy(r"[을를]\s*(?:끄|꺼|켜|누르|눌러|선택|클릭|탭)")


def _from_to(text: str, m: re.Match) -> bool:
    """Two phrases in quote marks as the ends of a change ("the race moved from “who is
    fastest” to “who is cheapest to run.”", "von „…“ zu „…“"): terms the text weighs, not speech."""
    return FROM_TO_BEFORE_RE.search(text, max(0, m.start() - FROM_TO_CHARS), m.start()) is not None \
        or FROM_TO_AFTER_RE.match(text, m.end()) is not None and FROM_WORD_RE.search(
            text, max(0, m.start() - FROM_TO_CHARS), m.start()) is not None


FROM_TO_CHARS = 320  # the two ends and a third pole joined to them
_FROM = r"from|von|de|desde|da|van|od"
_TO = r"to|zu|bis|à|a|hasta|naar|tot|do"
# "from “…” to ", and "from “…” to “…” or ": a further end of the change joined to the second.
FROM_TO_BEFORE_RE = lazy(rf"(?i)\b(?:{_FROM})\s+{_QUOTED_PHRASE}\s+(?:{_TO})\s+(?:{_QUOTED_PHRASE}{_JOINED})*$")
FROM_TO_AFTER_RE = lazy(rf"(?i)\s+(?:{_TO})\s+[“\"«„‘]")
FROM_WORD_RE = lazy(rf"(?i)\b(?:{_FROM})\s+$")


def _between_and(text: str, m: re.Match) -> bool:
    """Two phrases in quote marks as the poles of a contrast ("the difference between “it feels
    random” and “I know what works”", "zwischen „…“ und „…“", "entre « … » et « … »"): the
    ways of thinking a text sets side by side, not anyone's words. Both signs must agree: the
    word for "between" before the first quote and the word for "and" before the second."""
    return BETWEEN_AND_BEFORE_RE.search(text, max(0, m.start() - BETWEEN_AND_CHARS), m.start()) is not None \
        or BETWEEN_AND_AFTER_RE.match(text, m.end()) is not None and BETWEEN_WORD_RE.search(
            text, max(0, m.start() - BETWEEN_AND_CHARS), m.start()) is not None


# A check or a cross mark right after the quote: a line of a checklist or of a do/don't list
# ("“Engagement is strong” ✅", "„Ich will wachsen“ ❌"), the page's own examples, in any language.
STATUS_MARK_AFTER_RE = lazy(r"[ \t\u00a0]*[✅✔✓☑❌✗✘❎]")
BETWEEN_AND_CHARS = 320  # the first pole may be a sentence
_BETWEEN = r"between|zwischen|entre|tra|fra|tussen|między|между|mellan|mellem|mellom"
_AND = r"and|und|et|y|e|en|i|и|och|og|a"
BETWEEN_AND_BEFORE_RE = lazy(rf"(?i)\b(?:{_BETWEEN})\s+[“\"«„‘][^”\"»“]{{1,300}}[”\"»“’]\s+(?:{_AND})\s+$")
BETWEEN_AND_AFTER_RE = lazy(rf"(?i)\s+(?:{_AND})\s+[“\"«„‘]")
BETWEEN_WORD_RE = lazy(rf"(?i)\b(?:{_BETWEEN})\s+$")

# A noun naming the quoted words as a sample of a kind of talk, right before them ("a textbook case
# of “…”", "in the category of “…”", "a parallel to “…”", "eine Art „…“", "du genre « … »"):
# words given as an example of what people say, not anyone's words.
SAMPLE_OF_RE = lazy(
    r"(?i)\b(?:(?:kinds?|sorts?|types?|categor(?:y|ies)|examples?|versions?|variet(?:y|ies)|displays?|instances?|"
    r"equivalents?|parallels?)\s+(?:of|to)|(?:art|sorte|kategorie)\s+von|beispiel\s+für|eine\s+art|"
    r"(?:genre|sorte|type|catégorie|exemple|tipo|clase|categoría|ejemplo|genere|categoria|esempio)\s+(?:de|du|di)|"
    r"(?:soort|categorie|voorbeeld)\s+van|(?:rodzaj|przykład)\w*)(?:\s+(?:the|a|an|der|die|das|le|la|el|il|un|une|uno|una))?"
    r"\s*[:,]?\s*$"
)
SAMPLE_OF_CHARS = 40

# A cross-reference's words right before a quote ("Also see “How to choose a tent”", "Lesen Sie auch:
# „…“", "À lire aussi : « … »", "Lee también: «…»"): the title of another page, not anyone's words.
# The words are the rule table's lead-ins to further reading (RELATED_INTRO_RE), and a bare "related".
READ_ALSO_RE = lazy(rf"(?:{RELATED_INTRO_RE.pattern}|\brelated|\bread\s+more)\s*[:–—-]?\s*$", re.IGNORECASE)
READ_ALSO_CHARS = 30
# The noun a Chinese or Korean quote is the name or the wording of, right after it ("“…”的理念", "“…”的口号",
# "“…”라는 구호"): a slogan, a concept, a project, whoever the sentence names (Japanese という is read
# with the nouns of speech in JA_SPEECH_NOUN_AFTER_RE). Not the nouns of what someone said (承诺, 说法).
CJK_NAMED_AFTER_RE = lazy(
    r"(?:的|之)(?:理念|口号|标语|原则|战略|政策|概念|主题|目标|计划|活动|项目|倡议|名称|称号|品牌|节目|展览|比赛|大赛|工程|"
    r"行动|方针|思想)|이?라는\s*(?:구호|슬로건|이름|제목|주제|캠페인|표어|문구|명칭|프로젝트|행사|전시회?|대회|정책|계획)"
)
# A setting's or a variable's assignment ("allow_origin = all hosts", "debug=true", "x == 3"): a line of a
# program or of its configuration, not anyone's words, in any language.
ASSIGNMENT_RE = lazy(r"[\w\])]\s?={1,2}\s?[\w\"'\[({]")
# A menu's path, its steps joined by an arrow or ">" ("Settings > Privacy > Download your data",
# "Datei → Exportieren"): where to click in a program, in any language; nobody says an arrow.
# (A ">" or "->" spaced on both sides: "BOOT_ADMIN> prompt" is a console's prompt, "x->y" code.)
MENU_PATH_RE = lazy(r"[^\W\d_]\s+(?:>|->)\s+[^\W\d_]|[^\W\d_]\s*(?:→|›|➔|⟶|▸)\s*[^\W\d_]")

# A saying, right after the words that call it one ("as the French say, “…”", "as the old adage goes,
# “…”", "comme on dit, « … »", "wie man so sagt: „…“"): words that many say, no one's own, even
# where the verb of saying seems to give them a speaker ("on dit", "man sagt").
SAYING_RE = lazy(
    r"(?i)\b(?:as\s+(?:the\s+(?-i:[A-Z])[\w-]+|they|people|folks)\s+say|(?:saying|adage|proverb|maxim|"
    r"idiom)\s+(?:goes|says|has\s+it)|comme\s+(?:on\s+dit|dit\s+le\s+proverbe|disent\s+les\s+[\w-]+)|"
    r"wie\s+man\s+(?:so\s+)?sagt|wie\s+es\s+so\s+schön\s+heißt|como\s+dice\s+el\s+refrán|como\s+se\s+suele\s+decir|"
    r"come\s+si\s+(?:dice|suol\s+dire)|zoals\s+het\s+spreekwoord\s+zegt|jak\s+to\s+mówią)\W{0,3}$"
)
SAYING_CHARS = 50

# Words typed into a program right after the verb that sends them ("she asks it to look up “…”",
# "search for “…”", "ask it this: “…”", "suche nach „…“", "tapez « … »"):
# a query or a prompt, not anyone's words. "It" is what is asked, never a person; "to google" is
# the verb in lower case, never the company's name.
INPUT_CUE_RE = lazy(
    r"(?i)\b(?:(?:ask|asks|asked|asking|prompt|prompts|prompted)\s+it|"
    r"search(?:es|ed|ing)?\s+for|look(?:s|ed|ing)?\s+up|research(?:es|ed|ing)?|(?-i:googl(?:e|es|ed|ing))|"
    r"typ(?:e|es|ed|ing)\s+in|such(?:e|en|t)\s+nach|tippen\s+sie|recherche[rz]?|tapez|(?<!\ba )(?<!\bla )busca(?:r)?|cerca(?:re)?|"
    r"zoek(?:en)?\s+(?:op|naar)|wyszukaj|wpisz)"
    r"(?:\s+[^\s“”\"«»„.!?]+){0,3}(?:\s*[.:]\s*(?:for example|for instance|e\.g\.)?)?[\s,:]*$"
)
INPUT_CUE_CHARS = 60

# A verb of saying denied right before a quote ("you didn’t say “…”", "nie gesagt", "n'a jamais dit"):
# words no one said.
UNSAID_RE = lazy(
    r"(?i)\b(?:(?:didn['’]t|did not|don['’]t|do not|doesn['’]t|does not|never|won['’]t|will not|wouldn['’]t|"
    r"would not)\s+(?:(?:even|ever)\s+)?(?:say|said|ask|asked|write|wrote|tell|told)|(?:nicht|nie|niemals)\s+(?:gesagt|"
    r"geschrieben|gefragt)|(?:pas|jamais)\s+(?:dit|écrit|demandé)|(?:no|nunca)\s+(?:dijo|dice|escribió|preguntó)|"
    r"(?:non|mai)\s+(?:ha\s+)?(?:detto|disse|scritto)|(?:niet|nooit)\s+(?:gezegd|geschreven)|"
    # the reader told never to say it ("Don't ever say, “…”", "Sagen Sie niemals: „…“", "Ne dites jamais « … »")
    r"(?:sagen\s+sie|sag)\s+(?:nie|niemals|nicht)|ne\s+(?:dites|dis)\s+(?:jamais|pas)|(?:no|nunca)\s+(?:digas|diga)|"
    r"non\s+(?:dire|dite)\s+mai|mai\s+dire|zeg\s+(?:nooit|niet)|(?:nigdy\s+)?nie\s+mów)\W{0,3}$"
)
UNSAID_CHARS = 40

# Speech only imagined or suggested, the cue earlier in the quote's own sentence ("Imagine a child
# asking “…”", "Stellen Sie sich vor, ein Kind fragt: „…“", "you might say “…”", "a good reply might
# be “…”", "the board is left to wonder: “…”"): words nobody said. The sentence must not end between
# the cue and the quote.
IMAGINED_RE = lazy(
    r"(?i)(?:\b(?:imagine|imagining|suppose|picture)\b|\bstell(?:en sie sich|t euch| dir) vor\b|\bangenommen\b|"
    r"\bimagin(?:ez|ons|e)\b|\bsupposons\b|\bimagin(?:a|emos)\b|\bsupongamos\b|\bimmagin(?:a|ate|iamo)\b|"
    r"\bsupponiamo\b|\bstel (?:je|dat)\b|\bwyobraź(?:my)? sobie\b|\bпредставь(?:те)?\b|"
    r"\b(?:you|one|i|we)\s+(?:might|could|can|may|should)\s+(?:say|ask|reply|answer|respond|write|retort|retaliate)\b|"
    r"\btry\s+(?:saying|asking)\b|"
    r"\bleft\s+(?:to\s+wonder|wondering|asking)\b|"
    r"\b(?:reply|answer|response|comeback|opener|opening line)\b[^.!?“”\"«»„]{0,40}\b(?:might|could|would|should|may)\s+be\b|"
    r"\b(?:könnten|können) sie (?:sagen|fragen)\b|\bvous pourriez (?:dire|demander)\b|\bpodría(?:s)? (?:decir|preguntar)\b)"
    r"[^.!?“”\"«»„]{0,60}$"
)
IMAGINED_CHARS = 120
# A sentence that opens by bidding the reader imagine ("Imagine a child asks: “…”", "Stellen Sie sich vor,
# ein Kind fragt: „…“"): whoever it names speaks only there, so the quote is no one's, named or not.
IMAGINE_OPENING_RE = lazy(
    r"(?i)(?:^|[.!?…]\s+)(?:imagine|picture this|suppose|stellen sie sich vor|stell dir vor|stellt euch vor|imaginez|"
    r"imagine que|imaginemos|immagina(?:te)?|stel je voor|wyobraź(?:cie)? sobie|представьте(?: себе)?|представь(?: себе)?)"
    r"\b[^.!?“”\"«»„]{0,100}$"
)

# A cry foretold, a future or a possibility leading to the verb of crying in the quote's own clause
# ("the crowd will soon scream, “…”", "fans may well chant “…”", "ils vont crier « … »", "werden sie
# rufen: „…“"): words someone might shout one day, not words said. Not "would" (what someone used
# to shout) and not "say" (a speech's words handed out before it is given).
FORETOLD_CRY_RE = lazy(
    r"(?i)\b(?:will|might|may|could|shall|(?<=\w)['’]ll|going to|werden|wird|vont|va|pourraient|pourrait|"
    r"van a|va a|podrían|podría|potrebbero|potrebbe|zullen|zal)\s+(?:[^\s.!?;“”\"«»„]+\s+){0,12}?"
    r"(?:scream|shout|yell|cry out|chant|beg|plead|rufen|schreien|skandieren|crier|hurler|scander|gritar|corear|"
    r"gridare|urlare|schreeuwen|roepen)\s*[,:]?\s*$"
    r"|\b(?:rufen|schreien|skandieren|betteln)\s+(?:werden|wird|könnten|könnte|dürften)\s*[,:]?\s*$"  # German ends on it
)

# "[Name of LLC] … [Date]": the blanks of a form or a template to fill in, not anyone's words.
PLACEHOLDER_RE = lazy(r"\[[A-Z][^\[\]]{0,30}\]")
MIN_PLACEHOLDERS = 2
# A blank a program fills in, which no one would say: a variable's letters ("ages x-y", "$X a
# month", "X%"), four X or more ("order #XXXX"; "XXX" may be a Roman thirty), a template's braces
# ("{name}", "{{ city }}"), "%s".
TEMPLATE_BLANK_RE = lazy(r"(?<![\w'’-])(?:[xX]\s?[-–]\s?[yY]|[$€£][xX]|[xX]%|[xX]{4,}|#[xX]+)(?![\w'’-])|"
                         r"\{\{?\s*\w+\s*\}\}?|%[sd]\b")


# Words that open a question (several languages); RELATIVE_TOO also open relative clauses, so
# they make a question only with its question mark.
QUESTION_WORDS = frozenset((
    "how", "why", "whether", "who", "what", "when", "where", "which",
    "wie", "warum", "weshalb", "wieso", "wer", "was", "wann", "wo", "welche", "welcher", "welches",
    "comment", "pourquoi", "quand", "où", "quel", "quelle", "quels", "quelles",
    "cómo", "quién", "qué", "cuándo", "dónde", "cuál", "perché", "quando", "dove", "quale",
    "hoe", "waarom", "wanneer", "waar", "welke", "dlaczego", "kiedy", "gdzie", "kto",
))
RELATIVE_TOO = frozenset((
    "who", "what", "when", "where", "which", "wer", "was", "wann", "wo", "welche", "welcher", "welches",
    "quand", "où", "quel", "quelle", "quels", "quelles", "quando", "dove", "quale", "wanneer", "waar", "welke",
    "kiedy", "gdzie", "kto",
))
# Verbs of asking and wondering that lead a question in as someone's words (says() knows the rest).
ASKING_VERBS = frozenset((
    "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering", "think", "thinks", "thought",
    "fragen", "fragt", "fragte", "demande", "demandent", "demandé", "pregunta", "preguntan", "preguntó",
    "chiede", "chiedono", "vraagt", "vroeg", "pyta", "pytał", "pytała",
))


def _is_term(inner: str) -> bool:
    """A short phrase in quote marks that no one is said to say: lower-case start, no sentence
    end ("cost of a wrong answer", "10 best whites for interiors"): a term or scare quotes."""
    first = _opening_char(inner)
    return (len(inner.split()) < TERM_MAX_WORDS and (first.islower() or first.isdigit())  # a cased script
            and inner.rstrip()[-1:] not in ".!?,;:…"
            and not _first_person_words(inner))


TERM_MAX_WORDS = 8  # a longer unattributed phrase is a quotation even in lower case


def _first_person_words(inner: str) -> bool:
    """Do the quoted words say "I" or "we" ("called it “the hardest thing I have ever signed”",
    "nannte sie „das Schwerste, was ich je …“")? Then they are someone's words, not a term."""
    words = WORD_RE.findall(inner)
    return "I" in words or not FIRST_PERSON_WORDS.isdisjoint(map(str.lower, words))


# "We" and a lower-case "I" in the languages of the news; English "I" is matched in its capital only
# (Polish and Czech "i" is "and"). Only words that are nothing else in another language: not "je"
# (Czech "is"), "ja" (German "yes"), "já" (Portuguese "already"), "vi" (Italian "you"), "me", "mi".
FIRST_PERSON_WORDS = frozenset((
    "we", "ich", "wir", "j", "nous", "yo", "nosotros", "nosotras", "io", "noi", "eu", "nós", "ik", "wij", "jag",
    "я", "мы", "ми",
))


def _said_sentences(inner: str) -> bool:
    """Are the quoted words sentences, as speech is set: they end on a sentence's end, or one sentence ends
    inside them and another follows ("“The river keeps its own time.”", "„Holz lügt nicht. Man sieht …“")?
    A sign, a title or a slogan is a phrase with no sentence's end."""
    words = inner.rstrip(QUOTE_EDGE_MARKS)
    return words.endswith(PROSE_ENDS) or SENTENCE_END_INSIDE_RE.search(words) is not None


QUOTE_EDGE_MARKS = " ”“\"«»„’"
# A sentence's end inside quoted words with another sentence after it ("kłamie. Jak", "了。人")
SENTENCE_END_INSIDE_RE = lazy(r"[.!?…](?=\s+\w)|[。！？](?=\w)")


def _own_voice(inner: str) -> bool:
    """Do the quoted words speak as "I" or "we" (_first_person_words), or of what is "mine", "me" or "ours"
    (OWN_VOICE_WORDS; Chinese and Japanese "I")? Then someone speaks them of themselves: a person's words,
    not a text's, a sign's or a saying."""
    words = [w.lower() for w in WORD_RE.findall(inner)]
    return _first_person_words(inner) or not OWN_VOICE_WORDS.isdisjoint(words) \
        or any(char in inner for char in CJK_I) \
        or any(len(w) > FIRST_PLURAL_MIN_CHARS and w.endswith(FIRST_PLURAL_PAST_ENDINGS) for w in words)


def _asker(paragraph: str, speaker: str) -> bool:
    """Is `speaker` the one the last sentence of `paragraph` says asked someone something, named before the
    verb of asking and its object ("Prosecutor Ann Lee asked the witness whether …", "Lee pressed him on
    the time", "Richter Tom Berg fragte den Angeklagten, warum …")? A paragraph that is a quotation alone
    after it is the answer of the one asked, not the asker's words."""
    sentence = SENTENCE_BREAK_RE.split(paragraph.strip())[-1] if paragraph.strip() else ""
    asked = ASKS_SOMEONE_RE.search(sentence)
    question = None if asked is None else QUESTION_AFTER_ASKING_RE.search(sentence, asked.end())
    if question is None or REQUEST_TO_RE.search(sentence, asked.end(), question.start()) is not None:
        return False  # "Ann Lee asked the council to wait on the vote": a request, whose words may follow
    at = sentence.find(speaker.split()[-1])
    return 0 <= at < asked.start()


def _named_asked(paragraph: str) -> str | None:
    """The one asked, where the last sentence of `paragraph` names them after the verb of asking and before the
    question ("asked the witness, a warehouse supervisor named Colin Ashby, whether …"): whose answer a paragraph
    that is a quotation alone after it is. None where the one asked is not so named."""
    sentence = SENTENCE_BREAK_RE.split(paragraph.strip())[-1] if paragraph.strip() else ""
    if (asked := ASKS_SOMEONE_RE.search(sentence)) is None \
            or (question := QUESTION_AFTER_ASKING_RE.search(sentence, asked.end())) is None:
        return None
    named = NAMED_ASKED_RE.search(sentence, asked.end(), question.start())
    return named.group(1) if named else None


# A verb of asking and the one asked after it, in the languages of the speaker rules ("asked the witness",
# "pressed him", "fragte den Angeklagten", "lui a demandé", "preguntó al testigo", "vroeg hem").
ASKS_SOMEONE_RE = lazy(
    r"\b(?:asked|pressed|questioned|quizzed)\s+(?:him|her|them|the|a|an|[A-Z][\w'’-]+)\b"
    r"|\b(?:fragte|befragte)\s+(?:ihn|sie|den|die|das|einen|eine|[A-ZÄÖÜ]\w+)\b"
    r"|\b(?:lui|leur)\s+a\s+demandé\b|\ba\s+demandé\s+(?:à|au|aux)\b|\ba\s+interrogé\b"
    r"|\b(?:le|les)\s+preguntó\b|\bpreguntó\s+(?:a|al)\b|\b(?:gli|le)\s+ha\s+chiesto\b"
    r"|\bha\s+chiesto\s+(?:a|al|alla|ai|alle)\b|\bperguntou\s+(?:a|ao|à)\b"
    r"|\bvroeg\s+(?:hem|haar)\b|\bfrågade\s+(?:honom|henne)\b|\bspurte\s+(?:ham|henne)\b"
    r"|\bspurgte\s+(?:ham|hende)\b")
# "To" before the question: the one asked is asked to do something ("asked the board to delay the vote on …")
REQUEST_TO_RE = lazy(r"\bto\b")
# The one asked named after a description of them ("the witness, a taxi driver named Rupert Osei,", "einen
# Lageristen namens Jonas Reiter", "un chauffeur nommé Paul Brun"): a first name and a surname, or more.
NAMED_ASKED_RE = lazy(r"\b(?:named|called|namens|nommée?|llamad[oa]|chiamat[oa]|chamad[oa]|genaamd)\s+"
                      r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2})")
# The question the one asked is asked, after the verb: a word opening an indirect question, or "about"
# its subject ("whether", "on the time", "warum", "si", "se", "of").
QUESTION_AFTER_ASKING_RE = lazy(
    r"(?i:\b(?:whether|if|why|how|what|when|where|who|about|on|ob|warum|wie|was|wann|wo|wer|nach|si|pourquoi|"
    r"comment|quand|où|qui|sur|por\s+qué|cómo|cuándo|dónde|quién|qué|sobre|se|perché|come|quando|dove|chi|"
    r"por\s+que|onde|quem|of|waarom|hoe|wanneer|waar|wie|wat|naar|om|varför|hur|när|vem|vad|hvorfor|hvordan|"
    r"hvornår|når)\b)")


# First-person words beside "I" and "we", each first person in every language that writes it ("me" in
# English, Spanish, French and Italian; "mi" in Spanish, Italian, Polish and Czech; "my" in English and Polish).
OWN_VOICE_WORDS = frozenset((
    "me", "my", "our", "us", "mi", "mein", "meine", "uns", "unser", "unsere", "mich", "mir", "moi", "mon", "mes",
    "notre", "nos", "nuestro", "nuestra", "mio", "mia", "nostro", "nostra", "meu", "minha", "nosso", "nossa",
    "mijn", "ons", "onze", "mnie", "mój", "moja", "nasz", "nasza", "jeg", "meg", "mig", "мне", "меня", "мой",
    "моя", "нас", "наш", "наша",
))
CJK_I = ("我", "私", "僕")
# The endings of "we" in the past of Spanish, Portuguese and Italian verbs ("subíamos", "bajábamos",
# "estávamos", "andavamo"), which say no pronoun: a verb so ended speaks as "we".
FIRST_PLURAL_PAST_ENDINGS = ("ábamos", "íamos", "ávamos", "avamo", "evamo", "ivamo")
FIRST_PLURAL_MIN_CHARS = 6


def _said_right_before(text: str, m: re.Match) -> bool:
    """Is the word right before the opening mark a verb of saying that holds its subject (Malay
    and Indonesian "katanya", "ujarnya": "he said", "which she said was “…”")? The phrase is someone's
    words, however it reads, not a term."""
    before = WORD_RE.findall(text[max(0, m.start() - SAID_BEFORE_CHARS):m.start()])
    return bool(before) and text[:m.start()].rstrip()[-1:].isalpha() and before[-1].lower() in SUBJECT_SAY_VERBS


SAID_BEFORE_CHARS = 20
# Verbs of saying with their subject written onto them (Malay and Indonesian "-nya"), as they stand
# right before a quotation of a few words ("sambal yang katanya “resipi nenek, tak boleh tukar”")
SUBJECT_SAY_VERBS = frozenset(("katanya", "ujarnya", "tuturnya", "ucapnya", "ungkapnya", "jelasnya", "tegasnya",
                               "imbuhnya", "tambahnya", "paparnya", "terangnya"))


def _said_that(text: str, m: re.Match) -> bool:
    """Does the quote stand in a clause that a verb of saying opens with "that" ("the judge wrote that
    the search was “…”", "il giudice scrive che la perquisizione è stata «…»", "schreef dat de school
    „…”")? The phrase is the words of whoever wrote or said it, a person named or not, not a term. A
    quote right after an article or a preposition stays a term ("said that the “green levy” …")."""
    sentence = _sentence_before(text, m.start())
    words = WORD_RE.findall(sentence.lower())
    if not words or words[-1] in TERM_OPENERS:
        return False
    that = max((k for k, word in enumerate(words) if word in THAT_WORDS), default=-1)
    said = WORD_RE.findall(sentence)[:that]
    return that > 0 and (says(" ".join(said)) or not IMPERSONAL_SAYING.isdisjoint(map(str.lower, said)))


# Verbs by which a document says something with no subject ("В решении суда говорится, что …", "в
# отчёте указано, что …", "у рішенні йдеться, що …"), which no verb of saying with a subject reads.
IMPERSONAL_SAYING = frozenset(("говорится", "сказано", "указано", "отмечается", "утверждается", "йдеться",
                               "зазначено", "сказано", "вказано"))


def _is_cjk_term(inner: str) -> bool:
    """Chinese or Japanese in quote marks that no one says and that holds no punctuation
    (「フリーWi-Fiプロテクション」, a product; a project's name): a term or a title, not speech."""
    return len(inner) <= CJK_TERM_MAX_CHARS and not any(map(inner.__contains__, CJK_CLAUSE_MARKS)) \
        and not HANGUL_RE.search(inner)  # Korean writes spaces and often no comma: its speech looks bare


HANGUL_RE = lazy("[\uac00-\ud7af]")
# Japanese names what the quoted words are right after them, with という/との ("「…」という質問が届いた",
# "「…」との声が上がった"): a question, a voice, an opinion, a message are someone's words, however bare.
JA_SPEECH_NOUN_AFTER_RE = lazy(r"(?:という|といった|との)(?:質問|声|意見|言葉|メッセージ|相談|コメント|投稿|書き込み|"
                               r"問い合わせ|回答|返事|要望|指摘|感想|訴え)")


CJK_TERM_MAX_CHARS = 24  # "能否通过利用微重力环境增强酒精饮料醇厚性" (20) is the name of a study
CJK_CLAUSE_MARKS = "。！？，、；：…!?,;:"  # speech has clauses


# The block right after a quotation that may be its caption: a <figcaption>, a <cite> or <footer>,
# or a block whose class words call it a caption or the quotation's source.
CAPTION_AFTER_TAGS = frozenset(QUOTE_CAPTION_AFTER_TAGS)
CAPTION_AFTER_CLASS_RE = lazy("|".join(QUOTE_CAPTION_CLASS_WORDS))
MAX_SIGNED_QUOTES = 200  # the block quotes read for a caption's signer: a long page's, bounded


def quote_signers(root: etree._Element) -> dict[etree._Element, tuple[etree._Element, str]]:
    """The person each <blockquote> of the whole page is signed by in a caption, read before the
    chrome goes: a <footer> or <cite> inside it, its figure's <figcaption>, or a caption block right
    after it ("— Ann Lee, head of research"), a person's full name; keyed by the blockquote, with the
    caption it was read from. The chrome rules may drop that caption (a page not said to be an article
    loses its figure captions, a blockquote's <footer> looks like a site footer); find_quotes gives the
    quotation that signer then, and the body stays as the rules left it. A photo credit, a date, a
    "Source: …" line or a work's title is no person's name and gives nothing."""
    found = {}
    for quote in islice(root.iter("blockquote"), MAX_SIGNED_QUOTES):
        for caption in _captions_of(quote):
            name = _caption_signer(caption)
            if name is not None:
                found[quote] = (caption, name)
                break
    return found


def _captions_of(quote: etree._Element):
    """The elements that may sign `quote`: its own <footer> and <cite>, its figure's <figcaption>,
    the caption block right after it."""
    yield from (el for el in quote.iter("footer", "cite") if el.tag == "footer" or not _in_running_text(el))
    parent = quote.getparent()
    if parent is not None and parent.tag == "figure":
        yield from parent.iterchildren("figcaption")
    nxt = quote.getnext()
    if nxt is not None and isinstance(nxt.tag, str) and (
            nxt.tag in CAPTION_AFTER_TAGS or CAPTION_AFTER_CLASS_RE.search(nxt.get("class", "").lower())):
        yield nxt


def _caption_signer(caption: etree._Element) -> str | None:
    """The person's full name a caption signs with (its first line: "— Ann Lee, head of research",
    "Prof. Ann Lee"), or None."""
    line = _first_line(caption).lstrip(SIGNATURE_OPENING).rstrip(" ,")
    return credited_name(line) or _caption_subject(line) if line and not QUOTE_MARK_RE.search(line) else None


def _caption_subject(line: str) -> str | None:
    """The person a caption under a block quote opens its first sentence with ("Agneta Rosenqvist
    runs the farm since 1998. Photo: …", "Ο ψαράς Μιλτιάδης Σταυρίδης. Φωτ.: …"): two capitalised words
    after an article and an occupation in lower case at most, then the sentence's end, a comma or a
    word in lower case longer than a preposition ("runs", "says"). None for any other opening: a credit ("Photo: Ann Lee", "photo by Ann Lee"), three
    capitalised words (an office or a place may open the run), a place."""
    words = CAPTION_SENTENCE_END_RE.split(line, 1)[0].split()
    k = 1 if len(words) > 1 and words[1][:1].islower() else 0  # "Ο ψαράς", "Retired teacher": the capital opens the sentence
    while k < min(len(words), CAPTION_LEAD_WORDS) and words[k][:1].islower():
        if words[k].endswith(":") or len(words[k]) <= ARTICLE_CHARS:
            return None  # "foto: Ann Lee", "photo by Ann Lee": a credit, not who the caption is about
        k += 1
    run, after = words[k:k + 2], words[k + 2:k + 3]
    if len(run) < 2 or not all(w[:1].isupper() for w in run) \
            or (after and not (after[0][:1].islower() and len(after[0]) > ARTICLE_CHARS) and not run[1].endswith(",")):
        return None  # "Port Wexley at dawn", "Ann Lee in 1998": a preposition after the words, a place's as often
    return signing_name(" ".join(run).rstrip(","))


CAPTION_SENTENCE_END_RE = lazy(r"(?<=[^\W\d_]{2})[.!?](?:\s|$)")
CAPTION_LEAD_WORDS = 3  # "Ο ψαράς", "fisherman", "the retired teacher": who the person is, before the name
ARTICLE_CHARS = 3  # "Ο", "The", "La": an article; a short word in lower case before a name is a credit's "by"
