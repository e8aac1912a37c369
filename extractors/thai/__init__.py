"""Thai script: facts (`script`), normalisation, valid syllables (`validity`), text-layer quality, PyThaiNLP offline (`nlp`)."""
