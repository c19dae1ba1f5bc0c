package io.ctxrec.routes.api;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.routes.api.FeedbackRequests.InteractionRequest;
import io.ctxrec.routes.api.FeedbackRequests.RatingRequest;
import io.ctxrec.routes.api.auth.Access;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** {@code POST /api/interactions} and {@code POST /api/ratings}: 201 with what was stored, for a caller who may act for the user. */
public class FeedbackApiRoutes extends RouteBuilder {
    private final Feedback feedback;
    private final Access access;

    public FeedbackApiRoutes(Feedback feedback, Access access) {
        this.feedback = feedback;
        this.access = access;
    }

    @Override
    public void configure() {
        // No consumes(): the fields may come in the query with no body; RequestFields answers 415 itself.
        rest("/api")
                .post("/interactions").id("interactions-record-http").description("Record a view, cart or purchase")
                    .type(InteractionRequest.class).outType(ApiSchemas.StoredInteraction.class)
                    .responseMessage().code(201).message("stored").endResponseMessage()
                    .to("direct:api-interactions-record")
                .post("/ratings").id("ratings-record-http").description("Record 1 to 5 stars and a comment")
                    .type(RatingRequest.class).outType(Rating.class)
                    .responseMessage().code(201).message("stored").endResponseMessage()
                    .to("direct:api-ratings-record");

        from("direct:api-interactions-record").routeId("api-interactions-record")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(RequestFields::textUnlessForm)
                .process(access::authenticate)
                .bean(feedback, "readInteraction")
                .process(access.actingFor(Interaction.class, Interaction::userId))
                .bean(feedback, "recordInteraction")
                .process(ApiJson::reply)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201));

        from("direct:api-ratings-record").routeId("api-ratings-record")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(RequestFields::textUnlessForm)
                .process(access::authenticate)
                .bean(feedback, "readRating")
                .process(access.actingFor(Rating.class, Rating::userId))
                .bean(feedback, "recordRating")
                .process(ApiJson::reply)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(201));
    }
}
