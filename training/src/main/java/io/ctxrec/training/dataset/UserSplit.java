package io.ctxrec.training.dataset;

import java.util.List;

/**
 * One user's events divided: training, test, the test events that become evaluation cases, and how
 * many test positives were not made cases because the user already had that item as a positive in training.
 */
record UserSplit(List<Event> train, List<Event> test, List<Event> cases, int repeatPositives) {
}
