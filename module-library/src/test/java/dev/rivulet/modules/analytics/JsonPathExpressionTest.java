package dev.rivulet.modules.analytics;

import static dev.rivulet.modules.analytics.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The path syntax on its own (the module test runs it through the engine). */
class JsonPathExpressionTest {
    private final Map<String, Object> doc = map(
        "store", map("book", List.of(map("title", "A", "price", 8.0), map("title", "B", "price", 12.0)),
            "a.b", "dotted", "x y", "spaced"),
        "n", null);

    private Object eval(String path) {
        return JsonPathExpression.compile(path).evaluate(doc);
    }

    @Test
    void readsNamesPositionsAndQuotedNames() {
        assertThat(eval("$.store.book[1].title")).isEqualTo("B");
        assertThat(eval("store.book[0].price")).isEqualTo(8.0);
        assertThat(eval("$.store.book[-1].title")).isEqualTo("B");
        assertThat(eval("$['store']['a.b']")).isEqualTo("dotted");
        assertThat(eval("$.store[\"x y\"]")).isEqualTo("spaced");
        assertThat(eval("$")).isSameAs(doc);
        assertThat(eval("")).isSameAs(doc);
    }

    @Test
    void missingStepsGiveMissingAndNullStaysNull() {
        assertThat(eval("$.store.book[2]")).isSameAs(JsonPathExpression.MISSING);
        assertThat(eval("$.store.book[-3]")).isSameAs(JsonPathExpression.MISSING);
        assertThat(eval("$.store.book.title")).isSameAs(JsonPathExpression.MISSING);
        assertThat(eval("$.store[0]")).isSameAs(JsonPathExpression.MISSING);
        assertThat(eval("$.nope")).isSameAs(JsonPathExpression.MISSING);
        assertThat(eval("$.n")).isNull();
    }

    @Test
    void wildcardsCollectEveryMatchAsAList() {
        assertThat(eval("$.store.book[*].price")).isEqualTo(List.of(8.0, 12.0));
        assertThat(eval("$.store.book.*.title")).isEqualTo(List.of("A", "B"));
        assertThat(eval("$.store.*.price")).isEqualTo(List.of());
        assertThat(JsonPathExpression.compile("$.a[*]").isDefinite()).isFalse();
        assertThat(JsonPathExpression.compile("$.a[0]").isDefinite()).isTrue();
    }

    @Test
    void refusesWhatItDoesNotSupportWithThePlace() {
        assertThatThrownBy(() -> JsonPathExpression.compile("$..price"))
            .hasMessageContaining("recursive descent (..) is not supported").hasMessageContaining("character 2");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.book[?(@.price < 10)]"))
            .hasMessageContaining("filters");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.book[0:2]")).hasMessageContaining("slices");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.book[0,1]")).hasMessageContaining("unions");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.book[abc]")).hasMessageContaining("['abc']");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.book[0")).hasMessageContaining("missing ]");
        assertThatThrownBy(() -> JsonPathExpression.compile("$['a")).hasMessageContaining("unclosed quoted name");
        assertThatThrownBy(() -> JsonPathExpression.compile("$book")).hasMessageContaining("expected . or [");
        assertThatThrownBy(() -> JsonPathExpression.compile("$.a.")).hasMessageContaining("a name must follow");
    }
}
