"""Consultant Desk: scope missions, recover unhappy clients, print signed documents."""

__version__ = "0.1.0"
APP_NAME = "Consultant Desk"
APP_ID = "consultant-desk"
