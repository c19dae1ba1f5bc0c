package io.ctxrec.training.ingest;

/** The file formats {@link ShopImporter} reads. */
public enum DatasetFormat {
    /** {@code user_id,product_id,action,timestamp,device_type} with that header. */
    CSV(new InteractionCsvFormat()),
    /** MovieLens {@code u.data}: tab-separated {@code user item rating unix_time}, no header. */
    MOVIELENS(new MovieLensFormat()),
    /** DePaulMovie {@code ratings.txt}: {@code userid,itemid,rating,Time,Location,Companion}. */
    DEPAULMOVIE(new DePaulMovieFormat());

    private final RowFormat rows;

    DatasetFormat(RowFormat rows) {
        this.rows = rows;
    }

    RowFormat rows() {
        return rows;
    }
}
