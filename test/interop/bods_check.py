"""The BODS 0.4 checks of libcovebods on one file, offline, as JSON on stdout: {"schema": [...], "rules": {...}}.

`schema` is `libcovebods jsv FILE` (JSON Schema validation against the 0.4 schema it ships); `rules` is
`libcovebods pv FILE` (the normative rules the schema cannot express: records referred to exist, dates in
order ...). pv downloads org-id.guide's list of identifier schemes on start; with no network at test time
that list is empty here, which only matters for `scheme` codes (this export names its scheme by `schemeName`).
"""

import json
import sys

import libcove2.common
import libcovebods.config
import libcovebods.data_reader
import libcovebods.jsonschemavalidate
import libcovebods.run_tasks
import libcovebods.schema

libcove2.common.get_orgids_prefixes = lambda *args, **kwargs: []
for module in list(sys.modules.values()):
    if getattr(module, "get_orgids_prefixes", None) is not None and module.__name__.startswith("libcovebods"):
        module.get_orgids_prefixes = libcove2.common.get_orgids_prefixes

reader = libcovebods.data_reader.DataReader(sys.argv[1])
config = libcovebods.config.LibCoveBODSConfig()
schema = libcovebods.schema.SchemaBODS(reader, config)
errors = libcovebods.jsonschemavalidate.JSONSchemaValidator(schema).validate(reader)
rules = libcovebods.run_tasks.process_additional_checks(reader, config, schema, libcovebods.run_tasks.TASK_CLASSES)
print(json.dumps({"version": schema.schema_version, "schema": [e.json() for e in errors], "rules": rules}, default=str))
