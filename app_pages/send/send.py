"""Send an SMS: recipients, message with its live counter, personalisation, options, cost, test and
confirmed send — exactly once per draft (ui.composer.state explains the send key)."""

from __future__ import annotations

import streamlit as st

from monsms_core import review
from monsms_core.accounts import read_preferences
from monsms_core.compose import count_segments, template_fields
from monsms_core.composer import available_fields, blocked, counter_view, field_letters
from monsms_core.sending import SendPlan, build_plan
from ui.composer import confirm as composer_confirm
from ui.composer import data as composer_data
from ui.composer.cost import cost_summary
from ui.composer.counter import counter, unicode_help
from ui.composer.draft import draft_status
from ui.composer.editor import field_menu, templates_row, text_editor
from ui.composer.keep import keep_draft, restore_draft
from ui.composer.options import options_step
from ui.composer.personalise import fallback_inputs, previews
from ui.composer.prefill import origin_banner, prefill_drawn, take_prefill
from ui.composer.pricing import Pricing
from ui.composer.recipients import recipients_picker
from ui.composer.state import draft_key, memo
from ui.composer.suggestions import cheaper_message
from ui.composer.trial_send import test_send
from ui.review.notice import review_notice_line
from ui.runtime import resources
from ui.runtime.duties import worker_notice
from ui.shell.auth import require_role
from ui.shell.i18n import tr

user = require_role("send")
store = resources.store()
preferences = read_preferences(store)
take_prefill(store, user.username)  # "send again", "duplicate", "edit and resubmit" from another page
key = restore_draft(store, user.username, draft_key())  # a reload or another tab: the draft comes back

st.title(tr("composer.title"), anchor=False)
st.caption(tr("composer.intro"))
composer_confirm.notices()
worker_notice()
draft_used = draft_status(key, user.username, admin=user.role == "admin")
key = draft_key()  # a foreign key in the address bar was just replaced
for_review = review.goes_to_review(store, send_key=key, actor=user.username, role=user.role)
origin_slot = st.container()  # filled once the plan is known (ui.composer.prefill)

with st.container(border=True):
    st.subheader(tr("composer.step.recipients"), anchor=False)
    recipients = recipients_picker(store, preferences.default_country)
people = recipients.merged.recipients
fields = memo("fields", recipients.version, lambda: available_fields(people))

with st.container(border=True):
    st.subheader(tr("composer.step.message"), anchor=False)
    editor_col, personal_col = st.columns([3, 2], gap="large")
    with editor_col:
        templates_row()
        text = text_editor()
        counter_slot = st.container(key="composer_counter")  # ui.composer.live greys it while typing
    with personal_col:
        field_menu(fields)
        fallbacks = fallback_inputs(text, fields)
        preview_slot = st.container()

with st.container(border=True):
    st.subheader(tr("composer.step.options"), anchor=False)
    options = options_step(preferences.default_sender)

# The figures on screen are counted once per distinct combination of the fields the text uses (exact,
# and cheap at 100,000 recipients); the full plan, with every message's phones, only for the confirmation.
pricing = Pricing(recipients.version, people, tuple(fields), tuple(sorted(fallbacks.items())))
figures = pricing.tally(text)
blockers = blocked(figures, options.send_type, options.schedule)
signature = (recipients.version, text, pricing.fallbacks, options)


def full_plan() -> SendPlan:
    """The plan the confirmation shows and writes down (built once per draft version)."""
    return memo(
        "plan",
        signature,
        lambda: build_plan(
            people,
            text,
            fallbacks=fallbacks,
            sender_id=options.sender_id,
            send_type="FLASH" if options.send_type == "FLASH" else "SMS",
            schedule=options.schedule,
            name=options.name,
        ),
    )


def measure(candidate: str) -> tuple[int, int]:
    """SMS parts of the longest message and credits for everyone, were the text `candidate` (the AI offers
    are priced on the same grouping of recipients as the figures above)."""
    mine, other = pricing.compare(text, candidate)
    parts = other.max_parts if mine.recipient_count else count_segments(candidate).segments
    return parts, other.total_credits


with counter_slot:
    personalised = bool(template_fields(text)) and figures.recipient_count > 0
    view = counter_view(text, figures.longest_text if personalised else None)
    counter(view)
    columns = pricing.columns(text)
    letters = memo(
        "letters", (recipients.version, columns), lambda: field_letters(pricing.combos(columns), columns)
    )
    unicode_help(view, text, pricing, letters)
    cheaper_message(text, measure)
with preview_slot:
    previews(people, recipients.version, text, fallbacks, pricing.combos(columns))

with st.container(border=True):
    st.subheader(tr("composer.step.send"), anchor=False)
    shortfall = cost_summary(figures, blockers, composer_data.balance(), options.schedule, user, key)
    test_col, send_col = st.columns(2, gap="large")
    with test_col:
        st.markdown(f"**{tr('composer.test.title')}**")
        record = store.users.get(user.username)
        test_send(
            username=user.username,
            phone=record.phone if record is not None else None,
            region=preferences.default_country,
            draft_key=key,
            template=text,
            recipients=people,
            fields=fields,
            fallbacks=fallbacks,
            sender_id=options.sender_id,
            send_type=options.send_type,
            ready=bool(text.strip()) and "unknown_fields" not in blockers,
        )
    with send_col:
        st.markdown(
            f"**{tr('composer.confirm.heading_review' if for_review else 'composer.confirm.heading')}**"
        )
        held = bool(blockers) or shortfall is not None or draft_used
        composer_confirm.send_button(disabled=held, for_review=for_review)
        if draft_used:
            st.caption(tr("composer.draft.used_hint"))
        else:
            review_notice_line(store, key, user)
        composer_confirm.confirmation(full_plan, key, user, for_review=for_review)

with origin_slot:
    origin_banner(
        key,
        draft_used,
        figures,
        held,
        lambda: composer_confirm.send_button(disabled=held, for_review=for_review, key="composer_send_top"),
    )
prefill_drawn()
keep_draft(store, user.username, draft_key(), used=draft_used)
