"""The visible self-check exercises of each lesson, one module per lesson: ``lesson_NN``.

Each module is written by the lesson's author and only declares :class:`~eduia.checks.Exercise`
objects (expected values or test cases, hints, solution text). Hidden tests never live here:
they stay in the source notebooks, which are not shipped to pupils.

Examples
--------
>>> from eduia.checks.exercises import lesson_03 as exercices  # doctest: +SKIP
>>> exercices.predire.hint()  # doctest: +SKIP
"""
