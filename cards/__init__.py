"""Pure Adaptive Card builders: each returns a card dict (schema 1.5, as Teams renders)."""
