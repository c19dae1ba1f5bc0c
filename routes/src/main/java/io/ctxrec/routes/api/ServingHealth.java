package io.ctxrec.routes.api;

import io.ctxrec.domain.port.VersionDamage;

/**
 * What serves, as the health check and the metrics see it: the active version (null: none), the one
 * serving (null: none loaded), why the active one cannot serve (null when it does) and what was damaged
 * in the one serving.
 */
public record ServingHealth(String active, String serving, String activeFailure, VersionDamage damage) {
}
