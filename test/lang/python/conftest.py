"""Shared by the Python tests: where the TypeScript twins' outcomes are."""
import json
import os
import pathlib

import pytest


@pytest.fixture(scope="session")
def twins():
    """The outcome of a TypeScript twin, by module and name: a template or ``{"error": {...}}``.

    scripts/test-lang.sh runs the twins (test/lang/twins/run.js) in the same run, on the same JavaScript
    this binding runs, and passes their folder as TWINS_DIR.
    """
    root = pathlib.Path(os.environ["TWINS_DIR"])

    def outcome(module, name):
        return json.loads((root / module / f"{name}.json").read_text())

    outcome.names = lambda module: {p.stem for p in (root / module).glob("*.json")}
    return outcome
