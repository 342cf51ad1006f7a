"""Messages of the cheaper-message suggestions ("Raccourcir le lien", "Tenir en un SMS"):
monsms_core.suggestions and ui.composer.suggestions."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # What a change saves (monsms_core.suggestions.savings)
    "suggest.saves": {
        "fr": "Le message le plus long passe de {before} à {after} SMS : {credits} crédits économisés sur "
        "cet envoi.",
        "en": "The longest message goes from {before} to {after} SMS: {credits} credits saved on this send.",
    },
    "suggest.saves_parts": {
        "fr": "Le message passe de {before} à {after} SMS. Les crédits économisés dépendent des "
        "destinataires, que vous n'avez pas encore choisis.",
        "en": "The message goes from {before} to {after} SMS. The credits saved depend on the recipients, "
        "which you have not chosen yet.",
    },
    "suggest.same": {
        "fr": "Même nombre de SMS ({parts}) : le texte est plus court, mais cet envoi coûte autant de "
        "crédits.",
        "en": "Same number of SMS ({parts}): the text is shorter, but this send costs as many credits.",
    },
    "suggest.costs_more": {
        "fr": "Attention : {after} SMS au lieu de {before}, soit {credits} crédits de plus sur cet envoi.",
        "en": "Careful: {after} SMS instead of {before}, {credits} more credits on this send.",
    },
    # The field rule (monsms_core.suggestions.fields)
    "suggest.fields.lost": {
        "fr": "Version refusée : elle perd le champ {fields}, et chaque destinataire recevrait un message "
        "incomplet. Gardez votre message, ou corrigez la version courte en y remettant ce champ.",
        "en": "Version refused: it loses the field {fields}, so every recipient would get an incomplete "
        "message. Keep your message, or fix the short version by putting that field back.",
    },
    "suggest.fields.altered": {
        "fr": "Version refusée : elle a modifié le champ {before} (devenu {after}). Les champs de "
        "personnalisation doivent rester exactement comme vous les avez écrits. Gardez votre message, "
        "décochez « Enlever aussi les accents » si la case était cochée, ou corrigez la version courte en "
        "y remettant {before}.",
        "en": "Version refused: it changed the field {before} (now {after}). Personalisation fields must "
        "stay exactly as you wrote them. Keep your message, untick “Also remove accents” if it was "
        "ticked, or fix the short version by putting {before} back.",
    },
    "suggest.fields.added": {
        "fr": "Version refusée : elle ajoute le champ {fields}, absent de votre message. Corrigez la version "
        "courte ou gardez votre message.",
        "en": "Version refused: it adds the field {fields}, which is not in your message. Fix the short "
        "version or keep your message.",
    },
    # Shared by both panels
    "suggest.before": {"fr": "Avant", "en": "Before"},
    "suggest.after": {"fr": "Après", "en": "After"},
    "suggest.undo": {
        "fr": "Annuler : revenir au message d'avant",
        "en": "Undo: back to the previous message",
    },
    "suggest.undone": {"fr": "Votre message d'avant est remis.", "en": "Your previous message is back."},
    "suggest.unavailable": {
        "fr": "{reason} Votre message n'a pas changé.",
        "en": "{reason} Your message has not changed.",
    },
    # "Raccourcir le lien"
    "suggest.links.title": {"fr": "Lien dans le message", "en": "Link in the message"},
    "suggest.links.explain": {
        "fr": "Un lien court prend moins de caractères, donc parfois moins de SMS. Rien ne change sans "
        "votre clic, et vous pourrez annuler.",
        "en": "A short link takes fewer characters, so sometimes fewer SMS. Nothing changes without your "
        "click, and you can undo it.",
    },
    "suggest.links.button": {"fr": "Raccourcir le lien", "en": "Shorten the link"},
    "suggest.links.help": {
        "fr": "Remplace chaque lien du message par un lien court du service Mon SMS PRO, qui mène à la "
        "même page.",
        "en": "Replaces each link of the message by a short link of the Mon SMS PRO service, leading to "
        "the same page.",
    },
    "suggest.links.done": {
        "fr": "Lien raccourci dans votre message. « Annuler » remet le message d'avant.",
        "en": "Link shortened in your message. “Undo” puts the previous message back.",
    },
    "suggest.links.unchanged": {
        "fr": "Le service n'a trouvé aucun lien à raccourcir : votre message reste tel quel.",
        "en": "The service found no link to shorten: your message stays as it is.",
    },
    "suggest.links.no_gain": {
        "fr": "Le lien court rendrait cet envoi plus cher : votre message reste tel quel.",
        "en": "The short link would make this send dearer: your message stays as it is.",
    },
    # "Tenir en un SMS"
    "suggest.fit.title": {"fr": "Tenir en un SMS", "en": "Fit in one SMS"},
    "suggest.fit.explain": {
        "fr": "Le message le plus long de cet envoi fait {parts} SMS, et chaque SMS coûte un crédit par "
        "destinataire. Une version courte (abréviations) peut en faire moins : vous la voyez à côté de "
        "la vôtre, avec ce qu'elle économise, avant de choisir.",
        "en": "The longest message of this send is {parts} SMS long, and each SMS costs one credit per "
        "recipient. A short version (abbreviations) may need fewer: you see it beside yours, with what it "
        "saves, before you choose.",
    },
    "suggest.fit.latinize": {"fr": "Enlever aussi les accents", "en": "Also remove accents"},
    "suggest.fit.latinize_help": {
        "fr": "« é » devient « e », « ç » devient « c »… Le message tient plus souvent en un SMS, mais se "
        "lit moins bien. Décochée, les accents restent.",
        "en": "“é” becomes “e”, “ç” becomes “c”… The message fits in one SMS more often but reads less "
        "well. Unticked, accents stay.",
    },
    "suggest.fit.button": {"fr": "Proposer une version courte", "en": "Suggest a short version"},
    "suggest.fit.original": {"fr": "Votre message", "en": "Your message"},
    "suggest.fit.proposal": {"fr": "Version courte (modifiable)", "en": "Short version (editable)"},
    "suggest.fit.fits": {
        "fr": "La version courte tient en un SMS pour chaque destinataire.",
        "en": "The short version fits in one SMS for every recipient.",
    },
    "suggest.fit.still_long": {
        "fr": "La version courte fait encore {parts} SMS pour le message le plus long : vous pouvez la "
        "raccourcir vous-même ci-dessus.",
        "en": "The short version is still {parts} SMS for the longest message: you can shorten it "
        "yourself above.",
    },
    "suggest.fit.accept": {"fr": "Utiliser cette version", "en": "Use this version"},
    "suggest.fit.ignore": {"fr": "Ignorer", "en": "Ignore"},
    "suggest.fit.accepted": {
        "fr": "Version courte utilisée. « Annuler » remet votre message d'avant.",
        "en": "Short version in use. “Undo” puts your previous message back.",
    },
    "suggest.fit.no_gain": {
        "fr": "Cette version ne fait rien gagner sur cet envoi : gardez votre message ou raccourcissez-la "
        "encore.",
        "en": "This version saves nothing on this send: keep your message or shorten it further.",
    },
    "suggest.fit.empty": {
        "fr": "La version courte est vide : écrivez-la ou ignorez la proposition.",
        "en": "The short version is empty: write it or ignore the suggestion.",
    },
}
