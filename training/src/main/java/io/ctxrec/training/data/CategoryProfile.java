package io.ctxrec.training.data;

import io.ctxrec.domain.model.Season;
import io.ctxrec.domain.model.TimeOfDay;
import java.util.List;

/**
 * A product category: its name, the nouns its products are named with, its median price, and how
 * much more (positive) or less (negative) it appeals in a context: device x time of day plus season.
 */
final class CategoryProfile {
    final String name;
    final double medianPrice;
    final List<String> nouns;
    private final double[][] deviceTime = new double[ContextIndex.DEVICES.length][TimeOfDay.values().length];
    private final double[] season = new double[Season.values().length];

    CategoryProfile(String name, double medianPrice, List<String> nouns) {
        this.name = name;
        this.medianPrice = medianPrice;
        this.nouns = List.copyOf(nouns);
    }

    CategoryProfile on(int device, TimeOfDay timeOfDay, double affinity) {
        deviceTime[device][timeOfDay.ordinal()] = affinity;
        return this;
    }

    CategoryProfile in(Season s, double affinity) {
        season[s.ordinal()] = affinity;
        return this;
    }

    double affinity(int contextIndex) {
        return deviceTime[ContextIndex.device(contextIndex)][ContextIndex.timeOfDay(contextIndex).ordinal()]
                + season[ContextIndex.season(contextIndex).ordinal()];
    }
}
