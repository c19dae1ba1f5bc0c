package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.List;

/**
 * MovieLens ratings, no header: {@code u.data} (100K), {@code user item rating unix_time} tab-separated,
 * or {@code ratings.dat} (1M, 10M), {@code user::item::rating::unix_time}; a line holding {@code ::} is
 * read as the latter. Each row is
 * a rating and an interaction (see {@link Movies#actionFor}); the device is unknown, the context comes
 * from the timestamp. Ids are kept as the file has them.
 */
final class MovieLensFormat implements RowFormat {

    @Override
    public String header() {
        return null;
    }

    @Override
    public ParsedRow parse(String line, long lineNumber) {
        boolean dat = line.contains("::");
        List<String> f = dat ? Fields.split(line.replace("::", "\t"), '\t') : Fields.split(line, '\t');
        Fields.requireCount(f, 4, dat ? "user::item::rating::unix_time" : "tab-separated user, item, rating, unix_time");
        int stars = Fields.stars(f.get(2));
        Instant at = Fields.epochSeconds(f.get(3), "unix_time");
        Interaction interaction = new Interaction(f.get(0), f.get(1), Movies.actionFor(stars), DeviceType.UNKNOWN, at);
        return new ParsedRow(interaction, new Rating(f.get(0), f.get(1), stars, "", at));
    }

    @Override
    public Product newProduct(String productId) {
        return Movies.product(productId);
    }
}
