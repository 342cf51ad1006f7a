"""The HTML bodies of the `http_500` and `html` faults: what a broken proxy or a captive portal sends."""

from __future__ import annotations

SERVER_ERROR_PAGE = b"""<!DOCTYPE html>
<html><head><title>500 Internal Server Error</title></head>
<body><center><h1>500 Internal Server Error</h1></center><hr><center>nginx</center></body></html>
"""

CAPTIVE_PORTAL_PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Connexion Wi-Fi</title></head>
<body><h1>Bienvenue sur le Wi-Fi</h1>
<p>Veuillez accepter les conditions d'utilisation pour accéder à Internet.</p>
<form method="post" action="/login"><button type="submit">J'accepte</button></form>
</body></html>
""".encode()


def checkout_page(status: str | None) -> bytes:
    """The sandbox's Wave checkout page, after the payer "approved" (no money moves in the sandbox)."""
    if status is None:
        text = "Lien de paiement inconnu. / Unknown payment link."
    elif status == "CHARGED":
        text = "Paiement Wave approuvé (sandbox). Vous pouvez revenir au tableau de bord."
    else:
        text = "Paiement Wave refusé (sandbox). Revenez au tableau de bord pour réessayer."
    return (
        "<!doctype html><html lang=fr><meta charset=utf-8><title>Wave (sandbox)</title>"
        f"<body style='font-family:sans-serif;margin:3em'><h1>Wave — sandbox</h1><p>{text}</p></body></html>"
    ).encode()
