package io.ctxrec.routes.api;

/** A request the API refuses with a specific 4xx status and a code clients can switch on. */
public class ApiProblem extends RuntimeException {
    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiProblem notFound(String message) {
        return new ApiProblem(404, "not-found", message);
    }

    public static ApiProblem conflict(String message) {
        return new ApiProblem(409, "conflict", message);
    }

    public static ApiProblem unsupportedMediaType(String message) {
        return new ApiProblem(415, "unsupported-media-type", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
