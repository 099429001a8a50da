package de.kim.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An app's container image as the build left it in Podman's local store (profile images of the root pom), its OCI
 * tarball, and its root file system unpacked from that tarball and started the way a container runtime would: as the
 * image's user, in its working directory, with its entrypoint and environment, on a read-only root with /proc and an
 * empty /tmp, in namespaces of its own (mount and PID; the host's network, no /dev). No container engine runs on our
 * machines (the kernel refuses Podman's resource limits), so this is the closest check that the image itself, and
 * only the image, runs the app.
 */
final class ContainerImage {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String reference;
    /** The image's configuration (User, Entrypoint, Env, ExposedPorts, WorkingDir, Labels) as Podman reports it. */
    final JsonNode config;
    /** The uncompressed layers' digests, base first. */
    final List<String> diffIds;

    private ContainerImage(String reference, JsonNode inspected) {
        this.reference = reference;
        this.config = inspected.path("Config");
        List<String> layers = new ArrayList<>();
        inspected.path("RootFS").path("Layers").forEach(layer -> layers.add(layer.asText()));
        this.diffIds = List.copyOf(layers);
    }

    /** kim/APP:VERSION from Podman's store; fails when the build made no image. */
    static ContainerImage of(String app) {
        String reference = "kim/" + app + ":" + System.getProperty("kim.version");
        String inspected = podman("image", "inspect", reference);
        try {
            return new ContainerImage(reference, JSON.readTree(inspected).get(0));
        } catch (IOException e) {
            throw new IllegalStateException("podman printed no JSON for " + reference, e);
        }
    }

    /** Writes the image as an OCI archive, the form it takes to registries and other engines. */
    Path saveOciArchive(Path archive) throws IOException {
        Files.createDirectories(archive.getParent());
        Files.deleteIfExists(archive);
        podman("save", "--quiet", "--format", "oci-archive", "--output", archive.toString(), reference);
        return archive;
    }

    /**
     * Unpacks an OCI archive's layers, in order, into {@code rootfs}, with the mount points a runtime creates (/proc).
     */
    static Path unpack(Path archive, Path rootfs) throws IOException {
        Path layout = rootfs.resolveSibling(rootfs.getFileName() + ".oci");
        for (Path directory : List.of(layout, rootfs)) {
            delete(directory);
            Files.createDirectories(directory);
        }
        RenderedOverlays.run(List.of("tar", "-C", layout.toString(), "-xf", archive.toString()), null);
        JsonNode index = JSON.readTree(layout.resolve("index.json").toFile());
        JsonNode manifest = JSON.readTree(blob(layout, index.path("manifests").get(0)).toFile());
        for (JsonNode layer : manifest.path("layers")) {
            RenderedOverlays.run(List.of("tar", "--warning=no-unknown-keyword", "-C", rootfs.toString(), "-xzf",
                    blob(layout, layer).toString()), null);
        }
        delete(layout); // the archive keeps what it held
        Files.createDirectories(rootfs.resolve("proc"));
        return rootfs;
    }

    /**
     * Starts the image's entrypoint in {@code rootfs} with the image's environment plus {@code environment}: as the
     * image's (numeric) user, root file system read-only, /tmp a fresh tmpfs (the Deployments' emptyDir), the
     * process PID 1 of its own PID namespace. Needs root, as a container runtime does.
     */
    Process start(Path rootfs, Map<String, String> environment, Path log) throws IOException {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException(
                    "starting an image needs root (mount and PID namespaces), as a runtime does");
        }
        // The paths and the user go in as positional parameters, never pasted into the script.
        String script = "root=$1 workdir=$2 user=$3; shift 3; "
                + "/usr/bin/mount --bind \"$root\" \"$root\" && /usr/bin/mount -o remount,bind,ro \"$root\" && "
                + "/usr/bin/mount -t proc proc \"$root/proc\" && /usr/bin/mount -t tmpfs -o mode=1777 tmpfs \"$root/tmp\" && "
                + "exec /usr/bin/unshare --root=\"$root\" --wd=\"$workdir\" --setuid=\"$user\" --setgid=\"$user\" -- \"$@\"";
        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare", "--mount", "--pid", "--fork",
                "--kill-child=TERM", "/bin/sh", "-c", script, "container", rootfs.toString(),
                config.path("WorkingDir").asText(), config.path("User").asText()));
        config.path("Entrypoint").forEach(part -> command.add(part.asText()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        config.path("Env").forEach(variable -> {
            String[] pair = variable.asText().split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        });
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * Stops a started image the way a runtime does: SIGTERM to its process (unshare itself ignores SIGTERM while it
     * waits), SIGKILL after the grace period.
     */
    static void stop(Process container) throws InterruptedException {
        container.toHandle().descendants().forEach(ProcessHandle::destroy);
        if (!container.waitFor(30, TimeUnit.SECONDS)) {
            container.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly().waitFor();
        }
    }

    private static Path blob(Path layout, JsonNode descriptor) {
        String[] digest = descriptor.path("digest").asText().split(":", 2);
        return layout.resolve("blobs").resolve(digest[0]).resolve(digest[1]);
    }

    private static String podman(String... arguments) {
        List<String> command = new ArrayList<>(List.of("podman"));
        command.addAll(List.of(arguments));
        try {
            return RenderedOverlays.run(command, null);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage()
                    + " (the build makes the images: ./mvnw package without -Dkim.images.skip)", e);
        }
    }

    /** Removes a directory tree the test made (root-owned files a later non-root `mvn clean` could not). */
    static void delete(Path directory) {
        RenderedOverlays.run(List.of("rm", "-rf", directory.toString()), null);
    }
}
