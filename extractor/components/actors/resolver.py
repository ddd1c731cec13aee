"""Step 3, resolve: names clustered by surname, surnames and organisation names propagated
to their other mentions, colleague words and role-only references resolved to persons;
then each actor once, with its mentions."""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from spacy.tokens import Doc

from ..types import Actor, Mention
from ...lang.de.prepositions import LIST_OPENERS
from ...lang.de.conjunctions import CONJUNCTIONS
from ...lang.de.determiners import ROLE_DETERMINERS
from ...lang.de.endings import FEMALE_ROLE_ENDINGS
from ...lang.de.names import ATTACHED_PARTICLES, NAME_PARTICLES
from .anaphors import PersonFacts, anaphor_at, antecedent, binding_start, possible_anaphors, stated_age, unnamed_ages
from .class_nouns import class_noun_tokens, class_noun_use, demonym_fits, demonym_use, of_class
from .collectives import office_group
from .document import MentionCandidate
from .lexicon import FEDERAL, ORG_KINDS, Entity, lexicon
from .scanner import Scanner
from .slots import add_slot_names
from .words import (_cap, _is_first_name, _is_inner_given_name, _known_word, _may_be_propagated, _nameish, fold,
                    person_sex, role_of)

SENTENCE_WINDOW = 3  # sentences a colleague word looks back for its anchor
# Organisation types of businesses: a company's or an investor's first word may name it alone.
BUSINESS_TYPES = ("company", "investor")
CLASS_NOUN_WINDOW = 3  # sentences before its own a class noun ("der Konzern") looks back in


@dataclass
class _Person:
    name: tuple[str, ...]
    surname_key: str
    first_key: str
    roles: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    female: Optional[bool] = None
    id: str = ""
    mention_order: int = 0
    synthetic: bool = False


def _surname(name: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(given names, surname) of a name's tokens.

    "Xi Jinping" -> (Jinping), (Xi); "Ursula von der Leyen" -> (Ursula), (von der Leyen);
    "Juan Carlos Echeverría de la Fuente" -> (Juan Carlos), (Echeverría de la Fuente);
    unknown given names: the surname starts at the first particle, else it is the last token.
    """
    lex = lexicon()
    if len(name) > 1 and name[0] in lex.family_first and name[0] not in lex.first_names:
        return name[1:], name[:1]
    k = 0
    while k < len(name) - 1 and name[k] not in NAME_PARTICLES and (
            _is_inner_given_name(name[k]) if k else _is_first_name(name[k])):
        k += 1
    if k == 0 and len(name) > 1:
        k = next((j for j in range(1, len(name)) if name[j] in NAME_PARTICLES), len(name) - 1)
    return name[:k], name[k:]


def _first_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    a, b = fold(a), fold(b)
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= min(4, len(a), len(b))


def _role_compatible(ref: str, ref_group: str, actor_role: str, actor_group: str) -> bool:
    """Can a reference by role `ref` denote a holder of `actor_role` (masculine forms)?

    Same role, a compound ending in it ("Minister" -> "Verteidigungsminister",
    "Kanzler" -> "Bundeskanzler"), or the same group ("Staatschef" -> "Präsident").
    """
    r, a = fold(ref), fold(actor_role)
    return r == a or a.endswith(r) or bool(ref_group and ref_group == actor_group)


def _is_female_role(role: str) -> bool:
    return role.endswith(FEMALE_ROLE_ENDINGS)


def add_role(person: "_Person", role: str) -> None:
    """Keep the most specific form: 'Verteidigungsminister' absorbs a later 'Minister'."""
    key = fold(role)
    for k, r in enumerate(person.roles):
        rk = fold(r)
        if rk == key or rk.endswith(key):
            return
        if key.endswith(rk):
            person.roles[k] = role
            return
    person.roles.append(role)


class Reference(NamedTuple):
    """The role a role-only reference names, and the persons it cannot denote (by ``id``)."""
    role: str
    exclude: set[int]


class Target(NamedTuple):
    """An actor a candidate mentions: its key (a person's ``id`` or (kind, key) of an entity)."""
    key: object
    kind: str
    name: str
    country: Optional[str]


# Candidate kinds that mention persons (the others mention states and organisations).
# "die Außenminister Polens, Ungarns und Tschechiens": three or more states listed after a plural
# office are a group of states meeting; two ("die Außenminister Russlands und der USA") are the
# pair of ministers, persons the article may name elsewhere or not at all.
GROUP_OF_STATES = 3
MENTION_OF_PERSONS = ("person", "roleref", "rolespan", "anaphor")


def _token(org: tuple) -> int:
    """The token an (token, sentence, entity, word before) organisation mention starts at."""
    return org[0]


class Resolver:
    def __init__(self, doc: Doc, cands: list[MentionCandidate], scanner: Scanner):
        self.doc = doc
        self.cands = cands
        self.scanner = scanner
        self.lex = lexicon()
        self.persons: list[_Person] = []
        self._positions: Optional[dict[int, list[int]]] = None
        self._sentence_starts: Optional[list[int]] = None

    def group_of(self, role: Optional[str]) -> str:
        return self.lex.role_groups.get(role or "", "")

    # -- persons ------------------------------------------------------------
    def person_for(self, name: tuple[str, ...], at: int) -> _Person:
        given, surname = _surname(name)
        key = fold(" ".join(surname))
        fkey = given[0] if given else ""
        best = None
        for p in self.persons:
            if p.synthetic:
                continue
            if p.surname_key == key and _first_compatible(fkey, p.first_key):
                best = p
            elif not given and len(surname) == 1 and key == fold(p.name[-1]) and not best:
                best = p
            elif len(name) > 1 and len(p.name) > len(name) and \
                    fold(" ".join(p.name)).endswith(fold(" ".join(name))):
                best = best or p  # "López Obrador" -> "Andrés Manuel López Obrador"
        if best is None:
            best = _Person(name, key, fkey)
            self.persons.append(best)
        else:
            if len(name) > len(best.name):
                best.name = name
                best.first_key = best.first_key or fkey
        return best

    def split_run_ons(self) -> None:
        """'US-Präsident Joe Biden Selenskyj treffen': a run of names ending in another's surname."""
        named = [c for c in self.cands if c.kind == "person"]
        owners: dict[str, set[tuple[str, ...]]] = {}
        for c in named:
            if len(c.name) >= 2 and _is_first_name(c.name[0]):
                owners.setdefault(fold(c.name[-1]), set()).add(c.name)
        sc = self.scanner
        for c in named:
            if len(c.name) < 3 or not _is_first_name(c.name[0]) or c.tok_end - c.tok_start != len(c.name):
                continue
            # not another mention of the same person ("Walker Späh" after "Carmen Walker
            # Späh"), and not when given names lead up to the surname ("Johann Wilhelm
            # Krause" beside "Sigismund Krause": two of a family)
            others = {o for o in owners.get(fold(c.name[-1]), set()) if c.name[-len(o):] != o}
            if not others or _is_inner_given_name(c.name[-2]):
                continue
            last = c.tok_start + len(c.name) - 1
            c.name, c.tok_end = c.name[:-1], last
            c.start, c.end = sc.span(c.tok_start, last)
            s, e = sc.span(last, last + 1)
            self.cands.append(MentionCandidate(s, e, last, last + 1, c.sent, "person", name=(sc.t(last),)))

    def cluster(self) -> None:
        self.split_run_ons()
        # full names first, so that a bare surname joins the full name even before it
        named = [c for c in self.cands if c.kind == "person"]
        for c in sorted(named, key=lambda c: -len(c.name)):
            c.person = self.person_for(c.name, c.start)  # type: ignore[attr-defined]

    def propagate(self) -> None:
        """Surnames and organisation names found once are mentions everywhere else."""
        index = self.surname_index()
        orgs = self.org_names()
        if not index and not orgs:
            return
        sc = self.scanner
        covered, blocked, texts = sc.covered, sc.blocked, sc.texts
        for i in [i for i, ok in enumerate(map(_may_be_propagated, texts)) if ok]:
            text = texts[i]
            if covered[i] or blocked[i]:
                continue
            if text in NAME_PARTICLES:
                self.propagate_particle_name(i, index)
            elif text[:1].isupper() or text.startswith(ATTACHED_PARTICLES):
                self.propagate_word(i, index, orgs)

    def surname_index(self) -> dict[str, _Person]:
        """Comparison key of each way a named person may be called again -> the person."""
        index: dict[str, _Person] = {}
        for p in self.persons:
            given, surname = _surname(p.name)
            index.setdefault(fold(" ".join(surname)), p)
            if len(surname) > 1 and surname[0] in NAME_PARTICLES:
                index.setdefault(fold(surname[-1]), p)
            if surname[-1].startswith(ATTACHED_PARTICLES):
                index.setdefault(fold(surname[-1]), p)  # "al-Burhan" after "Abdel Fattah al-Burhan"
                index.setdefault(fold(surname[-1].split("-", 1)[1]), p)
        for p in self.persons:
            # "Luiz Inácio Lula da Silva" -> "Lula"; "Juan Carlos Echeverría de la Fuente" -> "Echeverría"
            if len(p.name) >= 3 and not p.synthetic:
                for tok in p.name[1:-1]:
                    if _cap(tok) and tok not in NAME_PARTICLES and not _is_inner_given_name(tok):
                        index.setdefault(fold(tok), p)
        return index

    def org_names(self) -> dict[str, Entity]:
        """One-word names of the organisations found (their own, an abbreviation, a company's
        first word) -> the organisation."""
        orgs: dict[str, Entity] = {}
        for c in self.cands:
            ent = c.entity
            if c.kind == "entity" and ent.kind == "organization" and " " not in ent.key \
                    and (ent.key,) not in self.lex.phrases and _cap(ent.key) and ent is not FEDERAL:
                orgs[ent.key] = ent
        for abbr, ent in self.scanner.org_alias.items():
            orgs.setdefault(abbr, ent)  # "(KAV)": the abbreviation names it, also before
        for c in self.cands:
            ent = c.entity
            if c.kind == "entity" and ent.kind == "organization" and " " in ent.base and ent.org_type in BUSINESS_TYPES:
                first = ent.base.split()[0]
                # "Aldermann" for "Aldermann Capital": a company's distinctive first word
                if _cap(first) and not _known_word(first) and first not in self.lex.org_intro:
                    orgs.setdefault(first, ent)
        return orgs

    def resolve_class_nouns(self) -> None:
        """"Siemens streicht Stellen. Der Konzern ...": a definite class noun (``class_nouns.tsv``)
        is a mention of the one organisation of its class named in its sentence or the
        ``CLASS_NOUN_WINDOW`` before; with none or several it names nobody."""
        sc = self.scanner
        hits = class_noun_tokens(sc)
        if not hits:
            return
        starts = {c.tok_start for c in self.cands}
        # (token, sentence, entity, the word before it) of each organisation mention, in text order
        orgs = sorted(((c.tok_start, c.sent, c.entity, sc.t(c.tok_start - 1)) for c in self.cands
                      if c.kind == "entity" and c.entity.kind in ORG_KINDS), key=_token)
        for i in hits:
            if sc.covered[i] or sc.blocked[i]:
                continue
            use = class_noun_use(sc, i, starts)
            if use is None:
                continue
            found: dict[tuple[str, str], Entity] = {}
            for k in range(bisect_left(orgs, i, key=_token) - 1, -1, -1):
                tok, sent, ent, before = orgs[k]
                if sent < sc.sent_of[i] - CLASS_NOUN_WINDOW:
                    break
                if of_class(self.lex, ent, use, before):
                    found[(ent.kind, ent.key)] = ent
            if len(found) == 1:
                ent = next(iter(found.values()))
                sc.entity_cand(i, i + 1, ent)
                insort(orgs, (i, sc.sent_of[i], ent, sc.t(i - 1)), key=_token)

    def resolve_demonyms(self) -> None:
        """"Die Großbank Unicredit ... Der Fonds verhandelt mit den Italienern": the plural of a
        state's people (``demonyms.tsv``) is a mention of the one business of that state named
        before it, when nothing else of that state (the state, a person, another body) is named
        before it; a city of the state may be (the business's seat)."""
        sc = self.scanner
        demonyms = self.lex.demonyms
        hits = [i for i, text in enumerate(sc.texts) if text in demonyms]
        if not hits:
            return
        names = {c.tok_start for c in self.cands if c.kind == "person"}
        for i in hits:
            if sc.covered[i] or sc.blocked[i]:
                continue
            state = demonym_use(sc, i, names)
            ent = None if state is None else self.only_business_of(state, i)
            if ent is not None:
                sc.entity_cand(i, i + 1, ent)

    def only_business_of(self, state: str, token: int) -> Optional[Entity]:
        """The one organisation of ``state`` that ``demonym_fits`` named before ``token``, if
        nothing else of the state is named before it; else None."""
        found: dict[str, Entity] = {}
        for c in self.cands:
            if c.tok_start >= token:
                continue
            ent = c.entity
            if c.kind == "entity" and ent is not None and demonym_fits(ent, state):
                found[ent.key] = ent
            elif (c.country or (ent.country if ent is not None else None)) == state \
                    and not (ent is not None and ent.kind == "city"):
                return None
        return next(iter(found.values())) if len(found) == 1 else None

    def propagate_particle_name(self, i: int, index: dict[str, _Person]) -> None:
        """A surname that opens with a particle: "von der Leyen"."""
        sc = self.scanner
        for length in (3, 2):
            key = fold(" ".join(sc.texts[i:i + length]))
            if key in index and all(not sc.covered[k] for k in range(i, i + length)):
                self.add_person(i, i + length, index[key])
                break

    def propagate_word(self, i: int, index: dict[str, _Person], orgs: dict[str, Entity]) -> None:
        """A surname or an organisation's name at token i, also in the genitive ("Putins") or
        as a part of a compound ("Putin-Biden-Telefonat")."""
        sc = self.scanner
        tok_idx, text = sc.toks.idx, sc.texts[i]
        parts = [(0, text)]
        if "-" in text and not text.startswith(ATTACHED_PARTICLES) and fold(text) not in index \
                and fold(text)[:-1] not in index:
            parts, off = [], 0
            for p in text.split("-"):
                parts.append((off, p))
                off += len(p) + 1
        for off, part in parts:
            key = fold(part)
            hit = index.get(key)
            if hit is None and key.endswith("s") and len(key) > 3:
                hit = index.get(key[:-1])  # genitive "Putins"
            if hit is None and part in orgs:
                if len(parts) == 1:
                    ent = orgs[part]
                    sc.covered[i] = True
                    self.cands.append(MentionCandidate(tok_idx[i], tok_idx[i] + len(text), i, i + 1, sc.sent_of[i],
                                           "entity", entity=ent, country=ent.country,
                                           ent_name=ent.base))
                continue
            if hit is None:
                continue
            if len(parts) == 1:
                self.add_person(i, i + 1, hit)
            else:
                s = tok_idx[i] + off
                c = MentionCandidate(s, s + len(part), i, i + 1, sc.sent_of[i], "person", name=(part,))
                c.person = hit  # type: ignore[attr-defined]
                self.cands.append(c)

    def lone_subjects(self) -> None:
        """A bare word in the subject's slot beside a singular verb is a person's surname the
        lists may not know (``NameScanner.lone_subject``: "Kolb war dort Leiter", "..., sagte
        Petkovic.").  Run after the names found are propagated and the organisations of contact
        slots named, so that a word already known as a part of a name ("Lula" of "Luiz Inácio
        Lula da Silva") is that person and a company's name ("Quellsoft lehnte ab ... zwischen
        Siemens und Quellsoft") that company.  Headlines drop
        the article ("Betriebsrat fordert Klarheit"), so they are left out, and so is a word the
        article also uses inside a longer name or as the first part of a compound ("Hartmann
        Antriebstechnik", "Ardent-Werk"): a company's or a place's name, not a person's."""
        sc = self.scanner
        texts, covered, blocked = sc.texts, sc.covered, sc.blocked
        found = [i for i, ok in enumerate(map(_nameish, texts)) if ok and not covered[i] and not blocked[i]]
        if not found:
            return
        headline = sc.headline_tokens()
        used_in_names: Optional[set[str]] = None  # computed for the first word that needs it
        for i in found:
            if i in headline or covered[i]:
                continue
            end = sc.sent_bounds[sc.sent_of[i]][1]
            owner = sc.saxon_genitive_name(i, end)
            if owner is not None:
                self.add_person(i, i + 1, self.person_for((owner,), i))  # "Zabels Entscheidung"
                continue
            if not sc.lone_subject(i, end):
                continue
            if used_in_names is None:
                used_in_names = self.words_in_longer_names()
            if texts[i] not in used_in_names:
                self.add_person(i, i + 1, self.person_for((texts[i],), i))

    def words_in_longer_names(self) -> set[str]:
        """Words the article uses inside an organisation's or place's mention, before another
        capitalised word that is not a person's name, or before a hyphen ("Hartmann
        Antriebstechnik AG", "Ardent-Werk")."""
        sc = self.scanner
        texts = sc.texts
        person = {k for c in self.cands if c.kind == "person" for k in range(c.tok_start, c.tok_end)}
        words = {texts[k] for c in self.cands if c.kind == "entity" for k in range(c.tok_start, c.tok_end)}
        for k, text in enumerate(texts):
            if "-" in text and text[:1].isupper():
                words.add(text.split("-", 1)[0])
            elif k + 1 < sc.n and k not in person and _cap(texts[k + 1]) and not sc.sent_first[k + 1]:
                words.add(text)
        return words

    def coordinated_names(self) -> None:
        """"ein Telefonat zwischen Putin und Scholz": a capitalised word that is no German word,
        coordinated with a person's name, is a person's name too (a surname the lists do not know);
        in a list the comma coordinates as well, and each name found lets the next one be found
        ("zwischen Hoeneß, Rummenigge, Franz Beckenbauer und Karl Hopfner")."""
        sc = self.scanner
        person_toks = {k for c in self.cands if c.kind == "person" for k in range(c.tok_start, c.tok_end)}
        if not person_toks:
            return
        texts = sc.texts
        joints = [i for i in range(1, sc.n - 1) if texts[i] in CONJUNCTIONS or texts[i] == ","]
        added = True
        while added:
            added = False
            for i in joints:
                for a, b in ((i - 1, i + 1), (i + 1, i - 1)):
                    word = sc.t(b)
                    if a in person_toks and b not in person_toks and not sc.covered[b] and not sc.blocked[b] \
                            and not sc.sent_first[b] and _nameish(word) and not _known_word(word) \
                            and role_of(word) is None and sc.phrase_at(b) is None and word not in NAME_PARTICLES \
                            and not _cap(sc.t(b + 1)) and not _cap(sc.t(b - 1)) \
                            and (sc.t(i) != "," or _listed(sc, b, a)):
                        # a lone word: not a title before a name ("und Werkleiter Frank Ruhland")
                        self.add_person(b, b + 1, self.person_for((word,), b))
                        person_toks.add(b)
                        added = True

    def slot_names(self) -> None:
        """Unknown names in the slots of a contact word are organisations (``slots``)."""
        add_slot_names(self.scanner)

    def add_person(self, i: int, j: int, person: _Person) -> None:
        c = self.scanner.person_cand(i, j)
        for k in range(c.tok_start, c.tok_end):
            self.scanner.covered[k] = True
        c.person = person  # type: ignore[attr-defined]
        self.cands.append(c)

    # -- roles ----------------------------------------------------------------
    def anchor_role(self, idx: int) -> Optional[tuple[str, Optional[_Person]]]:
        """The office role of the person a colleague word relates to; a possessive gives that
        person's gender ("ihres polnischen Kollegen": a woman's colleague)."""
        me = self.cands[idx]
        owner = self.scanner.t(me.tok_start).lower()
        owner_female = True if owner.startswith("ihr") else False if owner.startswith("sein") else None
        for k in range(idx - 1, -1, -1):
            c = self.cands[k]
            if me.sent - c.sent > SENTENCE_WINDOW:
                break
            if c.kind not in ("person", "roleref"):
                continue
            person = getattr(c, "person", None)
            female = person_sex(person.female, " ".join(person.name)) if person is not None else c.female
            if owner_female is not None and female is not None and female is not owner_female:
                continue
            role = c.resolved_role or (c.role_base if c.role and c.role.info.type == "office" else None)
            if role is None and c.kind == "person":
                p = getattr(c, "person", None)
                if p and p.roles:
                    role = p.roles[-1]
            if role:
                return role, getattr(c, "person", None)
        return None

    def colleague_role(self, role: str, female: Optional[bool]) -> str:
        """The role a colleague word takes: the anchor's, without 'Bundes' (a foreign colleague)."""
        if role.startswith("Bundes") and len(role) > 9:
            role = role[6].upper() + role[7:]
        return self.gendered(role, female)

    def gendered(self, role: str, female: Optional[bool]) -> str:
        """'Verteidigungsminister' as a 'Kollegin' -> 'Verteidigungsministerin'."""
        pair = self.lex.role_pairs.get(role)
        if pair is not None:
            return pair[1] if female and pair[1] else pair[0]
        if female and not role.endswith("in"):
            return role + "in"  # unlisted compounds: "Finanzstaatssekretär" -> "...in"
        if female is False and role.endswith("in"):
            return role[:-2]
        return role

    def apply_roles(self) -> None:
        self.cands.sort(key=lambda c: (c.start, -c.end))
        for idx, c in enumerate(self.cands):
            if c.kind == "person" and c.role is None and c.female is not None and c.person.female is None:  # type: ignore[attr-defined]
                c.person.female = c.female  # type: ignore[attr-defined]  # "Sängerin Adele"
            if c.kind != "person" or c.role is None:
                continue
            p: _Person = c.person  # type: ignore[attr-defined]
            role = c.role_base
            if c.role.info.type == "relational":
                anchor = self.anchor_role(idx)
                role = self.colleague_role(anchor[0], c.female) if anchor else None
            c.resolved_role = role
            if role:
                add_role(p, role)
            for extra in c.extra_roles:
                add_role(p, extra)
            if c.country:
                p.countries.append(c.country)
            elif c.role.info.country and role == c.role_base:
                p.countries.append(c.role.info.country)
            if c.female is not None and p.female is None:
                p.female = c.female
        for p in self.persons:
            if not p.synthetic:
                p.female = person_sex(p.female, " ".join(p.name))  # a role's sex wins over the name's

    def candidates_for(self, role: str, female: Optional[bool], country: Optional[str],
                       exclude: set[int]) -> list[_Person]:
        """Named persons a role reference may denote (role, country, gender agree)."""
        ref = self.gendered(role, False)
        group = self.group_of(ref)
        out = []
        for p in self.persons:
            if id(p) in exclude:
                continue
            if not any(_role_compatible(ref, group, m, self.group_of(m))
                       for m in (self.gendered(r, False) for r in p.roles)):
                continue
            pc = self.country_of(p)
            if country and pc and pc != country:
                continue
            if country and not pc:
                continue
            if female is True and not any(_is_female_role(r) for r in p.roles):
                continue
            if female is False and p.roles and all(_is_female_role(r) for r in p.roles):
                continue
            out.append(p)
        return out

    @staticmethod
    def country_of(p: _Person) -> Optional[str]:
        if not p.countries:
            return None
        return max(dict.fromkeys(p.countries), key=p.countries.count)

    def recency(self, persons: list[_Person], pos: int) -> list[_Person]:
        """Persons ordered: most recently named before pos first, then the next named after it."""
        if self._positions is None:
            self._positions = {}
            for c in self.cands:
                p = getattr(c, "person", None)
                if p is not None:
                    self._positions.setdefault(id(p), []).append(c.start)
            for starts in self._positions.values():
                starts.sort()
        before, after = [], []
        for p in persons:
            starts = self._positions.get(id(p), [])
            k = bisect_left(starts, pos)
            if k:
                before.append((-starts[k - 1], p))
            elif starts:
                after.append((starts[0], p))
        return [p for _, p in sorted(before, key=lambda x: x[0])] + \
            [p for _, p in sorted(after, key=lambda x: x[0])]

    def named_before(self, persons: list[_Person], pos: int) -> list[_Person]:
        """Those of the persons named before pos (a reference that resolved to them counts)."""
        return [p for p in persons if self._positions.get(id(p)) and self._positions[id(p)][0] < pos]

    def resolve_refs(self) -> None:
        """Each role-only reference to the named persons it denotes, or to a person of its own
        when a state or organisation qualifies it."""
        self.recency([], 0)  # index the positions of named persons
        synthetic: dict[tuple, _Person] = {}
        for idx, c in enumerate(self.cands):
            if c.kind != "roleref":
                continue
            ref = self.reference_role(idx, c)
            if ref is None:
                continue
            c.resolved_role = ref.role
            if self.apposition(idx, c, ref.role):
                continue
            found = self.referents(c, ref.role, ref.exclude)
            if len(found) < len(c.countries) and c.role.info.type == "office" \
                    and (c.state_class or len(c.countries) >= GROUP_OF_STATES) and not self.names_follow(idx, c):
                self.as_states(c)  # "die Außenminister Polens und Ungarns": the two states
                continue
            if not found and not c.plural and (c.country or c.org):
                found = [self.synthetic_person(ref.role, c, synthetic)]
            if not found and (group := office_group(self.scanner, c)) is not None:
                self.as_group(c, group)  # "die SP-Regierungschefs": one side of their own
                continue
            c.persons = found  # type: ignore[attr-defined]
            for p in found:  # a later "der Präsident" may refer back to this reference
                insort(self._positions.setdefault(id(p), []), c.start)

    def as_group(self, c: MentionCandidate, group: Entity) -> None:
        """Make a plural role reference a mention of a group actor, spanning the phrase without
        its determiner as organisation mentions do."""
        sc = self.scanner
        k = c.tok_start
        if sc.t(k).lower() in ROLE_DETERMINERS:
            k += 1
        c.tok_start, c.start = k, sc.toks.idx[k]
        c.kind, c.entity, c.ent_name, c.country = "entity", group, group.base, group.country

    def names_follow(self, idx: int, c: MentionCandidate) -> bool:
        """"die Außenminister Polens, Ungarns und Tschechiens, Anna Nowak, ...": the holders'
        names in apposition after a comma."""
        nxt = self.cands[idx + 1] if idx + 1 < len(self.cands) else None
        return nxt is not None and nxt.kind == "person" and self.scanner.t(c.tok_end) == "," \
            and nxt.tok_start == c.tok_end + 1

    def as_states(self, c: MentionCandidate) -> None:
        """A plural office reference that lists states ("die Regierungschefs Polens, Ungarns
        und Tschechiens") and whose holders the article does not name: news tells a meeting of
        states through their leaders, so the phrase is a mention of each state."""
        sc = self.scanner
        names = dict(self.lex.country_names)
        for k in range(c.tok_start, c.tok_end):  # the name the text uses ("Mazedonien")
            hit = sc.phrase_at(k)
            if hit and hit[1].kind == "country":
                names[hit[1].country] = hit[1].base
        c.kind = "states"
        c.entities = [Entity("country", iso, names.get(iso, iso), iso)  # type: ignore[attr-defined]
                      for iso in dict.fromkeys(c.countries)]

    def reference_role(self, idx: int, c: MentionCandidate) -> Optional[Reference]:
        """The role the reference at idx names; a colleague word takes its anchor's role and
        cannot be the anchor ("Scholz und sein Kollege"); None without an anchor."""
        role = c.role_base
        exclude: set[int] = set()
        if c.role.info.type == "relational":
            anchor = self.anchor_role(idx)
            if anchor is None:
                return None
            role = self.colleague_role(anchor[0], c.female)
            if anchor[1] is not None:
                exclude.add(id(anchor[1]))
            elif idx > 0:
                prev = self.cands[idx - 1]
                for p in getattr(prev, "persons", []):
                    exclude.add(id(p))
        return Reference(role, exclude)

    def apposition(self, idx: int, c: MentionCandidate, role: str) -> bool:
        """"Dmitri Peskow, der Sprecher des Kremls,": a reference right after a name and a comma
        is that person; True when it was."""
        prev = self.cands[idx - 1] if idx else None
        if prev is not None and prev.kind == "person" and c.role.info.type != "relational" \
                and self.scanner.t(prev.tok_end) == "," and c.tok_start == prev.tok_end + 1 \
                and not c.plural:
            p = prev.person  # type: ignore[attr-defined]
            c.persons = [p]  # type: ignore[attr-defined]
            add_role(p, role)
            if c.country:
                p.countries.append(c.country)
            return True
        return False

    def referents(self, c: MentionCandidate, role: str, exclude: set[int]) -> list[_Person]:
        """The named persons a reference denotes: one for each state it names, or as many as
        it counts ("die beiden Präsidenten"), the most recently named first.  A plural without a
        count refers back only: "Wir müssen mit den Bürgermeistern reden" before any mayor is
        named speaks of mayors at large, not of those an article quotes later."""
        found: list[_Person] = []
        if c.unlisted_states:
            return found  # "die Regierungschefs von zehn Staaten": not the two named before
        if c.countries:
            for iso in c.countries:
                cands = self.recency(self.candidates_for(role, c.female, iso, exclude), c.start)
                if cands:
                    found.append(cands[0])
                    exclude.add(id(cands[0]))
        else:
            want = c.count or (2 if c.plural else 1)
            cands = self.recency(self.candidates_for(role, None if c.plural else c.female,
                                                     c.country, exclude), c.start)
            if c.plural and c.count == 0:
                cands = self.named_before(cands, c.start)
                if len(cands) < 2:
                    cands = []
            if not c.plural:
                cands = self.unbound(cands, c)
                if len(cands) > 1 and self.named_together(cands[0], cands[1], c.start):
                    cands = []  # "Maas traf Seehofer. Der Minister ...": which one is not said
            found = cands[:want] if len(cands) >= want or not c.plural else []
        return found

    def last_named(self, p: _Person, pos: int) -> Optional[int]:
        """Where the person was last mentioned before char ``pos`` (None: not before)."""
        starts = self._positions.get(id(p), []) if self._positions else []
        k = bisect_left(starts, pos)
        return starts[k - 1] if k else None

    def unbound(self, cands: list[_Person], c: MentionCandidate) -> list[_Person]:
        """The candidates less those named before it as its co-arguments
        (``anaphors.binding_start``): "Maas traf den Minister" is someone else."""
        sc = self.scanner
        own = sc.toks.idx[binding_start(sc, c.tok_start)]
        return [p for p in cands if not own <= (self.last_named(p, c.start) or -1)]

    def named_together(self, a: _Person, b: _Person, pos: int) -> bool:
        """Were both last named before char ``pos`` in one sentence (equally near)?"""
        la, lb = self.last_named(a, pos), self.last_named(b, pos)
        if la is None or lb is None:
            return False
        starts = self.sentence_starts()
        return bisect_right(starts, la) == bisect_right(starts, lb)

    def sentence_starts(self) -> list[int]:
        if self._sentence_starts is None:
            sc = self.scanner
            self._sentence_starts = [sc.toks.idx[s] for s, e in sc.sent_bounds if s < e]
        return self._sentence_starts

    def person_mentions(self) -> list[tuple[int, int, _Person]]:
        """(token, sentence, person) of every mention of a person so far, in text order."""
        out = []
        for c in self.cands:
            if c.kind == "person":
                out.append((c.tok_start, c.sent, c.person))  # type: ignore[attr-defined]
            elif c.kind in ("roleref", "anaphor"):
                out.extend((c.tok_start, c.sent, p) for p in getattr(c, "persons", []))
        return sorted(out, key=lambda m: m[0])

    def resolve_anaphors(self) -> None:
        """"Franziskus landete in Havanna. Am Dienstag fliegt der 78-Jährige weiter.": a
        nominalised age or a noun of ``person_anaphors.tsv`` is a mention of the person named
        before it whom ``anaphors.antecedent`` picks; with none or two in reach, of nobody."""
        sc, nouns = self.scanner, self.lex.person_anaphors
        hits = possible_anaphors(sc.texts, nouns)
        if not hits:
            return
        names = {c.tok_start for c in self.cands if c.kind == "person"}
        mentions = self.person_mentions()
        ages, certain = self.stated_ages(), self.certain_persons()
        facts = PersonFacts(lambda p: p.female, lambda p: ages.get(id(p), set()), lambda p: id(p) in certain)
        unnamed = unnamed_ages(sc, hits)
        for i in hits:
            if sc.covered[i] or sc.blocked[i]:
                continue
            a = anaphor_at(sc, i, names)
            if a is None or any(sc.covered[k] for k in range(a.start, a.end)) or unnamed.get(a.age, i) < i:
                continue
            sent = sc.sent_of[i]
            earlier = mentions[:bisect_left(mentions, a.start, key=lambda m: m[0])]
            p = antecedent(a, sent, binding_start(sc, a.start), earlier, facts)
            if p is None:
                continue
            s, e = sc.span(a.start, a.end)
            c = MentionCandidate(s, e, a.start, a.end, sent, "anaphor", female=p.female)
            c.persons = [p]  # type: ignore[attr-defined]
            sc.add(c)
            insort(mentions, (a.start, sent, p), key=lambda m: m[0])

    def stated_ages(self) -> dict[int, set[int]]:
        """``id`` of a person -> the ages the text gives at its names ("Holmes (27)")."""
        out: dict[int, set[int]] = {}
        for c in self.cands:
            if c.kind == "person" and (age := stated_age(self.scanner, c.tok_start, c.tok_end)) is not None:
                out.setdefault(id(c.person), set()).add(age)  # type: ignore[attr-defined]
        return out

    def certain_persons(self) -> set[int]:
        """``id`` of each person named as a person for sure: with a role, a given name the lists
        know, or after a noun saying what the person is ("der Stürmer Soriano"); a pair of unknown
        capitalised words ("Lower Ninth") may be a place or a team."""
        out = {id(p) for p in self.persons if not p.synthetic and (
            p.roles or _is_first_name(p.name[0]) or p.name[0] in self.lex.family_first)}
        out.update(id(c.person) for c in self.cands if c.kind == "person" and c.from_role)  # type: ignore[attr-defined]
        return out

    def synthetic_person(self, role: str, c: MentionCandidate, synthetic: dict[tuple, _Person]) -> _Person:
        """The one unnamed holder of a qualified role ("der russische Verteidigungsminister")."""
        key = (fold(role), c.country, c.org)
        p = synthetic.get(key)
        if p is None:
            p = _Person((self.synthetic_name(role, c),), "", "", [role],
                        [c.country] if c.country else [], c.female, synthetic=True)
            synthetic[key] = p
            self.persons.append(p)
        return p

    def synthetic_name(self, role: str, c: MentionCandidate) -> str:
        if c.country and not c.org:
            stem = self.lex.adj_stem.get(c.country)
            if stem:
                fem = _is_female_role(role)
                return f"{stem}{'e' if fem else 'er'} {role}"
            return f"{role} ({self.lex.country_names.get(c.country, c.country)})"
        return f"{role} ({c.org})"

    # -- output -------------------------------------------------------------
    def build(self) -> tuple[list[Actor], list[Mention]]:
        """Each actor once (``A1``, ``A2``, ... in order of first mention) and every mention,
        one per actor a candidate denotes, sorted by place."""
        text = self.scanner.toks.doc_text  # doc.text is built anew on every access
        actors: list[Actor] = []
        by_key: dict[object, Actor] = {}
        names_seen: dict[object, list[str]] = {}
        mentions: list[Mention] = []
        for c in sorted(self.cands, key=lambda c: (c.start, -c.end)):
            if c.kind == "rolespan":
                c.resolved_role = c.owners[0].resolved_role  # type: ignore[attr-defined]
            for key, kind, name, country in self.targets(c):
                actor = by_key.get(key)
                if actor is None:
                    actor = Actor(id=f"A{len(actors) + 1}", name=name, kind=kind, country=country)
                    by_key[key] = actor
                    actors.append(actor)
                    names_seen[key] = []
                if kind != "person":
                    names_seen[key].append(name)
                role = c.resolved_role or (c.role_base if c.role and c.role.info.type != "relational" else None)
                m = Mention(c.start, c.end, text[c.start:c.end], actor.id,
                            role=role, country=c.country or country if kind == "person" else country,
                            kind=kind)
                actor.mentions.append(m)
                mentions.append(m)
        self.name_actors(by_key, names_seen)
        mentions.sort(key=lambda m: (m.start, m.end))
        return actors, mentions

    def targets(self, c: MentionCandidate) -> list[Target]:
        """The actors a candidate is a mention of."""
        if c.kind in MENTION_OF_PERSONS:
            if c.kind == "person":
                people = [c.person]  # type: ignore[attr-defined]
            elif c.kind == "rolespan":
                people = [o.person for o in c.owners]  # type: ignore[attr-defined]
            else:
                people = getattr(c, "persons", [])
            return [Target(id(p), "person", " ".join(p.name), self.country_of(p)) for p in people]
        ents = c.entities if c.kind == "states" else [c.entity]  # type: ignore[attr-defined]
        return [Target((ent.kind, ent.key), ent.kind, ent.base, ent.country) for ent in ents]

    def name_actors(self, by_key: dict[object, Actor], names_seen: dict[object, list[str]]) -> None:
        """A person's fullest name, roles and country; an organisation's or place's fullest name
        the article gives, in its nominative."""
        persons = {id(p): p for p in self.persons}
        for key, actor in by_key.items():
            if actor.kind == "person":
                p = persons[key]
                actor.roles = list(p.roles)
                actor.country = self.country_of(p)
                actor.name = " ".join(p.name)
            else:
                actor.name = max(names_seen[key], key=len) if names_seen[key] else actor.name


def _listed(sc, b: int, a: int) -> bool:
    """A comma between two names is a list only when the list goes on with a comma or a
    conjunction on the new name's far side, or ends in "und"/"sowie" after the known one
    ("Hoeneß, Rummenigge, Franz Beckenbauer und Karl Hopfner"); an apposition or a clause
    boundary ("sagte Faymann, Wien ...") is not."""
    far = b - 1 if b < a else b + 1
    return sc.t(far) in CONJUNCTIONS or sc.t(far) == "," or (b < a and sc.t(far).lower() in LIST_OPENERS)
