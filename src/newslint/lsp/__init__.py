"""``newslint lsp``: the language server (extra ``newslint[lsp]``)."""
