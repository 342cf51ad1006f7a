"""Handlers of the public API, one module per resource. Each takes a `Call` and returns the `data`."""
