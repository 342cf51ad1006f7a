"""A faithful emulator of the Mon SMS PRO REST API, for the dashboard's sandbox mode and for tests.

A real HTTP server on loopback answers the contract's paths under `/v1/` (POST + JSON, and
`GET /v1/offer`) with HTTP 200 and `{success, data, error}`; state lives in one SQLite file per
server, separated per API key. Layout: `server` (HTTP + SandboxServer) → `app` (pipeline: faults,
rate limit, auth) → `routes` → `handlers/*` (one module per resource) → `backend` (SQLite);
`control_api` + `control` (the `/_sandbox/` control API and its Python client), `faults`,
`ratelimit`, `delivery`, `seed`.

Choices where the contract is silent (see README.md for the whole list):
- List calls answer `data` as a plain JSON array of objects. The real shape is unknown; the
  dashboard's client also accepts `{items|data, total}`.
- `count` must be a number >= 5 (no coercion from strings, as in the vendor's zod schema); values
  above 1000 are capped at 1000. Default 10, page from 1, sort desc, orderBy createdAt.
- `/contact/create` with `contacts: [...]` answers a list; with a single top-level `phone` it
  answers that one contact. A phone already in the account is accepted as a NEW contact
  (no uniqueness rule), so importers must deduplicate themselves.
- Phones are 8–15 digits, no "+". A campaign to a number that is not a plausible mobile
  (CI: 225 + 01/05/07 + 8 digits) is accepted, debited, and that message ends FAILED.
- Every campaign is debited at creation: SCHEDULED ones too, RECURRING ones for their first run.

`monsms_core` must never import this package: the dashboard starts it as a separate process.
"""
