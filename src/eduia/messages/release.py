"""Messages of the lesson build (``python -m eduia.release``)."""

MESSAGES = {
    "release.description": (
        (
            "Génère les versions élèves des leçons (notebooks/release) à partir des sources "
            "nbgrader (notebooks/source)."
        ),
        (
            "Generates the pupil versions of the lessons (notebooks/release) from the nbgrader "
            "sources (notebooks/source)."
        ),
    ),
    "release.check_help": (
        "ne rien écrire ; sortir avec le code 1 si une version élève n'est pas à jour",
        "write nothing; exit with code 1 when a pupil version is out of date",
    ),
    "release.root_help": (
        "dossier du dépôt (par défaut : celui d'eduia)",
        "repository folder (default: eduia's own)",
    ),
    "release.written": ("Écrit : {path}", "Written: {path}"),
    "release.up_to_date": (
        "{count} {count:plural:version élève est à jour|versions élèves sont à jour}.",
        "{count} {count:plural:pupil version is|pupil versions are} up to date.",
    ),
    "release.stale": (
        "Pas à jour : {path}",
        "Out of date: {path}",
    ),
    "release.stale_advice": (
        "Lancez « python -m eduia.release » pour régénérer les versions élèves.",
        "Run “python -m eduia.release” to regenerate the pupil versions.",
    ),
    "release.orphan": (
        "Version élève sans source : {path}",
        "Pupil version without a source: {path}",
    ),
    "release.no_sources": (
        "Aucune leçon source trouvée dans {path}.",
        "No source lesson found in {path}.",
    ),
    "release.invalid_source": (
        "Leçon source invalide {path} : {error}",
        "Invalid source lesson {path}: {error}",
    ),
}
