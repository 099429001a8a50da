package de.kim.cases.retention;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

import de.kim.cases.common.Now;

/** Runs the retention every night; several instances may run it, each case is anonymised once (row lock). */
@ApplicationScoped
class RetentionJob {

    private final CaseRetention retention;

    RetentionJob(CaseRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${kim.retention.cron:0 30 2 * * ?}", timeZone = "Europe/Berlin", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        retention.anonymiseDue(Now.today());
    }
}
