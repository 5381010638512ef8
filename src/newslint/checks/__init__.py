"""Python rules, a package per family. Each family's ``__init__`` lists its rules in ``RULES``;
the registry reads ``FAMILIES`` here, so adding a family is one folder and one line."""

FAMILIES = (
    "acronyms", "boilerplate", "facts", "names", "proselint", "slips", "spelling", "structure", "variants",
)
