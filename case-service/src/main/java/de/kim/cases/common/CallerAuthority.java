package de.kim.cases.common;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import de.kim.platform.security.Claims;

/** Authority staff and agency systems act for the authority in their token (claim {@code authority}), no other. */
@ApplicationScoped
public class CallerAuthority {

    private final SecurityIdentity identity;

    CallerAuthority(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * @param asked
     *            the authority named in the path, in any case
     * @return its code, upper case
     * @throws ForbiddenException
     *             when the caller acts for another authority
     */
    public String require(String asked) {
        String claim = Claims.of(identity, Claims.AUTHORITY);
        String code = asked.toUpperCase(Locale.ROOT);
        if (claim == null || !claim.equals(code)) {
            throw new ForbiddenException();
        }
        return code;
    }

    public String subject() {
        return Claims.subject(identity);
    }
}
