"""The contact importer: files it cannot read, rows it will not import, the summary and the exports."""

from monsms_core.i18n.plurals import Message

_FIX = {
    "fr": "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou .csv, puis recommencez.",
    "en": "Open it in Excel or LibreOffice, save it as .xlsx or .csv, then try again.",
}

MESSAGES: dict[str, dict[str, Message]] = {
    # files the importer cannot use (one sentence each, never a traceback)
    "importer.problem.empty_file": {
        "fr": "Le fichier est vide.",
        "en": "The file is empty.",
    },
    "importer.problem.too_large": {
        "fr": "Le fichier est trop volumineux (plus de {limit_mb} Mo). Découpez-le en plusieurs fichiers.",
        "en": "The file is too large (over {limit_mb} MB). Split it into several files.",
    },
    "importer.problem.disguised": {
        "fr": "Ce fichier porte l'extension {extension} mais ce n'est pas un tableau : c'est {kind}.",
        "en": "This file has the {extension} extension but it is not a spreadsheet: it is {kind}.",
    },
    "importer.problem.not_a_spreadsheet": {
        "fr": "Ce fichier n'est pas un classeur Excel ni un fichier CSV : c'est {kind}.",
        "en": "This file is not an Excel workbook or a CSV file: it is {kind}.",
    },
    "importer.problem.zip_bomb": {
        "fr": "Ce classeur contient des données anormalement volumineuses une fois décompressées : "
        "il a été refusé par sécurité.",
        "en": "This workbook holds abnormally large data once decompressed: it was refused for safety.",
    },
    "importer.problem.damaged": {
        "fr": "Ce fichier est endommagé ou incomplet (téléchargement interrompu ?). " + _FIX["fr"],
        "en": "This file is damaged or incomplete (interrupted download?). " + _FIX["en"],
    },
    "importer.problem.password_protected": {
        "fr": "Ce classeur est protégé par un mot de passe. Enregistrez-en une copie sans mot de passe, "
        "puis recommencez.",
        "en": "This workbook is password-protected. Save a copy without a password, then try again.",
    },
    "importer.problem.unreadable": {
        "fr": "Le contenu de ce fichier est illisible : ce n'est ni un classeur ni un fichier texte. "
        + _FIX["fr"],
        "en": "This file's content is unreadable: it is neither a workbook nor a text file. " + _FIX["en"],
    },
    "importer.problem.excel_xml": {
        "fr": "Ce fichier est au format « Feuille de calcul XML 2003 », que l'import ne lit pas. "
        + _FIX["fr"],
        "en": "This file is in the \"XML Spreadsheet 2003\" format, which the import does not read. "
        + _FIX["en"],
    },
    "importer.problem.no_sheets": {
        "fr": "Ce classeur ne contient aucune feuille de calcul.",
        "en": "This workbook contains no worksheet.",
    },
    "importer.problem.sheet_not_found": {
        "fr": "La feuille « {sheet} » n'existe pas dans ce classeur.",
        "en": "There is no sheet \"{sheet}\" in this workbook.",
    },
    "importer.problem.empty_sheet": {
        "fr": "La feuille « {sheet} » est vide.",
        "en": "The sheet \"{sheet}\" is empty.",
    },
    "importer.problem.no_rows": {
        "fr": "La feuille « {sheet} » ne contient que des titres de colonnes, aucun contact.",
        "en": "The sheet \"{sheet}\" only holds column titles, no contacts.",
    },
    "importer.problem.too_many_columns": {
        "fr": "Une ligne du fichier a trop de colonnes ({columns}, au plus {limit}). Supprimez les colonnes "
        "inutiles ou enregistrez la feuille à nouveau depuis votre tableur, puis réessayez.",
        "en": "A line of the file has too many columns ({columns}, at most {limit}). Remove the columns you "
        "do not need or save the sheet again from your spreadsheet program, then try again.",
    },
    "importer.problem.too_many_cells": {
        "fr": "Le fichier a trop de cellules (plus de {limit}). Supprimez les colonnes inutiles ou "
        "découpez-le en plusieurs fichiers.",
        "en": "The file has too many cells (over {limit}). Remove the columns you do not need or split it "
        "into several files.",
    },
    "importer.problem.memory_limit": {
        "fr": "Ce fichier demande plus de mémoire qu'un import n'en a le droit. Découpez-le en plusieurs "
        "fichiers plus petits, puis importez-les un par un.",
        "en": "This file needs more memory than an import may use. Split it into several smaller files, then "
        "import them one by one.",
    },
    "importer.problem.time_limit": {
        "fr": "La lecture de ce fichier prend trop de temps. Découpez-le en plusieurs fichiers plus petits, "
        "puis importez-les un par un.",
        "en": "Reading this file takes too long. Split it into several smaller files, then import them one "
        "by one.",
    },
    "importer.problem.too_many_rows": {
        "fr": "Le fichier a trop de lignes (plus de {limit}). Découpez-le en plusieurs fichiers.",
        "en": "The file has too many rows (over {limit}). Split it into several files.",
    },
    "importer.problem.no_phone_column": {
        "fr": "Aucune colonne de numéros de téléphone n'a été trouvée : choisissez-la dans la liste.",
        "en": "No phone number column was found: choose it from the list.",
    },
    "importer.problem.column_not_found": {
        "fr": "La colonne « {column} » n'existe pas dans cette feuille.",
        "en": "There is no column \"{column}\" in this sheet.",
    },
    "importer.problem.column_used_twice": {
        "fr": "La colonne « {column} » est choisie pour deux informations différentes.",
        "en": "The column \"{column}\" is chosen for two different fields.",
    },
    "importer.problem.unknown_country": {
        "fr": "Le pays « {country} » est inconnu : indiquez son code à deux lettres (par exemple CI).",
        "en": "Unknown country \"{country}\": give its two-letter code (for example CI).",
    },
    "importer.problem.cannot_open": {
        "fr": "Impossible d'ouvrir le fichier « {path} » : vérifiez son nom et son emplacement.",
        "en": "Cannot open the file \"{path}\": check its name and location.",
    },
    # what a non-spreadsheet file turned out to be ({kind} above)
    "importer.kind.pdf": {"fr": "un document PDF", "en": "a PDF document"},
    "importer.kind.image": {"fr": "une image", "en": "an image"},
    "importer.kind.media": {"fr": "un fichier audio ou vidéo", "en": "an audio or video file"},
    "importer.kind.archive": {
        "fr": "une archive compressée (zip, rar…)",
        "en": "a compressed archive (zip, rar…)",
    },
    "importer.kind.program": {"fr": "un programme", "en": "a program"},
    "importer.kind.rtf": {"fr": "un document texte (RTF)", "en": "a text document (RTF)"},
    "importer.kind.word": {
        "fr": "un document de traitement de texte (Word)",
        "en": "a word-processing document",
    },
    "importer.kind.powerpoint": {"fr": "une présentation (PowerPoint)", "en": "a presentation (PowerPoint)"},
    "importer.kind.office_other": {
        "fr": "un fichier Microsoft Office qui n'est pas un classeur",
        "en": "a Microsoft Office file that is not a workbook",
    },
    "importer.kind.apple_numbers": {
        "fr": "un classeur Apple Numbers (exportez-le en Excel)",
        "en": "an Apple Numbers spreadsheet (export it to Excel)",
    },
    "importer.kind.web_page": {"fr": "une page web (HTML)", "en": "a web page (HTML)"},
    "importer.kind.xml": {"fr": "un fichier XML", "en": "an XML file"},
    # issues on rows (phone rejections use the phones module's sentences)
    "importer.issue.duplicate_in_file": {
        "fr": "Doublon : ce numéro figure déjà à la ligne {first_row}.",
        "en": "Duplicate: this number is already on row {first_row}.",
    },
    "importer.issue.already_in_account": {
        "fr": "Ce numéro est déjà dans vos contacts.",
        "en": "This number is already in your contacts.",
    },
    "importer.issue.rejected": {"fr": "Numéro refusé.", "en": "Number rejected."},
    # the rejected-rows download and the summary
    "importer.report.row": {"fr": "Ligne", "en": "Row"},
    "importer.report.reason": {"fr": "Motif", "en": "Reason"},
    "importer.report.phone": {"fr": "Numéro reconnu", "en": "Recognised number"},
    "importer.report.sheet_rejected": {"fr": "Lignes refusées", "en": "Rejected rows"},
    "importer.summary.file": {
        "fr": "Feuille « {sheet} » — lignes lues : {rows}.",
        "en": "Sheet \"{sheet}\" — rows read: {rows}.",
    },
    "importer.summary.columns": {
        "fr": "Colonne du téléphone : « {column} ».",
        "en": "Phone column: \"{column}\".",
    },
    "importer.summary.valid": {
        "fr": "Contacts prêts à importer : {valid} — dont numéros corrigés : {repaired}, anciens numéros "
        "convertis à 10 chiffres : {migrated} (à vérifier).",
        "en": "Contacts ready to import: {valid} — including numbers corrected: {repaired}, old numbers "
        "converted to 10 digits: {migrated} (to check).",
    },
    "importer.summary.duplicates": {
        "fr": "Doublons écartés : {duplicates} — dans le fichier : {in_file}, déjà dans vos contacts : "
        "{in_account}.",
        "en": "Duplicates left out: {duplicates} — within the file: {in_file}, already in your contacts: "
        "{in_account}.",
    },
    "importer.summary.rejected": {
        "fr": "Numéros refusés : {rejected}.",
        "en": "Numbers rejected: {rejected}.",
    },
    "importer.summary.blank": {
        "fr": "Lignes vides ignorées : {blank}.",
        "en": "Blank rows skipped: {blank}.",
    },
    "importer.summary.issue_line": {
        "fr": "Ligne {row} : « {value} » — {reason}",
        "en": "Row {row}: \"{value}\" — {reason}",
    },
    "importer.summary.more_issues": {
        "fr": {
            "one": "… et {count} autre (utilisez --json ou le téléchargement pour la liste complète).",
            "other": "… et {count} autres (utilisez --json ou le téléchargement pour la liste complète).",
        },
        "en": {
            "one": "… and {count} more (use --json or the download for the full list).",
            "other": "… and {count} more (use --json or the download for the full list).",
        },
    },
}
