"""Messages of eduia's help in the pupil's kernel (``eduia.checks``): missing names left by an
unfinished exercise, and the French explanation of the mistakes French pupils make."""

MESSAGES = {
    # a name an unfinished exercise left undefined (« Run All » goes on)
    "help.missing_answer": (
        (
            "« {name} » n'existe pas encore : c'est ta réponse à l'exercice « {exercise} », plus "
            "haut. Fais cet exercice (ou exécute sa cellule si tu l'as déjà écrit), puis exécute à "
            "nouveau cette cellule. La suite du carnet continue."
        ),
        (
            "“{name}” does not exist yet: it is your answer to exercise “{exercise}” above. Do that "
            "exercise (or run its cell if you already wrote it), then run this cell again. The rest "
            "of the notebook goes on."
        ),
    ),
    "help.missing_after_stub": (
        (
            "« {name} » n'existe pas encore : elle se calcule avec ta fonction « {function} », qui "
            "n'est pas encore écrite. Fais d'abord l'exercice « {function} » plus haut, puis exécute "
            "à nouveau cette cellule. La suite du carnet continue."
        ),
        (
            "“{name}” does not exist yet: it is computed with your function “{function}”, which is "
            "not written yet. Do exercise “{function}” above first, then run this cell again. The "
            "rest of the notebook goes on."
        ),
    ),
    "help.missing_after_answer": (
        (
            "« {name} » n'existe pas encore : elle se calcule à partir de ta réponse à l'exercice "
            "« {exercise} », pas encore donnée. Fais d'abord cet exercice plus haut, puis exécute à "
            "nouveau cette cellule. La suite du carnet continue."
        ),
        (
            "“{name}” does not exist yet: it is computed from your answer to exercise “{exercise}”, "
            "not given yet. Do that exercise above first, then run this cell again. The rest of the "
            "notebook goes on."
        ),
    ),
    "help.missing_after_unfinished_cell": (
        (
            "« {name} » n'existe pas encore : la cellule qui la calcule, plus haut, n'est pas encore "
            "finie (elle contient encore « raise NotImplementedError() »). Termine-la, puis exécute "
            "à nouveau cette cellule. La suite du carnet continue."
        ),
        (
            "“{name}” does not exist yet: the cell above that computes it is not finished (it still "
            "contains “raise NotImplementedError()”). Finish it, then run this cell again. The rest "
            "of the notebook goes on."
        ),
    ),
    # a check that fails because an earlier exercise of the lesson is not right yet
    "help.earlier_exercise_fails": (
        (
            "Ta fonction « {function} » s'appuie sur l'exercice {exercises}, pas encore réussi : "
            "fais-le d'abord (plus haut), puis relance cette vérification."
        ),
        (
            "Your function “{function}” relies on exercise {exercises}, not passed yet: do it "
            "first (above), then run this check again."
        ),
    ),
    # the mistakes French pupils make, recognised with the line to fix
    "help.corrected_line": ("La ligne corrigée : {fixed}", "The corrected line: {fixed}"),
    "help.name_not_defined": (
        (
            "La variable « {name} » n'existe pas (encore) : Python ne connaît que ce que les "
            "cellules déjà exécutées ont défini, et après un redémarrage du noyau il a tout oublié. "
            "Exécute les cellules au-dessus (menu « Exécution › Exécuter tout au-dessus de la "
            "cellule sélectionnée »), puis celle-ci. Vérifie aussi l'orthographe (majuscules "
            "comprises)."
        ),
        (
            "The variable “{name}” does not exist (yet): Python only knows what the cells already "
            "run defined, and after a kernel restart it forgot everything. Run the cells above "
            "(menu “Run › Run All Above Selected Cell”), then this one. Check the spelling too "
            "(upper and lower case count)."
        ),
    ),
    "help.name_close": ("Voulais-tu dire « {close} » ?", "Did you mean “{close}”?"),
    "help.text_without_quotes": (
        (
            "« {name} » est-il un texte ? Alors mets-le entre guillemets : {quoted}. Sans "
            "guillemets, Python cherche une variable qui s'appelle {name}, et il n'y en a pas. (Si "
            "c'est une variable, exécute d'abord la cellule qui la définit.)"
        ),
        (
            "Is “{name}” a text? Then put it between quotes: {quoted}. Without quotes Python looks "
            "for a variable called {name}, and there is none. (If it is a variable, run the cell "
            "that defines it first.)"
        ),
    ),
    "help.spaced_thousands": (
        (
            "Ligne {line} : pas d'espace dans un nombre en Python : écris {joined} (ou "
            "{underscored}). La ligne corrigée : {fixed}"
        ),
        (
            "Line {line}: no spaces inside a number in Python: write {joined} (or {underscored}). "
            "The corrected line: {fixed}"
        ),
    ),
    "help.times_sign": (
        (
            "Ligne {line} : en Python, la multiplication s'écrit avec une étoile « * », pas avec "
            "« × » ni « x ». La ligne corrigée : {fixed}"
        ),
        (
            "Line {line}: in Python, multiplication is written with a star “*”, not “×” nor “x”. "
            "The corrected line: {fixed}"
        ),
    ),
    "help.decimal_comma": (
        (
            "Attention, ligne {line} : « {written} » fait de {name} un couple de deux nombres, "
            "{pair}, pas un nombre à virgule. En Python, la virgule d'un nombre s'écrit avec un "
            "point. La ligne corrigée : {fixed}"
        ),
        (
            "Careful, line {line}: “{written}” makes {name} a pair of two numbers, {pair}, not a "
            "decimal number. In Python the decimal comma is written as a point. The corrected "
            "line: {fixed}"
        ),
    ),
    "help.decimal_comma_later": (
        (
            "« {name} » n'est pas un nombre mais un couple de deux nombres, à cause de la virgule "
            "dans « {written} ». Écris {fixed} (avec un point), exécute cette cellule-là, puis "
            "celle-ci."
        ),
        (
            "“{name}” is not a number but a pair of two numbers, because of the comma in "
            "“{written}”. Write {fixed} (with a point), run that cell, then this one."
        ),
    ),
    "help.forgotten_return": (
        (
            "Ta fonction {names} ne renvoie rien (None) : il lui manque « return » à la fin. "
            "(print affiche une valeur, seul return la renvoie.)"
        ),
        (
            "Your function {names} gives back nothing (None): it lacks a “return” at the end. "
            "(print shows a value, only return gives it back.)"
        ),
    ),
    "help.traceback_below": (
        "Le détail de l'erreur, pour les curieux, est juste en dessous.",
        "The details of the error, for the curious, are just below.",
    ),
}
