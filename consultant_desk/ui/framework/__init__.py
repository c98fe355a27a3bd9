"""The list/detail framework the feature pages build on.

Page, record model and filter, list page, detail pane, record dialog, field error marks.
"""
