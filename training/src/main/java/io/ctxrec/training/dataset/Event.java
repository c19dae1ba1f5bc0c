package io.ctxrec.training.dataset;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;

/**
 * One cleaned event: an interaction or a rating on a catalog product, with its context features.
 * {@code kind} is view, cart, purchase or rating; {@code sequence} is the order the collector read
 * it in and breaks ties between equal timestamps (the higher sequence is the later event).
 */
record Event(String user, String item, String kind, boolean positive, Instant at, long sequence,
             Map<String, String> features) {

    static final Comparator<Event> TIMELINE = Comparator.comparing(Event::at).thenComparingLong(Event::sequence);
}
