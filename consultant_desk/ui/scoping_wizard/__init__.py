"""The contract-scoping wizard: client and engagement, stakes, deadlines, resources, what is
expected of the client, working hours, scope, financial terms, remedies, then review and
signature; drafts saved as they go, amendments after a signature.

Entry points for the main window:

* ``wizard.open_scoping_wizard(db, parent, engagement_id)`` — the wizard on an engagement (or
  on a new one when ``engagement_id`` is None), shown and returned; it emits
  ``signed(scoping_id)`` and, as any dialog, ``finished(result)``;
* ``wizard.offer_drafts(db, parent)`` — at start, the drafts left open, to resume one;
* ``drafts.drafts_to_resume(db)`` — the same list as data.

This package re-exports nothing: the wizard brings the contract's printing (ReportLab) and the
PDF preview (QtPdf) with it, which the main window's first paint must not wait for; it is
imported when first opened.
"""
