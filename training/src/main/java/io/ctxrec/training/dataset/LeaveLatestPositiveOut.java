package io.ctxrec.training.dataset;

import java.util.List;

/**
 * The {@code loo} protocol: the user's latest positive (the later sequence wins a timestamp tie) is
 * the one case; every event of the user on that item is held out of training with it.
 */
final class LeaveLatestPositiveOut implements UserSplitter {

    @Override
    public UserSplit split(List<Event> timeline) {
        int latest = UserSplitter.latestPositive(timeline);
        if (latest < 0) {
            return new UserSplit(List.copyOf(timeline), List.of(), List.of(), 0);
        }
        Event heldOut = timeline.get(latest);
        List<Event> train = timeline.stream().filter(e -> !e.item().equals(heldOut.item())).toList();
        List<Event> test = timeline.stream().filter(e -> e.item().equals(heldOut.item())).toList();
        return new UserSplit(train, test, List.of(heldOut), 0);
    }
}
