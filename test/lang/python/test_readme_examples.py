"""Every README example, as rosetta translates it to Python, synthesizes to its TypeScript original's template.

The translations are those of the tablet `npm run rosetta` writes (.jsii.tabl.json), which jsii-pacmak turned
into the wheel's README and docstrings. Each runs in readme_fixture.py, rosetta's fixture in Python, and its
TypeScript original in rosetta's fixture itself (test/lang/twins/readme-examples.js), on the same JavaScript.
An example that is a whole program (its own imports and App) runs as one; its stack is ``stack``. A state
graph an example leaves outside a state machine gets one on both sides, so that the template holds what
its tasks render (their ASL and IAM statements), and a translation that changes data or meaning fails.
"""
import importlib.metadata
import json
import pathlib
import re

import pytest

import readme_fixture
from common import synthesize
from compare import assert_same_template

ROOT = pathlib.Path(__file__).parents[3]



def mangle(name):
    """The Python name rosetta gives a TypeScript variable (jsii-rosetta's mangleIdentifier)."""
    snake = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)).lower()
    return f"{snake}_" if snake == "lambda" else snake


def readme_blocks():
    """The TypeScript examples of the README, in order: the heading path above each ("ECS / RunTask / EC2",
    from level 2 down) and its source."""
    path, blocks, fence, block = [], [], False, []
    for line in (ROOT / "README.md").read_text().splitlines():
        if line.startswith("```"):
            if fence and block is not None:
                blocks.append((" / ".join(path), "\n".join(block)))
            fence, block = not fence, [] if line.startswith("```ts") else None
        elif fence:
            if block is not None:
                block.append(line)
        elif re.match(r"#{2,6} ", line):
            level, title = line.split(" ", 1)
            path = path[:len(level) - 2] + [title]
    return blocks


class Example:
    def __init__(self, key, snippet):
        self.twin = f"snippet_{key}"
        self.typescript = snippet["translations"]["$"]["source"]
        self.python = snippet["translations"]["python"]["source"]
        self.whole_program = "/// !show" not in snippet["fullSource"]
        self.declared = [(mangle(name), type) for name, type in
                         re.findall(r"^declare const (\w+): ([\w.]+);", self.typescript, re.M)]

    def build(self, app):
        """Runs the example in the fixture (or, a whole program, as one); returns the stack to compare."""
        if self.whole_program:
            namespace = {"__name__": "readme_example"}
            exec(compile(self.python, self.twin, "exec"), namespace)
            return namespace["stack"]
        body = [f"{name} = DECLARED[{type!r}](self, {name!r})" for name, type in self.declared]
        body += self.python.splitlines()
        source = "def example(self):\n" + "".join(f"    {line}\n" if line.strip() else "\n" for line in body)
        namespace = dict(vars(readme_fixture))
        exec(compile(source, self.twin, "exec"), namespace)
        stack = readme_fixture.Fixture(app, "Example", namespace["example"])
        readme_fixture.put_loose_states_in_state_machines(stack)
        return stack


def load_examples():
    """The README's examples by heading path ("SQS / Send Message #2" for the second under one heading)."""
    tablet = json.loads((ROOT / ".jsii.tabl.json").read_text())["snippets"]
    by_source = {s["translations"]["$"]["source"].strip(): Example(key, s) for key, s in tablet.items()
                 if s["location"]["api"].get("api") == "moduleReadme"}
    examples, seen = {}, {}
    for heading, source in readme_blocks():
        seen[heading] = seen.get(heading, 0) + 1
        name = heading if seen[heading] == 1 else f"{heading} #{seen[heading]}"
        examples[name] = by_source.get(source.strip())
    return examples


EXAMPLES = load_examples()


def test_every_typescript_example_of_the_readme_has_its_python_translation_here():
    missing = [name for name, example in EXAMPLES.items() if example is None]
    assert len(EXAMPLES) > 80 and missing == []


def test_the_wheel_readme_shows_each_translation():
    description = importlib.metadata.metadata("cdk-stepfunctions-tasks").get_payload()
    missing = [name for name, e in EXAMPLES.items() if e and f"```python\n{e.python}\n```" not in description]
    assert missing == []


def test_every_example_has_a_typescript_twin_and_every_twin_an_example(twins):
    assert {e.twin for e in EXAMPLES.values()} == twins.names("readme-examples")


def test_each_declared_value_is_in_the_translation_and_the_fixture_has_one_of_its_type():
    unknown = [(name, heading) for heading, e in EXAMPLES.items() for name, type in e.declared
               if f"# {name}: {type}" not in e.python or type not in readme_fixture.DECLARED]
    assert unknown == []


def test_the_fixture_imports_what_rosetta_s_fixture_imports_under_the_names_of_the_translations():
    fixture = (ROOT / "rosetta" / "default.ts-fixture").read_text()
    modules = re.findall(r"^import \* as (\w+) from '([\w-]+(?:/[\w-]+)?)';$", fixture, re.M)
    names = re.findall(r"^import \{ ([\w, ]+) \} from 'aws-cdk-lib';$", fixture, re.M)
    assert len(modules) > 20 and len(names) == 1
    for alias, module in modules:
        python_module = "cdk_stepfunctions_tasks" if module == "cdk-stepfunctions-tasks" else module.replace(
            "aws-cdk-lib/", "aws_cdk.").replace("-", "_")
        assert getattr(readme_fixture, mangle(alias)).__name__ == python_module
    for name in names[0].split(", "):
        assert getattr(readme_fixture, name).__module__.startswith("aws_cdk")


# Every example runs: where rosetta names a member otherwise than the wheel does, scripts/fix-python-names.js
# fixes the tablet, and the examples avoid what only TypeScript accepts (an array literal where aws-cdk-lib's
# API takes a map, as in `TaskInput.fromObject([...])`).
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_example_synthesizes_to_the_template_of_its_typescript_original(twins, name):
    example = EXAMPLES[name]
    assert_same_template(synthesize(example.build), twins("readme-examples", example.twin))

