"""Team accounts: roles, password rules and what can go wrong when managing accounts or signing in."""

MESSAGES: dict[str, dict[str, str]] = {
    "accounts.role.admin": {"fr": "Administrateur", "en": "Administrator"},
    "accounts.role.sender": {"fr": "Expéditeur", "en": "Sender"},
    "accounts.role.reviewer": {"fr": "Relecteur", "en": "Reviewer"},
    "accounts.role.viewer": {"fr": "Lecteur", "en": "Viewer"},
    "accounts.role_help.admin": {
        "fr": "Tout faire : envois, contacts, relecture, paramètres et comptes de l'équipe.",
        "en": "Everything: sending, contacts, review, settings and team accounts.",
    },
    "accounts.role_help.sender": {
        "fr": "Envoyer des SMS, gérer les contacts et les groupes.",
        "en": "Send SMS, manage contacts and groups.",
    },
    "accounts.role_help.reviewer": {
        "fr": "Relire et approuver les campagnes, consulter le reste.",
        "en": "Review and approve campaigns, browse the rest.",
    },
    "accounts.role_help.viewer": {
        "fr": "Consulter seulement, sans rien modifier ni envoyer.",
        "en": "Browse only, without changing or sending anything.",
    },
    "accounts.error.invalid_username": {
        "fr": (
            "Identifiant invalide : de 3 à 32 caractères, lettres minuscules sans accent, chiffres, "
            "point, tiret ou tiret bas, en commençant par une lettre ou un chiffre."
        ),
        "en": (
            "Invalid username: 3 to 32 characters, lower-case letters without accents, digits, dot, "
            "hyphen or underscore, starting with a letter or a digit."
        ),
    },
    "accounts.error.display_name_required": {
        "fr": "Indiquez le nom de la personne.",
        "en": "Enter the person's name.",
    },
    "accounts.error.invalid_role": {"fr": "Rôle inconnu : {role}.", "en": "Unknown role: {role}."},
    "accounts.error.invalid_language": {
        "fr": "Langue inconnue : {language}.",
        "en": "Unknown language: {language}.",
    },
    "accounts.error.user_exists": {
        "fr": "L'identifiant « {username} » est déjà pris.",
        "en": "The username “{username}” is already taken.",
    },
    "accounts.error.unknown_user": {
        "fr": "Aucun compte ne porte l'identifiant « {username} ».",
        "en": "No account has the username “{username}”.",
    },
    "accounts.error.first_admin_exists": {
        "fr": "Un administrateur existe déjà : connectez-vous avec votre compte.",
        "en": "An administrator already exists: sign in with your account.",
    },
    "accounts.error.last_admin": {
        "fr": (
            "Impossible : c'est le dernier administrateur actif. Nommez d'abord un autre administrateur, "
            "sinon plus personne ne pourrait gérer les comptes et les paramètres."
        ),
        "en": (
            "Not possible: this is the last active administrator. Make someone else an administrator first, "
            "otherwise nobody could manage accounts and settings any more."
        ),
    },
    "accounts.error.wrong_password": {
        "fr": "Le mot de passe actuel est incorrect.",
        "en": "The current password is incorrect.",
    },
    "accounts.error.same_password": {
        "fr": "Le nouveau mot de passe doit être différent de l'actuel.",
        "en": "The new password must differ from the current one.",
    },
    "accounts.error.weak_password": {
        "fr": "Ce mot de passe ne convient pas.",
        "en": "This password is not acceptable.",
    },
    "accounts.password.too_short": {
        "fr": "Il doit compter au moins {min} caractères.",
        "en": "It must be at least {min} characters long.",
    },
    "accounts.password.too_long": {
        "fr": "Il est trop long (72 octets au plus ; les lettres accentuées comptent double).",
        "en": "It is too long (72 bytes at most; accented letters count double).",
    },
    "accounts.password.spaces_around": {
        "fr": "Il ne doit pas commencer ni finir par une espace.",
        "en": "It must not start or end with a space.",
    },
    "accounts.password.contains_username": {
        "fr": "Il ne doit pas contenir l'identifiant.",
        "en": "It must not contain the username.",
    },
    "accounts.password.too_common": {
        "fr": "Il est trop courant ou trop répétitif.",
        "en": "It is too common or too repetitive.",
    },
    "accounts.password.too_simple": {
        "fr": "Il doit mélanger des lettres et des chiffres (ou des symboles).",
        "en": "It must mix letters and digits (or symbols).",
    },
    "accounts.password.rules": {
        "fr": "Au moins {min} caractères, en mélangeant lettres et chiffres ou symboles.",
        "en": "At least {min} characters, mixing letters with digits or symbols.",
    },
    "accounts.error.passwords_differ": {
        "fr": "Les deux mots de passe saisis ne sont pas identiques.",
        "en": "The two passwords entered do not match.",
    },
    # Command line (python -m monsms_core users ...)
    "cli.users.prompt_password": {"fr": "Mot de passe : ", "en": "Password: "},
    "cli.users.prompt_confirm": {"fr": "Confirmez le mot de passe : ", "en": "Confirm the password: "},
    "cli.users.created": {
        "fr": "Compte « {username} » créé ({role}).",
        "en": "Account “{username}” created ({role}).",
    },
    "cli.users.one_time_password": {
        "fr": (
            "Mot de passe provisoire de « {username} » (affiché une seule fois, à changer à la première "
            "connexion) :"
        ),
        "en": "One-time password for “{username}” (shown only once, to change at first sign-in):",
    },
    "cli.users.role_set": {"fr": "Rôle de « {username} » : {role}.", "en": "Role of “{username}”: {role}."},
    "cli.users.disabled": {"fr": "Compte « {username} » désactivé.", "en": "Account “{username}” disabled."},
    "cli.users.enabled": {"fr": "Compte « {username} » réactivé.", "en": "Account “{username}” enabled."},
    "cli.users.none": {
        "fr": "Aucun compte. Créez le premier avec : python -m monsms_core users add ...",
        "en": "No account. Create the first one with: python -m monsms_core users add ...",
    },
    "cli.users.status_active": {"fr": "actif", "en": "active"},
    "cli.users.status_disabled": {"fr": "désactivé", "en": "disabled"},
    "cli.users.status_must_change": {
        "fr": "actif (mot de passe provisoire)",
        "en": "active (one-time password)",
    },
}
