"""Messages of ``eduia doctor``."""

MESSAGES = {
    "doctor.help": (
        "vérifier que l'installation d'eduia fonctionne et dire quoi réparer",
        "check that the eduia installation works and say what to fix",
    ),
    "doctor.python_title": ("Version de Python", "Python version"),
    "doctor.python_detail": ("Python {version} ({executable})", "Python {version} ({executable})"),
    "doctor.python_fix": (
        "eduia demande Python {minimum} ou plus récent : installez une version plus récente de Python.",
        "eduia needs Python {minimum} or newer: install a newer Python.",
    ),
    "doctor.packages_title": ("Bibliothèques nécessaires", "Required libraries"),
    "doctor.packages_missing": ("manquantes : {names}", "missing: {names}"),
    "doctor.reinstall_fix": (
        (
            "Réinstallez eduia : relancez le script d'installation (install.sh ou install.bat), "
            "ou « pip install --force-reinstall eduia »."
        ),
        (
            "Reinstall eduia: run the installation script again (install.sh or install.bat), "
            "or “pip install --force-reinstall eduia”."
        ),
    ),
    "doctor.lab_title": (
        "Extensions JupyterLab (widgets, nbgrader)",
        "JupyterLab extensions (widgets, nbgrader)",
    ),
    "doctor.lab_problem": (
        "absentes : {missing} ; désactivées : {disabled}",
        "missing: {missing}; disabled: {disabled}",
    ),
    "doctor.lab_fix": (
        (
            "Réactivez-les avec « jupyter labextension enable @jupyter-widgets/jupyterlab-manager » "
            "et « jupyter labextension enable @jupyter/nbgrader », ou réinstallez eduia."
        ),
        (
            "Enable them with “jupyter labextension enable @jupyter-widgets/jupyterlab-manager” "
            "and “jupyter labextension enable @jupyter/nbgrader”, or reinstall eduia."
        ),
    ),
    "doctor.server_title": ("Extensions du serveur Jupyter", "Jupyter server extensions"),
    "doctor.server_disabled": ("désactivées : {names}", "disabled: {names}"),
    "doctor.server_fix": (
        "Activez-les, par exemple « jupyter server extension enable --sys-prefix {name} ».",
        "Enable them, for example “jupyter server extension enable --sys-prefix {name}”.",
    ),
    "doctor.datasets_title": ("Jeux de données", "Datasets"),
    "doctor.datasets_ok": (
        "{count} {count:plural:jeu de données se charge|jeux de données se chargent}",
        "{count} {count:plural:dataset loads|datasets load}",
    ),
    "doctor.datasets_failed": ("illisibles : {names}", "unreadable: {names}"),
    "doctor.lessons_title": ("Leçons (versions élèves)", "Lessons (pupil versions)"),
    "doctor.lessons_ok": (
        "{count} {count:plural:leçon présente|leçons présentes}",
        "{count} {count:plural:lesson|lessons} present",
    ),
    "doctor.lessons_missing": ("aucune leçon trouvée", "no lesson found"),
    "doctor.teacher_title": (
        "Paquet enseignant (eduia-enseignant)",
        "Teacher package (eduia-enseignant)",
    ),
    "doctor.teacher_ok": (
        (
            "{count} {count:plural:source|sources} de leçons (solutions, tests cachés) et le guide : ce poste est prêt "
            "pour enseigner (« eduia course init »)"
        ),
        (
            "{count} {count:plural:lesson source|lesson sources} (solutions, hidden tests) and the guide: this computer is ready "
            "for teaching (“eduia course init”)"
        ),
    ),
    "doctor.teacher_absent_pupil": (
        "absent : normal sur un poste élève ; un enseignant l'installe pour « eduia course init »",
        "absent: normal on a pupil's computer; a teacher installs it for “eduia course init”",
    ),
    "doctor.teacher_missing": (
        "absent : ce poste n'a pas les sources des leçons, « eduia course init » ne peut rien copier",
        "missing: this computer has no lesson sources, “eduia course init” has nothing to copy",
    ),
    "doctor.teacher_fix": (
        (
            "Installez le paquet enseignant : « pip install eduia-enseignant » (ou "
            "« pip install eduia_enseignant-*.whl » depuis le paquet hors ligne enseignant)."
        ),
        (
            "Install the teacher package: “pip install eduia-enseignant” (or "
            "“pip install eduia_enseignant-*.whl” from the offline teacher bundle)."
        ),
    ),
    "doctor.teacher_help": (
        "vérifier aussi que ce poste est prêt pour enseigner (paquet enseignant)",
        "also check that this computer is ready for teaching (teacher package)",
    ),
    "doctor.kernel_title": ("Noyau Python de Jupyter", "Jupyter Python kernel"),
    "doctor.kernel_ok": ("un noyau démarre et importe eduia", "a kernel starts and imports eduia"),
    "doctor.kernel_fix": (
        (
            "Le noyau « python3 » ne démarre pas : réinstallez eduia, puis relancez « eduia doctor ». "
            "Si le problème reste, lancez « jupyter kernelspec list » et envoyez le résultat au support."
        ),
        (
            "The “python3” kernel does not start: reinstall eduia, then run “eduia doctor” again. "
            "If the problem remains, run “jupyter kernelspec list” and send the result to support."
        ),
    ),
    "doctor.all_ok": ("Tout est prêt : eduia fonctionne.", "All set: eduia works."),
    "doctor.problems": (
        "{count} {count:plural:problème|problèmes} à corriger : suivez les indications → ci-dessus.",
        "{count} {count:plural:problem|problems} to fix: follow the → hints above.",
    ),
}
