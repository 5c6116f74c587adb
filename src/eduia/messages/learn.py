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
            "X a {n_rows} {n_rows:plural:ligne|lignes} mais y a {n_labels} {n_labels:plural:valeur|valeurs} : il faut exactement une étiquette par "
            "exemple."
        ),
        "X has {n_rows} {n_rows:plural:row|rows} but y has {n_labels} {n_labels:plural:value|values}: exactly one label per example is needed.",
    ),
    "learn.feature_count": (
        (
            "Le modèle a appris avec {expected} {expected:plural:colonne|colonnes}, mais il en reçoit {received} : "
            "donnez-lui les mêmes colonnes qu'à l'apprentissage."
        ),
        (
            "The model learnt with {expected} {expected:plural:column|columns} but receives {received}: "
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
            "k = {k} {k:plural:voisin|voisins}, mais il n'y a que {n} {n:plural:exemple|exemples} d'apprentissage : choisissez k entre 1 "
            "et {n}."
        ),
        "k = {k} {k:plural:neighbour|neighbours}, but there {n:plural:is|are} only {n} {n:plural:training example|training examples}: choose k between 1 and {n}.",
    ),
    "learn.too_many_clusters": (
        (
            "On demande {k} {k:plural:groupe|groupes} mais il n'y a que {n} {n:plural:point|points} : "
            "choisissez au plus {n} {n:plural:groupe|groupes}."
        ),
        (
            "{k} {k:plural:group was|groups were} asked for but there {n:plural:is|are} only "
            "{n} {n:plural:point|points}: choose at most {n} {n:plural:group|groups}."
        ),
    ),
    "learn.centres_shape": (
        (
            "Les centres de départ doivent former un tableau de {k} {k:plural:ligne|lignes} et {d} {d:plural:colonne|colonnes} "
            "(reçu : {shape})."
        ),
        "The starting centres must form a table of {k} {k:plural:row|rows} and {d} {d:plural:column|columns} (got {shape}).",
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
        "Corpus écrit : {path} ({words} {words:plural:mot|mots}).",
        "Corpus written: {path} ({words} {words:plural:word|words}).",
    ),
    "learn.model_name.knn": ("des k plus proches voisins", "k nearest neighbours"),
    "learn.model_name.line": ("de droite des moindres carrés", "least-squares line"),
    "learn.model_name.perceptron": ("de perceptron", "perceptron"),
    "learn.model_name.kmeans": ("des k-moyennes", "k-means"),
    "learn.model_name.ngram": ("de mot suivant", "next-word"),
    "learn.model_name.bpe": ("de découpage en jetons", "tokenizer"),
}
