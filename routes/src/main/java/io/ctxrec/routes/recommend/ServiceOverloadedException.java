package io.ctxrec.routes.recommend;

/** A request refused because the service computes as many lists as it may and its turn did not come in time. */
public class ServiceOverloadedException extends RuntimeException {
    public ServiceOverloadedException(String message) {
        super(message);
    }
}
