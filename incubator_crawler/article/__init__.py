"""From page bytes to raw article fields.

The shared layer: ``page`` (the parse and the block walk), ``labels`` (the grammar of labelled
lines), ``text`` (helpers every field shares), ``encoding`` and ``sniff`` (bytes to text).
"""
