package io.ctxrec.routes.scoring;

import io.ctxrec.domain.scoring.ScoredItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The best {@code k} of many scores, as sorting them all by {@link ScoredItem#BEST_FIRST} and keeping the
 * first {@code k} would give, NaN left out: a bounded heap over the indexes, so the cost grows with
 * {@code n log k}, and only the {@code k} winners become objects.
 */
final class BestScores {
    private BestScores() {
    }

    static List<ScoredItem> of(List<String> ids, float[] scores, int k) {
        int[] heap = new int[Math.min(k, scores.length)];
        int size = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Float.isNaN(scores[i])) {
                continue;
            }
            if (size < heap.length) {
                heap[size] = i;
                up(heap, size++, ids, scores);
            } else if (size > 0 && better(i, heap[0], ids, scores)) {
                heap[0] = i;
                down(heap, size, ids, scores);
            }
        }
        List<ScoredItem> best = new ArrayList<>(size);
        for (int h = 0; h < size; h++) {
            best.add(new ScoredItem(ids.get(heap[h]), scores[heap[h]]));
        }
        best.sort(ScoredItem.BEST_FIRST);
        return best;
    }

    /** Ranks before: the higher score, or on equal scores the smaller id. */
    private static boolean better(int a, int b, List<String> ids, float[] scores) {
        int byScore = Float.compare(scores[a], scores[b]);
        return byScore != 0 ? byScore > 0 : ids.get(a).compareTo(ids.get(b)) < 0;
    }

    // The root is the worst kept item: a child is never worse than its parent.
    private static void up(int[] heap, int at, List<String> ids, float[] scores) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!better(heap[parent], heap[at], ids, scores)) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void down(int[] heap, int size, List<String> ids, float[] scores) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (better(heap[worst], heap[child], ids, scores)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
