package de.kim.regions.monitoring.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kim.monitoring")
public interface MonitoringConfig {

    /**
     * The smallest count published: anything from 1 to this − 1 is suppressed (5 is the usual rule of the statistical
     * offices for social data).
     */
    @WithDefault("5")
    int minCellCount();

    /**
     * The key of the hash each case is remembered by in monitoring_source (KIM_MONITORING_SOURCE_KEY_SECRET in
     * production, from a secret store). Changing it makes every case look new: rebuild the monitoring afterwards.
     */
    String sourceKeySecret();
}
