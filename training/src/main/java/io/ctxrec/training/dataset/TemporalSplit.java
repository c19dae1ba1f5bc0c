package io.ctxrec.training.dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code split} protocol: the latest {@code ceil(fraction * n)} of a user's n events are test; if
 * none of them is positive, the test part starts at the user's latest positive instead, so every user
 * with a positive has one in test. Each distinct item positive in test is one case, in the context of
 * its first positive test event; an item the user already had as a positive in training is skipped
 * (it would test recall of a repeat, not a recommendation) and counted.
 */
final class TemporalSplit implements UserSplitter {
    // Guards against 5 * 0.2 coming out a hair above 1 and rounding up to 2.
    private static final double EPSILON = 1e-9;

    private final double fraction;

    TemporalSplit(double fraction) {
        this.fraction = fraction;
    }

    @Override
    public UserSplit split(List<Event> timeline) {
        int n = timeline.size();
        int cut = n - (int) Math.ceil(n * fraction - EPSILON);
        int latestPositive = UserSplitter.latestPositive(timeline);
        if (latestPositive >= 0 && latestPositive < cut) {
            cut = latestPositive;
        }
        List<Event> train = timeline.subList(0, cut);
        List<Event> test = timeline.subList(cut, n);
        Set<String> trainPositives = new HashSet<>();
        train.stream().filter(Event::positive).forEach(e -> trainPositives.add(e.item()));
        Set<String> handled = new HashSet<>();
        List<Event> cases = new ArrayList<>();
        int repeats = 0;
        for (Event e : test) {
            if (e.positive() && handled.add(e.item())) {
                if (trainPositives.contains(e.item())) {
                    repeats++;
                } else {
                    cases.add(e);
                }
            }
        }
        return new UserSplit(List.copyOf(train), List.copyOf(test), List.copyOf(cases), repeats);
    }
}
