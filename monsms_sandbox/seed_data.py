"""The vocabulary of the demo account: a cosmetics shop in Adjamé (Abidjan) and its customers."""

from __future__ import annotations

ACCOUNT = {
    "full_name": "Boutique Awa Cosmétiques",
    "email": "contact@awa-cosmetiques.ci",
    "phone": "2250707458213",
}

LAST_NAMES = (
    "Koné",
    "Kouassi",
    "Traoré",
    "Yao",
    "Bamba",
    "Ouattara",
    "Coulibaly",
    "N'Guessan",
    "Konan",
    "Diabaté",
    "Kouamé",
    "Touré",
    "Cissé",
    "Diallo",
    "Sangaré",
    "Koffi",
    "Aka",
    "Brou",
    "Tanoh",
    "Assi",
    "Dosso",
    "Fofana",
    "Kra",
    "Ehui",
    "Amani",
    "Séri",
    "Gnahoré",
    "Zadi",
    "Yapi",
    "Kacou",
    "Boka",
    "Méité",
)
FEMALE_FIRST_NAMES = (
    "Aya",
    "Adjoua",
    "Affoué",
    "Mariam",
    "Fatou",
    "Akissi",
    "Amenan",
    "Ahou",
    "Awa",
    "Aminata",
    "Salimata",
    "Nadège",
    "Christelle",
    "Estelle",
    "Grâce",
    "Mireille",
    "Bintou",
    "Rokia",
    "Aïcha",
    "Clarisse",
    "Prisca",
    "Sandrine",
    "Adjoba",
    "Tatiana",
)
MALE_FIRST_NAMES = (
    "Kouadio",
    "Yao",
    "Koffi",
    "Seydou",
    "Ibrahim",
    "Kouamé",
    "Konan",
    "Moussa",
    "Drissa",
    "Lassina",
    "Arsène",
    "Serge",
    "Hervé",
    "Didier",
    "Jean-Marc",
    "Franck",
    "Ange",
    "Stéphane",
    "Abdoulaye",
    "Souleymane",
    "Bakary",
    "Yannick",
)

# name, description, status, created days ago
SENDERS = (
    ("AWASHOP", "Nom principal de la boutique", "ACCEPTED", 88),
    ("PROMO", "Promotions et soldes", "ACCEPTED", 80),
    ("AWABEAUTE", "Nouvelle ligne de produits", "PENDING", 3),
)

# name, description, members (taken from the women-heavy customer base as drawn)
GROUPS = (
    ("Clientes fidèles", "Clientes qui achètent au moins une fois par mois", 70),
    ("Grossistes Adjamé", "Revendeurs du marché d'Adjamé", 25),
    ("Personnel", "Vendeuses et livreurs de la boutique", 8),
    ("Prospects Yopougon", "Contacts recueillis au salon de Yopougon", 80),
)

TEMPLATES = (
    "Rappel : votre commande est prête. Passez la récupérer à la boutique avant samedi 18h. "
    "Merci de votre fidélité !",
    "Chère cliente, profitez de -15% sur les soins du visage cette semaine chez Awa Cosmétiques, "
    "Adjamé 220 Logements.",
)

# text, campaign name, target group indexes, type, sender
CAMPAIGN_MODELS = (
    (
        "Chère cliente, -20% sur toute la gamme karité ce week-end chez Awa Cosmétiques, Adjamé 220 "
        "Logements. À très vite !",
        "Promo karité",
        (0,),
        "SMS",
        "PROMO",
    ),
    (
        "Nouvel arrivage : crèmes, savons et huiles naturelles. Passez nous voir à Adjamé ou commandez au "
        "0707458213.",
        "Nouvel arrivage",
        (0, 3),
        "SMS",
        "AWASHOP",
    ),
    (
        "Grossistes : nouveaux tarifs par carton disponibles dès lundi. "
        "Appelez-nous pour réserver votre stock.",
        "Tarifs grossistes",
        (1,),
        "SMS",
        "AWASHOP",
    ),
    (
        "Réunion du personnel lundi 8h à la boutique. Présence obligatoire, merci.",
        "Réunion équipe",
        (2,),
        "SMS",
        None,
    ),
    (
        "PROMO FLASH : 2 pots de beurre de karité achetés = 1 offert, aujourd'hui seulement !",
        "Flash karité",
        (0,),
        "FLASH",
        "PROMO",
    ),
    (
        "Yopougon ! Awa Cosmétiques vous offre la livraison gratuite cette semaine dès 10 000 F d'achat. "
        "Commandez au 0707458213.",
        "Livraison Yopougon",
        (3,),
        "SMS",
        "PROMO",
    ),
    (
        "Fête des mères : coffrets cadeaux à partir de 5 000 F. Réservez le vôtre dès maintenant en boutique "
        "ou par SMS.",
        "Fête des mères",
        (0, 3),
        "SMS",
        "AWASHOP",
    ),
    (
        "Bonne fête de Tabaski à vous et à votre famille ! Toute l'équipe Awa Cosmétiques vous remercie pour "
        "votre confiance.",
        "Tabaski",
        (0, 1),
        "SMS",
        "AWASHOP",
    ),
    (
        "Chers partenaires grossistes, la boutique sera fermée samedi pour inventaire. Les commandes "
        "reprennent lundi dès 8h. Pensez à passer vos commandes de la semaine prochaine avant vendredi "
        "midi pour être livrés à temps. Merci !",
        "Inventaire",
        (1,),
        "SMS",
        "AWASHOP",
    ),
)

SCHEDULED_MODEL = (
    "Soldes de fin de mois : jusqu'à -30% sur les parfums et les tissages, samedi et dimanche seulement !",
    "Soldes fin de mois",
    (0, 3),
    "SCHEDULED",
    "PROMO",
)
RECURRING_MODEL = (
    "Bonjour l'équipe, bonne semaine ! Point des ventes à 8h30 avant l'ouverture.",
    "Point du lundi",
    (2,),
    "RECURRING",
    None,
)
RECURRING_SPEC = {
    "enabled": True,
    "monday": "08:00",
    "tuesday": None,
    "wednesday": None,
    "thursday": None,
    "friday": None,
    "saturday": None,
    "sunday": None,
}

# offer, credit, payment method, status, days ago
RECHARGES = (
    ("DIAMANT", 25_000, "OM_CI", "CHARGED", 75),
    ("BRONZE", 2_000, "WAVE_CI", "FAILED", 40),
    ("BRONZE", 2_000, "MTN_CI", "CHARGED", 39),
)
