"""The model sheet people download from the Import page: the headers the importer recognises (in the
reader's language) and two example rows, as an .xlsx file the importer reads back exactly."""

from __future__ import annotations

import pandas as pd

from monsms_core.exports import to_xlsx_bytes
from monsms_core.i18n import translate

# Field → the catalog key of its header: the same words the contacts table shows, which the importer's
# column detection (`columns.detect_mapping`) recognises in French and in English.
HEADER_KEYS = {
    "phone": "contacts.col.phone",
    "first_name": "contacts.col.first_name",
    "last_name": "contacts.col.last_name",
    "full_name": "contacts.col.name",
    "sex": "contacts.col.sex",
}
EXAMPLES = (  # fictitious people; numbers written the usual Ivorian way, as text (the zero stays)
    {"phone": "07 07 12 34 56", "first_name": "Awa", "last_name": "Kouamé", "full_name": "Awa Kouamé",
     "sex": "F"},
    {"phone": "05 05 98 76 54", "first_name": "Koffi", "last_name": "Yao", "full_name": "Koffi Yao",
     "sex": "M"},
)  # fmt: skip


def model_headers(lang: str = "fr") -> dict[str, str]:
    """{field: header} of the model sheet in `lang`."""
    return {field: translate(key, lang) for field, key in HEADER_KEYS.items()}


def model_sheet(lang: str = "fr") -> bytes:
    """The model .xlsx: one sheet, a header row, the two example rows, every cell text."""
    headers = model_headers(lang)
    frame = pd.DataFrame([{headers[f]: row[f] for f in HEADER_KEYS} for row in EXAMPLES], dtype=object)
    return to_xlsx_bytes(frame, sheet_name=translate("import.model.sheet", lang))


def model_filename(lang: str = "fr") -> str:
    """The name the downloaded model gets."""
    return translate("import.model.filename", lang)
