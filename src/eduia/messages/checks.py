"""Messages of the self-checks (``eduia.checks``): verdicts, hints, solutions, beginner errors."""

MESSAGES = {
    # titles of the panels
    "checks.title_correct": ("Bravo, c'est juste !", "Well done, that's right!"),
    "checks.title_incorrect": ("Pas encore…", "Not yet…"),
    "checks.title_not_attempted": ("À toi de jouer", "Your turn"),
    "checks.title_uncheckable": ("Vérification impossible", "Cannot check"),
    "checks.title_hint": ("Indice", "Hint"),
    "checks.title_solution": ("Solution", "Solution"),
    "checks.title_info": ("À savoir", "Note"),
    "checks.title_explanation": ("En clair", "In plain words"),
    # verdicts
    "checks.value_correct": ("Ta réponse est correcte.", "Your answer is correct."),
    "checks.function_correct": (
        "Ta fonction donne le bon résultat sur tous les cas testés ({count}).",
        "Your function gives the right result on every case tested ({count}).",
    ),
    "checks.no_answer_given": (
        "Donne ta réponse entre les parenthèses, par exemple : check(ma_variable).",
        "Put your answer between the parentheses, for example: check(my_variable).",
    ),
    "checks.placeholder_value": (
        "Remplace « ... » (ou None) par ta réponse, exécute la cellule, puis relance la vérification.",
        "Replace “...” (or None) with your answer, run the cell, then run the check again.",
    ),
    "checks.placeholder_function": (
        (
            "Ta fonction contient encore « raise NotImplementedError() » : remplace cette ligne par "
            "ton code, exécute la cellule, puis relance la vérification."
        ),
        (
            "Your function still contains “raise NotImplementedError()”: replace that line with your "
            "code, run the cell, then run the check again."
        ),
    ),
    "checks.not_a_function": (
        (
            "Tu as donné {kind}, on attendait une fonction. Donne le nom de ta fonction sans "
            "parenthèses : check({name})."
        ),
        (
            "You gave {kind}, a function was expected. Give the name of your function without "
            "parentheses: check({name})."
        ),
    ),
    "checks.wrong_signature": (
        (
            "Ta fonction {name} n'accepte pas l'appel {call} : vérifie le nombre de paramètres "
            "entre les parenthèses de « def {name}(…) »."
        ),
        (
            "Your function {name} does not accept the call {call}: check the number of parameters "
            "between the parentheses of “def {name}(…)”."
        ),
    ),
    "checks.forgotten_return": (
        (
            "{call} a renvoyé None (rien) : as-tu oublié « return » à la fin de ta fonction ? "
            "(print affiche une valeur, seul return la renvoie.)"
        ),
        (
            "{call} returned None (nothing): did you forget “return” at the end of your function? "
            "(print shows a value, only return gives it back.)"
        ),
    ),
    "checks.function_crashed": (
        "Ta fonction a déclenché une erreur pour {call} : {error}.",
        "Your function raised an error for {call}: {error}.",
    ),
    "checks.checker_crashed": (
        "La vérification de ta réponse a déclenché une erreur : {error}.",
        "Checking your answer raised an error: {error}.",
    ),
    "checks.checker_refused": (
        "Ta réponse ne remplit pas encore la condition demandée.",
        "Your answer does not meet the required condition yet.",
    ),
    "checks.need_integer": (
        (
            "on attendait un nombre entier (sans virgule) : tu as peut-être utilisé / au lieu de "
            "compter, ou écrit un nombre décimal."
        ),
        (
            "a whole number was expected (no decimal point): you may have used / instead of "
            "counting, or written a decimal number."
        ),
    ),
    "checks.hint_offer": (
        "Besoin d'aide ? Exécute {call} pour l'indice {number}/{count}.",
        "Need help? Run {call} for hint {number}/{count}.",
    ),
    "checks.stub_in_function": (
        (
            "Ta fonction {name} n'est pas encore écrite (elle contient encore « raise "
            "NotImplementedError() ») : cette cellule s'arrête ici, la suite du carnet continue. "
            "Reviens à l'exercice {name} plus haut."
        ),
        (
            "Your function {name} is not written yet (it still contains “raise "
            "NotImplementedError()”): this cell stops here, the rest of the notebook goes on. "
            "Go back to the exercise {name} above."
        ),
    ),
    "checks.stub_in_cell": (
        (
            "Cet exercice n'est pas encore fait : remplace « raise NotImplementedError() » par ton "
            "code. La suite du carnet continue."
        ),
        (
            "This exercise is not done yet: replace “raise NotImplementedError()” with your code. "
            "The rest of the notebook goes on."
        ),
    ),
    # what differs
    "checks.mismatch_at": ("Pour {where} : {body}", "For {where}: {body}"),
    "checks.your_answer": ("ta réponse", "your answer"),
    "checks.wrong_type": (
        "tu as donné {actual_kind}, on attendait {expected_kind}.",
        "you gave {actual_kind}, {expected_kind} was expected.",
    ),
    "checks.text_not_number": (
        "tu as donné un texte (« {text} »), on attendait un nombre : enlève les guillemets.",
        "you gave a text (“{text}”), a number was expected: remove the quotes.",
    ),
    "checks.single_value_series": (
        (
            "tu as donné {actual_kind} qui contient une seule valeur, on attendait {expected_kind} : "
            "prends la valeur elle-même avec .iloc[0] (ou .item())."
        ),
        (
            "you gave {actual_kind} holding a single value, {expected_kind} was expected: take the "
            "value itself with .iloc[0] (or .item())."
        ),
    ),
    "checks.ragged": (
        "les lignes de ton tableau n'ont pas toutes le même nombre de valeurs.",
        "the rows of your array do not all have the same number of values.",
    ),
    "checks.compare_crashed": (
        (
            "Impossible de comparer ta réponse à la valeur attendue ({error}). Vérifie ce que "
            "contient ta réponse, par exemple avec print."
        ),
        (
            "Your answer cannot be compared with the expected value ({error}). Check what your "
            "answer holds, for example with print."
        ),
    ),
    "checks.different_value": (
        "tu as donné {actual}, on attendait {expected}.",
        "you gave {actual}, {expected} was expected.",
    ),
    "checks.surrounding_spaces": (
        (
            "tu as donné {actual}, avec des espaces au début ou à la fin : enlève-les, entre les "
            "guillemets."
        ),
        "you gave {actual}, with spaces at the start or the end: remove them, inside the quotes.",
    ),
    "checks.different_case": (
        (
            "tu as donné {actual} : les majuscules et les minuscules comptent, recopie le nom "
            "exactement."
        ),
        "you gave {actual}: upper and lower case matter, copy the name exactly.",
    ),
    "checks.different_accents": (
        (
            "tu as donné {actual} : un accent manque (ou il y en a un de trop), recopie le nom "
            "exactement."
        ),
        "you gave {actual}: an accent is missing (or one too many), copy the name exactly.",
    ),
    "checks.different_value_hidden": (
        "tu as donné {actual}, ce n'est pas la valeur attendue.",
        "you gave {actual}, which is not the expected value.",
    ),
    "checks.different_values": (
        (
            "{count} {count:plural:valeur diffère|valeurs diffèrent} ; la première : tu as donné {actual}, "
            "on attendait {expected}."
        ),
        (
            "{count} {count:plural:value differs|values differ}; the first: you gave {actual}, "
            "{expected} was expected."
        ),
    ),
    "checks.different_values_hidden": (
        "{count} {count:plural:valeur diffère|valeurs diffèrent} ; la première : tu as donné {actual}.",
        "{count} {count:plural:value differs|values differ}; the first: you gave {actual}.",
    ),
    "checks.length": (
        "il y a {actual_length} {actual_length:plural:élément|éléments}, on en attendait {expected_length}.",
        (
            "there {actual_length:plural:is|are} {actual_length} {actual_length:plural:item|items}, "
            "{expected_length} "
            "{expected_length:plural:was|were} expected."
        ),
    ),
    "checks.rows": (
        "le tableau a {actual_length} {actual_length:plural:ligne|lignes}, on en attendait {expected_length}.",
        (
            "the table has {actual_length} {actual_length:plural:row|rows}, "
            "{expected_length} {expected_length:plural:was|were} expected."
        ),
    ),
    "checks.shape": (
        "le tableau a la forme {actual_shape}, on attendait {expected_shape}.",
        "the array has shape {actual_shape}, {expected_shape} was expected.",
    ),
    "checks.missing_keys": ("il manque la ou les clés {keys}.", "the key(s) {keys} are missing."),
    "checks.extra_keys": (
        "la ou les clés {keys} sont en trop.",
        "the key(s) {keys} are not expected.",
    ),
    "checks.missing_columns": (
        "il manque la ou les colonnes {keys}.",
        "the column(s) {keys} are missing.",
    ),
    "checks.extra_columns": (
        "la ou les colonnes {keys} sont en trop.",
        "the column(s) {keys} are not expected.",
    ),
    "checks.missing_items": (
        "il manque {count} {count:plural:élément|éléments}.",
        "{count} {count:plural:item is|items are} missing.",
    ),
    "checks.extra_items": ("{items} ne devrait pas y être.", "{items} should not be there."),
    "checks.different_index": (
        (
            "les étiquettes des lignes (l'index) ne sont pas celles attendues : as-tu trié ou "
            "réindexé le tableau ?"
        ),
        "the row labels (the index) are not the expected ones: did you sort or re-index the table?",
    ),
    "checks.describe_dataframe": (
        "un tableau de {rows} {rows:plural:ligne|lignes} × {columns} {columns:plural:colonne|colonnes}",
        "a table of {rows} {rows:plural:row|rows} × {columns} {columns:plural:column|columns}",
    ),
    "checks.describe_series": (
        "une colonne de {length} {length:plural:valeur|valeurs}",
        "a column of {length} {length:plural:value|values}",
    ),
    "checks.describe_array": (
        "un tableau numpy de forme {shape}",
        "a numpy array of shape {shape}",
    ),
    # kinds of values, as pupils name them
    "checks.kind_number": ("un nombre", "a number"),
    "checks.kind_text": ("un texte", "a text"),
    "checks.kind_boolean": ("un booléen (True ou False)", "a boolean (True or False)"),
    "checks.kind_none": ("None (rien)", "None (nothing)"),
    "checks.kind_list": ("une liste", "a list"),
    "checks.kind_tuple": ("un tuple", "a tuple"),
    "checks.kind_dict": ("un dictionnaire", "a dictionary"),
    "checks.kind_set": ("un ensemble (set)", "a set"),
    "checks.kind_array": ("un tableau numpy", "a numpy array"),
    "checks.kind_series": ("une colonne pandas (Series)", "a pandas column (Series)"),
    "checks.kind_dataframe": ("un tableau pandas (DataFrame)", "a pandas table (DataFrame)"),
    "checks.kind_function": ("une fonction", "a function"),
    "checks.kind_other": ("une valeur d'un autre type", "a value of another type"),
    # hints and solution
    "checks.hint_heading": ("Indice {number}/{count}", "Hint {number}/{count}"),
    "checks.hint_line": ("Indice {number}/{count} : {text}", "Hint {number}/{count}: {text}"),
    "checks.last_hint": (
        "C'était le dernier indice.",
        "That was the last hint.",
    ),
    "checks.no_hints": ("Pas d'indice pour cet exercice.", "There is no hint for this exercise."),
    "checks.hint_out_of_range": (
        "Cet exercice a {count} {count:plural:indice|indices} : demande hint(1) à hint({count}).",
        "This exercise has {count} {count:plural:hint|hints}: ask for hint(1) to hint({count}).",
    ),
    "checks.all_hints_seen_solution": (
        "Tu as vu tous les indices ; si tu es bloqué(e), regarde la solution avec .solution().",
        "You have seen every hint; if you are stuck, look at the solution with .solution().",
    ),
    "checks.all_hints_seen_teacher": (
        "Tu as vu tous les indices ; demande de l'aide à ton professeur.",
        "You have seen every hint; ask your teacher for help.",
    ),
    "checks.solutions_off": (
        "Ton professeur a désactivé les solutions pour le moment.",
        "Your teacher has switched solutions off for now.",
    ),
    "checks.solution_with_teacher": (
        "La solution est chez ton professeur : demande-lui, ou relis les indices avec .hint(1).",
        "The solution is with your teacher: ask them, or read the hints again with .hint(1).",
    ),
    "checks.solution_intro": (
        "Une solution possible (il y en a d'autres) :",
        "One possible solution (there are others):",
    ),
    # beginner errors
    "checks.explain_not_implemented": (
        (
            "Cette partie n'est pas encore écrite : complète la cellule « TON CODE ICI » "
            "(remplace la ligne « raise NotImplementedError() » par ton code), exécute-la, "
            "puis relance cette cellule."
        ),
        (
            "This part is not written yet: complete the « TON CODE ICI » cell "
            "(replace the line “raise NotImplementedError()” with your code), run it, "
            "then run this cell again."
        ),
    ),
    "checks.explain_name_error": (
        (
            "La variable « {name} » n'existe pas (encore) : as-tu exécuté la cellule qui la définit ? "
            "Vérifie aussi l'orthographe (majuscules comprises)."
        ),
        (
            "The variable “{name}” does not exist (yet): did you run the cell that defines it? "
            "Check the spelling too (upper and lower case count)."
        ),
    ),
    "checks.explain_argument_count": (
        (
            "La fonction « {name} » attend {wanted} {wanted:plural:argument|arguments} mais en a reçu {given} : compare "
            "l'appel avec les paramètres de son « def »."
        ),
        (
            "The function “{name}” takes {wanted} {wanted:plural:argument|arguments} but received {given}: compare the "
            "call with the parameters of its “def”."
        ),
    ),
    "checks.explain_missing_argument": (
        (
            "Il manque {missing} {missing:plural:argument|arguments} dans l'appel de « {name} » : donne une valeur à chaque "
            "paramètre de son « def »."
        ),
        (
            "{missing} {missing:plural:argument is|arguments are} missing in the call of “{name}”: give a value to every "
            "parameter of its “def”."
        ),
    ),
    "checks.explain_unexpected_keyword": (
        "La fonction « {name} » n'a pas de paramètre nommé « {keyword} » : vérifie son orthographe.",
        "The function “{name}” has no parameter named “{keyword}”: check its spelling.",
    ),
    "checks.explain_none_value": (
        (
            "Une des valeurs vaut None (rien) : souvent, c'est une fonction qui a oublié « return », "
            "ou le résultat d'un print."
        ),
        (
            "One of the values is None (nothing): often a function that forgot “return”, or the "
            "result of a print."
        ),
    ),
    "checks.explain_indentation": (
        (
            "Problème d'indentation (les espaces en début de ligne) ligne {line} : après une ligne "
            "qui finit par « : » (def, if, for…), les lignes du bloc sont décalées de 4 espaces, "
            "toutes pareil."
        ),
        (
            "Indentation problem (the spaces at the start of a line) on line {line}: after a line "
            "ending with “:” (def, if, for…), the lines of the block are shifted by 4 spaces, all alike."
        ),
    ),
    "checks.explain_brackets": (
        (
            "Ligne {line} : une parenthèse ou un crochet n'est pas refermé (ou en trop). Compte les "
            "( et les ), les [ et les ]."
        ),
        (
            "Line {line}: a parenthesis or bracket is not closed (or is extra). Count the ( and ), "
            "the [ and ]."
        ),
    ),
    "checks.explain_quotes": (
        "Ligne {line} : un texte n'est pas refermé ; il faut un guillemet au début et un à la fin.",
        "Line {line}: a text is not closed; it needs a quote at the start and one at the end.",
    ),
    "checks.explain_colon": (
        "Ligne {line} : il manque les deux-points « : » à la fin de la ligne (après def, if, for, while…).",
        "Line {line}: the colon “:” is missing at the end of the line (after def, if, for, while…).",
    ),
    "checks.explain_equals": (
        "Ligne {line} : pour comparer, on écrit « == » ; un seul « = » range une valeur dans une variable.",
        "Line {line}: to compare, write “==”; a single “=” stores a value in a variable.",
    ),
    "checks.explain_syntax": (
        (
            "Python ne comprend pas la ligne {line} : vérifie les parenthèses, les guillemets, "
            "les deux-points et les virgules."
        ),
        "Python does not understand line {line}: check the parentheses, quotes, colons and commas.",
    ),
    "checks.explain_column": (
        "Le tableau n'a pas de colonne {column}. Ses colonnes : {columns}.",
        "The table has no column {column}. Its columns: {columns}.",
    ),
    "checks.explain_column_close": ("Voulais-tu dire {close} ?", "Did you mean {close}?"),
    # for lesson authors
    "checks.author_expected_and_cases": (
        "Exercice {name} : donnez expected= ou cases=, pas les deux.",
        "Exercise {name}: give expected= or cases=, not both.",
    ),
    "checks.author_nothing_to_check": (
        "Exercice {name} : donnez expected=, cases= ou checker=.",
        "Exercise {name}: give expected=, cases= or checker=.",
    ),
}
