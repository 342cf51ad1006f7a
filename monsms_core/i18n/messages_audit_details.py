"""The audit log's details in sentences: one per action where codes would otherwise show, the words
for coded values, and counted phrases with real plurals (see monsms_core/audit/details.py)."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # Sentences for an action, filled with its details in words.
    "audit.detail.user.created": {
        "fr": "Compte créé avec le rôle « {role} ».",
        "en": 'Account created with the role "{role}".',
    },
    "audit.detail.user.role_changed": {
        "fr": "Le rôle « {from} » devient « {to} ».",
        "en": 'The role "{from}" becomes "{to}".',
    },
    "audit.detail.user.phone_changed": {
        "fr": "Numéro de test enregistré {source}.",
        "en": "Test number saved {source}.",
    },
    "audit.detail.user.sessions_ended": {
        "fr": {
            "one": "{count} session fermée sur ses appareils.",
            "other": "{count} sessions fermées sur ses appareils.",
        },
        "en": {
            "one": "{count} session ended on their devices.",
            "other": "{count} sessions ended on their devices.",
        },
    },
    "audit.detail.user.unlocked": {
        "fr": "Le compte était bloqué jusqu'au {was_locked_until}.",
        "en": "The account was locked until {was_locked_until}.",
    },
    "audit.detail.login.locked": {
        "fr": "{scope} bloqué jusqu'au {until} après trop d'essais.",
        "en": "{scope} locked until {until} after too many attempts.",
    },
    "audit.detail.login.throttled": {
        "fr": "Connexion refusée jusqu'au {until} : trop d'essais.",
        "en": "Sign-in refused until {until}: too many attempts.",
    },
    "audit.detail.settings.changed": {
        "fr": "« {setting} » passe de « {old} » à « {new} ».",
        "en": '"{setting}" changes from "{old}" to "{new}".',
    },
    "audit.detail.settings.changed.short": {
        "fr": "« {setting} » vaut désormais « {new} ».",
        "en": '"{setting}" is now "{new}".',
    },
    "audit.detail.settings.changed.secret": {
        "fr": "« {setting} » modifié (valeur secrète, jamais affichée ; elle finit par « {last4} »).",
        "en": '"{setting}" changed (a secret value, never shown; it ends with "{last4}").',
    },
    "audit.detail.group.renamed": {
        "fr": "Ancien nom « {from} », nouveau nom « {to} ».",
        "en": 'Old name "{from}", new name "{to}".',
    },
    "audit.detail.send.reconciled": {
        "fr": "Vérification faite sur {checked} ; l'envoi est maintenant « {to} ».",
        "en": 'Checked against {checked}; the send is now "{to}".',
    },
    "audit.detail.send.reconciled.checked": {
        "fr": {"one": "{count} campagne du service", "other": "{count} campagnes du service"},
        "en": {"one": "{count} campaign of the service", "other": "{count} campaigns of the service"},
    },
    # Coded values in words.
    "audit.source.test_send": {"fr": "lors d'un envoi de test", "en": "during a test send"},
    "audit.source.manual": {"fr": "saisi à la main", "en": "typed by hand"},
    "audit.source.import": {"fr": "importé d'un fichier", "en": "imported from a file"},
    "audit.key.phones": {"fr": "numéros", "en": "numbers"},
    # Targets recorded as a count ("12 contacts", "3 numbers"), written with a real plural.
    "audit.target.contacts": {
        "fr": {"one": "{count} contact", "other": "{count} contacts"},
        "en": {"one": "{count} contact", "other": "{count} contacts"},
    },
    "audit.target.numbers": {
        "fr": {"one": "{count} numéro", "other": "{count} numéros"},
        "en": {"one": "{count} number", "other": "{count} numbers"},
    },
    "audit.scope.account": {"fr": "Compte", "en": "Account"},
    "audit.scope.client": {"fr": "Navigateur", "en": "Browser"},
    "audit.setting.review_required": {
        "fr": "Faire relire les campagnes avant envoi",
        "en": "Campaigns need review before sending",
    },
    "audit.setting.default_country": {
        "fr": "Pays par défaut des numéros",
        "en": "Default country for numbers",
    },
    "audit.setting.default_sender": {"fr": "Expéditeur par défaut", "en": "Default sender ID"},
    "audit.setting.low_credit_threshold": {
        "fr": "Seuil d'alerte de crédit",
        "en": "Low-credit alert threshold",
    },
    "audit.setting.api_key": {"fr": "Clé d'accès Mon SMS PRO", "en": "Mon SMS PRO access key"},
    # Yes/no details as phrases.
    "audit.flag.test.yes": {"fr": "Envoi de test.", "en": "Test send."},
    "audit.flag.test.no": {"fr": "Envoi réel.", "en": "Real send."},
    "audit.flag.secret.yes": {"fr": "Valeur secrète, jamais affichée.", "en": "A secret value, never shown."},
    "audit.flag.changed.yes": {"fr": "Modifiée.", "en": "Changed."},
    # Counted details with real plurals.
    "audit.part.recipients": {
        "fr": {"one": "{count} destinataire.", "other": "{count} destinataires."},
        "en": {"one": "{count} recipient.", "other": "{count} recipients."},
    },
    "audit.part.credits": {
        "fr": {"one": "{count} crédit.", "other": "{count} crédits."},
        "en": {"one": "{count} credit.", "other": "{count} credits."},
    },
    "audit.part.campaigns": {
        "fr": {"one": "{count} texte différent.", "other": "{count} textes différents."},
        "en": {"one": "{count} distinct text.", "other": "{count} distinct texts."},
    },
    "audit.part.chunks": {
        "fr": {"one": "{count} campagne prévue.", "other": "{count} campagnes prévues."},
        "en": {"one": "{count} campaign planned.", "other": "{count} campaigns planned."},
    },
    "audit.part.created_now": {
        "fr": {
            "one": "{count} campagne créée à cette étape.",
            "other": "{count} campagnes créées à cette étape.",
        },
        "en": {
            "one": "{count} campaign created in this step.",
            "other": "{count} campaigns created in this step.",
        },
    },
    "audit.part.count": {
        "fr": {"one": "{count} élément.", "other": "{count} éléments."},
        "en": {"one": "{count} item.", "other": "{count} items."},
    },
    "audit.part.optout.added.count": {
        "fr": {"one": "{count} numéro ajouté.", "other": "{count} numéros ajoutés."},
        "en": {"one": "{count} number added.", "other": "{count} numbers added."},
    },
    "audit.part.contacts.deleted.count": {
        "fr": {"one": "{count} contact supprimé.", "other": "{count} contacts supprimés."},
        "en": {"one": "{count} contact deleted.", "other": "{count} contacts deleted."},
    },
    "audit.part.group.members_added.count": {
        "fr": {"one": "{count} membre ajouté.", "other": "{count} membres ajoutés."},
        "en": {"one": "{count} member added.", "other": "{count} members added."},
    },
    "audit.part.group.members_removed.count": {
        "fr": {"one": "{count} membre retiré.", "other": "{count} membres retirés."},
        "en": {"one": "{count} member removed.", "other": "{count} members removed."},
    },
    "audit.part.created": {
        "fr": {"one": "{count} contact créé.", "other": "{count} contacts créés."},
        "en": {"one": "{count} contact created.", "other": "{count} contacts created."},
    },
    "audit.part.skipped": {
        "fr": {"one": "{count} ligne ignorée.", "other": "{count} lignes ignorées."},
        "en": {"one": "{count} row skipped.", "other": "{count} rows skipped."},
    },
    "audit.part.failed": {
        "fr": {"one": "{count} contact en échec.", "other": "{count} contacts en échec."},
        "en": {"one": "{count} contact failed.", "other": "{count} contacts failed."},
    },
    "audit.part.group_added": {
        "fr": {"one": "{count} membre ajouté au groupe.", "other": "{count} membres ajoutés au groupe."},
        "en": {"one": "{count} member added to the group.", "other": "{count} members added to the group."},
    },
    "audit.part.entries": {
        "fr": {"one": "{count} ligne lue.", "other": "{count} lignes lues."},
        "en": {"one": "{count} row read.", "other": "{count} rows read."},
    },
    "audit.part.to_create": {
        "fr": {"one": "{count} contact à créer.", "other": "{count} contacts à créer."},
        "en": {"one": "{count} contact to create.", "other": "{count} contacts to create."},
    },
    "audit.part.revision": {
        "fr": {"one": "Version {count}.", "other": "Version {count}."},
        "en": {"one": "Version {count}.", "other": "Version {count}."},
    },
}
