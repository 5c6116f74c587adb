"""Teacher tooling around nbgrader: the course folder, the class roster, grading, marks /20.

nbgrader does the work; this package makes it fit a French classroom and survive real pupils:

- :func:`eduia.course.folder.init_course` creates an nbgrader course folder with a French
  ``nbgrader_config.py`` and the lesson sources;
- :func:`eduia.course.roster.import_roster` imports a class list exported by the school;
- :func:`eduia.course.grading.autograde` grades every submission, in parallel if asked, and
  reports each broken notebook in a French summary instead of stopping;
- :func:`eduia.course.feedback.generate_feedback` writes the pupils' feedback without hidden tests;
- :func:`eduia.course.export.export_marks` writes the marks out of 20 for French spreadsheets.

Nothing here is imported by ``import eduia``; nbgrader is imported by the submodules only.

Examples
--------
>>> from eduia.course.folder import init_course
>>> init_course("ma-classe", course_id="seconde-3")  # doctest: +SKIP
"""

from __future__ import annotations

__all__ = ["export", "feedback", "folder", "grading", "roster"]
