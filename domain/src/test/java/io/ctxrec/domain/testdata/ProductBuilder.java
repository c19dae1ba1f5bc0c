package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Product;
import java.math.BigDecimal;

/** {@code aProduct("p1").inCategory("shoes").ofBrand("acme").build()}. */
public final class ProductBuilder {
    private String id;
    private String name;
    private BigDecimal price = new BigDecimal("19.99");
    private double discount;
    private String imageUrl;
    private String category = "general";
    private String brand = "generic";
    private String status = Product.ACTIVE;
    private long viewCount;
    private double ratingAvg;
    private int ratingCount;

    private ProductBuilder(String id) {
        this.id = id;
        this.name = "Product " + id;
    }

    public static ProductBuilder aProduct(String id) {
        return new ProductBuilder(id);
    }

    public ProductBuilder named(String value) { this.name = value; return this; }
    public ProductBuilder priced(String value) { this.price = new BigDecimal(value); return this; }
    public ProductBuilder discounted(double value) { this.discount = value; return this; }
    public ProductBuilder withImage(String value) { this.imageUrl = value; return this; }
    public ProductBuilder inCategory(String value) { this.category = value; return this; }
    public ProductBuilder ofBrand(String value) { this.brand = value; return this; }
    public ProductBuilder inactive() { this.status = "S0"; return this; }
    public ProductBuilder viewed(long value) { this.viewCount = value; return this; }
    public ProductBuilder rated(double avg, int count) { this.ratingAvg = avg; this.ratingCount = count; return this; }

    public Product build() {
        return new Product(id, name, price, discount, imageUrl, category, brand, status, viewCount, ratingAvg, ratingCount);
    }
}
