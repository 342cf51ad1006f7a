"""Why a phone number was accepted, repaired, migrated or rejected, and the pasted-numbers summary."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # statuses, shown when there is no particular reason
    "phones.status.valid": {"fr": "Numéro valide.", "en": "Valid number."},
    "phones.status.repaired": {"fr": "Numéro corrigé : vérifiez-le.", "en": "Number corrected: check it."},
    "phones.status.migrated": {
        "fr": "Ancien numéro converti à 10 chiffres : vérifiez-le.",
        "en": "Old number converted to 10 digits: check it.",
    },
    "phones.status.rejected": {"fr": "Numéro refusé.", "en": "Number rejected."},
    # repairs and migrations
    "phones.reason.leading_zero_restored": {
        "fr": "Le 0 du début avait disparu (souvent à cause d'Excel) : il a été remis. Vérifiez le numéro.",
        "en": "The leading 0 had been lost (often by Excel) and was put back. Check the number.",
    },
    "phones.reason.migrated_8_to_10": {
        "fr": "Ancien numéro à 8 chiffres : le préfixe de l'opérateur a été ajouté (règle ARTCI 2021). "
        "Vérifiez le numéro.",
        "en": "Old 8-digit number: the operator prefix was added (ARTCI 2021 rule). Check the number.",
    },
    "phones.reason.leading_zero_restored_and_migrated": {
        "fr": "Ancien numéro à 8 chiffres dont le 0 du début avait disparu : le 0 a été remis et le préfixe "
        "de l'opérateur ajouté (règle ARTCI 2021). Vérifiez le numéro.",
        "en": "Old 8-digit number that had lost its leading 0: the 0 was put back and the operator prefix "
        "added (ARTCI 2021 rule). Check the number.",
    },
    # rejections
    "phones.reason.empty": {"fr": "Aucun numéro.", "en": "No number."},
    "phones.reason.not_a_number": {
        "fr": "Ce n'est pas un numéro de téléphone.",
        "en": "This is not a phone number.",
    },
    "phones.reason.scientific_notation": {
        "fr": "Le numéro a été abîmé par Excel (écriture du type 2,25071E+12) : des chiffres sont perdus. "
        "Mettez la colonne au format Texte et saisissez-le à nouveau.",
        "en": "Excel damaged the number (written like 2.25071E+12): digits are lost. "
        "Format the column as Text and enter it again.",
    },
    "phones.reason.too_short": {"fr": "Numéro trop court.", "en": "Number too short."},
    "phones.reason.too_long": {"fr": "Numéro trop long.", "en": "Number too long."},
    "phones.reason.invalid_number": {
        "fr": "Ce numéro n'existe pas dans le plan de numérotation du pays.",
        "en": "This number does not exist in the country's numbering plan.",
    },
    "phones.reason.invalid_country_code": {
        "fr": "L'indicatif du pays est inconnu.",
        "en": "Unknown country code.",
    },
    "phones.reason.fixed_line": {
        "fr": "Numéro de téléphone fixe : il ne peut pas recevoir de SMS.",
        "en": "Landline number: it cannot receive SMS.",
    },
    "phones.reason.not_mobile": {
        "fr": "Numéro spécial (numéro vert, surtaxé…) : il ne peut pas recevoir de SMS.",
        "en": "Special number (toll-free, premium rate…): it cannot receive SMS.",
    },
    "phones.reason.unknown_old_prefix": {
        "fr": "Ancien numéro à 8 chiffres dont l'opérateur est inconnu : impossible de le convertir à "
        "10 chiffres. Demandez le nouveau numéro.",
        "en": "Old 8-digit number from an unknown operator: it cannot be converted to 10 digits. "
        "Ask for the new number.",
    },
    "phones.reason.two_numbers_glued": {
        "fr": "Deux numéros collés sans séparateur : séparez-les par « / » ou « ; ».",
        "en": "Two numbers stuck together: separate them with “/” or “;”.",
    },
    "phones.reason.several_numbers": {
        "fr": "Plusieurs numéros au lieu d'un seul.",
        "en": "Several numbers instead of one.",
    },
    # the composer's pasted numbers
    "phones.paste_summary": {
        "fr": "{valid}, {duplicates}, {rejected}.",
        "en": "{valid}, {duplicates}, {rejected}.",
    },
    "phones.paste_summary.valid": {
        "fr": {"one": "{count} numéro retenu", "other": "{count} numéros retenus"},
        "en": {"one": "{count} number kept", "other": "{count} numbers kept"},
    },
    "phones.paste_summary.duplicates": {
        "fr": {"one": "{count} doublon ignoré", "other": "{count} doublons ignorés"},
        "en": {"one": "{count} duplicate ignored", "other": "{count} duplicates ignored"},
    },
    "phones.paste_summary.rejected": {
        "fr": {"one": "{count} refusé", "other": "{count} refusés"},
        "en": {"one": "{count} rejected", "other": "{count} rejected"},
    },
    "phones.merge_summary": {
        "fr": {
            "one": "{count} destinataire ; retirés : {duplicates} et {opted_out}.",
            "other": "{count} destinataires ; retirés : {duplicates} et {opted_out}.",
        },
        "en": {
            "one": "{count} recipient; removed: {duplicates} and {opted_out}.",
            "other": "{count} recipients; removed: {duplicates} and {opted_out}.",
        },
    },
    "phones.merge_summary.duplicates": {
        "fr": {"one": "{count} doublon", "other": "{count} doublons"},
        "en": {"one": "{count} duplicate", "other": "{count} duplicates"},
    },
    "phones.merge_summary.opted_out": {
        "fr": {"one": "{count} désinscrit", "other": "{count} désinscrits"},
        "en": {"one": "{count} opted-out number", "other": "{count} opted-out numbers"},
    },
}
