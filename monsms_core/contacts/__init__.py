"""Contacts, groups and the opt-out list, through the client: what the contacts pages need, without
Streamlit. Import the modules directly (this package imports nothing, so the importer's upload job and
these modules can use each other without a cycle):

- `index`: the searchable snapshot of every contact of an account (the API has no search), `IndexHolder`.
- `browse`: one page from the API, contact edits checked before they are sent, downloads.
- `groups`: find/create groups, add and remove members idempotently.
- `lookup`: find contacts the API created without telling us (reconciliation after a lost answer).
- `import_jobs`: import jobs from a checked sheet, their journal, unfinished jobs, reasons.
- `upload_worker`: the upload job (`monsms_core.contacts.upload`) in a background thread.
- `optouts`: numbers that asked to stop, typed or imported.
- `manual`: a contact added by hand (checked, duplicates refused, optional group, audited).
- `selection`: contacts ticked in a table, held by id so a tick follows the person (`Picked`).
- `names`: full names from first and last names, the short names and name lists confirmations show.
"""
