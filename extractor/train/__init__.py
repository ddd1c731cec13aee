"""Training the statistical parts of the embedded pipeline from open data (``python -m extractor.train``)."""
