"""Plain-Python core of the Mon SMS PRO dashboard: API client, phone numbers, SMS encoding,
importer, sending, review and storage. Nothing here imports Streamlit or the sandbox."""
