"""The player screen: a running session, its end screen and the resume offer."""
