package de.kim.cases.facts;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.kim.platform.security.KeyedHash;

/**
 * The pseudonym a case has on kim.case-facts.v1: an HMAC of its id with a key only the case-service holds
 * (KIM_CASE_FACTS_KEY, from the secret store in production). Readers of the facts can follow one case's counts but
 * cannot link them to the case, nor to anything else keyed by case id. Changing the key makes every case look new:
 * republish the facts (see {@link CaseFactsPublisher}) and rebuild the monitoring afterwards.
 */
@ApplicationScoped
public class CaseFactsKey {

    private final KeyedHash hash;

    CaseFactsKey(@ConfigProperty(name = "kim.case-facts.key") String key) {
        this.hash = new KeyedHash(key);
    }

    public String of(UUID caseId) {
        return hash.of(caseId.toString());
    }
}
