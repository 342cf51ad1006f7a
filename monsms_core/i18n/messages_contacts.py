"""Contacts, groups, the contact import and the opt-out list: pages, reports and downloads."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # Menu
    "page.import.title": {"fr": "Importer des contacts", "en": "Import contacts"},
    "page.contacts.title": {"fr": "Contacts", "en": "Contacts"},
    "page.groups.title": {"fr": "Groupes", "en": "Groups"},
    "page.optouts.title": {"fr": "Liste d'opposition", "en": "Opt-out list"},
    # Contact fields (tables, forms, downloads)
    "contacts.col.phone": {"fr": "Téléphone", "en": "Phone"},
    "contacts.col.name": {"fr": "Nom complet", "en": "Full name"},
    "contacts.col.first_name": {"fr": "Prénom", "en": "First name"},
    "contacts.col.last_name": {"fr": "Nom", "en": "Last name"},
    "contacts.col.sex": {"fr": "Sexe", "en": "Sex"},
    "contacts.col.created_at": {"fr": "Ajouté le", "en": "Added on"},
    "contacts.sex.M": {"fr": "Homme", "en": "Male"},
    "contacts.sex.F": {"fr": "Femme", "en": "Female"},
    "contacts.sex.none": {"fr": "Non renseigné", "en": "Not given"},
    "contacts.export.sheet": {"fr": "Contacts", "en": "Contacts"},
    # Reasons of import items
    "contacts.reason.duplicate_in_file": {
        "fr": "Doublon : ce numéro figure plus haut dans le fichier.",
        "en": "Duplicate: this number appears higher up in the file.",
    },
    "contacts.reason.api_refused": {
        "fr": "Refusé par Mon SMS PRO : « {fields} » n'est pas accepté. Corrigez la ligne puis importez-la "
        "à nouveau.",
        "en": 'Refused by Mon SMS PRO: "{fields}" is not accepted. Correct the row, then import it again.',
    },
    # Contact form
    "contacts.edit.bad_phone": {
        "fr": "Ce numéro ne peut pas recevoir de SMS : {reason} Corrigez-le puis enregistrez.",
        "en": "This number cannot receive SMS: {reason} Correct it, then save.",
    },
    # Opt-out list
    "optouts.col.reason": {"fr": "Motif", "en": "Reason"},
    "optouts.col.source": {"fr": "Provenance", "en": "Added from"},
    "optouts.col.by": {"fr": "Ajouté par", "en": "Added by"},
    "optouts.col.at": {"fr": "Date", "en": "Date"},
    "optouts.source.manual": {"fr": "Saisi à la main", "en": "Typed by hand"},
    "optouts.source.import": {"fr": "Fichier importé", "en": "Imported file"},
    # Contacts page
    "contacts.import_link": {
        "fr": "Importer des contacts depuis un fichier Excel",
        "en": "Import contacts from an Excel file",
    },
    "contacts.search.label": {"fr": "Rechercher", "en": "Search"},
    "contacts.search.placeholder": {"fr": "Nom, prénom ou numéro…", "en": "Name, first name or number…"},
    "contacts.search.help": {
        "fr": "Tapez un nom (sans vous soucier des accents ni des majuscules) ou une partie du numéro, par "
        "exemple « Kouamé » ou « 07 07 12 ».",
        "en": "Type a name (accents and capitals do not matter) or part of the number, for example "
        '"Kouamé" or "07 07 12".',
    },
    "contacts.search.found": {
        "fr": {
            "one": "**{count}** contact trouvé pour « {query} ».",
            "other": "**{count}** contacts trouvés pour « {query} ».",
        },
        "en": {
            "one": '**{count}** contact found for "{query}".',
            "other": '**{count}** contacts found for "{query}".',
        },
    },
    "contacts.sort.label": {"fr": "Trier par", "en": "Sort by"},
    "contacts.sort.newest": {"fr": "Plus récents d'abord", "en": "Newest first"},
    "contacts.sort.oldest": {"fr": "Plus anciens d'abord", "en": "Oldest first"},
    "contacts.sort.name": {"fr": "Nom (A → Z)", "en": "Name (A → Z)"},
    "contacts.sort.phone": {"fr": "Numéro", "en": "Number"},
    "contacts.total": {
        "fr": {
            "one": "**{count}** contact dans votre compte.",
            "other": "**{count}** contacts dans votre compte.",
        },
        "en": {
            "one": "**{count}** contact in your account.",
            "other": "**{count}** contacts in your account.",
        },
    },
    "contacts.empty": {
        "fr": "Vous n'avez encore aucun contact. Importez un fichier Excel pour commencer.",
        "en": "You have no contacts yet. Import an Excel file to get started.",
    },
    "contacts.page.previous": {"fr": "Précédent", "en": "Previous"},
    "contacts.page.next": {"fr": "Suivant", "en": "Next"},
    "contacts.page.number": {"fr": "Page {page}", "en": "Page {page}"},
    "contacts.select_hint": {
        "fr": "Cochez des lignes du tableau pour modifier, supprimer ou ajouter des contacts à un groupe.",
        "en": "Tick rows in the table to edit, delete or add contacts to a group.",
    },
    "contacts.index.building": {
        "fr": "Chargement de vos contacts pour la recherche…",
        "en": "Loading your contacts for searching…",
    },
    "contacts.index.progress": {
        "fr": {"one": "{count} contact chargé…", "other": "{count} contacts chargés…"},
        "en": {"one": "{count} contact loaded…", "other": "{count} contacts loaded…"},
    },
    "contacts.index.status": {
        "fr": {
            "one": "Recherche parmi {count} contact, liste chargée le {at}. Un contact ajouté ailleurs "
            "entre-temps apparaîtra après « Actualiser ».",
            "other": "Recherche dans vos {count} contacts, liste chargée le {at}. Un contact ajouté ailleurs "
            "entre-temps apparaîtra après « Actualiser ».",
        },
        "en": {
            "one": "Searching your {count} contact, list loaded on {at}. A contact added elsewhere since "
            'then will appear after "Refresh".',
            "other": "Searching your {count} contacts, list loaded on {at}. A contact added elsewhere since "
            'then will appear after "Refresh".',
        },
    },
    "contacts.index.refresh": {"fr": "Actualiser", "en": "Refresh"},
    "contacts.edit.open": {"fr": "Modifier", "en": "Edit"},
    "contacts.edit.title": {"fr": "Modifier le contact", "en": "Edit contact"},
    "contacts.edit.help": {
        "fr": "Le numéro est vérifié et corrigé comme à l'import (zéro perdu, ancien numéro à 8 chiffres).",
        "en": "The number is checked and corrected as on import (lost zero, old 8-digit number).",
    },
    "contacts.edit.save": {"fr": "Enregistrer", "en": "Save"},
    "contacts.edit.nothing": {"fr": "Aucun changement à enregistrer.", "en": "Nothing to save."},
    "contacts.edit.done": {"fr": "Contact modifié.", "en": "Contact updated."},
    "contacts.delete.open": {"fr": "Supprimer", "en": "Delete"},
    "contacts.delete.warning": {
        "fr": "Les contacts seront supprimés de votre compte Mon SMS PRO et retirés de leurs groupes. "
        "Cette action est définitive.",
        "en": "The contacts will be deleted from your Mon SMS PRO account and removed from their groups. "
        "This cannot be undone.",
    },
    "contacts.delete.confirm": {"fr": "Oui, supprimer", "en": "Yes, delete"},
    "contacts.group.pick": {"fr": "Groupe", "en": "Group"},
    "contacts.group.add": {"fr": "Ajouter au groupe ({count})", "en": "Add to group ({count})"},
    "contacts.group.added": {
        "fr": {
            "one": "{count} contact ajouté au groupe « {group} » (ceux qui y étaient déjà n'ont pas été "
            "ajoutés une seconde fois).",
            "other": "{count} contacts ajoutés au groupe « {group} » (ceux qui y étaient déjà n'ont pas été "
            "ajoutés une seconde fois).",
        },
        "en": {
            "one": '{count} contact added to the group "{group}" (those already in it were not added twice).',
            "other": '{count} contacts added to the group "{group}" (those already in it were not added '
            "twice).",
        },
    },
    "contacts.export.title": {"fr": "Télécharger", "en": "Download"},
    "contacts.export.all": {
        "fr": "Tous vos contacts, dans un fichier que vous pourrez ouvrir avec Excel.",
        "en": "All your contacts, in a file you can open with Excel.",
    },
    "contacts.export.results": {
        "fr": {
            "one": "{count} contact trouvé par la recherche.",
            "other": "Les {count} contacts trouvés par la recherche.",
        },
        "en": {
            "one": "The {count} contact found by the search.",
            "other": "The {count} contacts found by the search.",
        },
    },
    # Groups page
    "groups.col.name": {"fr": "Nom du groupe", "en": "Group name"},
    "groups.col.members": {"fr": "Membres", "en": "Members"},
    "groups.col.description": {"fr": "Description", "en": "Description"},
    "groups.col.created_at": {"fr": "Créé le", "en": "Created on"},
    "groups.empty": {
        "fr": "Aucun groupe pour l'instant. Créez-en un, ou importez un fichier directement dans un "
        "nouveau groupe.",
        "en": "No groups yet. Create one, or import a file straight into a new group.",
    },
    "groups.pick": {"fr": "Ouvrir le groupe", "en": "Open the group"},
    "groups.tab.members": {"fr": "Membres", "en": "Members"},
    "groups.tab.add": {"fr": "Ajouter des membres", "en": "Add members"},
    "groups.tab.edit": {"fr": "Renommer ou supprimer", "en": "Rename or delete"},
    "groups.create.title": {"fr": "Créer un groupe", "en": "Create a group"},
    "groups.create.submit": {"fr": "Créer le groupe", "en": "Create the group"},
    "groups.create.no_name": {"fr": "Donnez un nom au groupe.", "en": "Give the group a name."},
    "groups.create.exists": {
        "fr": "Un groupe s'appelle déjà « {name} ». Choisissez un autre nom, ou ouvrez ce groupe pour y "
        "ajouter des membres.",
        "en": 'A group is already called "{name}". Choose another name, or open that group to add members.',
    },
    "groups.create.done": {"fr": "Groupe « {name} » créé.", "en": 'Group "{name}" created.'},
    "groups.members.empty": {
        "fr": "Ce groupe n'a pas encore de membres. Ajoutez-en depuis l'onglet « Ajouter des membres ».",
        "en": 'This group has no members yet. Add some from the "Add members" tab.',
    },
    "groups.members.first": {
        "fr": "Affichage des {shown} premiers membres sur {total}. Téléchargez la liste pour les voir tous.",
        "en": "Showing the first {shown} members of {total}. Download the list to see them all.",
    },
    "groups.members.select_hint": {
        "fr": "Cochez des membres pour les retirer du groupe (ils restent dans vos contacts).",
        "en": "Tick members to take them out of the group (they stay in your contacts).",
    },
    "groups.members.remove": {"fr": "Retirer du groupe ({count})", "en": "Remove from the group ({count})"},
    "groups.members.removed": {
        "fr": {
            "one": "{count} membre retiré du groupe. Il reste dans vos contacts.",
            "other": "{count} membres retirés du groupe. Ils restent dans vos contacts.",
        },
        "en": {
            "one": "{count} member removed from the group. They stay in your contacts.",
            "other": "{count} members removed from the group. They stay in your contacts.",
        },
    },
    "groups.add.import": {
        "fr": "Importer un fichier Excel dans ce groupe",
        "en": "Import an Excel file into this group",
    },
    "groups.add.search": {"fr": "Chercher des contacts à ajouter", "en": "Find contacts to add"},
    "groups.add.found": {
        "fr": {
            "one": "{count} contact trouvé. Cochez-le pour l'ajouter, ou ajoutez-le directement.",
            "other": "{count} contacts trouvés. Cochez ceux à ajouter, ou ajoutez-les tous.",
        },
        "en": {
            "one": "{count} contact found. Tick it to add it, or add it directly.",
            "other": "{count} contacts found. Tick those to add, or add them all.",
        },
    },
    "groups.add.selected": {
        "fr": {"one": "Ajouter {count} contact coché", "other": "Ajouter les {count} contacts cochés"},
        "en": {"one": "Add {count} ticked contact", "other": "Add the {count} ticked contacts"},
    },
    "groups.add.all": {
        "fr": {"one": "Ajouter {count} contact trouvé", "other": "Ajouter les {count} contacts trouvés"},
        "en": {"one": "Add {count} contact found", "other": "Add the {count} contacts found"},
    },
    "groups.rename.label": {"fr": "Nouveau nom", "en": "New name"},
    "groups.rename.submit": {"fr": "Renommer", "en": "Rename"},
    "groups.rename.done": {"fr": "Groupe renommé en « {name} ».", "en": 'Group renamed to "{name}".'},
    "groups.delete.open": {"fr": "Supprimer ce groupe", "en": "Delete this group"},
    "groups.delete.title": {"fr": "Supprimer le groupe « {name} » ?", "en": 'Delete the group "{name}"?'},
    "groups.delete.warning": {
        "fr": "Le groupe « {name} » sera supprimé. Ses membres restent dans vos contacts.",
        "en": 'The group "{name}" will be deleted. Its members stay in your contacts.',
    },
    "groups.delete.confirm": {"fr": "Oui, supprimer le groupe", "en": "Yes, delete the group"},
    "groups.delete.done": {"fr": "Groupe « {name} » supprimé.", "en": 'Group "{name}" deleted.'},
    # Import page
    "import.intro": {
        "fr": "Ajoutez vos contacts depuis un fichier Excel, LibreOffice ou CSV. Rien n'est envoyé à Mon "
        "SMS PRO avant que vous ayez vu le rapport et cliqué sur « Importer ».",
        "en": "Add your contacts from an Excel, LibreOffice or CSV file. Nothing is sent to Mon SMS PRO "
        'before you have seen the report and clicked "Import".',
    },
    "import.step.file": {"fr": "1. Le fichier", "en": "1. The file"},
    "import.step.columns": {"fr": "2. Les colonnes", "en": "2. The columns"},
    "import.step.report": {"fr": "3. Le rapport avant import", "en": "3. The report before importing"},
    "import.step.upload": {"fr": "4. L'import", "en": "4. The import"},
    "import.file.label": {"fr": "Votre fichier de contacts", "en": "Your contacts file"},
    "import.file.help": {
        "fr": "Excel (.xlsx, .xls), LibreOffice (.ods) ou CSV, {limit} Mo au plus. Les lignes de titre "
        "au-dessus des en-têtes sont reconnues.",
        "en": "Excel (.xlsx, .xls), LibreOffice (.ods) or CSV, {limit} MB at most. Title lines above the "
        "headers are recognised.",
    },
    "import.file.empty": {
        "fr": "Choisissez un fichier : une ligne par personne, avec au moins une colonne de numéros de "
        "téléphone.",
        "en": "Choose a file: one row per person, with at least one column of phone numbers.",
    },
    "import.file.sheet": {"fr": "Feuille", "en": "Sheet"},
    "import.file.read": {"fr": "{rows} ({header}).", "en": "{rows} ({header})."},
    "import.file.read.rows": {
        "fr": {"one": "{count} ligne lue", "other": "{count} lignes lues"},
        "en": {"one": "{count} row read", "other": "{count} rows read"},
    },
    "import.file.header_row": {"fr": "en-têtes à la ligne {row}", "en": "headers on row {row}"},
    "import.file.no_header": {
        "fr": "pas de ligne d'en-têtes : les colonnes portent leur lettre",
        "en": "no header row: columns are named by their letter",
    },
    "import.mapping.intro": {
        "fr": "Vérifiez ce que contient chaque colonne. Les autres colonnes sont gardées pour "
        "personnaliser vos messages.",
        "en": "Check what each column holds. The other columns are kept to personalise your messages.",
    },
    "import.mapping.none": {"fr": "— aucune —", "en": "— none —"},
    "import.mapping.phone": {"fr": "Téléphone", "en": "Phone"},
    "import.mapping.phone_help": {
        "fr": "La colonne des numéros (obligatoire).",
        "en": "The numbers column (required).",
    },
    "import.mapping.full_name": {"fr": "Nom complet", "en": "Full name"},
    "import.mapping.full_name_help": {
        "fr": "Nom et prénoms dans une seule colonne.",
        "en": "Last and first names in one column.",
    },
    "import.mapping.first_name": {"fr": "Prénom", "en": "First name"},
    "import.mapping.first_name_help": {"fr": "Le ou les prénoms.", "en": "The first name or names."},
    "import.mapping.last_name": {"fr": "Nom", "en": "Last name"},
    "import.mapping.last_name_help": {"fr": "Le nom de famille.", "en": "The family name."},
    "import.mapping.sex": {"fr": "Sexe", "en": "Sex"},
    "import.mapping.sex_help": {
        "fr": "H/F, M/F, Homme/Femme, M./Mme… sont reconnus.",
        "en": "M/F, Male/Female, Mr/Mrs… are recognised.",
    },
    "import.checking": {"fr": "Vérification des numéros…", "en": "Checking the numbers…"},
    "import.count.sentence": {
        "fr": "{valid} à importer ; {skipped} (détail ci-dessous).",
        "en": "{valid} to import; {skipped} (details below).",
    },
    "import.count.sentence.valid": {
        "fr": {"one": "**{count}** contact", "other": "**{count}** contacts"},
        "en": {"one": "**{count}** contact", "other": "**{count}** contacts"},
    },
    "import.count.sentence.skipped": {
        "fr": {"one": "**{count}** ligne mise de côté", "other": "**{count}** lignes mises de côté"},
        "en": {"one": "**{count}** row set aside", "other": "**{count}** rows set aside"},
    },
    "import.count.valid": {"fr": "Corrects", "en": "Correct"},
    "import.count.valid_help": {
        "fr": "Numéros corrects, importés tels quels.",
        "en": "Correct numbers, imported as they are.",
    },
    "import.count.repaired": {"fr": "Corrigés", "en": "Corrected"},
    "import.count.repaired_help": {
        "fr": "Le zéro du début, perdu par Excel, a été remis. Ils seront importés.",
        "en": "The leading zero Excel dropped was put back. They will be imported.",
    },
    "import.count.migrated": {"fr": "Passés à 10 chiffres", "en": "Moved to 10 digits"},
    "import.count.migrated_help": {
        "fr": "Anciens numéros à 8 chiffres complétés selon la numérotation de 2021. Ils seront importés.",
        "en": "Old 8-digit numbers completed per the 2021 numbering plan. They will be imported.",
    },
    "import.count.duplicates": {"fr": "Doublons", "en": "Duplicates"},
    "import.count.duplicates_help": {
        "fr": "Numéros déjà vus plus haut dans le fichier ou déjà dans vos contacts : pas importés une "
        "seconde fois.",
        "en": "Numbers seen higher up in the file or already in your contacts: not imported twice.",
    },
    "import.count.rejected": {"fr": "Refusés", "en": "Rejected"},
    "import.count.rejected_help": {
        "fr": "Numéros inutilisables (trop courts, fixes, illisibles…) : téléchargez-les pour les corriger.",
        "en": "Unusable numbers (too short, landlines, unreadable…): download them to correct them.",
    },
    "import.review.show": {"fr": "Lignes à regarder", "en": "Rows to look at"},
    "import.review.rejected": {"fr": "Refusées ({count})", "en": "Rejected ({count})"},
    "import.review.changed": {"fr": "Modifiées ({count})", "en": "Changed ({count})"},
    "import.review.duplicates": {"fr": "Doublons ({count})", "en": "Duplicates ({count})"},
    "import.review.rejected_help": {
        "fr": "Ces lignes ne seront pas importées. Les numéros de ligne sont ceux de votre fichier.",
        "en": "These rows will not be imported. Row numbers are those of your file.",
    },
    "import.review.changed_help": {
        "fr": "Ces numéros ont été corrigés automatiquement : jetez un œil avant d'importer.",
        "en": "These numbers were corrected automatically: have a look before importing.",
    },
    "import.review.duplicates_help": {
        "fr": "Ces lignes ne créeront pas de nouveau contact (le numéro existe déjà).",
        "en": "These rows will not create a new contact (the number already exists).",
    },
    "import.review.all_good": {
        "fr": "Tous les numéros sont corrects : rien à vérifier.",
        "en": "Every number is correct: nothing to check.",
    },
    "import.col.value": {"fr": "Dans le fichier", "en": "In the file"},
    "import.col.kept": {"fr": "Numéro retenu", "en": "Number kept"},
    "import.download.suffix": {"fr": "lignes-refusees", "en": "rejected-rows"},
    "import.download.xlsx": {"fr": "Lignes refusées (Excel)", "en": "Rejected rows (Excel)"},
    "import.download.csv": {"fr": "Lignes refusées (CSV)", "en": "Rejected rows (CSV)"},
    "import.group.label": {
        "fr": "Mettre les contacts dans un groupe ?",
        "en": "Put the contacts in a group?",
    },
    "import.group.none": {"fr": "Non", "en": "No"},
    "import.group.new": {"fr": "Un nouveau groupe", "en": "A new group"},
    "import.group.existing": {"fr": "Un groupe existant", "en": "An existing group"},
    "import.group.new_name": {"fr": "Nom du nouveau groupe", "en": "Name of the new group"},
    "import.group.exists": {
        "fr": "Le groupe « {group} » existe déjà : les contacts y seront ajoutés.",
        "en": 'The group "{group}" already exists: the contacts will be added to it.',
    },
    "import.group.existing_pick": {"fr": "Groupe", "en": "Group"},
    "import.group.option": {
        "fr": {"one": "{name} ({count} membre)", "other": "{name} ({count} membres)"},
        "en": {"one": "{name} ({count} member)", "other": "{name} ({count} members)"},
    },
    "import.nothing_to_import": {
        "fr": "Aucun nouveau contact à importer dans ce fichier.",
        "en": "There is no new contact to import in this file.",
    },
    "import.go": {
        "fr": {"one": "Importer {count} contact", "other": "Importer {count} contacts"},
        "en": {"one": "Import {count} contact", "other": "Import {count} contacts"},
    },
    "import.go_help": {
        "fr": "L'import continue même si vous fermez la page. En cas de coupure, reprenez-le ici : aucun "
        "contact ne sera créé deux fois.",
        "en": "The import goes on even if you close the page. If it is interrupted, resume it here: no "
        "contact will be created twice.",
    },
    "import.progress.title": {"fr": "Import en cours", "en": "Import in progress"},
    "import.progress.contacts": {
        "fr": "{done} sur {total}…",
        "en": "{done} out of {total}…",
    },
    "import.progress.contacts.done": {
        "fr": {"one": "{count} contact créé", "other": "{count} contacts créés"},
        "en": {"one": "{count} contact created", "other": "{count} contacts created"},
    },
    "import.progress.group": {
        "fr": "Ajout des contacts au groupe…",
        "en": "Adding the contacts to the group…",
    },
    "import.progress.pause": {"fr": "Mettre en pause", "en": "Pause"},
    "import.summary.title": {"fr": "Résultat de l'import", "en": "Import result"},
    "import.summary.done": {
        "fr": "Import terminé : {created}, {skipped}, {failed} en échec.",
        "en": "Import finished: {created}, {skipped} skipped, {failed} failed.",
    },
    "import.summary.done.created": {
        "fr": {"one": "{count} contact créé", "other": "{count} contacts créés"},
        "en": {"one": "{count} contact created", "other": "{count} contacts created"},
    },
    "import.summary.done.skipped": {
        "fr": {"one": "{count} ignoré", "other": "{count} ignorés"},
        "en": {"one": "{count}", "other": "{count}"},
    },
    "import.summary.unfinished": {
        "fr": "Import interrompu : {created}, {pending} encore à créer. Cliquez sur « "
        "Reprendre » pour continuer là où il s'est arrêté.",
        "en": 'Import interrupted: {created}, {pending} still to create. Click "Resume" '
        "to continue where it stopped.",
    },
    "import.summary.unfinished.created": {
        "fr": {"one": "{count} contact créé", "other": "{count} contacts créés"},
        "en": {"one": "{count} contact created", "other": "{count} contacts created"},
    },
    "import.summary.group": {
        "fr": "Groupe « {group} » : {added}.",
        "en": 'Group "{group}": {added}.',
    },
    "import.summary.group.added": {
        "fr": {"one": "{count} membre ajouté", "other": "{count} membres ajoutés"},
        "en": {"one": "{count} member added", "other": "{count} members added"},
    },
    "import.summary.skipped_title": {"fr": "Lignes ignorées, et pourquoi", "en": "Rows skipped, and why"},
    "import.summary.failed_title": {
        "fr": "Contacts refusés par Mon SMS PRO, et pourquoi",
        "en": "Contacts refused by Mon SMS PRO, and why",
    },
    "import.summary.col_count": {"fr": "Nombre", "en": "Count"},
    "import.again": {"fr": "Importer un autre fichier", "en": "Import another file"},
    "import.unfinished.title": {"fr": "Imports à terminer", "en": "Imports to finish"},
    "import.unfinished.line": {
        "fr": "**{file}** — commencé le {date} : {created}, {pending}.",
        "en": "**{file}** — started on {date}: {created}, {pending} left.",
    },
    "import.unfinished.line.created": {
        "fr": {"one": "{count} contact créé", "other": "{count} contacts créés"},
        "en": {"one": "{count} contact created", "other": "{count} contacts created"},
    },
    "import.unfinished.line.pending": {
        "fr": {"one": "{count} restant", "other": "{count} restants"},
        "en": {"one": "{count}", "other": "{count}"},
    },
    "import.unfinished.group": {"fr": "Groupe : {group}", "en": "Group: {group}"},
    "import.unfinished.resume": {"fr": "Reprendre", "en": "Resume"},
    "import.unfinished.following": {"fr": "Suivre", "en": "Follow"},
    # Opt-out list page
    "optouts.intro": {
        "fr": "Les numéros de cette liste ont demandé à ne plus recevoir vos SMS : ils sont retirés de "
        "chaque envoi, même s'ils sont dans vos contacts ou dans un fichier.",
        "en": "The numbers on this list asked not to receive your SMS any more: they are left out of every "
        "send, even when they are in your contacts or in a file.",
    },
    "optouts.count": {"fr": "Numéros en opposition", "en": "Opted-out numbers"},
    "optouts.tab.typed": {"fr": "Ajouter à la main", "en": "Add by hand"},
    "optouts.tab.file": {"fr": "Ajouter depuis un fichier", "en": "Add from a file"},
    "optouts.numbers": {"fr": "Numéros", "en": "Numbers"},
    "optouts.numbers_placeholder": {
        "fr": "Un ou plusieurs numéros, par exemple 07 07 12 34 56 ; 05 05 98 76 54",
        "en": "One or more numbers, for example 07 07 12 34 56; 05 05 98 76 54",
    },
    "optouts.reason": {"fr": "Motif (facultatif)", "en": "Reason (optional)"},
    "optouts.reason_placeholder": {"fr": "Par exemple : a répondu STOP", "en": "For example: replied STOP"},
    "optouts.add": {"fr": "Ajouter à la liste", "en": "Add to the list"},
    "optouts.nothing_typed": {"fr": "Tapez au moins un numéro.", "en": "Type at least one number."},
    "optouts.added": {
        "fr": "{added} à la liste d'opposition ({already}).",
        "en": "{added} to the opt-out list ({already}).",
    },
    "optouts.added.added": {
        "fr": {"one": "{count} numéro ajouté", "other": "{count} numéros ajoutés"},
        "en": {"one": "{count} number added", "other": "{count} numbers added"},
    },
    "optouts.added.already": {
        "fr": {"one": "{count} y était déjà", "other": "{count} y étaient déjà"},
        "en": {"one": "{count} was already on it", "other": "{count} were already on it"},
    },
    "optouts.rejected": {
        "fr": {
            "one": "{count} entrée non reconnue comme numéro de mobile : {examples}.",
            "other": "{count} entrées non reconnues comme numéros de mobile : {examples}.",
        },
        "en": {
            "one": "{count} entry not recognised as a mobile number: {examples}.",
            "other": "{count} entries not recognised as mobile numbers: {examples}.",
        },
    },
    "optouts.file": {"fr": "Fichier de numéros à exclure", "en": "File of numbers to exclude"},
    "optouts.file_summary": {
        "fr": "{valid}, {rejected}.",
        "en": "{valid}, {rejected}.",
    },
    "optouts.file_summary.valid": {
        "fr": {"one": "{count} numéro reconnu", "other": "{count} numéros reconnus"},
        "en": {"one": "{count} number recognised", "other": "{count} numbers recognised"},
    },
    "optouts.file_summary.rejected": {
        "fr": {"one": "{count} entrée refusée", "other": "{count} entrées refusées"},
        "en": {"one": "{count} entry rejected", "other": "{count} entries rejected"},
    },
    "optouts.file_add": {"fr": "Ajouter ces numéros à la liste", "en": "Add these numbers to the list"},
    "optouts.file_reason": {"fr": "Importé depuis {file}", "en": "Imported from {file}"},
    "optouts.list": {"fr": "La liste", "en": "The list"},
    "optouts.empty": {
        "fr": "Personne n'a encore demandé à ne plus recevoir vos SMS.",
        "en": "Nobody has asked to stop receiving your SMS yet.",
    },
    "optouts.find": {"fr": "Chercher un numéro", "en": "Find a number"},
    "optouts.find_placeholder": {"fr": "Par exemple 07 07 12 34 56", "en": "For example 07 07 12 34 56"},
    "optouts.select_hint": {
        "fr": "Cochez un numéro pour le retirer de la liste (il pourra de nouveau recevoir vos SMS).",
        "en": "Tick a number to take it off the list (it will receive your SMS again).",
    },
    "optouts.remove": {"fr": "Retirer de la liste ({count})", "en": "Take off the list ({count})"},
    "optouts.removed": {
        "fr": {
            "one": "{count} numéro retiré de la liste ({example}) : il recevra de nouveau vos SMS.",
            "other": "{count} numéros retirés de la liste (dont {example}) : ils recevront de nouveau "
            "vos SMS.",
        },
        "en": {
            "one": "{count} number taken off the list ({example}): it will receive your SMS again.",
            "other": "{count} numbers taken off the list (including {example}): they will receive your SMS "
            "again.",
        },
    },
}
