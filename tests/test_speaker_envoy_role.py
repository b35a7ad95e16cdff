"""An ambassador, an envoy or a consul is a role noun (ROLE_NOUNS holds ENVOY_WORDS): "the ambassador warned that
“…”" or "“…,” the ambassador said" is the one the page names in the post, before or after."""

from __future__ import annotations

import speaker_pages

MET = "<p>The harbour board met on Monday.</p>"


def test_the_ambassador_named_after() -> None:
    found = speaker_pages.speakers(MET + "<p>The ambassador warned that the town “will not sit on its hands” over "
                                   "the pier.</p><p>Ambassador Tom Berge has said that the town will act.</p>")
    assert found == ["Tom Berge"]


def test_the_envoy_named_before() -> None:
    found = speaker_pages.speakers(MET + "<p>Envoy Ann Lee arrived on Tuesday.</p><p>“The town will not sit on "
                                   "its hands,” the envoy said.</p>")
    assert found == ["Ann Lee"]
