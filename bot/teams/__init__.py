"""The only package that imports botbuilder: activities in, activities out."""
