"""Engagements: their list page, model and dialog."""
