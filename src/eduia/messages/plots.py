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
}
