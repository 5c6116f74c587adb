"""Messages of :mod:`eduia.datasets` and of the ``eduia datasets`` command."""

MESSAGES = {
    # errors
    "datasets.unknown_name": (
        "Jeu de données inconnu : « {name} ».",
        "Unknown dataset: “{name}”.",
    ),
    "datasets.teacher_only": (
        (
            "Le jeu de données « {name} » n'est que sur l'ordinateur du professeur (paquet "
            "eduia-enseignant) : le challenge de la classe en cache des lignes."
        ),
        (
            "The dataset “{name}” is on the teacher's computer only (package eduia-enseignant): "
            "the class challenge hides some of its rows."
        ),
    ),
    "datasets.data_missing": (
        (
            "Les données d'eduia sont introuvables ou abîmées ({path}). "
            "Réinstallez eduia, puis vérifiez avec « eduia doctor »."
        ),
        (
            "eduia's data is missing or damaged ({path}). Reinstall eduia, then check with "
            "“eduia doctor”."
        ),
    ),
    "datasets.did_you_mean": (
        "Vouliez-vous dire « {suggestion} » ?",
        "Did you mean “{suggestion}”?",
    ),
    "datasets.available": ("Jeux disponibles : {names}.", "Available datasets: {names}."),
    "datasets.malformed": (
        "Fichier illisible ({where}) : {reason}",
        "Unreadable file ({where}): {reason}",
    ),
    "datasets.where_file": ("fichier « {file} »", "file “{file}”"),
    "datasets.where_line": (", ligne {line}", ", line {line}"),
    "datasets.where_column": (", colonne « {column} »", ", column “{column}”"),
    "datasets.file_missing": ("le fichier n'existe pas.", "the file does not exist."),
    "datasets.file_empty": ("le fichier est vide.", "the file is empty."),
    "datasets.not_text": (
        "ce n'est pas un fichier texte CSV (encodage inconnu).",
        "this is not a CSV text file (unknown encoding).",
    ),
    "datasets.bad_layout": (
        "le fichier n'a pas la forme attendue ({detail}).",
        "the file does not have the expected layout ({detail}).",
    ),
    "datasets.missing_column": (
        "la colonne « {column} » manque dans l'en-tête. Est-ce bien un fichier {kind} ?",
        "the column “{column}” is missing from the header. Is this really a {kind} file?",
    ),
    "datasets.bad_number": (
        "« {value} » n'est pas un nombre.",
        "“{value}” is not a number.",
    ),
    "datasets.bad_date": (
        "« {value} » n'est pas une date au format {expected}.",
        "“{value}” is not a date in the format {expected}.",
    ),
    "datasets.missing_value": ("la valeur est vide.", "the value is empty."),
    "datasets.short_row": (
        (
            "la ligne s'arrête avant la colonne « {column} » : le fichier est sans doute coupé "
            "(téléchargement interrompu ?). Rien n'a été chargé ; téléchargez-le à nouveau."
        ),
        (
            "the line stops before column “{column}”: the file is probably cut off (interrupted "
            "download?). Nothing was loaded; download it again."
        ),
    ),
    "datasets.kind_meteo": (
        "Météo-France quotidien (Q_…_RR-T-Vent)",
        "Météo-France daily (Q_…_RR-T-Vent)",
    ),
    "datasets.kind_bdiff": ("BDIFF (export des feux de forêt)", "BDIFF (forest-fire export)"),
    "datasets.build_no_checkout": (
        (
            "Pas de dossier « datasets/ » modifiable : lancez la commande depuis le dépôt eduia "
            "ou donnez --output."
        ),
        (
            "No writable “datasets/” folder: run the command from the eduia repository "
            "or give --output."
        ),
    ),
    "datasets.build_output_missing": (
        (
            "Le dossier de sortie {folder} n'existe pas. Donnez avec --output une copie du dossier "
            "« datasets/ » du dépôt (qui contient datapackage.json)."
        ),
        (
            "The output folder {folder} does not exist. Give --output a copy of the repository's "
            "“datasets/” folder (the one holding datapackage.json)."
        ),
    ),
    "datasets.build_output_not_datasets": (
        (
            "Le dossier {folder} ne contient pas de datapackage.json : ce n'est pas une copie du "
            "dossier « datasets/ » du dépôt. Copiez d'abord ce dossier, puis donnez-le avec --output."
        ),
        (
            "The folder {folder} holds no datapackage.json: it is not a copy of the repository's "
            "“datasets/” folder. Copy that folder first, then give it with --output."
        ),
    ),
    "datasets.build_done": (
        "{count} {count:plural:fichier écrit|fichiers écrits} dans {folder}.",
        "{count} {count:plural:file|files} written to {folder}.",
    ),
    "datasets.build_help": (
        "Régénère les jeux simulés et les fiches descriptives (octet pour octet).",
        "Regenerate the simulated datasets and the datasheets (byte for byte).",
    ),
    "datasets.build_facts_help": (
        "dossier des faits (shared/facts) : réécrit aussi les jeux réels à partir de lui",
        "facts folder (shared/facts): also rewrite the real datasets from it",
    ),
    "datasets.build_output_help": (
        "dossier de sortie (par défaut : datasets/ du dépôt)",
        "output folder (default: the repository's datasets/)",
    ),
    # datasheet
    "datasets.sheet_what": ("Ce que c'est", "What it is"),
    "datasets.sheet_source": ("Source et licence", "Source and licence"),
    "datasets.sheet_origin": ("Réel ou simulé", "Real or simulated"),
    "datasets.sheet_columns": ("Colonnes", "Columns"),
    "datasets.sheet_method": ("Comment il a été fait", "How it was made"),
    "datasets.sheet_caveats": ("Limites et lacunes connues", "Known gaps and caveats"),
    "datasets.sheet_lessons": ("Leçons suggérées", "Suggested lessons"),
    "datasets.sheet_usage": ("Pour le charger", "How to load it"),
    "datasets.sheet_size": (
        "{rows} {rows:plural:ligne|lignes}, {columns} {columns:plural:colonne|colonnes} (fichier `{file}`).",
        "{rows} {rows:plural:row|rows}, {columns} {columns:plural:column|columns} (file `{file}`).",
    ),
    "datasets.sheet_teacher_only": (
        (
            "Ce tableau est dans le paquet enseignant (`eduia-enseignant`) seulement : le challenge"
            " de la classe en cache une partie des lignes. L'enseignant le charge ainsi :"
        ),
        (
            "This table ships in the teacher package (`eduia-enseignant`) only: the class challenge"
            " hides some of its rows. The teacher loads it this way:"
        ),
    ),
    "datasets.sheet_practice": (
        "Les élèves s'entraînent sur les semaines qu'aucun challenge ne cache (une semaine sur deux) :",
        "Pupils practise on the weeks no challenge hides (every other week):",
    ),
    "datasets.sheet_source_item": ("Source :", "Source:"),
    "datasets.sheet_licence_item": ("Licence :", "Licence:"),
    "datasets.sheet_attribution_item": ("Mention à faire figurer :", "Attribution to show:"),
    "datasets.sheet_updated_item": (
        "Date des données (mise à jour ou extraction) :",
        "Date of the data (last update or extraction):",
    ),
    "datasets.sheet_real_banner": (
        "Toutes les colonnes sont des chiffres réels, recopiés des sources ci-dessus.",
        "Every column holds real figures copied from the sources above.",
    ),
    "datasets.sheet_simulated_banner": (
        (
            "**Jeu simulé.** Les lignes sont inventées par un programme calibré sur des chiffres "
            "réels. Les colonnes marquées « simulé » ne sont pas des mesures ; « calendrier » "
            "désigne les dates et ce qui en découle."
        ),
        (
            "**Simulated dataset.** The rows are invented by a program calibrated on real figures. "
            "Columns marked “simulated” are not measurements; “calendar” means the dates and what "
            "follows from them."
        ),
    ),
    "datasets.sheet_columns_header": (
        "| colonne | type | unité | réel ou simulé | description |",
        "| column | type | unit | real or simulated | description |",
    ),
    "datasets.origin_real": ("réel", "real"),
    "datasets.origin_simulated": ("simulé", "simulated"),
    "datasets.origin_calendar": ("calendrier", "calendar"),
    "datasets.type_string": ("texte", "text"),
    "datasets.type_integer": ("entier", "integer"),
    "datasets.type_number": ("nombre décimal", "decimal number"),
    "datasets.type_boolean": ("vrai/faux", "true/false"),
    "datasets.type_date": ("date", "date"),
    "datasets.type_category": ("catégorie", "category"),
    # command
    "datasets.help": (
        "lister les jeux de données, ou afficher la fiche de l'un d'eux",
        "list the datasets, or show the datasheet of one of them",
    ),
    "datasets.name_help": (
        "nom d'un jeu de données (sa fiche s'affiche)",
        "a dataset name (shows its datasheet)",
    ),
    "datasets.list_header": (
        "{name:<24} {rows:>6}  {origin:<7}  {licence}",
        "{name:<24} {rows:>6}  {origin:<9}  {licence}",
    ),
    "datasets.col_name": ("nom", "name"),
    "datasets.col_rows": ("lignes", "rows"),
    "datasets.col_origin": ("origine", "origin"),
    "datasets.col_licence": ("licence", "licence"),
    "datasets.list_footer": (
        (
            "{count} {count:plural:jeu|jeux} de données. Fiche d'un jeu : eduia datasets NOM ; "
            'en Python : eduia.datasets.load("NOM").'
        ),
        (
            "{count} {count:plural:dataset|datasets}. A datasheet: eduia datasets NAME; "
            'in Python: eduia.datasets.load("NAME").'
        ),
    ),
}
