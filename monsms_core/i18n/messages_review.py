"""Review (four-eyes approval) messages: why an action cannot be done, its outcome, the queue page."""

from monsms_core.i18n.plurals import Message

MESSAGES: dict[str, dict[str, Message]] = {
    # Why a review action cannot be done, and what to do instead.
    "review.error.not_found": {
        "fr": "Cet envoi à valider est introuvable. Rechargez la page.",
        "en": "This send awaiting review cannot be found. Reload the page.",
    },
    "review.error.not_allowed": {
        "fr": "Seuls les Relecteurs et les Administrateurs peuvent valider, refuser ou renvoyer un envoi.",
        "en": "Only Reviewers and Administrators can approve, reject or return a send.",
    },
    "review.error.own_submission": {
        "fr": "Vous ne pouvez pas approuver votre propre envoi : demandez à un Relecteur de le faire.",
        "en": "You cannot approve your own send: ask a Reviewer to do it.",
    },
    "review.error.override_reason_required": {
        "fr": (
            "Pour approuver votre propre envoi, indiquez la raison de cette exception : "
            "elle sera inscrite au journal d'audit."
        ),
        "en": (
            "To approve your own send, give the reason for this exception: "
            "it will be written to the audit log."
        ),
    },
    "review.error.changed": {
        "fr": (
            "Le contenu de cet envoi a changé depuis que vous l'avez ouvert. "
            "Relisez la nouvelle version avant de décider."
        ),
        "en": "The content of this send changed since you opened it. Read the new version before deciding.",
    },
    "review.error.already_approved": {
        "fr": "Cet envoi a déjà été approuvé par {by} : il n'y a plus rien à faire.",
        "en": "This send was already approved by {by}: there is nothing left to do.",
    },
    "review.error.already_rejected": {
        "fr": "Cet envoi a déjà été refusé par {by}.",
        "en": "This send was already rejected by {by}.",
    },
    "review.error.already_returned": {
        "fr": "Cet envoi a déjà été renvoyé pour correction par {by}.",
        "en": "This send was already returned for edits by {by}.",
    },
    "review.error.not_waiting": {
        "fr": "Cet envoi n'attend plus de décision. Rechargez la page.",
        "en": "This send no longer awaits a decision. Reload the page.",
    },
    "review.error.schedule_passed": {
        "fr": (
            "L'heure d'envoi prévue est déjà passée : choisissez une nouvelle date et heure, puis approuvez."
        ),
        "en": "The planned sending time has passed: choose a new date and time, then approve.",
    },
    "review.error.new_schedule_in_past": {
        "fr": "La nouvelle date d'envoi doit être dans le futur.",
        "en": "The new sending date must be in the future.",
    },
    "review.error.plan_blocked": {
        "fr": "Cet envoi ne peut pas partir tel quel : {reasons} Renvoyez-le à son auteur pour correction.",
        "en": "This send cannot go out as it is: {reasons} Return it to its author for edits.",
    },
    "review.error.plan_invalid": {
        "fr": "Le contenu enregistré de cet envoi est illisible ou a été modifié : renvoyez-le à son auteur.",
        "en": "The stored content of this send is unreadable or was altered: return it to its author.",
    },
    "review.error.not_approved": {
        "fr": "Cet envoi n'est pas approuvé : il ne peut pas partir.",
        "en": "This send is not approved: it cannot go out.",
    },
    "review.error.approval_void": {
        "fr": (
            "Le contenu a changé après l'approbation : l'approbation est annulée et rien n'a été envoyé. "
            "L'envoi attend une nouvelle relecture."
        ),
        "en": (
            "The content changed after approval: the approval is void and nothing was sent. "
            "The send awaits a new review."
        ),
    },
    "review.error.reason_required": {
        "fr": "Indiquez la raison du refus : l'auteur la verra.",
        "en": "Give the reason for rejecting: the author will see it.",
    },
    "review.error.comment_required": {
        "fr": "Écrivez ce qu'il faut corriger : l'auteur verra votre commentaire.",
        "en": "Write what needs changing: the author will see your comment.",
    },
    "review.error.not_author": {
        "fr": "Seul l'auteur de l'envoi peut le modifier et le soumettre à nouveau.",
        "en": "Only the author of the send can edit and resubmit it.",
    },
    "review.error.not_editable": {
        "fr": "Un envoi refusé ne peut plus être modifié : préparez un nouvel envoi.",
        "en": "A rejected send can no longer be edited: prepare a new send.",
    },
    "review.error.too_late": {
        "fr": "Trop tard pour modifier : l'envoi approuvé est déjà parti ou en cours d'envoi.",
        "en": "Too late to edit: the approved send has already gone out or is being sent.",
    },
    # Outcomes.
    "review.done.approved": {"fr": "Approuvée.", "en": "Approved."},
    "review.done.rejected": {
        "fr": "Envoi refusé : l'auteur verra la raison.",
        "en": "Send rejected: the author will see the reason.",
    },
    "review.done.returned": {
        "fr": "Envoi renvoyé à son auteur avec votre commentaire.",
        "en": "Send returned to its author with your comment.",
    },
    "review.done.submitted": {
        "fr": "Envoi soumis pour validation : un Relecteur doit l'approuver avant qu'il parte.",
        "en": "Send submitted for review: a Reviewer must approve it before it goes out.",
    },
    # Menu and sidebar
    "review.nav": {"fr": "Envois à valider", "en": "Sends to review"},
    "review.badge": {
        "fr": {"one": "{count} envoi à valider", "other": "{count} envois à valider"},
        "en": {"one": "{count} send to review", "other": "{count} sends to review"},
    },
    # States
    "review.status.submitted": {"fr": "En attente de validation", "en": "Awaiting review"},
    "review.status.approved": {"fr": "Approuvé", "en": "Approved"},
    "review.status.rejected": {"fr": "Refusé", "en": "Rejected"},
    "review.status.returned": {"fr": "Renvoyé pour correction", "en": "Returned for edits"},
    "review.outbox.pending": {"fr": "En file d'envoi", "en": "Queued"},
    "review.outbox.sending": {"fr": "Envoi en cours", "en": "Sending"},
    "review.outbox.sent": {"fr": "Envoyé", "en": "Sent"},
    "review.outbox.failed": {"fr": "Échec de l'envoi", "en": "Send failed"},
    "review.outbox.unknown": {"fr": "Résultat à vérifier", "en": "Outcome to check"},
    # Facts of a send
    "review.unnamed": {"fr": "Envoi sans nom", "en": "Untitled send"},
    "review.summary": {
        "fr": "{recipients} · {credits} · {campaigns}",
        "en": "{recipients} · {credits} · {campaigns}",
    },
    "review.summary.recipients": {
        "fr": {"one": "{count} destinataire", "other": "{count} destinataires"},
        "en": {"one": "{count} recipient", "other": "{count} recipients"},
    },
    "review.summary.credits": {
        "fr": {"one": "{count} crédit", "other": "{count} crédits"},
        "en": {"one": "{count} credit", "other": "{count} credits"},
    },
    "review.summary.campaigns": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    "review.schedule.now": {"fr": "Dès l'approbation", "en": "As soon as approved"},
    "review.schedule.once": {"fr": "Programmé le {when}", "en": "Scheduled on {when}"},
    "review.schedule.weekly": {
        "fr": "Chaque semaine ({days}) à {time}",
        "en": "Every week ({days}) at {time}",
    },
    "review.weekday.monday": {"fr": "lundi", "en": "Monday"},
    "review.weekday.tuesday": {"fr": "mardi", "en": "Tuesday"},
    "review.weekday.wednesday": {"fr": "mercredi", "en": "Wednesday"},
    "review.weekday.thursday": {"fr": "jeudi", "en": "Thursday"},
    "review.weekday.friday": {"fr": "vendredi", "en": "Friday"},
    "review.weekday.saturday": {"fr": "samedi", "en": "Saturday"},
    "review.weekday.sunday": {"fr": "dimanche", "en": "Sunday"},
    # Queue page
    "review.queue.title": {"fr": "Envois à valider", "en": "Sends to review"},
    "review.queue.not_required": {
        "fr": (
            "La validation des envois n'est pas exigée en ce moment (voir Paramètres) : "
            "les Expéditeurs envoient directement. Les envois déjà soumis restent à traiter ici."
        ),
        "en": (
            "Review of sends is not required at the moment (see Settings): Senders send directly. "
            "Sends already submitted still wait here."
        ),
    },
    "review.queue.empty": {"fr": "Aucun envoi n'attend de validation.", "en": "No send awaits review."},
    "review.queue.count": {
        "fr": {
            "one": "{count} envoi en attente.",
            "other": "{count} envois en attente, du plus ancien au plus récent.",
        },
        "en": {"one": "{count} send waiting.", "other": "{count} sends waiting, oldest first."},
    },
    "review.queue.submitted_by": {
        "fr": "Préparé par {author} · soumis le {when} · version {revision}",
        "en": "Prepared by {author} · submitted on {when} · version {revision}",
    },
    "review.queue.cost": {"fr": "Destinataires et coût", "en": "Recipients and cost"},
    "review.queue.when": {"fr": "Quand", "en": "When"},
    "review.queue.sender": {"fr": "Expéditeur et type", "en": "Sender and type"},
    "review.queue.last_comment": {
        "fr": "Dernier commentaire de {by} : {note}",
        "en": "Last comment from {by}: {note}",
    },
    "review.queue.examples": {
        "fr": "Exemples de textes personnalisés ({count} textes différents)",
        "en": "Examples of personalised texts ({count} distinct texts)",
    },
    "review.queue.recipients": {
        "fr": {"one": "Voir {count} numéro", "other": "Voir les {count} numéros"},
        "en": {"one": "See the {count} number", "other": "See the {count} numbers"},
    },
    "review.queue.more_recipients": {
        "fr": {"one": "… et {count} autre.", "other": "… et {count} autres."},
        "en": {"one": "… and {count} more.", "other": "… and {count} more."},
    },
    "review.queue.schedule_passed": {
        "fr": "L'heure prévue pour cet envoi est passée : choisissez une nouvelle date avant d'approuver.",
        "en": "The time planned for this send has passed: choose a new date before approving.",
    },
    "review.queue.own_admin": {
        "fr": (
            "C'est votre propre envoi. En tant qu'Administrateur, vous pouvez l'approuver vous-même "
            "en indiquant pourquoi : ce sera inscrit au journal d'audit."
        ),
        "en": (
            "This is your own send. As an Administrator you may approve it yourself by saying why: "
            "it will be written to the audit log."
        ),
    },
    "review.queue.override_reason": {"fr": "Raison de l'exception", "en": "Reason for the exception"},
    "review.queue.comment": {"fr": "Commentaire pour l'auteur", "en": "Comment for the author"},
    "review.queue.comment_placeholder": {
        "fr": "Obligatoire pour renvoyer ou refuser : ce qu'il faut corriger, ou pourquoi c'est refusé.",
        "en": "Required to return or reject: what to change, or why it is rejected.",
    },
    "review.queue.approve": {"fr": "Approuver et envoyer", "en": "Approve and send"},
    "review.queue.override": {"fr": "Approuver quand même", "en": "Approve anyway"},
    "review.queue.return": {"fr": "Renvoyer pour correction", "en": "Return for edits"},
    "review.queue.reject": {"fr": "Refuser", "en": "Reject"},
    "review.queue.sending_in_background": {
        "fr": "Approuvé. L'envoi se poursuit en arrière-plan : sa progression s'affiche ci-dessus.",
        "en": "Approved. The send continues in the background: its progress shows above.",
    },
    "review.queue.progress": {
        "fr": "Envoi « {name} » : {done} sur {total}",
        "en": "Sending “{name}”: {done} out of {total}",
    },
    "review.queue.progress.done": {
        "fr": {"one": "{count} campagne", "other": "{count} campagnes"},
        "en": {"one": "{count} campaign", "other": "{count} campaigns"},
    },
    # History
    "review.history.title": {"fr": "Décisions récentes", "en": "Recent decisions"},
    "review.history.empty": {"fr": "Aucune décision pour l'instant.", "en": "No decisions yet."},
    "review.history.col.when": {"fr": "Date", "en": "Date"},
    "review.history.col.name": {"fr": "Envoi", "en": "Send"},
    "review.history.col.author": {"fr": "Auteur", "en": "Author"},
    "review.history.col.decision": {"fr": "Décision", "en": "Decision"},
    "review.history.col.by": {"fr": "Par", "en": "By"},
    "review.history.col.note": {"fr": "Commentaire", "en": "Comment"},
    "review.history.col.send": {"fr": "Envoi effectif", "en": "Actual send"},
    # An author's own submissions (campaigns page)
    "review.mine.title": {
        "fr": "Vos envois en attente de validation ({count})",
        "en": "Your sends awaiting review ({count})",
    },
    "review.mine.waiting": {
        "fr": "**{name}** — soumis le {when}, en attente d'un Relecteur. {summary}",
        "en": "**{name}** — submitted on {when}, waiting for a Reviewer. {summary}",
    },
    "review.mine.returned": {
        "fr": "**{name}** — renvoyé pour correction par {by}. {summary}",
        "en": "**{name}** — returned for edits by {by}. {summary}",
    },
    "review.mine.edit": {"fr": "Corriger et soumettre à nouveau", "en": "Edit and resubmit"},
}
