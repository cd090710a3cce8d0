"""Every example of the older Python docs, as a Python app, synthesizes to its TypeScript twin's template."""
import pytest

from common import synthesize
from compare import assert_same_template
from examples import EXAMPLES


def test_every_python_example_has_a_typescript_twin_and_every_twin_an_example(twins):
    assert set(EXAMPLES) == twins.names("examples")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_example_synthesizes_to_the_template_of_its_typescript_twin(twins, name):
    assert_same_template(synthesize(EXAMPLES[name]), twins("examples", name))
