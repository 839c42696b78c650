"""Pure Adaptive Card builders: each returns a card dict (schema 1.5, as Teams renders).

A feature's cards are drawn from the views the feature builds (its ``card_views`` module,
filled by its ``present``): every date, time, name and status already written out, so a
card is a pure function of its view and imports nothing else of the feature.
"""
