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
    # argparse's own sentences, keyed by cli.ARGPARSE_MESSAGES (English: argparse's wording)
    "cli.argparse_usage": ("utilisation : ", "usage: "),
    # argparse writes « title: »; the trailing space gives the French « titre : »
    "cli.argparse_positionals": ("arguments obligatoires ", "positional arguments"),
    "cli.argparse_options": ("options ", "options"),
    "cli.argparse_help": ("afficher cette aide et quitter", "show this help message and exit"),
    "cli.argparse_required": (
        "il manque ces arguments : %s",
        "the following arguments are required: %s",
    ),
    "cli.argparse_unrecognized": ("arguments inconnus : %s", "unrecognized arguments: %s"),
    "cli.argparse_invalid_choice": (
        "choix impossible : %(value)r (choisissez parmi %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse_argument": (
        "argument %(argument_name)s : %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "cli.argparse_expected_one": ("il faut une valeur", "expected one argument"),
    "cli.argparse_expected_at_least_one": (
        "il faut au moins une valeur",
        "expected at least one argument",
    ),
    "cli.argparse_expected_at_most_one": (
        "il faut au plus une valeur",
        "expected at most one argument",
    ),
    "cli.argparse_expected_n_one": ("il faut %s valeur", "expected %s argument"),
    "cli.argparse_expected_n_many": ("il faut %s valeurs", "expected %s arguments"),
    "cli.argparse_invalid_value": (
        "valeur impossible (%(type)s attendu) : %(value)r",
        "invalid %(type)s value: %(value)r",
    ),
    "cli.argparse_ambiguous": (
        "option ambiguë : %(option)s peut désigner %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "cli.argparse_not_allowed_with": (
        "impossible avec l'argument %s",
        "not allowed with argument %s",
    ),
    "cli.argparse_one_required": (
        "il faut l'un de ces arguments : %s",
        "one of the arguments %s is required",
    ),
    "cli.argparse_ignored_explicit": (
        "valeur en trop, ignorée : %r",
        "ignored explicit argument %r",
    ),
    "cli.argparse_cannot_open": (
        "impossible d'ouvrir « %(filename)s » : %(error)s",
        "can't open '%(filename)s': %(error)s",
    ),
    "cli.argparse_unknown_parser": (
        "commande inconnue : %(parser_name)r (choix : %(choices)s)",
        "unknown parser %(parser_name)r (choices: %(choices)s)",
    ),
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
