"""Sessions, known devices, lockouts and the first-run setup code (issue 14)."""

MESSAGES: dict[str, dict[str, str]] = {
    "accounts.error.setup_code_wrong": {
        "fr": (
            "Code de configuration incorrect. Recopiez le code affiché dans la console du serveur au "
            "démarrage (il est aussi dans le fichier setup_code du dossier de données)."
        ),
        "en": (
            "Wrong setup code. Copy the code shown on the server's console at start-up (it is also in the "
            "setup_code file of the data folder)."
        ),
    },
    "auth.throttled_seconds": {
        "fr": "Plusieurs tentatives ont échoué. Par sécurité, patientez {seconds} s avant de réessayer.",
        "en": "Several attempts failed. For safety, wait {seconds} s before trying again.",
    },
    "auth.session_ended": {
        "fr": (
            "Cette session a été fermée (déconnexion, mot de passe changé ou « déconnexion de tous les "
            "appareils ») : reconnectez-vous."
        ),
        "en": (
            "This session was ended (signed out, password changed or “sign out of all devices”): please "
            "sign in again."
        ),
    },
    "auth.setup_code": {"fr": "Code de configuration", "en": "Setup code"},
    "auth.setup_code_help": {
        "fr": (
            "Pour que seul le responsable du serveur puisse créer l'administrateur : le code est affiché "
            "dans la console du serveur et écrit dans le fichier {path}."
        ),
        "en": (
            "So that only whoever runs the server can create the administrator: the code is shown on the "
            "server's console and written to the file {path}."
        ),
    },
    "auth.setup_code_skipped": {
        "fr": (
            "Mode bac à sable sur cette machine seulement (adresse locale) : aucun code de configuration "
            "n'est demandé."
        ),
        "en": "Sandbox mode on this machine only (loopback address): no setup code is asked for.",
    },
    "auth.setup_code_console": {
        "fr": "Code de configuration du premier administrateur : {code} (aussi dans {path})",
        "en": "Setup code for the first administrator: {code} (also in {path})",
    },
    "audit.action.login.locked": {"fr": "Connexion verrouillée", "en": "Sign-in locked out"},
    "audit.action.user.unlocked": {"fr": "Compte déverrouillé", "en": "Account unlocked"},
    "audit.action.user.sessions_ended": {
        "fr": "Déconnexion de tous les appareils",
        "en": "Signed out of all devices",
    },
    "page.team.status_locked": {"fr": "Verrouillé jusqu'à {time}", "en": "Locked until {time}"},
    "page.team.unlock": {"fr": "Déverrouiller", "en": "Unlock"},
    "page.team.done.unlocked": {
        "fr": "Compte « {username} » déverrouillé : il peut de nouveau se connecter.",
        "en": "Account “{username}” unlocked: it can sign in again.",
    },
    "page.my_account.sessions_title": {"fr": "Appareils connectés", "en": "Signed-in devices"},
    "page.my_account.sessions_device": {"fr": "Appareil", "en": "Device"},
    "page.my_account.sessions_since": {"fr": "Connecté le", "en": "Signed in"},
    "page.my_account.sessions_last_seen": {"fr": "Dernière activité", "en": "Last seen"},
    "page.my_account.sessions_this": {"fr": "{device} (cet appareil)", "en": "{device} (this device)"},
    "page.my_account.sign_out_everywhere": {
        "fr": "Se déconnecter de tous les appareils",
        "en": "Sign out of all devices",
    },
    "cli.users.unlocked": {
        "fr": "Compte « {username} » déverrouillé.",
        "en": "Account “{username}” unlocked.",
    },
    "cli.users.was_not_locked": {
        "fr": "Compte « {username} » : il n'était pas verrouillé ; ses échecs de connexion sont oubliés.",
        "en": "Account “{username}”: it was not locked out; its failed sign-ins are forgotten.",
    },
}
