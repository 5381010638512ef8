"""``newslint rules`` and ``newslint explain``: the rules as the config in force sets them.

Both read the config the way ``check`` would in the current folder (or ``--config``), so a
pack named in the desk's newslint.toml is known and ``rules`` shows the severity and on/off a
run here would use, not the defaults.
"""

from __future__ import annotations

import click

from .cli_common import config_here, config_options, fail


@click.command("rules")
@config_options
def list_rules(config_file, no_config) -> None:
    """List every rule: code, name, severity, on or off, fixable, summary (as configured here)."""
    from .runner import registry_for, rules_for

    config = config_here(config_file, no_config)
    running = {r.code for r in rules_for(config)}
    click.echo(f"{'code':7} {'name':32} {'severity':8} {'on':3} {'fix':9} summary")
    for r in registry_for(config).rules:
        severity = config.severity.get(r.code.upper(), r.default_severity).value
        on = "yes" if r.code in running else "no"
        click.echo(f"{r.code:7} {r.name:32} {severity:8} {on:3} {r.fix_availability:9} {r.summary}")


@click.command()
@click.argument("rule")
@config_options
def explain(rule, config_file, no_config) -> None:
    """Print the documentation of a rule, by code or name (a config's packs included)."""
    from .api import explain as explain_rule

    text = explain_rule(rule, config_here(config_file, no_config))
    if text is None:
        fail(f"no rule with code or name {rule!r} (see 'newslint rules')")
    click.echo(text)
