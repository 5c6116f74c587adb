"""Messages of :mod:`eduia.challenge` (the class AI challenge)."""

MESSAGES = {
    "challenge.not_text": (
        "Fichier refusé : ce n'est pas un fichier texte CSV (enregistre-le en « CSV UTF-8 »).",
        "File refused: this is not a CSV text file (save it as “CSV UTF-8”).",
    ),
    "challenge.too_large": (
        (
            "Fichier refusé : il est trop gros ({size} {size:plural:octet|octets}, au plus {limit}). "
            "Il ne doit contenir que les colonnes id et prediction."
        ),
        (
            "File refused: it is too large ({size} {size:plural:byte|bytes}, at most {limit}). "
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
        "Fichier refusé : il manque {count} {count:plural:identifiant|identifiants} de test.csv (par exemple « {example} »).",
        "File refused: {count} {count:plural:id|ids} of test.csv {count:plural:is|are} missing (for example “{example}”).",
    ),
    "challenge.metric_explained": (
        (
            "Le score compte les erreurs avec un coût : une alerte manquée (un feu que l'IA n'a pas "
            "annoncé) coûte {missed} {missed:plural:point|points}, une fausse alerte coûte {false_alarm} {false_alarm:plural:point|points}. Les feux sont "
            "rares (moins de 4 % des jours-stations) : « toujours non » aurait 96 % de bonnes réponses "
            "mais ne sert à rien. Le score vaut 100 × (1 − coût de l'IA / coût de « toujours non ») : "
            "0 pour « toujours non », 100 pour une IA parfaite, moins de 0 si l'IA fait pire."
        ),
        (
            "The score counts errors with a cost: a missed alert (a fire the AI did not announce) "
            "costs {missed} {missed:plural:point|points}, a false alarm costs {false_alarm} {false_alarm:plural:point|points}. Fires are rare (under 4 % "
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
            "Soumission refusée : ton équipe a déjà envoyé {limit} {limit:plural:fichier|fichiers} pendant cette séance. "
            "Garde tes idées pour la prochaine !"
        ),
        (
            "Submission refused: your team already sent {limit} {limit:plural:file|files} this session. "
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
            "final, révélé à la fin. Ton IA n'utilise que ces deux fichiers : les feux réels de ces "
            "jours, lus dans un autre tableau (comme feux_meteo_jour), sont la réponse, pas de la "
            "météo. Seules tes prédictions sont envoyées, jamais ton code."
        ),
        (
            "Challenge rules. Train your AI on entrainement.csv (the column {label} is 1 when a "
            "fire started within 10 km of the station that day). Predict {label} for each row of "
            "test.csv, then hand in a CSV file of two columns, id and prediction (0 or 1), with “,” "
            "or “;”. Test days are whole weeks your AI has never seen: validate it the same way, by "
            "blocks of days. Part of the test rows gives the public board; the other, hidden, gives "
            "the final board, revealed at the end. Your AI uses these two files only: the real "
            "fires of those days, read from another table (such as feux_meteo_jour), are the "
            "answer, not weather. Only your predictions are sent, never your code."
        ),
    ),
    "challenge.length_mismatch": (
        "Il y a {ids} {ids:plural:identifiant|identifiants} mais {predictions} {predictions:plural:prédiction|prédictions} : il en faut une par ligne de test.csv.",
        "There {ids:plural:is|are} {ids} {ids:plural:id|ids} but {predictions} {predictions:plural:prediction|predictions}: one per row of test.csv is needed.",
    ),
    "challenge.baseline_never": ("« toujours non »", "“always no”"),
    "challenge.baseline_knn": ("« k plus proches voisins »", "“k nearest neighbours”"),
    "challenge.help_serve": (
        "afficher le classement de la classe dans un navigateur (vidéoprojecteur)",
        "show the class board in a browser (projector)",
    ),
    "challenge.help_host": (
        "adresse d'écoute (127.0.0.1 : ce poste seulement ; 0.0.0.0 : toute la salle)",
        "address to listen on (127.0.0.1: this machine only; 0.0.0.0: the whole room)",
    ),
    "challenge.help_port": ("port du serveur", "server port"),
    "challenge.serve_started": (
        "Classement de la classe : ouvre {url} dans le navigateur (Ctrl+C pour arrêter).",
        "Class board: open {url} in the browser (Ctrl+C to stop).",
    ),
    "challenge.page_no_challenge": (
        "Pas de challenge dans « {dir} » : crée-le d'abord avec « eduia challenge create {dir} ».",
        "No challenge in “{dir}”: create it first with “eduia challenge create {dir}”.",
    ),
    "challenge.page_error": (
        "Le classement de « {dir} » est illisible pour l'instant : réessaie dans un moment.",
        "The board of “{dir}” cannot be read right now: try again in a moment.",
    ),
    "challenge.page_not_found": (
        "Cette page n'existe pas : le classement est à l'adresse « / ».",
        "This page does not exist: the board is at “/”.",
    ),
    "challenge.page_title": ("Le challenge IA de la classe", "The class AI challenge"),
    "challenge.page_question": (
        "Qui prédit le mieux les jours à risque d'incendie ?",
        "Who best predicts the days of fire risk?",
    ),
    "challenge.page_public_heading": (
        "Classement public (provisoire)",
        "Public board (provisional)",
    ),
    "challenge.page_private_heading": (
        "Classement final (partie privée, révélée)",
        "Final board (private part, revealed)",
    ),
    "challenge.page_public_was": (
        "Pour comparer : le classement public d'avant la révélation",
        "To compare: the public board before the reveal",
    ),
    "challenge.page_rank": ("rang", "rank"),
    "challenge.page_team": ("équipe", "team"),
    "challenge.page_score": ("score ± marge", "score ± margin"),
    "challenge.page_submissions": ("soumissions", "submissions"),
    "challenge.page_tied": ("ex æquo", "tied"),
    "challenge.page_copy": (
        "même fichier qu'une autre équipe",
        "same file as another team",
    ),
    "challenge.page_no_submission": ("pas encore de soumission", "no submission yet"),
    "challenge.page_total": ("Soumissions reçues : {count}", "Submissions received: {count}"),
    "challenge.page_band_note": (
        (
            "Chaque score est suivi de sa marge d'incertitude (à 95 %), qui vient du nombre de "
            "lignes notées : avec d'autres jours, le score aurait pu être ailleurs dans cette marge. "
            "Pour départager deux équipes voisines, on compare leurs réponses sur les mêmes "
            "lignes : si l'écart de leurs scores est plus petit que la marge de cet écart, elles "
            "sont ex æquo, on ne peut pas dire laquelle prédit le mieux. Les lignes en italique "
            "sont les références : "
            "« toujours non » (score 0) et un k plus proches voisins fait sans réfléchir."
        ),
        (
            "Each score is followed by its uncertainty margin (95 %), which comes from the number "
            "of rows scored: with other days the score could have been elsewhere in this margin. "
            "Two neighbouring teams are compared on the same rows: when the gap between their "
            "scores is smaller than that gap's own margin they are tied: nobody can tell which "
            "predicts best. Rows in italics are the references: “always no” (score 0) and a quick "
            "k nearest "
            "neighbours."
        ),
    ),
    "challenge.page_refresh_note": (
        "Cette page se met à jour toute seule à chaque nouvelle soumission.",
        "This page updates itself at each new submission.",
    ),
    "challenge.page_plot_title": (
        "Rang public et rang final de chaque équipe",
        "Public rank and final rank of each team",
    ),
    "challenge.page_plot_x": ("rang public (avant)", "public rank (before)"),
    "challenge.page_plot_y": ("rang final (privé)", "final rank (private)"),
    "challenge.page_plot_same_rank": ("même rang", "same rank"),
    "challenge.page_shakeup_moved": (
        (
            "Équipes qui ont changé de place entre le classement public et le classement final : "
            "{moved} sur {total}."
        ),
        "Teams whose place changed between the public and the final board: {moved} of {total}.",
    ),
    "challenge.page_shakeup_fall": (
        "La plus grande chute : « {team} », de la place {before} à la place {after}.",
        "The biggest fall: “{team}”, from place {before} to place {after}.",
    ),
    "challenge.page_shakeup_why": (
        (
            "Pourquoi ça bouge ? Le classement public était calculé sur une moitié des jours "
            "cachés ; le classement final sur l'autre moitié, que personne n'avait vue. Les feux "
            "sont rares : dans chaque moitié, quelques jours de feu de plus ou de moins changent "
            "beaucoup le score (c'est la marge ±). Et une équipe qui a soumis beaucoup de fichiers "
            "en gardant celui qui montait le plus au classement public a pu s'adapter au hasard "
            "de ces jours-là plutôt qu'au feu : c'est le surapprentissage du classement. Une IA "
            "qui garde sa place a appris quelque chose de vrai ; sur la diagonale, rien n'a bougé."
        ),
        (
            "Why does it move? The public board was computed on one half of the hidden days; the "
            "final board on the other half, which nobody had seen. Fires are rare: in each half a "
            "few fire days more or less change the score a lot (that is the ± margin). And a team "
            "that sent many files, keeping the one that climbed highest on the public board, may "
            "have fitted the chance of those days rather than fire: that is leaderboard "
            "overfitting. An AI that keeps its place learned something true; on the diagonal "
            "nothing moved."
        ),
    ),
    "challenge.pupil_practice": (
        (
            "Pas de dossier de challenge de ton professeur ici : tu t'entraînes sur ta propre copie, "
            "faite sans internet avec les semaines que le challenge ne cache jamais (une semaine "
            "sur deux de 2024). {train} {train:plural:ligne|lignes} d'entraînement avec la colonne "
            "{label}, {test} {test:plural:ligne|lignes} de test sans elle."
        ),
        (
            "No teacher's challenge folder here: you practise on your own copy, made offline from "
            "the weeks the challenge never hides (every other week of 2024). {train} "
            "{train:plural:training row|training rows} with the column {label}, "
            "{test} {test:plural:test row|test rows} without it."
        ),
    ),
    "challenge.pupil_class": (
        (
            "Challenge de la classe trouvé dans « {folder} » : {train} {train:plural:ligne|lignes} "
            "d'entraînement avec la colonne {label}, {test} {test:plural:ligne|lignes} de test sans elle."
        ),
        (
            "Class challenge found in “{folder}”: {train} {train:plural:training row|training rows} "
            "with the column {label}, {test} {test:plural:test row|test rows} without it."
        ),
    ),
    "challenge.pupil_written": (
        "Fichier vérifié : {count:plural:ta|tes} {count} {count:plural:prédiction est écrite|prédictions sont écrites} dans « {path} ».",
        "File checked: your {count} {count:plural:prediction is written|predictions are written} to “{path}”.",
    ),
    "challenge.pupil_hand_in": (
        (
            "Pour participer, donne ce fichier à ton professeur (clé USB, dossier partagé) : il "
            "l'enregistrera pour ton équipe. Seules tes prédictions partent, jamais ton code."
        ),
        (
            "To take part, give this file to your teacher (USB stick, shared folder): they will "
            "record it for your team. Only your predictions leave, never your code."
        ),
    ),
    "challenge.pupil_practice_hand_in": (
        (
            "Ce n'est qu'un entraînement : rien n'est envoyé. Le jour du challenge, ton professeur "
            "te donnera un dossier ; relance alors le cahier et donne-lui ce fichier."
        ),
        (
            "This is only practice: nothing is sent. On the day of the challenge your teacher will "
            "give you a folder; run the notebook again then and give them this file."
        ),
    ),
    "challenge.pupil_no_team": (
        'Pour l\'enregistrer, indique le pseudonyme de ton équipe : team="...".',
        'To record it, give your team\'s pseudonym: team="...".',
    ),
    "challenge.pupil_recorded": (
        (
            "Soumission n° {numero} de l'équipe « {team} » enregistrée : score public "
            "{score_public}. Soumissions restantes pendant cette séance : {restantes}."
        ),
        (
            "Submission no. {numero} of team “{team}” recorded: public score {score_public}. "
            "Submissions left this session: {restantes}."
        ),
    ),
}
