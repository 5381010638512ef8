"""BP (Python part): page lines no pack lists, judged by their shape in the story. The exact
residue patterns are YAML packs in rules/boilerplate/."""

from .stray_line import StrayPageLine

RULES = (StrayPageLine,)
