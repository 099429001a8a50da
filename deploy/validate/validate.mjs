// Validates Kubernetes objects (YAML documents on stdin, as `kustomize build` prints them) against
// the schemas of Kubernetes itself and of the operators' custom resources (CloudNativePG, Strimzi),
// as published in the kubernetes-models packages. Prints one line per object, "ok" or the errors,
// and exits 1 when any object is invalid or of a kind without a schema here.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const CUSTOM_RESOURCES = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io",
};

/** The model module of an apiVersion and kind: core "v1" → kubernetes-models/v1/Kind. */
function modulePath(apiVersion, kind) {
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (CUSTOM_RESOURCES[group]) {
    return `${CUSTOM_RESOURCES[group]}/${version}/${kind}`;
  }
  return group === "" ? `kubernetes-models/${version}/${kind}` : `kubernetes-models/${group}/${version}/${kind}`;
}

async function validate(object) {
  const path = modulePath(object.apiVersion, object.kind);
  let model;
  try {
    model = (await import(path))[object.kind];
  } catch {
    return [`no schema for ${object.apiVersion} ${object.kind}`];
  }
  try {
    new model(object).validate();
    return [];
  } catch (invalid) {
    return (invalid.errors ?? [invalid]).map((e) => `${e.instancePath ?? ""} ${e.message}`.trim());
  }
}

/**
 * kustomize writes a ConfigMap's binaryData (and a Secret's data) as base64 broken into lines; the API server reads
 * them with Go's base64 decoder, which skips line breaks. The schema's "byte" format does not: join the lines first.
 */
function joinBase64Lines(object) {
  const field = object.kind === "ConfigMap" ? "binaryData" : object.kind === "Secret" ? "data" : null;
  for (const [key, value] of Object.entries((field && object[field]) ?? {})) {
    if (typeof value === "string") object[field][key] = value.replace(/[\r\n]/g, "");
  }
  return object;
}

const input = readFileSync(0, "utf8");
let failed = false;
for (const document of parseAllDocuments(input)) {
  const object = document.toJS();
  if (!object) continue;
  joinBase64Lines(object);
  const errors = await validate(object);
  failed ||= errors.length > 0;
  const name = `${object.apiVersion} ${object.kind} ${object.metadata?.name}`;
  console.log(errors.length === 0 ? `ok ${name}` : `INVALID ${name}: ${errors.join("; ")}`);
}
process.exit(failed ? 1 : 0);
