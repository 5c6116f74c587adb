"""The sub-commands of ``eduia``, one module each (see :mod:`eduia.cli`)."""
