"""The Settings page's API key: test a key against the live API before anything is saved, save it only
when the API accepted it (audited by the store's settings table), remove it. The page shows the outcome's
sentence; the key itself never appears in one (only its hint, the last 4 characters).

Here, with the accounts, rather than in `monsms_core.config`: saving writes to the store, and the store
itself depends on config.
"""

from __future__ import annotations

from dataclasses import dataclass

from monsms_core.client import MonSmsClient
from monsms_core.client.errors import MonSmsError
from monsms_core.config import API_KEY_SETTING, key_hint
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from monsms_core.store import Store

# Few retries and a short read timeout: someone is waiting in front of the button.
CHECK_TIMEOUT = (3.05, 10.0)
CHECK_RETRIES = 1


@dataclass(frozen=True)
class KeyCheck:
    """What testing (and perhaps saving) a key gave: the account it opens, or the API's refusal."""

    ok: bool
    account: str = ""
    credit: int = 0
    error: MonSmsError | None = None
    empty: bool = False  # nothing was typed
    save_asked: bool = False
    saved_hint: str = ""  # the saved key's hint ("" when nothing was saved)

    def user_message(self, lang: str | None = "fr") -> str:
        """The outcome as the page shows it: saved or not, then the account or what went wrong."""
        if self.empty:
            return translate("page.settings.key_empty", lang)
        if self.error is not None:
            found = self.error.user_message(lang)
        else:
            credit = format_number(self.credit, lang)
            found = translate("page.settings.key_ok", lang, account=self.account, credit=credit)
        if self.saved_hint:
            return translate("page.settings.key_saved", lang, hint=self.saved_hint) + " " + found
        if self.save_asked:
            return translate("page.settings.key_not_saved", lang) + " " + found
        return found


def check_api_key(api_key: str, *, base_url: str) -> KeyCheck:
    """Call the API with `api_key` and describe the account it opens (nothing is saved)."""
    with MonSmsClient(api_key, base_url=base_url, timeout=CHECK_TIMEOUT, max_retries=CHECK_RETRIES) as client:
        try:
            details = client.user.details()
        except MonSmsError as error:
            return KeyCheck(False, error=error)
    account = details.full_name or details.email_address or "—"
    return KeyCheck(True, account=account, credit=details.available_credit)


def submit_api_key(store: Store, entered: str, *, base_url: str, actor: str, save: bool) -> KeyCheck:
    """Test the key typed on the Settings page and, if `save` and the API accepted it, keep it."""
    api_key = (entered or "").strip()
    if not api_key:
        return KeyCheck(False, empty=True, save_asked=save)
    checked = check_api_key(api_key, base_url=base_url)
    if not save:
        return checked
    if not checked.ok:
        return KeyCheck(False, error=checked.error, save_asked=True)
    store.app_settings.set(API_KEY_SETTING, api_key, actor=actor)
    return KeyCheck(True, checked.account, checked.credit, save_asked=True, saved_hint=key_hint(api_key))


def remove_api_key(store: Store, *, actor: str) -> None:
    """Forget the key saved on the Settings page (the dashboard falls back to the environment's or the
    sandbox)."""
    store.app_settings.set(API_KEY_SETTING, "", actor=actor)
