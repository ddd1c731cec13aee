"""The project's spaCy components, one stage a module or a package of its steps.

segmenter -> lemmas (embedded only) -> actors -> times -> events

``triggers`` (the contact-word lexicon) sits below actors and events, which both read it.
"""
