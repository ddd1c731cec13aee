"""Language data: the closed word classes of each language the rules read (``de``)."""
