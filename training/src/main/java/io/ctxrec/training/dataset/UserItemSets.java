package io.ctxrec.training.dataset;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Each user's training items held as three int arrays (users ascending; each user's items ascending and
 * distinct, one after another), read as an unmodifiable map from user to item set for the evaluators and
 * samplers. A map of boxed hash sets cost about 60 bytes an entry, these arrays 4: the large shop's
 * 1.6 M (user, item) pairs, held twice (training and validation) through the whole run.
 */
final class UserItemSets extends AbstractMap<Integer, Set<Integer>> {
    private final int[] users;
    private final int[] starts;
    private final int[] items;

    private UserItemSets(int[] users, int[] starts, int[] items) {
        this.users = users;
        this.starts = starts;
        this.items = items;
    }

    /** The sets of the pairs ({@code users[i]}, {@code items[i]}), non-negative indexes, repeats allowed. */
    static UserItemSets of(int[] users, int[] items) {
        if (users.length != items.length) {
            throw new IllegalArgumentException(users.length + " users for " + items.length + " items");
        }
        long[] pairs = new long[users.length];
        for (int i = 0; i < pairs.length; i++) {
            if (users[i] < 0 || items[i] < 0) {
                throw new IllegalArgumentException("negative index in pair " + i);
            }
            pairs[i] = ((long) users[i] << 32) | items[i];
        }
        Arrays.sort(pairs);
        int[] distinctUsers = new int[pairs.length];
        int[] starts = new int[pairs.length + 1];
        int[] distinctItems = new int[pairs.length];
        int nUsers = 0;
        int nItems = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                continue;
            }
            int user = (int) (pairs[i] >>> 32);
            if (nUsers == 0 || distinctUsers[nUsers - 1] != user) {
                distinctUsers[nUsers] = user;
                starts[nUsers++] = nItems;
            }
            distinctItems[nItems++] = (int) pairs[i];
        }
        starts[nUsers] = nItems;
        return new UserItemSets(Arrays.copyOf(distinctUsers, nUsers), Arrays.copyOf(starts, nUsers + 1),
                Arrays.copyOf(distinctItems, nItems));
    }

    @Override
    public Set<Integer> get(Object key) {
        int at = key instanceof Integer user ? Arrays.binarySearch(users, user) : -1;
        return at < 0 ? null : new Items(starts[at], starts[at + 1]);
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof Integer user && Arrays.binarySearch(users, user) >= 0;
    }

    @Override
    public int size() {
        return users.length;
    }

    @Override
    public Set<Entry<Integer, Set<Integer>>> entrySet() {
        return new Indexed<>(users.length,
                i -> new SimpleImmutableEntry<>(users[i], new Items(starts[i], starts[i + 1])));
    }

    /** One user's items: a slice of {@code items}. */
    private final class Items extends AbstractSet<Integer> {
        private final int from;
        private final int to;

        Items(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof Integer item && Arrays.binarySearch(items, from, to, item) >= 0;
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Indexed<>(to - from, i -> items[from + i]).iterator();
        }
    }

    /** A read-only set of {@code size} elements made by index, in index order. */
    private static final class Indexed<T> extends AbstractSet<T> {
        private final int size;
        private final IntFunction<T> element;

        Indexed(int size, IntFunction<T> element) {
            this.size = size;
            this.element = element;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public T next() {
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    return element.apply(next++);
                }
            };
        }
    }
}
