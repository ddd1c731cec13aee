"""Without a publication date, a year the article names in a full date anchors the others."""
from __future__ import annotations


def values(run_pipeline, text):
    return [(t.text, t.value) for t in run_pipeline(text, None)._.times]


def test_times_year_from_a_full_date_fills_unknown_years(run_pipeline):
    found = values(run_pipeline, "Am 14. Januar 2025 trafen sich die Trainer. Ein weiteres Treffen ist für März geplant.")
    assert ("März", "2025-03") in found


def test_times_a_bare_year_does_not_anchor_the_story(run_pipeline):
    found = values(run_pipeline, "Das Museum besteht seit 1998. Am 3. Mai sprachen die Direktoren.")
    assert ("3. Mai", "XXXX-05-03") in found


def test_times_published_date_is_never_overridden(run_pipeline):
    doc = run_pipeline("Am 14. Januar 2025 trafen sich beide. Im März folgt mehr.", "2024-12-01")
    assert all(not t.value.startswith("XXXX") for t in doc._.times)
