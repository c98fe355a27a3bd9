"""Clients: their list page, model and dialog."""
