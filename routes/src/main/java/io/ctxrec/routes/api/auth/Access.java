package io.ctxrec.routes.api.auth;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Who may call what, as steps of the API routes. In open mode anyone may act for any user; in jwt mode a user
 * endpoint first {@link #authenticate}s the bearer token (401), then, once the request names its user, lets the
 * caller act only {@link #actingFor} itself unless it is an admin (403). The admin API needs the admin token or,
 * in jwt mode, a token with the admin claim, in both modes ({@link #requireAdmin}). Every rejected credential
 * counts against its client address ({@link FailedAuthentications}, 429); every refusal is told to a listener by
 * its code (the service counts them in /metrics).
 */
public final class Access {
    /** Where the checked caller travels from the first step to the second; clients cannot set properties. */
    private static final String CALLER = "ctxrecCaller";
    private static final String BEARER = "bearer ";

    private final AuthMode mode;
    private final AdminToken adminToken;
    private final UserTokens tokens;
    private final FailedAuthentications failures;
    private final ClientAddress addresses;
    private final Consumer<String> refusals;

    public Access(AuthSettings settings, Clock clock) {
        this(settings, clock, code -> { });
    }

    /** @param refusals told the code of each refusal ({@code unauthorized}, {@code forbidden}, ...) */
    public Access(AuthSettings settings, Clock clock, Consumer<String> refusals) {
        this.mode = settings.mode();
        this.adminToken = AdminToken.of(settings.adminToken());
        this.tokens = mode == AuthMode.JWT ? new UserTokens(settings.jwt(), clock) : null;
        this.failures = new FailedAuthentications(settings.maxFailures(), settings.failureWindow(), clock);
        this.addresses = new ClientAddress(settings.addressHeader());
        this.refusals = refusals;
    }

    public AuthMode mode() {
        return mode;
    }

    /** The admin token, when it was generated because none was configured (for the start-up box); else empty. */
    public Optional<String> generatedAdminToken() {
        return adminToken.generated();
    }

    /** A user endpoint's first step: in jwt mode, 401 without a good credential. */
    public void authenticate(Exchange exchange) {
        if (mode == AuthMode.JWT) {
            exchange.setProperty(CALLER, caller(exchange));
        }
    }

    /** A user endpoint's step once its body names the user: in jwt mode, 403 unless the caller may act for them. */
    public <T> Processor actingFor(Class<T> type, Function<T, String> userOf) {
        return exchange -> {
            if (mode == AuthMode.OPEN) {
                return;
            }
            Caller caller = exchange.getProperty(CALLER, Caller.class);
            if (caller == null) {
                caller = caller(exchange);
            }
            String user = userOf.apply(exchange.getMessage().getMandatoryBody(type));
            if (!caller.mayActFor(user)) {
                throw refused(AuthFailure.forbidden("this token acts for user '" + caller.userId() + "' only, not for '"
                        + user + "'"));
            }
        };
    }

    /** The admin API, in both modes. */
    public void requireAdmin(Exchange exchange) {
        if (!caller(exchange).admin()) {
            throw refused(AuthFailure.forbidden("this needs the admin token or a token with the admin claim"));
        }
    }

    /** What lists every user: open in open mode, the admin's in jwt mode. */
    public void requireAdminInJwtMode(Exchange exchange) {
        if (mode == AuthMode.JWT) {
            requireAdmin(exchange);
        }
    }

    private Caller caller(Exchange exchange) {
        String address = addresses.of(exchange);
        String authorization = exchange.getMessage().getHeader("Authorization", String.class);
        try {
            failures.check(address);
            if (authorization == null || authorization.isBlank()) {
                throw AuthFailure.missing(mode == AuthMode.JWT
                        ? "this needs the header Authorization: Bearer <token> (a signed JWT, or the admin token)"
                        : "admin endpoints need the header Authorization: Bearer <ctxrec.admin.token>");
            }
            return verify(authorization.trim());
        } catch (AuthFailure f) {
            if (f.status() == 401 && authorization != null && !authorization.isBlank()) {
                failures.failed(address);
            }
            throw refused(f);
        }
    }

    private AuthFailure refused(AuthFailure failure) {
        refusals.accept(failure.code());
        return failure;
    }

    private Caller verify(String authorization) {
        if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw AuthFailure.invalid("the Authorization header must be 'Bearer <token>'");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (adminToken.matches(token)) {
            return Caller.ADMIN_TOKEN;
        }
        if (tokens == null) {
            throw AuthFailure.invalid("the admin token is wrong");
        }
        return tokens.verify(token);
    }
}
