"""From page bytes to raw article fields, one module per field.

``extract.extract_article`` parses (``page``), walks the page into blocks, finds the labelled
meta line (``meta_line``, with the grammar of ``labels``) and calls each field's chain; each field
module (``title``, ``published``, ``people``, ``category``, ``body``, ``images``) owns both where
its field is found and how it is cleaned, so the pipelines call the same module. ``encoding`` and
``sniff`` turn response bytes into text; ``text`` holds the helpers every field shares.
"""
