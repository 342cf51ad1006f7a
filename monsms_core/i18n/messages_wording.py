"""Plain words where the screen used jargon or Streamlit's English: the sandbox explained, the
multiselect's own buttons and labels."""

from __future__ import annotations

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    "ui.mode.sandbox_note": {
        "fr": "Rien n'est envoyé, rien n'est payé.",
        "en": "Nothing is sent, nothing is paid.",
    },
    "ui.mode.sandbox_help": {
        "fr": "Le bac à sable imite le service Mon SMS PRO avec un compte de démonstration : vous pouvez "
        "tout essayer, aucun SMS ne part et aucun crédit n'est dépensé. Pour envoyer de vrais SMS, un "
        "administrateur saisit la clé d'accès Mon SMS PRO dans Paramètres.",
        "en": "The sandbox imitates the Mon SMS PRO service with a demo account: try anything, no SMS goes "
        "out and no credit is spent. To send real SMS, an administrator enters the Mon SMS PRO access key "
        "in Settings.",
    },
    "choices.select_all": {"fr": "Tout sélectionner ({count})", "en": "Select all ({count})"},
    # Streamlit's own English words (accessibility labels, the lists' built-in lines), each with the
    # English text Streamlit writes; ui/shell/builtin_words.py puts the reader's language in their place.
    "builtin.clear_all": {"fr": "Tout effacer", "en": "Clear all"},
    "builtin.clear_value": {"fr": "Effacer", "en": "Clear value"},
    "builtin.open": {"fr": "Ouvrir la liste", "en": "Open"},
    "builtin.remove": {"fr": "Retirer {item}", "en": "Remove {item}"},
    "builtin.selected_values": {"fr": "Choix faits", "en": "Selected values"},
    "builtin.multiselect": {"fr": "Liste à choix multiples", "en": "Multiselect"},
    "builtin.multiselect_options": {"fr": "Choix possibles", "en": "Multiselect options"},
    "builtin.selectbox_options": {"fr": "Choix possibles", "en": "Selectbox options"},
    "builtin.no_results": {"fr": "Aucun résultat", "en": "No results"},
    "builtin.select_all": {"fr": "Tout sélectionner", "en": "Select all"},
    "builtin.select_matches": {"fr": "Sélectionner les {count} résultats", "en": "Select {count} matches"},
    "builtin.add_option": {"fr": "Ajouter : {item}", "en": "Add: {item}"},
    "builtin.show_password": {"fr": "Afficher le mot de passe", "en": "Show password"},
    "builtin.hide_password": {"fr": "Masquer le mot de passe", "en": "Hide password"},
    "builtin.increment": {"fr": "Augmenter", "en": "Increment"},
    "builtin.decrement": {"fr": "Diminuer", "en": "Decrement"},
    "builtin.choose_date": {"fr": "Choisir une date", "en": "Choose date"},
    "builtin.clear_date": {"fr": "Effacer la date", "en": "Clear date"},
    "builtin.previous_month": {"fr": "Mois précédent", "en": "Previous month"},
    "builtin.next_month": {"fr": "Mois suivant", "en": "Next month"},
    "builtin.close": {"fr": "Fermer", "en": "Close"},
    "builtin.main_menu": {"fr": "Menu principal", "en": "Main menu"},
    "builtin.app_pages": {"fr": "Pages du tableau de bord", "en": "App pages"},
    "builtin.sidebar": {"fr": "Menu latéral", "en": "Sidebar"},
    "builtin.collapse_sidebar": {"fr": "Replier le menu latéral", "en": "Collapse sidebar"},
    "builtin.expand_sidebar": {"fr": "Déplier le menu latéral", "en": "Expand sidebar"},
    "builtin.previous_page": {"fr": "Page précédente", "en": "Previous page"},
    "builtin.next_page": {"fr": "Page suivante", "en": "Next page"},
    "builtin.file_upload": {"fr": "Envoi de fichier", "en": "file upload"},
    "builtin.running": {"fr": "Chargement…", "en": "Running..."},
    "builtin.scroll_tabs_left": {"fr": "Onglets précédents", "en": "Scroll tabs left"},
    "builtin.scroll_tabs_right": {"fr": "Onglets suivants", "en": "Scroll tabs right"},
    "builtin.link_to_heading": {"fr": "Lien vers ce titre", "en": "Link to heading"},
    "builtin.help_for": {"fr": "Aide : {label}", "en": "Help for {label}"},
    "builtin.icon": {"fr": "Icône {name}", "en": "{name} icon"},
    "builtin.skip": {"fr": "Aller au contenu principal", "en": "Skip to main content"},
    "builtin.enter_apply": {"fr": "Appuyez sur Entrée pour valider", "en": "Press Enter to apply"},
    "builtin.enter_submit": {
        "fr": "Appuyez sur Entrée pour envoyer le formulaire",
        "en": "Press Enter to submit form",
    },
    "builtin.ctrl_enter_apply": {"fr": "Ctrl+Entrée pour valider", "en": "Press Ctrl+Enter to apply"},
    "builtin.ctrl_enter_submit": {
        "fr": "Ctrl+Entrée pour envoyer le formulaire",
        "en": "Press Ctrl+Enter to submit form",
    },
    "builtin.choose_date_range": {"fr": "Choisir une période", "en": "Choose date range"},
    "builtin.start_date": {"fr": "{label} : date de début", "en": "{label} start date"},
    "builtin.end_date": {"fr": "{label} : date de fin", "en": "{label} end date"},
    "builtin.day": {"fr": "jour, {label}", "en": "day, {label}"},
    "builtin.month": {"fr": "mois, {label}", "en": "month, {label}"},
    "builtin.year": {"fr": "année, {label}", "en": "year, {label}"},
    "builtin.download_csv": {"fr": "Télécharger en CSV", "en": "Download as CSV"},
    "builtin.fullscreen": {"fr": "Plein écran", "en": "Fullscreen"},
    "builtin.close_fullscreen": {"fr": "Quitter le plein écran", "en": "Close fullscreen"},
    "builtin.exit_fullscreen": {"fr": "Quitter le plein écran", "en": "Exit fullscreen"},
    "builtin.search": {"fr": "Rechercher", "en": "Search"},
    "builtin.show_hide_columns": {"fr": "Afficher ou masquer des colonnes", "en": "Show/hide columns"},
}
