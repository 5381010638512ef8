"""``newslint words add / list / remove``: the house word lists, changed so the next run obeys.

Where the words go (and why newslint never edits an existing config file) is ``word_edits``'s
business; this module only parses and reports.
"""

from __future__ import annotations

import click

from .cli_common import config_here

KIND_OPTION = click.option(
    "--kind", type=click.Choice(["accepted-words", "names", "acronyms"]), default="accepted-words",
    show_default=True, help="Which list: words the spelling rules accept, people and places, or acronyms.",
)
CONFIG_OPTION = click.option("--config", "config_file", type=click.Path(dir_okay=False),
                             help="Config whose list to use [default: the nearest one above this folder].")


def _kind(value: str) -> str:
    return value.replace("-", "_")


@click.group()
def words() -> None:
    """Manage the house word lists (accepted words, names, acronyms) the rules read."""


@words.command("add")
@click.argument("new_words", nargs=-1, required=True)
@KIND_OPTION
@CONFIG_OPTION
def words_add(new_words, kind, config_file) -> None:
    """Add WORDS to the list: the file config names, else newslint-words.txt beside the config
    (read by default); with no config file, also a newslint.toml here naming it."""
    from .word_edits import add_accepted_words

    result = add_accepted_words(list(new_words), config_here(config_file), _kind(kind))
    for word in result.already:
        click.echo(f"{word}: already listed in {result.path}")
    if result.added:
        click.echo(f"added {', '.join(result.added)} to {result.path}")
    if result.notice:
        click.echo(f"newslint: {result.notice}", err=True)


@words.command("list")
@KIND_OPTION
@CONFIG_OPTION
def words_list(kind, config_file) -> None:
    """Print the entries of the list, one a line (stderr names the files)."""
    from .plural import plural
    from .word_edits import listed_words

    found = listed_words(config_here(config_file), _kind(kind))
    if not found:
        click.echo(f"newslint: no {kind} list here (start one with: newslint words add WORD)", err=True)
    for path, entries in found:
        click.echo(f"newslint: {plural(len(entries), 'entry', 'entries')} in {path}", err=True)
        for entry in entries:
            click.echo(entry)


@words.command("remove")
@click.argument("old_words", nargs=-1, required=True)
@KIND_OPTION
@CONFIG_OPTION
def words_remove(old_words, kind, config_file) -> None:
    """Take WORDS out of every file of the list that has them."""
    from .word_edits import remove_words

    result = remove_words(list(old_words), config_here(config_file), _kind(kind))
    for word, path in result.removed:
        click.echo(f"removed {word} from {path}")
    for word in result.missing:
        click.echo(f"{word}: not listed")
