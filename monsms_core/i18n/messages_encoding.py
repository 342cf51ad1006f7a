"""Messages about SMS length, encoding, replacement suggestions and personalised previews."""

MESSAGES: dict[str, dict[str, str]] = {
    # Verdicts (command line and composer).
    "encoding.verdict.empty": {
        "fr": "Message vide : aucun SMS ne serait envoyé.",
        "en": "Empty message: no SMS would be sent.",
    },
    "encoding.verdict.gsm": {
        "fr": "Encodage GSM-7 : {segments} SMS par destinataire "
        "(longueur {units}, place restante dans le dernier SMS : {remaining}).",
        "en": "GSM-7 encoding: {segments} SMS per recipient "
        "(length {units}, room left in the last SMS: {remaining}).",
    },
    "encoding.verdict.ucs2": {
        "fr": "Encodage Unicode (UCS-2) : {segments} SMS par destinataire "
        "(longueur {units}, place restante dans le dernier SMS : {remaining}). "
        "Caractères en cause : {chars}.",
        "en": "Unicode (UCS-2) encoding: {segments} SMS per recipient "
        "(length {units}, room left in the last SMS: {remaining}). "
        "Characters responsible: {chars}.",
    },
    "encoding.explain.ucs2": {
        "fr": "Un seul caractère hors de l'alphabet GSM suffit : chaque SMS ne contient alors que 70 "
        "caractères au lieu de 160.",
        "en": "A single character outside the GSM alphabet is enough: each SMS then holds 70 characters "
        "instead of 160.",
    },
    "encoding.suggestion": {
        "fr": "Suggestion : {replacements}. Résultat : {segments} SMS ({encoding}).",
        "en": "Suggestion: {replacements}. Result: {segments} SMS ({encoding}).",
    },
    "encoding.suggestion_accents": {
        "fr": "Suggestion en retirant aussi les accents absents de l'alphabet GSM : {replacements}. "
        "Résultat : {segments} SMS ({encoding}).",
        "en": "Suggestion that also removes the accents missing from the GSM alphabet: {replacements}. "
        "Result: {segments} SMS ({encoding}).",
    },
    "encoding.removed": {"fr": "supprimé", "en": "removed"},
    # What each kind of replacement does.
    "encoding.kind.normalization": {
        "fr": "Accent recomposé (aucun changement visible)",
        "en": "Accent recomposed (no visible change)",
    },
    "encoding.kind.typography": {
        "fr": "Signe typographique remplacé par son équivalent simple",
        "en": "Typographic sign replaced by its plain equivalent",
    },
    "encoding.kind.space": {
        "fr": "Espace spéciale remplacée par une espace normale",
        "en": "Special space replaced by a normal space",
    },
    "encoding.kind.invisible": {
        "fr": "Caractère invisible supprimé",
        "en": "Invisible character removed",
    },
    "encoding.kind.accent": {
        "fr": "Lettre accentuée remplacée par la lettre sans accent",
        "en": "Accented letter replaced by the plain letter",
    },
    # Names for characters a reader cannot see.
    "encoding.char.nbsp": {"fr": "espace insécable", "en": "non-breaking space"},
    "encoding.char.plain_space": {"fr": "espace normale", "en": "normal space"},
    "encoding.char.space": {"fr": "espace spéciale", "en": "special space"},
    "encoding.char.tab": {"fr": "tabulation", "en": "tab"},
    "encoding.char.invisible": {"fr": "caractère invisible", "en": "invisible character"},
    "encoding.char.combining": {"fr": "accent isolé", "en": "combining accent"},
    # Personalised previews.
    "encoding.preview.first": {"fr": "Premier destinataire", "en": "First recipient"},
    "encoding.preview.longest": {"fr": "Message le plus long", "en": "Longest message"},
    "encoding.preview.missing": {
        "fr": "Destinataire avec un champ vide",
        "en": "Recipient with an empty field",
    },
    "encoding.unknown_fields": {
        "fr": "Champs introuvables dans le fichier : {fields}. Ils resteraient tels quels dans le message.",
        "en": "Fields not found in the file: {fields}. They would stay as they are in the message.",
    },
}
