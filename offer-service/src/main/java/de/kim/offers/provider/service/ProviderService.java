package de.kim.offers.provider.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.offers.provider.domain.Provider;
import de.kim.offers.provider.domain.ProviderKind;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.events.contract.offers.OfferEvents;
import de.kim.platform.events.contract.offers.ProviderState;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;

/** Registers providers and publishes their state with every change. */
@ApplicationScoped
public class ProviderService {

    private final Outbox outbox;

    ProviderService(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public ProviderState register(String name, String code, ProviderKind kind, String contactEmail,
            String contactPhone) {
        if (Provider.nameTaken(name)) {
            throw ApiProblem.conflict("A provider with this name is already registered.");
        }
        if (code != null && Provider.count("code", code) > 0) {
            throw ApiProblem.conflict("A provider with this code is already registered.");
        }
        Provider provider = new Provider();
        provider.code = code;
        provider.id = UUID.randomUUID();
        provider.name = name;
        provider.kind = kind;
        provider.contactEmail = contactEmail;
        provider.contactPhone = contactPhone;
        provider.persistAndFlush();
        ProviderState state = toState(provider);
        outbox.append(OfferEvents.PROVIDER, provider.id.toString(), provider.version, state);
        return state;
    }

    @Transactional
    public Page<ProviderState> list(PageParams page) {
        return page.fetch(Provider.findAll(page.sort(Set.of("name", "code"), "name")), ProviderService::toState);
    }

    @Transactional
    public ProviderState get(UUID id) {
        Provider provider = Provider.findById(id);
        if (provider == null) {
            throw ApiProblem.notFound("No provider with this id.");
        }
        return toState(provider);
    }

    private static ProviderState toState(Provider provider) {
        return new ProviderState(provider.id, provider.name, provider.code, provider.kind.name(), provider.contactEmail,
                provider.contactPhone);
    }
}
