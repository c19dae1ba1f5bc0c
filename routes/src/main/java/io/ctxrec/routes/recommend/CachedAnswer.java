package io.ctxrec.routes.recommend;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A stored list's answer, rendered to JSON once, when the list is held ({@link StoredLists}), and dropped with
 * it: a cache hit writes these bytes as they are, with no serialisation per request. A request for fewer items
 * than the list holds gets the same bytes with the later items cut out (where each item starts is kept).
 */
public final class CachedAnswer {
    private static final byte[] NO_ITEMS = "\"items\":[]".getBytes(StandardCharsets.UTF_8);

    private final RecommendationResponse response;
    private final byte[] json;
    /** Where item i starts in {@link #json}; the last entry is where the array's closing bracket is. */
    private final int[] itemStarts;

    private CachedAnswer(RecommendationResponse response, byte[] json, int[] itemStarts) {
        this.response = response;
        this.json = json;
        this.itemStarts = itemStarts;
    }

    /**
     * Renders {@code response} with {@code render} (the API's JSON), its items one by one into the array of a
     * rendering without items, so that where each starts is known.
     */
    public static CachedAnswer render(RecommendationResponse response, Function<Object, byte[]> render) {
        List<RecommendedProduct> items = response.items();
        byte[] frame = render.apply(new RecommendationResponse(response.userId(), response.source(),
                response.cacheHit(), response.model(), response.modelVersion(), response.context(),
                response.metrics(), List.of(), response.generatedAt()));
        // The key as Jackson writes it: inside a string a quote is escaped, so this occurs once, as the key.
        int at = indexOf(frame, NO_ITEMS) + NO_ITEMS.length - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(frame.length + items.size() * 256);
        out.write(frame, 0, at);
        int[] starts = new int[items.size() + 1];
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            starts[i] = out.size();
            out.writeBytes(render.apply(items.get(i)));
        }
        starts[items.size()] = out.size();
        out.write(frame, at, frame.length - at);
        return new CachedAnswer(response, out.toByteArray(), starts);
    }

    private static int indexOf(byte[] text, byte[] part) {
        for (int i = 0; i + part.length <= text.length; i++) {
            if (Arrays.equals(text, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalStateException("no empty items array in the rendered answer");
    }

    /** The answer with at most {@code limit} items: this one when it has no more. */
    CachedAnswer limitedTo(int limit) {
        int n = itemStarts.length - 1;
        if (limit >= n) {
            return this;
        }
        int cut = limit == 0 ? itemStarts[0] : itemStarts[limit] - 1; // before the comma that follows item limit-1
        int end = itemStarts[n];
        byte[] shorter = new byte[json.length - (end - cut)];
        System.arraycopy(json, 0, shorter, 0, cut);
        System.arraycopy(json, end, shorter, cut, json.length - end);
        RecommendationResponse r = response;
        return new CachedAnswer(new RecommendationResponse(r.userId(), r.source(), r.cacheHit(), r.model(),
                r.modelVersion(), r.context(), r.metrics(), r.items().subList(0, limit), r.generatedAt()), shorter,
                Arrays.copyOf(itemStarts, limit + 1));
    }

    /** The answer as a value (what the JSON says). */
    public RecommendationResponse response() {
        return response;
    }

    /** The answer's JSON, as the API writes it; not to be changed. */
    public byte[] json() {
        return json;
    }

    /** An estimate of the heap this holds besides what the stored list holds (see {@link StoredLists#bytes}). */
    int bytes() {
        int bytes = 16 + 16 + json.length + 16 + 4 * itemStarts.length;
        bytes += 48 + 32 * response.context().size(); // the response and its context map (strings shared)
        for (RecommendedProduct p : response.items()) {
            bytes += 48 + 16; // the product record, its BigDecimal price (texts shared with the catalog's products)
        }
        for (var metrics : response.metrics().values()) {
            bytes += 32 + 16 + metrics.size() * (16 + 16 + 8); // an immutable map of boxed doubles, keys shared
        }
        return bytes;
    }
}
