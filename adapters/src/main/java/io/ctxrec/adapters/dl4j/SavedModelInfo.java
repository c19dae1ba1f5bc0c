package io.ctxrec.adapters.dl4j;

/**
 * The content of {@code {model}_config.json}: which model and version the zip beside it holds, its
 * parameter count, the config (hyperparameters and the user/item/context counts) it was built from and,
 * for a model scored with one, its {@link ItemFeature} table (null otherwise, and in files from before it),
 * and what the training run records about it ({@code training}: counts, protocol; may be empty).
 */
public record SavedModelInfo(String model, String version, long parameterCount, ModelConfig config,
                             ItemFeature itemFeature, java.util.Map<String, Object> training) {
}
