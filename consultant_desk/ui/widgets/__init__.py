"""Widgets shared by features: signature pad and view, PDF preview, date field, contacts."""
