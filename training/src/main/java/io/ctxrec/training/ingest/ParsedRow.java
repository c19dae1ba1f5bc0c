package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;

/** One good row: an interaction, and the rating it also is (null when the format has no ratings). */
record ParsedRow(Interaction interaction, Rating rating) {
}
