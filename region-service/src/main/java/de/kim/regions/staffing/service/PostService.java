package de.kim.regions.staffing.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.events.contract.regions.PostState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.regions.common.ReferenceDataService;
import de.kim.regions.common.References;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.staffing.api.PostInput;
import de.kim.regions.staffing.domain.Post;

/** Funded posts per municipality (seed 001: 2.0 case management in Lünen, 0.5 in Werne and Selm). */
@ApplicationScoped
public class PostService extends ReferenceDataService<Post, PostState, PostInput> {

    private static final Set<String> SORTABLE = Set.of("role", "fte");

    PostService() {
        super(Post.class, RegionEvents.POST, "post");
    }

    @Transactional
    public Page<PostState> list(String subregion, UUID municipality, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality);
        return page.fetch(Post.find(filter.query(), page.sort(SORTABLE, "role"), filter.parameters()),
                this::toState);
    }

    @Override
    protected void apply(Post post, PostInput input) {
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        post.municipality = municipality;
        post.role = input.role();
        post.fte = input.fte();
        post.note = input.note();
    }

    @Override
    protected String subregionOf(Post post) {
        return post.municipality.subregion.code;
    }

    @Override
    protected Post newEntity() {
        return new Post();
    }

    @Override
    public PostState toState(Post post) {
        return new PostState(post.id, post.municipality.id, post.role.name(), post.fte, post.note);
    }
}
