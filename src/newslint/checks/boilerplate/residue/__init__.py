"""A line classifier for pasted page residue: hand-defined features of a line in its story
(``features``, with the hand-written ``lexicon``), the story's own structure that is never
residue (``structure``), and a small fitted model over the features (``model``, weights in
``weights.json``). ``classify`` puts them together for the rule (BP101)."""
