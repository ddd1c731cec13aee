"""Pipeline loading: the fallback to the embedded pipeline and the model path."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

from extractor import pipeline
from extractor.errors import ModelError


def test_pipeline_falls_back_to_embedded_and_says_so_once(capsys, monkeypatch):
    monkeypatch.setattr(pipeline, "_announced", False)
    nlp, info = pipeline.load_pipeline()
    nlp2, _ = pipeline.load_pipeline()
    err = capsys.readouterr().err
    if info.embedded:
        assert err.count("embedded German pipeline") == 1
        assert "python -m spacy download de_core_news_lg" in err
        assert info.name == pipeline.EMBEDDED_NAME
    assert nlp.pipe_names[-3:] == ["german_actors", "german_times", "contact_events"]


def test_pipeline_unknown_explicit_model_is_a_clear_error():
    with pytest.raises(ModelError) as err:
        pipeline.load_pipeline("de_no_such_model_xyz")
    assert "de_no_such_model_xyz" in str(err.value)


def test_pipeline_components_are_found_through_entry_points():
    # A fresh interpreter: only the installed entry points make the factory known.
    code = ("import spacy; nlp = spacy.blank('de'); nlp.add_pipe('contact_events'); "
            "print(','.join(nlp.pipe_names))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "contact_events" in out


def test_pipeline_project_components_go_on_top_of_a_loaded_pipeline():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    pipeline.add_project_components(nlp)
    assert nlp.pipe_names.index("german_segmenter") < nlp.pipe_names.index("sentencizer")
    assert nlp.pipe_names[-1] == "contact_events"
