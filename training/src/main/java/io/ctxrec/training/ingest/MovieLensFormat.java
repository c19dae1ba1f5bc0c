package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import java.time.Instant;
import java.util.List;

/**
 * MovieLens {@code u.data}: {@code user item rating unix_time}, tab-separated, no header. Each row is
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
        List<String> f = Fields.split(line, '\t');
        Fields.requireCount(f, 4, "tab-separated user, item, rating, unix_time");
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
