"""Widgets and page renderers shared by several screens."""
