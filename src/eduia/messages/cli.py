"""Messages of the ``eduia`` command itself."""

MESSAGES = {
    "cli.description": (
        "eduia : des leçons d'intelligence artificielle sur les données de la Région Sud.",
        "eduia: artificial intelligence lessons on the data of the Région Sud.",
    ),
    "cli.version_help": ("afficher la version et quitter", "show the version and exit"),
    "cli.unknown_command": (
        "Commande inconnue : {command}. Tapez « eduia --help » pour la liste des commandes.",
        "Unknown command: {command}. Type “eduia --help” for the list of commands.",
    ),
    "cli.interrupted": ("Interrompu.", "Interrupted."),
    "cli.system_error": (
        "Impossible de continuer : {reason}. Rien d'autre n'a été modifié.",
        "Cannot go on: {reason}. Nothing else was changed.",
    ),
    "cli.system_error_on": (
        (
            "Impossible d'utiliser « {path} » : {reason}. Vérifiez le chemin (un dossier existant, "
            "où vous avez le droit d'écrire), puis relancez la commande."
        ),
        (
            "Cannot use “{path}”: {reason}. Check the path (an existing folder you may write to), "
            "then run the command again."
        ),
    ),
    "cli.usage_error": ("erreur : {message}", "error: {message}"),
    "cli.invalid_timeout": (
        (
            "« {value} » n'est pas une durée valable : donnez un nombre entier de secondes, "
            "plus grand que 0 (par exemple 120)."
        ),
        (
            "“{value}” is not a valid duration: give a whole number of seconds, above 0 "
            "(for example 120)."
        ),
    ),
}
