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
}
