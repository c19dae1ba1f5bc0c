package io.ctxrec.domain.model;

/** A shop customer, known by the shop's own id. */
public record User(String id, String name) {
    public User {
        id = Ids.require(id, "userId");
        name = name == null || name.isBlank() ? id : name.trim();
    }
}
