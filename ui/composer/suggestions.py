"""Cheaper messages, under the counter: "Raccourcir le lien" when the text holds a link, "Tenir en un SMS"
when the longest message of the send needs 2+ parts (logic in monsms_core.suggestions).

Nothing changes the text without a click, every change says what it saved and can be undone while the
text is still what the click made it. A click that arrives after the text was edited does nothing: the
offer was for another text. The page calls `cheaper_message` once, with its exact `measure`.
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from monsms_core.client.errors import MonSmsError
from monsms_core.composer import Measure
from monsms_core.suggestions import (
    FitOffer,
    LinkOffer,
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
_LINKS_KEY = "_suggest_links_done"  # the LinkOffer applied last
_FIT_KEY = "_suggest_fit_offer"  # the FitOffer on screen
_FIT_DONE_KEY = "_suggest_fit_done"  # the FitOffer accepted last
_UNDO_KEY = "_suggest_undo"  # (text before, text after)
_NOTICE_KEY = "_suggest_notice"  # (level, sentence) for the next run


def _language() -> Literal["fr", "en"]:
    return "en" if current_language() == "en" else "fr"


def _apply(before: str, after: str) -> None:
    st.session_state[_UNDO_KEY] = (before, after)
    st.session_state[TEXT_KEY] = after


def _undo() -> None:
    undo = st.session_state.pop(_UNDO_KEY, None)
    if undo is not None and current_text() == undo[1]:
        st.session_state[TEXT_KEY] = undo[0]
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
        _apply(text, offer.shortened)
        st.session_state[_LINKS_KEY] = offer


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
    _apply(text, edited.proposal)
    st.session_state[_FIT_DONE_KEY] = edited
    _ignore()


def _ignore() -> None:
    st.session_state.pop(_FIT_KEY, None)
    st.session_state.pop(PROPOSAL_KEY, None)


def _undo_button() -> None:
    st.button(tr("suggest.undo"), icon=":material/undo:", on_click=_undo, key="suggest_undo")


def _before_after(before: str, after: str) -> None:
    st.markdown(f"**{tr('suggest.before')}**")
    st.code(before, language=None, wrap_lines=True)
    st.markdown(f"**{tr('suggest.after')}**")
    st.code(after, language=None, wrap_lines=True)


def _links_panel(text: str, measure: Measure) -> None:
    done = st.session_state.get(_LINKS_KEY)
    if isinstance(done, LinkOffer) and done.shortened == text and text:
        with st.container(border=True):
            st.success(tr("suggest.links.done"), icon=":material/link:")
            st.markdown(describe(done.savings, current_language()))
            _before_after(done.original, done.shortened)
            if st.session_state.get(_UNDO_KEY) == (done.original, done.shortened):
                _undo_button()
        return
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


def _accepted_panel(text: str) -> bool:
    done = st.session_state.get(_FIT_DONE_KEY)
    if not isinstance(done, FitOffer) or done.proposal != text or not text:
        return False
    with st.container(border=True):
        st.success(tr("suggest.fit.accepted"), icon=":material/compress:")
        st.markdown(describe(done.savings, current_language()))
        _before_after(done.original, done.proposal)
        if st.session_state.get(_UNDO_KEY) == (done.original, done.proposal):
            _undo_button()
    return True


def _verdict(offer: FitOffer) -> None:
    lang = current_language()
    if not offer.fields.ok:
        st.error(offer.fields.message(lang), icon=":material/block:")
    elif not offer.proposal.strip():
        st.warning(tr("suggest.fit.empty"))
    elif not offer.acceptable:
        st.info(tr("suggest.fit.no_gain"), icon=":material/info:")
    else:
        st.success(describe(offer.savings, lang), icon=":material/savings:")
        if offer.fits_in_one:
            st.caption(tr("suggest.fit.fits"))
        else:
            st.caption(tr("suggest.fit.still_long", parts=offer.savings.parts_after))


def _fit_panel(text: str, measure: Measure) -> None:
    if _accepted_panel(text) or not needs_fitting(measure, text):
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
    _links_panel(text, measure)
    _fit_panel(text, measure)
