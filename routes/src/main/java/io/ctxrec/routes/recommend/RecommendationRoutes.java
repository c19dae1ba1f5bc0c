package io.ctxrec.routes.recommend;

import io.ctxrec.routes.scoring.AnsweredLists;
import io.ctxrec.routes.scoring.ScoringRoutes;
import io.ctxrec.routes.scoring.ServingModels;
import io.ctxrec.routes.scoring.ServingVersion;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Predicate;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.CircuitBreakerDefinition;
import org.apache.camel.model.Resilience4jConfigurationDefinition;
import org.apache.camel.spi.CamelLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's recommendations, every step. The HTTP layer sends a {@link RecommendationQuery} to
 * {@value #LIST} (the stored list when it is fresh) or {@value #INIT} (always computed) and gets a
 * {@link RecommendationResponse}, or, for a stored list, its {@link CachedAnswer} (rendered to JSON when it was
 * stored: a hit runs no serialisation); {@value #CLEAR} takes a user id and answers the rows removed. In between,
 * the body is one {@link RecommendationState} that each step reads and fills in: the cache check
 * ({@link UserLists}), the user's data read with camel-jdbc ({@link UserDataCollector}), the plan, the
 * models behind a circuit breaker ({@link ScoringRoutes}) or the heuristic fallback, the choice
 * ({@link ListChoice}), then saving and hydration ({@link UserLists}).
 */
public class RecommendationRoutes extends RouteBuilder {
    public static final String LIST = "direct:recommendations-list";
    public static final String INIT = "direct:recommendations-init";
    public static final String CLEAR = "direct:recommendations-clear";
    static final String COMPUTE = "direct:recommendations-compute";
    static final String USER_ROWS = "direct:recommendations-user-rows";
    static final String SCORE = "direct:recommendations-score";
    /**
     * The response header that marks an answer from a list held in memory while the database cannot be reached
     * (RFC 7234's warning 110): it may miss what happened since.
     */
    public static final String STALE_HEADER = "Warning";
    static final String STALE = "110 - \"Response is Stale\"";
    /** The registry name of the data source, as camel-jdbc's endpoint URI names it. */
    public static final String DATA_SOURCE = "ctxrecDataSource";

    private static final Logger LOG = LoggerFactory.getLogger(RecommendationRoutes.class);

    private final ServingModels serving;
    private final UserLists lists;
    private final UserDataCollector users;
    private final ListChoice choice;
    private final ComputeAdmission admission;

    public RecommendationRoutes(ServingModels serving, UserLists lists, UserDataCollector users, ListChoice choice,
                                ComputeAdmission admission) {
        this.serving = serving;
        this.lists = lists;
        this.users = users;
        this.choice = choice;
        this.admission = admission;
    }

    @Override
    public void configure() {
        long ttlSeconds = Long.parseLong(getContext().resolvePropertyPlaceholders("{{ctxrec.cache.ttl-seconds:3600}}"));
        boolean includePurchased = Boolean.parseBoolean(
                getContext().resolvePropertyPlaceholders("{{ctxrec.recommend.include-purchased:false}}"));
        getContext().getRegistry().bind(TimedStatements.BEAN, new TimedStatements(Integer.parseInt(
                getContext().resolvePropertyPlaceholders("{{ctxrec.db.query-timeout-seconds:2}}"))));

        // Their callers, the API routes, reply to and log every failure (ErrorReplies): logged here as well, each
        // request shed under overload wrote a stack trace at ERROR, work for the cores exactly when they are short.
        // logExhausted(false) alone does not stop it: an error handler without redeliveries logs every failure
        // through its logger whatever that flag says (Camel 4.18), so the logger is one at DEBUG.
        errorHandler(defaultErrorHandler().logExhausted(false).logger(new CamelLogger(LOG, LoggingLevel.DEBUG)));

        from(LIST).routeId("recommendations-list")
                .process(this::start)
                .doTry()
                    .process(step(state -> lists.checkCache(state, ttlSeconds)))
                    .choice()
                        .when(is(RecommendationState::fresh))
                            .process(this::markStaleWhileTheDatabaseIsDown)
                            .process(answer(lists::fromCache))
                        .otherwise()
                            .to(COMPUTE)
                    .end().endDoTry()
                // The database down, the list held in memory answers, marked stale, rather than a 503.
                .doCatch(Exception.class).onWhen(this::heldListCanAnswer)
                    .setHeader(STALE_HEADER, constant(STALE))
                    .process(answer(lists::fromCache))
                .end();

        from(INIT).routeId("recommendations-init")
                .process(this::start)
                .to(COMPUTE);

        from(CLEAR).routeId("recommendations-clear")
                .process(e -> e.getMessage().setBody(lists.clear(e.getMessage().getBody(String.class))));

        // A computation waits for its turn (load shedding, ComputeAdmission) and gives it back however it ends.
        from(COMPUTE).routeId("recommendations-compute")
                .doTry()
                .process(step(admission::enter))
                .enrich(USER_ROWS, into((RecommendationState state, List<Map<String, Object>> rows) ->
                        state.profile(users.profile(rows, state.query(), includePurchased))), true)
                .process(step(choice::plan))
                .choice()
                    // A lambda, not body().isNull(): Camel's binary predicates render the body as text for a
                    // failure message on every request.
                    .when(is(state -> state.scoringTask() == null))
                        .process(step(choice::fallback))
                    .otherwise()
                        .to(SCORE)
                .end()
                .process(step(state -> lists.save(state, ttlSeconds)))
                .endDoTry().doFinally()
                    .process(step(admission::leave))
                .end()
                .process(answer(lists::computed));

        // The user id reaches camel-jdbc's named parameter :?userId as a header of this exchange only (an enrich copy).
        from(USER_ROWS).routeId("recommendations-user-rows")
                .process(e -> e.getMessage().setHeader("userId", state(e).query().userId()))
                .setBody(constant(UserDataCollector.SQL))
                .to("jdbc:" + DATA_SOURCE + "?useHeadersAsParameters=true&prepareStatementStrategy=#"
                        + TimedStatements.BEAN);

        CircuitBreakerDefinition breaker = from(SCORE).routeId("recommendations-score").circuitBreaker();
        breakerSettings(breaker.resilience4jConfiguration());
        breaker.enrich(ScoringRoutes.MODELS, into((RecommendationState state, Object lists) ->
                        state.answered(lists instanceof AnsweredLists a ? a : AnsweredLists.NONE)), true)
                .process(step(choice::choose))
                .onFallback()
                    .process(step(choice::afterFailure))
                .end();
    }

    private void markStaleWhileTheDatabaseIsDown(Exchange exchange) {
        if (lists.databaseUnreachable()) {
            exchange.getMessage().setHeader(STALE_HEADER, STALE);
        }
    }

    private boolean heldListCanAnswer(Exchange exchange) {
        // While doCatch tests onWhen, the exception is still the exchange's own.
        Exception failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return state(exchange).cached() != null && DatabaseOutage.causedBy(failure);
    }

    /** The query in, the state out, with the version that serves it from start to end. */
    private void start(Exchange exchange) {
        RecommendationQuery query = exchange.getMessage().getBody(RecommendationQuery.class);
        ServingVersion version = serving.current();
        exchange.getMessage().setBody(new RecommendationState(query, version, lists.contextOf(query, version)));
    }

    private static RecommendationState state(Exchange exchange) {
        return exchange.getMessage().getBody(RecommendationState.class);
    }

    private static Processor step(Consumer<RecommendationState> step) {
        return exchange -> step.accept(state(exchange));
    }

    private static Processor answer(Function<RecommendationState, Object> answer) {
        return exchange -> exchange.getMessage().setBody(answer.apply(state(exchange)));
    }

    private static Predicate is(java.util.function.Predicate<RecommendationState> test) {
        return exchange -> test.test(state(exchange));
    }

    /**
     * Merges what an enrich endpoint answered into the state, which stays the body. A failure there is the
     * request's failure, with the state still the body (so its metrics still see how far it got).
     */
    @SuppressWarnings("unchecked")
    private static <T> AggregationStrategy into(BiConsumer<RecommendationState, T> merge) {
        return (original, resource) -> {
            if (resource.getException() != null) {
                original.setException(resource.getException());
            } else {
                merge.accept(state(original), (T) resource.getMessage().getBody());
            }
            return original;
        };
    }

    private static void breakerSettings(Resilience4jConfigurationDefinition r) {
        String p = "{{ctxrec.scoring.breaker.";
        r.setSlidingWindowSize(p + "sliding-window-size:20}}");
        r.setMinimumNumberOfCalls(p + "minimum-number-of-calls:10}}");
        r.setFailureRateThreshold(p + "failure-rate-threshold:50}}");
        r.setWaitDurationInOpenState(p + "wait-duration-in-open-state-seconds:30}}");
        r.setPermittedNumberOfCallsInHalfOpenState(p + "permitted-calls-in-half-open-state:3}}");
    }
}
