package io.ctxrec.bench;

import io.ctxrec.adapters.dl4j.ItemFeature;
import io.ctxrec.adapters.dl4j.TrainingSamples;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.training.dataset.EpochExamples;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.dataset.ItemContext;
import io.ctxrec.training.pipeline.EpochSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a training benchmark trains and evaluates on: each epoch's samples drawn up front (fresh
 * negatives per epoch, the same for every model and batch size), the held-out cases and each user's
 * training items.
 *
 * @param itemContext null when no context feature belongs to the item
 */
record BenchData(String name, int nUsers, int nItems, int[] contextSizes, List<TrainingSamples> epochs,
                 List<HeldOutInteraction> cases, Map<Integer, Set<Integer>> userItems, ItemContext itemContext) {

    static List<TrainingSamples> draw(EpochSampler sampler, int epochs) {
        List<TrainingSamples> all = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            all.add(samples(sampler.examples(e)));
        }
        return all;
    }

    /** The trainer's layout: contexts feature by feature (as the training pipeline makes it). */
    static TrainingSamples samples(EpochExamples examples) {
        return EpochSamples.of(examples);
    }

    int samplesPerEpoch() {
        return epochs.get(0).size();
    }

    ItemFeature itemFeature() {
        return itemContext == null ? null
                : new ItemFeature(itemContext.feature(), itemContext.position(), itemContext.indexByItem());
    }

    int itemFeaturePosition() {
        return itemContext == null ? -1 : itemContext.position();
    }

    int[] indexByItem() {
        return itemContext == null ? null : itemContext.indexByItem();
    }
}
