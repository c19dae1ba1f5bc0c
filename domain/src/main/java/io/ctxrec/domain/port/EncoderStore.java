package io.ctxrec.domain.port;

import io.ctxrec.domain.encoding.EncoderSet;
import java.util.Optional;

/**
 * The encoder tables ({@code rec_user_encoder}, {@code rec_item_encoder}, {@code rec_context_mapping},
 * {@code rec_context_meta}), tagged with the model version.
 */
public interface EncoderStore {

    /** Writes the version's encoders in one transaction, replacing any earlier rows of that version. */
    void save(String version, EncoderSet encoders);

    Optional<EncoderSet> load(String version);
}
