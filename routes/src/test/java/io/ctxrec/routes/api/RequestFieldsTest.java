package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.routes.api.FeedbackRequests.RatingRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {
    private static final Map<String, Object> JSON = Map.of("Content-Type", "application/json");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theBodysFieldsWinOverTheQueryParametersOfAnHttpRequest() {
        Map<String, Object> http = Map.of("CamelHttpMethod", "POST", "CamelHttpRawQuery", "userId=q&stars=2&x=ignored",
                "productId", "from-a-header", "Content-Type", "application/json");

        RatingRequest r = RequestFields.read("{\"stars\":5,\"comment\":\"très bien\"}", http, RatingRequest.class);

        assertThat(r).isEqualTo(new RatingRequest("q", null, 5, "très bien"));
    }

    @Test
    void anUnknownFieldIsNamedWithTheExpectedOnes() {
        assertThatThrownBy(() -> RequestFields.read("{\"userId\":\"u\",\"rating\":5}", JSON, RatingRequest.class))
                .isInstanceOf(ApiProblem.class)
                .hasMessage("unknown field 'rating'; the fields are userId, productId, stars, comment");
    }

    @Test
    void jsonIsOneObjectWithEachKeyOnceAndFieldsOfTheirType() {
        assertThatThrownBy(() -> read("{\"userId\":\"u\"} x")).hasMessageContaining("more after its JSON object");
        assertThatThrownBy(() -> read("{\"userId\":\"u\"}{}")).hasMessageContaining("more after its JSON object");
        assertThatThrownBy(() -> read("{\"userId\":\"a\",\"userId\":\"b\"}")).hasMessageContaining("'userId' more than once");
        assertThatThrownBy(() -> read("{\"userId\":123}")).hasMessage("userId must be a JSON string, was 123");
        assertThatThrownBy(() -> read("{\"userId\":true}")).hasMessage("userId must be a JSON string, was true");
        assertThatThrownBy(() -> read("{\"stars\":2.5}")).hasMessage("stars must be a whole number, was 2.5");
        assertThatThrownBy(() -> read("{\"stars\":\"5\"}")).hasMessage("stars must be a whole number, was \"5\"");
        assertThatThrownBy(() -> read("[]")).hasMessageStartingWith("the body must be a JSON object");
        assertThatThrownBy(() -> read("{\"userId\":")).hasMessageStartingWith("the body ends before its JSON is complete");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedButACommentMayHaveLineBreaks() {
        assertThatThrownBy(() -> read("{\"userId\":\"u\\u0000\"}")).hasMessageContaining("U+0000");
        assertThatThrownBy(() -> read("{\"userId\":\"\\ud800\"}")).hasMessageContaining("lone surrogate");
        assertThat(read("{\"comment\":\"line 1\\nline 2\"}").comment()).isEqualTo("line 1\nline 2");
    }

    @Test
    void aFormIsReadAsStrictlyAsJson() {
        Map<String, Object> form = Map.of("Content-Type", "application/x-www-form-urlencoded");

        assertThat(RequestFields.read(Map.of("userId", "u", "stars", "4"), form, RatingRequest.class))
                .isEqualTo(new RatingRequest("u", null, 4, null));
        assertThatThrownBy(() -> RequestFields.read(Map.of("stars", List.of("4", "5")), form, RatingRequest.class))
                .hasMessageContaining("'stars' more than once");
        assertThatThrownBy(() -> RequestFields.read("userId=%zz", form, RatingRequest.class))
                .hasMessageContaining("not followed by two hex digits");
        assertThatThrownBy(() -> RequestFields.read("stars=2.5", form, RatingRequest.class))
                .hasMessage("stars must be a whole number, was '2.5'");
    }

    @Test
    void anotherMediaTypeIs415() {
        assertThatThrownBy(() -> RequestFields.read("x", Map.of("Content-Type", "text/plain"), RatingRequest.class))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(415));
    }

    @Test
    void instantsAreBetween1970AndADayFromNow() {
        assertThat(Instants.parse("at", "1970-01-01T00:00:00Z", CLOCK)).isEqualTo(Instant.EPOCH);
        assertThat(Instants.parse("at", "2024-05-02T12:00:00Z", CLOCK)).isEqualTo(Instant.parse("2024-05-02T12:00:00Z"));
        assertThat(Instants.parse("at", null, CLOCK)).isEqualTo(CLOCK.instant());
        for (String bad : List.of("1969-12-31T23:59:59Z", "2024-05-02T12:00:01Z", "+1000000000-12-31T23:59:59Z",
                "9999-12-31T23:59:59Z", "yesterday")) {
            assertThatThrownBy(() -> Instants.parse("at", bad, CLOCK)).as(bad).isInstanceOf(ApiProblem.class)
                    .hasMessageStartingWith("at must be");
        }
    }

    @Test
    void lengthsCountCodePoints() {
        assertThat(io.ctxrec.domain.model.Ids.require("\uD83D\uDE00".repeat(64), "userId")).hasSize(128);
        assertThatThrownBy(() -> io.ctxrec.domain.model.Ids.require("\uD83D\uDE00".repeat(65), "userId"))
                .hasMessage("userId is longer than 64 characters");
    }

    @Test
    void aBodyStreamBecomesTextInTheExchangesCharsetAndAFormStaysAMap() {
        DefaultCamelContext camel = new DefaultCamelContext();
        Exchange utf8 = new DefaultExchange(camel);
        utf8.getMessage().setBody(new ByteArrayInputStream("{\"comment\":\"très bien\"}".getBytes(StandardCharsets.UTF_8)));
        RequestFields.textUnlessForm(utf8);
        assertThat(utf8.getMessage().getBody()).isEqualTo("{\"comment\":\"très bien\"}");

        Exchange latin1 = new DefaultExchange(camel);
        latin1.setProperty(Exchange.CHARSET_NAME, "ISO-8859-1");
        latin1.getMessage().setBody(new ByteArrayInputStream("très".getBytes(StandardCharsets.ISO_8859_1)));
        RequestFields.textUnlessForm(latin1);
        assertThat(latin1.getMessage().getBody()).isEqualTo("très");

        Exchange form = new DefaultExchange(camel);
        form.getMessage().setBody(Map.of("userId", "u"));
        RequestFields.textUnlessForm(form);
        assertThat(form.getMessage().getBody()).isEqualTo(Map.of("userId", "u"));

        Exchange unknown = new DefaultExchange(camel);
        unknown.setProperty(Exchange.CHARSET_NAME, "no-such-charset");
        unknown.getMessage().setBody(new ByteArrayInputStream(new byte[] {'{', '}'}));
        assertThatThrownBy(() -> RequestFields.textUnlessForm(unknown)).isInstanceOf(ApiProblem.class)
                .hasMessageContaining("'no-such-charset'").extracting(e -> ((ApiProblem) e).status()).isEqualTo(415);
    }

    private static RatingRequest read(String json) {
        return RequestFields.read(json, JSON, RatingRequest.class);
    }
}
