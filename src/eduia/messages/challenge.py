"""Messages of :mod:`eduia.challenge` (the class AI challenge)."""

MESSAGES = {
    "challenge.not_text": (
        "Fichier refusé : ce n'est pas un fichier texte CSV (enregistre-le en « CSV UTF-8 »).",
        "File refused: this is not a CSV text file (save it as “CSV UTF-8”).",
    ),
    "challenge.too_large": (
        (
            "Fichier refusé : il est trop gros ({size} octets, au plus {limit}). "
            "Il ne doit contenir que les colonnes id et prediction."
        ),
        (
            "File refused: it is too large ({size} bytes, at most {limit}). "
            "It must hold only the columns id and prediction."
        ),
    ),
    "challenge.empty": (
        "Fichier refusé : il est vide.",
        "File refused: it is empty.",
    ),
    "challenge.bad_header": (
        (
            "Fichier refusé, ligne 1 : la première ligne doit être « id,prediction » "
            "(ou « id;prediction »), j'ai trouvé « {found} »."
        ),
        (
            "File refused, line 1: the first line must be “id,prediction” "
            "(or “id;prediction”), found “{found}”."
        ),
    ),
    "challenge.bad_fields": (
        "Fichier refusé, ligne {line} : il faut exactement deux valeurs séparées par « {separator} ».",
        "File refused, line {line}: exactly two values separated by “{separator}” are needed.",
    ),
    "challenge.formula": (
        (
            "Fichier refusé, ligne {line} : une case commence par =, +, - ou @ (une formule de "
            "tableur). Mets seulement l'identifiant et 0 ou 1."
        ),
        (
            "File refused, line {line}: a cell starts with =, +, - or @ (a spreadsheet formula). "
            "Put only the id and 0 or 1."
        ),
    ),
    "challenge.unknown_id": (
        "Fichier refusé, ligne {line} : l'identifiant « {id} » n'est pas dans test.csv.",
        "File refused, line {line}: the id “{id}” is not in test.csv.",
    ),
    "challenge.duplicate_id": (
        "Fichier refusé, ligne {line} : l'identifiant « {id} » apparaît déjà plus haut.",
        "File refused, line {line}: the id “{id}” already appears above.",
    ),
    "challenge.bad_value": (
        "Fichier refusé, ligne {line} : la prédiction doit être 0 ou 1, j'ai trouvé « {value} ».",
        "File refused, line {line}: the prediction must be 0 or 1, found “{value}”.",
    ),
    "challenge.missing_ids": (
        "Fichier refusé : il manque {count} identifiant(s) de test.csv (par exemple « {example} »).",
        "File refused: {count} id(s) of test.csv are missing (for example “{example}”).",
    ),
    "challenge.metric_explained": (
        (
            "Le score compte les erreurs avec un coût : une alerte manquée (un feu que l'IA n'a pas "
            "annoncé) coûte {missed} points, une fausse alerte coûte {false_alarm} point. Les feux sont "
            "rares (moins de 4 % des jours-stations) : « toujours non » aurait 96 % de bonnes réponses "
            "mais ne sert à rien. Le score vaut 100 × (1 − coût de l'IA / coût de « toujours non ») : "
            "0 pour « toujours non », 100 pour une IA parfaite, moins de 0 si l'IA fait pire."
        ),
        (
            "The score counts errors with a cost: a missed alert (a fire the AI did not announce) "
            "costs {missed} points, a false alarm costs {false_alarm} point. Fires are rare (under 4 % "
            "of station-days): “always no” would be 96 % right but useless. The score is "
            "100 × (1 − AI's cost / cost of “always no”): 0 for “always no”, 100 for a perfect AI, "
            "below 0 if the AI does worse."
        ),
    ),
    "challenge.bad_team_name": (
        (
            "Nom d'équipe refusé : « {name} ». Choisis un pseudonyme (lettres, chiffres, - ou _, "
            "30 caractères au plus), jamais un nom d'élève."
        ),
        (
            "Team name refused: “{name}”. Choose a pseudonym (letters, digits, - or _, "
            "at most 30 characters), never a pupil's name."
        ),
    ),
    "challenge.unknown_team": (
        "Équipe inconnue : « {name} ». Demande à ton professeur le nom de ton équipe.",
        "Unknown team: “{name}”. Ask your teacher for your team's name.",
    ),
    "challenge.limit_reached": (
        (
            "Soumission refusée : ton équipe a déjà envoyé {limit} fichiers pendant cette séance. "
            "Garde tes idées pour la prochaine !"
        ),
        (
            "Submission refused: your team already sent {limit} files this session. "
            "Keep your ideas for the next one!"
        ),
    ),
    "challenge.bad_pick": (
        "Choix refusé : choisis une ou deux de tes soumissions, par leur numéro.",
        "Choice refused: choose one or two of your submissions, by their number.",
    ),
    "challenge.bundle_other_solution": (
        "Fichier de classe refusé : « {bundle} » a été fait sur une autre solution que celle de la région.",
        "Class bundle refused: “{bundle}” was made on another solution than the region's.",
    ),
    "challenge.bundle_tampered": (
        (
            "Fichier de classe refusé : dans « {bundle} », le score de l'équipe « {team} » ne "
            "correspond pas à ses prédictions."
        ),
        "Class bundle refused: in “{bundle}”, team “{team}”'s score does not match its predictions.",
    ),
    "challenge.bundle_unreadable": (
        "Fichier de classe refusé : « {bundle} » est illisible ou incomplet.",
        "Class bundle refused: “{bundle}” is unreadable or incomplete.",
    ),
    "challenge.help": ("le challenge IA de la classe", "the class AI challenge"),
    "challenge.help_create": ("créer un challenge dans DOSSIER", "create a challenge in DIR"),
    "challenge.help_teams": ("créer les équipes (pseudonymes)", "create the teams (pseudonyms)"),
    "challenge.help_submit": (
        "enregistrer le fichier de prédictions d'une équipe",
        "record a team's predictions file",
    ),
    "challenge.help_pick": (
        "choisir une ou deux soumissions finales",
        "choose one or two final submissions",
    ),
    "challenge.help_board": ("afficher le classement", "show the board"),
    "challenge.help_reveal": ("révéler le classement privé", "reveal the private board"),
    "challenge.help_export": (
        "écrire le fichier anonyme de la classe",
        "write the class's anonymous bundle",
    ),
    "challenge.help_region": ("fusionner les fichiers des classes", "merge the classes' bundles"),
    "challenge.file_missing": ("Fichier introuvable : « {file} ».", "File not found: “{file}”."),
    "challenge.accepted": (
        "Soumission n° {numero} acceptée : score public {score_public}. Soumissions restantes : {restantes}.",
        "Submission no. {numero} accepted: public score {score_public}. Submissions left: {restantes}.",
    ),
    "challenge.rules": (
        (
            "Règles du challenge. Entraîne ton IA sur entrainement.csv (la colonne {label} vaut 1 "
            "s'il y a eu un départ de feu à moins de 10 km de la station ce jour-là). Prédis {label} "
            "pour chaque ligne de test.csv, puis rends un fichier CSV de deux colonnes, id et "
            "prediction (0 ou 1), avec « , » ou « ; ». Les jours de test sont des semaines entières "
            "que ton IA n'a jamais vues : valide-la de la même façon, par blocs de jours. Une partie "
            "des lignes de test donne le classement public ; l'autre, cachée, donne le classement "
            "final, révélé à la fin. Seules tes prédictions sont envoyées, jamais ton code."
        ),
        (
            "Challenge rules. Train your AI on entrainement.csv (the column {label} is 1 when a "
            "fire started within 10 km of the station that day). Predict {label} for each row of "
            "test.csv, then hand in a CSV file of two columns, id and prediction (0 or 1), with “,” "
            "or “;”. Test days are whole weeks your AI has never seen: validate it the same way, by "
            "blocks of days. Part of the test rows gives the public board; the other, hidden, gives "
            "the final board, revealed at the end. Only your predictions are sent, never your code."
        ),
    ),
    "challenge.length_mismatch": (
        "Il y a {ids} identifiants mais {predictions} prédictions : il en faut une par ligne de test.csv.",
        "There are {ids} ids but {predictions} predictions: one per row of test.csv is needed.",
    ),
    "challenge.baseline_never": ("« toujours non »", "“always no”"),
}
