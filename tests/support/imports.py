"""The import rules of docs/architecture.md, read from the code's own import statements.

`import_graph` parses every module of the given packages (no code is run) and records each import
of a first-party module, at module level or inside a function. The checks then report:

- import circles among module-level imports (Python would load a half-built module);
- model modules importing a view or form module at module level (models load first);
- imports from one app into another that the app map does not allow (any level: a function-level
  import is still a dependency).
"""

import ast
import re
from dataclasses import dataclass
from pathlib import Path

VIEW_OR_FORM = re.compile(r"(^|\.)(views|forms|[a-z_]*_views)(\.|$)")
MODEL = re.compile(r"(^|\.)models(\.|$)")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module, dotted
    target: str  # the imported module, dotted (a package's submodule when one is named)
    line: int
    top_level: bool


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(root: Path, packages: tuple[str, ...]) -> dict[str, Path]:
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if "node_modules" in path.parts or ".venv" in path.parts:
                continue
            found[module_name(root, path)] = path
    return found


def import_graph(root: Path, packages: tuple[str, ...]) -> list[Import]:
    """Every import of a module inside `packages`, resolved to the most specific module."""
    modules = _modules(root, packages)
    imports = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        top_level_nodes = {id(node) for node in tree.body}
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: resolve against this module's package
                    package = name.split(".") if is_package else name.split(".")[:-1]
                    package = package[: len(package) - (node.level - 1)]
                    base = ".".join([*package, base] if base else package)
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    targets.append(submodule if submodule in modules else base)
            for target in targets:
                if target.split(".")[0] in packages:
                    imports.append(Import(name, target, node.lineno, id(node) in top_level_nodes))
    return imports


def import_circles(imports: list[Import]) -> list[list[str]]:
    """Groups of modules that import each other at module level (Tarjan's strongly connected
    components of more than one module, or a module importing itself)."""
    edges: dict[str, set[str]] = {}
    for item in imports:
        if item.top_level:
            edges.setdefault(item.source, set()).add(item.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in edges.get(node, ()):
                circles.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return circles


def models_importing_views(imports: list[Import]) -> list[Import]:
    """Module-level imports of a view or form module by a model module."""
    return [
        item
        for item in imports
        if item.top_level and MODEL.search(item.source) and VIEW_OR_FORM.search(item.target)
    ]


def app_map(markdown: str) -> dict[str, set[str]]:
    """{app: apps it may import} from the map table of docs/architecture.md: rows whose first
    cell is an app in backticks and whose last cell lists the apps it may import in backticks."""
    rules = {}
    for line in markdown.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not re.fullmatch(r"`[a-z_.]+`", cells[0]):
            continue
        rules[cells[0].strip("`")] = set(re.findall(r"`([a-z_.]+)`", cells[-1]))
    return rules


def app_of(module: str, apps) -> str | None:
    """The most specific app of the map that holds `module`."""
    best = None
    for app in apps:
        if (module == app or module.startswith(app + ".")) and (
            best is None or len(app) > len(best)
        ):
            best = app
    return best


def direction_violations(imports: list[Import], rules: dict[str, set[str]]) -> list[str]:
    """Imports of one app from another that the map does not list (module or function level)."""
    found = []
    for item in imports:
        source, target = app_of(item.source, rules), app_of(item.target, rules)
        if source is None or target is None or source == target:
            continue
        if target not in rules[source]:
            found.append(f"{item.source}:{item.line} imports {item.target} ({source} -> {target})")
    return found


def unmapped_modules(root: Path, packages: tuple[str, ...], rules) -> list[str]:
    """Modules that belong to no app of the map (a new app must be added to it)."""
    return [name for name in _modules(root, packages) if app_of(name, rules) is None]
