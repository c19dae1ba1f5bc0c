package io.ctxrec.routes.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.ctxrec.routes.api.auth.AuthFailure;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * Every error of the API routes, in one place: a JSON body and a 4xx status that names what was
 * wrong, or a 500 with a generic message (the detail goes to the log, never to the client). Only the
 * routes that name {@link #ID} use it, so the scoring routes keep their own error semantics.
 */
public class ApiErrorHandling extends RouteConfigurationBuilder {
    public static final String ID = "api-errors";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(AuthFailure.class).handled(true).process(ErrorReplies::refused).end()
                .onException(ApiProblem.class).handled(true).process(ErrorReplies::problem).end()
                .onException(IllegalArgumentException.class, JsonProcessingException.class).handled(true)
                    .process(ErrorReplies::invalid).end()
                .onException(Exception.class).handled(true).process(ErrorReplies::unexpected).end();
    }
}
