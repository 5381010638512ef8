"""``newslint serve``: the desk's web page and HTTP API (extra ``newslint[serve]``)."""
