"""Configuration and storage messages: what is wrong with the setup and what to do about it."""

MESSAGES: dict[str, dict[str, str]] = {
    "store.config.cookie_key_missing": {
        "fr": (
            "Le mode réel (clé API configurée) exige une clé secrète pour signer les cookies de connexion. "
            "Définissez la variable MONSMS_COOKIE_KEY (ou monsms_cookie_key dans .streamlit/secrets.toml) "
            "avec une valeur aléatoire d'au moins 32 caractères, générée par exemple avec : {command}"
        ),
        "en": (
            "Live mode (an API key is configured) needs a secret key to sign login cookies. "
            "Set the MONSMS_COOKIE_KEY variable (or monsms_cookie_key in .streamlit/secrets.toml) "
            "to a random value of at least 32 characters, generated for example with: {command}"
        ),
    },
    "store.config.cookie_key_short": {
        "fr": (
            "La clé MONSMS_COOKIE_KEY ne compte que {length} caractères : il en faut au moins {minimum}. "
            "Remplacez-la par une valeur aléatoire, générée par exemple avec : {command}"
        ),
        "en": (
            "MONSMS_COOKIE_KEY is only {length} characters long: it needs at least {minimum}. "
            "Replace it with a random value, generated for example with: {command}"
        ),
    },
    "store.config.cookie_key_default": {
        "fr": (
            "La clé MONSMS_COOKIE_KEY est une valeur d'exemple connue de tous : n'importe qui pourrait "
            "fabriquer un cookie de connexion. Remplacez-la par une valeur aléatoire, générée par exemple "
            "avec : {command}"
        ),
        "en": (
            "MONSMS_COOKIE_KEY is a well-known sample value: anyone could forge a login cookie. "
            "Replace it with a random value, generated for example with: {command}"
        ),
    },
    "store.config.cookie_key_file_invalid": {
        "fr": (
            "Le fichier de clé {path} ne contient pas une clé utilisable. Supprimez-le pour qu'une "
            "nouvelle clé soit créée au prochain démarrage, ou définissez MONSMS_COOKIE_KEY "
            "(générée avec : {command})."
        ),
        "en": (
            "The key file {path} does not hold a usable key. Delete it so that a new key is created at the "
            "next start, or set MONSMS_COOKIE_KEY (generated with: {command})."
        ),
    },
    "store.config.data_dir_unwritable": {
        "fr": (
            "Impossible d'écrire dans le dossier de données {path}. Vérifiez ses droits d'accès, "
            "ou choisissez un autre dossier avec la variable MONSMS_DATA_DIR."
        ),
        "en": (
            "Cannot write to the data folder {path}. Check its permissions, or choose another folder with "
            "the MONSMS_DATA_DIR variable."
        ),
    },
    "store.config.database_url_invalid": {
        "fr": (
            "L'adresse de base de données MONSMS_DATABASE_URL n'est pas valide ({url}). Exemples : "
            "sqlite:////chemin/vers/monsms.db ou postgresql+psycopg://utilisateur:motdepasse@serveur/base"
        ),
        "en": (
            "The database address MONSMS_DATABASE_URL is not valid ({url}). Examples: "
            "sqlite:////path/to/monsms.db or postgresql+psycopg://user:password@host/database"
        ),
    },
    "store.config.database_unreachable": {
        "fr": (
            "Impossible d'ouvrir la base de données {url}. Vérifiez que le serveur est démarré et que "
            "l'adresse MONSMS_DATABASE_URL (serveur, port, nom d'utilisateur, mot de passe) est correcte."
        ),
        "en": (
            "Cannot open the database {url}. Check that the server is running and that MONSMS_DATABASE_URL "
            "(host, port, user name, password) is correct."
        ),
    },
    "store.config.schema_too_new": {
        "fr": (
            "La base de données a été mise à jour par une version plus récente du tableau de bord "
            "(schéma {found}, cette version connaît le schéma {known}). Installez la version la plus "
            "récente du tableau de bord avant de la relancer."
        ),
        "en": (
            "The database was upgraded by a newer version of the dashboard (schema {found}; this version "
            "knows schema {known}). Install the latest version of the dashboard before starting it again."
        ),
    },
    "store.error.user_exists": {
        "fr": "Le nom d'utilisateur « {username} » est déjà pris. Choisissez-en un autre.",
        "en": "The user name “{username}” is already taken. Choose another one.",
    },
    "store.error.first_admin_exists": {
        "fr": "Un administrateur a déjà été créé. Connectez-vous avec son compte.",
        "en": "An administrator has already been created. Log in with that account.",
    },
    "store.error.unknown_user": {
        "fr": "Aucun utilisateur ne porte le nom « {username} ».",
        "en": "There is no user named “{username}”.",
    },
    "store.error.invalid_username": {
        "fr": "Le nom d'utilisateur ne peut pas être vide.",
        "en": "The user name cannot be empty.",
    },
}
