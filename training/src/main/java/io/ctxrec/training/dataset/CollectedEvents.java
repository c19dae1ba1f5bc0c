package io.ctxrec.training.dataset;

import io.ctxrec.domain.model.Product;
import java.util.List;

/** What {@link EventCollector} read: the catalog, the kept events in reading order and what it dropped. */
record CollectedEvents(List<Product> catalog, List<Event> events, long rawInteractions, long rawRatings,
                       long duplicates, long missingProducts) {
}
