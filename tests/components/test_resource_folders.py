"""The ``resources`` setting of german_actors, german_times and contact_events: a component
reads its lexicons from the folder it names (default: the packaged ``resources/de``)."""
from __future__ import annotations

import shutil

import pytest

from extractor.pipeline import build_embedded
from extractor.resources import DATA_DIR

TEXT = ("Am Montag gab es einen Plausch zwischen Olaf Scholz und Emmanuel Macron. "
        "Der Quorxrat kritisierte das.")
COMPONENTS = ("german_actors", "german_times", "contact_events")


@pytest.fixture(scope="module")
def changed_copy(tmp_path_factory):
    """The packaged folder, copied, with one changed row per component's lexicon."""
    root = tmp_path_factory.mktemp("resources") / "de"
    shutil.copytree(DATA_DIR, root)
    with open(root / "contact_nouns.tsv", "a", encoding="utf-8") as fh:  # a new contact noun
        fh.write("Plausch\tPlausch,Plauschs,Plausche,Plauschen\ttalk\tnone\tno\t\tEin Plausch zwischen A und B ...\n")
    with open(root / "organisations.tsv", "a", encoding="utf-8") as fh:  # a new Austrian organisation
        fh.write("Quorxrat\tngo\tAUT\t\t\n")
    weekdays = root / "times" / "normalization" / "normWeekday.tsv"  # Montag as Wednesday
    weekdays.write_text(weekdays.read_text(encoding="utf-8").replace("montag\t1", "montag\t3", 1), encoding="utf-8")
    return root


def _pipeline(resources=None):
    nlp = build_embedded()
    if resources is not None:
        for name in COMPONENTS:
            nlp.replace_pipe(name, name, config={"resources": str(resources)})
    return nlp


def _read(nlp):
    doc = nlp(TEXT)
    orgs = [(a.name, a.country) for a in doc._.actors if a.kind == "organization"]
    return [(e.type, e.date.value if e.date else None) for e in doc._.events], orgs


def test_default_resources_are_the_packaged_folder():
    from extractor.components.actors.lexicon import lexicon
    from extractor.components.times import grammar
    from extractor.components.triggers import trigger_lexicon
    nlp = build_embedded()
    for name in COMPONENTS:
        assert nlp.get_pipe_config(name)["resources"] is None
        assert nlp.get_pipe(name).resources is None
    assert nlp.get_pipe("contact_events").lexicon is trigger_lexicon(DATA_DIR)
    assert nlp.get_pipe("german_actors").lexicon is lexicon(DATA_DIR)
    assert nlp.get_pipe("german_times").grammar is grammar(DATA_DIR)


def test_components_read_the_configured_folder(changed_copy):
    assert _read(_pipeline()) == ([], [])  # packaged: "Plausch" is no contact word
    assert _read(_pipeline(changed_copy)) == ([("talk", "XXXX-WXX-3")], [("Quorxrat", "AUT")])


def test_two_folders_in_one_process_do_not_mix(changed_copy):
    """The rule steps call the loaders without a folder and cache word answers: both follow the
    component running, so pipelines of two folders alternate without reading each other's."""
    default, changed = _pipeline(), _pipeline(changed_copy)
    for _ in range(2):
        assert _read(changed) == ([("talk", "XXXX-WXX-3")], [("Quorxrat", "AUT")])
        assert _read(default) == ([], [])


def test_initialize_reloads_from_the_configured_folder(changed_copy):
    from extractor.components.triggers import trigger_lexicon
    nlp = _pipeline(changed_copy)
    nlp.initialize()  # spaCy's own call: loads the lexicons of the configured folder
    events = nlp.get_pipe("contact_events")
    assert events.lexicon is trigger_lexicon(changed_copy) is not trigger_lexicon(DATA_DIR)
    assert events.lexicon.noun("Plausch") is not None and trigger_lexicon().noun("Plausch") is None


def test_config_round_trip_keeps_the_folder(changed_copy):
    import spacy
    nlp = _pipeline(changed_copy)
    again = spacy.util.load_model_from_config(nlp.config, auto_fill=True)
    assert str(again.get_pipe("contact_events").resources) == str(changed_copy.resolve())


def test_a_missing_folder_is_an_error(tmp_path):
    from extractor.errors import ResourceError
    import spacy
    nlp = spacy.blank("de")
    with pytest.raises(ResourceError, match="does not exist"):
        nlp.add_pipe("contact_events", config={"resources": str(tmp_path / "nowhere")})


def test_two_folders_at_once_in_threads_is_an_error(changed_copy):
    """The actor word caches are shared by a process's threads: a second folder while one is
    running is refused, not mixed."""
    import threading

    from extractor.errors import ResourceError
    from extractor.resources import resource_folder, using_resources
    inside, leave, seen = threading.Event(), threading.Event(), []

    def hold_copy():
        with using_resources(resource_folder(changed_copy)):
            inside.set()
            leave.wait(5)
    worker = threading.Thread(target=hold_copy)
    worker.start()
    inside.wait(5)
    try:
        with pytest.raises(ResourceError, match="another resource folder is in use"):
            with using_resources(None):
                seen.append("ran")
    finally:
        leave.set()
        worker.join()
    assert seen == []
    with using_resources(None):  # once the other thread is done, the packaged folder runs again
        seen.append("ran")
    assert seen == ["ran"]
