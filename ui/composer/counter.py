"""The counter under the editor: characters, encoding, SMS parts and room left (measured on the longest
message a recipient will get), the characters that force Unicode, and the one-click GSM replacement
with its before/after and what it saves — or costs."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.compose import describe_char
from monsms_core.composer import (
    CounterView,
    FieldLetters,
    Offer,
    UnicodeChars,
    describe_chars,
    price_replacement,
    unicode_chars,
)
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from ui.composer.editor import current_text, set_text
from ui.composer.pricing import Pricing
from ui.composer.state import memo
from ui.shell.i18n import current_language, tr

ACCENTS_KEY = "composer_replace_accents"


def _chars(chars: tuple[str, ...]) -> str:
    return describe_chars(chars, current_language())


def _replace(original: str, proposed: str) -> None:
    # The click may arrive with a text edited since the offer was drawn (the edit is committed by the same
    # click): then the offer is stale, and applying it would throw the edit away.
    if current_text() != original:
        return
    set_text(proposed, "replace")


def counter(view: CounterView) -> None:
    """The counter line and a gauge of the current SMS part."""
    colour = "green" if view.encoding == "GSM-7" else "orange"
    encoding = tr(
        "composer.counter.encoding_gsm" if view.encoding == "GSM-7" else "composer.counter.encoding_ucs2"
    )
    badges = [
        f":blue-badge[{tr('composer.counter.characters', count=view.characters)}]",
        f":{colour}-badge[{encoding}]",
        f":violet-badge[{tr('composer.counter.parts', count=view.parts)}]",
        f":gray-badge[{tr('composer.counter.remaining', count=view.remaining)}]",
    ]
    st.markdown(" ".join(badges))
    if view.parts:
        st.progress(min(1.0, view.used_in_part / view.part_size))
    if view.personalised:
        st.caption(tr("composer.counter.measured_on_longest"))


def unicode_help(view: CounterView, template: str, pricing: Pricing, letters: FieldLetters) -> None:
    """Name the characters that force Unicode and offer to replace them (never silently), saying what
    each choice really changes for this send; name every non-GSM letter of the recipients' values."""
    lang = current_language()
    if letters.chars:
        key = "composer.advice.from_fields_one" if letters.messages == 1 else "composer.advice.from_fields"
        messages = format_number(letters.messages, lang)
        st.info(tr(key, chars=_chars(letters.chars), messages=messages), icon=":material/person:")
    if not view.unicode_chars:
        return
    chars: UnicodeChars = memo("unicode_chars", template, lambda: unicode_chars(template))
    with st.container(border=True, key="composer_unicode"):
        st.markdown(tr("composer.unicode.title", chars=_chars(view.unicode_chars)))
        st.caption(translate("encoding.explain.ucs2", lang))
        accents = False
        if chars.accents:  # the opt-in is offered only when it would replace something
            st.checkbox(
                tr("composer.unicode.accents"), key=ACCENTS_KEY, help=tr("composer.unicode.accents_help")
            )
            accents = bool(st.session_state.get(ACCENTS_KEY))
            if not accents:
                _accents_hint(template, chars, pricing)
        offer: Offer | None = memo(
            "suggestion",
            (pricing.signature, template, accents),
            lambda: price_replacement(template, pricing.compare, include_accents=accents),
        )
        if offer is not None:
            _offer(offer)
        if chars.no_equivalent:
            st.caption(tr("composer.advice.no_equivalent", chars=_chars(chars.no_equivalent)))


def _accents_hint(template: str, chars: UnicodeChars, pricing: Pricing) -> None:
    # What ticking the box would do, priced like the offer: nothing is replaced before the user says so.
    optin: Offer | None = memo(
        "accents_offer",
        (pricing.signature, template),
        lambda: price_replacement(template, pricing.compare, include_accents=True),
    )
    if optin is None:
        return
    lang = current_language()
    title = tr("composer.advice.accents_title", chars=_chars(chars.accents))
    st.info(f"{title} {optin.sentence(lang, offer=False)}", icon=":material/spellcheck:")


def _offer(offer: Offer) -> None:
    lang = current_language()
    plan = offer.suggestion.replacement
    removed = translate("encoding.removed", lang)
    table = pd.DataFrame(
        {
            tr("composer.unicode.col_char"): [describe_char(r.char, lang) for r in plan.replacements],
            tr("composer.unicode.col_by"): [
                f"« {r.replacement} »" if r.replacement else removed for r in plan.replacements
            ],
            tr("composer.unicode.col_count"): [r.occurrences for r in plan.replacements],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch")
    credits = offer.suggestion.credits_saved
    costs_more = offer.suggestion.costs_more
    sentence = offer.sentence(lang)
    if costs_more:
        st.warning(sentence, icon=":material/trending_up:")
    elif credits > 0 or offer.suggestion.parts_saved > 0:
        st.success(sentence, icon=":material/savings:")
    else:
        st.info(sentence, icon=":material/info:")
    still = plan.after.non_gsm
    if still:
        st.caption(tr("composer.unicode.still_unicode", chars=_chars(still)))
    with st.expander(tr("composer.unicode.before_after")):
        st.markdown(f"**{tr('composer.unicode.before')}**")
        st.code(plan.original, language=None, wrap_lines=True)
        st.markdown(f"**{tr('composer.unicode.after')}**")
        st.code(plan.text, language=None, wrap_lines=True)
    st.button(
        tr("composer.unicode.replace", count=sum(r.occurrences for r in plan.replacements)),
        icon=":material/find_replace:",
        on_click=_replace,
        args=(plan.original, plan.text),
        type="secondary" if costs_more else "primary",
        key="composer_replace",
    )
