"""Messages about sending: what blocks a send, what it costs, how it went, and checking a lost answer."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # What stops a plan from being sent (SendPlan.blockers).
    "sending.blocker.empty_text": {
        "fr": "Le message est vide : écrivez le texte à envoyer.",
        "en": "The message is empty: write the text to send.",
    },
    "sending.blocker.empty_message": {
        "fr": "Pour certains destinataires, le message personnalisé serait vide : ajoutez du texte ou "
        "une valeur par défaut pour les champs.",
        "en": "For some recipients the personalised message would be empty: add some text or a default "
        "value for the fields.",
    },
    "sending.blocker.unknown_fields": {
        "fr": "Champs inconnus dans le message : {fields}. Corrigez leur nom ou ajoutez la colonne "
        "correspondante à vos destinataires.",
        "en": "Unknown fields in the message: {fields}. Fix their name or add the matching column to "
        "your recipients.",
    },
    "sending.blocker.no_recipients": {
        "fr": "Aucun destinataire : ajoutez des numéros, des contacts ou un groupe.",
        "en": "No recipients: add numbers, contacts or a group.",
    },
    "sending.blocker.too_many_campaigns": {
        "fr": "Ce message personnalisé donnerait plus de 10 000 textes différents, donc autant de "
        "campagnes : retirez le champ propre à chaque destinataire ou envoyez en plusieurs fois.",
        "en": "This personalised message would give more than 10,000 different texts, and as many "
        "campaigns: remove the field that differs for each recipient or send in several batches.",
    },
    "sending.blocker.flash_scheduled": {
        "fr": "Un SMS Flash part immédiatement : il ne peut pas être programmé.",
        "en": "A Flash SMS goes out immediately: it cannot be scheduled.",
    },
    "sending.blocker.schedule_in_past": {
        "fr": "La date d'envoi programmée est déjà passée : choisissez une date à venir.",
        "en": "The scheduled date has already passed: choose a future date.",
    },
    "sending.blocker.no_weekdays": {
        "fr": "Choisissez au moins un jour de la semaine pour l'envoi récurrent.",
        "en": "Choose at least one day of the week for the recurring send.",
    },
    # Cost.
    "sending.shortfall": {
        "fr": "Crédit insuffisant : cet envoi coûte {needed} SMS et votre compte en a {available}. "
        "Rechargez au moins {missing} SMS avant d'envoyer.",
        "en": "Not enough credit: this send costs {needed} SMS and your account has {available}. "
        "Top up at least {missing} SMS before sending.",
    },
    "sending.conflict": {
        "fr": "Ce brouillon a changé depuis sa confirmation : vérifiez-le et confirmez de nouveau.",
        "en": "This draft changed since it was confirmed: check it and confirm again.",
    },
    # Where a send stands (outbox statuses).
    "sending.status.pending": {"fr": "En attente", "en": "Waiting"},
    "sending.status.sending": {"fr": "Envoi en cours", "en": "Sending"},
    "sending.status.sent": {"fr": "Envoyé", "en": "Sent"},
    "sending.status.failed": {"fr": "Échec", "en": "Failed"},
    "sending.status.unknown": {"fr": "Résultat incertain", "en": "Outcome unknown"},
    # One campaign of a send (state.chunk_states).
    "sending.chunk.done": {"fr": "Envoyée", "en": "Sent"},
    "sending.chunk.waiting": {"fr": "À envoyer", "en": "To send"},
    "sending.chunk.sending": {"fr": "En cours", "en": "In progress"},
    "sending.chunk.unknown": {"fr": "À vérifier", "en": "To check"},
    "sending.chunk.failed": {"fr": "Refusée", "en": "Refused"},
    # After execute (ExecutionResult.user_message).
    "sending.result.sent": {
        "fr": "Envoi effectué : {done} sur {total}.",
        "en": "Sent: {done} out of {total}.",
    },
    "sending.result.sent.done": {
        "fr": {"one": "{count} campagne créée", "other": "{count} campagnes créées"},
        "en": {"one": "{count} campaign created", "other": "{count} campaigns created"},
    },
    "sending.result.sending": {
        "fr": "Envoi en cours : {done} sur {total}.",
        "en": "Sending: {done} out of {total}.",
    },
    "sending.result.sending.done": {
        "fr": {"one": "{count} campagne créée", "other": "{count} campagnes créées"},
        "en": {"one": "{count} campaign created", "other": "{count} campaigns created"},
    },
    "sending.result.pending": {
        "fr": "Envoi en pause : {done} sur {total}. Il reprendra plus tard.",
        "en": "Send paused: {done} out of {total}. It will resume later.",
    },
    "sending.result.pending.done": {
        "fr": {"one": "{count} campagne créée", "other": "{count} campagnes créées"},
        "en": {"one": "{count} campaign created", "other": "{count} campaigns created"},
    },
    "sending.result.failed": {
        "fr": "Envoi refusé après {done} sur {total}. {reason}",
        "en": "Send refused after {done} out of {total}. {reason}",
    },
    "sending.result.failed.done": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    "sending.result.unknown": {
        "fr": "La réponse du service s'est perdue après {done} sur {total}. Rien ne sera "
        "renvoyé avant une vérification de ce qui est vraiment parti.",
        "en": "The service's answer was lost after {done} out of {total}. Nothing will be sent "
        "again before checking what really went out.",
    },
    "sending.result.unknown.done": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    # After reconcile (ReconcileResult.user_message).
    "sending.reconcile.sent": {
        "fr": "Vérification faite : toutes les campagnes ont bien été créées. Rien à renvoyer.",
        "en": "Checked: every campaign was created. Nothing to send again.",
    },
    "sending.reconcile.retry": {
        "fr": "Vérification faite : {missing} sans risque de doublon.",
        "en": "Checked: {missing} without any risk of duplicates.",
    },
    "sending.reconcile.retry.missing": {
        "fr": {
            "one": "{count} campagne n'a pas été créée ; elle peut être envoyée",
            "other": "{count} campagnes n'ont pas été créées ; elles peuvent être envoyées",
        },
        "en": {
            "one": "{count} campaign was not created; it can be sent",
            "other": "{count} campaigns were not created; they can be sent",
        },
    },
    "sending.reconcile.too_early": {
        "fr": "Le service traite peut-être encore la demande : vérifiez de nouveau dans {seconds} s.",
        "en": "The service may still be processing the request: check again in {seconds} s.",
    },
    "sending.reconcile.inconclusive": {
        "fr": "Impossible de confirmer si {missing}. Consultez la liste des "
        "campagnes avant de renvoyer quoi que ce soit.",
        "en": "Could not confirm whether {missing} went out. Look at the campaign list "
        "before sending anything again.",
    },
    "sending.reconcile.inconclusive.missing": {
        "fr": {"one": "{count} campagne est partie", "other": "{count} campagnes sont parties"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    "sending.reconcile.ambiguous": {
        "fr": "À vérifier : pour {to_check}, plusieurs campagnes du service ont le même texte, "
        "les mêmes destinataires et le même expéditeur. Rien n'a été renvoyé. Regardez la liste des "
        "campagnes pour savoir lesquelles sont parties avant de décider.",
        "en": "To be checked: for {to_check}, several campaigns of the service have the same "
        "text, recipients and sender. Nothing was sent again. Look at the campaign list to see which went "
        "out before deciding.",
    },
    "sending.reconcile.ambiguous.to_check": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    "sending.reconcile.not_unknown": {
        "fr": "Cet envoi n'est pas à vérifier.",
        "en": "This send needs no check.",
    },
    # Error codes the sending code stores besides the API's (describe_error).
    "sending.error.plan_invalid": {
        "fr": "Le message enregistré est illisible ou a été modifié : recomposez-le.",
        "en": "The saved message is unreadable or was altered: compose it again.",
    },
    "sending.error.interrupted": {
        "fr": "L'envoi a été interrompu (fermeture ou redémarrage du serveur).",
        "en": "The send was interrupted (server closed or restarted).",
    },
    "sending.error.internal_error": {
        "fr": "Une erreur inattendue s'est produite pendant l'envoi.",
        "en": "An unexpected error happened during the send.",
    },
    "sending.error.missing_campaign_id": {
        "fr": "Le service n'a pas indiqué le numéro de la campagne créée.",
        "en": "The service did not give the id of the campaign it created.",
    },
    "sending.error.other": {
        "fr": "Erreur « {code} ».",
        "en": "Error \"{code}\".",
    },
}
