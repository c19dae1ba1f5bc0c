package io.ctxrec.routes.recommend;

import com.github.benmanes.caffeine.cache.Cache;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.routes.Caches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The users' stored lists, one per user and context, held in memory over the {@code recommendations} table:
 * what this process stores counts at once, what another process writes within {@code recheck}
 * ({@code ctxrec.cache.recheck-seconds}). What is held (lists, and the knowledge that a user has none in a
 * context) is bounded by {@code maxBytes} ({@code ctxrec.cache.max-mb}) as {@link #bytes} estimates it, the
 * least used dropped first; {@code bench cache} measures the estimate against the heap.
 */
public final class StoredLists {
    /** A stored list and its answer, rendered when it was stored or read. */
    public record Held(CachedRecommendations list, CachedAnswer answer) {
        public Held {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(answer, "answer");
        }
    }

    private record Key(String userId, String context) {
    }

    private final RecommendationCache db;
    private final Cache<Key, Optional<Held>> held;
    /** The lists last read or stored, past their recheck: they answer while the database is down. */
    private final Cache<Key, Optional<Held>> lastKnown;
    private final DatabaseWatch watch;

    public StoredLists(RecommendationCache db, Duration recheck, long maxBytes, Clock clock) {
        this(db, recheck, maxBytes, clock, new DatabaseWatch(clock));
    }

    /** {@code watch} is told when a list held in memory answers because the database could not. */
    public StoredLists(RecommendationCache db, Duration recheck, long maxBytes, Clock clock, DatabaseWatch watch) {
        this.db = db;
        this.held = Caches.weighed(recheck, maxBytes, StoredLists::bytes, clock);
        this.lastKnown = Caches.weighed(Duration.ofDays(365), maxBytes, StoredLists::bytes, clock);
        this.watch = watch;
    }

    /**
     * The user's list for this context, read from the database (and made a {@link Held} by {@code read}) if not
     * held; the database down, the list last known, if any.
     */
    public Optional<Held> find(String userId, ListContext context, Function<CachedRecommendations, Held> read) {
        Key key = key(userId, context);
        try {
            Optional<Held> found = held.get(key, k -> db.find(userId, context).map(read).map(f -> unlessKnown(k, f)));
            watch.reached();
            if (lastKnown.getIfPresent(key) != found) { // a hit writes nothing
                lastKnown.put(key, found);
            }
            return found;
        } catch (RuntimeException e) {
            Optional<Held> known = lastKnown.getIfPresent(key);
            if (known == null || !DatabaseOutage.causedBy(e)) {
                throw e;
            }
            watch.unreachable();
            return known;
        }
    }

    /**
     * The list last known for {@code key} when {@code fresh}, read again at its recheck, is the same list with
     * the same answer, else {@code fresh}: a list unchanged in the database keeps its objects, which have long
     * left the young generation, instead of copying a new set of them through it every recheck.
     */
    private Held unlessKnown(Key key, Held fresh) {
        Optional<Held> known = lastKnown.getIfPresent(key);
        if (known != null && known.isPresent() && known.get().list().equals(fresh.list())
                && known.get().answer().response().equals(fresh.answer().response())) {
            return known.get();
        }
        return fresh;
    }

    /**
     * The user's list for this context read again from the database now (what is held of it was replaced or
     * removed by another instance), as {@link #find} reads it.
     */
    public Optional<Held> reread(String userId, ListContext context, Function<CachedRecommendations, Held> read) {
        held.invalidate(key(userId, context));
        return find(userId, context, read);
    }

    /** Stores the list for its context, dropping the user's lists made before {@code dropBefore} from the database. */
    public void replace(Held list, Instant dropBefore) {
        CachedRecommendations stored = list.list();
        db.replace(stored, dropBefore);
        held.put(key(stored.userId(), stored.context()), Optional.of(list));
        lastKnown.put(key(stored.userId(), stored.context()), Optional.of(list));
    }

    /** Whether the database could not be reached at the last read (of any remembered kind). */
    public boolean databaseUnreachable() {
        return watch.unreachableSince().isPresent();
    }

    /** Forgets the user's lists in every context; the number of rows removed. */
    public int clear(String userId) {
        int removed = db.clear(userId);
        held.asMap().keySet().removeIf(k -> k.userId().equals(userId));
        lastKnown.asMap().keySet().removeIf(k -> k.userId().equals(userId));
        return removed;
    }

    /** How many lists (and known absences) are held now, after pending evictions. */
    public long size() {
        held.cleanUp();
        return held.estimatedSize();
    }

    /** The estimated bytes of what is held now. */
    public long heldBytes() {
        return held.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    private static Key key(String userId, ListContext context) {
        return new Key(userId, context.key());
    }

    /**
     * An estimate of the heap an entry holds, on a 64-bit JVM with compressed pointers and compact strings:
     * 16-byte object headers, 4-byte references, a Latin-1 string of n characters about 40 + n bytes
     * (model names, versions, reasons and the products' texts are shared with the models and the catalog and
     * not counted). Caffeine's own node
     * and the map's table are counted as 80 bytes, the key's record 16.
     */
    static int bytes(Key key, Optional<Held> entry) {
        int bytes = 80 + 16 + text(key.userId()) + text(key.context()) + 16;
        if (entry.isEmpty()) {
            return bytes;
        }
        CachedRecommendations list = entry.get().list();
        bytes += 24 + 32 + 24; // Held, the list record, its Instant
        bytes += 24 + 16 + list.context().features().size() * (40 + 2 * 48); // the TreeMap: entries, names, values
        bytes += 16 + 4 * list.items().size();
        for (RecommendedItem item : list.items()) {
            bytes += 24 + text(item.productId());
        }
        return bytes + entry.get().answer().bytes();
    }

    private static int text(String s) {
        return 40 + s.length();
    }
}
