"""A need asked in staff's words, answered with the service the kommune's plan names for it."""
