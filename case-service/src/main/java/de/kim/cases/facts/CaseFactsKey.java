package de.kim.cases.facts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The pseudonym a case has on kim.case-facts.v1: an HMAC of its id with a key only the case-service holds
 * (KIM_CASE_FACTS_KEY, from the secret store in production). Readers of the facts can follow one case's counts but
 * cannot link them to the case, nor to anything else keyed by case id. Changing the key makes every case look new:
 * republish the facts (see {@link CaseFactsPublisher}) and rebuild the monitoring afterwards.
 */
@ApplicationScoped
public class CaseFactsKey {

    private final SecretKeySpec key;

    CaseFactsKey(@ConfigProperty(name = "kim.case-facts.key") String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String of(UUID caseId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(caseId.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
