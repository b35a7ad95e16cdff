"""Footnotes: in-page links that point at a note, rendered as Markdown footnotes.

    find_notes(body, anchors) -> Notes

A reference is an <a href="#id"> (or the <sup> holding only it) whose target
is an element of the body that reads as a note: an li/p/div/… with that id,
marked as a note by its own or a near ancestor's class, id or role, or an <li>
of an <ol> referenced from a <sup>. The writer renders each reference as
`[^n]`, drops the targets (and the note list holding only them) from the flow
and appends `[^n]: text` definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from ..patterns import lazy

# Elements that can hold one note's text.
NOTE_TARGET_TAGS = frozenset({"li", "p", "div", "aside", "section", "dd", "span"})

# class/id/role words that mark notes or note lists: "footnotes", "endnote",
# "doc-endnote", "fn1"/"fn:1", "references", "cite_note-3".
NOTE_CUE_RE = lazy(r"note|(?:^|[\s_:-])fn|reference|citation", re.I)

# A note marker is short: "1", "[12]", "iv", "*", "†". Longer link text is an
# ordinary in-page link ("see the Methods section").
NOTE_MARKER_MAX_CHARS = 4

# Ancestors of a target inspected for a note cue (li -> ol -> section.footnotes).
NOTE_CUE_ANCESTORS = 3

# Link text of "back to the reference" links inside a note.
BACKREF_MARKS = frozenset({"↩", "↩︎", "^", "↑", "⤴"})
BACKREF_CUE_RE = lazy(r"backref|backlink|footnote-back|fn-?back", re.I)

# Lists that hold notes, dropped when every item is a note.
NOTE_LIST_TAGS = frozenset({"ol", "ul", "dl"})

# Text a note container may hold besides its notes and still be dropped whole
# (a "Notes" / "References" heading, an <hr>).
NOTE_CONTAINER_SLACK_CHARS = 40


@dataclass(slots=True, eq=False)  # never compared: no __eq__ compiled at import
class Notes:
    numbers: dict[etree._Element, int] = field(default_factory=dict)  # ref element -> n
    definitions: list[tuple[int, etree._Element]] = field(default_factory=list)
    skip: set[etree._Element] = field(default_factory=set)  # dropped from the flow


def find_notes(body: etree._Element, anchors: list[tuple[etree._Element, str]]) -> Notes:
    """Pair in-page links with their note targets; number notes by first reference."""
    notes = Notes()
    wanted = {target_id for _, target_id in anchors}
    targets: dict[str, etree._Element] = {}
    for _, el in etree.iterwalk(body, events=("start",)):  # depth-safe, see markdown._survey
        el_id = el.get("id")
        if el_id in wanted and el_id not in targets:
            targets[el_id] = el
    number_of: dict[str, int] = {}
    for a, target_id in anchors:
        target = targets.get(target_id)
        if target is None or not _is_note(target, a):
            continue
        if target_id not in number_of:
            number_of[target_id] = len(number_of) + 1
            notes.definitions.append((number_of[target_id], target))
            notes.skip.add(target)
        notes.numbers[_ref_element(a)] = number_of[target_id]
    if notes.definitions:
        _skip_backrefs(notes, targets)
        _skip_note_containers(notes, body)
    return notes


def _is_note(target: etree._Element, a: etree._Element) -> bool:
    if not isinstance(target.tag, str) or target.tag not in NOTE_TARGET_TAGS:
        return False
    marker = "".join(a.itertext()).strip().strip("[]()")
    if not marker or len(marker) > NOTE_MARKER_MAX_CHARS:
        return False
    node = target
    for _ in range(NOTE_CUE_ANCESTORS + 1):
        if node is None:
            break
        if NOTE_CUE_RE.search(_cues(node)):
            return True
        node = node.getparent()
    parent = target.getparent()
    in_ordered_list = target.tag == "li" and parent is not None and parent.tag == "ol"
    return in_ordered_list and _ref_element(a).tag == "sup"


def _cues(el: etree._Element) -> str:
    return " ".join((el.get("class") or "", el.get("id") or "", el.get("role") or ""))


def _ref_element(a: etree._Element) -> etree._Element:
    """The <sup> wrapping only this link ("<sup>[<a>1</a>]</sup>"), else the link."""
    parent = a.getparent()
    if parent is not None and parent.tag == "sup" and len(parent) == 1:
        return parent
    return a


def _skip_backrefs(notes: Notes, targets: dict[str, etree._Element]) -> None:
    ref_ids = {el.get("id") for el in notes.numbers} | {
        a.get("id") for ref in notes.numbers for a in ref.iter("a")}
    ref_ids.discard(None)
    for _, target in notes.definitions:
        for a in target.iter("a"):
            href = a.get("href") or ""
            text = "".join(a.itertext()).strip()
            cues = _cues(a)
            if (href[1:] in ref_ids and href.startswith("#")) or text in BACKREF_MARKS \
                    or BACKREF_CUE_RE.search(cues):
                notes.skip.add(a)


def _skip_note_containers(notes: Notes, body: etree._Element) -> None:
    """Drop the list holding only notes, and a note-cued wrapper holding little else."""
    note_chars = sum(_text_length(t) for _, t in notes.definitions)
    for _, target in notes.definitions:
        parent = target.getparent()
        if parent is None or parent is body:
            continue
        if parent.tag in NOTE_LIST_TAGS and all(
                child in notes.skip for child in parent if isinstance(child.tag, str)):
            notes.skip.add(parent)
        node = parent.getparent()
        for _ in range(NOTE_CUE_ANCESTORS - 1):
            if node is None or node is body or node in notes.skip:
                break
            if NOTE_CUE_RE.search(_cues(node)) and \
                    _text_length(node) - note_chars <= NOTE_CONTAINER_SLACK_CHARS:
                notes.skip.add(node)
                break
            node = node.getparent()


def _text_length(el: etree._Element) -> int:
    return len("".join(el.itertext()).strip())
