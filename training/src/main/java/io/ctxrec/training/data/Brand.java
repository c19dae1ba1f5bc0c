package io.ctxrec.training.data;

import java.util.List;
import java.util.SplittableRandom;

/** A generated brand: a name, the one or two categories it sells in, and its latent style. */
record Brand(String name, int[] categories, double[] style) {
    private static final List<String> PREFIXES = List.of("Acme", "Nordic", "Bluepeak", "Summit", "Brightline",
            "Oakridge", "Vertex", "Lumen", "Solace", "Northwind", "Redwood", "Cobalt", "Evergreen", "Harbor",
            "Ironclad", "Juniper", "Kestrel", "Maple", "Nimbus", "Orion", "Pioneer", "Quartz", "Riverstone",
            "Sable", "Tundra", "Umbra", "Vela", "Willow", "Zephyr", "Aurora", "Boreal", "Cascade", "Driftwood",
            "Ember", "Falcon", "Granite", "Halcyon", "Indigo", "Jasper", "Kinetic");
    private static final List<String> SUFFIXES = List.of("Labs", "Works", "Co", "Studio", "Goods", "Supply",
            "Outfitters", "Collective");

    /** Brand {@code index} sells first in category {@code index % categories}, so every category has one. */
    static Brand create(int index, int categories, SplittableRandom rng) {
        int first = index % categories;
        int[] sells = categories > 1 && rng.nextDouble() < 0.4
                ? new int[] {first, (first + 1 + rng.nextInt(categories - 1)) % categories}
                : new int[] {first};
        return new Brand(name(index), sells, Latent.random(rng));
    }

    static String name(int index) {
        int round = index / PREFIXES.size();
        String prefix = PREFIXES.get(index % PREFIXES.size());
        if (round == 0) {
            return prefix;
        }
        return round <= SUFFIXES.size() ? prefix + " " + SUFFIXES.get(round - 1) : prefix + " " + round;
    }
}
