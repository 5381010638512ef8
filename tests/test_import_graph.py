"""The import graph of newslint has no cycle, counting imports made inside functions too.

A cycle hidden behind an import inside a function still ties two modules together: neither can
be understood, tested or moved alone, and the order they load in decides whether it works.
Imports under ``if TYPE_CHECKING:`` are left out (they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import newslint

PACKAGE = Path(newslint.__file__).parent


def module_name(path: Path) -> str:
    parts = ["newslint", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(tree: ast.AST):
    for node in ast.iter_child_nodes(tree):
        if _type_checking_block(node):
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        yield from _imports(node)


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        here = name.split(".") if is_package else name.split(".")[:-1]
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            else:
                base = here[: len(here) - node.level + 1] if node.level else []
                stem = ".".join([*base, *(node.module.split(".") if node.module else [])])
                targets = [f"{stem}.{a.name}" if f"{stem}.{a.name}" in files else stem for a in node.names]
            graph[name].update(t for t in targets if t in files and t != name)
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_graph_sees_function_level_imports():
    graph = import_graph()
    assert "newslint.runner" in graph["newslint.api"]  # imported inside functions only


def test_find_cycle_reports_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle():
    assert find_cycle(import_graph()) is None


# The layers of docs/architecture.md, lowest first: a module may import its own layer and the
# ones below it, never one above (a rule never reaches for the runner, the core never for a rule).
LAYERS = (
    ("types", "version", "exit_codes", "plural"),
    ("document", "sources", "config", "wordlists", "usercache", "writeback", "casing"),
    ("rule", "diagnostics", "engine_codes", "fix_safety", "selection", "line_edits"),
    ("packs", "checks"),
    ("registry", "engine", "suppress"),
    ("files", "results", "parallel", "runner", "fix", "baseline", "api", "testing", "docs", "word_edits",
     "summary", "gitignore"),
    ("formatters", "cli", "fix_cli", "stdin", "__main__", "lsp", "serve", "batch", "cli_common", "cli_rules",
     "cli_words", "report", "progress"),
)


def layer_of(module: str) -> int | None:
    if module == "newslint":
        return len(LAYERS) - 1  # the package's own namespace re-exports the API lazily
    top = module.split(".")[1]
    return next((i for i, names in enumerate(LAYERS) if top in names), None)


def test_every_module_has_a_layer():
    assert [m for m in import_graph() if layer_of(m) is None] == []


def test_imports_go_down_the_layers_only():
    graph = import_graph()
    upward = sorted(
        f"{a} -> {b}" for a, targets in graph.items() for b in targets if layer_of(b) > layer_of(a)
    )
    assert upward == []
