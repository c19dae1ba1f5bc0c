package io.ctxrec.training.dataset;

import io.ctxrec.domain.encoding.ContextEncoder;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.model.Product;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits the encoders and turns events into indexes. Users and context values are fitted on training
 * events only; items on the whole catalog, so a product nobody has touched yet can still be scored
 * (with an untrained embedding) once it is in the model.
 */
final class EventEncoding {
    private final EncoderSet encoders;

    EventEncoding(EncoderSet encoders) {
        this.encoders = encoders;
    }

    static EventEncoding fit(List<Event> train, List<Product> catalog, List<String> features) {
        IdEncoder users = IdEncoder.fit(train.stream().map(Event::user).toList());
        IdEncoder items = IdEncoder.fit(catalog.stream().map(Product::id).toList());
        List<ContextEncoder> contexts = features.stream()
                .map(f -> ContextEncoder.fit(f, train.stream().map(e -> e.features().get(f)).toList()))
                .toList();
        return new EventEncoding(new EncoderSet(users, items, contexts));
    }

    EncoderSet encoders() {
        return encoders;
    }

    TrainingRows rows(List<Event> events) {
        int width = encoders.nContextFeatures();
        int[] users = new int[events.size()];
        int[] items = new int[events.size()];
        int[] contexts = new int[events.size() * width];
        for (int r = 0; r < users.length; r++) {
            Event e = events.get(r);
            users[r] = user(e);
            items[r] = item(e);
            System.arraycopy(encoders.encodeContext(e.features()), 0, contexts, r * width, width);
        }
        return new TrainingRows(users, items, contexts, width);
    }

    HeldOutInteraction heldOut(Event e) {
        return new HeldOutInteraction(user(e), item(e), encoders.encodeContext(e.features()));
    }

    /** Every item each user touched in training, whatever the action. */
    Map<Integer, Set<Integer>> userItems(List<Event> train) {
        int[] users = new int[train.size()];
        int[] items = new int[train.size()];
        for (int r = 0; r < users.length; r++) {
            users[r] = user(train.get(r));
            items[r] = item(train.get(r));
        }
        return UserItemSets.of(users, items);
    }

    private int user(Event e) {
        return encoders.users().indexOf(e.user()).orElseThrow(
                () -> new IllegalStateException("user " + e.user() + " has no training events"));
    }

    private int item(Event e) {
        return encoders.items().indexOf(e.item()).orElseThrow(
                () -> new IllegalStateException("product " + e.item() + " is not in the catalog"));
    }
}
