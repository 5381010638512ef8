"""ST: structure and typography: repeated words, duplicated paragraphs, split paragraphs,
unbalanced quotes and brackets."""

from .paragraphs import SplitParagraph, UnbalancedMarks
from .repeats import DuplicateParagraph, RepeatedWord

RULES = (RepeatedWord, DuplicateParagraph, SplitParagraph, UnbalancedMarks)
