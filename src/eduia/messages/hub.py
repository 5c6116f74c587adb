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
        "adresse de l'ENT (émetteur LTI 1.3)",
        "address of the digital workspace (LTI 1.3 issuer)",
    ),
    "hub.region_missing_columns": (
        (
            "Colonnes manquantes dans la liste des lycées : {columns}. La première ligne doit "
            "contenir uai, nom et eleves."
        ),
        (
            "Missing columns in the list of lycées: {columns}. The first line must hold uai, nom "
            "and eleves."
        ),
    ),
    "hub.region_bad_uai": (
        (
            "Ligne {line} : « {uai} » n'est pas un code UAI (7 chiffres puis une lettre, "
            "par exemple 0130001A)."
        ),
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
        "Impossible de lire {path} : {reason}",
        "Cannot read {path}: {reason}",
    ),
    "hub.region_done": (
        (
            "{count} {count:plural:fichier de valeurs écrit|fichiers de valeurs écrits} dans {out} (un par lycée, avec le volume "
            "d'échange ReadWriteMany à créer avant « helm install »)."
        ),
        (
            "{count} {count:plural:values file|values files} written in {out} (one per lycée, with the ReadWriteMany "
            "exchange volume to create before “helm install”)."
        ),
    ),
    "hub.school_help": (
        "écrire la configuration JupyterHub d'un lycée (un service nbgrader par classe)",
        "write a school's JupyterHub configuration (one nbgrader service per class)",
    ),
    "hub.school_file_help": (
        (
            "liste des classes en CSV (colonnes classe, role, login ; role : eleve ou enseignant), "
            "ou un dossier de cours dont la liste a été importée par « eduia course roster »"
        ),
        (
            "list of classes as CSV (columns classe, role, login; role: eleve or enseignant), "
            "or a course folder whose list was imported by “eduia course roster”"
        ),
    ),
    "hub.accounts_help": (
        "créer aussi les comptes unix manquants (en root) et écrire leurs premiers mots de passe",
        "also create the missing unix accounts (as root) and write their first passwords",
    ),
    "hub.port_help": ("port du hub (sur --ip)", "port of the hub (on --ip)"),
    "hub.ip_help": ("adresse où le hub écoute", "address the hub listens on"),
    "hub.auth_help": (
        "authentification : pam (comptes unix du serveur) ou lti13 (ENT de la région)",
        "authentication: pam (the server's unix accounts) or lti13 (the region's digital workspace)",
    ),
    "hub.interface_help": (
        "interface des élèves : /lab (JupyterLab) ou /tree (Jupyter Notebook 7)",
        "pupils' interface: /lab (JupyterLab) or /tree (Jupyter Notebook 7)",
    ),
    "hub.school_missing_columns": (
        (
            "Colonnes manquantes dans la liste des classes : {columns}. La première ligne doit "
            "contenir classe, role et login."
        ),
        (
            "Missing columns in the list of classes: {columns}. The first line must hold classe, "
            "role and login."
        ),
    ),
    "hub.school_bad_name": (
        (
            "Ligne {line} : « {name} » ne peut pas servir de nom de compte ou de classe (lettres "
            "minuscules sans accent, chiffres, - et _, 32 caractères au plus)."
        ),
        (
            "Line {line}: “{name}” cannot be an account or class name (lower-case letters without "
            "accents, digits, - and _, 32 characters at most)."
        ),
    ),
    "hub.school_bad_role": (
        "Ligne {line} : rôle « {role} » inconnu (eleve ou enseignant).",
        "Line {line}: unknown role “{role}” (eleve or enseignant).",
    ),
    "hub.school_empty": ("La liste des classes est vide.", "The list of classes is empty."),
    "hub.not_root": (
        "La création des comptes unix demande les droits root (sudo).",
        "Creating unix accounts needs root rights (sudo).",
    ),
    "hub.school_done": (
        (
            "Configuration écrite dans {out} pour {classes} {classes:plural:classe|classes}. Lancez : "
            "jupyterhub -f {out}/jupyterhub_config.py"
        ),
        (
            "Configuration written in {out} for {classes} {classes:plural:class|classes}. Run: "
            "jupyterhub -f {out}/jupyterhub_config.py"
        ),
    ),
    "hub.accounts_done": (
        "{count} {count:plural:compte créé|comptes créés} ; premiers mots de passe dans {sheet} (à imprimer puis effacer).",
        "{count} {count:plural:account|accounts} created; first passwords in {sheet} (print it, then delete it).",
    ),
    "hub.course_without_roster": (
        (
            "Le dossier {path} n'a pas de liste de classe : importez-la d'abord avec "
            "« eduia course roster »."
        ),
        "The folder {path} has no class list: import it first with “eduia course roster”.",
    ),
    "hub.teacher_help": (
        "enseignant (login unix) des classes lues dans un dossier de cours ; répétable",
        "teacher (unix login) of the classes read from a course folder; repeatable",
    ),
    "hub.courses_dir_help": (
        "dossier des cours, un par classe (propriété de son compte grader-<classe>)",
        "folder of the courses, one per class (owned by its grader-<classe> account)",
    ),
    "hub.exchange_root_help": ("dossier d'échange de nbgrader", "nbgrader's exchange folder"),
    "hub.data_dir_help": (
        "dossier des données du hub (base, secret des cookies)",
        "folder of the hub's data (database, cookie secret)",
    ),
}
