"""The size of the model's sentence vectors, apart from the encoder so that what only stores or
counts vectors (the Passage model, a search server's mapping) loads no numpy at boot."""

DIMENSIONS = 384
