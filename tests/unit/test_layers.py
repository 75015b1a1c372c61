"""The package's layers, read from its source: no import cycle, and no layer imports one above it.

The import graph is built with ``ast`` from every module of ``extractor`` (no module is run), every import
counted wherever it is (at the top, inside a function, inside a ``try``), except the ones under
``if TYPE_CHECKING:``, which are never run. Importing ``a.b.c`` runs the packages ``a`` and ``a.b`` first,
so an import of a module is also an edge to each package holding it. The layers, from the bottom:

- foundation: ``errors``, ``unit_codes``, ``rules``, ``spans``, ``lang``, ``data``;
- ``reading``: files to text;
- ``records``: the models, the codec that keeps them on a Doc, the schema, who is who;
- the Doc's helpers: ``pipeline.parsed`` (what the models left on a Doc), ``pipeline.model_loading``,
  ``pipeline.extensions`` (the attributes that hold the records);
- the rules: ``structure``, ``quantities``, ``topics``;
- the spaCy components and the pipeline they make: ``pipeline.components``, ``pipeline.build``;
- ``records.assemble``: a processed Doc to a validated record;
- ``output``: writers, tables, database, Parquet, atomic files;
- ``report``: the HTML report, built on the output;
- the run: ``api``, ``cli``, ``bounds``, ``pool``, ``distributed``, ``__main__`` (and the package itself).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2] / "extractor"

#: Each layer, as the module-name prefixes it is made of (a prefix covers its submodules).
LAYERS = {
    "foundation": ("extractor.errors", "extractor.unit_codes", "extractor.rules", "extractor.spans",
                   "extractor.lang", "extractor.data"),
    "reading": ("extractor.reading",),
    "records": ("extractor.records.models", "extractor.records.codec", "extractor.records.schema",
                "extractor.records.people"),
    "doc": ("extractor.pipeline.parsed", "extractor.pipeline.model_loading", "extractor.pipeline.extensions"),
    "rules": ("extractor.structure", "extractor.quantities", "extractor.topics"),
    "components": ("extractor.pipeline.components", "extractor.pipeline.build"),
    "assembly": ("extractor.records.assemble",),
    "output": ("extractor.output",),
    "report": ("extractor.report",),
    "run": ("extractor.api", "extractor.cli", "extractor.bounds", "extractor.pool", "extractor.distributed",
            "extractor.__main__"),
}
#: The topic labels' modules, from the bottom (within the rules layer): settings and words; debris and questions;
#: candidate phrases; their ranking, fitness, names and shaping into a heading; ``labels``, which runs them all.
#: A module imports only from the rows below its own.
LABEL_LAYERS = (
    ("extractor.topics.label_config", "extractor.topics.label_words"),
    ("extractor.topics.label_debris", "extractor.topics.label_questions"),
    ("extractor.topics.label_candidates",),
    ("extractor.topics.label_ranking", "extractor.topics.label_fitness", "extractor.topics.label_names",
     "extractor.topics.label_heading", "extractor.topics.label_asked"),
    ("extractor.topics.labels",),
)
#: Packages whose ``__init__`` only documents the layer: importing them runs nothing.
PACKAGES = ("extractor", "extractor.reading", "extractor.records", "extractor.pipeline", "extractor.output")

#: What each layer must never import (a layer above it, or one beside it it has no business with).
FORBIDDEN = {
    "foundation": {"reading", "records", "doc", "rules", "components", "assembly", "output", "report", "run"},
    "reading": {"records", "doc", "rules", "components", "assembly", "output", "report", "run"},
    "records": {"reading", "doc", "rules", "components", "assembly", "output", "report", "run"},
    "doc": {"reading", "components", "assembly", "output", "report", "run"},
    "rules": {"reading", "components", "assembly", "output", "report", "run"},
    "components": {"reading", "assembly", "output", "report", "run"},
    "assembly": {"reading", "components", "output", "report", "run"},
    "output": {"doc", "rules", "components", "assembly", "report", "run"},
    "report": {"doc", "rules", "components", "assembly", "run"},
    "run": set(),
}
#: The one edge from the Doc's helpers up into the rules: ``doc._.structure`` holds a
#: :class:`~extractor.structure.types.Structure`, whose class the codec must know to rebuild it.
ALLOWED = {("extractor.pipeline.extensions", "extractor.structure.types")}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST):
    """Every import node that runs, with whether it is inside a function."""
    def walk(node: ast.AST, in_function: bool):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for stmt in child.orelse:
                    yield from walk(stmt, in_function)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)))
    yield from walk(tree, False)


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, known: set[str]) -> list[str]:
    """The extractor modules an import runs: the one named, a submodule named in ``from ... import``."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names if alias.name.split(".")[0] == "extractor"]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - node.level + 1]
        source = ".".join(base + ([node.module] if node.module else []))
    else:
        source = node.module or ""
    if source.split(".")[0] != "extractor":
        return []
    found = [source]
    found += [f"{source}.{alias.name}" for alias in node.names if f"{source}.{alias.name}" in known]
    return found


def _with_packages(target: str, importer: str) -> list[str]:
    """``target`` and the packages that hold it, but not the importer's own packages (they run first anyway)."""
    parts = target.split(".")
    chain = [".".join(parts[:k]) for k in range(1, len(parts) + 1)]
    own = {".".join(importer.split(".")[:k]) for k in range(1, importer.count(".") + 1)}
    return [m for m in chain if m not in own]


def _graph() -> tuple[dict[str, set[str]], list[tuple[str, str, int, bool]]]:
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {m: set() for m in modules}
    lazy: list[tuple[str, str, int, bool]] = []
    for module, path in modules.items():
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        # A module may say once, at its top level, why it imports inside its functions ("# Lazy imports: ...").
        declared = any(line.startswith("# Lazy imports:") for line in lines)
        for node, in_function in _imports(ast.parse(source)):
            targets = [t for t in _targets(node, module, path.name == "__init__.py", known) if t in known]
            for target in targets:
                graph[module].update(t for t in _with_packages(target, module) if t in known)
            if in_function and targets:
                explained = declared or _has_reason(lines, node.lineno)
                lazy.append((module, targets[-1], node.lineno, explained))
    return graph, lazy


def _has_reason(lines: list[str], lineno: int) -> bool:
    """Whether an import line carries a comment, or follows one (other imports may stand between)."""
    if "#" in lines[lineno - 1]:
        return True
    k = lineno - 2
    while k >= 0 and lines[k].strip().startswith(("from ", "import ")):
        k -= 1
    return k >= 0 and (lines[k].strip().startswith("#") or "#" in lines[k])


def _layer(module: str) -> str | None:
    for name, prefixes in LAYERS.items():
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    return None


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


@pytest.fixture(scope="module")
def graph_and_lazy():
    return _graph()


def test_every_module_is_in_a_layer(graph_and_lazy):
    graph, _ = graph_and_lazy
    assert [m for m in graph if m not in PACKAGES and _layer(m) is None] == []


def test_no_import_cycle(graph_and_lazy):
    graph, _ = graph_and_lazy
    assert _cycles(graph) == []


def test_no_layer_imports_one_it_must_not(graph_and_lazy):
    graph, _ = graph_and_lazy
    wrong = sorted(
        f"{module} imports {target} ({_layer(module)} -> {_layer(target)})"
        for module, targets in graph.items() for target in targets
        if _layer(module) and _layer(target) in FORBIDDEN[_layer(module)] and (module, target) not in ALLOWED
    )
    assert wrong == []


def test_the_label_modules_import_only_the_rows_below_their_own(graph_and_lazy):
    graph, _ = graph_and_lazy
    row = {module: k for k, modules in enumerate(LABEL_LAYERS) for module in modules}
    assert sorted(m for m in graph if m.startswith("extractor.topics.label")) == sorted(row)
    assert sorted(f"{m} imports {t}" for m in row for t in graph[m] if t in row and row[t] >= row[m]) == []


def test_layer_packages_import_nothing():
    # A rule module imports ``extractor.pipeline.parsed``; were ``extractor/pipeline/__init__.py`` to import the
    # components, that would load the rules from inside a rule: a cycle.
    for package in PACKAGES[1:]:
        tree = ast.parse((ROOT.parent / package.replace(".", "/") / "__init__.py").read_text(encoding="utf-8"))
        assert [node for node, _ in _imports(tree)] == [], package


def test_imports_inside_functions_say_why(graph_and_lazy):
    # Kept only for start-up speed or an optional dependency, with a comment saying so; never to dodge a cycle
    # (test_no_import_cycle counts them too).
    _, lazy = graph_and_lazy
    assert [f"{module}:{line} imports {target}" for module, target, line, reason in lazy if not reason] == []


def test_the_checks_see_a_cycle_and_a_wrong_layer():
    graph = {"extractor.output.a": {"extractor.report.b"}, "extractor.report.b": {"extractor.output.a"}}
    assert _cycles(graph) == [["extractor.output.a", "extractor.report.b"]]
    assert "report" in FORBIDDEN[_layer("extractor.output.a")]
    tree = ast.parse("def f():\n    from ..report import x\n")
    node, in_function = next(_imports(tree))
    assert in_function and _targets(node, "extractor.output.writers", False, {"extractor.report"}) == [
        "extractor.report"]
