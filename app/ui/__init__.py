"""The Qt desktop app: windows, widgets, and the glue between Qt and the cores."""
