package io.ctxrec.routes.api;

import static org.apache.camel.model.rest.RestParamType.query;

import io.ctxrec.routes.api.auth.Access;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code GET /api/products} and {@code GET /api/users}: pages of {@code {items, offset, limit, total}}. Every
 * user's id and name is the admin's to list in jwt mode.
 */
public class CatalogApiRoutes extends RouteBuilder {
    private final Listings listings;
    private final Access access;

    public CatalogApiRoutes(Listings listings, Access access) {
        this.listings = listings;
        this.access = access;
    }

    @Override
    public void configure() {
        rest("/api")
                .get("/products").id("products-page-http").description("Products ordered by id, optionally one category")
                    .param().name("category").type(query).required(false).endParam()
                    .param().name("offset").type(query).dataType("integer").required(false).description("from 0").endParam()
                    .param().name("limit").type(query).dataType("integer").required(false).description("1 to 100, default 20").endParam()
                    .outType(ApiSchemas.ProductPage.class)
                    .to("direct:api-products-page")
                .get("/users").id("users-page-http").description("Users ordered by id, optionally by id prefix")
                    .param().name("prefix").type(query).required(false).endParam()
                    .param().name("offset").type(query).dataType("integer").required(false).description("from 0").endParam()
                    .param().name("limit").type(query).dataType("integer").required(false).description("1 to 100, default 20").endParam()
                    .outType(ApiSchemas.UserPage.class)
                    .to("direct:api-users-page");

        from("direct:api-products-page").routeId("api-products-page")
                .routeConfigurationId(ApiErrorHandling.ID)
                .bean(listings, "products")
                .process(ApiJson::reply);

        from("direct:api-users-page").routeId("api-users-page")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(access::requireAdminInJwtMode)
                .bean(listings, "users")
                .process(ApiJson::reply);
    }
}
