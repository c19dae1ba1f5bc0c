package io.ctxrec.routes.scoring;

/** No model answered a request: the circuit breaker counts it as a failure and the fallback answers. */
public class ScoringUnavailableException extends RuntimeException {
    public ScoringUnavailableException(String message) {
        super(message);
    }
}
