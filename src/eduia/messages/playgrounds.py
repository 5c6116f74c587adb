"""Messages of the interactive playgrounds (``eduia.playgrounds``): labels, titles and errors."""

MESSAGES = {
    # framework
    "playgrounds.autograding_placeholder": (
        "Terrain de jeu « {name} » : désactivé pendant la correction automatique.",
        "Playground “{name}”: disabled during autograding.",
    ),
    "playgrounds.not_available": (
        "Le terrain de jeu « {name} » n'est pas encore disponible dans cette version d'eduia.",
        "The playground “{name}” is not available yet in this version of eduia.",
    ),
    "playgrounds.unexpected_error": (
        (
            "Le terrain de jeu n'a pas pu se redessiner ({kind} : {detail}). "
            "Change un réglage ou relance la cellule ; si cela recommence, préviens ton professeur."
        ),
        (
            "The playground could not redraw ({kind}: {detail}). "
            "Change a setting or run the cell again; if it happens again, tell your teacher."
        ),
    ),
    "playgrounds.unknown_control": (
        "Ce terrain de jeu n'a pas de réglage nommé {names}.",
        "This playground has no control named {names}.",
    ),
    "playgrounds.refused_value": (
        "La valeur {value!r} ne convient pas au réglage « {name} » ({detail}).",
        "The value {value!r} does not fit the control “{name}” ({detail}).",
    ),
    "playgrounds.value_adjusted": (
        "« {name} » ne peut pas valoir {value} ici : la valeur la plus proche, {kept}, est utilisée.",
        "“{name}” cannot be {value} here: the closest value, {kept}, is used.",
    ),
    "playgrounds.dataset_unavailable": (
        "Les données « {name} » ne sont pas disponibles ({detail}).",
        "The dataset “{name}” is not available ({detail}).",
    ),
    "playgrounds.missing_columns": (
        (
            "Il manque la ou les colonnes {columns} dans `{argument}`. "
            "Vérifie l'orthographe ou charge le bon jeu de données."
        ),
        "Column(s) {columns} missing from `{argument}`. Check the spelling or load the right dataset.",
    ),
    "playgrounds.empty_data": (
        "Aucune ligne à montrer : les données sont vides.",
        "Nothing to show: the data is empty.",
    ),
    "playgrounds.out_of_range": (
        "« {name} » doit être entre {minimum} et {maximum} (reçu : {value}).",
        "“{name}” must be between {minimum} and {maximum} (got: {value}).",
    ),
    "playgrounds.unknown_choice": (
        "« {value} » n'est pas un choix possible pour « {name} ».",
        "“{value}” is not a possible choice for “{name}”.",
    ),
    "playgrounds.temperature_word": ("température", "temperature"),
    "playgrounds.rain_word": ("pluie", "rain"),
    "playgrounds.max_temperature_axis": (
        "température maximale du jour (°C)",
        "highest temperature of the day (°C)",
    ),
    "playgrounds.rain_axis": (
        "pluie du jour (mm, échelle resserrée vers le haut)",
        "rain that day (mm, scale squeezed towards the top)",
    ),
    "playgrounds.class_fire": ("feu", "fire"),
    "playgrounds.class_no_fire": ("pas de feu", "no fire"),
    "playgrounds.probability_word": ("probabilité", "probability"),
    "playgrounds.tree_depth_label": ("Profondeur de l'arbre", "Depth of the tree"),
    # lesson 00: commune_map
    "playgrounds.commune_map.title": (
        "Les communes de la Région Sud : filtre par population et par département",
        "The communes of the Région Sud: filter by population and département",
    ),
    "playgrounds.commune_map.min_population": ("Population au moins", "Population at least"),
    "playgrounds.commune_map.departement": ("Département", "Département"),
    "playgrounds.commune_map.all_region": ("Toute la région", "The whole region"),
    "playgrounds.commune_map.summary": (
        "{count} {count:plural:commune|communes}, {population} {population:plural:habitant|habitants}",
        "{count} {count:plural:commune|communes}, {population} {population:plural:inhabitant|inhabitants}",
    ),
    "playgrounds.commune_map.bad_population": (
        "La population minimale doit être un nombre (reçu : {value!r}).",
        "The minimum population must be a number (got: {value!r}).",
    ),
    # lesson 02: knn_map
    "playgrounds.knn_map.title": (
        "Les k plus proches voisins : retrouver le département de chaque commune",
        "k nearest neighbours: find each commune's département",
    ),
    "playgrounds.knn_map.k": ("k (nombre de voisins)", "k (number of neighbours)"),
    "playgrounds.knn_map.figure_title": (
        "k = {k}    (× : commune mal classée)",
        "k = {k}    (×: misclassified commune)",
    ),
    "playgrounds.knn_map.summary": (
        (
            "k = {k} : {right} "
            "{right:plural:commune bien classée|communes bien classées} sur {total} ({accuracy}), "
            "{wrong} {wrong:plural:erreur|erreurs}"
        ),
        (
            "k = {k}: {right} of {total} {total:plural:commune|communes} right ({accuracy}), "
            "{wrong} {wrong:plural:mistake|mistakes}"
        ),
    ),
    "playgrounds.knn_map.k_not_integer": (
        "k doit être un nombre entier de voisins (reçu : {value!r}).",
        "k must be a whole number of neighbours (got: {value!r}).",
    ),
    # lesson 03: line_fit
    "playgrounds.line_fit.title": (
        "Trace la droite à la main : pente, ordonnée à l'origine et erreur quadratique",
        "Draw the line by hand: slope, intercept and squared error",
    ),
    "playgrounds.line_fit.slope": ("Pente", "Slope"),
    "playgrounds.line_fit.intercept": ("Ordonnée à l'origine", "Intercept"),
    "playgrounds.line_fit.show_best": ("Montrer la meilleure droite", "Show the best line"),
    "playgrounds.line_fit.your_line": ("ta droite", "your line"),
    "playgrounds.line_fit.best_line": (
        "meilleure droite (moindres carrés)",
        "best line (least squares)",
    ),
    "playgrounds.line_fit.error": (
        "Erreur quadratique moyenne : {error}",
        "Mean squared error: {error}",
    ),
    "playgrounds.line_fit.errors_with_best": (
        "Erreur quadratique moyenne : {error}\nMeilleure droite : {best}",
        "Mean squared error: {error}\nBest line: {best}",
    ),
    "playgrounds.line_fit.not_numbers": (
        "Les colonnes « {x} » et « {y} » doivent contenir des nombres.",
        "The columns “{x}” and “{y}” must hold numbers.",
    ),
    "playgrounds.line_fit.too_few_points": (
        "Il faut au moins deux points avec des x différents pour tracer une droite.",
        "A line needs at least two points with different x.",
    ),
    "playgrounds.line_fit.bad_number": (
        "La pente et l'ordonnée à l'origine doivent être des nombres (reçu : {slope!r}, {intercept!r}).",
        "The slope and the intercept must be numbers (got: {slope!r}, {intercept!r}).",
    ),
    # lesson 01: rule_vs_learned
    "playgrounds.rule_vs_learned.title": (
        "Ta règle contre une règle apprise : prévoir les vrais jours de feu de 2024",
        "Your rule against a learned rule: predicting the real fire days of 2024",
    ),
    "playgrounds.rule_vs_learned.temperature": (
        "Alerte si température au moins (°C)",
        "Alert if temperature at least (°C)",
    ),
    "playgrounds.rule_vs_learned.rain": (
        "… et pluie au plus (mm)",
        "… and rain at most (mm)",
    ),
    "playgrounds.rule_vs_learned.depth": (
        "Profondeur de la règle apprise",
        "Depth of the learned rule",
    ),
    "playgrounds.rule_vs_learned.fire": ("jour avec feu", "day with a fire"),
    "playgrounds.rule_vs_learned.no_fire": ("jour sans feu", "day without fire"),
    "playgrounds.rule_vs_learned.your_rule": (
        "zone d'alerte de ta règle",
        "alert zone of your rule",
    ),
    "playgrounds.rule_vs_learned.learned_zone": (
        "zone d'alerte de la règle apprise",
        "alert zone of the learned rule",
    ),
    "playgrounds.rule_vs_learned.pupil_score": (
        (
            "Ta règle : {accuracy} de jours bien prévus, {detected} des feux détectés, "
            "{false_alerts} {false_alerts:plural:fausse alerte|fausses alertes}"
        ),
        (
            "Your rule: {accuracy} of days right, {detected} of fires detected, "
            "{false_alerts} {false_alerts:plural:false alert|false alerts}"
        ),
    ),
    "playgrounds.rule_vs_learned.learned_score": (
        (
            "Règle apprise (profondeur {depth}) : {accuracy} de jours bien prévus, "
            "{detected} des feux détectés, {false_alerts} {false_alerts:plural:fausse alerte|fausses alertes}"
        ),
        (
            "Learned rule (depth {depth}): {accuracy} of days right, {detected} of fires detected, "
            "{false_alerts} {false_alerts:plural:false alert|false alerts}"
        ),
    ),
    "playgrounds.rule_vs_learned.learned_rule": (
        "La règle apprise donne l'alerte si : {rule}",
        "The learned rule gives the alert if: {rule}",
    ),
    "playgrounds.rule_vs_learned.always": ("toujours", "always"),
    "playgrounds.rule_vs_learned.never": (
        "jamais (elle ne donne aucune alerte)",
        "never (it gives no alert)",
    ),
    "playgrounds.rule_vs_learned.need_both_classes": (
        "Il faut des jours avec feu et des jours sans feu pour comparer des règles.",
        "Comparing rules needs days with and without fire.",
    ),
    # lesson 04: tree_depth
    "playgrounds.tree_depth.title": (
        "La profondeur d'un arbre de décision : l'arbre, ses régions et ses scores",
        "The depth of a decision tree: the tree, its regions and its scores",
    ),
    "playgrounds.tree_depth.regions_title": (
        "Où l'arbre donne l'alerte (points : jours de test)",
        "Where the tree gives the alert (points: test days)",
    ),
    "playgrounds.tree_depth.summary": (
        (
            "Profondeur {depth} : {train} de bonnes réponses sur les jours d'entraînement, "
            "{test} sur les jours de test."
        ),
        "Depth {depth}: {train} right on the training days, {test} on the test days.",
    ),
    "playgrounds.tree_depth.deeper": (
        (
            "{levels:plural:Seul le|Seuls les} {levels} {levels:plural:premier niveau|premiers niveaux} de l'arbre "
            "{levels:plural:est dessiné|sont dessinés} ; « (...) » cache la suite."
        ),
        (
            "Only the first {levels} {levels:plural:level|levels} of the tree "
            "{levels:plural:is|are} drawn; “(...)” hides the rest."
        ),
    ),
    "playgrounds.tree_depth.not_integer": (
        "La profondeur doit être un nombre entier (reçu : {value!r}).",
        "The depth must be a whole number (got: {value!r}).",
    ),
    "playgrounds.tree_depth.too_few_days": (
        "Il faut au moins 10 jours, avec et sans feu, pour apprendre et tester un arbre.",
        "Learning and testing a tree needs at least 10 days, with and without fire.",
    ),
    # lesson 05: threshold and complexity_curve
    "playgrounds.threshold.title": (
        "Le seuil d'alerte : une alerte manquée ou une fausse alerte ?",
        "The alert threshold: a missed alert or a false alert?",
    ),
    "playgrounds.threshold.threshold": ("Seuil d'alerte", "Alert threshold"),
    "playgrounds.threshold.episode": ("épisode", "episode"),
    "playgrounds.threshold.no_episode": ("pas d'épisode", "no episode"),
    "playgrounds.threshold.probability": (
        "probabilité d'épisode estimée par le modèle",
        "probability of an episode estimated by the model",
    ),
    "playgrounds.threshold.days": ("nombre de jours de test", "number of test days"),
    "playgrounds.threshold.summary": (
        (
            "Seuil {threshold} : "
            "{alerts} {alerts:plural:alerte donnée|alertes données} sur les jours de test, "
            "dont {right} {right:plural:juste|justes} ; {missed} {missed:plural:alerte manquée|alertes manquées}, "
            "{false_alerts} {false_alerts:plural:fausse alerte|fausses alertes}.\n"
            "Précision (alertes justes parmi les alertes) : {precision} ; "
            "rappel (épisodes annoncés parmi les épisodes) : {recall}."
        ),
        (
            "Threshold {threshold}: "
            "{alerts} {alerts:plural:alert|alerts} given on the test days, "
            "{right} of them right; {missed} {missed:plural:missed alert|missed alerts}, "
            "{false_alerts} {false_alerts:plural:false alert|false alerts}.\n"
            "Precision (right alerts among alerts): {precision}; "
            "recall (episodes announced among episodes): {recall}."
        ),
    ),
    "playgrounds.threshold.need_both_classes": (
        "La colonne « {target} » doit contenir des 0 et des 1, sur au moins 10 lignes.",
        "The column “{target}” must hold 0s and 1s, on at least 10 rows.",
    ),
    "playgrounds.complexity_curve.title": (
        "Apprendre par cœur ? Scores d'entraînement et de test selon la profondeur",
        "Learning by heart? Training and test scores against depth",
    ),
    "playgrounds.complexity_curve.summary": (
        (
            "Profondeur {depth} : {train} sur les données d'entraînement, {test} sur les données de test "
            "(écart : {gap} {gap:plural:point|points})."
        ),
        (
            "Depth {depth}: {train} on the training data, {test} on the test data (gap: "
            "{gap} {gap:plural:point|points})."
        ),
    ),
    "playgrounds.complexity_curve.overfitting": (
        (
            "L'arbre apprend les exemples par cœur : il réussit mieux sur ce qu'il a déjà vu que sur "
            "des jours nouveaux (sur-apprentissage)."
        ),
        (
            "The tree learns the examples by heart: it does better on what it has seen than on new "
            "days (overfitting)."
        ),
    ),
    # lesson 06: kmeans_steps
    "playgrounds.kmeans_steps.title": (
        "Les k-moyennes pas à pas : où placer les bases de surveillance des feux ?",
        "k-means step by step: where to put the fire-watch bases?",
    ),
    "playgrounds.kmeans_steps.k": ("k (nombre de bases)", "k (number of bases)"),
    "playgrounds.kmeans_steps.step": ("Étape", "Step"),
    "playgrounds.kmeans_steps.to_end": ("Aller jusqu'à la fin", "Go to the end"),
    "playgrounds.kmeans_steps.weighted": (
        "Pondérer par le nombre de feux (1973-2024)",
        "Weight by the number of fires (1973-2024)",
    ),
    "playgrounds.kmeans_steps.start": (
        "Départ : {k} {k:plural:centre tiré|centres tirés} au hasard parmi les communes.",
        "Start: {k} {k:plural:centre|centres} drawn at random among the communes.",
    ),
    "playgrounds.kmeans_steps.start_plusplus": (
        "Départ k-means++ : {k} {k:plural:centre tiré|centres tirés}, chacun loin des précédents.",
        "k-means++ start: {k} {k:plural:centre|centres} drawn, each far from the previous ones.",
    ),
    "playgrounds.kmeans_steps.start_control": ("Départ", "Start"),
    "playgrounds.kmeans_steps.start_random": ("au hasard", "at random"),
    "playgrounds.kmeans_steps.start_plusplus_option": ("k-means++", "k-means++"),
    "playgrounds.kmeans_steps.seed": ("Graine du hasard", "Random seed"),
    "playgrounds.kmeans_steps.inertia": (
        "Inertie : {value} millions de km²",
        "Inertia: {value} million km²",
    ),
    "playgrounds.kmeans_steps.inertia_weighted": (
        "Inertie : {value} millions de km² × feux",
        "Inertia: {value} million km² × fires",
    ),
    "playgrounds.kmeans_steps.inertia_before": (
        "(à l'étape d'avant : {value}).",
        "(one step before: {value}).",
    ),
    "playgrounds.kmeans_steps.from_random": (
        "Départ au hasard, graine {seed}.",
        "Random start, seed {seed}.",
    ),
    "playgrounds.kmeans_steps.from_plusplus": (
        "Départ k-means++, graine {seed}.",
        "k-means++ start, seed {seed}.",
    ),
    "playgrounds.kmeans_steps.assign": (
        "Étape {step} : chaque commune rejoint le centre le plus proche.",
        "Step {step}: each commune joins its nearest centre.",
    ),
    "playgrounds.kmeans_steps.move": (
        "Étape {step} : chaque centre va au milieu de ses communes.",
        "Step {step}: each centre moves to the middle of its communes.",
    ),
    "playgrounds.kmeans_steps.move_weighted": (
        "Étape {step} : chaque centre va au milieu de ses communes, attiré par leurs feux.",
        "Step {step}: each centre moves to the middle of its communes, pulled by their fires.",
    ),
    "playgrounds.kmeans_steps.done": (
        "Plus rien ne bouge : l'algorithme s'est arrêté après {steps} {steps:plural:étape|étapes}.",
        "Nothing moves any more: the algorithm stopped after {steps} {steps:plural:step|steps}.",
    ),
    "playgrounds.kmeans_steps.distance": (
        "Distance moyenne d'une commune à sa base : {km} km",
        "Mean distance from a commune to its base: {km} km",
    ),
    "playgrounds.kmeans_steps.distance_weighted": (
        "Distance moyenne d'un feu à sa base : {km} km",
        "Mean distance from a fire to its base: {km} km",
    ),
    # lesson 07: neuron
    "playgrounds.neuron.title": (
        "Le neurone artificiel : règle ses poids, puis laisse-le apprendre",
        "The artificial neuron: set its weights, then let it learn",
    ),
    "playgrounds.neuron.case": ("Données", "Data"),
    "playgrounds.neuron.case_fires": ("vrais jours de 2024", "real days of 2024"),
    "playgrounds.neuron.case_xor": (
        "cas impossible pour un neurone",
        "a case one neuron cannot solve",
    ),
    "playgrounds.neuron.weight_1": ("Poids w1 (température)", "Weight w1 (temperature)"),
    "playgrounds.neuron.weight_2": ("Poids w2 (pluie)", "Weight w2 (rain)"),
    "playgrounds.neuron.bias": ("Biais b", "Bias b"),
    "playgrounds.neuron.steps": ("Pas d'apprentissage", "Learning steps"),
    "playgrounds.neuron.learning_rate": ("Taux d'apprentissage", "Learning rate"),
    "playgrounds.neuron.seed": ("Graine (ordre des jours)", "Seed (order of the days)"),
    "playgrounds.neuron.two_neurons": (
        "Montrer deux neurones cachés (cas impossible)",
        "Show two hidden neurons (impossible case)",
    ),
    "playgrounds.neuron.restart": ("Recommencer (pas = 0)", "Start again (steps = 0)"),
    "playgrounds.neuron.group_a": ("groupe A", "group A"),
    "playgrounds.neuron.group_b": ("groupe B", "group B"),
    "playgrounds.neuron.point_name": ("point n° {number}", "point no. {number}"),
    "playgrounds.neuron.alert_zone": (
        "zone où le neurone dit « {label} »",
        "zone where the neuron says “{label}”",
    ),
    "playgrounds.neuron.start_line": ("droite de départ", "starting line"),
    "playgrounds.neuron.line": ("frontière du neurone", "the neuron's border"),
    "playgrounds.neuron.example_day": ("exemple regardé", "example looked at"),
    "playgrounds.neuron.temperature_axis": (
        "température maximale du jour (°C)",
        "highest temperature of the day (°C)",
    ),
    "playgrounds.neuron.rain_axis": (
        "pluie du jour (mm ; plus de 30 mm : en haut)",
        "rain that day (mm; over 30 mm: at the top)",
    ),
    "playgrounds.neuron.temperature": ("température ramenée", "scaled temperature"),
    "playgrounds.neuron.rain": ("pluie ramenée", "scaled rain"),
    "playgrounds.neuron.months": (
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "January February March April May June July August September October November December",
    ),
    "playgrounds.neuron.formula": (
        "score = {w1} × {x} {w2} × {y} {b}   (« {yes} » si le score est plus grand que 0)",
        "score = {w1} × {x} {w2} × {y} {b}   (“{yes}” if the score is above 0)",
    ),
    "playgrounds.neuron.example_start": (
        (
            "Exemple, le {day} ({raw}) : score = {w1} × {x1} + {w2} × {x2} {b} = {score} : "
            "il dit « {said} », c'était « {truth} » ({verdict})."
        ),
        (
            "Example, {day} ({raw}): score = {w1} × {x1} + {w2} × {x2} {b} = {score}: "
            "it says “{said}”, it was “{truth}” ({verdict})."
        ),
    ),
    "playgrounds.neuron.example_step": (
        (
            "Pas n° {step} : le neurone regarde le {day} ({raw}) : "
            "score = {w1} × {x1} + {w2} × {x2} {b} = {score} : "
            "il dit « {said} », c'était « {truth} » ({verdict})."
        ),
        (
            "Step {step}: the neuron looks at {day} ({raw}): "
            "score = {w1} × {x1} + {w2} × {x2} {b} = {score}: "
            "it says “{said}”, it was “{truth}” ({verdict})."
        ),
    ),
    "playgrounds.neuron.right": ("juste", "right"),
    "playgrounds.neuron.wrong": ("erreur", "wrong"),
    "playgrounds.neuron.corrected": (
        "erreur : il a corrigé ses poids",
        "wrong: it corrected its weights",
    ),
    "playgrounds.neuron.day_measures": (
        "T = {temperature} °C, pluie = {rain} mm",
        "T = {temperature} °C, rain = {rain} mm",
    ),
    "playgrounds.neuron.point_measures": ("x = {x}, y = {y}", "x = {x}, y = {y}"),
    "playgrounds.neuron.in_units": (
        "Le même score en vraies unités : {a} × T (°C) {c} × pluie (mm) {d}",
        "The same score in real units: {a} × T (°C) {c} × rain (mm) {d}",
    ),
    "playgrounds.neuron.scores": (
        "Bonnes réponses : {train} des jours d'apprentissage, {test} des jours de test",
        "Right answers: {train} of the training days, {test} of the test days",
    ),
    "playgrounds.neuron.score_points": (
        "Bonnes réponses : {accuracy} des points",
        "Right answers: {accuracy} of the points",
    ),
    "playgrounds.neuron.progress": (
        "Après {steps} pas, dont {corrections} {corrections:plural:correction|corrections} (taux {rate}, graine {seed})",
        (
            "After {steps} {steps:plural:step|steps}, {corrections} of them "
            "{corrections:plural:a correction|corrections} (rate {rate}, seed {seed})"
        ),
    ),
    "playgrounds.neuron.hidden_label": (
        "neurone caché {number} : « oui » au-dessus",
        "hidden neuron {number}: “yes” above",
    ),
    "playgrounds.neuron.network": (
        (
            "Neurone caché 1 : oui si x + y − 0,5 > 0 (au-dessus de la droite bleue)\n"
            "Neurone caché 2 : oui si x + y − 1,5 > 0 (au-dessus de la droite rose)\n"
            "Neurone de sortie : « groupe B » si 1 × (neurone 1) − 1 × (neurone 2) − 0,5 > 0, "
            "c'est-à-dire entre les deux droites (zone colorée)\n"
            "Bonnes réponses : {accuracy} des points, là où un seul neurone plafonne vers 75 %"
        ),
        (
            "Hidden neuron 1: yes if x + y − 0.5 > 0 (above the blue line)\n"
            "Hidden neuron 2: yes if x + y − 1.5 > 0 (above the pink line)\n"
            "Output neuron: “group B” if 1 × (neuron 1) − 1 × (neuron 2) − 0.5 > 0, "
            "that is between the two lines (coloured zone)\n"
            "Right answers: {accuracy} of the points, where one neuron stays near 75 %"
        ),
    ),
    "playgrounds.neuron.network_only_xor": (
        (
            "Les deux neurones cachés se montrent sur le « cas impossible pour un neurone » : "
            "choisis-le dans « Données »."
        ),
        "The two hidden neurons show on “a case one neuron cannot solve”: choose it in “Data”.",
    ),
    # lesson 08: digit_drawing
    "playgrounds.digit_drawing.title": (
        "Dessine un chiffre : clique sur les cases, l'IA devine",
        "Draw a digit: click the squares, the AI guesses",
    ),
    "playgrounds.digit_drawing.cell": (
        "case ligne {row}, colonne {column}",
        "square row {row}, column {column}",
    ),
    "playgrounds.digit_drawing.clear": ("Tout effacer", "Clear all"),
    "playgrounds.digit_drawing.example": ("Montrer un exemple", "Show an example"),
    "playgrounds.digit_drawing.brush": ("Pinceau", "Brush"),
    "playgrounds.digit_drawing.brush_thick": ("épais (2 × 2 cases)", "thick (2 × 2 squares)"),
    "playgrounds.digit_drawing.brush_thin": ("fin (1 case)", "thin (1 square)"),
    "playgrounds.digit_drawing.bitmap": (
        "Ton dessin : 32 × 32 pixels",
        "Your drawing: 32 × 32 pixels",
    ),
    "playgrounds.digit_drawing.seen": (
        "Ce que voit l'IA : 64 nombres",
        "What the AI sees: 64 numbers",
    ),
    "playgrounds.digit_drawing.digit": ("chiffre", "digit"),
    "playgrounds.digit_drawing.empty": (
        "Dessine un chiffre en cliquant sur les cases.",
        "Draw a digit by clicking the squares.",
    ),
    "playgrounds.digit_drawing.guess": (
        "L'IA pense que c'est un {digit} (probabilité {probability})",
        "The AI thinks it is a {digit} (probability {probability})",
    ),
    "playgrounds.digit_drawing.label": ("C'est un", "It is a"),
    "playgrounds.digit_drawing.keep": ("Garder ce chiffre", "Keep this digit"),
    "playgrounds.digit_drawing.keep_how": (
        "Dessine un chiffre, puis choisis lequel c'est dans « C'est un », avant de le garder.",
        "Draw a digit, then choose which one it is in “It is a”, before keeping it.",
    ),
    "playgrounds.digit_drawing.kept_one": (
        (
            "{count} chiffre gardé sur cet ordinateur, dans le fichier {file} du dossier de la "
            "leçon : rien n'est envoyé ailleurs."
        ),
        (
            "{count} digit kept on this computer, in the file {file} of the lesson's folder: "
            "nothing is sent anywhere."
        ),
    ),
    "playgrounds.digit_drawing.kept_many": (
        (
            "{count} chiffres gardés sur cet ordinateur, dans le fichier {file} du dossier de la "
            "leçon : rien n'est envoyé ailleurs."
        ),
        (
            "{count} digits kept on this computer, in the file {file} of the lesson's folder: "
            "nothing is sent anywhere."
        ),
    ),
    # lesson 09: next_word
    "playgrounds.next_word.title": (
        "Une IA qui écrit : le mot suivant, tiré au sort selon sa probabilité",
        "An AI that writes: the next word, drawn according to its probability",
    ),
    "playgrounds.next_word.start": ("Début du texte", "Start of the text"),
    "playgrounds.next_word.sentence_start": ("(début de phrase)", "(start of a sentence)"),
    "playgrounds.next_word.temperature": ("Température", "Temperature"),
    "playgrounds.next_word.seed": ("Tirage n°", "Draw no."),
    "playgrounds.next_word.context": ("Mots regardés", "Words looked at"),
    "playgrounds.next_word.context_words": (
        "{count} {count:plural:mot|mots} avant",
        "{count} {count:plural:word|words} before",
    ),
    "playgrounds.next_word.end": ("(fin de phrase)", "(end of sentence)"),
    "playgrounds.next_word.others": ("(autres mots)", "(other words)"),
    "playgrounds.next_word.after": (
        "Mot suivant après « {context} » : probabilités à la température {temperature}",
        "Next word after “{context}”: probabilities at temperature {temperature}",
    ),
    "playgrounds.next_word.bad_start": (
        "Le début du texte doit être une phrase (du texte), reçu : {value!r}.",
        "The start of the text must be a sentence (text), got {value!r}.",
    ),
    # lesson 10: fairness
    "playgrounds.fairness.title": (
        (
            "IA et équité (jours simulés) : des données incomplètes dans un département "
            "faussent-elles l'IA ?"
        ),
        "AI and fairness (simulated days): do incomplete data in one département bias the AI?",
    ),
    "playgrounds.fairness.departement": ("Département sans relevés", "Département without records"),
    "playgrounds.fairness.gap": ("Jours sans relevé (%)", "Days without records (%)"),
    "playgrounds.fairness.measure": ("Mesure", "Measure"),
    "playgrounds.fairness.error": ("taux d'erreur", "error rate"),
    "playgrounds.fairness.missed": ("part des feux manqués", "share of fires missed"),
    "playgrounds.fairness.false_alarm": ("part des fausses alertes", "share of false alarms"),
    "playgrounds.fairness.before": (
        "avant correction : jour sans relevé compté « pas de feu »",
        "before correction: a day without records counted as “no fire”",
    ),
    "playgrounds.fairness.after": (
        "après correction : jours sans relevé retirés de l'apprentissage",
        "after correction: days without records left out of training",
    ),
    "playgrounds.fairness.summary": (
        "{name}, {gap} % des jours sans relevé\n{measure} : {before} avant correction, {after} après",
        "{name}, {gap} % of days without records\n{measure}: {before} before correction, {after} after",
    ),
}
