"""Reasons of system errors, embedded in other messages (see :mod:`eduia.oserrors`)."""

MESSAGES = {
    "system.read_only": ("le disque est en lecture seule", "the disk is read-only"),
    "system.permission": (
        "droits insuffisants sur ce dossier ou ce fichier",
        "not enough rights on this folder or file",
    ),
    "system.disk_full": ("le disque est plein", "the disk is full"),
    "system.not_found": ("fichier ou dossier introuvable", "no such file or folder"),
    "system.not_a_folder": (
        "un fichier porte le nom d'un dossier attendu",
        "a file has the name of an expected folder",
    ),
    "system.is_a_folder": ("c'est un dossier, pas un fichier", "it is a folder, not a file"),
    "system.exists": ("ce nom est déjà pris", "this name is already taken"),
    "system.not_empty": ("le dossier n'est pas vide", "the folder is not empty"),
    "system.name_too_long": ("le nom est trop long", "the name is too long"),
    "system.io": ("erreur de lecture ou d'écriture du disque", "disk read or write error"),
    "system.busy": (
        "le fichier est utilisé par un autre programme",
        "the file is used by another program",
    ),
    "system.other": ("erreur du système ({name})", "system error ({name})"),
}
