package io.ctxrec.routes.recommend;

import io.ctxrec.domain.port.ListContext;
import io.ctxrec.routes.scoring.AnsweredLists;
import io.ctxrec.routes.scoring.ScoringRequest;
import io.ctxrec.routes.scoring.ScoringTask;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.Objects;

/**
 * One list or init request on its way through {@link RecommendationRoutes}: the body every step reads
 * and fills in, in this order: the query and the version that serves it (kept from start to end, so a
 * version switch never changes the models under a request), the user's stored list and whether it may
 * answer, the user's profile, the models' task (none: the heuristic fallback answers), the lists the
 * models answered, and the list that answers. Filled in by one request thread; the model routes only
 * read the task.
 */
public final class RecommendationState implements ScoringRequest {
    private final RecommendationQuery query;
    private final ServingVersion version;
    private final ListContext context;
    private StoredLists.Held cached;
    private boolean cacheChecked;
    private boolean fresh;
    private UserProfile profile;
    private ScoringTask task;
    private AnsweredLists answered = AnsweredLists.NONE;
    private Recommendation list;
    private boolean admitted;

    /**
     * @param version the version that serves, or null while none does
     * @param context the context a list for this request is computed for and stored under
     */
    public RecommendationState(RecommendationQuery query, ServingVersion version, ListContext context) {
        this.query = Objects.requireNonNull(query, "query");
        this.version = version;
        this.context = Objects.requireNonNull(context, "context");
    }

    public RecommendationQuery query() {
        return query;
    }

    /** The version that serves this request, or null while none does. */
    public ServingVersion version() {
        return version;
    }

    /** The context the list that answers is computed for (a stored one answers only in it). */
    public ListContext context() {
        return context;
    }

    /** The version's name, or {@link Recommendation#NO_VERSION}. */
    public String versionName() {
        return version == null ? Recommendation.NO_VERSION : version.version();
    }

    void cache(StoredLists.Held stored, boolean isFresh) {
        this.cached = stored;
        this.fresh = isFresh;
        this.cacheChecked = true;
    }

    /** The user's stored list for this context, or null. */
    public StoredLists.Held cached() {
        return cached;
    }

    /** Whether the stored list may answer; false until the cache was checked. */
    public boolean fresh() {
        return fresh;
    }

    /** True once the cache was checked (a list request), whatever it found. */
    public boolean cacheChecked() {
        return cacheChecked;
    }

    void profile(UserProfile userProfile) {
        this.profile = Objects.requireNonNull(userProfile, "profile");
    }

    public UserProfile profile() {
        return profile;
    }

    void scoringTask(ScoringTask scoringTask) {
        this.task = scoringTask;
    }

    /** What every model scores, or null: no version, a user new to it, or no known product (fallback). */
    @Override
    public ScoringTask scoringTask() {
        return task;
    }

    void answered(AnsweredLists lists) {
        this.answered = Objects.requireNonNull(lists, "answered");
    }

    /** The lists of the models that answered in time. */
    public AnsweredLists answered() {
        return answered;
    }

    void list(Recommendation computed) {
        this.list = Objects.requireNonNull(computed, "list");
    }

    /** The computed list that answers, or null while none is (or when the stored one answers). */
    public Recommendation list() {
        return list;
    }

    void admitted(boolean holdsATurn) {
        this.admitted = holdsATurn;
    }

    /** Whether the request holds a turn to compute ({@link ComputeAdmission}). */
    boolean admitted() {
        return admitted;
    }

    /** Short: the task and the version would spell out every encoder and product id. */
    @Override
    public String toString() {
        return "RecommendationState[" + query + ", version=" + versionName() + ", fresh=" + fresh
                + ", list=" + (list == null ? null : list.source() + " " + list.model()) + "]";
    }
}
