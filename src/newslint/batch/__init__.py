"""``newslint batch``: archive-scale linting on Dask (extra ``newslint[dask]``)."""
