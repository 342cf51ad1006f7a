"""Messages about sender names: requesting one, the refusals, and following the requests."""

MESSAGES: dict[str, dict[str, str]] = {
    "senders.error.invalid_name": {
        "fr": "« {name} » ne peut pas être un nom d'expéditeur : de 3 à 11 caractères, lettres sans accent, "
        "chiffres ou espaces. Corrigez le nom puis demandez à nouveau.",
        "en": "“{name}” cannot be a sender name: 3 to 11 characters, letters without accents, digits or "
        "spaces. Fix the name and ask again.",
    },
    "senders.error.name_taken": {
        "fr": "Le nom d'expéditeur « {name} » existe déjà sur votre compte (statut : {status}). "
        "Choisissez-le dans la liste s'il est accepté, ou demandez un autre nom.",
        "en": "The sender name “{name}” already exists on your account (status: {status}). Pick it in the "
        "list if it is accepted, or ask for another name.",
    },
    "senders.status.pending": {"fr": "En attente", "en": "Pending"},
    "senders.status.accepted": {"fr": "Accepté", "en": "Accepted"},
    "senders.status.refused": {"fr": "Refusé", "en": "Refused"},
    "senders.status.archived": {"fr": "Archivé", "en": "Archived"},
    "senders.status.missing": {"fr": "Introuvable", "en": "Not found"},
    "senders.status.unknown": {"fr": "Inconnu", "en": "Unknown"},
}
