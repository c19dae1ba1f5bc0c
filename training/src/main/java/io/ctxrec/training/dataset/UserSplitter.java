package io.ctxrec.training.dataset;

import java.util.List;

/** Divides one user's timeline (ordered by {@link Event#TIMELINE}) into training and test. */
interface UserSplitter {

    UserSplit split(List<Event> timeline);

    static UserSplitter of(DatasetSettings settings) {
        return switch (settings.protocol()) {
            case SPLIT -> new TemporalSplit(settings.testFraction());
            case LOO -> new LeaveLatestPositiveOut();
        };
    }

    /** Index of the timeline's last positive event, or -1. */
    static int latestPositive(List<Event> timeline) {
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).positive()) {
                return i;
            }
        }
        return -1;
    }
}
