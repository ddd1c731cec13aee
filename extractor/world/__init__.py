"""Across articles: one world event per real-world contact act, with every report of it (issue 18).

A layer above the per-article extractor; it reads the records ``extract`` wrote.
Its modules are the steps, each importing only those before it:

``keys``      normalisation: records -> reports (participant key, days the act can lie on)
``rules``     the matching rules: may a report join a cluster?
``merge``     a cluster -> a world event (type, participants, date, status history, reports)
``grouping``  clustering in memory; streaming on disk (spill, reduce, merge) locally or on Dask
``score``     B-cubed and event-count error against gold clusters
``views``     the world-event dyad table (CSV/Parquet) and the HTML page
``run``       the ``extract events`` command's work

docs/world.md describes the rules and the output.
"""
from .grouping import group_files, group_records, group_reports
from .keys import reports_from_record
from .score import load_gold, score

__all__ = ["group_files", "group_records", "group_reports", "reports_from_record", "load_gold", "score"]
