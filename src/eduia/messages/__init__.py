"""The catalogue of eduia's messages, one module per domain (see :mod:`eduia.i18n`)."""
