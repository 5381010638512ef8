"""``newslint lsp``: the language server (extra ``newslint[lsp]``).

Modules, in the order a message meets them: ``protocol`` (pygls, with newslint's encoding
choice and JSON-RPC errors), ``features`` (the LSP methods), ``server`` (state and plumbing),
``documents`` and ``positions`` (the text and its coordinates), ``scheduler`` (debounce,
versions), ``linting`` (the core, on its own thread), ``watch`` (config files), then
``diagnostics``, ``actions``, ``textedits`` and ``commands`` (what goes back to the editor).
"""
