"""Rule kinds a pack entry can extend; each module exposes ``KIND``, a Rule subclass."""
