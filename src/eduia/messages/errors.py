"""Messages of :mod:`eduia.errors`: the short display of every eduia error in a lesson."""

MESSAGES = {
    "errors.title": ("À corriger", "To fix"),
    "errors.details": (
        "Le détail technique, pour les curieux : exécute %tb dans une nouvelle cellule.",
        "The technical details, for the curious: run %tb in a new cell.",
    ),
}
