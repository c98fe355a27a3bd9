"""documents layer: ReportLab, plain data in, PDF out.

Import the module you need (``documents.meeting_report``, ``documents.engine``…): this package
re-exports nothing, so that importing one small module (the labels, the data model) does not
load ReportLab and the whole rendering chain.
"""
