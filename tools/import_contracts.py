"""An import-linter contract type that import-linter lacks: "imports the standard library only".

A ``forbidden`` contract names what may not be imported, so a dependency added later slips
through; this one names what may be imported (the package itself, the standard library, and
``allowed_modules``) and refuses everything else, installed or not.
"""

from __future__ import annotations

import sys

import grimp
from importlinter import Contract, ContractCheck, fields, output


class StdlibOnlyContract(Contract):
    """Modules of ``source_modules`` import only each other, the standard library and
    ``allowed_modules`` (optional), even under ``TYPE_CHECKING``; every module of the
    package is checked, so nothing else is reached indirectly either."""

    type_name = "stdlib_only"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    allowed_modules = fields.ListField(subfield=fields.ModuleField(), required=False)

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        sources = [module.name for module in self.source_modules]  # type: ignore[attr-defined]
        allowed = [module.name for module in self.allowed_modules or []]  # type: ignore[attr-defined]

        def permitted(name: str) -> bool:
            top = name.partition(".")[0]
            if top in sys.stdlib_module_names:
                return True
            return any(name == ok or name.startswith(f"{ok}.") for ok in [*sources, *allowed])

        violations = []
        for source in sources:
            for importer in sorted(graph.find_descendants(source) | {source}):
                for imported in sorted(graph.find_modules_directly_imported_by(importer)):
                    if permitted(imported):
                        continue
                    lines = [
                        detail["line_number"]
                        for detail in graph.get_import_details(importer=importer, imported=imported)
                    ]
                    violations.append((importer, imported, lines))
        return ContractCheck(kept=not violations, metadata={"violations": violations})

    def render_broken_contract(self, check: ContractCheck) -> None:
        for importer, imported, lines in check.metadata["violations"]:
            where = ", ".join(f"l.{line}" for line in lines)
            output.print_error(f"{importer} -> {imported} ({where})")
            output.new_line()
