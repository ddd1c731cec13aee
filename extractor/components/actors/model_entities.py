"""Step 2 (with a statistical pipeline only): its PER and ORG entities where the rules
found nothing."""
from __future__ import annotations

from spacy.tokens import Doc

from ...lang.de.prepositions import PERSONLESS_PREPS
from ...lang.de.determiners import ROLE_DETERMINERS
from .lexicon import Entity
from .scanner import Scanner
from .words import role_of


def add_model_entities(doc: Doc, scanner: Scanner, labels: tuple[str, ...] = ("PER", "ORG"),
                       min_tokens: int = 1) -> None:
    """PER/ORG entities of a statistical pipeline where the rules found nothing."""
    for ent in doc.ents:
        if ent.label_ not in labels or len(ent) < min_tokens:
            continue
        i, j = scanner.word_of(ent.start), scanner.word_of(ent.end)
        if ent.label_ == "PER" and scanner.t(i - 1).lower() in PERSONLESS_PREPS:
            continue  # "in Jackson Hole": a person does not stand after a preposition of place
        if any(scanner.blocked[k] or scanner.covered[k] for k in range(i, j)):
            continue
        if any(role_of(scanner.t(k)) for k in range(i, j)):
            continue
        while i < j and scanner.t(i).lower() in ROLE_DETERMINERS:
            i += 1
        if i >= j:
            continue
        if ent.label_ == "PER":
            name = list(scanner.texts[i:j])
            cand = scanner.person_cand(i, j, weak=True)
            if name[-1].endswith("s") and len(name) == 1 and name[-1][:-1] in scanner.texts:
                cand.name = (name[-1][:-1],)
            scanner.add(cand)
        else:
            hit = scanner.phrase_at(i)
            text = " ".join(scanner.texts[i:j])
            entity = hit[1] if hit and hit[0] == j - i else Entity("organization", text, text, None, "")
            scanner.entity_cand(i, j, entity)
