"""The Qt user interface: main window, item models, dialogs, signature pad, PDF preview."""

from consultant_desk.ui.compat import protect_singletons

protect_singletons()
