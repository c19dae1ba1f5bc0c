package io.ctxrec.training.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The validation split early stopping watches, carved from the training events only (the test set is
 * never read): for up to {@code maxUsers} users, sampled with the seed among those with at least two
 * distinct positive items in training (so the user keeps a positive to learn from), the latest training
 * positive is the case, held out with every event of that user on that item, as the loo protocol holds
 * out a test item. {@code fit} is the rest of the training events.
 */
record ValidationCarve(List<Event> fit, List<Event> cases) {

    static ValidationCarve of(List<Event> train, int maxUsers, long seed) {
        if (maxUsers < 1) {
            return new ValidationCarve(train, List.of());
        }
        Map<String, List<Event>> timelines = new LinkedHashMap<>();
        train.forEach(e -> timelines.computeIfAbsent(e.user(), u -> new ArrayList<>()).add(e));
        List<String> eligible = new ArrayList<>();
        timelines.forEach((user, timeline) -> {
            if (timeline.stream().filter(Event::positive).map(Event::item).distinct().limit(2).count() == 2) {
                eligible.add(user);
            }
        });
        eligible.sort(null);
        Collections.shuffle(eligible, new Random(seed));
        Set<String> chosen = new HashSet<>(eligible.subList(0, Math.min(maxUsers, eligible.size())));
        List<Event> fit = new ArrayList<>(train.size());
        List<Event> cases = new ArrayList<>(chosen.size());
        for (Map.Entry<String, List<Event>> entry : timelines.entrySet()) {
            List<Event> timeline = entry.getValue();
            if (!chosen.contains(entry.getKey())) {
                fit.addAll(timeline);
                continue;
            }
            timeline.sort(Event.TIMELINE);
            Event heldOut = timeline.get(UserSplitter.latestPositive(timeline));
            cases.add(heldOut);
            timeline.stream().filter(e -> !e.item().equals(heldOut.item())).forEach(fit::add);
        }
        return new ValidationCarve(List.copyOf(fit), List.copyOf(cases));
    }
}
