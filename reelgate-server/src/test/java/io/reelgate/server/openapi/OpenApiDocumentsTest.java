package io.reelgate.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The served OpenAPI documents themselves: each is OpenAPI 3.1 and agrees with its own examples. */
class OpenApiDocumentsTest {

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "openai"})
  void examples_of_each_document_match_their_schemas(String dialect) {
    OpenApiContract.forDialect(dialect).assertExamplesMatchTheirSchemas();
  }

  @ParameterizedTest
  @ValueSource(strings = {"novita", "evolink", "gptproto", "gptproto-unified", "minimax", "openai"})
  void each_document_names_a_bearer_or_key_security_scheme(String dialect) {
    assertThat(OpenApiContract.forDialect(dialect).document().path("components").path("securitySchemes").size())
        .isPositive();
  }
}
