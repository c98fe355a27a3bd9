"""The Qt user interface: main window, item models, dialogs, signature pad, PDF preview."""
