"""Messages of the named templates: the Templates page (app_pages/send/templates.py, ui.templates),
monsms_core.templates, the store's template records and their audit entries."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

_NAME_TAKEN: dict[str, Message] = {
    "fr": "Un modèle s'appelle déjà « {name} » : choisissez un autre nom, ou modifiez ce modèle-là.",
    "en": "A template is already called “{name}”: choose another name, or edit that template.",
}
_NAME_MISSING: dict[str, Message] = {
    "fr": "Donnez un nom au modèle, par exemple « Réunion parents ».",
    "en": "Give the template a name, for example “Parents' meeting”.",
}

MESSAGES: dict[str, dict[str, Message]] = {
    "templates.title": {"fr": "Modèles de message", "en": "Message templates"},
    "templates.intro": {
        "fr": "Les textes que votre équipe réutilise, rangés par nom et par catégorie. Dans l'écran d'envoi, "
        "retrouvez-les par leur nom dans « Modèles enregistrés » ; chaque envoi confirmé avec le texte "
        "d'un modèle compte une utilisation.",
        "en": "The texts your team reuses, kept by name and category. On the send screen, find them by "
        "name under “Saved templates”; each confirmed send with a template's text counts one use.",
    },
    "templates.manage_link": {
        "fr": "Nommer, ranger et modifier les modèles",
        "en": "Name, file and edit templates",
    },
    "templates.search": {"fr": "Rechercher un modèle", "en": "Search templates"},
    "templates.search_placeholder": {
        "fr": "Nom, catégorie ou mot du texte",
        "en": "Name, category or a word of the text",
    },
    "templates.category_filter": {"fr": "Catégorie", "en": "Category"},
    "templates.all_categories": {"fr": "Toutes les catégories", "en": "All categories"},
    "templates.count": {
        "fr": {"one": "{count} modèle affiché sur {total}", "other": "{count} modèles affichés sur {total}"},
        "en": {
            "one": "{count} template shown out of {total}",
            "other": "{count} templates shown out of {total}",
        },
    },
    "templates.none": {
        "fr": "Aucun modèle pour l'instant : créez le premier avec « Nouveau modèle ».",
        "en": "No template yet: create the first one with “New template”.",
    },
    "templates.no_match": {
        "fr": "Aucun modèle ne correspond à cette recherche : essayez un autre mot ou une autre catégorie.",
        "en": "No template matches this search: try another word or category.",
    },
    "templates.unnamed": {"fr": "(sans nom)", "en": "(no name)"},
    "templates.unnamed_hint": {
        "fr": "Les modèles « sans nom » ont été enregistrés sans nom (depuis l'écran d'envoi ou ailleurs) : "
        "choisissez-en un ci-dessous et donnez-lui un nom avec « Renommer ».",
        "en": "Templates with “(no name)” were saved without one (from the send screen or elsewhere): pick "
        "one below and name it with “Rename”.",
    },
    "templates.col.name": {"fr": "Nom", "en": "Name"},
    "templates.col.category": {"fr": "Catégorie", "en": "Category"},
    "templates.col.uses": {"fr": "Utilisations", "en": "Uses"},
    "templates.col.last_used": {"fr": "Dernière utilisation", "en": "Last used"},
    "templates.col.text": {"fr": "Texte", "en": "Text"},
    "templates.new.title": {"fr": "Nouveau modèle", "en": "New template"},
    "templates.field.name": {"fr": "Nom", "en": "Name"},
    "templates.field.name_help": {
        "fr": "Le nom sous lequel l'équipe le retrouve, par exemple « Réunion parents ».",
        "en": "The name your team finds it by, for example “Parents' meeting”.",
    },
    "templates.field.category": {"fr": "Catégorie (facultatif)", "en": "Category (optional)"},
    "templates.field.category_placeholder": {"fr": "ex. Rappels, Promotions", "en": "e.g. Reminders, Offers"},
    "templates.field.category_help": {
        "fr": "Catégories déjà utilisées : {categories}.",
        "en": "Categories in use: {categories}.",
    },
    "templates.field.text": {"fr": "Texte du message", "en": "Message text"},
    "templates.create": {"fr": "Créer le modèle", "en": "Create the template"},
    "templates.created": {"fr": "Modèle « {name} » créé.", "en": "Template “{name}” created."},
    "templates.manage.title": {"fr": "Modifier un modèle", "en": "Change a template"},
    "templates.pick": {"fr": "Modèle", "en": "Template"},
    "templates.pick_placeholder": {"fr": "Choisissez un modèle", "en": "Choose a template"},
    "templates.tab.rename": {"fr": "Renommer", "en": "Rename"},
    "templates.tab.edit": {"fr": "Modifier le texte", "en": "Edit the text"},
    "templates.tab.delete": {"fr": "Supprimer", "en": "Delete"},
    "templates.rename.submit": {"fr": "Enregistrer le nom", "en": "Save the name"},
    "templates.renamed": {"fr": "Modèle renommé : « {name} ».", "en": "Template renamed: “{name}”."},
    "templates.edit.help": {
        "fr": "Mon SMS PRO ne sait pas modifier un modèle : le nouveau texte est enregistré comme un nouveau "
        "modèle, qui garde le nom, la catégorie et les utilisations, puis l'ancien est supprimé.",
        "en": "Mon SMS PRO cannot change a template: the new text is saved as a new template, which keeps "
        "the name, category and uses, then the old one is deleted.",
    },
    "templates.edit.submit": {"fr": "Enregistrer le texte", "en": "Save the text"},
    "templates.edited": {"fr": "Texte du modèle « {name} » modifié.", "en": "Text of “{name}” changed."},
    "templates.edited_old_left": {
        "fr": "Texte modifié, mais l'ancienne version n'a pas pu être supprimée chez Mon SMS PRO : elle "
        "apparaît « (sans nom) » dans la liste ; supprimez-la un peu plus tard.",
        "en": "Text changed, but Mon SMS PRO could not delete the old version: it shows as “(no name)” in "
        "the list; delete it a little later.",
    },
    "templates.unchanged": {
        "fr": "Le texte n'a pas changé : rien à enregistrer.",
        "en": "The text has not changed: nothing to save.",
    },
    "templates.delete.confirm": {
        "fr": "Oui, supprimer ce modèle pour toute l'équipe",
        "en": "Yes, delete this template for the whole team",
    },
    "templates.delete.submit": {"fr": "Supprimer le modèle", "en": "Delete the template"},
    "templates.delete.unconfirmed": {
        "fr": "Cochez la case pour confirmer la suppression.",
        "en": "Tick the box to confirm the deletion.",
    },
    "templates.deleted": {"fr": "Modèle « {name} » supprimé.", "en": "Template “{name}” deleted."},
    "templates.error.name_missing": _NAME_MISSING,
    "templates.error.name_taken": _NAME_TAKEN,
    "templates.error.text_missing": {
        "fr": "Écrivez le texte du modèle.",
        "en": "Write the template's text.",
    },
    "store.error.template_name_taken": _NAME_TAKEN,
    "store.error.template_name_missing": _NAME_MISSING,
    "audit.action.template.created": {"fr": "Modèle créé", "en": "Template created"},
    "audit.action.template.renamed": {"fr": "Modèle renommé", "en": "Template renamed"},
    "audit.action.template.edited": {"fr": "Texte de modèle modifié", "en": "Template text edited"},
    "audit.action.template.deleted": {"fr": "Modèle supprimé", "en": "Template deleted"},
}
