"""Messages of :mod:`eduia.plots`: chart labels and the errors a pupil can meet."""

MESSAGES = {
    # errors
    "plots.not_a_table": (
        (
            "data doit être un tableau pandas (DataFrame), pas {kind}. "
            'Chargez-en un, par exemple communes = eduia.datasets.load("communes").'
        ),
        (
            "data must be a pandas table (DataFrame), not {kind}. "
            'Load one, for example communes = eduia.datasets.load("communes").'
        ),
    ),
    "plots.missing_argument": (
        "Il manque l'argument {argument}= : donnez le nom d'une colonne de data.",
        "The argument {argument}= is missing: give the name of a column of data.",
    ),
    "plots.unknown_column": (
        "{argument}=« {value} » : data n'a pas de colonne « {value} ». {advice}",
        "{argument}=“{value}”: data has no column “{value}”. {advice}",
    ),
    "plots.did_you_mean": (
        'Vouliez-vous dire « {close} » ? Écrivez {argument}="{close}".',
        'Did you mean “{close}”? Write {argument}="{close}".',
    ),
    "plots.available_columns": (
        "Colonnes disponibles : {columns}.",
        "Available columns: {columns}.",
    ),
    "plots.need_data": (
        (
            "{argument}=« {value} » est un nom de colonne, mais le tableau manque : "
            'ajoutez data=..., par exemple data=communes, {argument}="{value}".'
        ),
        (
            "{argument}=“{value}” is a column name, but the table is missing: "
            'add data=..., for example data=communes, {argument}="{value}".'
        ),
    ),
    "plots.length_mismatch": (
        (
            "{argument} a {received} {received:plural:valeur|valeurs} alors que le tableau a "
            "{expected} {expected:plural:ligne|lignes}."
        ),
        (
            "{argument} has {received} {received:plural:value|values} while the table has "
            "{expected} {expected:plural:row|rows}."
        ),
    ),
    "plots.not_numeric": (
        (
            "{argument}=« {value} » : cette colonne doit contenir des nombres pour être placée "
            "sur un axe. Choisissez une colonne numérique ou utilisez-la plutôt comme hue=."
        ),
        (
            "{argument}=“{value}”: this column must hold numbers to go on an axis. "
            "Choose a numeric column, or use it as hue= instead."
        ),
    ),
    "plots.not_a_model": (
        (
            "model doit être un modèle qui sait prédire (avec une méthode predict), "
            "par exemple KNeighborsClassifier(), pas {kind}."
        ),
        (
            "model must be a model able to predict (with a predict method), "
            "for example KNeighborsClassifier(), not {kind}."
        ),
    ),
    "plots.not_fitted": (
        "Ce modèle n'a pas encore appris : appelez d'abord model.fit(X, y), puis dessinez.",
        "This model has not learnt yet: call model.fit(X, y) first, then draw.",
    ),
    "plots.wrong_features": (
        (
            "Le modèle a appris avec les colonnes {learnt}, mais on lui donne x=« {x} » et "
            "y=« {y} » : donnez les deux colonnes de l'apprentissage, dans le même ordre."
        ),
        (
            "The model learnt with the columns {learnt}, but receives x=“{x}” and y=“{y}”: "
            "give the two training columns, in the same order."
        ),
    ),
    "plots.model_failed": (
        (
            "Le modèle n'a pas pu prédire à partir des deux colonnes x et y ; "
            "a-t-il appris avec exactement ces deux colonnes ? ({detail})"
        ),
        (
            "The model could not predict from the two columns x and y; "
            "did it learn with exactly these two columns? ({detail})"
        ),
    ),
    "plots.not_a_tree": (
        (
            "model doit être un arbre de décision de scikit-learn déjà entraîné "
            "(DecisionTreeClassifier puis fit), pas {kind}."
        ),
        (
            "model must be a trained scikit-learn decision tree "
            "(DecisionTreeClassifier then fit), not {kind}."
        ),
    ),
    "plots.unknown_positive": (
        (
            "positive={positive!r} n'apparaît ni dans la réalité ni dans les prédictions. "
            "Valeurs présentes : {values}."
        ),
        (
            "positive={positive!r} appears neither in the truth nor in the predictions. "
            "Values present: {values}."
        ),
    ),
    "plots.too_many_classes": (
        (
            "La matrice de confusion en mots compare deux classes (oui ou non), "
            "mais il y en a {count} : {values}."
        ),
        (
            "The confusion matrix in words compares two classes (yes or no), "
            "but there are {count}: {values}."
        ),
    ),
    # chart words
    "plots.true_positives": ("vrais positifs", "true positives"),
    "plots.false_positives": ("fausses alertes", "false alarms"),
    "plots.false_negatives": ("alertes manquées", "missed alarms"),
    "plots.true_negatives": ("vrais négatifs", "true negatives"),
    "plots.truth": ("Réalité", "Truth"),
    "plots.prediction": ("Prédiction", "Prediction"),
    "plots.positive": ("oui ({value})", "yes ({value})"),
    "plots.negative": ("non", "no"),
    "plots.train_score": ("score sur l'entraînement", "training score"),
    "plots.test_score": ("score sur le test", "test score"),
    "plots.best_test": ("meilleur test : {value}", "best test: {value}"),
    "plots.score": ("score", "score"),
    "plots.longitude": ("longitude (°)", "longitude (°)"),
    "plots.latitude": ("latitude (°)", "latitude (°)"),
    "plots.tree.samples": ("exemples", "samples"),
    "plots.tree.value": ("répartition", "value"),
    "plots.tree.class": ("classe", "class"),
    "plots.tree.true": ("oui", "yes"),
    "plots.tree.false": ("non", "no"),
    # one-line summaries (the text equivalent of each chart)
    "plots.summary.scatter": (
        "Nuage de {count} {count:plural:point|points} : {x} en abscisse, {y} en ordonnée.",
        "Scatter plot of {count} {count:plural:point|points}: {x} across, {y} up.",
    ),
    "plots.summary.classes": (
        "Un symbole et une couleur par {hue} : {classes}.",
        "One marker and one colour per {hue}: {classes}.",
    ),
    "plots.summary.class": ("{count} « {name} » ({shape})", "{count} “{name}” ({shape})"),
    "plots.summary.scale": (
        "La couleur suit {hue}, de {low} (violet foncé) à {high} (jaune clair).",
        "The colour follows {hue}, from {low} (dark purple) to {high} (light yellow).",
    ),
    "plots.summary.bars": (
        (
            "Diagramme en barres, une barre par {x} : la plus haute est « {top} » ({top_value}), "
            "la plus basse « {bottom} » ({bottom_value})."
        ),
        (
            "Bar chart, one bar per {x}: the tallest is “{top}” ({top_value}), "
            "the shortest “{bottom}” ({bottom_value})."
        ),
    ),
    "plots.summary.line": (
        "Courbe de {y} selon {x}, de {start} à {end}.",
        "Line of {y} against {x}, from {start} to {end}.",
    ),
    "plots.summary.lines": (
        (
            "{count} {count:plural:courbe|courbes} de {y} selon {x}, de {start} à {end}, "
            "une par {hue}, chacune avec son symbole et son trait : {groups}."
        ),
        (
            "{count} {count:plural:line|lines} of {y} against {x}, from {start} to {end}, "
            "one per {hue}, each with its own marker and dashes: {groups}."
        ),
    ),
    "plots.summary.regions": (
        (
            "Régions de décision du modèle selon {x} et {y}, chaque zone porte le nom de sa "
            "réponse : {shares}."
        ),
        "The model's decision regions over {x} and {y}, each zone named by its answer: {shares}.",
    ),
    "plots.summary.share": (
        "« {name} » sur {percent} % du plan",
        "“{name}” on {percent}% of the plane",
    ),
    "plots.summary.map": (
        "Carte de {count} {count:plural:commune|communes}.",
        "Map of {count} {count:plural:commune|communes}.",
    ),
    "plots.summary.map_departements": (
        "Le nom de chaque département est écrit au milieu de ses communes.",
        "Each département's name is written in the middle of its communes.",
    ),
    "plots.summary.sizes": (
        "La taille des points suit {size}, jusqu'à {largest}.",
        "The size of the points follows {size}, up to {largest}.",
    ),
    "plots.summary.confusion": (
        (
            "Matrice de confusion : {tp} {tp:plural:vrai positif|vrais positifs}, "
            "{fn} {fn:plural:alerte manquée|alertes manquées}, "
            "{fp} {fp:plural:fausse alerte|fausses alertes}, "
            "{tn} {tn:plural:vrai négatif|vrais négatifs}."
        ),
        (
            "Confusion matrix: {tp} {tp:plural:true positive|true positives}, "
            "{fn} {fn:plural:missed alarm|missed alarms}, "
            "{fp} {fp:plural:false alarm|false alarms}, "
            "{tn} {tn:plural:true negative|true negatives}."
        ),
    ),
    "plots.summary.scores": (
        (
            "Scores sur l'entraînement (ronds, trait plein) et sur le test (carrés, tirets) "
            "selon {x} : le meilleur score de test, {best}, est atteint pour {x} = {at}."
        ),
        (
            "Training scores (circles, solid line) and test scores (squares, dashes) against "
            "{x}: the best test score, {best}, is reached for {x} = {at}."
        ),
    ),
    "plots.summary.scores_no_best": (
        "Scores sur l'entraînement (ronds, trait plein) et sur le test (carrés, tirets) selon {x}.",
        "Training scores (circles, solid line) and test scores (squares, dashes) against {x}.",
    ),
    "plots.summary.tree": (
        (
            "Arbre de décision de profondeur {depth}, {leaves} {leaves:plural:feuille|feuilles} ; "
            "chaque case écrit sa classe, première question : {question}."
        ),
        (
            "Decision tree of depth {depth}, {leaves} {leaves:plural:leaf|leaves}; "
            "each box writes its class, first question: {question}."
        ),
    ),
    "plots.summary.tree_leaf": (
        "Arbre de décision réduit à une seule case : il donne toujours la même réponse.",
        "Decision tree reduced to one box: it always gives the same answer.",
    ),
    "plots.summary.category": ("catégorie", "category"),
    "plots.summary.value": ("la valeur", "the value"),
    "plots.marker.circle": ("ronds", "circles"),
    "plots.marker.square": ("carrés", "squares"),
    "plots.marker.triangle_up": ("triangles", "triangles"),
    "plots.marker.diamond": ("losanges", "diamonds"),
    "plots.marker.triangle_down": ("triangles pointe en bas", "upside-down triangles"),
    "plots.marker.plus": ("croix droites", "plus signs"),
    "plots.marker.cross": ("croix en X", "X crosses"),
    "plots.marker.star": ("étoiles", "stars"),
    "plots.marker.pentagon": ("pentagones", "pentagons"),
    "plots.marker.hexagon": ("hexagones", "hexagons"),
    "plots.marker.triangle_left": ("triangles pointe à gauche", "left-pointing triangles"),
    "plots.marker.triangle_right": ("triangles pointe à droite", "right-pointing triangles"),
}
