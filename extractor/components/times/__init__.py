"""German temporal tagger: TIMEX3-style time expressions from raw news text.

The grammar is data (``resources/de/times``, HeidelTime's layout): pattern
classes (``repattern/reX.txt``), normalisation tables
(``normalization/normX.tsv``) and rules (``rules/<type>.tsv``) whose patterns
name the classes (``%reMonth``) and whose values are templates over named
groups (``UNDEF-tense-%normMonth(m)``).  Everything is compiled and checked
once; tagging is then regex matching on the raw text, keeping the longest
extents, and resolving the underspecified values against the publication
date, the tense of the clause and the last date the text mentioned.

Underspecified values a template may produce (resolved in ``resolve``):

``UNDEF-<how>-<cyc>[T<tod>]``
    a recurring date picked relative to the anchor; ``how`` is ``tense``
    (the sentence decides: past, future, else the nearest with a bias to the
    past), ``last``/``next`` (strictly before/after the anchor's period),
    ``this`` or ``after`` (from the month the sentence named last on: "im Juli
    und August"); a date whose year the sentence named before ("im März 1992
    ... im April") takes the place of the anchor for ``tense``; ``cyc`` is ``MM``, ``MM-DD``, ``SP|SU|FA|WI``, ``Q1-4``,
    ``H1|H2``, ``E+n`` (days from Easter Sunday; ``E+nWE`` the weekend of
    that day's week), ``D1-7`` (ISO weekday) or
    ``WE`` (weekend).
``UNDEF-REF|CTX-<unit>-PLUS|MINUS-<n|X>[-<cyc>][T<tod>]``
    arithmetic from the publication date (REF) or from the last full date
    mentioned before (CTX, "tags darauf"); ``X`` is a vague amount.
``UNDEF-century-YY[-MM[-DD]]``
    a two-digit year.

Steps, in pipeline order:

1. ``grammar``   -- the data files: pattern classes, normalisation tables, types;
2. ``templates`` -- value templates and the functions they call;
3. ``gate``      -- which rules can match a sentence at all;
4. ``rules``     -- rules compiled and checked against their examples (``grammar()``);
5. ``matching``  -- matches per sentence, longest extents, values in text order;
6. ``tense``     -- the clause's tense for relative weekdays and months;
7. ``calendar``  -- anchors and arithmetic that resolve ``UNDEF`` values;
8. ``component`` -- the ``german_times`` factory: find, then set ``Doc._.times``.
"""
from __future__ import annotations

from .calendar import Anchor, easter, parse_anchor, resolve
from .component import TimeTagger, fill_unknown_years, make_times
from .grammar import TIMES_DIR, Grammar, Rule, normalise, read_repattern
from .matching import present_classes, rules_for, split_sentences, tag_times
from .rules import grammar, load_grammar

__all__ = ["Anchor", "Grammar", "Rule", "TIMES_DIR", "TimeTagger", "easter", "fill_unknown_years", "grammar",
           "load_grammar", "make_times", "normalise", "parse_anchor", "present_classes", "read_repattern",
           "resolve", "rules_for", "split_sentences", "tag_times"]
