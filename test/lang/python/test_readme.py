"""The README's Python example (readme_app.py, shown verbatim there), run as a user runs it."""
import json
import os
import pathlib
import subprocess
import sys

from compare import assert_same_template

HERE = pathlib.Path(__file__).parent


def test_the_readme_example_synthesizes_to_the_template_of_the_readme_typescript_example(twins, tmp_path):
    # GIVEN an output folder, as `cdk synth` gives the app through CDK_OUTDIR
    env = {**os.environ, "CDK_OUTDIR": str(tmp_path)}

    # WHEN the app runs in its own interpreter
    subprocess.run([sys.executable, str(HERE / "readme_app.py")], env=env, check=True)

    # THEN its template is the README TypeScript example's
    template = json.loads((tmp_path / "Workflow.template.json").read_text())
    assert_same_template(template, twins("readme", "using_it"))
