"""Messages of the pupil workspace (``eduia lab`` and :mod:`eduia.workspace`)."""

MESSAGES = {
    # File names the pupil sees (their {placeholders} are filled by eduia.workspace).
    "workspace.start_notebook_name": ("Commencer ici.ipynb", "Start here.ipynb"),
    "workspace.new_version_name": (
        "{stem} (nouvelle version {version}){suffix}",
        "{stem} (new version {version}){suffix}",
    ),
    "workspace.backup_name": (
        "{stem} (sauvegarde du {date}){suffix}",
        "{stem} (backup of {date}){suffix}",
    ),
    "workspace.duplicate_name": ("{stem} ({number}){suffix}", "{stem} ({number}){suffix}"),
    # What the pupil is told after an update or a reset.
    "workspace.kept_changed_lesson": (
        (
            "Vous aviez modifié « {pupil_file} » : votre travail est conservé, "
            "la nouvelle version est à côté, dans « {new_file} »."
        ),
        (
            "You had changed “{pupil_file}”: your work is kept, "
            "the new version is beside it, in “{new_file}”."
        ),
    ),
    "workspace.blocked": (
        (
            "« {file} » n'a pas pu être placé ({reason}) : un de vos fichiers porte le nom de son "
            "dossier. Renommez-le, puis relancez eduia."
        ),
        (
            "“{file}” could not be placed ({reason}): one of your files has the name of its folder. "
            "Rename it, then start eduia again."
        ),
    ),
    "workspace.saved_aside": (
        (
            "Deux enregistrements de « {pupil_file} » sont arrivés pendant la mise à jour : le plus "
            "récent est à sa place, l'autre est gardé dans « {copy} »."
        ),
        (
            "Two saves of “{pupil_file}” arrived during the update: the newest is at its place, "
            "the other one is kept in “{copy}”."
        ),
    ),
    "workspace.reset_failed": (
        (
            "« {file} » n'a pas pu être remis à sa version d'origine ({reason}) : votre copie est "
            "restée à sa place, rien n'est perdu."
        ),
        (
            "“{file}” could not be put back to its original version ({reason}): your copy stayed "
            "at its place, nothing is lost."
        ),
    ),
    "workspace.reset_failed_backup": (
        (
            "« {file} » n'a pas pu être remis à sa version d'origine ({reason}) : votre travail est "
            "sauvegardé dans « {backup} »."
        ),
        (
            "“{file}” could not be put back to its original version ({reason}): your work is saved "
            "in “{backup}”."
        ),
    ),
    "workspace.ready": (
        "Votre dossier de travail est prêt : {workspace}",
        "Your workspace is ready: {workspace}",
    ),
    "workspace.summary": (
        "{added} {added:plural:fichier ajouté|fichiers ajoutés}, {updated} mis à jour.",
        "{added} {added:plural:lesson file|lesson files} added, {updated} updated.",
    ),
    "workspace.reset_done": (
        "« {lesson} » est revenue à sa version d'origine.",
        "“{lesson}” is back to its original version.",
    ),
    "workspace.reset_backup": (
        "Votre ancienne copie est sauvegardée dans « {backup} ».",
        "Your previous copy is saved in “{backup}”.",
    ),
    "workspace.unknown_lesson": (
        "Leçon inconnue : « {lesson} ». Leçons disponibles : {available}.",
        "Unknown lesson: “{lesson}”. Available lessons: {available}.",
    ),
    "workspace.ambiguous_lesson": (
        "« {lesson} » peut désigner plusieurs leçons : {matches}. Écrivez le nom complet.",
        "“{lesson}” may mean several lessons: {matches}. Write the full name.",
    ),
    "workspace.no_lessons": (
        "Aucune leçon n'est livrée avec cette installation d'eduia ({folder}).",
        "No lesson is shipped with this installation of eduia ({folder}).",
    ),
    "workspace.cannot_write": (
        (
            "Impossible d'écrire dans le dossier de travail « {workspace} » : {reason}. "
            "Choisissez un autre dossier avec --workspace."
        ),
        (
            "Cannot write to the workspace “{workspace}”: {reason}. "
            "Choose another folder with --workspace."
        ),
    ),
    # JupyterLab.
    "workspace.lab_starting": (
        (
            "JupyterLab démarre dans votre navigateur. Si la page ne s'ouvre pas, copiez cette "
            "adresse dans le navigateur :\n  {url}"
        ),
        (
            "JupyterLab is starting in your browser. If the page does not open, copy this address "
            "into the browser:\n  {url}"
        ),
    ),
    "workspace.lab_how_to_stop": (
        (
            "Pour arrêter : enregistrez votre travail, puis appuyez deux fois sur Ctrl+C ici "
            "(ou fermez cette fenêtre)."
        ),
        "To stop: save your work, then press Ctrl+C twice here (or close this window).",
    ),
    "workspace.lab_did_not_start": (
        (
            "JupyterLab n'a pas démarré. Lancez « eduia doctor » pour trouver la cause. "
            "Fin du journal de JupyterLab :\n{log}"
        ),
        (
            "JupyterLab did not start. Run “eduia doctor” to find the cause. "
            "End of JupyterLab's log:\n{log}"
        ),
    ),
    # The « eduia lab » command.
    "workspace.lab_help": (
        "préparer votre dossier de travail avec les leçons, puis ouvrir JupyterLab",
        "prepare your workspace with the lessons, then open JupyterLab",
    ),
    "workspace.option_workspace": (
        "dossier de travail (par défaut : {default})",
        "workspace folder (default: {default})",
    ),
    "workspace.option_no_launch": (
        "préparer le dossier sans ouvrir JupyterLab",
        "prepare the folder without opening JupyterLab",
    ),
    "workspace.option_no_browser": (
        "démarrer JupyterLab sans ouvrir le navigateur",
        "start JupyterLab without opening the browser",
    ),
    "workspace.option_reset": (
        (
            "remettre la leçon LEÇON (ex. : 02) dans sa version d'origine, "
            "en gardant une sauvegarde datée de votre copie"
        ),
        (
            "put lesson LESSON (e.g. 02) back to its original version, "
            "keeping a dated backup of your copy"
        ),
    ),
    "workspace.option_port": (
        "port de JupyterLab sur cet ordinateur (par défaut : un port libre)",
        "JupyterLab's port on this computer (default: a free port)",
    ),
    "workspace.port_busy": (
        (
            "Le port {port} est déjà utilisé (JupyterLab est peut-être déjà ouvert) : "
            "choisissez-en un autre avec --port, ou laissez eduia en choisir un."
        ),
        (
            "Port {port} is already in use (JupyterLab may already be open): "
            "choose another one with --port, or let eduia choose one."
        ),
    ),
    "workspace.invalid_port": (
        "Le port doit être un nombre entre 1024 et 65535 (reçu : {port}).",
        "The port must be a number between 1024 and 65535 (got: {port}).",
    ),
    # The « Commencer ici » notebook.
    "workspace.start_title": (
        (
            "# Bienvenue dans eduia !\n\n"
            "Vous allez découvrir l'intelligence artificielle avec les données de la Région Sud : "
            "communes, feux de forêt, météo, électricité…"
        ),
        (
            "# Welcome to eduia!\n\n"
            "You are going to discover artificial intelligence with the data of the Région Sud: "
            "towns, forest fires, weather, electricity…"
        ),
    ),
    "workspace.start_howto": (
        (
            "## Comment ça marche ?\n\n"
            "- Un carnet (*notebook*) est fait de **cellules** : du texte, comme celle-ci, "
            "et du code Python.\n"
            "- Pour exécuter une cellule de code, cliquez dedans puis appuyez sur **Maj + Entrée**.\n"
            "- Votre travail est enregistré automatiquement ; "
            "**Ctrl + S** l'enregistre tout de suite.\n"
            "- Une erreur n'abîme rien : lisez le message, corrigez, puis exécutez à nouveau.\n\n"
            "Essayez avec la cellule ci-dessous."
        ),
        (
            "## How does it work?\n\n"
            "- A notebook is made of **cells**: text, like this one, and Python code.\n"
            "- To run a code cell, click in it then press **Shift + Enter**.\n"
            "- Your work is saved automatically; **Ctrl + S** saves it at once.\n"
            "- An error breaks nothing: read the message, fix, then run again.\n\n"
            "Try with the cell below."
        ),
    ),
    "workspace.start_first_code": (
        'print("Bonjour ! Je suis prêt·e à découvrir l\'IA.")',
        'print("Hello! I am ready to discover AI.")',
    ),
    "workspace.start_lessons_title": (
        "## Les leçons\n\nCliquez sur une leçon pour l'ouvrir :",
        "## The lessons\n\nClick on a lesson to open it:",
    ),
    "workspace.start_safety": (
        (
            "## Votre travail est protégé\n\n"
            "Quand eduia reçoit une nouvelle version d'une leçon que vous avez modifiée, "
            "votre copie n'est jamais effacée : la nouvelle version est placée à côté, "
            "avec « nouvelle version » dans son nom.\n\n"
            "Pour repartir de zéro sur une leçon, demandez à votre professeur·e ou tapez dans un "
            "terminal : `eduia lab --reset 02` (une sauvegarde datée de votre copie est gardée)."
        ),
        (
            "## Your work is safe\n\n"
            "When eduia receives a new version of a lesson you changed, your copy is never "
            "deleted: the new version is placed beside it, with “new version” in its name.\n\n"
            "To start a lesson again from scratch, ask your teacher or type in a terminal: "
            "`eduia lab --reset 02` (a dated backup of your copy is kept)."
        ),
    ),
}
