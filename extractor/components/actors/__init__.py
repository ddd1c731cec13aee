"""German actor recognition and within-document resolution.

Sets ``doc._.mentions`` (every place in the text that refers to an actor,
sorted by start) and ``doc._.actors`` (each actor once, ``A1``, ``A2``, ...).

The steps, in pipeline order (one module each):

0. ``lexicon``: the lexicons under ``resources/de`` compiled once into
   dictionaries (the closed word classes, determiners, name particles, endings, are
   ``extractor.lang.de``); ``words`` holds the cached tests on one token
   (``role_of``, ``is_place_noun``, the shape of a name).
1. ``scanner``: a left-to-right pass over each sentence with dictionary lookups
   only, over the shared state of ``document``.  At each token it tries
   * ``roles``: role phrases: ``der russische Präsident``, ``US-Verteidigungsminister``,
     ``Frankreichs Außenminister``, ``sein US-Kollege``, ``die Verteidigungsminister
     von Russland und der USA``, ``den Amtskollegen aus Frankreich (Sébastien
     Lecornu)``, optionally followed by a name;
   * ``names``: person names: a first name (or East Asian family name) followed by
     capitalised tokens, name particles (``von der``, ``bin``, ``al-``), two
     unknown capitalised tokens, or a capitalised token after a role or a form
     of address; a capitalised token is a name candidate only when it is not a
     known German word form (``german_lemma_table``) or stands after a first
     name/role;
   * ``organisations``: states, capitals (as governments), organisations and institutions.
2. ``model_entities``: with ``de_core_news_lg`` its PER and ORG entities are added
   where the rules found nothing; where they overlap a rule mention the rules win.
3. ``resolver``: names are clustered by surname (``Biden`` joins ``Joe Biden``);
   surnames and organisation names found in step 1 are looked up everywhere else
   (``Austin``, genitive ``Putins``/``Scholz'``, also inside compounds such as
   ``Putin-Biden-Telefonat``); a definite class noun (``der Konzern``, ``seiner Partei``,
   a compound such as ``der Energiekonzern``) is a mention of the one organisation of its
   class named just before, and a state's people in the plural (``den Italienern``) of the
   one business of that state named before (``class_nouns``);
   colleague words take the role of the person they
   relate to; role-only references are resolved by role, country, gender and
   recency (nobody when two holders were named in one sentence, never a
   co-argument of their own clause); a nominalised age (``der 78-Jährige``)
   or a noun of ``person_anaphors.tsv`` (``den Wahlsieger``) is a mention of
   the person it refers back to (``anaphors``); then each actor is built once
   with its mentions.
4. ``component``: the ``german_actors`` factory; ``__call__`` finds, then sets
   the annotations.  ``lookup`` answers which actors lie at a place of the text
   (for the event stage).

Mention spans (what the event extractor can rely on):
* a named person: the name (``Lloyd Austin`` in ``der US-Verteidigungsminister
  Lloyd Austin``), and the role phrase before it as a second mention of the same
  actor (``der US-Verteidigungsminister``); role and country are on both;
* a role-only reference: the whole noun phrase with its determiner,
  adjectives and qualifiers (``sein russischer Kollege``, ``Russlands
  Verteidigungsminister``, ``einer Sprecherin des US-Verteidigungsministeriums``);
* a phrase naming several persons (``die Verteidigungsminister von Russland und
  der USA``, ``den beiden Präsidenten``): one Mention per actor over the same
  whole phrase; use ``actors_at``/``mentions_in`` to get all of them;
* states, cities and organisations: the name without its article
  (``Pentagon``, ``USA``, ``Moskau``); genitives keep their ending (``Russlands``).
Qualifiers inside a role phrase (``US-``, ``aus Frankreich``, ``des Kremls``)
are attributes of that mention, not mentions of their own.  A place after a
locative preposition (``in Moskau``) and a dateline (``Moskau/Washington –``)
are not actors.

A role-only reference that cannot be resolved to a named person becomes an
actor of its own only when a state or organisation qualifies it (``der
russische Verteidigungsminister`` -> actor "russischer Verteidigungsminister");
an unqualified one (``der Minister``) is dropped.  Text in META, BYLINE and
CREDIT segments never yields actors.
"""
from __future__ import annotations

from .component import ActorRecognizer, find_actors, make_actors
from .lexicon import Entity, Lexicon, RoleInfo, RoleMatch, lexicon
from .lookup import actor_at, actor_by_id, actors_at, mentions_in
from .words import _elided_role, abbreviation_definitions, fold, is_place_noun, person_sex, role_of

__all__ = [
    "ActorRecognizer", "Entity", "Lexicon", "RoleInfo", "RoleMatch", "_elided_role", "abbreviation_definitions",
    "actor_at", "actor_by_id", "actors_at", "find_actors", "fold", "is_place_noun", "lexicon", "make_actors",
    "mentions_in", "person_sex", "role_of",
]
