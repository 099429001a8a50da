package de.kim.localinfra.quarkus;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The management interface of the service under test ({@code /q/health}, {@code /q/metrics}, {@code /q/openapi}): a
 * port of its own, picked at random in tests; its public port answers the API only.
 */
public final class ManagementInterface {

    private ManagementInterface() {
    }

    /** E.g. {@code http://localhost:41234}; read once the application has started. */
    public static String url() {
        return "http://localhost:"
                + ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    }
}
