package io.reelgate.server.openapi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenApiContractTest {
  private static final OpenApiContract CONTRACT =
      OpenApiContract.of(
          "tiny.json",
          """
          {
            "openapi": "3.1.0",
            "info": {"title": "tiny", "version": "1"},
            "paths": {
              "/v1/tasks/{task_id}": {
                "get": {
                  "responses": {
                    "200": {"description": "the task", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Task"}}}},
                    "4XX": {"$ref": "#/components/responses/Error"}
                  }
                }
              }
            },
            "components": {
              "schemas": {
                "Task": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["id", "status", "progress"],
                  "properties": {
                    "id": {"type": "string"},
                    "status": {"enum": ["pending", "completed"]},
                    "progress": {"type": "integer", "minimum": 0, "maximum": 100}
                  }
                },
                "Error": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["message"],
                  "properties": {"message": {"type": "string"}}
                }
              },
              "responses": {
                "Error": {"description": "an error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
              }
            }
          }
          """);

  private static final String PATH = "/v1/tasks/{task_id}";

  @Test
  void response_with_exactly_the_documented_fields_passes() {
    assertThatCode(
            () -> CONTRACT.assertResponseMatches("GET", PATH, 200, "{\"id\":\"t1\",\"status\":\"pending\",\"progress\":0}"))
        .doesNotThrowAnyException();
  }

  @Test
  void response_missing_a_required_field_fails_naming_it() {
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", PATH, 200, "{\"id\":\"t1\",\"status\":\"pending\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("progress");
  }

  @Test
  void response_with_an_undocumented_field_fails_naming_it() {
    assertThatThrownBy(
            () ->
                CONTRACT.assertResponseMatches(
                    "GET", PATH, 200, "{\"id\":\"t1\",\"status\":\"pending\",\"progress\":0,\"colour\":\"red\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("colour");
  }

  @Test
  void response_with_a_wrong_type_or_value_fails_listing_every_violation() {
    assertThatThrownBy(
            () -> CONTRACT.assertResponseMatches("GET", PATH, 200, "{\"id\":7,\"status\":\"done\",\"progress\":101}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("3 violation(s)")
        .hasMessageContaining("$.id")
        .hasMessageContaining("$.status")
        .hasMessageContaining("$.progress");
  }

  @Test
  void concrete_path_and_query_find_their_template() {
    assertThatCode(
            () ->
                CONTRACT.assertResponseMatches(
                    "get", "/v1/tasks/abc-123?verbose=1", 200, "{\"id\":\"abc-123\",\"status\":\"completed\",\"progress\":100}"))
        .doesNotThrowAnyException();
  }

  @Test
  void error_status_uses_its_class_and_a_referenced_response() {
    assertThatCode(() -> CONTRACT.assertResponseMatches("GET", PATH, 404, "{\"message\":\"no such task\"}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", PATH, 404, "{\"msg\":\"no such task\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("message");
  }

  @Test
  void undocumented_status_or_operation_fails() {
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", PATH, 500, "{\"message\":\"boom\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no response 500");
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("POST", PATH, 200, "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no operation POST");
  }

  @Test
  void body_that_is_not_json_fails() {
    assertThatThrownBy(() -> CONTRACT.assertResponseMatches("GET", PATH, 200, "<html>oops</html>"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not JSON");
  }

  @Test
  void lists_the_documented_operations() {
    org.assertj.core.api.Assertions.assertThat(CONTRACT.operations()).containsExactly("GET /v1/tasks/{task_id}");
  }

  @Test
  void example_that_contradicts_its_schema_fails() {
    OpenApiContract contract =
        OpenApiContract.of(
            "examples.json",
            """
            {
              "openapi": "3.1.0",
              "info": {"title": "examples", "version": "1"},
              "paths": {"/v1/things": {"post": {
                "requestBody": {"content": {"application/json": {
                  "schema": {"type": "object", "properties": {"duration": {"enum": [6, 10]}}},
                  "examples": {"short": {"value": {"duration": 7}}}}}},
                "responses": {"200": {"description": "ok", "content": {"application/json": {
                  "schema": {"type": "object", "required": ["id"]}, "example": {"id": "t1"}}}}}}}}
            }
            """);
    assertThatThrownBy(contract::assertExamplesMatchTheirSchemas)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST /v1/things request example 'short'")
        .hasMessageContaining("$.duration");
  }
}
