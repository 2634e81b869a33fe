package io.reelgate.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reelgate.core.error.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields of a JSON request body the way the providers do: unknown fields are ignored, an
 * absent field or a JSON {@code null} is null, and a field of the wrong JSON type is an error that
 * names it ({@code duration: must be an integer}). Strings are never coerced to numbers or
 * booleans, so {@code "6"} is not a duration. Every dialect reads its bodies with this class.
 */
public final class JsonFields {
  /** Two images of 20 MB as base64 data URIs (4/3 larger) and the rest of the body. */
  public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  /**
   * Strings as long as the body may be. Jackson's default limit, 20 million characters, refused a
   * data URI of more than about 15 MB as "not valid JSON", below the documented 20 MB; without a
   * limit of its own the parser leaves every string to the field checks, which name the field
   * (a data URI over 20 MB: {@code image: the data URI holds more than 20 MB of image data}).
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_BODY_BYTES).build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final ObjectNode body;

  private JsonFields(ObjectNode body) {
    this.body = body;
  }

  /** @throws MalformedRequestException when the body is empty, not JSON, or not a JSON object */
  public static JsonFields parse(String body) {
    if (body == null || body.isBlank()) {
      throw new MalformedRequestException("the request body is empty; a JSON object is expected");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the body back (images included); the position is enough.
      String where =
          e.getLocation() == null
              ? ""
              : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new MalformedRequestException("the request body is not valid JSON" + where);
    }
    if (!(root instanceof ObjectNode object)) {
      throw new MalformedRequestException("the request body must be a JSON object");
    }
    return new JsonFields(object);
  }

  public String string(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!node.isTextual()) throw new InvalidFieldException(field, "must be a string");
    return node.textValue();
  }

  /** An integral JSON number that fits an int; {@code 6.0} counts, {@code 6.5} and {@code "6"} do not. */
  public Integer integer(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!node.isNumber() || !isIntegral(node) || !node.canConvertToInt()) {
      throw new InvalidFieldException(field, "must be an integer");
    }
    return node.intValue();
  }

  public Boolean bool(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!node.isBoolean()) throw new InvalidFieldException(field, "must be a boolean (true or false)");
    return node.booleanValue();
  }

  /**
   * A JSON array of strings (e.g. Evolink's {@code image_urls}), or null; an element that is not a
   * string is an error naming it as {@code field[i]}.
   */
  public List<String> strings(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!node.isArray()) throw new InvalidFieldException(field, "must be an array of strings");
    List<String> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (!item.isTextual()) throw new InvalidFieldException(field + "[" + i + "]", "must be a string");
      values.add(item.textValue());
    }
    return List.copyOf(values);
  }

  /**
   * A JSON array of objects (e.g. GPTProto's {@code frame_images}), or null; an element that is not
   * an object is an error naming it as {@code field[i]}.
   */
  public List<JsonFields> objects(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!node.isArray()) throw new InvalidFieldException(field, "must be an array of objects");
    List<JsonFields> values = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      if (!(node.get(i) instanceof ObjectNode item)) throw new InvalidFieldException(field + "[" + i + "]", "must be an object");
      values.add(new JsonFields(item));
    }
    return List.copyOf(values);
  }

  /** The nested object under {@code field} (e.g. Novita's {@code extra}), or null. */
  public JsonFields object(String field) {
    JsonNode node = present(field);
    if (node == null) return null;
    if (!(node instanceof ObjectNode object)) throw new InvalidFieldException(field, "must be an object");
    return new JsonFields(object);
  }

  private JsonNode present(String field) {
    JsonNode node = body.get(field);
    return node == null || node.isNull() ? null : node;
  }

  private static boolean isIntegral(JsonNode node) {
    // 1e400 reads as an infinite double, which has no decimal value (found by the fuzz tests).
    return node.isIntegralNumber()
        || (node.isFloatingPointNumber()
            && Double.isFinite(node.doubleValue())
            && node.decimalValue().stripTrailingZeros().scale() <= 0);
  }
}
