"""Step 1 of the composer: who receives the message. Numbers typed or pasted, contacts picked, groups,
and a spreadsheet uploaded on the spot (plus the recipients another page handed over, ui.composer.handed),
merged into one deduplicated list without opted-out numbers.

Every source's heavy work (parsing 100,000 pasted numbers, checking a sheet, merging) is memoised on its
inputs (`ui.composer.state`), so the many reruns of a composing session do not redo it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import BinaryIO

import streamlit as st

from monsms_core.client.models import Contact
from monsms_core.compose import (
    Recipient,
    RecipientParse,
    RecipientSet,
    merge_recipients,
    parse_pasted_numbers,
)
from monsms_core.composer import contacts_to_recipients, import_recipients
from monsms_core.composer.drafts import SavedList
from monsms_core.contacts.custom_fields import with_kept_fields
from monsms_core.i18n.formatting import format_number
from monsms_core.importer import CheckResult, ImportProblem
from monsms_core.importer.isolated import (
    check_in_child,
    checked_upload,
    new_workdir,
    read_in_child,
    remove_workdir,
    save_upload,
)
from monsms_core.store import Store
from ui.composer import data as composer_data
from ui.composer.handed import handed_source
from ui.composer.state import memo, versioned
from ui.runtime import contact_fields, resources
from ui.shell.choices import select_all_button
from ui.shell.i18n import current_language, tr
from ui.shell.markdown import plain

PASTE_KEY = "composer_numbers"
CONTACTS_KEY = "composer_contacts"
CONTACT_SEARCH_KEY = "composer_contact_search"
GROUPS_KEY = "composer_groups"
FILE_KEY = "composer_file"
FILE_GENERATION_KEY = "_composer_file_generation"
PHONE_COLUMN_KEY = "composer_file_phone_column"
# ("upload" | "restored", SavedList): the sheet's checked rows, as the draft keeps them (ui.composer.keep).
SHEET_STATE = "_composer_sheet"
_DETECTED_STATE = "_composer_file_detected"  # (upload id, the phone column the check found by itself)
MAX_CONTACT_OPTIONS = 1000  # beyond, a search box narrows the list (the browser gets every option)
SHOWN_ISSUES = 20
FILE_TYPES = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "txt", "tsv"]


@dataclass(frozen=True)
class Recipients:
    """The merged recipient list and the memo version that identifies it."""

    version: int
    merged: RecipientSet


def recipients_picker(store: Store, region: str) -> Recipients:
    """Draw the sources (recipients handed by another page, then four tabs) and the "N destinataires"
    line; return the merged list."""
    handed_id, handed = handed_source()
    labels = [
        tr("composer.rcpt.tab_numbers"),
        tr("composer.rcpt.tab_contacts"),
        tr("composer.rcpt.tab_groups"),
        tr("composer.rcpt.tab_file"),
    ]
    numbers_tab, contacts_tab, groups_tab, file_tab = st.tabs(labels)
    with numbers_tab:
        typed = _typed_numbers(region)
    with contacts_tab:
        picked = _picked_contacts()
    with groups_tab:
        groups = _groups()
    with file_tab:
        from_file = _spreadsheet(region)
    optouts = frozenset(store.optouts.all_phones())
    kept = contact_fields.kept()  # "Ville", "Classe"… of known contacts: offered and rendered like names
    signature = (handed_id, typed, picked, groups, from_file, optouts, kept.revision)
    version, merged = versioned(
        "recipients",
        signature,
        lambda: with_kept_fields(
            merge_recipients(handed, typed, picked, *groups, from_file, optouts=set(optouts)), kept.by_phone
        ),
    )
    _summary(merged)
    return Recipients(version, merged)


def _typed_numbers(region: str) -> tuple[Recipient, ...]:
    st.text_area(
        tr("composer.rcpt.numbers_label"),
        key=PASTE_KEY,
        height=120,
        placeholder=tr("composer.rcpt.numbers_placeholder"),
        help=tr("composer.rcpt.numbers_help"),
    )
    text = str(st.session_state.get(PASTE_KEY) or "")
    parsed: RecipientParse = memo("typed", (text, region), lambda: parse_pasted_numbers(text, region))
    if not text.strip():
        return ()
    lang = current_language()
    st.caption(parsed.summary(lang))
    if parsed.rejected:
        with st.expander(
            tr("composer.rcpt.rejected_title", count=len(parsed.rejected)), icon=":material/block:"
        ):
            st.markdown(
                "\n".join(
                    f"- « {r.original.strip()} » — {r.user_message(lang)}" for r in parsed.rejected[:200]
                )
            )
    if parsed.to_review:
        with st.expander(
            tr("composer.rcpt.changed_title", count=len(parsed.to_review)), icon=":material/edit:"
        ):
            st.markdown(
                "\n".join(
                    f"- « {r.original.strip()} » → {r.phone} — {r.user_message(lang)}"
                    for r in parsed.to_review[:200]
                )
            )
    return memo("typed_recipients", parsed, lambda: tuple(Recipient(p, {}, "typed") for p in parsed.phones))


def _contact_label(contact: Contact) -> str:
    name = contact.name or " ".join(p for p in (contact.first_name, contact.last_name) if p)
    return f"{name} — {contact.phone}" if name else str(contact.phone)


def _picked_contacts() -> tuple[Recipient, ...]:
    fetched = composer_data.contacts()
    if not fetched.ok:
        _fetch_error(fetched.message(current_language()), "contacts")
        return ()
    contacts: tuple[Contact, ...] = fetched.value
    if not contacts:
        st.info(tr("composer.rcpt.no_contacts"), icon=":material/contacts:")
        return ()
    by_id = memo("contact_index", contacts, lambda: {str(c.id): c for c in contacts if c.id and c.phone})
    chosen = [cid for cid in st.session_state.get(CONTACTS_KEY, []) if cid in by_id]
    options = list(by_id)
    if len(options) > MAX_CONTACT_OPTIONS:
        search = st.text_input(tr("composer.rcpt.contact_search"), key=CONTACT_SEARCH_KEY).strip().casefold()
        matches = [cid for cid in options if search and search in _contact_label(by_id[cid]).casefold()]
        options = list(dict.fromkeys(chosen + matches[:MAX_CONTACT_OPTIONS]))
    st.multiselect(
        tr("composer.rcpt.contacts_label", count=format_number(len(by_id), current_language())),
        options,
        default=None,
        key=CONTACTS_KEY,
        format_func=lambda cid: _contact_label(by_id[cid]),
        placeholder=tr("composer.rcpt.contacts_placeholder"),
        select_all=False,  # Streamlit's "Select all" is English: ours is below
    )
    select_all_button(CONTACTS_KEY, options)
    ids = tuple(cid for cid in st.session_state.get(CONTACTS_KEY, []) if cid in by_id)
    return memo(
        "picked_recipients",
        (ids, contacts),
        lambda: tuple(contacts_to_recipients((by_id[i] for i in ids), "contacts")),
    )


def _groups() -> tuple[tuple[Recipient, ...], ...]:
    fetched = composer_data.groups()
    lang = current_language()
    if not fetched.ok:
        _fetch_error(fetched.message(lang), "groups")
        return ()
    groups = {str(g.id): g for g in fetched.value if g.id}
    if not groups:
        st.info(tr("composer.rcpt.no_groups"), icon=":material/groups:")
        return ()

    def label(group_id: str) -> str:
        group = groups[group_id]
        return tr("composer.rcpt.group_option", name=group.name or group_id, count=group.contact_count or 0)

    st.multiselect(
        tr("composer.rcpt.groups_label"),
        list(groups),
        key=GROUPS_KEY,
        format_func=label,
        placeholder=tr("composer.rcpt.groups_placeholder"),
        select_all=False,  # Streamlit's "Select all" is English: ours is below
    )
    select_all_button(GROUPS_KEY, list(groups))
    members: list[tuple[Recipient, ...]] = []
    for group_id in st.session_state.get(GROUPS_KEY, []):
        if group_id not in groups:
            continue
        found = composer_data.group_members(groups[group_id])
        if found.ok:
            members.append(found.value)
        else:
            _fetch_error(found.message(lang), "members")
    return tuple(members)


@dataclass(frozen=True)
class _Checked:
    """An uploaded sheet, checked: the result or the problem, and its recipients."""

    filename: str
    columns: tuple[str, ...]
    result: CheckResult | None
    problem: ImportProblem | None
    recipients: tuple[Recipient, ...]


def _check_file(upload: BinaryIO, filename: str, region: str, phone_column: str | None) -> _Checked:
    # Read and checked in bounded child processes, as on the Import page: a hostile or huge file costs
    # the child its limits, never the server that serves everyone. Only the valid rows come back.
    folder = new_workdir(resources.settings().data_dir)
    try:
        upload.seek(0)  # a rerun may hand the same upload again
        save_upload(folder, upload)
        read = read_in_child(folder, filename, None)
        mapping = read.detected
        if phone_column and phone_column in read.columns:
            mapping = mapping.with_phone(phone_column)
        stage = check_in_child(folder, read.sheet, mapping, region, {}, current_language())
        result = checked_upload(folder, stage.key).result
    except ImportProblem as problem:
        return _Checked(filename, (), None, problem, ())
    finally:
        remove_workdir(folder)
    people = tuple(import_recipients(result.valid, result.custom_fields, f"file:{filename}"))
    return _Checked(filename, tuple(read.columns), result, None, people)


def file_key() -> str:
    """The uploader's key: a file uploader cannot be emptied from Python, so a new draft gets a new one."""
    generation = int(st.session_state.get(FILE_GENERATION_KEY, 0))
    return FILE_KEY if generation == 0 else f"{FILE_KEY}_{generation}"


def _spreadsheet(region: str) -> tuple[Recipient, ...]:
    upload = st.file_uploader(
        tr("composer.rcpt.file_label"), type=FILE_TYPES, key=file_key(), help=tr("composer.rcpt.file_help")
    )
    if upload is None:
        return _kept_sheet()
    phone_column = st.session_state.get(PHONE_COLUMN_KEY)
    if phone_column is not None and st.session_state.get(_DETECTED_STATE) == (upload.file_id, phone_column):
        # The column chosen is the one the check found by itself: the same check, not a second one (the
        # run after an upload sees the select box's value for the first time).
        phone_column = None
    signature = (upload.file_id, upload.name, upload.size, region, phone_column)
    with st.spinner(tr("composer.rcpt.file_checking")):
        checked: _Checked = memo(
            "file", signature, lambda: _check_file(upload, upload.name, region, phone_column)
        )
    lang = current_language()
    if checked.problem is not None:
        st.session_state.pop(SHEET_STATE, None)
        st.error(checked.problem.user_message(lang), icon=":material/description:")
        return ()
    result = checked.result
    assert result is not None
    if phone_column is None:
        st.session_state[_DETECTED_STATE] = (upload.file_id, str(result.mapping.phone))
    counts = result.counts
    st.session_state[SHEET_STATE] = (
        "upload",
        memo(
            "sheet_list",
            signature,
            lambda: SavedList(
                f"{upload.file_id}:{phone_column or ''}",
                "sheet",
                upload.name,
                checked.recipients,
                (counts.valid, counts.rejected, counts.duplicates_in_file),
            ),
        ),
    )
    if st.session_state.get(PHONE_COLUMN_KEY) not in (None, *checked.columns):
        del st.session_state[PHONE_COLUMN_KEY]  # a column of the previous file
    st.selectbox(
        tr("composer.rcpt.file_phone_column"),
        checked.columns,
        index=checked.columns.index(str(result.mapping.phone))
        if result.mapping.phone in checked.columns
        else 0,
        key=PHONE_COLUMN_KEY,
    )
    st.caption(
        tr(
            "composer.rcpt.file_summary",
            valid=counts.valid,
            rejected=counts.rejected,
            duplicates=counts.duplicates_in_file,
            fields=", ".join("{" + f + "}" for f in _file_fields(checked.recipients)) or "—",
        )
    )
    if result.rejected:
        issues = result.rejected
        with st.expander(tr("composer.rcpt.rejected_title", count=len(issues)), icon=":material/block:"):
            lines = [
                tr("composer.rcpt.issue_line", row=i.row, value=i.value, reason=i.user_message(lang))
                for i in issues[:SHOWN_ISSUES]
            ]
            if len(issues) > SHOWN_ISSUES:
                lines.append(tr("composer.rcpt.more_issues", count=len(issues) - SHOWN_ISSUES))
            st.markdown("\n".join(f"- {line}" for line in lines))
    return checked.recipients


def _file_fields(recipients: tuple[Recipient, ...]) -> list[str]:
    first = recipients[0].fields if recipients else {}
    names: dict[str, None] = dict.fromkeys(first)
    for recipient in recipients[:200]:
        names.update(dict.fromkeys(recipient.fields))
    return list(names)


def current_sheet() -> SavedList | None:
    """The sheet's checked rows the draft holds (uploaded now, or given back with the draft)."""
    kept = st.session_state.get(SHEET_STATE)
    return kept[1] if kept is not None else None


def restore_sheet(sheet: SavedList | None) -> None:
    """Make `sheet` (a draft's, given back after a reload) the sheet of the draft, without its file."""
    if sheet is None:
        st.session_state.pop(SHEET_STATE, None)
    else:
        st.session_state[SHEET_STATE] = ("restored", sheet)


def forget_sheet() -> None:
    """Drop the sheet's rows ("Retirer ce fichier", a new draft)."""
    st.session_state.pop(SHEET_STATE, None)


def _kept_sheet() -> tuple[Recipient, ...]:
    # No file in the uploader: either the user removed it (its rows go too), or the draft was given
    # back after a reload, with the checked rows but without the file (an uploader cannot be refilled).
    kept = st.session_state.get(SHEET_STATE)
    if kept is None:
        return ()
    origin, sheet = kept
    if origin == "upload":
        forget_sheet()
        return ()
    valid, rejected, duplicates = sheet.counts
    with st.container(border=True, key="composer_kept_sheet"):
        title = tr("composer.rcpt.file_kept_title", name=plain(sheet.title))
        st.markdown(f":material/description: **{title}**")
        st.caption(
            tr(
                "composer.rcpt.file_summary",
                valid=valid,
                rejected=rejected,
                duplicates=duplicates,
                fields=", ".join("{" + f + "}" for f in _file_fields(sheet.recipients)) or "—",
            )
        )
        st.caption(tr("composer.rcpt.file_kept_hint"))
        st.button(
            tr("composer.rcpt.file_kept_remove"),
            icon=":material/close:",
            on_click=forget_sheet,
            key="composer_kept_sheet_remove",
        )
    return sheet.recipients


def _fetch_error(message: str, reader: str) -> None:
    st.warning(message, icon=":material/cloud_off:")
    st.button(
        tr("composer.retry"),
        key=f"composer_retry_{reader}",
        icon=":material/refresh:",
        on_click=composer_data.refresh,
        args=(reader,),
    )


def _summary(merged: RecipientSet) -> None:
    line = tr("composer.rcpt.count", count=len(merged))
    details: list[str] = []
    if merged.duplicates:
        details.append(tr("composer.rcpt.duplicates_removed", count=merged.duplicates))
    if merged.opted_out:
        details.append(tr("composer.rcpt.optouts_removed", count=merged.opted_out))
    st.subheader(f":material/group: {line}", anchor=False)
    if details:
        st.caption(" · ".join(details))
