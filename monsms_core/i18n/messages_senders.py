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
    "senders.nav": {"fr": "Noms d'expéditeur", "en": "Sender names"},
    "senders.page.title": {"fr": "Noms d'expéditeur", "en": "Sender names"},
    "senders.page.intro": {
        "fr": "Le nom d'expéditeur est ce que vos destinataires voient à la place d'un numéro. Chaque "
        "nouveau nom est vérifié par l'opérateur avant de pouvoir servir : suivez ici vos demandes.",
        "en": "The sender name is what your recipients see instead of a number. Each new name is checked "
        "by the operator before it can be used: follow your requests here.",
    },
    "senders.page.name": {"fr": "Nom demandé", "en": "Name asked for"},
    "senders.page.name_help": {
        "fr": "3 à 11 caractères : lettres sans accent, chiffres, espaces (ex. ECOLE, BOUTIK AWA).",
        "en": "3 to 11 characters: letters without accents, digits, spaces (e.g. ECOLE, BOUTIK AWA).",
    },
    "senders.page.reason": {"fr": "À quoi servira-t-il ?", "en": "What is it for?"},
    "senders.page.reason_help": {
        "fr": "Une phrase pour l'opérateur, par exemple le nom complet de votre établissement.",
        "en": "A sentence for the operator, for example the full name of your organisation.",
    },
    "senders.page.submit": {"fr": "Demander ce nom", "en": "Ask for this name"},
    "senders.page.requested": {
        "fr": "Demande envoyée : « {name} » est en attente de validation par l'opérateur.",
        "en": "Request sent: “{name}” is waiting for the operator's approval.",
    },
    "senders.page.list_title": {
        "fr": "Demandes faites depuis le tableau de bord",
        "en": "Requests made from the dashboard",
    },
    "senders.page.none": {
        "fr": "Aucune demande pour l'instant. Les noms demandés ici apparaîtront dans cette liste "
        "avec leur statut.",
        "en": "No request yet. Names asked for here will appear in this list with their status.",
    },
    "senders.page.refresh_hint": {
        "fr": "Les statuts sont relus auprès de Mon SMS PRO à chaque visite de la page.",
        "en": "Statuses are read again from Mon SMS PRO on every visit of this page.",
    },
    "senders.col.name": {"fr": "Nom", "en": "Name"},
    "senders.col.status": {"fr": "Statut", "en": "Status"},
    "senders.col.requested_by": {"fr": "Demandé par", "en": "Requested by"},
    "senders.col.requested_at": {"fr": "Le", "en": "On"},
    "senders.col.reason": {"fr": "Pour", "en": "For"},
}
