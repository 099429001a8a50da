package de.kim.regions.monitoring.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the state programme asks of a municipality for a sub-region and period, every count suppressed like in the
 * monitoring tables.
 *
 * @param opened
 *            cases opened in the period
 * @param closed
 *            cases closed in the period (and still closed)
 * @param active
 *            cases open at any time in the period: opened before its end, not closed before its start
 * @param openCasesByPhase
 *            cases open now, by municipality and phase
 * @param authoritiesJoined
 *            authorities that joined a case in the period
 * @param authoritiesInvolved
 *            open cases by the authorities involved in them, now
 * @param referrals
 *            referrals requested in the period, by offer category and where they stand now
 * @param gaps
 *            needs without an offer, by municipality, now
 */
@Schema(description = "Programme report (Landesprogramm KIM) for a sub-region and period, small counts suppressed")
public record ProgrammeReport(MonitoringTable.Item subregion, MonitoringTable.Period period, int threshold,
        OffsetDateTime generatedAt, MonitoringTable.Cell opened, MonitoringTable.Cell closed,
        MonitoringTable.Cell active, MonitoringTable openCasesByPhase, MonitoringTable authoritiesJoined,
        MonitoringTable authoritiesInvolved, MonitoringTable referrals, Gaps gaps) {
}
