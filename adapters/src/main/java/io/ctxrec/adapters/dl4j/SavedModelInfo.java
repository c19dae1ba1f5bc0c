package io.ctxrec.adapters.dl4j;

/**
 * The content of {@code {model}_config.json}: which model and version the zip beside it holds, its
 * parameter count, and the config (hyperparameters and the user/item/context counts) it was built from.
 */
public record SavedModelInfo(String model, String version, long parameterCount, ModelConfig config) {
}
