"""Step 1, scan: one left-to-right pass over each sentence with dictionary lookups only,
trying at each token a role phrase, a form of address, a person name, a plural group
(``collectives``), then a state or organisation."""
from __future__ import annotations

from bisect import bisect_left

from ...lang.de.names import ATTACHED_PARTICLES
from .collectives import CollectiveScanner
from .document import MentionCandidate
from .organisations import OrgScanner
from .roles import RoleScanner
from .words import _may_start_candidate, _nameish, person_noun, role_of


class Scanner(RoleScanner, OrgScanner, CollectiveScanner):
    """Finds candidates in one Doc (one instance per Doc)."""

    def scan(self) -> list[MentionCandidate]:
        is_space, texts, honorifics = self.toks.is_space, self.texts, self.lex.honorifics
        # the tokens any of the tests below may accept as a first word, in text order
        starts = [i for i, ok in enumerate(map(_may_start_candidate, texts)) if ok and not is_space[i]]
        for s, e in self.sent_bounds:
            k = bisect_left(starts, s)
            while k < len(starts) and starts[k] < e:
                i = starts[k]
                if self.blocked[i] or self.covered[i]:
                    k += 1
                    continue
                # each test only where its first word can start (the tests check it again)
                text = texts[i]
                j = self.try_role(i, e) if role_of(text) is not None else None
                if not j and text in honorifics:
                    j = self.try_honorific(i, e)
                if not j and i + 1 < e and texts[i + 1][:1].isupper() and person_noun(text):
                    j = self.try_descriptor(i, e)
                if not j and (_nameish(text) or text.startswith(ATTACHED_PARTICLES)):
                    j = self.try_person(i, e)
                if not j and "-" in text or text in self.lex.collectives:
                    j = self.try_collective(i, e)  # "die Houthi-Rebellen", "den Landeshauptleuten"
                if not j:
                    j = self.try_entity(i, e)
                k = bisect_left(starts, j, k + 1) if j and j > i else k + 1
        return self.cands
