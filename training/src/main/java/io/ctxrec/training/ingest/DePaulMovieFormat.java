package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DePaulMovie {@code ratings.txt}: {@code userid,itemid,rating,Time,Location,Companion}. Time, Location
 * and Companion become the extra context {@code time}, {@code location}, {@code companion}, left out
 * where the file says {@code NA}; values are kept as written (Weekday, Cinema, Alone, ...).
 * <p>The file has no timestamps. Row {@code n} (line {@code n + 1}) gets {@code 2015-01-01T00:00:00Z}
 * plus {@code n - 1} seconds: file order is kept, and all 5,043 rows fall within the first 85 minutes of
 * a winter night, so the synthetic clock adds no spurious time-of-day or season signal.
 */
final class DePaulMovieFormat implements RowFormat {
    static final String HEADER = "userid,itemid,rating,Time,Location,Companion";
    static final Instant FIRST_ROW_AT = Instant.parse("2015-01-01T00:00:00Z");
    private static final List<String> CONTEXT_KEYS = List.of("time", "location", "companion");

    @Override
    public String header() {
        return HEADER;
    }

    @Override
    public ParsedRow parse(String line, long lineNumber) {
        List<String> f = Fields.split(line, ',');
        Fields.requireCount(f, 6, HEADER);
        int stars = Fields.stars(f.get(2));
        Map<String, String> context = new LinkedHashMap<>();
        for (int i = 0; i < CONTEXT_KEYS.size(); i++) {
            String value = f.get(3 + i);
            if (!value.isEmpty() && !"NA".equals(value)) {
                context.put(CONTEXT_KEYS.get(i), value);
            }
        }
        Instant at = FIRST_ROW_AT.plusSeconds(lineNumber - 2);
        Interaction interaction = new Interaction(f.get(0), f.get(1), Movies.actionFor(stars), DeviceType.UNKNOWN,
                at, context);
        return new ParsedRow(interaction, new Rating(f.get(0), f.get(1), stars, "", at));
    }

    @Override
    public Product newProduct(String productId) {
        return Movies.product(productId);
    }
}
