"""Stories written for the language-server tests (made up; no agency copy)."""

HEADLINE = "Harbour council backs new flood wall plan"

# an acronym variant (NCFC beside a defined NCFA), a typo (tunned) and a repeated headline
STORY = f"""{HEADLINE}
{HEADLINE}

The Northern Coastal Flood Authority (NCFA) approved the plan on Tuesday after a long debate.
The NCFA said the wall would protect 2,000 homes. Critics of the NCFA said the cost was too high.
A spokesman \U0001F30A for the NCFC said work would start in spring once the designs were tunned.
"""

MARKDOWN = f"""# {HEADLINE}

The Northern Coastal Flood Authority (NCFA) approved the plan on Tuesday. The NCFA said the
wall would protect 2,000 homes, and critics of the NCFA said the cost was too high.

```
a code block with a recieve typo newslint must not read
```

A spokesman for the NCFC said the designs were tunned.
"""


def with_breaks(text: str, newline: str) -> str:
    return text.replace("\n", newline)
