"""How a template synthesized in Python is compared with its TypeScript twin's."""


def first_difference(actual, expected, path="$"):
    """The path and values where two JSON values first differ, or None when they are equal."""
    if isinstance(actual, dict) and isinstance(expected, dict):
        for key in sorted(set(actual) | set(expected)):
            if key not in actual or key not in expected:
                return f"{path}.{key}: {'missing' if key not in actual else 'unexpected'} key"
            found = first_difference(actual[key], expected[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(actual, list) and isinstance(expected, list):
        if len(actual) != len(expected):
            return f"{path}: {len(actual)} items, expected {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            found = first_difference(a, e, f"{path}[{i}]")
            if found:
                return found
        return None
    same = actual == expected and isinstance(actual, bool) == isinstance(expected, bool)
    return None if same else f"{path}: {actual!r}, expected {expected!r}"


def assert_same_template(actual, expected):
    assert "error" not in expected, f"the TypeScript twin threw: {expected['error']}"
    difference = first_difference(actual, expected)
    assert difference is None, f"differs from the TypeScript twin's template at {difference}"
