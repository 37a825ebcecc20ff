"""Qt plumbing: the GUI-thread invoker, the session scheduler, the GC guard, theme and style."""
