"""Messages of the composer (Envoyer un SMS) and of the sender's outbox (Mes envois)."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    "composer.title": {"fr": "Envoyer un SMS", "en": "Send an SMS"},
    "composer.intro": {
        "fr": "Choisissez les destinataires, écrivez le message, vérifiez le coût, puis confirmez. "
        "Un même brouillon ne part qu'une seule fois, même après un double clic ou un rechargement.",
        "en": "Choose the recipients, write the message, check the cost, then confirm. A draft is sent "
        "only once, even after a double click or a reload.",
    },
    "composer.step.recipients": {"fr": "1. Destinataires", "en": "1. Recipients"},
    "composer.step.message": {"fr": "2. Message", "en": "2. Message"},
    "composer.step.options": {"fr": "3. Expéditeur et date d'envoi", "en": "3. Sender and timing"},
    "composer.step.send": {"fr": "4. Coût et envoi", "en": "4. Cost and sending"},
    "composer.retry": {"fr": "Réessayer", "en": "Try again"},
    # Recipients
    "composer.rcpt.tab_numbers": {"fr": "Numéros", "en": "Numbers"},
    "composer.rcpt.tab_contacts": {"fr": "Contacts", "en": "Contacts"},
    "composer.rcpt.tab_groups": {"fr": "Groupes", "en": "Groups"},
    "composer.rcpt.tab_file": {"fr": "Fichier Excel ou CSV", "en": "Excel or CSV file"},
    "composer.rcpt.numbers_label": {
        "fr": "Numéros saisis ou collés",
        "en": "Numbers typed or pasted",
    },
    "composer.rcpt.numbers_placeholder": {
        "fr": "Par exemple :\n07 07 12 34 56\n05 05 12 34 56; 01 01 12 34 56",
        "en": "For instance:\n07 07 12 34 56\n05 05 12 34 56; 01 01 12 34 56",
    },
    "composer.rcpt.numbers_help": {
        "fr": "Un numéro par ligne, ou séparés par des virgules ou des points-virgules. Les espaces, points "
        "et tirets dans un numéro sont acceptés ; les anciens numéros à 8 chiffres sont convertis.",
        "en": "One number per line, or separated by commas or semicolons. Spaces, dots and dashes inside a "
        "number are fine; old 8-digit numbers are converted.",
    },
    "composer.rcpt.rejected_title": {
        "fr": {
            "one": "{count} numéro refusé : voir pourquoi",
            "other": "{count} numéros refusés : voir pourquoi",
        },
        "en": {"one": "{count} number rejected: see why", "other": "{count} numbers rejected: see why"},
    },
    "composer.rcpt.changed_title": {
        "fr": {
            "one": "{count} numéro corrigé automatiquement : à vérifier",
            "other": "{count} numéros corrigés automatiquement : à vérifier",
        },
        "en": {
            "one": "{count} number corrected automatically: please check",
            "other": "{count} numbers corrected automatically: please check",
        },
    },
    "composer.rcpt.no_contacts": {
        "fr": "Ce compte n'a encore aucun contact.",
        "en": "This account has no contacts yet.",
    },
    "composer.rcpt.contact_search": {
        "fr": "Rechercher un contact (nom ou numéro)",
        "en": "Search a contact (name or number)",
    },
    "composer.rcpt.contacts_label": {
        "fr": "Contacts à ajouter ({count} dans le compte)",
        "en": "Contacts to add ({count} in the account)",
    },
    "composer.rcpt.contacts_placeholder": {
        "fr": "Tapez un nom ou un numéro…",
        "en": "Type a name or a number…",
    },
    "composer.rcpt.no_groups": {
        "fr": "Ce compte n'a encore aucun groupe.",
        "en": "This account has no groups yet.",
    },
    "composer.rcpt.groups_label": {"fr": "Groupes à ajouter", "en": "Groups to add"},
    "composer.rcpt.groups_placeholder": {
        "fr": "Choisissez un ou plusieurs groupes",
        "en": "Choose one or more groups",
    },
    "composer.rcpt.group_option": {
        "fr": {"one": "{name} ({count} contact)", "other": "{name} ({count} contacts)"},
        "en": {"one": "{name} ({count} contact)", "other": "{name} ({count} contacts)"},
    },
    "composer.rcpt.file_label": {
        "fr": "Fichier de destinataires (Excel, LibreOffice ou CSV)",
        "en": "Recipients file (Excel, LibreOffice or CSV)",
    },
    "composer.rcpt.file_help": {
        "fr": "Une ligne par personne avec une colonne de téléphone. Les autres colonnes (prénom, montant, "
        "classe…) deviennent des champs à insérer dans le message. Le fichier n'est pas importé dans vos "
        "contacts.",
        "en": "One row per person with a phone column. The other columns (first name, amount, class…) "
        "become fields to insert in the message. The file is not imported into your contacts.",
    },
    "composer.rcpt.file_checking": {"fr": "Vérification du fichier…", "en": "Checking the file…"},
    "composer.rcpt.file_phone_column": {"fr": "Colonne du téléphone", "en": "Phone column"},
    "composer.rcpt.file_summary": {
        "fr": "{valid}, {rejected}, {duplicates} dans le fichier. Champs disponibles : {fields}.",
        "en": "{valid}, {rejected}, {duplicates} in the file. Fields available: {fields}.",
    },
    "composer.rcpt.file_summary.valid": {
        "fr": {"one": "{count} destinataire valide", "other": "{count} destinataires valides"},
        "en": {"one": "{count} valid recipient", "other": "{count} valid recipients"},
    },
    "composer.rcpt.file_summary.rejected": {
        "fr": {"one": "{count} numéro refusé", "other": "{count} numéros refusés"},
        "en": {"one": "{count} number rejected", "other": "{count} numbers rejected"},
    },
    "composer.rcpt.file_summary.duplicates": {
        "fr": {"one": "{count} doublon", "other": "{count} doublons"},
        "en": {"one": "{count} duplicate", "other": "{count} duplicates"},
    },
    "composer.rcpt.issue_line": {
        "fr": "Ligne {row} : « {value} » — {reason}",
        "en": 'Row {row}: "{value}" — {reason}',
    },
    "composer.rcpt.more_issues": {
        "fr": {"one": "… et {count} autre.", "other": "… et {count} autres."},
        "en": {"one": "… and {count} more.", "other": "… and {count} more."},
    },
    "composer.rcpt.count": {
        "fr": {"one": "{count} destinataire", "other": "{count} destinataires"},
        "en": {"one": "{count} recipient", "other": "{count} recipients"},
    },
    "composer.rcpt.duplicates_removed": {
        "fr": {"one": "{count} doublon retiré", "other": "{count} doublons retirés"},
        "en": {"one": "{count} duplicate removed", "other": "{count} duplicates removed"},
    },
    "composer.rcpt.optouts_removed": {
        "fr": {
            "one": "{count} numéro désinscrit retiré (STOP)",
            "other": "{count} numéros désinscrits retirés (STOP)",
        },
        "en": {
            "one": "{count} opted-out number removed (STOP)",
            "other": "{count} opted-out numbers removed (STOP)",
        },
    },
    # Message editor
    "composer.text_label": {"fr": "Message", "en": "Message"},
    "composer.text_placeholder": {
        "fr": "Par exemple : Bonjour {prénom}, votre commande est prête. Passez la récupérer avant "
        "samedi 18h.",
        "en": "For instance: Hello {prénom}, your order is ready. Come and collect it before Saturday 6 pm.",
    },
    "composer.text_hint": {
        "fr": "Pendant la frappe, un compte provisoire s'affiche ; le détail (coût, caractères en cause, "
        "aperçus) se met à jour quand vous cliquez hors du champ ou appuyez sur Ctrl+Entrée.",
        "en": "While you type, a provisional count shows; the details (cost, characters at fault, "
        "previews) update when you click outside the field or press Ctrl+Enter.",
    },
    "composer.live.line": {
        "fr": "Saisie en cours : {characters} caractères · {encoding} · {parts} SMS · encore {remaining} "
        "caractères dans ce SMS",
        "en": "Typing: {characters} characters · {encoding} · {parts} SMS · {remaining} more characters "
        "in this SMS",
    },
    "composer.live.gsm": {"fr": "GSM-7", "en": "GSM-7"},
    "composer.live.ucs2": {"fr": "Unicode", "en": "Unicode"},
    "composer.undo.template": {"fr": "Annuler le chargement", "en": "Undo loading"},
    "composer.undo.field": {"fr": "Annuler l'insertion", "en": "Undo insertion"},
    "composer.undo.replace": {"fr": "Annuler le remplacement", "en": "Undo replacement"},
    "composer.tpl.title": {"fr": "Modèles enregistrés ({count})", "en": "Saved templates ({count})"},
    "composer.tpl.label": {"fr": "Modèle", "en": "Template"},
    "composer.tpl.placeholder": {"fr": "Choisir un modèle…", "en": "Choose a template…"},
    "composer.tpl.none": {"fr": "Aucun modèle enregistré", "en": "No saved template"},
    "composer.tpl.load": {"fr": "Charger dans le message", "en": "Load into the message"},
    "composer.tpl.load_help": {
        "fr": "Remplace le message en cours par le modèle (vous pourrez annuler).",
        "en": "Replaces the current message with the template (you can undo).",
    },
    "composer.tpl.delete": {"fr": "Supprimer", "en": "Delete"},
    "composer.tpl.save": {"fr": "Enregistrer le message actuel", "en": "Save the current message"},
    "composer.tpl.saved": {"fr": "Modèle enregistré.", "en": "Template saved."},
    "composer.tpl.deleted": {"fr": "Modèle supprimé.", "en": "Template deleted."},
    # Counter
    "composer.counter.encoding_gsm": {
        "fr": "GSM-7 (160 caractères par SMS)",
        "en": "GSM-7 (160 characters per SMS)",
    },
    "composer.counter.encoding_ucs2": {
        "fr": "Unicode (70 caractères par SMS)",
        "en": "Unicode (70 characters per SMS)",
    },
    "composer.counter.characters": {
        "fr": {"one": "{count} caractère", "other": "{count} caractères"},
        "en": {"one": "{count} character", "other": "{count} characters"},
    },
    "composer.counter.parts": {"fr": "{count} SMS par destinataire", "en": "{count} SMS per recipient"},
    "composer.counter.remaining": {
        "fr": {"one": "{count} restant dans ce SMS", "other": "{count} restants dans ce SMS"},
        "en": {"one": "{count} left in this SMS", "other": "{count} left in this SMS"},
    },
    "composer.counter.line": {
        "fr": "{characters} · {encoding} · {parts} SMS · encore {remaining} avant le SMS suivant",
        "en": "{characters} · {encoding} · {parts} SMS · {remaining} before the next SMS",
    },
    "composer.counter.line.characters": {
        "fr": {"one": "{count} caractère", "other": "{count} caractères"},
        "en": {"one": "{count} character", "other": "{count} characters"},
    },
    "composer.counter.line.remaining": {
        "fr": {"one": "{count} caractère", "other": "{count} caractères"},
        "en": {"one": "{count} more character", "other": "{count} more characters"},
    },
    "composer.counter.line_personalised": {
        "fr": "Message le plus long : {characters} · {encoding} · {parts} SMS · encore {remaining} avant le "
        "SMS suivant",
        "en": "Longest message: {characters} · {encoding} · {parts} SMS · {remaining} before the next SMS",
    },
    "composer.counter.line_personalised.characters": {
        "fr": {"one": "{count} caractère", "other": "{count} caractères"},
        "en": {"one": "{count} character", "other": "{count} characters"},
    },
    "composer.counter.line_personalised.remaining": {
        "fr": {"one": "{count} caractère", "other": "{count} caractères"},
        "en": {"one": "{count} more character", "other": "{count} more characters"},
    },
    "composer.counter.measured_on_longest": {
        "fr": "Compté sur le message personnalisé le plus long de vos destinataires.",
        "en": "Counted on the longest personalised message among your recipients.",
    },
    # Unicode warning and replacement
    "composer.unicode.title": {
        "fr": ":material/warning: **Ces caractères font passer le message en Unicode** : {chars}.",
        "en": ":material/warning: **These characters switch the message to Unicode**: {chars}.",
    },
    "composer.unicode.accents": {
        "fr": "Remplacer aussi les lettres accentuées hors GSM (ê → e, ç → c, ô → o…)",
        "en": "Also replace accented letters outside GSM (ê → e, ç → c, ô → o…)",
    },
    "composer.unicode.accents_help": {
        "fr": "é, è, à et ù existent en GSM et sont gardés. Les autres accents changent la lecture du "
        "texte : ils ne sont retirés que si vous cochez cette case.",
        "en": "é, è, à and ù exist in GSM and are kept. Other accents change how the text reads: they are "
        "removed only if you tick this box.",
    },
    "composer.unicode.col_char": {"fr": "Caractère", "en": "Character"},
    "composer.unicode.col_by": {"fr": "Remplacé par", "en": "Replaced by"},
    "composer.unicode.col_count": {"fr": "Fois", "en": "Times"},
    "composer.unicode.still_unicode": {
        "fr": "Même après remplacement, le message reste en Unicode à cause de : {chars}.",
        "en": "Even after replacement, the message stays in Unicode because of: {chars}.",
    },
    "composer.unicode.before_after": {
        "fr": "Voir le texte avant / après",
        "en": "See the text before / after",
    },
    "composer.unicode.before": {"fr": "Avant", "en": "Before"},
    "composer.unicode.after": {"fr": "Après", "en": "After"},
    "composer.unicode.replace": {
        "fr": "Remplacer ces caractères ({count})",
        "en": "Replace these characters ({count})",
    },
    # Personalisation
    "composer.fields.label": {"fr": "Champ personnalisé", "en": "Personalised field"},
    "composer.fields.insert": {"fr": "Insérer", "en": "Insert"},
    "composer.fields.none": {
        "fr": "Pour personnaliser le message ({prénom}, {nom}…), ajoutez des contacts, un groupe ou un "
        "fichier.",
        "en": "To personalise the message ({prénom}, {nom}…), add contacts, a group or a file.",
    },
    "composer.fallback.title": {"fr": "Si un champ est vide", "en": "When a field is empty"},
    "composer.fallback.label": {"fr": "À la place de {field}, écrire :", "en": "Instead of {field}, write:"},
    "composer.fallback.placeholder": {"fr": "rien (laisser vide)", "en": "nothing (leave empty)"},
    "composer.preview.title": {
        "fr": "Aperçu pour de vrais destinataires",
        "en": "Preview for real recipients",
    },
    "composer.preview.example": {"fr": "Autre destinataire", "en": "Another recipient"},
    "composer.preview.no_recipients": {
        "fr": "Ajoutez des destinataires pour voir le message personnalisé.",
        "en": "Add recipients to see the personalised message.",
    },
    "composer.preview.size": {
        "fr": "{characters} caractères, {parts} SMS",
        "en": "{characters} characters, {parts} SMS",
    },
    # Options
    "composer.sender.label": {"fr": "Nom d'expéditeur", "en": "Sender name"},
    "composer.sender.help": {
        "fr": "Le nom affiché sur le téléphone du destinataire. Seuls les noms validés par l'opérateur "
        "sont proposés.",
        "en": "The name shown on the recipient's phone. Only names accepted by the operator are offered.",
    },
    "composer.sender.none": {"fr": "Nom par défaut du service", "en": "Service default name"},
    "composer.sender.no_accepted": {
        "fr": "Aucun nom d'expéditeur validé pour l'instant : vos SMS partiront sous le nom par défaut.",
        "en": "No accepted sender name yet: your SMS will go out under the default name.",
    },
    "composer.sender.request_title": {
        "fr": "Demander un nouveau nom d'expéditeur",
        "en": "Request a new sender name",
    },
    "composer.sender.request_help": {
        "fr": "3 à 11 lettres ou chiffres, par exemple le nom de votre boutique. La demande part en "
        "validation chez l'opérateur : le nom ne sera utilisable qu'une fois accepté.",
        "en": "3 to 11 letters or digits, for instance your shop's name. The request goes to the operator "
        "for approval: the name can be used only once accepted.",
    },
    "composer.sender.request_name": {"fr": "Nom souhaité", "en": "Requested name"},
    "composer.sender.request_reason": {"fr": "À quoi servira-t-il ?", "en": "What is it for?"},
    "composer.sender.request_submit": {"fr": "Envoyer la demande", "en": "Send the request"},
    "composer.sender.invalid": {
        "fr": "Un nom d'expéditeur a de 3 à 11 caractères : lettres, chiffres ou espaces, sans accent.",
        "en": "A sender name has 3 to 11 characters: letters, digits or spaces, without accents.",
    },
    "composer.sender.requested": {
        "fr": "Demande envoyée : « {name} » est en attente de validation par l'opérateur. Il apparaîtra "
        "dans la liste une fois accepté.",
        "en": 'Request sent: "{name}" is waiting for the operator\'s approval. It will appear in the list '
        "once accepted.",
    },
    "composer.name_label": {"fr": "Nom de l'envoi (facultatif)", "en": "Send name (optional)"},
    "composer.name_help": {
        "fr": "Pour le retrouver dans vos campagnes, par exemple « Promo Tabaski ». Les destinataires ne le "
        "voient pas.",
        "en": 'To find it in your campaigns, for instance "Tabaski promo". Recipients do not see it.',
    },
    "composer.type.label": {"fr": "Type de SMS", "en": "SMS type"},
    "composer.type.sms": {"fr": "SMS", "en": "SMS"},
    "composer.type.flash": {"fr": "Flash", "en": "Flash"},
    "composer.type.help": {
        "fr": "Un SMS Flash s'affiche directement à l'écran sans être enregistré dans la messagerie. Il part "
        "immédiatement et ne peut pas être programmé.",
        "en": "A Flash SMS shows straight on the screen without being stored in the inbox. It goes out "
        "immediately and cannot be scheduled.",
    },
    "composer.schedule.label": {"fr": "Quand ?", "en": "When?"},
    "composer.schedule.now": {"fr": "Maintenant", "en": "Now"},
    "composer.schedule.once": {"fr": "À une date précise", "en": "On a given date"},
    "composer.schedule.weekly": {"fr": "Chaque semaine", "en": "Every week"},
    "composer.schedule.date": {"fr": "Date", "en": "Date"},
    "composer.schedule.time": {"fr": "Heure", "en": "Time"},
    "composer.schedule.days": {"fr": "Jours d'envoi", "en": "Sending days"},
    "composer.schedule.timezone": {"fr": "Heure d'Abidjan (GMT).", "en": "Abidjan time (GMT)."},
    "composer.schedule.summary_now": {"fr": "maintenant", "en": "now"},
    "composer.schedule.summary_once": {"fr": "le {moment}", "en": "on {moment}"},
    "composer.schedule.summary_weekly": {"fr": "chaque {days} à {time}", "en": "every {days} at {time}"},
    "composer.schedule.and": {"fr": "{first} et {last}", "en": "{first} and {last}"},
    "composer.weekday.monday": {"fr": "lundi", "en": "Monday"},
    "composer.weekday.tuesday": {"fr": "mardi", "en": "Tuesday"},
    "composer.weekday.wednesday": {"fr": "mercredi", "en": "Wednesday"},
    "composer.weekday.thursday": {"fr": "jeudi", "en": "Thursday"},
    "composer.weekday.friday": {"fr": "vendredi", "en": "Friday"},
    "composer.weekday.saturday": {"fr": "samedi", "en": "Saturday"},
    "composer.weekday.sunday": {"fr": "dimanche", "en": "Sunday"},
    # Cost
    "composer.cost.recipients": {"fr": "Destinataires", "en": "Recipients"},
    "composer.cost.parts": {"fr": "SMS par message", "en": "SMS per message"},
    "composer.cost.credits": {"fr": "Crédits nécessaires", "en": "Credits needed"},
    "composer.cost.balance": {"fr": "Solde actuel", "en": "Current balance"},
    "composer.cost.formula": {
        "fr": "{parts} SMS × {recipients} = {credits}.",
        "en": "{parts} SMS × {recipients} = {credits}.",
    },
    "composer.cost.formula.recipients": {
        "fr": {"one": "{count} destinataire", "other": "{count} destinataires"},
        "en": {"one": "{count} recipient", "other": "{count} recipients"},
    },
    "composer.cost.formula.credits": {
        "fr": {"one": "{count} crédit", "other": "{count} crédits"},
        "en": {"one": "{count} credit", "other": "{count} credits"},
    },
    "composer.cost.breakdown": {"fr": "Détail : {items}.", "en": "Breakdown: {items}."},
    "composer.cost.breakdown_item": {
        "fr": "{recipients} de {parts} SMS",
        "en": "{recipients} of {parts} SMS",
    },
    "composer.cost.breakdown_item.recipients": {
        "fr": {"one": "{count} message", "other": "{count} messages"},
        "en": {"one": "{count} message", "other": "{count} messages"},
    },
    "composer.cost.campaigns": {
        "fr": "{count} textes personnalisés, un seul envoi : chacun reçoit le sien, et vous suivez le tout "
        "comme un seul envoi.",
        "en": "{count} personalised texts, one send: everyone gets their own, and you follow it all as one "
        "send.",
    },
    "composer.cost.offers_title": {"fr": "Acheter du crédit", "en": "Buy credit"},
    "composer.cost.offer_name": {"fr": "Offre", "en": "Pack"},
    "composer.cost.offer_credit": {"fr": "Crédits", "en": "Credits"},
    "composer.cost.offer_price": {"fr": "Prix", "en": "Price"},
    "composer.cost.offer_enough": {"fr": "Suffit pour cet envoi", "en": "Enough for this send"},
    "composer.cost.recharge_how": {
        "fr": "Rechargez depuis votre espace Mon SMS PRO (Orange Money, MTN MoMo, Moov Money ou Wave), "
        "puis revenez ici : votre brouillon est conservé.",
        "en": "Top up from your Mon SMS PRO space (Orange Money, MTN MoMo, Moov Money or Wave), then come "
        "back here: your draft is kept.",
    },
    "composer.cost.recharge": {"fr": "Recharger sur monsms.pro", "en": "Top up on monsms.pro"},
    # Test send
    "composer.test.title": {"fr": "Envoyer un test", "en": "Send a test"},
    "composer.test.no_phone": {
        "fr": "Pour recevoir un test, indiquez votre numéro : il sera enregistré sur votre compte.",
        "en": "To receive a test, give your number: it will be saved on your account.",
    },
    "composer.test.phone_label": {"fr": "Votre numéro de téléphone", "en": "Your phone number"},
    "composer.test.phone_save": {"fr": "Enregistrer", "en": "Save"},
    "composer.test.phone_saved": {"fr": "Numéro enregistré : {phone}.", "en": "Number saved: {phone}."},
    "composer.test.to": {
        "fr": "Le test part vers votre numéro {phone} ({parts} SMS), personnalisé comme pour l'un de vos "
        "destinataires.",
        "en": "The test goes to your number {phone} ({parts} SMS), personalised as for one of your "
        "recipients.",
    },
    "composer.test.send": {"fr": "Envoyer un test à mon numéro", "en": "Send a test to my number"},
    "composer.test.again": {"fr": "Renvoyer le test", "en": "Send the test again"},
    "composer.test.blocked": {
        "fr": "Le test ne peut pas partir : corrigez d'abord le message (voir ci-dessus).",
        "en": "The test cannot go out: fix the message first (see above).",
    },
    # Confirmation
    "composer.confirm.heading": {"fr": "Envoyer à tous", "en": "Send to everyone"},
    "composer.confirm.heading_review": {"fr": "Soumettre pour relecture", "en": "Submit for review"},
    "composer.confirm.open": {"fr": "Envoyer…", "en": "Send…"},
    "composer.confirm.open_review": {"fr": "Soumettre pour relecture…", "en": "Submit for review…"},
    "composer.confirm.review_hint": {
        "fr": "Les envois doivent être approuvés par un Relecteur avant de partir.",
        "en": "Sends must be approved by a Reviewer before they go out.",
    },
    "composer.confirm.title": {"fr": "Confirmer l'envoi", "en": "Confirm the send"},
    "composer.confirm.title_review": {"fr": "Soumettre pour relecture", "en": "Submit for review"},
    "composer.confirm.recipients": {"fr": "Destinataires", "en": "Recipients"},
    "composer.confirm.sender": {"fr": "Expéditeur", "en": "Sender"},
    "composer.confirm.type": {"fr": "Type", "en": "Type"},
    "composer.confirm.when": {"fr": "Envoi", "en": "Sending"},
    "composer.confirm.parts": {"fr": "Taille", "en": "Size"},
    "composer.confirm.credits": {"fr": "Crédits débités", "en": "Credits charged"},
    "composer.confirm.campaigns": {"fr": "Campagnes créées", "en": "Campaigns created"},
    "composer.confirm.message_label": {"fr": "Message (le plus long) :", "en": "Message (the longest):"},
    "composer.confirm.balance_after": {
        "fr": "Solde vérifié à l'instant : {balance} crédits ; après cet envoi : {after}.",
        "en": "Balance checked just now: {balance} credits; after this send: {after}.",
    },
    "composer.confirm.blocked": {
        "fr": "Cet envoi ne peut pas partir tel quel : corrigez les points signalés sur la page.",
        "en": "This send cannot go out as it is: fix the points shown on the page.",
    },
    "composer.confirm.submit": {"fr": "Confirmer l'envoi", "en": "Confirm the send"},
    "composer.confirm.submit_review": {"fr": "Soumettre", "en": "Submit"},
    "composer.confirm.cancel": {"fr": "Annuler", "en": "Cancel"},
    # This draft's send or review
    "composer.draft.title": {"fr": "Ce message", "en": "This message"},
    "composer.draft.new": {"fr": "Nouveau message", "en": "New message"},
    "composer.draft.reuse": {"fr": "Réutiliser ce message", "en": "Reuse this message"},
    "composer.draft.reuse_help": {
        "fr": "Garde le texte, les destinataires et les options pour un nouvel envoi (à confirmer de "
        "nouveau).",
        "en": "Keeps the text, recipients and options for a new send (to be confirmed again).",
    },
    "composer.draft.used_hint": {
        "fr": "Ce message a déjà été envoyé ou soumis. Pour un nouvel envoi, cliquez sur « Nouveau "
        "message » ou « Réutiliser ce message » en haut de la page.",
        "en": "This message was already sent or submitted. For a new send, click “New message” or “Reuse "
        "this message” at the top of the page.",
    },
    "composer.review.status.submitted": {"fr": "En attente de relecture", "en": "Waiting for review"},
    "composer.review.status.approved": {"fr": "Approuvé", "en": "Approved"},
    "composer.review.status.rejected": {"fr": "Refusé par la relecture", "en": "Rejected by review"},
    "composer.review.status.returned": {"fr": "Renvoyé pour corrections", "en": "Returned for edits"},
    "composer.review.since": {"fr": "mis à jour le {moment}", "en": "updated on {moment}"},
    "composer.review.note": {"fr": "Commentaire du relecteur : {note}", "en": "Reviewer's comment: {note}"},
    "composer.review.returned_hint": {
        "fr": "Corrigez le message ci-dessous puis soumettez-le à nouveau.",
        "en": "Fix the message below, then submit it again.",
    },
    # One send's state (composer and outbox)
    "composer.entry.created": {
        "fr": "créé le {moment} par {author}",
        "en": "created on {moment} by {author}",
    },
    "composer.entry.progress": {
        "fr": "Envoi en cours : {done} sur {total} pour {recipients}.",
        "en": "Sending: {done} out of {total} for {recipients}.",
    },
    "composer.entry.progress.done": {
        "fr": {"one": "{count} campagne créée", "other": "{count} campagnes créées"},
        "en": {"one": "{count} campaign created", "other": "{count} campaigns created"},
    },
    "composer.entry.progress.recipients": {
        "fr": {"one": "{count} destinataire", "other": "{count} destinataires"},
        "en": {"one": "{count} recipient", "other": "{count} recipients"},
    },
    "composer.entry.waiting": {
        "fr": "Cet envoi attend depuis un moment (onglet fermé ou serveur redémarré). Vous pouvez le "
        "reprendre : rien ne partira en double.",
        "en": "This send has been waiting for a while (tab closed or server restarted). You can resume "
        "it: nothing will be sent twice.",
    },
    "composer.entry.resume": {"fr": "Reprendre l'envoi", "en": "Resume the send"},
    "composer.entry.sent": {
        "fr": "Envoyé : {campaigns} pour {recipients}, {credits}.",
        "en": "Sent: {campaigns} for {recipients}, {credits}.",
    },
    "composer.entry.sent.campaigns": {
        "fr": {"one": "{count} campagne créée", "other": "{count} campagnes créées"},
        "en": {"one": "{count} campaign created", "other": "{count} campaigns created"},
    },
    "composer.entry.sent.recipients": {
        "fr": {"one": "{count} destinataire", "other": "{count} destinataires"},
        "en": {"one": "{count} recipient", "other": "{count} recipients"},
    },
    "composer.entry.sent.credits": {
        "fr": {"one": "{count} crédit", "other": "{count} crédits"},
        "en": {"one": "{count} credit", "other": "{count} credits"},
    },
    "composer.entry.campaign_ids": {
        "fr": {"one": "Campagne : {ids}", "other": "Campagnes : {ids}"},
        "en": {"one": "Campaign: {ids}", "other": "Campaigns: {ids}"},
    },
    "composer.entry.failed": {
        "fr": "Envoi refusé après {done} sur {total}. {reason}",
        "en": "Send refused after {done} out of {total}. {reason}",
    },
    "composer.entry.failed.done": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    "composer.entry.retry": {"fr": "Réessayer", "en": "Try again"},
    "composer.entry.retry_help": {
        "fr": "La demande refusée n'a rien envoyé : seules les campagnes manquantes partiront.",
        "en": "The refused request sent nothing: only the missing campaigns will go out.",
    },
    "composer.entry.unknown": {
        "fr": "La réponse du service s'est perdue ({done} sur {total}). Le "
        "message est peut-être parti : vérifiez avant de renvoyer quoi que ce soit.",
        "en": "The service's answer was lost ({done} out of {total}). The message may "
        "have gone out: check before sending anything again.",
    },
    "composer.entry.unknown.done": {
        "fr": {"one": "{count} campagne confirmée", "other": "{count} campagnes confirmées"},
        "en": {"one": "{count} campaign confirmed", "other": "{count} campaigns confirmed"},
    },
    "composer.entry.verify": {"fr": "Vérifier", "en": "Check"},
    "composer.entry.send_rest": {"fr": "Envoyer le reste", "en": "Send the rest"},
    # Outbox page
    "outbox.title": {"fr": "Mes envois", "en": "My sends"},
    "outbox.intro": {
        "fr": "Tous vos envois depuis ce tableau de bord, avec leur état et leur coût. Un envoi au résultat "
        "incertain se vérifie ici avant tout nouvel essai.",
        "en": "All your sends from this dashboard, with their state and cost. A send whose outcome is "
        "unknown is checked here before any new attempt.",
    },
    "outbox.everyone": {"fr": "Voir les envois de toute l'équipe", "en": "Show the whole team's sends"},
    "outbox.empty": {
        "fr": "Aucun envoi pour l'instant. Composez votre premier message depuis « Envoyer un SMS ».",
        "en": 'No sends yet. Compose your first message from "Send an SMS".',
    },
    "outbox.unknown_banner": {
        "fr": {
            "one": "{count} envoi au résultat incertain : ouvrez-le ci-dessous et cliquez sur « Vérifier ».",
            "other": "{count} envois au résultat incertain : ouvrez-les ci-dessous et cliquez sur "
            "« Vérifier ».",
        },
        "en": {
            "one": '{count} send with an unknown outcome: open it below and click "Check".',
            "other": '{count} sends with an unknown outcome: open them below and click "Check".',
        },
    },
    "outbox.test_prefix": {"fr": "[Test] ", "en": "[Test] "},
    "outbox.col.date": {"fr": "Date", "en": "Date"},
    "outbox.col.message": {"fr": "Envoi", "en": "Send"},
    "outbox.col.recipients": {"fr": "Destinataires", "en": "Recipients"},
    "outbox.col.credits": {"fr": "Crédits", "en": "Credits"},
    "outbox.col.campaigns": {"fr": "Campagnes", "en": "Campaigns"},
    "outbox.col.status": {"fr": "État", "en": "State"},
    "outbox.col.author": {"fr": "Par", "en": "By"},
    "outbox.pick": {"fr": "Détail d'un envoi", "en": "Send details"},
    "outbox.detail.message": {"fr": "Message", "en": "Message"},
    "outbox.detail.sender": {"fr": "Expéditeur", "en": "Sender"},
    "outbox.detail.type": {"fr": "Type", "en": "Type"},
    "outbox.detail.key": {"fr": "Référence", "en": "Reference"},
    "outbox.chunk.text": {"fr": "Texte", "en": "Text"},
    "outbox.chunk.recipients": {"fr": "Destinataires", "en": "Recipients"},
    "outbox.chunk.state": {"fr": "État", "en": "State"},
    "outbox.chunk.campaign": {"fr": "Campagne", "en": "Campaign"},
    "outbox.reviews.title": {"fr": "En relecture", "en": "In review"},
    "outbox.reviews.note": {"fr": "Commentaire", "en": "Comment"},
}
