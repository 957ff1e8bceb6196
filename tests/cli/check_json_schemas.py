# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates `wgll --format json` outputs against their schemas, and checks one naming scheme
across them: a key that is a list anywhere is never a number elsewhere (counts are `...Count`).

Usage: check_json_schemas.py SCHEMA OUTPUT [SCHEMA OUTPUT]...
Exits 0 when every output is valid, 1 with one line per fault, 2 when the validator is missing
(scripts/install-deps.sh installs python3-jsonschema): the test then fails, it never skips."""
import json
import sys

try:
    import jsonschema
except ImportError:
    print('python3-jsonschema is not installed: run scripts/install-deps.sh', file=sys.stderr)
    sys.exit(2)


def kind(value):
    if isinstance(value, bool):
        return 'boolean'
    if isinstance(value, (int, float)):
        return 'number'
    if isinstance(value, list):
        return 'array'
    if isinstance(value, dict):
        return 'object'
    return 'null' if value is None else 'string'


kinds = {}


def walk(value, where):
    if isinstance(value, dict):
        for key, item in value.items():
            kinds.setdefault(key, {}).setdefault(kind(item), where)
            walk(item, where)
    elif isinstance(value, list):
        for item in value:
            walk(item, where)


faults = []
args = sys.argv[1:]
if not args or len(args) % 2:
    sys.exit('usage: check_json_schemas.py SCHEMA OUTPUT [SCHEMA OUTPUT]...')
for schema_file, output_file in zip(args[::2], args[1::2]):
    with open(schema_file, encoding='utf-8') as f:
        schema = json.load(f)
    with open(output_file, encoding='utf-8') as f:
        instance = json.load(f)
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    for error in sorted(validator(schema).iter_errors(instance), key=str):
        path = '/'.join(map(str, error.absolute_path)) or '(top)'
        faults.append(f'{output_file}: {path}: {error.message} (against {schema_file})')
    walk(instance, output_file)
for key, seen in sorted(kinds.items()):
    if 'array' in seen and 'number' in seen:
        faults.append(f'"{key}" is a list in {seen["array"]} but a number in {seen["number"]}')
for fault in faults:
    print(fault)
sys.exit(1 if faults else 0)
