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
    "accessibility.option_large_text": (
        "texte plus grand dans JupyterLab : leçons, code, menus et terrains de jeu (gardé pour les fois suivantes)",
        "larger text in JupyterLab: lessons, code, menus and playgrounds (kept for the next times)",
    ),
    "accessibility.option_normal_text": (
        "revenir à la taille de texte habituelle de JupyterLab",
        "go back to JupyterLab's usual text size",
    ),
    "accessibility.large_text_on": (
        "Grand texte activé : JupyterLab affichera le texte plus grand.",
        "Large text on: JupyterLab will show larger text.",
    ),
    "accessibility.large_text_off": (
        "Texte de taille habituelle : les réglages de grand texte sont retirés.",
        "Usual text size: the large-text settings are removed.",
    ),
}
