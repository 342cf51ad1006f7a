"""The few Streamlit helpers every page shares: login gate and role check, sidebar, translations and
cached resources (settings, store, API client, the in-process sandbox)."""
