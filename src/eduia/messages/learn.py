"""Messages of :mod:`eduia.learn`, the small from-scratch models."""

MESSAGES = {
    "learn.not_fitted": (
        "Ce modèle {model} n'a encore rien appris : appelez d'abord sa méthode « fit ».",
        "This {model} model has not learnt anything yet: call its “fit” method first.",
    ),
    "learn.empty": (
        "« {name} » est vide : il faut au moins un exemple.",
        "“{name}” is empty: at least one example is needed.",
    ),
    "learn.not_numeric": (
        (
            "« {name} » doit contenir uniquement des nombres. "
            'Gardez seulement les colonnes numériques, par exemple df[["latitude", "longitude"]].'
        ),
        (
            "“{name}” must contain numbers only. "
            'Keep only numeric columns, for example df[["latitude", "longitude"]].'
        ),
    ),
    "learn.missing_values": (
        (
            "« {name} » contient des valeurs manquantes : retirez ces lignes d'abord, "
            "par exemple avec df.dropna()."
        ),
        "“{name}” contains missing values: drop those rows first, for example with df.dropna().",
    ),
    "learn.too_many_dimensions": (
        (
            "« {name} » doit être un tableau à deux dimensions (une ligne par exemple, "
            "une colonne par caractéristique)."
        ),
        "“{name}” must be a two-dimensional table (one row per example, one column per feature).",
    ),
    "learn.length_mismatch": (
        (
            "X a {n_rows} lignes mais y a {n_labels} valeurs : il faut exactement une étiquette par "
            "exemple."
        ),
        "X has {n_rows} rows but y has {n_labels} values: exactly one label per example is needed.",
    ),
    "learn.feature_count": (
        (
            "Le modèle a appris avec {expected} colonne(s), mais il en reçoit {received} : "
            "donnez-lui les mêmes colonnes qu'à l'apprentissage."
        ),
        (
            "The model learnt with {expected} column(s) but receives {received}: "
            "give it the same columns as during training."
        ),
    ),
    "learn.positive_integer": (
        "« {name} » doit être un nombre entier supérieur ou égal à {minimum} (reçu : {value!r}).",
        "“{name}” must be a whole number greater than or equal to {minimum} (got {value!r}).",
    ),
    "learn.positive_number": (
        "« {name} » doit être un nombre strictement positif (reçu : {value!r}).",
        "“{name}” must be a strictly positive number (got {value!r}).",
    ),
    "learn.k_too_large": (
        (
            "k = {k} voisins, mais il n'y a que {n} exemples d'apprentissage : choisissez k entre 1 "
            "et {n}."
        ),
        "k = {k} neighbours, but there are only {n} training examples: choose k between 1 and {n}.",
    ),
    "learn.too_many_clusters": (
        "On demande {k} groupes mais il n'y a que {n} points : choisissez au plus {n} groupes.",
        "{k} groups were asked for but there are only {n} points: choose at most {n} groups.",
    ),
    "learn.centres_shape": (
        (
            "Les centres de départ doivent former un tableau de {k} lignes et {d} colonnes "
            "(reçu : {shape})."
        ),
        "The starting centres must form a table of {k} rows and {d} columns (got {shape}).",
    ),
    "learn.two_classes": (
        "Le perceptron sépare exactement deux classes ; y en contient {n} : {classes}.",
        "The perceptron separates exactly two classes; y contains {n}: {classes}.",
    ),
    "learn.single_x": (
        (
            "Pour tracer une droite, il faut une seule caractéristique x (une colonne), "
            "pas {received}."
        ),
        "To fit a line, one feature x (one column) is needed, not {received}.",
    ),
    "learn.constant_x": (
        "Tous les x sont égaux : aucune droite unique ne passe au mieux par ces points.",
        "All x values are equal: no single best line goes through these points.",
    ),
    "learn.empty_corpus": (
        "Le texte d'apprentissage ne contient aucun mot.",
        "The training text contains no word.",
    ),
    "learn.sentence_true": (
        "✓ Vrai : « {sentence} » Les données le disent.",
        "✓ True: “{sentence}” The data say so.",
    ),
    "learn.sentence_false": (
        "✗ Faux : « {sentence} » Les données disent : {expected}.",
        "✗ False: “{sentence}” The data say: {expected}.",
    ),
    "learn.sentence_invented": (
        "? Inventé : « {sentence} » Aucune donnée ne dit cela, même si la phrase sonne juste.",
        "? Invented: “{sentence}” No data say this, however right it sounds.",
    ),
    "learn.corpus_written": (
        "Corpus écrit : {path} ({words} mots).",
        "Corpus written: {path} ({words} words).",
    ),
    "learn.model_name.knn": ("des k plus proches voisins", "k nearest neighbours"),
    "learn.model_name.line": ("de droite des moindres carrés", "least-squares line"),
    "learn.model_name.perceptron": ("de perceptron", "perceptron"),
    "learn.model_name.kmeans": ("des k-moyennes", "k-means"),
    "learn.model_name.ngram": ("de mot suivant", "next-word"),
    "learn.model_name.bpe": ("de découpage en jetons", "tokenizer"),
}
