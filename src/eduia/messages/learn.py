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
    "learn.model_name.knn": ("des k plus proches voisins", "k nearest neighbours"),
    "learn.model_name.line": ("de droite des moindres carrés", "least-squares line"),
    "learn.model_name.perceptron": ("de perceptron", "perceptron"),
    "learn.model_name.kmeans": ("des k-moyennes", "k-means"),
    "learn.model_name.ngram": ("de mot suivant", "next-word"),
    # playgrounds of lessons 06-10 (eduia.playgrounds.kmeans_steps, neuron, digit_drawing,
    # next_word, fairness), kept with the models they show
    "learn.kmeans_steps.title": (
        "Les k-moyennes pas à pas : où placer les bases de surveillance des feux ?",
        "k-means step by step: where to put the fire-watch bases?",
    ),
    "learn.kmeans_steps.k": ("k (nombre de bases)", "k (number of bases)"),
    "learn.kmeans_steps.step": ("Étape", "Step"),
    "learn.kmeans_steps.to_end": ("Aller jusqu'à la fin", "Go to the end"),
    "learn.kmeans_steps.weighted": (
        "Pondérer par le nombre de feux (1973-2024)",
        "Weight by the number of fires (1973-2024)",
    ),
    "learn.kmeans_steps.start": (
        "Départ : {k} centres tirés au hasard parmi les communes.",
        "Start: {k} centres drawn at random among the communes.",
    ),
    "learn.kmeans_steps.assign": (
        "Étape {step} : chaque commune rejoint le centre le plus proche.",
        "Step {step}: each commune joins its nearest centre.",
    ),
    "learn.kmeans_steps.move": (
        "Étape {step} : chaque centre va au milieu de ses communes.",
        "Step {step}: each centre moves to the middle of its communes.",
    ),
    "learn.kmeans_steps.move_weighted": (
        "Étape {step} : chaque centre va au milieu de ses communes, attiré par leurs feux.",
        "Step {step}: each centre moves to the middle of its communes, pulled by their fires.",
    ),
    "learn.kmeans_steps.done": (
        "Plus rien ne bouge : l'algorithme s'est arrêté après {steps} étapes.",
        "Nothing moves any more: the algorithm stopped after {steps} steps.",
    ),
    "learn.kmeans_steps.distance": (
        "Distance moyenne d'une commune à sa base : {km} km",
        "Mean distance from a commune to its base: {km} km",
    ),
    "learn.kmeans_steps.distance_weighted": (
        "Distance moyenne d'un feu à sa base : {km} km",
        "Mean distance from a fire to its base: {km} km",
    ),
    "learn.neuron.title": (
        "Le neurone artificiel : réglez ses poids, puis laissez-le apprendre",
        "The artificial neuron: set its weights, then let it learn",
    ),
    "learn.neuron.case": ("Données", "Data"),
    "learn.neuron.case_fires": ("jours à risque d'incendie", "fire-risk days"),
    "learn.neuron.case_xor": ("cas impossible pour un neurone", "a case one neuron cannot solve"),
    "learn.neuron.weight_temperature": ("Poids de la température", "Weight of temperature"),
    "learn.neuron.weight_humidity": ("Poids de l'humidité", "Weight of humidity"),
    "learn.neuron.weight_x": ("Poids de x", "Weight of x"),
    "learn.neuron.weight_y": ("Poids de y", "Weight of y"),
    "learn.neuron.bias": ("Biais", "Bias"),
    "learn.neuron.steps": ("Pas d'apprentissage", "Learning steps"),
    "learn.neuron.no_fire": ("pas de feu", "no fire"),
    "learn.neuron.fire": ("feu", "fire"),
    "learn.neuron.group_a": ("groupe A", "group A"),
    "learn.neuron.group_b": ("groupe B", "group B"),
    "learn.neuron.alert_zone": (
        "zone où le neurone dit « {label} »",
        "zone where the neuron says “{label}”",
    ),
    "learn.neuron.start_line": ("droite de départ", "starting line"),
    "learn.neuron.line": ("frontière du neurone", "the neuron's border"),
    "learn.neuron.summary": (
        (
            "score = {w1} × {x} {w2} × {y} {b}\n"
            "bonnes réponses : {accuracy}   (après {steps} pas, dont {corrections} corrections)"
        ),
        (
            "score = {w1} × {x} {w2} × {y} {b}\n"
            "right answers: {accuracy}   (after {steps} steps, {corrections} of them corrections)"
        ),
    ),
    "learn.digit_drawing.title": (
        "Dessinez un chiffre : cliquez sur les cases, l'IA devine",
        "Draw a digit: click the squares, the AI guesses",
    ),
    "learn.digit_drawing.cell": (
        "case ligne {row}, colonne {column}",
        "square row {row}, column {column}",
    ),
    "learn.digit_drawing.clear": ("Tout effacer", "Clear all"),
    "learn.digit_drawing.example": ("Montrer un exemple", "Show an example"),
    "learn.digit_drawing.seen": (
        "Ce que voit l'IA : 8 × 8 = 64 nombres",
        "What the AI sees: 8 × 8 = 64 numbers",
    ),
    "learn.digit_drawing.probability": ("probabilité", "probability"),
    "learn.digit_drawing.digit": ("chiffre", "digit"),
    "learn.digit_drawing.empty": (
        "Dessinez un chiffre en cliquant sur les cases.",
        "Draw a digit by clicking the squares.",
    ),
    "learn.digit_drawing.guess": (
        "L'IA pense que c'est un {digit} (probabilité {probability})",
        "The AI thinks it is a {digit} (probability {probability})",
    ),
    "learn.digit_drawing.bad_pixels": (
        (
            "Le dessin doit être une grille de 8 × 8 nombres entre 0 (blanc) et 16 (noir), "
            "ou de 8 × 8 cases vraies ou fausses."
        ),
        (
            "The drawing must be a grid of 8 × 8 numbers between 0 (white) and 16 (black), "
            "or of 8 × 8 true or false squares."
        ),
    ),
    "learn.next_word.title": (
        "Une IA qui écrit : le mot suivant, tiré au sort selon sa probabilité",
        "An AI that writes: the next word, drawn according to its probability",
    ),
    "learn.next_word.start": ("Début du texte", "Start of the text"),
    "learn.next_word.sentence_start": ("(début de phrase)", "(start of a sentence)"),
    "learn.next_word.temperature": ("Température", "Temperature"),
    "learn.next_word.seed": ("Tirage n°", "Draw no."),
    "learn.next_word.context": ("Mots regardés", "Words looked at"),
    "learn.next_word.context_words": ("{count} mot(s) avant", "{count} word(s) before"),
    "learn.next_word.end": ("(fin de phrase)", "(end of sentence)"),
    "learn.next_word.others": ("(autres mots)", "(other words)"),
    "learn.next_word.after": (
        "Mot suivant après « {context} » : probabilités à la température {temperature}",
        "Next word after “{context}”: probabilities at temperature {temperature}",
    ),
    "learn.next_word.bad_start": (
        "Le début du texte doit être une phrase (du texte), reçu : {value!r}.",
        "The start of the text must be a sentence (text), got {value!r}.",
    ),
    "learn.fairness.title": (
        "IA et équité : des données incomplètes dans un département faussent-elles l'IA ?",
        "AI and fairness: do incomplete data in one département bias the AI?",
    ),
    "learn.fairness.departement": ("Département sans relevés", "Département without records"),
    "learn.fairness.gap": ("Jours sans relevé (%)", "Days without records (%)"),
    "learn.fairness.measure": ("Mesure", "Measure"),
    "learn.fairness.error": ("taux d'erreur", "error rate"),
    "learn.fairness.missed": ("part des feux manqués", "share of fires missed"),
    "learn.fairness.false_alarm": ("part des fausses alertes", "share of false alarms"),
    "learn.fairness.before": (
        "avant correction : jour sans relevé compté « pas de feu »",
        "before correction: a day without records counted as “no fire”",
    ),
    "learn.fairness.after": (
        "après correction : jours sans relevé retirés de l'apprentissage",
        "after correction: days without records left out of training",
    ),
    "learn.fairness.summary": (
        "{name}, {gap} % des jours sans relevé\n{measure} : {before} avant correction, {after} après",
        "{name}, {gap} % of days without records\n{measure}: {before} before correction, {after} after",
    ),
}
