"""``python -m newslint`` runs the CLI."""

from .cli import main

main()
