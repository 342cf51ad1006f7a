"""What the user reads when a call to Mon SMS PRO fails: what happened, then what to do next."""

MESSAGES: dict[str, dict[str, str]] = {
    "errors.error": {
        "fr": "Une erreur inattendue s'est produite. Réessayez ; si cela continue, "
        "contactez votre administrateur.",
        "en": "An unexpected error occurred. Try again; if it keeps happening, contact your administrator.",
    },
    "errors.api_error": {
        "fr": "Mon SMS PRO a refusé la demande. Réessayez ; si cela continue, "
        "contactez le support Mon SMS PRO.",
        "en": "Mon SMS PRO refused the request. Try again; if it keeps happening, "
        "contact Mon SMS PRO support.",
    },
    "errors.auth_failed": {
        "fr": "La clé API a été refusée par Mon SMS PRO. Vérifiez-la dans les paramètres "
        "ou demandez à l'administrateur d'en saisir une nouvelle.",
        "en": "Mon SMS PRO rejected the API key. Check it in the settings "
        "or ask your administrator to enter a new one.",
    },
    "errors.forbidden": {
        "fr": "Votre compte Mon SMS PRO n'a pas le droit de faire cette opération. "
        "Contactez le support Mon SMS PRO.",
        "en": "Your Mon SMS PRO account is not allowed to do this. Contact Mon SMS PRO support.",
    },
    "errors.not_found": {
        "fr": "L'élément demandé est introuvable : il a peut-être été supprimé. Actualisez la page.",
        "en": "The requested item was not found: it may have been deleted. Refresh the page.",
    },
    "errors.invalid_request": {
        "fr": "Certaines informations envoyées ne sont pas valides. Vérifiez-les puis réessayez.",
        "en": "Some of the information sent is not valid. Check it and try again.",
    },
    "errors.invalid_request_fields": {
        "fr": "Certaines informations ne sont pas valides ({fields}). Corrigez-les puis réessayez.",
        "en": "Some information is not valid ({fields}). Correct it and try again.",
    },
    "errors.rate_limited": {
        "fr": "Trop de demandes en peu de temps. Patientez quelques secondes puis réessayez.",
        "en": "Too many requests in a short time. Wait a few seconds and try again.",
    },
    "errors.insufficient_credit": {
        "fr": "Votre crédit SMS est insuffisant. Rechargez votre compte puis réessayez.",
        "en": "You do not have enough SMS credit. Top up your account and try again.",
    },
    "errors.insufficient_credit_amounts": {
        "fr": "Crédit SMS insuffisant : il en faut {needed}, vous en avez {available}. "
        "Rechargez votre compte puis réessayez.",
        "en": "Not enough SMS credit: {needed} needed, {available} available. "
        "Top up your account and try again.",
    },
    "errors.server_error": {
        "fr": "Le service Mon SMS PRO rencontre un problème. Réessayez dans quelques minutes.",
        "en": "The Mon SMS PRO service is having a problem. Try again in a few minutes.",
    },
    "errors.transport_error": {
        "fr": "La communication avec Mon SMS PRO a échoué. Vérifiez votre connexion Internet puis réessayez.",
        "en": "Communication with Mon SMS PRO failed. Check your Internet connection and try again.",
    },
    "errors.timeout": {
        "fr": "Mon SMS PRO met trop de temps à répondre. Vérifiez votre connexion Internet puis réessayez.",
        "en": "Mon SMS PRO is taking too long to answer. Check your Internet connection and try again.",
    },
    "errors.connection_failed": {
        "fr": "Impossible de joindre Mon SMS PRO. Vérifiez votre connexion Internet puis réessayez.",
        "en": "Mon SMS PRO cannot be reached. Check your Internet connection and try again.",
    },
    "errors.invalid_response": {
        "fr": "Mon SMS PRO a renvoyé une réponse illisible (maintenance possible). "
        "Réessayez dans quelques minutes.",
        "en": "Mon SMS PRO sent back an unreadable answer (possibly maintenance). "
        "Try again in a few minutes.",
    },
    "errors.outcome_unknown": {
        "fr": "La connexion a été coupée avant la réponse : on ne sait pas si l'opération a été faite. "
        "Vérifiez dans la liste avant de recommencer, pour ne rien envoyer en double.",
        "en": "The connection was cut before the answer: we cannot tell whether the operation went through. "
        "Check the list before trying again, so nothing is sent twice.",
    },
}
