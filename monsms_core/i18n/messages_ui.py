"""The dashboard frame: brand, menu, sidebar, sign-in screens, home, settings, team and my account."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # Frame
    "ui.brand": {"fr": "Mon SMS PRO", "en": "Mon SMS PRO"},
    "ui.tagline": {
        "fr": "Vos SMS groupés pour clients, élèves, fidèles et bénévoles.",
        "en": "Bulk SMS for your customers, pupils, congregation and volunteers.",
    },
    "ui.mode.sandbox": {
        "fr": "BAC À SABLE — rien n'est envoyé, rien n'est payé (compte de démonstration)",
        "en": "SANDBOX — nothing is sent, nothing is paid (demo account)",
    },
    "ui.mode.live": {
        "fr": "MODE RÉEL — les SMS partent vraiment et consomment votre crédit",
        "en": "LIVE MODE — SMS are really sent and use your credit",
    },
    "ui.mode.sandbox_short": {"fr": "Bac à sable (démo)", "en": "Sandbox (demo)"},
    "ui.mode.live_short": {"fr": "Mode réel", "en": "Live mode"},
    "ui.credit": {"fr": "Crédit SMS", "en": "SMS credit"},
    "ui.credit_line": {"fr": "Crédit SMS : **{credit}**", "en": "SMS credit: **{credit}**"},
    "ui.credit_low": {
        "fr": "Crédit bas : moins de {threshold} SMS. Pensez à recharger avant votre prochain envoi.",
        "en": "Low credit: under {threshold} SMS. Top up before your next campaign.",
    },
    "ui.language": {"fr": "Langue", "en": "Language"},
    "ui.logout": {"fr": "Se déconnecter", "en": "Sign out"},
    "ui.config_error.title": {"fr": "Configuration à compléter", "en": "Configuration needed"},
    "nav.section.home": {"fr": "Accueil", "en": "Home"},
    "nav.section.send": {"fr": "Envoyer", "en": "Send"},
    "nav.section.contacts": {"fr": "Contacts", "en": "Contacts"},
    "nav.section.campaigns": {"fr": "Campagnes", "en": "Campaigns"},
    "nav.section.admin": {"fr": "Administration", "en": "Administration"},
    # Sign-in screens and access checks
    "auth.login.title": {"fr": "Connexion", "en": "Sign in"},
    "auth.login.submit": {"fr": "Se connecter", "en": "Sign in"},
    "auth.login.forgot": {
        "fr": "Mot de passe oublié ? Demandez à un administrateur de votre équipe de le réinitialiser.",
        "en": "Forgot your password? Ask an administrator of your team to reset it.",
    },
    "auth.username": {"fr": "Identifiant", "en": "Username"},
    "auth.username_help": {
        "fr": "En minuscules, sans espace ni accent, par exemple « awa.kone ».",
        "en": "Lower case, no spaces or accents, for example “awa.kone”.",
    },
    "auth.password": {"fr": "Mot de passe", "en": "Password"},
    "auth.current_password": {"fr": "Mot de passe actuel", "en": "Current password"},
    "auth.new_password": {"fr": "Nouveau mot de passe", "en": "New password"},
    "auth.password_confirm": {"fr": "Confirmez le mot de passe", "en": "Confirm the password"},
    "auth.display_name": {"fr": "Nom complet", "en": "Full name"},
    "auth.email_optional": {"fr": "E-mail (facultatif)", "en": "E-mail (optional)"},
    "auth.fill_both": {
        "fr": "Saisissez votre identifiant et votre mot de passe.",
        "en": "Enter your username and your password.",
    },
    "auth.invalid_credentials": {
        "fr": "Identifiant ou mot de passe incorrect.",
        "en": "Incorrect username or password.",
    },
    "auth.throttled": {
        "fr": (
            "Trop de tentatives de connexion échouées. Par sécurité, réessayez dans {minutes} min "
            "(à partir de {time})."
        ),
        "en": "Too many failed sign-in attempts. For safety, try again in {minutes} min (from {time}).",
    },
    "auth.account_disabled": {
        "fr": "Ce compte est désactivé. Adressez-vous à un administrateur de votre équipe.",
        "en": "This account is disabled. Contact an administrator of your team.",
    },
    "auth.session_revoked": {
        "fr": "Votre mot de passe a changé depuis votre dernière connexion : reconnectez-vous.",
        "en": "Your password changed since you last signed in: please sign in again.",
    },
    "auth.signed_out": {"fr": "Vous êtes déconnecté.", "en": "You are signed out."},
    "auth.passwords_differ": {
        "fr": "Les deux mots de passe saisis ne sont pas identiques.",
        "en": "The two passwords entered do not match.",
    },
    "auth.password_changed": {"fr": "Mot de passe modifié.", "en": "Password changed."},
    "auth.first_admin.title": {
        "fr": "Créer le premier administrateur",
        "en": "Create the first administrator",
    },
    "auth.first_admin.intro": {
        "fr": (
            "Bienvenue ! Aucun compte n'existe encore. Créez le vôtre : vous serez administrateur et pourrez "
            "ensuite ajouter les membres de votre équipe."
        ),
        "en": (
            "Welcome! No account exists yet. Create yours: you will be the administrator and can then add "
            "the members of your team."
        ),
    },
    "auth.first_admin.submit": {
        "fr": "Créer mon compte administrateur",
        "en": "Create my administrator account",
    },
    "auth.first_admin.done": {
        "fr": "Votre compte administrateur est créé. Vous êtes connecté.",
        "en": "Your administrator account is created. You are signed in.",
    },
    "auth.must_change.title": {"fr": "Choisissez votre mot de passe", "en": "Choose your password"},
    "auth.must_change.intro": {
        "fr": (
            "Bonjour {name}, vous vous êtes connecté avec un mot de passe provisoire. Choisissez maintenant "
            "un mot de passe personnel pour continuer."
        ),
        "en": "Hello {name}, you signed in with a one-time password. Choose your own password to continue.",
    },
    "auth.must_change.submit": {"fr": "Enregistrer mon mot de passe", "en": "Save my password"},
    "auth.refused_title": {"fr": "Accès refusé", "en": "Access denied"},
    "auth.sign_in_first": {
        "fr": "Connectez-vous pour ouvrir cette page.",
        "en": "Sign in to open this page.",
    },
    "auth.change_password_first": {
        "fr": "Choisissez d'abord votre mot de passe personnel.",
        "en": "Choose your own password first.",
    },
    "auth.not_allowed": {
        "fr": (
            "Cette page n'est pas accessible avec votre rôle ({role}). Si vous en avez besoin, demandez à "
            "un administrateur de modifier votre rôle."
        ),
        "en": "This page is not available to your role ({role}). If you need it, ask an administrator.",
    },
    # Home
    "page.home.title": {"fr": "Accueil", "en": "Home"},
    "page.home.greeting": {"fr": "Bonjour, {name}", "en": "Hello, {name}"},
    "page.home.action_send": {"fr": "Envoyer un SMS", "en": "Send an SMS"},
    "page.home.action_import": {"fr": "Importer des contacts", "en": "Import contacts"},
    "page.home.contacts": {"fr": "Contacts", "en": "Contacts"},
    "page.home.groups": {"fr": "Groupes", "en": "Groups"},
    "page.home.recent": {"fr": "Dernières campagnes", "en": "Latest campaigns"},
    "page.home.col_name": {"fr": "Campagne", "en": "Campaign"},
    "page.home.col_date": {"fr": "Date", "en": "Date"},
    "page.home.col_type": {"fr": "Type", "en": "Type"},
    "page.home.col_recipients": {"fr": "Destinataires", "en": "Recipients"},
    "page.home.col_state": {"fr": "Distribution", "en": "Delivery"},
    "page.home.type.sms": {"fr": "SMS", "en": "SMS"},
    "page.home.type.flash": {"fr": "Flash", "en": "Flash"},
    "page.home.type.scheduled": {"fr": "Programmée", "en": "Scheduled"},
    "page.home.type.recurring": {"fr": "Récurrente", "en": "Recurring"},
    "page.home.no_campaigns": {
        "fr": "Aucune campagne pour l'instant : vos envois apparaîtront ici avec leur état de distribution.",
        "en": "No campaign yet: your sends will appear here with their delivery state.",
    },
    "page.home.no_contacts": {
        "fr": "Votre carnet est vide : commencez par importer vos contacts depuis un fichier Excel ou CSV.",
        "en": "Your address book is empty: start by importing your contacts from an Excel or CSV file.",
    },
    # Settings
    "page.settings.title": {"fr": "Paramètres", "en": "Settings"},
    "page.settings.api_title": {"fr": "Clé API Mon SMS PRO", "en": "Mon SMS PRO API key"},
    "page.settings.key_none": {
        "fr": (
            "Aucune clé API : le tableau de bord fonctionne sur le bac à sable (sandbox), avec un compte de "
            "démonstration. Saisissez votre clé pour envoyer de vrais SMS."
        ),
        "en": (
            "No API key: the dashboard runs on the sandbox, with a demo account. Enter your key to send "
            "real SMS."
        ),
    },
    "page.settings.key_current": {
        "fr": "Clé API enregistrée : {hint}. Les SMS partent réellement avec ce compte.",
        "en": "API key saved: {hint}. SMS are really sent with this account.",
    },
    "page.settings.key_from_env": {
        "fr": (
            "Clé API définie sur le serveur (variable MONSMS_API_KEY) : {hint}. Elle ne peut être modifiée "
            "que sur le serveur."
        ),
        "en": "API key set on the server (MONSMS_API_KEY variable): {hint}. It can only be changed there.",
    },
    "page.settings.key_label": {"fr": "Nouvelle clé API", "en": "New API key"},
    "page.settings.key_help": {
        "fr": (
            "Votre clé se trouve dans votre espace Mon SMS PRO. Elle est gardée sur le serveur et n'est "
            "jamais réaffichée : seuls ses 4 derniers caractères le sont."
        ),
        "en": (
            "Find your key in your Mon SMS PRO account. It is kept on the server and never shown again: "
            "only its last 4 characters are."
        ),
    },
    "page.settings.key_test": {"fr": "Tester la connexion", "en": "Test the connection"},
    "page.settings.key_save": {"fr": "Tester et enregistrer", "en": "Test and save"},
    "page.settings.key_remove": {
        "fr": "Retirer la clé (revenir au bac à sable)",
        "en": "Remove the key (back to the sandbox)",
    },
    "page.settings.key_empty": {"fr": "Saisissez d'abord une clé API.", "en": "Enter an API key first."},
    "page.settings.key_ok": {
        "fr": "Connexion réussie : compte « {account} », crédit de {credit} SMS.",
        "en": "Connection works: account “{account}”, {credit} SMS of credit.",
    },
    "page.settings.key_saved": {"fr": "Clé {hint} enregistrée.", "en": "Key {hint} saved."},
    "page.settings.key_not_saved": {
        "fr": "Clé non enregistrée :",
        "en": "Key not saved:",
    },
    "page.settings.key_removed": {
        "fr": "Clé retirée : le tableau de bord repasse sur le bac à sable.",
        "en": "Key removed: the dashboard is back on the sandbox.",
    },
    "page.settings.prefs_title": {"fr": "Préférences de l'équipe", "en": "Team preferences"},
    "page.settings.country": {"fr": "Pays par défaut des numéros", "en": "Default country for numbers"},
    "page.settings.country_help": {
        "fr": "Les numéros écrits sans indicatif (par exemple 07 07 12 34 56) sont lus comme de ce pays.",
        "en": "Numbers written without a country code (e.g. 07 07 12 34 56) are read as from this country.",
    },
    "page.settings.sender": {"fr": "Expéditeur par défaut", "en": "Default sender ID"},
    "page.settings.sender_help": {
        "fr": "Le nom affiché comme expéditeur des SMS : 3 à 11 lettres ou chiffres, par exemple MABOUTIQUE.",
        "en": "The name shown as the SMS sender: 3 to 11 letters or digits, for example MYSHOP.",
    },
    "page.settings.sender_invalid": {
        "fr": "L'expéditeur doit compter 3 à 11 caractères : lettres sans accent, chiffres ou espaces.",
        "en": "The sender ID needs 3 to 11 characters: letters without accents, digits or spaces.",
    },
    "page.settings.threshold": {
        "fr": "Seuil d'alerte de crédit (SMS)",
        "en": "Low-credit alert threshold (SMS)",
    },
    "page.settings.threshold_help": {
        "fr": "Un avertissement s'affiche quand le crédit passe sous ce nombre de SMS.",
        "en": "A warning shows when the credit falls below this number of SMS.",
    },
    "page.settings.review": {
        "fr": "Faire relire les campagnes avant envoi",
        "en": "Campaigns need review before sending",
    },
    "page.settings.review_help": {
        "fr": "Un relecteur ou un administrateur doit approuver chaque campagne avant qu'elle parte.",
        "en": "A reviewer or an administrator must approve each campaign before it goes out.",
    },
    "page.settings.saved": {
        "fr": {
            "one": "Préférences enregistrées ({count} modifiée).",
            "other": "Préférences enregistrées ({count} modifiées).",
        },
        "en": {
            "one": "Preferences saved ({count} changed).",
            "other": "Preferences saved ({count} changed).",
        },
    },
    "page.settings.unchanged": {"fr": "Aucune modification à enregistrer.", "en": "Nothing to save."},
    # Team accounts
    "page.team.title": {"fr": "Comptes de l'équipe", "en": "Team accounts"},
    "page.team.intro": {
        "fr": "Chaque membre a son propre compte et un rôle qui décide de ce qu'il peut faire.",
        "en": "Each member has their own account and a role that decides what they can do.",
    },
    "page.team.col_username": {"fr": "Identifiant", "en": "Username"},
    "page.team.col_name": {"fr": "Nom", "en": "Name"},
    "page.team.col_role": {"fr": "Rôle", "en": "Role"},
    "page.team.col_status": {"fr": "État", "en": "Status"},
    "page.team.col_created": {"fr": "Créé le", "en": "Created"},
    "page.team.col_last_login": {"fr": "Dernière connexion", "en": "Last sign-in"},
    "page.team.never": {"fr": "Jamais", "en": "Never"},
    "page.team.status_active": {"fr": "Actif", "en": "Active"},
    "page.team.status_disabled": {"fr": "Désactivé", "en": "Disabled"},
    "page.team.status_must_change": {
        "fr": "Actif (mot de passe provisoire)",
        "en": "Active (one-time password)",
    },
    "page.team.create_title": {"fr": "Ajouter un membre", "en": "Add a member"},
    "page.team.manage_title": {"fr": "Gérer un compte", "en": "Manage an account"},
    "page.team.role": {"fr": "Rôle", "en": "Role"},
    "page.team.create_help": {
        "fr": "Un mot de passe provisoire sera créé et affiché une seule fois : transmettez-le au titulaire.",
        "en": "A one-time password will be created and shown once: pass it on to the person.",
    },
    "page.team.create_submit": {"fr": "Créer le compte", "en": "Create the account"},
    "page.team.one_time_password": {
        "fr": "Mot de passe provisoire de « {username} » (affiché une seule fois) :",
        "en": "One-time password for “{username}” (shown only once):",
    },
    "page.team.one_time_password_help": {
        "fr": "Transmettez-le en personne ou par un canal sûr. Il devra être changé à la première connexion.",
        "en": "Pass it on in person or through a safe channel. It must be changed at the first sign-in.",
    },
    "page.team.pick_user": {"fr": "Compte", "en": "Account"},
    "page.team.target_summary": {
        "fr": "Rôle actuel : **{role}** · État : **{status}**",
        "en": "Current role: **{role}** · Status: **{status}**",
    },
    "page.team.confirm_reset": {
        "fr": "Le mot de passe actuel de « {username} » cessera de fonctionner et ses sessions ouvertes "
        "seront fermées. Un mot de passe provisoire vous sera affiché.",
        "en": "The current password of “{username}” will stop working and their open sessions will end. "
        "A one-time password will be shown to you.",
    },
    "page.team.confirm_disable": {
        "fr": "« {username} » ne pourra plus se connecter et sera déconnecté dès sa prochaine action.",
        "en": "“{username}” will no longer be able to sign in and is signed out at their next action.",
    },
    "page.team.change_role": {"fr": "Changer le rôle", "en": "Change role"},
    "page.team.reset_password": {"fr": "Réinitialiser le mot de passe", "en": "Reset password"},
    "page.team.disable": {"fr": "Désactiver le compte", "en": "Disable account"},
    "page.team.enable": {"fr": "Réactiver le compte", "en": "Enable account"},
    "page.team.done.role": {"fr": "Rôle de « {username} » modifié.", "en": "Role of “{username}” changed."},
    "page.team.done.disabled": {
        "fr": "Compte « {username} » désactivé : la personne est déconnectée dès sa prochaine action.",
        "en": "Account “{username}” disabled: the person is signed out at their next action.",
    },
    "page.team.done.enabled": {
        "fr": "Compte « {username} » réactivé.",
        "en": "Account “{username}” enabled.",
    },
    # My account
    "page.my_account.title": {"fr": "Mon compte", "en": "My account"},
    "page.my_account.summary": {
        "fr": "**{name}** · identifiant `{username}` · rôle **{role}**",
        "en": "**{name}** · username `{username}` · role **{role}**",
    },
    "page.my_account.language_title": {"fr": "Langue de l'interface", "en": "Interface language"},
    "page.my_account.password_title": {"fr": "Changer mon mot de passe", "en": "Change my password"},
    "page.my_account.password_submit": {"fr": "Changer le mot de passe", "en": "Change password"},
}
