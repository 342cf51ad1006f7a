"""Messages of the hand-over from a campaign or a returned review to the composer (ui.composer.prefill,
ui.composer.handed, the "Renvoyer" / "Dupliquer en brouillon" buttons)."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # The buttons on a campaign's page
    "prefill.help.again": {
        "fr": "Ouvre l'écran d'envoi avec le même message et les mêmes destinataires, prêt à partir : "
        "vous vérifiez le coût et confirmez avant tout envoi.",
        "en": "Opens the send screen with the same message and recipients, ready to go: you check the "
        "cost and confirm before anything is sent.",
    },
    "prefill.help.duplicate": {
        "fr": "Ouvre une copie modifiable dans l'écran d'envoi. Rien n'est envoyé.",
        "en": "Opens an editable copy in the send screen. Nothing is sent.",
    },
    # The banner at the top of the composer
    "prefill.banner.again.title": {
        "fr": "Nouvel envoi de la campagne {name}",
        "en": "Sending the campaign {name} again",
    },
    "prefill.banner.again.hint": {
        "fr": "Même message, mêmes destinataires (sauf ceux qui se sont désinscrits entre-temps). Vérifiez "
        "le coût puis cliquez sur « Envoyer… » : rien ne part avant votre confirmation.",
        "en": "Same message, same recipients (except those who opted out since). Check the cost, then "
        "click “Send…”: nothing goes out before you confirm.",
    },
    "prefill.banner.duplicate.title": {
        "fr": "Brouillon copié de la campagne {name}",
        "en": "Draft copied from the campaign {name}",
    },
    "prefill.banner.duplicate.hint": {
        "fr": "Modifiez le message, les destinataires ou les options, puis envoyez-le depuis l'étape 4 en "
        "bas de la page. Rien n'a été envoyé.",
        "en": "Edit the message, recipients or options, then send it from step 4 at the bottom of the "
        "page. Nothing has been sent.",
    },
    "prefill.banner.resubmit.title": {
        "fr": "Correction de l'envoi {name}",
        "en": "Correcting the send {name}",
    },
    "prefill.banner.resubmit.hint": {
        "fr": "Faites les changements demandés par le relecteur, puis soumettez de nouveau : il verra la "
        "nouvelle version.",
        "en": "Make the changes the reviewer asked for, then submit again: they will see the new version.",
    },
    "prefill.again.cost": {
        "fr": "{recipients} · {credits} · solde : {balance}",
        "en": "{recipients} · {credits} · balance: {balance}",
    },
    "prefill.again.cost.recipients": {
        "fr": {"one": "**{count}** destinataire", "other": "**{count}** destinataires"},
        "en": {"one": "**{count}** recipient", "other": "**{count}** recipients"},
    },
    "prefill.again.cost.credits": {
        "fr": {"one": "**{count}** crédit nécessaire", "other": "**{count}** crédits nécessaires"},
        "en": {"one": "**{count}** credit needed", "other": "**{count}** credits needed"},
    },
    "prefill.again.blocked": {
        "fr": "L'envoi n'est pas possible tel quel : voyez les points signalés plus bas.",
        "en": "This send is not possible as it is: see the points shown below.",
    },
    "prefill.sender_gone": {
        "fr": "Le nom d'expéditeur « {sender} » n'est plus disponible : choisissez-en un autre à l'étape 3.",
        "en": "The sender name “{sender}” is no longer available: choose another one in step 3.",
    },
    "prefill.schedule_passed": {
        "fr": "La date prévue pour cet envoi est passée : choisissez une nouvelle date à l'étape 3.",
        "en": "The planned date of this send has passed: choose a new one in step 3.",
    },
    "prefill.resubmit_unavailable": {
        "fr": "Cet envoi ne peut plus être corrigé (il a été modifié ou traité entre-temps) : son contenu "
        "est repris dans un nouveau brouillon.",
        "en": "This send can no longer be corrected (it was changed or handled meanwhile): its content is "
        "in a new draft instead.",
    },
    "prefill.resubmitted": {
        "fr": "Nouvelle version soumise : un Relecteur doit l'approuver avant qu'elle parte.",
        "en": "New version submitted: a Reviewer must approve it before it goes out.",
    },
    # The handed recipients, above the other sources
    "prefill.handed.campaign": {
        "fr": "{count} destinataires repris de la campagne {name}",
        "en": "{count} recipients taken from the campaign {name}",
    },
    "prefill.handed.campaign_one": {
        "fr": "1 destinataire repris de la campagne {name}",
        "en": "1 recipient taken from the campaign {name}",
    },
    "prefill.handed.campaign_none": {
        "fr": "Aucun destinataire n'a pu être repris de la campagne {name} : ajoutez-les ci-dessous.",
        "en": "No recipient could be taken from the campaign {name}: add them below.",
    },
    "prefill.handed.review": {
        "fr": "{count} destinataires repris de l'envoi {name}",
        "en": "{count} recipients taken from the send {name}",
    },
    "prefill.handed.review_one": {
        "fr": "1 destinataire repris de l'envoi {name}",
        "en": "1 recipient taken from the send {name}",
    },
    "prefill.handed.review_none": {
        "fr": "Aucun destinataire n'a pu être repris de l'envoi {name} : ajoutez-les ci-dessous.",
        "en": "No recipient could be taken from the send {name}: add them below.",
    },
    "prefill.handed.note": {
        "fr": "Vous pouvez en ajouter d'autres ci-dessous ; les numéros désinscrits sont retirés "
        "automatiquement.",
        "en": "You can add more below; numbers that opted out are removed automatically.",
    },
    "prefill.handed.remove": {"fr": "Retirer", "en": "Remove"},
}
