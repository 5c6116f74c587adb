"""Messages of ``eduia hub``: the school server and the region's values (for the IT staff)."""

MESSAGES = {
    "hub.help": (
        "préparer le serveur JupyterHub d'un lycée, ou les valeurs Zero to JupyterHub de la région",
        "prepare a school's JupyterHub server, or the region's Zero to JupyterHub values",
    ),
    "hub.region_help": (
        "écrire un fichier de valeurs Zero to JupyterHub par lycée (OUT/<uai>.yaml)",
        "write one Zero to JupyterHub values file per lycée (OUT/<uai>.yaml)",
    ),
    "hub.region_file_help": (
        "liste des lycées en CSV (colonnes uai, nom, eleves ; séparateur « ; » ou « , »)",
        "list of lycées as CSV (columns uai, nom, eleves; separator “;” or “,”)",
    ),
    "hub.out_help": ("dossier où écrire les fichiers", "folder to write the files into"),
    "hub.registry_help": (
        "registre d'images de la région (aucune image n'est tirée d'internet)",
        "the region's image registry (no image is pulled from the internet)",
    ),
    "hub.domain_help": (
        "domaine des hubs : chaque lycée est servi sur <uai>.<domaine>",
        "domain of the hubs: each lycée is served on <uai>.<domain>",
    ),
    "hub.postgres_help": (
        "hôte PostgreSQL des carnets de notes (une base par lycée)",
        "PostgreSQL host of the gradebooks (one database per lycée)",
    ),
    "hub.lti_issuer_help": (
        "adresse de l'ENT (émetteur LTI 1.3)", "address of the digital workspace (LTI 1.3 issuer)",
    ),
    "hub.region_missing_columns": (
        ("Colonnes manquantes dans la liste des lycées : {columns}. La première ligne doit "
        "contenir uai, nom et eleves."),
        ("Missing columns in the list of lycées: {columns}. The first line must hold uai, nom "
        "and eleves."),
    ),
    "hub.region_bad_uai": (
        ("Ligne {line} : « {uai} » n'est pas un code UAI (7 chiffres puis une lettre, "
        "par exemple 0130001A)."),
        "Line {line}: “{uai}” is not a UAI code (7 digits then a letter, e.g. 0130001A).",
    ),
    "hub.region_bad_count": (
        "Ligne {line} : le nombre d'élèves « {value} » doit être un entier positif.",
        "Line {line}: the number of pupils “{value}” must be a positive whole number.",
    ),
    "hub.region_duplicate": (
        "Ligne {line} : le lycée {uai} apparaît deux fois.",
        "Line {line}: lycée {uai} appears twice.",
    ),
    "hub.region_empty": ("La liste des lycées est vide.", "The list of lycées is empty."),
    "hub.file_unreadable": (
        "Impossible de lire {path} : {reason}", "Cannot read {path}: {reason}",
    ),
    "hub.region_done": (
        ("{count} fichiers de valeurs écrits dans {out} (un par lycée, avec le volume "
        "d'échange ReadWriteMany à créer avant « helm install »)."),
        ("{count} values files written in {out} (one per lycée, with the ReadWriteMany "
        "exchange volume to create before “helm install”)."),
    ),
}
