package io.ctxrec.training.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every user's timeline split by the {@link UserSplitter}: training and test events, and the evaluation
 * cases of users who have something in training. A user with events but none in training is cold: their
 * cases are dropped and counted.
 */
record SplitEvents(List<Event> train, List<Event> test, List<Event> cases, int coldUsers, int repeatPositives) {

    static SplitEvents of(List<Event> events, UserSplitter splitter) {
        Map<String, List<Event>> timelines = new LinkedHashMap<>();
        events.forEach(e -> timelines.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e));
        List<Event> train = new ArrayList<>();
        List<Event> test = new ArrayList<>();
        List<Event> cases = new ArrayList<>();
        int cold = 0;
        int repeats = 0;
        for (List<Event> timeline : timelines.values()) {
            timeline.sort(Event.TIMELINE);
            UserSplit split = splitter.split(timeline);
            train.addAll(split.train());
            test.addAll(split.test());
            repeats += split.repeatPositives();
            if (split.train().isEmpty()) {
                cold++;
            } else {
                cases.addAll(split.cases());
            }
        }
        return new SplitEvents(List.copyOf(train), List.copyOf(test), List.copyOf(cases), cold, repeats);
    }
}
