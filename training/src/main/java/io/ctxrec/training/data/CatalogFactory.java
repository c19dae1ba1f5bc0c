package io.ctxrec.training.data;

import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the catalog. Product vectors cluster around their category's centroid, pulled towards their
 * brand's style, so similar tastes cover a category and, within it, a brand's line.
 */
final class CatalogFactory {
    private static final List<String> ADJECTIVES = List.of("Trail", "Classic", "Pro", "Ultra", "Eco", "Urban",
            "Compact", "Deluxe", "Smart", "Essential", "Vintage", "Lite");
    private static final double[] DISCOUNTS = {0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.40, 0.50};

    private CatalogFactory() {
    }

    static Catalog create(GeneratorSettings settings, SplittableRandom rng) {
        List<CategoryProfile> categories = CategoryProfiles.create(settings.categories(), rng);
        double[][] centroids = new double[categories.size()][];
        for (int c = 0; c < centroids.length; c++) {
            centroids[c] = Latent.random(rng);
        }
        List<Brand> brands = new ArrayList<>();
        for (int b = 0; b < settings.brands(); b++) {
            brands.add(Brand.create(b, categories.size(), rng));
        }
        int n = settings.products();
        List<Product> products = new ArrayList<>(n);
        int[] categoryOf = new int[n];
        double[][] vectors = new double[n][];
        double[] popularity = new double[n];
        for (int p = 0; p < n; p++) {
            Brand brand = brands.get(rng.nextInt(brands.size()));
            int c = brand.categories()[rng.nextInt(brand.categories().length)];
            categoryOf[p] = c;
            double[] v = Latent.plus(Latent.plus(centroids[c], 0.6, brand.style()), 0.5, Latent.random(rng));
            vectors[p] = Latent.normalized(v);
            popularity[p] = 0.8 * rng.nextGaussian();
            products.add(product(SequenceIds.product(p, n), brand, categories.get(c), rng));
        }
        return new Catalog(categories, products, categoryOf, vectors, popularity);
    }

    private static Product product(String id, Brand brand, CategoryProfile category, SplittableRandom rng) {
        String name = brand.name() + " " + ADJECTIVES.get(rng.nextInt(ADJECTIVES.size())) + " "
                + category.nouns.get(rng.nextInt(category.nouns.size())) + " " + (100 + rng.nextInt(900));
        double discount = rng.nextDouble() < 0.7 ? 0 : DISCOUNTS[rng.nextInt(DISCOUNTS.length)];
        String status = rng.nextDouble() < 0.03 ? "S0" : Product.ACTIVE;
        return new Product(id, name, price(category, rng), discount, imageOf(category.name), category.name, brand.name(),
                status, 0, 0, 0);
    }

    /** The picture of a category that the service itself draws (routes' CategoryImages): no image host needed. */
    static String imageOf(String category) {
        return "/images/categories/" + category.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "") + ".svg";
    }

    /** Log-normal around the category's median, as shops price: whole amount minus one cent. */
    private static BigDecimal price(CategoryProfile category, SplittableRandom rng) {
        double raw = category.medianPrice * Math.exp(0.6 * rng.nextGaussian());
        double shelf = Math.max(1, Math.round(raw)) - 0.01;
        return BigDecimal.valueOf(shelf).setScale(2, RoundingMode.HALF_UP);
    }
}
