package io.ctxrec.training.ingest;

import java.util.Locale;

/** The file formats {@link ShopImporter} reads. */
public enum DatasetFormat {
    /**
     * A header that names the columns: the shop's export {@code user_id,product_id,action,timestamp,device_type},
     * or user and item with an optional rating or count, timestamp, device and {@code ctx_*} context columns.
     */
    CSV(new InteractionCsvFormat()),
    /** MovieLens {@code u.data}: tab-separated {@code user item rating unix_time}, no header. */
    MOVIELENS(new MovieLensFormat()),
    /** DePaulMovie {@code ratings.txt}: {@code userid,itemid,rating,Time,Location,Companion}. */
    DEPAULMOVIE(new DePaulMovieFormat());

    private final RowFormat rows;

    DatasetFormat(RowFormat rows) {
        this.rows = rows;
    }

    /** The format named on a command line: csv, movielens or depaul (depaulmovie), any case. */
    public static DatasetFormat parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "movielens" -> MOVIELENS;
            case "depaul", "depaulmovie" -> DEPAULMOVIE;
            default -> throw new IllegalArgumentException("--format must be csv, movielens or depaul, was '" + value + "'");
        };
    }

    RowFormat rows() {
        return rows;
    }
}
