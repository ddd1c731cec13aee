"""Contact events: who called, met, talked with or wrote to whom, when, and did it happen.

Per sentence: find contact triggers (verbs by their inflected forms, nouns and their
compounds), cut the sentence into clauses, take the actor mentions of the trigger's clause as
participants (partner markers "mit", "zwischen", "an" decide who is on which side; sources,
topics and places are left out), the clause's time as the date, tense/modality/negation cues
as the status, and explicit cues as initiator or proposer.  Mentions of one act in headline,
lead, body and caption are then merged into one event.

The rules run on tokens, the actor mentions and the times, so they work in the embedded
pipeline; nothing here needs the statistical model.

Steps, in pipeline order:

1. ``clauses``      -- a sentence cut into clauses (subordinate, relative, reporting clauses);
2. ``view``         -- the document view: mentions, times, segments and sentences by token,
                       and who stands for whom;
3. ``triggers``     -- the contact verbs and nouns of a clause, checked in it, and the act type;
4. ``participants`` -- the sides of the act, pronouns and group words, sides from context;
   ``visits`` and ``summons`` give the sides where the clause names only one: the place
   visited or the inviter, the house a summons calls to;
5. ``status``       -- occurred / planned / proposed / possible / negated, and the tense;
6. ``dates``        -- the date of an act, moved to where a planned act lies;
7. ``initiative``   -- the initiator and proposer, in the act's clause or stated apart;
8. ``merging``      -- the mentions of one act as one ``ContactEvent``;
9. ``codes``        -- CAMEO and PLOVER codes;
10. ``component``   -- the ``contact_events`` factory (also ``contact_events_v1``): find, then set
                       ``Doc._.events``.

``acts`` runs steps 3 to 7 for each trigger and makes one ``Candidate`` (``candidate``) per
act.  Shared by the steps: ``words`` (word tests), ``confidence`` (the weights table).  The trigger lexicon the steps
read (``components/triggers.py``, from ``resources/de``) stays outside the package: the
actor stage reads it too ("Videokonferenz" is no organisation), and it lies below both stages; so
does ``extractor.lang.de``, the German words the rules look for, by word class.
"""
from __future__ import annotations

from .acts import candidates_for, find_candidates
from .candidate import Candidate
from .clauses import Clause, clauses_of, split_clauses
from .codes import event_codes
from .component import FACTORY, FACTORY_V1, ContactEventExtractor, make_events
from .dates import relative_to_published
from .initiative import apply_document_initiatives
from .merging import merge_candidates, to_event
from .status import event_status, looks_participle, right_bracket
from .view import DocView, Sentence, is_unnamed

__all__ = ["FACTORY", "FACTORY_V1", "Candidate", "Clause", "ContactEventExtractor", "DocView", "Sentence",
           "apply_document_initiatives", "candidates_for", "clauses_of", "event_codes", "event_status",
           "find_candidates", "is_unnamed", "looks_participle", "make_events", "merge_candidates",
           "relative_to_published", "right_bracket", "split_clauses", "to_event"]
