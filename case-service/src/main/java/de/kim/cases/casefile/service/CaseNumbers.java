package de.kim.cases.casefile.service;

import java.time.Year;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Case numbers KIM-{SUBREGION}-{YEAR}-{000123}, consecutive per sub-region and year without gaps:
 * the counter row is incremented in the transaction that creates the case, so concurrent creations
 * queue on its lock and a rolled-back creation gives its number back.
 */
@ApplicationScoped
public class CaseNumbers {

    private final EntityManager entityManager;

    CaseNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(TxType.MANDATORY)
    public String next(String subregion, Year year) {
        Number next = (Number) entityManager.createNativeQuery("""
                insert into case_number_counter (subregion, year, last_number) values (?1, ?2, 1)
                on conflict (subregion, year) do update set last_number = case_number_counter.last_number + 1
                returning last_number
                """)
                .setParameter(1, subregion)
                .setParameter(2, year.getValue())
                .getSingleResult();
        return "KIM-%s-%d-%06d".formatted(subregion, year.getValue(), next.intValue());
    }
}
