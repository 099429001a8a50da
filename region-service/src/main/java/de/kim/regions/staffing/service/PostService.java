package de.kim.regions.staffing.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import de.kim.platform.api.Etags;
import de.kim.platform.api.Page;
import de.kim.platform.api.PageParams;
import de.kim.platform.api.QueryFilter;
import de.kim.platform.api.Versioned;
import de.kim.platform.events.contract.regions.PostState;
import de.kim.platform.events.contract.regions.RegionEvents;
import de.kim.platform.events.outbox.Outbox;
import de.kim.platform.problem.ApiProblem;
import de.kim.regions.common.References;
import de.kim.regions.common.WriteAccess;
import de.kim.regions.municipality.domain.Municipality;
import de.kim.regions.staffing.api.PostInput;
import de.kim.regions.staffing.domain.Post;

/** Funded posts per municipality (seed 001: 2.0 case management in Lünen, 0.5 in Werne and Selm). */
@ApplicationScoped
public class PostService {

    private static final Set<String> SORTABLE = Set.of("role", "fte");

    private final Outbox outbox;
    private final WriteAccess access;

    PostService(Outbox outbox, WriteAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Page<PostState> list(String subregion, UUID municipality, PageParams page) {
        QueryFilter filter = new QueryFilter()
                .and("municipality.subregion.code = :subregion", "subregion", subregion)
                .and("municipality.id = :municipality", "municipality", municipality);
        return page.fetch(Post.find(filter.query(), page.sort(SORTABLE, "role"), filter.parameters()),
                PostService::toState);
    }

    @Transactional
    public Versioned<PostState> get(UUID id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<PostState> create(PostInput input) {
        Post post = new Post();
        post.id = UUID.randomUUID();
        return save(post, input);
    }

    @Transactional
    public Versioned<PostState> update(UUID id, long expectedVersion, PostInput input) {
        Post post = find(id);
        access.requireSubregion(post.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, post.version);
        return save(post, input);
    }

    @Transactional
    public void delete(UUID id, long expectedVersion) {
        Post post = find(id);
        access.requireSubregion(post.municipality.subregion.code);
        Etags.requireCurrent(expectedVersion, post.version);
        post.delete();
        outbox.appendTombstone(RegionEvents.POST, id.toString(), post.version + 1);
    }

    private Versioned<PostState> save(Post post, PostInput input) {
        Municipality municipality = References.municipality(input.municipalityId(), "municipalityId");
        access.requireSubregion(municipality.subregion.code);
        post.municipality = municipality;
        post.role = input.role();
        post.fte = input.fte();
        post.note = input.note();
        post.persistAndFlush();
        Versioned<PostState> result = versioned(post);
        outbox.append(RegionEvents.POST, post.id.toString(), result.version(), result.body());
        return result;
    }

    private static Post find(UUID id) {
        Post post = Post.findById(id);
        if (post == null) {
            throw ApiProblem.notFound("No post with this id.");
        }
        return post;
    }

    private static Versioned<PostState> versioned(Post post) {
        return new Versioned<>(toState(post), post.version);
    }

    public static PostState toState(Post post) {
        return new PostState(post.id, post.municipality.id, post.role.name(), post.fte, post.note);
    }
}
