"""Self-contained HTML pages (inline CSS and JS, no network): article views and evaluation reports.

``extractor.render`` is the entry point; these modules build the page text.
"""
