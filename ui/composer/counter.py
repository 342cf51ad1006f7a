"""The counter under the editor: characters, encoding, SMS parts and room left (measured on the longest
message a recipient will get), the characters that force Unicode, and the one-click GSM replacement
with its before/after and what it saves — or costs."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from monsms_core.compose import describe_char
from monsms_core.composer import CounterView, Measure, Suggestion, suggest
from monsms_core.i18n import translate
from monsms_core.i18n.formatting import format_number
from ui.composer.editor import current_text, set_text
from ui.composer.state import memo
from ui.shell.i18n import current_language, tr

ACCENTS_KEY = "composer_replace_accents"


def _chars(chars: tuple[str, ...]) -> str:
    lang = current_language()
    return ", ".join(describe_char(char, lang) for char in chars)


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


def unicode_help(view: CounterView, template: str, measure: Measure, recipients: int) -> None:
    """Name the characters that force Unicode and offer to replace them (never silently)."""
    if view.field_unicode_chars:
        st.info(
            tr("composer.unicode.from_fields", chars=_chars(view.field_unicode_chars)),
            icon=":material/person:",
        )
    if not view.unicode_chars:
        return
    with st.container(border=True):
        st.markdown(tr("composer.unicode.title", chars=_chars(view.unicode_chars)))
        st.caption(translate("encoding.explain.ucs2", current_language()))
        st.checkbox(tr("composer.unicode.accents"), key=ACCENTS_KEY, help=tr("composer.unicode.accents_help"))
        accents = bool(st.session_state.get(ACCENTS_KEY))
        offer: Suggestion | None = memo(
            "suggestion",
            (template, accents, measure(template)),
            lambda: suggest(template, measure, include_accents=accents),
        )
        if offer is None:
            st.caption(tr("composer.unicode.nothing_to_replace"))
            return
        _offer(offer, recipients)


def _offer(offer: Suggestion, recipients: int) -> None:
    lang = current_language()
    plan = offer.replacement
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
    still = plan.after.non_gsm
    if offer.costs_more:
        st.warning(
            tr(
                "composer.unicode.costs_more",
                before=offer.parts_before,
                after=offer.parts_after,
                credits=format_number(-offer.credits_saved, lang),
            ),
            icon=":material/trending_up:",
        )
    elif offer.parts_saved > 0 or offer.credits_saved > 0:
        key = "composer.unicode.saves" if recipients else "composer.unicode.saves_parts"
        st.success(
            tr(
                key,
                before=offer.parts_before,
                after=offer.parts_after,
                credits=format_number(offer.credits_saved, lang),
            ),
            icon=":material/savings:",
        )
    else:
        st.info(tr("composer.unicode.same_cost", parts=offer.parts_after), icon=":material/info:")
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
        type="secondary" if offer.costs_more else "primary",
        key="composer_replace",
    )
