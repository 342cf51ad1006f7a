"""Audit log page: filters, columns, categories and a label for each recorded action."""

MESSAGES: dict[str, dict[str, str]] = {
    "audit.nav": {"fr": "Journal d'audit", "en": "Audit log"},
    "audit.title": {"fr": "Journal d'audit", "en": "Audit log"},
    "audit.intro": {
        "fr": (
            "Qui a fait quoi, et quand : connexions, paramètres, imports, envois, validations et comptes. "
            "Ce journal ne peut être ni modifié ni effacé."
        ),
        "en": (
            "Who did what, and when: sign-ins, settings, imports, sends, reviews and accounts. "
            "This log can be neither edited nor erased."
        ),
    },
    "audit.filter.dates": {"fr": "Période", "en": "Period"},
    "audit.filter.actor": {"fr": "Personne", "en": "Person"},
    "audit.filter.everyone": {"fr": "Tout le monde", "en": "Everyone"},
    "audit.filter.category": {"fr": "Type d'action", "en": "Kind of action"},
    "audit.filter.all": {"fr": "Toutes", "en": "All"},
    "audit.filter.text": {"fr": "Rechercher", "en": "Search"},
    "audit.filter.text_placeholder": {
        "fr": "Un nom, un numéro, un identifiant…",
        "en": "A name, a number, an id…",
    },
    "audit.none": {
        "fr": "Aucune action enregistrée ne correspond à ces filtres.",
        "en": "No recorded action matches these filters.",
    },
    "audit.count": {"fr": "{count} action(s).", "en": "{count} action(s)."},
    "audit.count_capped": {
        "fr": (
            "Les {count} actions les plus récentes sont affichées : "
            "resserrez la période pour voir les autres."
        ),
        "en": "The {count} most recent actions are shown: narrow the period to see the others.",
    },
    "audit.col.at": {"fr": "Date et heure", "en": "Date and time"},
    "audit.col.actor": {"fr": "Qui", "en": "Who"},
    "audit.col.action": {"fr": "Action", "en": "Action"},
    "audit.col.code": {"fr": "Code", "en": "Code"},
    "audit.col.target": {"fr": "Sur", "en": "On"},
    "audit.col.details": {"fr": "Détails", "en": "Details"},
    "audit.yes": {"fr": "oui", "en": "yes"},
    "audit.no": {"fr": "non", "en": "no"},
    "audit.category.login": {"fr": "Connexions", "en": "Sign-ins"},
    "audit.category.settings": {"fr": "Paramètres", "en": "Settings"},
    "audit.category.users": {"fr": "Comptes de l'équipe", "en": "Team accounts"},
    "audit.category.imports": {"fr": "Imports", "en": "Imports"},
    "audit.category.contacts": {"fr": "Contacts et groupes", "en": "Contacts and groups"},
    "audit.category.sends": {"fr": "Envois", "en": "Sends"},
    "audit.category.reviews": {"fr": "Validations", "en": "Reviews"},
    "audit.category.campaigns": {"fr": "Campagnes programmées", "en": "Scheduled campaigns"},
    "audit.category.optouts": {"fr": "Liste d'opposition", "en": "Opt-out list"},
    "audit.action.login.succeeded": {"fr": "Connexion", "en": "Signed in"},
    "audit.action.login.failed": {"fr": "Échec de connexion", "en": "Failed sign-in"},
    "audit.action.login.throttled": {
        "fr": "Connexion bloquée (trop d'essais)",
        "en": "Sign-in blocked (too many tries)",
    },
    "audit.action.login.refused_disabled": {
        "fr": "Connexion refusée (compte désactivé)",
        "en": "Sign-in refused (account disabled)",
    },
    "audit.action.logout": {"fr": "Déconnexion", "en": "Signed out"},
    "audit.action.settings.changed": {"fr": "Paramètre modifié", "en": "Setting changed"},
    "audit.action.user.first_admin_created": {
        "fr": "Premier administrateur créé",
        "en": "First administrator created",
    },
    "audit.action.user.created": {"fr": "Compte créé", "en": "Account created"},
    "audit.action.user.role_changed": {"fr": "Rôle modifié", "en": "Role changed"},
    "audit.action.user.disabled": {"fr": "Compte désactivé", "en": "Account disabled"},
    "audit.action.user.enabled": {"fr": "Compte réactivé", "en": "Account enabled"},
    "audit.action.user.password_reset": {"fr": "Mot de passe réinitialisé", "en": "Password reset"},
    "audit.action.user.password_changed": {"fr": "Mot de passe changé", "en": "Password changed"},
    "audit.action.user.phone_changed": {"fr": "Numéro de téléphone changé", "en": "Phone number changed"},
    "audit.action.import.created": {"fr": "Import de contacts", "en": "Contacts import"},
    "audit.action.import.group": {"fr": "Groupe rempli par un import", "en": "Group filled by an import"},
    "audit.action.import.finished": {"fr": "Import terminé", "en": "Import finished"},
    "audit.action.contact.updated": {"fr": "Contact modifié", "en": "Contact edited"},
    "audit.action.contacts.deleted": {"fr": "Contacts supprimés", "en": "Contacts deleted"},
    "audit.action.contacts.group.added": {
        "fr": "Contacts ajoutés à un groupe",
        "en": "Contacts added to a group",
    },
    "audit.action.group.created": {"fr": "Groupe créé", "en": "Group created"},
    "audit.action.group.deleted": {"fr": "Groupe supprimé", "en": "Group deleted"},
    "audit.action.group.renamed": {"fr": "Groupe renommé", "en": "Group renamed"},
    "audit.action.group.members_added": {"fr": "Membres ajoutés au groupe", "en": "Members added to group"},
    "audit.action.group.members_removed": {
        "fr": "Membres retirés du groupe",
        "en": "Members removed from group",
    },
    "audit.action.send.submitted": {"fr": "Envoi préparé", "en": "Send prepared"},
    "audit.action.send.executed": {"fr": "Envoi effectué", "en": "Send made"},
    "audit.action.send.failed": {"fr": "Envoi en échec", "en": "Send failed"},
    "audit.action.send.unknown": {"fr": "Envoi au résultat incertain", "en": "Send with uncertain outcome"},
    "audit.action.send.paused": {"fr": "Envoi interrompu", "en": "Send paused"},
    "audit.action.send.retried": {"fr": "Envoi relancé", "en": "Send retried"},
    "audit.action.send.interrupted": {
        "fr": "Envoi coupé (arrêt du serveur)",
        "en": "Send cut off (server stop)",
    },
    "audit.action.send.reconciled": {
        "fr": "Envoi vérifié auprès de l'API",
        "en": "Send checked with the API",
    },
    "audit.action.review.submitted": {"fr": "Soumis pour validation", "en": "Submitted for review"},
    "audit.action.review.resubmitted": {
        "fr": "Soumis à nouveau après correction",
        "en": "Resubmitted after edits",
    },
    "audit.action.review.approved": {"fr": "Envoi approuvé", "en": "Send approved"},
    "audit.action.review.override": {
        "fr": "Propre envoi approuvé par exception (administrateur)",
        "en": "Own send approved by exception (administrator)",
    },
    "audit.action.review.rejected": {"fr": "Envoi refusé", "en": "Send rejected"},
    "audit.action.review.returned": {"fr": "Renvoyé pour correction", "en": "Returned for edits"},
    "audit.action.review.voided": {
        "fr": "Approbation annulée (contenu modifié)",
        "en": "Approval void (content changed)",
    },
    "audit.action.campaign.paused": {"fr": "Campagne mise en pause", "en": "Campaign paused"},
    "audit.action.campaign.resumed": {"fr": "Campagne reprise", "en": "Campaign resumed"},
    "audit.action.campaign.rescheduled": {"fr": "Programmation modifiée", "en": "Schedule changed"},
    "audit.action.optout.added": {
        "fr": "Numéro ajouté à la liste d'opposition",
        "en": "Number added to opt-out list",
    },
    "audit.action.optout.removed": {
        "fr": "Numéro retiré de la liste d'opposition",
        "en": "Number removed from opt-out list",
    },
}
