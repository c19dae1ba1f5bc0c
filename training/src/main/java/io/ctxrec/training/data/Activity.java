package io.ctxrec.training.data;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import java.util.List;

/** What one generated user did. */
record Activity(List<Interaction> interactions, List<Rating> ratings) {
}
