"""Messages of the teacher's course tools (``eduia course``, :mod:`eduia.course`)."""

MESSAGES = {
    # --- nbgrader_config.py (comments, always French) -------------------------------------
    "course.config_header": (
        "Configuration nbgrader du cours, écrite par « eduia course init ».",
        "nbgrader configuration of the course, written by “eduia course init”.",
    ),
    "course.config_regenerate": (
        "Relancer « eduia course init » la réécrit ; vos leçons dans source/ sont conservées.",
        "Running “eduia course init” again rewrites it; your lessons in source/ are kept.",
    ),
    "course.pupil_config_header": (
        (
            "Configuration nbgrader des comptes élèves de ce cours : copiez ce fichier dans "
            "~/.jupyter/ de chaque élève de la classe, sous le nom nbgrader_config.py. Jamais dans "
            "/etc/jupyter/ d'un serveur partagé : il y lierait tous les comptes à cette seule classe "
            "(sur un serveur, « eduia hub school » règle chaque classe à part)."
        ),
        (
            "nbgrader configuration of this course's pupil accounts: copy this file to the ~/.jupyter/ "
            "of each pupil of the class, named nbgrader_config.py. Never to /etc/jupyter/ of a shared "
            "server: it would tie every account to this one class (on a server, “eduia hub school” "
            "sets each class apart)."
        ),
    ),
    "course.config_stubs": (
        "Ce que voient les élèves à la place des solutions (définis une seule fois dans eduia).",
        "What pupils see instead of the solutions (defined once in eduia).",
    ),
    "course.config_exchange": (
        "Dossier d'échange partagé avec les élèves (modifiable par la variable EDUIA_EXCHANGE_ROOT).",
        "Exchange folder shared with the pupils (the EDUIA_EXCHANGE_ROOT variable overrides it).",
    ),
    "course.config_timeout": (
        "Une cellule qui tourne plus longtemps (boucle sans fin) est interrompue et notée 0.",
        "A cell running longer (endless loop) is interrupted and scores 0.",
    ),
    "course.config_execution": (
        (
            "Pendant la correction, NBGRADER_EXECUTION vaut « autograde » : les leçons n'affichent "
            "alors pas leurs manipulations interactives."
        ),
        (
            "While grading, NBGRADER_EXECUTION is “autograde”: the lessons then skip their "
            "interactive playgrounds."
        ),
    ),
    "course.config_missing": (
        "Une cellule de test supprimée par un élève est remise : la supprimer ne rapporte rien.",
        "A test cell deleted by a pupil is put back: deleting it earns nothing.",
    ),
    "course.missing_cell_note": (
        (
            "Cette cellule (id : {cell_id}) manquait dans le travail rendu ; elle a été remise "
            "pour la correction.\n\n"
        ),
        (
            "This cell (id: {cell_id}) was missing from the submission; it was put back for "
            "grading.\n\n"
        ),
    ),
    "course.config_robust": (
        (
            "Préprocesseurs d'eduia : noyau arrêté, sorties énormes et cellules verrouillées "
            "supprimées n'empêchent pas la correction."
        ),
        (
            "eduia's preprocessors: a dead kernel, enormous outputs and deleted locked cells do "
            "not stop grading."
        ),
    ),
    "course.config_db_url": (
        (
            "Base des notes (gradebook) sur un serveur, PostgreSQL par exemple ; la variable "
            "EDUIA_DB_URL la remplace, ou à défaut EDUIA_GRADEBOOK_URL (donnée par le hub). Le mot de passe vient de PGPASSWORD ou de ~/.pgpass, jamais "
            "d'ici."
        ),
        (
            "Gradebook on a database server, PostgreSQL for instance; the EDUIA_DB_URL variable "
            "overrides it, else EDUIA_GRADEBOOK_URL (given by the hub). The password comes from PGPASSWORD or ~/.pgpass, never from here."
        ),
    ),
    "course.config_feedback": (
        "Retours aux élèves : les tests cachés et leurs messages sont retirés.",
        "Feedback to pupils: hidden tests and their messages are removed.",
    ),
    # --- outputs written into graded notebooks ---------------------------------------------
    "course.cell_not_run": (
        "Cellule non exécutée : le noyau Python s'était arrêté ou ne répondait plus.",
        "Cell not run: the Python kernel had stopped or no longer answered.",
    ),
    "course.kernel_died_output": (
        "Le noyau Python s'est arrêté pendant cette cellule.",
        "The Python kernel stopped during this cell.",
    ),
    "course.kernel_stuck_output": (
        "Cette cellule ne s'arrête pas, même interrompue : la correction s'arrête ici.",
        "This cell does not stop, even interrupted: grading stops here.",
    ),
    "course.output_truncated": (
        "… sortie trop longue, coupée pour la correction …",
        "… output too long, cut for grading …",
    ),
    "course.hidden_tests_failed": (
        "✗ Un test de correction n'est pas passé ({error}).",
        "✗ A grading test did not pass ({error}).",
    ),
    "course.hidden_tests_passed": (
        "✓ Les tests de correction sont passés.",
        "✓ The grading tests passed.",
    ),
    # --- issues met while grading ----------------------------------------------------------
    "course.issue_corrupt": (
        (
            "notebook illisible « {file} » (fichier abîmé : {error}) : noté 0, fichier conservé "
            "dans submitted/"
        ),
        ("unreadable notebook “{file}” (damaged file: {error}): scored 0, file kept in submitted/"),
    ),
    "course.issue_no_notebook": (
        "aucun notebook attendu rendu ({expected}) : noté 0",
        "none of the expected notebooks submitted ({expected}): scored 0",
    ),
    "course.issue_lingering_processes": (
        (
            "le code de l'élève a laissé {count} processus en marche après son notebook : "
            "ils ont été arrêtés, vérifiez la copie"
        ),
        (
            "the pupil's code left {count} {count:plural:process|processes} running after its notebook: they were "
            "ended, check the submission"
        ),
    ),
    "course.issue_worker_died": (
        (
            "ce travail a arrêté le processus qui le corrigeait (deux essais) : non noté, "
            "à corriger à la main"
        ),
        (
            "this submission stopped the process grading it (two attempts): not graded, grade "
            "it by hand"
        ),
    ),
    "course.issue_tampering": (
        (
            "le code de l'élève a modifié {what} pendant la correction : fusion arrêtée, "
            "résultats non enregistrés"
        ),
        "the pupil's code changed {what} during grading: merge stopped, results not saved",
    ),
    "course.not_isolated": (
        (
            "Attention : le code des élèves s'exécute avec vos droits : il peut lire et modifier "
            "vos fichiers (isolement possible seulement sous Linux, avec bubblewrap "
            "(« apt install bubblewrap ») ou en root avec setpriv). Ne corrigez que des travaux "
            "de confiance."
        ),
        (
            "Warning: pupils' code runs with your rights: it can read and change your files "
            "(isolation only works on Linux, with bubblewrap (“apt install bubblewrap”) or as "
            "root with setpriv). Grade only trusted submissions."
        ),
    ),
    "course.not_isolated_blocked": (
        (
            "Attention : le code des élèves s'exécute avec vos droits : bubblewrap est installé "
            "mais ce système lui refuse les espaces de noms utilisateur (réglage "
            "kernel.apparmor_restrict_unprivileged_userns, ou un conteneur). Demandez à "
            "l'administrateur de l'autoriser pour bwrap, ou lancez la correction en root. Ne "
            "corrigez que des travaux de confiance."
        ),
        (
            "Warning: pupils' code runs with your rights: bubblewrap is installed but this "
            "system refuses it user namespaces (kernel.apparmor_restrict_unprivileged_userns, "
            "or a container). Ask the administrator to allow it for bwrap, or grade as root. "
            "Grade only trusted submissions."
        ),
    ),
    "course.protection_bwrap_uid": (
        (
            "Isolement : chaque copie est corrigée dans un bac à sable bubblewrap, sous un "
            "utilisateur sans droits et sans réseau ; le cours, le carnet de notes, votre "
            "configuration et le paquet enseignant lui sont cachés."
        ),
        (
            "Isolation: each submission is graded in a bubblewrap sandbox, as a user without "
            "rights and without network; the course, the gradebook, your configuration and the "
            "teacher package are hidden from it."
        ),
    ),
    "course.protection_bwrap": (
        (
            "Isolement : chaque copie est corrigée dans un bac à sable bubblewrap, sans réseau ; "
            "le cours, le carnet de notes, votre dossier personnel et le paquet enseignant lui "
            "sont cachés (il garde votre compte, mais ne voit que son propre dossier)."
        ),
        (
            "Isolation: each submission is graded in a bubblewrap sandbox, without network; the "
            "course, the gradebook, your home folder and the teacher package are hidden from it "
            "(it keeps your account but sees only its own folder)."
        ),
    ),
    "course.protection_uid": (
        (
            "Isolement partiel : chaque copie est corrigée sous un utilisateur sans droits, mais "
            "sans bubblewrap le réseau reste ouvert et les fichiers lisibles par tous (dont le "
            "paquet enseignant, avec les corrigés) le restent. Installez bubblewrap "
            "(« apt install bubblewrap »)."
        ),
        (
            "Partial isolation: each submission is graded as a user without rights, but without "
            "bubblewrap the network stays open and world-readable files (the teacher package "
            "with the solutions among them) stay readable. Install bubblewrap "
            "(“apt install bubblewrap”)."
        ),
    ),
    "course.issue_kernel_died": (
        (
            "le noyau Python s'est arrêté à la cellule « {cell} » (os._exit, mémoire ?) : "
            "les cellules suivantes sont notées 0"
        ),
        (
            "the Python kernel stopped at cell “{cell}” (os._exit, memory?): the following "
            "cells score 0"
        ),
    ),
    "course.issue_timeout": (
        "boucle sans fin ? cellule « {cell} » interrompue après {seconds} s : notée 0",
        "endless loop? cell “{cell}” interrupted after {seconds} s: scored 0",
    ),
    "course.issue_out_of_memory": (
        (
            "la cellule « {cell} » a demandé plus de mémoire que la correction n'en permet "
            "(MemoryError) : notée 0 si son test échoue"
        ),
        (
            "cell “{cell}” asked for more memory than grading allows (MemoryError): scored 0 "
            "if its test fails"
        ),
    ),
    "course.issue_kernel_stuck": (
        (
            "la cellule « {cell} » ne s'arrête pas, même interrompue après {seconds} s : les "
            "cellules suivantes ne sont pas exécutées (notées 0)"
        ),
        (
            "cell “{cell}” does not stop, even interrupted after {seconds} s: the following cells "
            "are not run (score 0)"
        ),
    ),
    "course.issue_grading_error": (
        "erreur inattendue pendant la correction ({error}) : à corriger à la main",
        "unexpected error while grading ({error}): grade by hand",
    ),
    "course.issue_unreadable_folder": (
        "dossier rendu illisible {folder} ({error})",
        "unreadable submission folder {folder} ({error})",
    ),
    "course.issue_renamed": (
        "fichier renommé : « {found} » a été noté comme « {expected} »",
        "renamed file: “{found}” was graded as “{expected}”",
    ),
    "course.issue_locked_edited": (
        "cellule verrouillée « {cell} » modifiée : la version d'origine a été rétablie",
        "locked cell “{cell}” edited: the original version was restored",
    ),
    "course.issue_locked_deleted": (
        "cellule verrouillée « {cell} » supprimée : elle a été remise",
        "locked cell “{cell}” deleted: it was put back",
    ),
    "course.issue_answer_deleted": (
        "cellule de réponse « {cell} » supprimée : remise vide, à noter à la main",
        "answer cell “{cell}” deleted: put back empty, grade it by hand",
    ),
    "course.issue_metadata_changed": (
        "réglages nbgrader de la cellule « {cell} » modifiés : rétablis",
        "nbgrader settings of cell “{cell}” changed: restored",
    ),
    "course.issue_huge_output": (
        "sortie énorme dans la cellule « {cell} » : coupée",
        "enormous output in cell “{cell}”: cut",
    ),
    "course.issue_extra_notebook": (
        "notebook en plus « {file} » : ignoré (conservé dans submitted/)",
        "extra notebook “{file}”: ignored (kept in submitted/)",
    ),
    # --- grading summary -------------------------------------------------------------------
    "course.summary_title": (
        "Correction automatique de « {lesson} » : {count} {count:plural:travail noté|travaux notés}.",
        "Autograding of “{lesson}”: {count} {count:plural:submission graded|submissions graded}.",
    ),
    "course.summary_ok": (
        "  {student} : {score} / {max} {max:plural:point|points}, soit {mark} / 20",
        "  {student}: {score} / {max} {max:plural:point|points}, i.e. {mark} / 20",
    ),
    "course.summary_attention": (
        "  {student} : {score} / {max} {max:plural:point|points}, soit {mark} / 20 — À VÉRIFIER",
        "  {student}: {score} / {max} {max:plural:point|points}, i.e. {mark} / 20 — CHECK IT",
    ),
    "course.summary_written": (
        "  réponses écrites à noter dans le formgrader",
        "  written answers to grade in the formgrader",
    ),
    "course.summary_total": (
        (
            "Bilan : {graded} {graded:plural:travail noté|travaux notés}, {attention} à vérifier (signalés dans le formgrader), "
            "{skipped} {skipped:plural:déjà noté et inchangé|déjà notés et inchangés}."
        ),
        (
            "Summary: {graded} {graded:plural:submission graded|submissions graded}, {attention} to check (flagged in the "
            "formgrader), {skipped} already graded and unchanged."
        ),
    ),
    "course.no_submissions": (
        (
            "Aucun travail rendu pour « {lesson} » dans submitted/. Avez-vous lancé "
            "« eduia course collect {lesson} » ?"
        ),
        "No submission for “{lesson}” in submitted/. Did you run “eduia course collect {lesson}”?",
    ),
    # --- course folder ---------------------------------------------------------------------
    "course.lesson_not_generated": (
        (
            "La leçon « {lesson} » n'est pas encore dans le carnet de notes : lancez d'abord "
            "« nbgrader generate_assignment {lesson} » dans le dossier du cours."
        ),
        (
            "Lesson “{lesson}” is not in the gradebook yet: first run "
            "“nbgrader generate_assignment {lesson}” in the course folder."
        ),
    ),
    "course.not_a_course": (
        (
            "{path} n'est pas un dossier de cours (pas de nbgrader_config.py). Créez-le avec "
            "« eduia course init DOSSIER » ou indiquez-le avec --course."
        ),
        (
            "{path} is not a course folder (no nbgrader_config.py). Create it with "
            "“eduia course init FOLDER” or give it with --course."
        ),
    ),
    "course.unknown_lesson": (
        "Leçon inconnue : « {lesson} ». Leçons du cours : {known}.",
        "Unknown lesson: “{lesson}”. Lessons of the course: {known}.",
    ),
    "course.bad_course_id": (
        (
            "Identifiant de cours impossible : « {course_id} ». Utilisez des lettres sans accent, "
            "des chiffres, « - », « _ » ou « . » (exemple : seconde-3)."
        ),
        (
            "Unusable course id: “{course_id}”. Use unaccented letters, digits, “-”, “_” or “.” "
            "(example: seconde-3)."
        ),
    ),
    "course.group_help": (
        (
            "groupe unix des professeurs qui partagent ce cours sur un serveur (ils pourront le "
            "lire) ; sans lui, seul votre compte peut ouvrir le dossier du cours"
        ),
        (
            "unix group of the teachers who share this course on a server (they may read it); "
            "without it, only your account can open the course folder"
        ),
    ),
    "course.unknown_group": (
        (
            "Le groupe « {group} » n'existe pas sur cette machine : créez-le (groupadd) ou "
            "vérifiez son nom. Rien n'a été créé."
        ),
        (
            "The group “{group}” does not exist on this machine: create it (groupadd) or check "
            "its name. Nothing was created."
        ),
    ),
    "course.init_not_a_folder": (
        (
            "« {path} » existe déjà et ce n'est pas un dossier : choisissez un autre nom pour le "
            "dossier du cours. Rien n'a été créé."
        ),
        (
            "“{path}” already exists and is not a folder: choose another name for the course folder. "
            "Nothing was created."
        ),
    ),
    "course.no_lesson_in_folder": (
        (
            "Aucune leçon dans « {path} » : on attend un dossier par leçon, « NN-nom/NN-nom.ipynb » "
            "(par exemple 00-jupyter/00-jupyter.ipynb). Rien n'a été créé."
        ),
        (
            "No lesson in “{path}”: one folder per lesson is expected, “NN-name/NN-name.ipynb” "
            "(for example 00-jupyter/00-jupyter.ipynb). Nothing was created."
        ),
    ),
    "course.broken_lesson": (
        (
            "Le notebook « {path} » est illisible (fichier abîmé ou qui n'est pas un notebook) : "
            "remplacez-le par une bonne copie. Rien n'a été créé."
        ),
        (
            "The notebook “{path}” cannot be read (damaged, or not a notebook): replace it with a "
            "good copy. Nothing was created."
        ),
    ),
    "course.no_lessons": (
        (
            "Pas de leçons à copier ({path}). Les sources des leçons (avec solutions et tests "
            "cachés) sont dans le paquet enseignant : installez-le (« pip install "
            "eduia-enseignant », ou le paquet hors ligne enseignant), ou indiquez le dossier des "
            "sources avec --lessons."
        ),
        (
            "No lessons to copy ({path}). The lesson sources (with solutions and hidden tests) are "
            "in the teacher package: install it (“pip install eduia-enseignant”, or the offline "
            "teacher bundle), or give the folder of the sources with --lessons."
        ),
    ),
    "course.init_done": (
        (
            "Cours « {course_id} » prêt dans {path} : {copied} {copied:plural:leçon copiée|leçons copiées}, {kept} déjà "
            "{kept:plural:présente et conservée|présentes et conservées}. Lisez {readme}."
        ),
        (
            "Course “{course_id}” ready in {path}: {copied} {copied:plural:lesson copied|lessons copied}, {kept} already there "
            "and kept. Read {readme}."
        ),
    ),
    "course.readme": (
        (
            "# Cours {course_id}\n\n"
            "Ce dossier est un cours nbgrader préparé par eduia. Ouvrez un terminal ici.\n\n"
            "1. Importer la classe : `eduia course roster liste.csv` (export Pronote : Nom ; "
            "Prénom ; Classe).\n"
            "2. Préparer une leçon : `nbgrader generate_assignment 02-plus-proches-voisins`.\n"
            "3. La distribuer : `nbgrader release_assignment 02-plus-proches-voisins` "
            "(dossier d'échange : {exchange_root}).\n"
            "4. Ramasser : `eduia course collect 02-plus-proches-voisins` (copies rendues à "
            "nouveau, en retard, dossiers mal nommés ; clé USB : `--depuis DOSSIER`).\n"
            "5. Corriger : `eduia course autograde 02-plus-proches-voisins --jobs 2`, puis les "
            "réponses écrites dans JupyterLab, menu Nbgrader > Formgrader.\n"
            "6. Retours aux élèves : `eduia course feedback 02-plus-proches-voisins`.\n"
            "7. Notes sur 20 : `eduia course export --out notes.csv` (s'ouvre dans LibreOffice "
            "ou Excel).\n\n"
            "Leçons du cours :\n{lessons}\n\n"
            "Le guide complet est dans teacher_guide/nbgrader.md.\n"
        ),
        (
            "# Course {course_id}\n\n"
            "This folder is an nbgrader course prepared by eduia. Open a terminal here.\n\n"
            "1. Import the class: `eduia course roster list.csv`.\n"
            "2. Prepare a lesson: `nbgrader generate_assignment 02-plus-proches-voisins`.\n"
            "3. Release it: `nbgrader release_assignment 02-plus-proches-voisins` "
            "(exchange folder: {exchange_root}).\n"
            "4. Collect: `eduia course collect 02-plus-proches-voisins` (resubmitted and late "
            "copies, misnamed folders; USB key: `--depuis FOLDER`).\n"
            "5. Grade: `eduia course autograde 02-plus-proches-voisins --jobs 2`, then the "
            "written answers in JupyterLab, menu Nbgrader > Formgrader.\n"
            "6. Feedback: `eduia course feedback 02-plus-proches-voisins`.\n"
            "7. Marks out of 20: `eduia course export --out marks.csv`.\n\n"
            "Lessons of the course:\n{lessons}\n\n"
            "The full guide is teacher_guide/nbgrader.md.\n"
        ),
    ),
    # --- collect (eduia course collect) ----------------------------------------------------
    "course.collect_help": (
        (
            "ramasser les copies d'une leçon (dossier d'échange ou clé USB), copies rendues à "
            "nouveau, en retard et dossiers inconnus compris"
        ),
        (
            "collect the copies of a lesson (exchange folder or USB key), including resubmitted "
            "and late copies and unknown folders"
        ),
    ),
    "course.collect_from_help": (
        (
            "prendre les copies dans ce dossier (clé USB, dossier réseau) : un dossier par élève "
            "(<identifiant>/) ou un notebook par élève (<identifiant>.ipynb)"
        ),
        (
            "take the copies from this folder (USB key, network folder): one folder per pupil "
            "(<id>/) or one notebook per pupil (<id>.ipynb)"
        ),
    ),
    "course.collect_due_help": (
        "date limite de rendu (« 05/12/2026 18:00 », heure de ce PC) ; gardée pour la leçon",
        "due date (“05/12/2026 18:00”, this PC's time); kept for the lesson",
    ),
    "course.collect_bad_due": (
        (
            "date limite « {value} » incomprise : écrivez-la JJ/MM/AAAA HH:MM, par exemple "
            "« 05/12/2026 18:00 »"
        ),
        "due date “{value}” not understood: write it DD/MM/YYYY HH:MM, e.g. “05/12/2026 18:00”",
    ),
    "course.collect_title": (
        "Ramassage de « {lesson} » (date limite : {due}) :",
        "Collecting “{lesson}” (due date: {due}):",
    ),
    "course.collect_no_due": ("aucune", "none"),
    "course.collect_new": (
        "  {student} : copie ramassée (rendue le {date})",
        "  {student}: copy collected (handed in on {date})",
    ),
    "course.collect_updated": (
        (
            "  {student} : copie rendue à nouveau le {date}, elle remplace celle du {previous} "
            "(à corriger de nouveau)"
        ),
        (
            "  {student}: copy handed in again on {date}, it replaces the one of {previous} "
            "(to grade again)"
        ),
    ),
    "course.collect_unchanged": (
        "  {student} : déjà ramassée, inchangée (rendue le {date})",
        "  {student}: already collected, unchanged (handed in on {date})",
    ),
    "course.collect_older": (
        "  {student} : copie du {date} ignorée, la copie déjà ramassée est plus récente ({previous})",
        "  {student}: copy of {date} ignored, the copy already collected is newer ({previous})",
    ),
    "course.collect_several": (
        "rendue {count} fois : seule la dernière est gardée",
        "handed in {count} {count:plural:time|times}: only the last one is kept",
    ),
    "course.collect_late": ("EN RETARD de {delay}", "LATE by {delay}"),
    "course.collect_dated_from_file": (
        "pas de timestamp.txt : date prise sur le fichier « {origin} » (timestamp.txt écrit)",
        "no timestamp.txt: date taken from the file “{origin}” (timestamp.txt written)",
    ),
    "course.collect_bad_timestamp": (
        (
            "{student} : timestamp.txt ne contient pas une date (« {text} ») ; la date du fichier "
            "est utilisée, vérifiez-la"
        ),
        (
            "{student}: timestamp.txt does not hold a date (“{text}”); the file's date is used, "
            "check it"
        ),
    ),
    "course.collect_unknown": (
        (
            "dossier « {name} » ({where}) : aucun élève de la liste ne porte ce nom ; copie non "
            "ramassée ni corrigée. Renommez-le avec l'identifiant de l'élève (eleves.csv), ou "
            "importez la liste à jour."
        ),
        (
            "folder “{name}” ({where}): no pupil of the list has this name; copy neither collected "
            "nor graded. Rename it with the pupil's id (eleves.csv), or import the current list."
        ),
    ),
    "course.collect_unknown_suggest": (
        (
            "dossier « {name} » ({where}) : aucun élève de la liste ne porte ce nom ; vouliez-vous "
            "dire « {suggestion} » ? Copie non ramassée ni corrigée : renommez le dossier en "
            "« {suggestion} » puis relancez."
        ),
        (
            "folder “{name}” ({where}): no pupil of the list has this name; did you mean "
            "“{suggestion}”? Copy neither collected nor graded: rename the folder “{suggestion}” "
            "and run again."
        ),
    ),
    "course.collect_where_exchange": ("dossier d'échange", "exchange folder"),
    "course.collect_where_folder": ("dossier --depuis", "--depuis folder"),
    "course.collect_where_submitted": ("dans submitted/", "in submitted/"),
    "course.collect_absent": (
        "Pas de copie pour {count} {count:plural:élève|élèves} : {names}",
        "No copy for {count} {count:plural:pupil|pupils}: {names}",
    ),
    "course.collect_total": (
        (
            "Bilan : {new} {new:plural:copie nouvelle|copies nouvelles}, {updated} {updated:plural:rendue|rendues} à nouveau, {unchanged} {unchanged:plural:inchangée|inchangées}, "
            "{older} {older:plural:plus ancienne ignorée|plus anciennes ignorées} ; {late} en retard, {unknown} {unknown:plural:dossier inconnu|dossiers inconnus}, "
            "{absent} {absent:plural:élève|élèves} sans copie."
        ),
        (
            "Summary: {new} {new:plural:new copy|new copies}, {updated} handed in again, {unchanged} unchanged, {older} "
            "older ignored; {late} late, {unknown} {unknown:plural:unknown folder|unknown folders}, {absent} {absent:plural:pupil|pupils} without a copy."
        ),
    ),
    "course.collect_no_exchange": (
        (
            "Le dossier d'échange {root} n'a pas de rendus pour ce cours ({error}). Sur des PC "
            "séparés, ramassez les copies avec « eduia course collect {lesson} --depuis DOSSIER »."
        ),
        (
            "The exchange folder {root} has no submissions for this course ({error}). On separate "
            "PCs, collect the copies with “eduia course collect {lesson} --depuis FOLDER”."
        ),
    ),
    "course.collect_no_folder": (
        "Le dossier {path} n'existe pas (clé USB branchée ?).",
        "The folder {path} does not exist (is the USB key plugged in?).",
    ),
    "course.issue_bad_timestamp": (
        (
            "timestamp.txt ne contient pas une date (« {text} ») : date de rendu inconnue, retard "
            "non calculé"
        ),
        (
            "timestamp.txt does not hold a date (“{text}”): hand-in date unknown, lateness not "
            "computed"
        ),
    ),
    "course.summary_unknown": (
        "  ! dossier « {name} » de submitted/ ignoré : aucun élève de la liste ne porte ce nom{hint}",
        "  ! folder “{name}” of submitted/ skipped: no pupil of the list has this name{hint}",
    ),
    "course.summary_unknown_hint": (
        " (vouliez-vous dire « {suggestion} » ? renommez le dossier)",
        " (did you mean “{suggestion}”? rename the folder)",
    ),
    # --- roster ----------------------------------------------------------------------------
    "course.roster_no_name_column": (
        (
            "Aucune colonne de noms dans cette liste (colonnes trouvées : {columns}). Il faut une "
            "colonne « Nom » et une colonne « Prénom », ou une colonne « Élève »."
        ),
        (
            "No column of names in this list (columns found: {columns}). It needs a “Nom” and a "
            "“Prénom” column, or an “Élève” column."
        ),
    ),
    "course.roster_missing_last_name": ("nom manquant", "last name missing"),
    "course.roster_missing_first_name": ("prénom manquant", "first name missing"),
    "course.roster_bad_login": (
        "identifiant « {login} » impossible (lettres sans accent, chiffres, « . », « - », « _ »)",
        "unusable login “{login}” (unaccented letters, digits, “.”, “-”, “_”)",
    ),
    "course.roster_unreadable": (
        "Impossible de lire la liste {path} : {error}",
        "Cannot read the list {path}: {error}",
    ),
    "course.roster_done": (
        (
            "Classe importée : {added} {added:plural:élève ajouté|élèves ajoutés}, {updated} mis à jour, {rejected} "
            "{rejected:plural:ligne ignorée|lignes ignorées}. Liste du cours : {path}."
        ),
        (
            "Class imported: {added} {added:plural:pupil added|pupils added}, {updated} updated, {rejected} {rejected:plural:row skipped|rows skipped}. "
            "Course list: {path}."
        ),
    ),
    "course.roster_rejected": (
        "  ligne {line} ignorée : {reason}",
        "  row {line} skipped: {reason}",
    ),
    "course.roster_spreadsheet": (
        (
            "{path} est un classeur (Excel ou LibreOffice), pas une liste CSV : ouvrez-le dans votre "
            "tableur, « Enregistrer sous… » au format CSV (point-virgule), puis importez ce fichier CSV. "
            "Rien n'a été importé."
        ),
        (
            "{path} is a spreadsheet (Excel or LibreOffice), not a CSV list: open it in your "
            "spreadsheet software, “Save as…” CSV (semicolon), then import that CSV file. Nothing "
            "was imported."
        ),
    ),
    "course.roster_binary": (
        (
            "{path} n'est pas une liste de classe en texte (CSV) : c'est un fichier binaire (image, "
            "PDF, archive…). Exportez la liste depuis Pronote au format CSV. Rien n'a été importé."
        ),
        (
            "{path} is not a class list in text (CSV): it is a binary file (image, PDF, archive…). "
            "Export the list from Pronote as CSV. Nothing was imported."
        ),
    ),
    "course.roster_too_long": (
        (
            "{path} a {rows} {rows:plural:ligne|lignes}, plus que toute classe (au plus {max}) : est-ce bien la liste "
            "d'une classe ? Rien n'a été importé."
        ),
        (
            "{path} has {rows} {rows:plural:row|rows}, more than any class (at most {max}): is it really a class "
            "list? Nothing was imported."
        ),
    ),
    # --- export ----------------------------------------------------------------------------
    "course.column_id": ("identifiant", "id"),
    "course.column_last_name": ("nom", "last name"),
    "course.column_first_name": ("prénom", "first name"),
    "course.column_classe": ("classe", "class"),
    "course.column_lesson": ("leçon", "lesson"),
    "course.column_points": ("points", "points"),
    "course.column_maximum": ("maximum", "maximum"),
    "course.column_mark": ("note sur 20", "mark out of 20"),
    "course.column_status": ("état", "status"),
    "course.column_lesson_mark": ("{lesson} (sur 20)", "{lesson} (out of 20)"),
    "course.column_not_final": ("notes à revoir", "marks not final"),
    "course.export_out_is_folder": (
        "{path} est un dossier : donnez un nom de fichier, par exemple {path}/notes.csv.",
        "{path} is a folder: give a file name, for example {path}/notes.csv.",
    ),
    "course.export_no_folder": (
        "Le dossier {path} n'existe pas : créez-le, ou choisissez un autre endroit avec --out.",
        "The folder {path} does not exist: create it, or choose another place with --out.",
    ),
    "course.export_unwritable": (
        (
            "Impossible d'écrire {path} ({error}). Le fichier est peut-être ouvert dans un tableur : "
            "fermez-le, ou choisissez un autre nom avec --out."
        ),
        (
            "Cannot write {path} ({error}). The file may be open in a spreadsheet: close it, or "
            "choose another name with --out."
        ),
    ),
    "course.export_format_help": (
        (
            "« long » : une ligne par élève et par leçon (défaut) ; « large » : une ligne par élève, "
            "une colonne par leçon (saisie dans Pronote)"
        ),
        (
            "“long”: one row per pupil and lesson (default); “large”: one row per pupil, one column "
            "per lesson (Pronote entry)"
        ),
    ),
    "course.export_done_wide": (
        "Notes écrites dans {path} : {rows} {rows:plural:élève|élèves}, une colonne par leçon (notes sur 20).",
        "Marks written to {path}: {rows} {rows:plural:pupil|pupils}, one column per lesson (marks out of 20).",
    ),
    "course.status_graded": ("noté", "graded"),
    "course.status_check": ("à vérifier", "to check"),
    "course.status_to_grade": ("réponses écrites à noter", "written answers to grade"),
    "course.status_missing": ("non rendu", "not handed in"),
    "course.export_done": (
        "Notes écrites dans {path} : {rows} {rows:plural:ligne|lignes} (une par élève et par leçon).",
        "Marks written to {path}: {rows} {rows:plural:row|rows} (one per pupil and lesson).",
    ),
    # --- command line ----------------------------------------------------------------------
    "course.help": (
        "le travail de l'enseignant avec nbgrader : cours, classe, correction, retours, notes",
        "the teacher's work with nbgrader: course, class, grading, feedback, marks",
    ),
    "course.course_help": (
        "dossier du cours (par défaut : le dossier courant)",
        "course folder (default: the current folder)",
    ),
    "course.init_help": (
        "créer (ou mettre à jour) un dossier de cours nbgrader avec les leçons",
        "create (or refresh) an nbgrader course folder with the lessons",
    ),
    "course.directory_help": ("dossier du cours à créer", "course folder to create"),
    "course.course_id_help": (
        "identifiant du cours, partagé avec les élèves (par défaut : le nom du dossier)",
        "course id, shared with the pupils (default: the folder's name)",
    ),
    "course.lessons_help": (
        "dossier des sources des leçons (par défaut : notebooks/source d'eduia)",
        "folder of the lesson sources (default: eduia's notebooks/source)",
    ),
    "course.exchange_help": (
        "dossier d'échange nbgrader partagé avec les élèves (défaut : /srv/nbgrader/exchange)",
        "nbgrader exchange folder shared with the pupils (default: /srv/nbgrader/exchange)",
    ),
    "course.db_url_help": (
        (
            "adresse SQLAlchemy de la base des notes, par exemple "
            "postgresql+psycopg://prof@serveur/notes (défaut : gradebook.db dans le dossier du cours)"
        ),
        (
            "SQLAlchemy URL of the gradebook, for instance postgresql+psycopg://teacher@server/grades "
            "(default: gradebook.db in the course folder)"
        ),
    ),
    "course.bad_db_url": (
        (
            "L'adresse de la base des notes « {url} » n'est pas une adresse SQLAlchemy "
            "(par exemple postgresql+psycopg://prof@serveur/notes)."
        ),
        (
            "The gradebook URL “{url}” is not a SQLAlchemy URL "
            "(for instance postgresql+psycopg://teacher@server/grades)."
        ),
    ),
    "course.db_url_password": (
        (
            "L'adresse de la base des notes contient un mot de passe : retirez-le, il serait écrit "
            "dans nbgrader_config.py. Donnez-le par la variable PGPASSWORD ou le fichier ~/.pgpass."
        ),
        (
            "The gradebook URL holds a password: remove it, it would be written into "
            "nbgrader_config.py. Give it through the PGPASSWORD variable or the ~/.pgpass file."
        ),
    ),
    "course.timeout_help": (
        "secondes accordées à chaque cellule pendant la correction (défaut : 30)",
        "seconds allowed to each cell while grading (default: 30)",
    ),
    "course.roster_help": (
        "importer la liste de la classe (export Pronote, CSV)",
        "import the class list (Pronote export, CSV)",
    ),
    "course.roster_file_help": (
        "fichier CSV : colonnes Nom, Prénom, Classe (ou Élève)",
        "CSV file: columns Nom, Prénom, Classe (or Élève)",
    ),
    "course.autograde_help": (
        "corriger automatiquement tous les travaux rendus d'une leçon",
        "autograde every submission of a lesson",
    ),
    "course.lesson_help": (
        "la leçon (par exemple 02-plus-proches-voisins, ou 02)",
        "the lesson (for example 02-plus-proches-voisins, or 02)",
    ),
    "course.jobs_help": (
        "nombre de corrections en parallèle (par défaut : 1 ; 2 sur un PC à deux cœurs)",
        "number of parallel gradings (default: 1; 2 on a two-core PC)",
    ),
    "course.force_help": (
        "corriger aussi les travaux déjà corrigés et inchangés",
        "also grade submissions already graded and unchanged",
    ),
    "course.feedback_help": (
        "écrire les retours aux élèves, sans les tests cachés, et les leur envoyer",
        "write the pupils' feedback, without hidden tests, and send it to them",
    ),
    "course.no_release_help": (
        "écrire les retours sans les envoyer dans le dossier d'échange",
        "write the feedback without sending it to the exchange folder",
    ),
    "course.export_help": (
        "exporter les notes sur 20 (CSV pour LibreOffice ou Excel)",
        "export the marks out of 20 (CSV for LibreOffice or Excel)",
    ),
    "course.out_help": (
        "fichier à écrire (par défaut : notes.csv dans le dossier du cours)",
        "file to write (default: notes.csv in the course folder)",
    ),
    "course.feedback_done": (
        "Retours écrits pour « {lesson} » : {count} {count:plural:page|pages} dans feedback/ (sans les tests cachés).",
        "Feedback written for “{lesson}”: {count} {count:plural:page|pages} in feedback/ (without hidden tests).",
    ),
    "course.feedback_released": (
        "Retours envoyés : les élèves les récupèrent dans l'onglet Assignments de JupyterLab.",
        "Feedback released: pupils fetch it in JupyterLab's Assignments tab.",
    ),
    "course.feedback_release_failed": (
        (
            "Les retours sont écrits dans feedback/ mais n'ont pas pu être déposés dans le dossier "
            "d'échange ({error}). Vérifiez le dossier d'échange du cours, ou donnez les pages aux "
            "élèves autrement et relancez avec --no-release."
        ),
        (
            "The feedback is written in feedback/ but could not be put in the exchange folder "
            "({error}). Check the course's exchange folder, or hand the pages to the pupils "
            "another way and run again with --no-release."
        ),
    ),
    # --- eduia course feedback: per pupil, and the summary (teacher) ------------------------
    "course.feedback_not_graded": (
        (
            "Aucune copie corrigée pour « {lesson} » : ramassez les copies, lancez d'abord "
            "« eduia course autograde {lesson} », puis « eduia course feedback {lesson} »."
        ),
        (
            "No graded submission for “{lesson}”: collect the submissions, first run "
            "“eduia course autograde {lesson}”, then “eduia course feedback {lesson}”."
        ),
    ),
    "course.feedback_pupil_released": (
        "  {student} : retour envoyé par le dossier d'échange",
        "  {student}: feedback released through the exchange folder",
    ),
    "course.feedback_pupil_hand_over": (
        (
            "  {student} : copie arrivée hors du dossier d'échange (clé USB, PC séparé) : "
            "retour à lui remettre, dans {folder}"
        ),
        (
            "  {student}: submission not received through the exchange folder (USB stick, separate "
            "PC): feedback to hand over, in {folder}"
        ),
    ),
    "course.feedback_pupil_release_failed": (
        (
            "  {student} : retour non déposé dans le dossier d'échange ({error}) : à lui remettre, "
            "dans {folder}"
        ),
        "  {student}: feedback not put in the exchange folder ({error}): to hand over, in {folder}",
    ),
    "course.feedback_exchange_unusable": (
        "le dossier d'échange {root} n'existe pas ou n'est pas accessible en écriture",
        "the exchange folder {root} does not exist or cannot be written",
    ),
    "course.feedback_pupil_written": (
        "  {student} : retour écrit dans feedback/, pas envoyé (--no-release)",
        "  {student}: feedback written in feedback/, not released (--no-release)",
    ),
    "course.feedback_pupil_unreadable": (
        "  {student} : copie illisible (aucun carnet lisible) : pas de retour",
        "  {student}: unreadable submission (no readable notebook): no feedback",
    ),
    "course.feedback_pupil_not_graded": (
        "  {student} : copie pas encore corrigée : lancez « eduia course autograde {lesson} »",
        "  {student}: submission not graded yet: run “eduia course autograde {lesson}”",
    ),
    "course.feedback_pupil_resubmitted": (
        (
            "  {student} : copie rendue de nouveau après la correction : relancez "
            "« eduia course autograde {lesson} » avant les retours"
        ),
        (
            "  {student}: submitted again after grading: run “eduia course autograde {lesson}” "
            "before the feedback"
        ),
    ),
    "course.feedback_pupil_leak": (
        (
            "  {student} : page refusée, elle aurait montré un test caché (« {line} ») ; "
            "signalez-le aux développeurs d'eduia"
        ),
        (
            "  {student}: page refused, it would have shown a hidden test (“{line}”); please "
            "report it to eduia's developers"
        ),
    ),
    "course.feedback_pupil_error": (
        "  {student} : problème pendant son retour : {error}",
        "  {student}: problem while making the feedback: {error}",
    ),
    "course.feedback_summary": (
        (
            "Bilan : {released} {released:plural:envoyé|envoyés}, {hand_over} à remettre à la main, {written} {written:plural:écrit|écrits} sans "
            "envoi, {missing} sans retour."
        ),
        (
            "Summary: {released} released, {hand_over} to hand over, {written} written without "
            "release, {missing} without feedback."
        ),
    ),
    "course.feedback_hand_over_dir": (
        (
            "Retours à remettre à la main (un dossier par élève, à copier sur sa clé ou son "
            "compte) : {folder}"
        ),
        "Feedback to hand over (one folder per pupil, to copy to their stick or account): {folder}",
    ),
    "course.feedback_attachments": (
        "Documents joints à chaque retour (déclarés dans {folder}) : {files}",
        "Files attached to every feedback (declared in {folder}): {files}",
    ),
    "course.feedback_attachment_too_big": (
        "« {file} » dépasse 5 Mo : il est dans les dossiers à remettre, pas dans les pages envoyées.",
        "“{file}” is over 5 MB: it is in the folders to hand over, not in the released pages.",
    ),
    # --- the pupil's feedback page (pupils: « tu ») ------------------------------------------
    "course.page_title": ("Retour sur « {lesson} »", "Feedback on “{lesson}”"),
    "course.page_for": ("Pour {name}", "For {name}"),
    "course.page_mark": (
        "Note : {mark} / 20 ({score} / {max} {max:plural:point|points})",
        "Mark: {mark} / 20 ({score} / {max} {max:plural:point|points})",
    ),
    "course.page_mark_pending": (
        "Note provisoire : {mark} / 20 ({score} / {max} {max:plural:point|points})",
        "Provisional mark: {mark} / 20 ({score} / {max} {max:plural:point|points})",
    ),
    "course.page_pending_explained": (
        "Ton professeur n'a pas encore noté toutes tes réponses écrites : ta note peut encore monter.",
        "Your teacher has not graded all your written answers yet: your mark may still go up.",
    ),
    "course.page_penalty": (
        "Retard : {points} {points:plural:point retiré|points retirés}.",
        "Late: {points} {points:plural:point|points} taken off.",
    ),
    "course.page_col_cell": ("Cellule", "Cell"),
    "course.page_col_points": ("Points", "Points"),
    "course.page_col_status": ("État", "Status"),
    "course.page_points": ("{score} / {max}", "{score} / {max}"),
    "course.page_points_pending": ("? / {max}", "? / {max}"),
    "course.page_status_full": ("réussi", "passed"),
    "course.page_status_partial": ("en partie", "partly"),
    "course.page_status_zero": ("pas réussi", "not passed"),
    "course.page_status_pending": ("à noter par ton professeur", "to be graded by your teacher"),
    "course.page_notebook_missing": (
        "Le carnet « {notebook}.ipynb » n'était pas dans ta copie.",
        "The notebook “{notebook}.ipynb” was not in your submission.",
    ),
    "course.page_cell_missing": (
        "La cellule « {cell} » n'était plus dans ta copie : elle a été remise pour la correction.",
        "The cell “{cell}” was no longer in your submission: it was put back for grading.",
    ),
    "course.page_own_run": (
        "Ce que la vérification t'a dit quand tu as lancé cette cellule :",
        "What the check told you when you ran this cell:",
    ),
    "course.page_verdict_passed": (
        "✓ Les tests de correction sont passés : {score} / {max} {max:plural:point|points}.",
        "✓ The grading tests passed: {score} / {max} {max:plural:point|points}.",
    ),
    "course.page_verdict_failed": (
        "✗ Un test de correction n'est pas passé : {score} / {max} {max:plural:point|points}.",
        "✗ A grading test did not pass: {score} / {max} {max:plural:point|points}.",
    ),
    "course.page_verdict_written": (
        "Réponse écrite : {score} / {max} {max:plural:point|points}.",
        "Written answer: {score} / {max} {max:plural:point|points}.",
    ),
    "course.page_verdict_pending": (
        "Réponse à noter par ton professeur (sur {max} {max:plural:point|points}).",
        "Answer to be graded by your teacher (out of {max} {max:plural:point|points}).",
    ),
    "course.page_check_not_run": (
        (
            "Tu n'avais pas lancé cette vérification avant de rendre ta copie : lance-la dans ta "
            "leçon pour lire son message."
        ),
        "You had not run this check before handing in: run it in your lesson to read its message.",
    ),
    "course.page_hint": (
        "Pour un indice, lance « {call} » dans ta leçon.",
        "For a hint, run “{call}” in your lesson.",
    ),
    "course.page_comment": ("Commentaire de ton professeur :", "Your teacher's comment:"),
    "course.page_widget": (
        "(manipulation interactive : visible seulement dans JupyterLab)",
        "(interactive playground: visible only in JupyterLab)",
    ),
    "course.page_attachments": ("Documents joints par ton professeur", "Files from your teacher"),
    "course.page_attachment_too_big": (
        "trop gros pour la page : ton professeur te le remettra",
        "too big for the page: your teacher will hand it to you",
    ),
}
