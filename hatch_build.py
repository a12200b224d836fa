"""Build hook for the optional compiled build: mypyc compiles the extraction's hot modules.

The pure-Python wheel is the default and is what ``pip install .`` builds; this hook does nothing
then. With the environment variable ``NEWSCORPUS_MYPYC=1`` a wheel build (``pip install .``,
``pip wheel .``, ``python -m build --wheel``) also compiles the modules listed under
``mypyc-modules`` in ``pyproject.toml`` with mypyc into C extensions that sit beside their
``.py`` files (Python imports the extension first), and the wheel becomes platform-specific.
The same list is what CI checks; a listed module that does not exist fails the build.

What it needs (mypy, setuptools and a C compiler) is installed into the build environment only
when the switch is on: :meth:`MypycBuildHook.dependencies`.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The switch: set to 1 to build the compiled wheel.
SWITCH = "NEWSCORPUS_MYPYC"
#: Where the package's modules live.
SOURCE_ROOT = "src"


def switched_on() -> bool:
    return os.environ.get(SWITCH, "").strip().lower() not in {"", "0", "false", "no"}


def module_paths(root: str | os.PathLike[str], modules: list[str]) -> list[Path]:
    """The source file of every listed module; refuse a module that does not exist."""
    if not modules:
        raise ValueError("mypyc-modules in pyproject.toml is empty: nothing to compile")
    paths = []
    for module in modules:
        path = Path(root, SOURCE_ROOT, *module.split(".")).with_suffix(".py")
        if not path.is_file():
            raise FileNotFoundError(
                f"mypyc-modules in pyproject.toml lists {module!r}, but {path} does not exist: "
                "update the list (modules are moved and renamed as the engine changes)"
            )
        paths.append(path)
    return paths


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not switched_on():
            return []
        # mypy type-checks the modules it compiles, so it needs the runtime dependencies too.
        return [
            *self.config.get("mypyc-dependencies", []),
            *self.metadata.core.dependencies,
        ]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or not switched_on():
            return
        if version == "editable":
            self.app.display_warning(
                f"{SWITCH} is ignored for an editable install: it runs the .py files"
            )
            return
        from mypyc.build import mypycify  # noqa: PLC0415 - only in the compiled build
        from setuptools import Distribution  # noqa: PLC0415
        from setuptools.command.build_ext import build_ext  # noqa: PLC0415

        paths = module_paths(self.root, list(self.config.get("mypyc-modules", [])))
        self._work = tempfile.mkdtemp(prefix="newscorpus-mypyc-")
        work = Path(self._work)
        self.app.display_info(f"mypyc: compiling {len(paths)} modules")
        extensions = mypycify(
            [f"--cache-dir={work / 'mypy-cache'}", *(str(path) for path in paths)],
            opt_level=str(self.config.get("mypyc-opt-level", "3")),
            debug_level="0",
            target_dir=str(work / "c"),
        )
        distribution = Distribution({"name": self.metadata.name, "ext_modules": extensions})
        command = build_ext(distribution)
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.ensure_finalized()
        command.run()
        for output in command.get_outputs():
            relative = Path(output).relative_to(work / "lib")
            build_data["force_include"][output] = relative.as_posix()
            self.app.display_info(f"mypyc: built {relative}")
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        del version, build_data, artifact_path
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
