"""Messages of the playgrounds' accessibility layer (:mod:`eduia.playgrounds._widget`)."""

MESSAGES = {
    "accessibility.figure_alt": (
        "Graphique « {title} » : ce qu'il montre est écrit en mots juste en dessous.",
        "Chart « {title} »: what it shows is written in words just below.",
    ),
    "accessibility.no_summary": (
        "Le graphique est à jour pour : {values}.",
        "The chart is up to date for: {values}.",
    ),
}
