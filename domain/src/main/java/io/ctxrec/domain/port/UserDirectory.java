package io.ctxrec.domain.port;

import io.ctxrec.domain.model.User;
import java.util.Optional;

/** The shop's users. */
public interface UserDirectory {

    Optional<User> find(String userId);

    /** Users whose id starts with {@code idPrefix} (null or empty for all), ordered by id. */
    Page<User> search(String idPrefix, int offset, int limit);

    long count();
}
