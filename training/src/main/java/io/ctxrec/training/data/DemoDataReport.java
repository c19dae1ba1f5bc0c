package io.ctxrec.training.data;

import java.time.Duration;

/** What {@link DemoData} loaded and how long generating and loading took. */
public record DemoDataReport(int users, int products, int interactions, int ratings, Duration elapsed) {
}
