"""Messages of the offline bundle (``eduia bundle``) and of its install scripts.

The install scripts (``install.sh``, ``install.bat``) are generated from templates in which
``@bundle.install_...@`` placeholders are replaced by these messages, so that every sentence
the school's IT person reads comes from this catalogue.
"""

MESSAGES = {
    # eduia bundle (the command).
    "bundle.option_teacher": (
        (
            "paquet hors ligne enseignant : ajoute le paquet eduia-enseignant (leçons avec "
            "solutions et tests cachés, fiches, guide) ; ne le donnez jamais aux élèves"
        ),
        (
            "teacher offline bundle: adds the eduia-enseignant package (lessons with solutions "
            "and hidden tests, fiches, guide); never give it to pupils"
        ),
    ),
    "bundle.step_teacher_wheel": (
        "Fabrication du paquet enseignant (eduia-enseignant)…",
        "Building the teacher package (eduia-enseignant)…",
    ),
    "bundle.help": (
        (
            "fabriquer un paquet d'installation hors ligne (dossier et zip) pour les ordinateurs "
            "de l'établissement"
        ),
        "build an offline installation bundle (folder and zip) for the school's computers",
    ),
    "bundle.option_out": (
        "dossier à créer pour le paquet (un fichier .zip du même nom est aussi créé)",
        "folder to create for the bundle (a .zip file of the same name is also created)",
    ),
    "bundle.option_platform": (
        (
            "systèmes visés : current (cet ordinateur), linux, windows, macos "
            "(plusieurs possibles ; par défaut : current)"
        ),
        (
            "target systems: current (this computer), linux, windows, macos "
            "(several allowed; default: current)"
        ),
    ),
    "bundle.option_python": (
        (
            "versions de Python visées, parmi {supported} "
            "(plusieurs possibles ; par défaut : {default})"
        ),
        "target Python versions, among {supported} (several allowed; default: {default})",
    ),
    "bundle.option_no_zip": ("ne pas créer le fichier .zip", "do not create the .zip file"),
    "bundle.option_eduia_wheel": (
        "utiliser ce fichier .whl d'eduia au lieu de le fabriquer depuis les sources",
        "use this eduia .whl file instead of building it from the sources",
    ),
    "bundle.unknown_platform": (
        "Système inconnu : « {platform} ». Choisissez parmi : {choices}.",
        "Unknown system: “{platform}”. Choose among: {choices}.",
    ),
    "bundle.unsupported_current": (
        (
            "Cet ordinateur ({system}, {machine}) n'est pas un système pris en charge ; "
            "choisissez --platform linux, windows ou macos."
        ),
        (
            "This computer ({system}, {machine}) is not a supported system; "
            "choose --platform linux, windows or macos."
        ),
    ),
    "bundle.unsupported_python": (
        "Python {python} n'est pas pris en charge. Versions possibles : {supported}.",
        "Python {python} is not supported. Possible versions: {supported}.",
    ),
    "bundle.out_not_empty": (
        "Le dossier « {out} » existe déjà et n'est pas vide : choisissez un autre nom ou videz-le.",
        "The folder “{out}” already exists and is not empty: choose another name or empty it.",
    ),
    "bundle.no_checkout": (
        (
            "Les sources d'eduia sont introuvables : ni {cwd} ni les dossiers au-dessus ne sont une "
            "copie du dépôt (le dossier qui contient pyproject.toml et src/eduia). Lancez "
            "« eduia bundle » dans cette copie, ou donnez-la avec --sources DOSSIER, ou donnez le "
            "paquet d'eduia déjà fabriqué avec --eduia-wheel eduia-{version}-py3-none-any.whl."
        ),
        (
            "eduia's sources cannot be found: neither {cwd} nor the folders above it are a copy of "
            "the repository (the folder holding pyproject.toml and src/eduia). Run “eduia bundle” "
            "in that copy, or give it with --sources FOLDER, or give eduia's built package with "
            "--eduia-wheel eduia-{version}-py3-none-any.whl."
        ),
    ),
    "bundle.not_a_checkout": (
        (
            "{path} n'est pas une copie du dépôt d'eduia (il y faut pyproject.toml, projet « eduia », "
            "et src/eduia)."
        ),
        (
            "{path} is not a copy of eduia's repository (it needs pyproject.toml, project “eduia”, "
            "and src/eduia)."
        ),
    ),
    "bundle.option_sources": (
        (
            "la copie du dépôt d'eduia d'où fabriquer son paquet (par défaut : le dossier courant "
            "ou un dossier au-dessus)"
        ),
        (
            "the copy of eduia's repository to build its package from (default: the current "
            "folder or one above it)"
        ),
    ),
    "bundle.step_wheel": ("Fabrication du paquet eduia…", "Building the eduia package…"),
    "bundle.step_resolve": (
        "Recherche des dépendances pour {platform} / Python {python}…",
        "Resolving the dependencies for {platform} / Python {python}…",
    ),
    "bundle.progress": (
        "Téléchargement {platform} / Python {python}",
        "Downloading {platform} / Python {python}",
    ),
    "bundle.step_check": (
        "Vérification : tout s'installe sans réseau pour {platform} / Python {python}…",
        "Checking that everything installs without network for {platform} / Python {python}…",
    ),
    "bundle.step_zip": ("Création de l'archive {zip}…", "Creating the archive {zip}…"),
    "bundle.pip_failed": (
        "pip a échoué ({what}) pour {platform} / Python {python}. Fin de son message :\n{tail}",
        "pip failed ({what}) for {platform} / Python {python}. End of its message:\n{tail}",
    ),
    "bundle.incomplete": (
        "Le paquet pour {platform} / Python {python} est incomplet ; il manque : {missing}.",
        "The bundle for {platform} / Python {python} is incomplete; missing: {missing}.",
    ),
    "bundle.done": (
        "Paquet prêt : {out} ({size_mb:.0f} Mo){zip_part}. Mode d'emploi : {guide}",
        "Bundle ready: {out} ({size_mb:.0f} MB){zip_part}. Instructions: {guide}",
    ),
    "bundle.done_zip": (", archive {zip}", ", archive {zip}"),
    "bundle.size_line": (
        "  {platform} : {size_mb:.0f} Mo (Python {pythons})",
        "  {platform}: {size_mb:.0f} MB (Python {pythons})",
    ),
    # The install scripts (filled into install.sh / install.bat when the bundle is built).
    "bundle.install_usage_sh": (
        "Utilisation : sh install.sh DOSSIER_CIBLE [--tous-les-utilisateurs]",
        "Usage: sh install.sh TARGET_FOLDER [--tous-les-utilisateurs]",
    ),
    "bundle.install_usage_bat": (
        "Utilisation : install.bat DOSSIER_CIBLE [--tous-les-utilisateurs]",
        "Usage: install.bat TARGET_FOLDER [--tous-les-utilisateurs]",
    ),
    "bundle.install_unsupported_system": (
        "Ce paquet ne contient pas eduia pour ce système :",
        "This bundle does not contain eduia for this system:",
    ),
    "bundle.install_no_python": (
        (
            "Aucun Python compatible n'a été trouvé. Installez l'une de ces versions de Python, "
            "puis relancez l'installation :"
        ),
        (
            "No compatible Python was found. Install one of these Python versions, "
            "then run the installation again:"
        ),
    ),
    "bundle.install_python_found": ("Python utilisé :", "Python used:"),
    "bundle.install_creating_venv": (
        "Création de l'environnement eduia dans :",
        "Creating the eduia environment in:",
    ),
    "bundle.install_venv_failed": (
        (
            "Impossible de créer l'environnement Python (voir INSTALLATION.md, « Problèmes "
            "fréquents »)."
        ),
        "Cannot create the Python environment (see INSTALLATION.md, “Common problems”).",
    ),
    "bundle.install_installing": (
        "Installation d'eduia et de ses dépendances, sans réseau…",
        "Installing eduia and its dependencies, without network…",
    ),
    "bundle.install_pip_failed": (
        "L'installation des paquets a échoué (voir INSTALLATION.md, « Problèmes fréquents »).",
        "Installing the packages failed (see INSTALLATION.md, “Common problems”).",
    ),
    "bundle.install_configuring": (
        "Réglage de JupyterLab pour un usage hors ligne…",
        "Setting JupyterLab up for offline use…",
    ),
    "bundle.install_launcher": ("Raccourci créé :", "Shortcut created:"),
    "bundle.install_checking": (
        "Vérification de l'installation (eduia doctor)…",
        "Checking the installation (eduia doctor)…",
    ),
    "bundle.install_doctor_failed": (
        (
            "« eduia doctor » signale un problème : lisez son message ci-dessus et la partie "
            "« Quand eduia doctor signale un problème » d'INSTALLATION.md."
        ),
        (
            "“eduia doctor” reports a problem: read its message above and the part "
            "“When eduia doctor reports a problem” of INSTALLATION.md."
        ),
    ),
    "bundle.install_done": (
        (
            "eduia est installé. Pour commencer : double-cliquez sur le raccourci « eduia », "
            "ou lancez :"
        ),
        "eduia is installed. To start: double-click the “eduia” shortcut, or run:",
    ),
    "bundle.launcher_name": ("eduia", "eduia"),
    "bundle.launcher_comment": (
        "Leçons d'intelligence artificielle dans JupyterLab",
        "Artificial intelligence lessons in JupyterLab",
    ),
    "bundle.launcher_file": ("Lancer eduia", "Start eduia"),
    "bundle.zip_exists": (
        (
            "« {zip} » existe déjà : eduia ne l'écrase pas. Déplacez-le ou choisissez un autre "
            "nom de dossier."
        ),
        (
            "“{zip}” already exists: eduia does not overwrite it. Move it or choose another "
            "folder name."
        ),
    ),
}
