"""Widgets of the sender names page: the request form and the list of requests with their status."""
