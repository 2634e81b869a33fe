package io.reelgate.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelgate.core.error.InvalidFieldException;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
  @Test
  void absent_and_null_fields_read_as_null() {
    JsonFields body = JsonFields.parse("{\"prompt\": null}");
    assertThat(body.string("prompt")).isNull();
    assertThat(body.integer("duration")).isNull();
    assertThat(body.bool("fast_pretreatment")).isNull();
  }

  @Test
  void fields_of_the_right_type_are_read() {
    JsonFields body = JsonFields.parse("{\"prompt\": \"a cat\", \"duration\": 6, \"fast_pretreatment\": true}");
    assertThat(body.string("prompt")).isEqualTo("a cat");
    assertThat(body.integer("duration")).isEqualTo(6);
    assertThat(body.bool("fast_pretreatment")).isTrue();
  }

  @Test
  void whole_number_written_with_a_decimal_point_is_an_integer() {
    assertThat(JsonFields.parse("{\"duration\": 6.0}").integer("duration")).isEqualTo(6);
  }

  @Test
  void string_for_an_integer_is_an_error_naming_the_field() {
    assertThatThrownBy(() -> JsonFields.parse("{\"duration\": \"6\"}").integer("duration"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("duration: must be an integer");
  }

  @Test
  void fraction_or_huge_number_is_not_an_integer() {
    assertThatThrownBy(() -> JsonFields.parse("{\"duration\": 6.5}").integer("duration"))
        .isInstanceOf(InvalidFieldException.class);
    assertThatThrownBy(() -> JsonFields.parse("{\"duration\": 99999999999}").integer("duration"))
        .isInstanceOf(InvalidFieldException.class);
  }

  @Test
  void number_for_a_string_or_boolean_is_an_error_naming_the_field() {
    assertThatThrownBy(() -> JsonFields.parse("{\"prompt\": 5}").string("prompt")).hasMessage("prompt: must be a string");
    assertThatThrownBy(() -> JsonFields.parse("{\"fast_pretreatment\": 1}").bool("fast_pretreatment"))
        .hasMessageStartingWith("fast_pretreatment: must be a boolean");
  }

  @Test
  void malformed_empty_or_non_object_body_is_refused() {
    assertThatThrownBy(() -> JsonFields.parse("{\"prompt\": ")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> JsonFields.parse("")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> JsonFields.parse("\"text\"")).isInstanceOf(MalformedRequestException.class);
    assertThatThrownBy(() -> JsonFields.parse("{} {}")).isInstanceOf(MalformedRequestException.class);
  }

  @Test
  void a_string_of_28_million_characters_is_read_whole() {
    // A 20 MB image as base64: Jackson's default limit (20 million characters) refused the body.
    String dataUri = "data:image/png;base64," + "A".repeat(4 * (20 * 1024 * 1024 / 3 + 1));

    assertThat(JsonFields.parse("{\"image\": \"" + dataUri + "\"}").string("image")).hasSize(dataUri.length());
  }

  @Test
  void array_of_objects_is_read_and_an_element_of_another_type_is_named_with_its_index() {
    assertThat(JsonFields.parse("{\"frame_images\": [{\"frame_type\": \"first_frame\"}]}").objects("frame_images").get(0).string("frame_type"))
        .isEqualTo("first_frame");
    assertThat(JsonFields.parse("{}").objects("frame_images")).isNull();
    assertThatThrownBy(() -> JsonFields.parse("{\"frame_images\": [{}, \"a.jpg\"]}").objects("frame_images"))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessage("frame_images[1]: must be an object");
  }
}
