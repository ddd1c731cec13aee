"""The project's spaCy components, one stage a module.

segmenter -> lemmas (embedded only) -> actors -> times -> events
"""
