package io.ctxrec.routes.api.auth;

/**
 * Who a request acts as, once its credential is checked.
 *
 * @param userId the user it may act for (a token's {@code sub}); null for the admin token
 * @param admin  may act for any user and call the admin API (the admin token, or a token with the admin claim)
 */
public record Caller(String userId, boolean admin) {
    static final Caller ADMIN_TOKEN = new Caller(null, true);

    boolean mayActFor(String user) {
        return admin || (userId != null && userId.equals(user));
    }
}
