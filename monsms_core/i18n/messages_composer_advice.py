"""Messages of the composer's Unicode advice (monsms_core.composer.advice, ui.composer.counter): what a
replacement really changes for this send, the accent opt-in, and letters found in recipients' fields."""

MESSAGES: dict[str, dict[str, str]] = {
    # One change of size, as part of a sentence.
    "composer.advice.move": {
        "fr": "{count} messages passent de {before} SMS à {after}",
        "en": "{count} messages go from {before} SMS to {after}",
    },
    "composer.advice.move_one": {
        "fr": "{count} message passe de {before} SMS à {after}",
        "en": "{count} message goes from {before} SMS to {after}",
    },
    "composer.advice.move_all": {
        "fr": "tous les messages ({count}) passent de {before} SMS à {after}",
        "en": "all {count} messages go from {before} SMS to {after}",
    },
    "composer.advice.move_if": {
        "fr": "{count} messages passeraient de {before} SMS à {after}",
        "en": "{count} messages would go from {before} SMS to {after}",
    },
    "composer.advice.move_one_if": {
        "fr": "{count} message passerait de {before} SMS à {after}",
        "en": "{count} message would go from {before} SMS to {after}",
    },
    "composer.advice.move_all_if": {
        "fr": "tous les messages ({count}) passeraient de {before} SMS à {after}",
        "en": "all {count} messages would go from {before} SMS to {after}",
    },
    # The replacement offered now (the table and the "Remplacer" button above it).
    "composer.advice.offer.saves": {
        "fr": "Après remplacement : {changes}, soit {credits} crédits économisés sur cet envoi.",
        "en": "After replacement: {changes}, saving {credits} credits on this send.",
    },
    "composer.advice.offer.costs_more": {
        "fr": "Attention : après remplacement, {changes}, soit {credits} crédits de plus, car un caractère "
        "peut en devenir plusieurs (« … » devient « ... »). Gardez le texte tel quel ou raccourcissez-le.",
        "en": "Careful: after replacement, {changes}, costing {credits} more credits, because one character "
        'may become several ("…" becomes "..."). Keep the text as it is or shorten it.',
    },
    "composer.advice.offer.even": {
        "fr": "Après remplacement : {changes} ; le coût total de l'envoi ne change pas.",
        "en": "After replacement: {changes}; the send's total cost does not change.",
    },
    "composer.advice.offer.same_cost": {
        "fr": "Ce remplacement ne change le nombre de SMS d'aucun message : le coût de l'envoi reste le "
        "même.",
        "en": "This replacement changes no message's number of SMS: the send costs the same.",
    },
    "composer.advice.offer.same_parts": {
        "fr": "Ce remplacement ne change pas la taille du message : {parts} SMS.",
        "en": "This replacement does not change the message's size: {parts} SMS.",
    },
    "composer.advice.offer.parts_only": {
        "fr": "Après remplacement : le message tient en {after} SMS au lieu de {before}.",
        "en": "After replacement: the message fits in {after} SMS instead of {before}.",
    },
    # What the accent opt-in would do, while it is not ticked.
    "composer.advice.accents_title": {
        "fr": "Lettres accentuées hors de l'alphabet GSM : {chars}.",
        "en": "Accented letters outside the GSM alphabet: {chars}.",
    },
    "composer.advice.optin.saves": {
        "fr": "Cochez la case ci-dessus pour les remplacer par la même lettre sans accent : {changes}, soit "
        "{credits} crédits économisés sur cet envoi.",
        "en": "Tick the box above to replace them by the same letter without its accent: {changes}, saving "
        "{credits} credits on this send.",
    },
    "composer.advice.optin.costs_more": {
        "fr": "Les remplacer par la même lettre sans accent coûterait plus cher : {changes}, soit {credits} "
        "crédits de plus.",
        "en": "Replacing them by the same letter without its accent would cost more: {changes}, {credits} "
        "more credits.",
    },
    "composer.advice.optin.even": {
        "fr": "Les remplacer par la même lettre sans accent (case ci-dessus) : {changes} ; le coût total ne "
        "changerait pas.",
        "en": "Replacing them by the same letter without its accent (box above): {changes}; the total cost "
        "would not change.",
    },
    "composer.advice.optin.same_cost": {
        "fr": "Les remplacer par la même lettre sans accent (case ci-dessus) ne changerait le nombre de SMS "
        "d'aucun message de cet envoi : vous pouvez les garder.",
        "en": "Replacing them by the same letter without its accent (box above) would change no message's "
        "number of SMS on this send: you may keep them.",
    },
    "composer.advice.optin.same_parts": {
        "fr": "Les remplacer par la même lettre sans accent (case ci-dessus) ne changerait pas la taille du "
        "message ({parts} SMS).",
        "en": "Replacing them by the same letter without its accent (box above) would not change the "
        "message's size ({parts} SMS).",
    },
    "composer.advice.optin.parts_only": {
        "fr": "Cochez la case ci-dessus pour les remplacer par la même lettre sans accent : le message "
        "tiendrait en {after} SMS au lieu de {before}.",
        "en": "Tick the box above to replace them by the same letter without its accent: the message would "
        "fit in {after} SMS instead of {before}.",
    },
    "composer.advice.no_equivalent": {
        "fr": "Aucun équivalent GSM pour : {chars}. Retirez-les à la main pour revenir à 160 caractères par "
        "SMS, ou gardez-les : le message part alors en Unicode.",
        "en": "No GSM equivalent for: {chars}. Remove them by hand to get back to 160 characters per SMS, "
        "or keep them: the message then goes out in Unicode.",
    },
    # Letters found in the recipients' values of the fields the text uses.
    "composer.advice.from_fields": {
        "fr": "Des valeurs personnalisées de vos destinataires (un nom, par exemple) contiennent des "
        "caractères hors de l'alphabet GSM : {chars}. {messages} messages partent donc en Unicode "
        "(70 caractères par SMS).",
        "en": "Some of your recipients' personalised values (a name, for instance) hold characters outside "
        "the GSM alphabet: {chars}. {messages} messages therefore go out in Unicode (70 characters per SMS).",
    },
    "composer.advice.from_fields_one": {
        "fr": "Une valeur personnalisée d'un destinataire (un nom, par exemple) contient des caractères hors "
        "de l'alphabet GSM : {chars}. Ce message part donc en Unicode (70 caractères par SMS).",
        "en": "One recipient's personalised value (a name, for instance) holds characters outside the GSM "
        "alphabet: {chars}. That message therefore goes out in Unicode (70 characters per SMS).",
    },
}
