"""Messages about buying credit by mobile money: packs, payment methods, waiting, outcomes, audit labels."""

MESSAGES: dict[str, dict[str, str]] = {
    "payments.nav": {"fr": "Recharger", "en": "Top up"},
    "payments.title": {"fr": "Recharger le crédit SMS", "en": "Top up SMS credit"},
    "payments.intro": {
        "fr": "Achetez un pack de crédits par mobile money. Le crédit arrive dès que le paiement est "
        "confirmé sur votre téléphone.",
        "en": "Buy a credit pack by mobile money. The credit arrives as soon as the payment is confirmed "
        "on your phone.",
    },
    "payments.link": {"fr": "Recharger", "en": "Top up"},
    "payments.link_low": {"fr": "Recharger maintenant", "en": "Top up now"},
    "payments.inline_title": {"fr": "Recharger sans quitter cet envoi", "en": "Top up without leaving"},
    "payments.preselected": {
        "fr": "Le pack {pack} ({credits} SMS) couvre les {missing} crédits qui manquent à cet envoi.",
        "en": "The {pack} pack ({credits} SMS) covers the {missing} credits this send is missing.",
    },
    "payments.too_big": {
        "fr": "Aucun pack ne couvre à lui seul les {missing} crédits manquants : achetez le plus grand, "
        "puis un autre.",
        "en": "No single pack covers the {missing} missing credits: buy the largest one, then another.",
    },
    "payments.pack.label": {"fr": "Pack", "en": "Pack"},
    "payments.pack.option": {
        "fr": "{pack} — {credits} SMS — {price} ({per_sms} par SMS)",
        "en": "{pack} — {credits} SMS — {price} ({per_sms} per SMS)",
    },
    "payments.method.label": {"fr": "Moyen de paiement", "en": "Payment method"},
    "payments.method.OM_CI": {"fr": "Orange Money", "en": "Orange Money"},
    "payments.method.MTN_CI": {"fr": "MTN MoMo", "en": "MTN MoMo"},
    "payments.method.MOOV_CI": {"fr": "Moov Money", "en": "Moov Money"},
    "payments.method.WAVE_CI": {"fr": "Wave", "en": "Wave"},
    "payments.instructions.OM_CI": {
        "fr": "Sur le téléphone qui paie, composez #144*82# (Orange Money), suivez les étapes, puis "
        "saisissez ici le code à 4 chiffres reçu.",
        "en": "On the paying phone, dial #144*82# (Orange Money), follow the steps, then type here the "
        "4-digit code you receive.",
    },
    "payments.instructions.MTN_CI": {
        "fr": "Après « Payer », une demande s'affiche sur le téléphone MTN : validez-la avec votre code "
        "secret MoMo.",
        "en": "After \"Pay\", a request appears on the MTN phone: approve it with your MoMo PIN.",
    },
    "payments.instructions.MOOV_CI": {
        "fr": "Après « Payer », une demande s'affiche sur le téléphone Moov : validez-la avec votre code "
        "secret Moov Money.",
        "en": "After \"Pay\", a request appears on the Moov phone: approve it with your Moov Money PIN.",
    },
    "payments.instructions.WAVE_CI": {
        "fr": "Après « Payer », ouvrez le lien de paiement Wave (affiché ici) et validez dans l'application "
        "Wave.",
        "en": "After \"Pay\", open the Wave payment link (shown here) and approve in the Wave app.",
    },
    "payments.payer.label": {"fr": "Numéro qui paie", "en": "Paying number"},
    "payments.payer.help": {
        "fr": "Le numéro mobile money qui sera débité, par exemple 07 07 12 34 56.",
        "en": "The mobile money number to be charged, for example 07 07 12 34 56.",
    },
    "payments.code.label": {"fr": "Code Orange Money (4 chiffres)", "en": "Orange Money code (4 digits)"},
    "payments.pay": {"fr": "Payer {price}", "en": "Pay {price}"},
    "payments.wave_link": {"fr": "Ouvrir le lien de paiement Wave", "en": "Open the Wave payment link"},
    "payments.sandbox_hint": {
        "fr": "Bac à sable : aucun argent n'est débité, le paiement est confirmé tout seul après quelques "
        "secondes.",
        "en": "Sandbox: no money is taken; the payment confirms itself after a few seconds.",
    },
    "payments.stop_waiting": {"fr": "Arrêter d'attendre", "en": "Stop waiting"},
    "payments.buy_again": {"fr": "Faire un autre achat", "en": "Make another purchase"},
    "payments.back_to_send": {"fr": "Revenir à l'envoi", "en": "Back to the send"},
    "payments.check_failed": {
        "fr": "Impossible de joindre Mon SMS PRO pour suivre le paiement ; nouvel essai dans un instant.",
        "en": "Cannot reach Mon SMS PRO to follow the payment; trying again in a moment.",
    },
    "payments.recent": {"fr": "Derniers achats", "en": "Recent purchases"},
    "payments.col.date": {"fr": "Date", "en": "Date"},
    "payments.col.pack": {"fr": "Pack", "en": "Pack"},
    "payments.col.method": {"fr": "Moyen", "en": "Method"},
    "payments.col.price": {"fr": "Montant", "en": "Amount"},
    "payments.col.credits": {"fr": "Crédits", "en": "Credits"},
    "payments.col.status": {"fr": "Statut", "en": "Status"},
    "payments.col.by": {"fr": "Par", "en": "By"},
    "payments.status.creating": {"fr": "En cours", "en": "In progress"},
    "payments.status.pending": {"fr": "En attente", "en": "Pending"},
    "payments.status.unknown": {"fr": "À vérifier", "en": "To check"},
    "payments.status.charged": {"fr": "Payé", "en": "Paid"},
    "payments.status.failed": {"fr": "Échoué", "en": "Failed"},
    "payments.status.abandoned": {"fr": "Abandonné", "en": "Abandoned"},
    "payments.no_offers": {
        "fr": "La liste des packs n'a pas pu être lue : réessayez dans un instant.",
        "en": "The list of packs could not be read: try again in a moment.",
    },
    "payments.setting.senders_may_buy": {
        "fr": "Les expéditeurs peuvent acheter du crédit",
        "en": "Senders may buy credit",
    },
    "payments.setting.senders_may_buy_help": {
        "fr": "Sinon, seuls les administrateurs peuvent payer un pack.",
        "en": "Otherwise only administrators can pay for a pack.",
    },
    # Why a purchase cannot start (PaymentError).
    "payments.error.not_allowed": {
        "fr": "Votre rôle ne permet pas d'acheter du crédit : demandez à un administrateur de recharger.",
        "en": "Your role cannot buy credit: ask an administrator to top up.",
    },
    "payments.error.bad_payer": {
        "fr": "Ce numéro n'est pas un numéro mobile valide : saisissez le numéro mobile money qui paie, "
        "par exemple 07 07 12 34 56.",
        "en": "This is not a valid mobile number: type the mobile money number that pays, for example "
        "07 07 12 34 56.",
    },
    "payments.error.bad_code": {
        "fr": "Le code Orange Money a 4 chiffres : composez #144*82# sur le téléphone qui paie et saisissez "
        "le code reçu.",
        "en": "The Orange Money code has 4 digits: dial #144*82# on the paying phone and type the code "
        "you receive.",
    },
    # The waiting screen (PurchaseProgress).
    "payments.state.waiting": {
        "fr": "Paiement de {price} en attente de confirmation sur le téléphone ({credits} SMS).",
        "en": "Payment of {price} waiting for confirmation on the phone ({credits} SMS).",
    },
    "payments.state.late": {
        "fr": "Toujours pas de confirmation après {minutes} min. Vérifiez le téléphone qui paie (demande à "
        "valider, solde, réseau). Si vous avez renoncé, cliquez « Arrêter d'attendre » puis refaites un "
        "achat.",
        "en": "Still no confirmation after {minutes} min. Check the paying phone (request to approve, "
        "balance, network). If you gave up, click \"Stop waiting\" and buy again.",
    },
    "payments.state.checking": {
        "fr": "La réponse de Mon SMS PRO s'est perdue : nous vérifions si le paiement a été créé. Ne payez "
        "pas une deuxième fois.",
        "en": "Mon SMS PRO's answer was lost: we are checking whether the payment was created. Do not pay "
        "a second time.",
    },
    "payments.state.ambiguous": {
        "fr": "Plusieurs paiements semblables ont été trouvés : vérifiez l'historique des transactions "
        "avant de payer à nouveau.",
        "en": "Several similar payments were found: check the transaction history before paying again.",
    },
    "payments.state.charged": {
        "fr": "Paiement confirmé : {credits} SMS ajoutés à votre crédit.",
        "en": "Payment confirmed: {credits} SMS added to your credit.",
    },
    "payments.state.failed": {"fr": "{why}", "en": "{why}"},
    "payments.state.abandoned": {
        "fr": "Vous avez arrêté d'attendre ce paiement. S'il est validé plus tard, le crédit arrivera quand "
        "même.",
        "en": "You stopped waiting for this payment. If it is approved later, the credit will still arrive.",
    },
    # Why a payment failed, one sentence each.
    "payments.failure.PAYMENT_REFUSED": {
        "fr": "Le paiement a été refusé (code erroné ou demande rejetée) : aucun crédit n'a été ajouté, "
        "réessayez avec le bon code ou un autre moyen.",
        "en": "The payment was refused (wrong code or request declined): no credit was added, try again "
        "with the right code or another method.",
    },
    "payments.failure.INSUFFICIENT_FUNDS": {
        "fr": "Le solde mobile money est insuffisant : aucun crédit n'a été ajouté, rechargez le compte "
        "qui paie ou choisissez un pack plus petit.",
        "en": "The mobile money balance is too low: no credit was added, top up the paying account or "
        "choose a smaller pack.",
    },
    "payments.failure.not_created": {
        "fr": "Le paiement n'a pas été créé chez Mon SMS PRO : rien n'a été débité, vous pouvez réessayer.",
        "en": "The payment was not created at Mon SMS PRO: nothing was charged, you can try again.",
    },
    "payments.failure.wallet_failed": {
        "fr": "Le paiement n'a pas abouti chez l'opérateur : aucun crédit n'a été ajouté, réessayez ou "
        "choisissez un autre moyen.",
        "en": "The payment did not go through at the operator: no credit was added, try again or choose "
        "another method.",
    },
    "payments.failure.abandoned": {
        "fr": "Paiement abandonné : aucun crédit n'a été ajouté.",
        "en": "Payment abandoned: no credit was added.",
    },
    "payments.failure.ambiguous": {
        "fr": "Paiement à vérifier dans l'historique des transactions.",
        "en": "Payment to check in the transaction history.",
    },
    "payments.failure.other": {
        "fr": "Mon SMS PRO a refusé ce paiement : aucun crédit n'a été ajouté ; vérifiez le numéro et "
        "réessayez, ou contactez le support.",
        "en": "Mon SMS PRO refused this payment: no credit was added; check the number and try again, or "
        "contact support.",
    },
    # Audit log labels.
    "audit.category.payments": {"fr": "Achats de crédit", "en": "Credit purchases"},
    "audit.action.payment.attempted": {"fr": "Achat de crédit demandé", "en": "Credit purchase asked"},
    "audit.action.payment.created": {"fr": "Paiement créé", "en": "Payment created"},
    "audit.action.payment.unknown": {"fr": "Réponse du paiement perdue", "en": "Payment answer lost"},
    "audit.action.payment.charged": {"fr": "Crédit acheté", "en": "Credit bought"},
    "audit.action.payment.failed": {"fr": "Paiement échoué", "en": "Payment failed"},
    "audit.action.payment.ambiguous": {"fr": "Paiement à vérifier", "en": "Payment to check"},
    "audit.action.payment.abandoned": {"fr": "Paiement abandonné", "en": "Payment abandoned"},
}
