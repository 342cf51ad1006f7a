"""Messages of contacts' custom fields (monsms_core.contacts.custom_fields): the other columns of an
imported sheet ("Ville", "Classe"…), shown and edited on the contact, offered in messages."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # The import page, under the column choices
    "custom_fields.import.kept": {
        "fr": "Gardées avec chaque contact, pour vos messages : {fields}.",
        "en": "Kept with each contact, for your messages: {fields}.",
    },
    "custom_fields.import.none": {
        "fr": "Aucune autre colonne : seuls le numéro, les noms et le sexe seront importés.",
        "en": "No other column: only the number, the names and the sex will be imported.",
    },
    # The contact's edit dialog
    "custom_fields.edit.title": {
        "fr": "Autres informations",
        "en": "Other details",
    },
    "custom_fields.edit.help": {
        "fr": "Les colonnes en plus de votre fichier (ville, classe…), utilisables dans vos messages, "
        "par exemple {Ville}. Videz une valeur pour retirer l'information.",
        "en": "The extra columns of your sheet (town, class…), usable in your messages, for example "
        "{Ville}. Empty a value to remove it.",
    },
    "custom_fields.edit.none": {
        "fr": "Aucune autre information pour ce contact. Ajoutez-en une ci-dessous si besoin.",
        "en": "No other details for this contact. Add one below if needed.",
    },
    "custom_fields.edit.new_name": {
        "fr": "Nouvelle information (ex. Ville)",
        "en": "New detail (e.g. Ville)",
    },
    "custom_fields.edit.new_value": {
        "fr": "Sa valeur",
        "en": "Its value",
    },
    # What the form refuses
    "custom_fields.error.no_name": {
        "fr": "La valeur « {value} » n'a pas de nom : écrivez le nom de l'information (par exemple Ville) "
        "ou videz la valeur.",
        "en": "The value “{value}” has no name: type the detail's name (for example Ville) or empty the "
        "value.",
    },
    "custom_fields.error.twice": {
        "fr": "L'information « {name} » est présente deux fois : gardez-en une seule.",
        "en": "The detail “{name}” is there twice: keep only one.",
    },
    "custom_fields.error.reserved": {
        "fr": "« {name} » est déjà un champ du contact (téléphone, nom, prénom) : choisissez un autre nom.",
        "en": "“{name}” is already one of the contact's fields (phone, name, first name): choose another "
        "name.",
    },
    "custom_fields.error.too_long": {
        "fr": "Le nom « {name} » est trop long : 60 caractères au plus.",
        "en": "The name “{name}” is too long: 60 characters at most.",
    },
}
