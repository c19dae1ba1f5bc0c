package io.ctxrec.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.UserDirectory;
import io.ctxrec.domain.testdata.InMemoryInteractionHistory;
import io.ctxrec.domain.testdata.InMemoryProductCatalog;
import io.ctxrec.domain.testdata.ProductBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShopStatusTest {

    @Test
    void statusIsUpWithTheCountsInThisOrderAndTheAuthMode() {
        ShopStatus status = new ShopStatus(new ThreeUsers(), InMemoryProductCatalog.of(
                ProductBuilder.aProduct("p1").build(), ProductBuilder.aProduct("p2").build()),
                InMemoryInteractionHistory.of(), "jwt");

        assertThat(status.asJson()).isEqualTo("{\"status\":\"UP\",\"users\":3,\"products\":2,\"interactions\":0,\"auth\":\"jwt\"}");
    }

    private static final class ThreeUsers implements UserDirectory {
        @Override
        public Optional<User> find(String userId) {
            return Optional.empty();
        }

        @Override
        public Page<User> search(String idPrefix, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return 3;
        }
    }
}
