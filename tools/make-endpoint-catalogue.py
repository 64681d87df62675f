#!/usr/bin/env python3
"""Derives the API explorer's endpoint catalogue from Zoho's CRM v8 OpenAPI files.

Usage: tools/make-endpoint-catalogue.py ../shared/reference/crm-oas-v8 > resources/explorer/crm-v8-endpoints.json

Not run at build time: its output is committed. One entry per path and method: the path template,
the operation's name, its query parameters (name, required, type, description) and whether it takes
a body. Headers and path parameters are left out (the path template names the latter).
Where the OAS gives a parameter no enum, the values Zoho's API documentation lists are added
(KNOWN_VALUES), so that the explorer can complete them too.
"""
import json
import os
import sys


# Values from Zoho's CRM v8 API documentation (Get Records, Search Records) that the OAS leaves open.
KNOWN_VALUES = {
    "sort_order": ["asc", "desc"],
    "approved": ["true", "false", "both"],
    "converted": ["true", "false", "both"],
    "include_child": ["true", "false"],
}


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target = spec
        for part in ref[2:].split("/"):
            target = target.get(part, {})
        node = target
    return node


def describe(spec, param):
    schema = resolve(spec, param.get("schema", {}))
    kind = schema.get("type", "string")
    if kind == "array":
        kind = "list of " + resolve(spec, schema.get("items", {})).get("type", "string")
    out = {"name": param["name"], "type": kind}
    if param.get("required"):
        out["required"] = True
    enum = schema.get("enum") or KNOWN_VALUES.get(param["name"])
    if enum:
        out["values"] = [str(v) for v in enum]
    text = (param.get("description") or "").strip().split("\n")[0]
    if text:
        out["description"] = text[:160]
    return out


def main():
    folder = sys.argv[1]
    endpoints = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            spec = json.load(handle)
        for path, item in spec.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method, op in item.items():
                if method not in ("get", "post", "put", "patch", "delete"):
                    continue
                query = []
                seen = set()
                for raw in shared + op.get("parameters", []):
                    param = resolve(spec, raw)
                    if param.get("in") != "query" or param["name"] in seen:
                        continue
                    seen.add(param["name"])
                    query.append(describe(spec, param))
                entry = {
                    "method": method.upper(),
                    "path": path.removeprefix("/crm/v8/"),
                    "name": op.get("operationId") or op.get("summary") or "",
                    "source": name,
                    "query": query,
                }
                if "requestBody" in op:
                    entry["body"] = True
                endpoints.append(entry)
    endpoints.sort(key=lambda e: (e["path"], e["method"]))
    json.dump({"version": "v8", "derivedFrom": "zoho/crm-oas v8.0", "endpoints": endpoints}, sys.stdout,
              indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
