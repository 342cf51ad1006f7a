"""Cheaper messages, under the counter: "Raccourcir le lien" when the text holds a link, "Tenir en un SMS"
when the longest message of the send needs 2+ parts (logic in monsms_core.suggestions).

Nothing changes the text without a click, every change says what it saved and can be undone while the
text is still what the click made it. A click that arrives after the text was edited does nothing: the
offer was for another text. The page calls `cheaper_message` once, with its exact `measure`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.composer import Measure
from monsms_core.suggestions import (
    FitOffer,
    Savings,
    describe,
    find_links,
    judge,
    needs_fitting,
    offer_fit_in_one,
    offer_short_links,
)
from ui.composer.editor import TEXT_KEY, current_text
from ui.runtime import resources
from ui.shell.i18n import current_language, tr

LATINIZE_KEY = "suggest_fit_latinize"
PROPOSAL_KEY = "suggest_fit_proposal"
_FIT_KEY = "_suggest_fit_offer"  # the FitOffer on screen
_APPLIED_KEY = "_suggest_applied"  # the last change made by a click (_Applied)
_NOTICE_KEY = "_suggest_notice"  # (level, sentence) for the next run


def _language() -> Literal["fr", "en"]:
    return "en" if current_language() == "en" else "fr"


@dataclass(frozen=True)
class _Applied:
    """A change made by a click: which offer, the texts before and after, what it saved."""

    kind: Literal["links", "fit"]
    before: str
    after: str
    savings: Savings


def _apply(kind: Literal["links", "fit"], before: str, after: str, savings: Savings) -> None:
    st.session_state[_APPLIED_KEY] = _Applied(kind, before, after, savings)
    st.session_state[TEXT_KEY] = after


def _undo() -> None:
    applied = st.session_state.pop(_APPLIED_KEY, None)
    if isinstance(applied, _Applied) and current_text() == applied.after:
        st.session_state[TEXT_KEY] = applied.before
        st.session_state[_NOTICE_KEY] = ("info", tr("suggest.undone"))


def _failed(error: MonSmsError) -> None:
    st.session_state[_NOTICE_KEY] = (
        "error",
        tr("suggest.unavailable", reason=error.user_message(current_language())),
    )


def _shorten(text: str, measure: Measure) -> None:
    if current_text() != text:
        return  # edited since the button was drawn: the click was for another text
    try:
        offer = offer_short_links(resources.client().ai, text, measure)
    except MonSmsError as error:
        _failed(error)
        return
    if offer is None or not offer.changed:
        st.session_state[_NOTICE_KEY] = ("info", tr("suggest.links.unchanged"))
    elif not offer.fields.ok:
        st.session_state[_NOTICE_KEY] = ("error", offer.fields.message(current_language()))
    elif offer.savings.credits_saved < 0 or offer.savings.parts_saved < 0:
        st.session_state[_NOTICE_KEY] = ("warning", tr("suggest.links.no_gain"))
    else:
        _apply("links", text, offer.shortened, offer.savings)


def _propose(text: str, measure: Measure) -> None:
    if current_text() != text:
        return
    latinize = bool(st.session_state.get(LATINIZE_KEY))
    try:
        offer = offer_fit_in_one(resources.client().ai, text, _language(), measure, latinize=latinize)
    except MonSmsError as error:
        _failed(error)
        return
    st.session_state[_FIT_KEY] = offer
    st.session_state[PROPOSAL_KEY] = offer.proposal


def _accept(text: str, measure: Measure) -> None:
    offer = st.session_state.get(_FIT_KEY)
    if current_text() != text or not isinstance(offer, FitOffer) or offer.original != text:
        return
    edited = judge(text, str(st.session_state.get(PROPOSAL_KEY) or ""), measure, latinize=offer.latinize)
    if not edited.acceptable:
        return  # the button is disabled then; a stale click changes nothing
    _apply("fit", text, edited.proposal, edited.savings)
    _ignore()


def _ignore() -> None:
    st.session_state.pop(_FIT_KEY, None)
    st.session_state.pop(PROPOSAL_KEY, None)


def _applied_panel(text: str) -> Literal["links", "fit"] | None:
    """What the last click changed, while the text is still what it made: before/after, what it saved,
    and "Annuler". Returns which offer it was (not offered again on its own result)."""
    applied = st.session_state.get(_APPLIED_KEY)
    if not isinstance(applied, _Applied) or applied.after != text:
        return None
    with st.container(border=True):
        if applied.kind == "links":
            st.success(tr("suggest.links.done"), icon=":material/link:")
        else:
            st.success(tr("suggest.fit.accepted"), icon=":material/compress:")
        st.markdown(describe(applied.savings, current_language()))
        st.markdown(f"**{tr('suggest.before')}**")
        st.code(applied.before, language=None, wrap_lines=True)
        st.markdown(f"**{tr('suggest.after')}**")
        st.code(applied.after, language=None, wrap_lines=True)
        st.button(tr("suggest.undo"), icon=":material/undo:", on_click=_undo, key="suggest_undo")
    return applied.kind


def _links_panel(text: str, measure: Measure) -> None:
    if not find_links(text):
        return
    with st.container(border=True):
        st.markdown(f"**{tr('suggest.links.title')}**")
        st.caption(tr("suggest.links.explain"))
        st.button(
            tr("suggest.links.button"),
            icon=":material/link:",
            on_click=_shorten,
            args=(text, measure),
            help=tr("suggest.links.help"),
            key="suggest_links",
        )


def _verdict(offer: FitOffer) -> None:
    lang = current_language()
    if not offer.fields.ok:
        st.error(offer.fields.message(lang), icon=":material/block:")
    elif not offer.proposal.strip():
        st.warning(tr("suggest.fit.empty"))
    elif not offer.acceptable:
        st.info(tr("suggest.fit.no_gain"), icon=":material/info:")
    else:
        if offer.savings.saves:
            st.success(describe(offer.savings, lang), icon=":material/savings:")
        else:
            st.info(describe(offer.savings, lang), icon=":material/info:")  # shorter, same price
        if offer.fits_in_one:
            st.caption(tr("suggest.fit.fits"))
        else:
            st.caption(tr("suggest.fit.still_long", parts=offer.savings.parts_after))


def _fit_panel(text: str, measure: Measure) -> None:
    if not needs_fitting(measure, text):
        return
    with st.container(border=True):
        st.markdown(f"**{tr('suggest.fit.title')}**")
        st.caption(tr("suggest.fit.explain", parts=measure(text)[0]))
        st.checkbox(tr("suggest.fit.latinize"), key=LATINIZE_KEY, help=tr("suggest.fit.latinize_help"))
        st.button(
            tr("suggest.fit.button"),
            icon=":material/compress:",
            on_click=_propose,
            args=(text, measure),
            key="suggest_fit",
        )
        offer = st.session_state.get(_FIT_KEY)
        if not isinstance(offer, FitOffer) or offer.original != text:
            return
        mine, short = st.columns(2, gap="medium")
        with mine:
            st.markdown(f"**{tr('suggest.fit.original')}**")
            st.code(text, language=None, wrap_lines=True)
        with short:
            st.text_area(tr("suggest.fit.proposal"), key=PROPOSAL_KEY, height=150)
        edited = judge(text, str(st.session_state.get(PROPOSAL_KEY) or ""), measure, latinize=offer.latinize)
        _verdict(edited)
        accept, ignore = st.columns(2)
        accept.button(
            tr("suggest.fit.accept"),
            icon=":material/check:",
            type="primary",
            on_click=_accept,
            args=(text, measure),
            disabled=not edited.acceptable,
            key="suggest_fit_accept",
            width="stretch",
        )
        ignore.button(tr("suggest.fit.ignore"), on_click=_ignore, key="suggest_fit_ignore", width="stretch")


def cheaper_message(text: str, measure: Measure) -> None:
    """The short-link and fit-in-one offers for `text`; `measure` prices a text for this send's recipients
    (parts of the longest message, credits of all), exactly as the confirmation will."""
    notice = st.session_state.pop(_NOTICE_KEY, None)
    if notice is not None:
        {"error": st.error, "warning": st.warning}.get(notice[0], st.info)(notice[1])
    if not text.strip():
        return
    applied = _applied_panel(text)
    if applied != "links":
        _links_panel(text, measure)
    if applied != "fit":
        _fit_panel(text, measure)
