"""The contract-scoping wizard: client and engagement, stakes, deadlines, resources, what is
expected of the client, working hours, scope, financial terms, remedies, then review and
signature; drafts saved as they go, amendments after a signature.

Entry points for the main window:

* ``open_scoping_wizard(db, parent, engagement_id)`` — the wizard on an engagement (or on a new
  one when ``engagement_id`` is None), shown and returned; it emits ``signed(scoping_id)``
  and, as any dialog, ``finished(result)``;
* ``offer_drafts(db, parent)`` — at start, the drafts left open, to resume one;
* ``drafts_to_resume(db)`` — the same list as data.
"""

from consultant_desk.ui.scoping_wizard.drafts import (
    DraftsDialog,
    ResumeChoice,
    ask_resume,
    drafts_to_resume,
)
from consultant_desk.ui.scoping_wizard.wizard import (
    ScopingWizard,
    offer_drafts,
    open_scoping_wizard,
)

__all__ = [
    "DraftsDialog",
    "ResumeChoice",
    "ScopingWizard",
    "ask_resume",
    "drafts_to_resume",
    "offer_drafts",
    "open_scoping_wizard",
]
