"""The confidence weights of an event, in one table.

Set by hand when the rules were written (commits bd81e25 and 47258f3), not fitted to the gold
corpus: a mention starts at ``BASE``; participants from an explicit construction raise it; a
side the rules had to resolve or infer, or a mention only in a headline, lowers it; every
further mention merged into the act raises the act's.  The README's "Confidence" paragraph
states the same numbers.  The arithmetic runs in this order (participants, then segment,
then merging), which keeps the floating-point results of the records stable.
"""
from __future__ import annotations

BASE = 0.6  # a contact trigger with its participants in the clause
EXPLICIT = 0.2  # + a partner marker ("mit", "zwischen", "an" for letters) or a reciprocal ("miteinander", "sich")
RESOLVED_REFERENCE = 0.1  # - a pronoun or group word ("er", "die beiden") stands for a participant
INFERRED_SIDE = 0.15  # - a side from context: the last act, a back-reference ("die Gespräche"), the protagonist
SHORT_SEGMENT = 0.1  # - told in a headline, subhead or caption
PER_FURTHER_MENTION = 0.05  # + for each further mention merged into the act
CEILING = 0.99  # an act is never certain
FLOOR = 0.05  # nor impossible
