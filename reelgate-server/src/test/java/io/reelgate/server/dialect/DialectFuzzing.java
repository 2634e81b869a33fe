package io.reelgate.server.dialect;

import io.reelgate.core.request.VideoRequestDraft;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.error.ReelgateException;
import io.reelgate.core.image.DataUriImageSource;
import io.reelgate.core.image.DefaultImageSource;
import io.reelgate.core.model.ModelCatalog;
import io.reelgate.core.request.RequestValidator;
import io.reelgate.server.http.JsonFields;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The harness of the dialects' fuzz tests: a body of any bytes is parsed, read by the dialect and
 * validated by the core (data URIs decoded and probed; URLs refused without a fetch), and must end
 * in a request or in one of Reelgate's own errors, which every dialect answers with a 400.
 */
public final class DialectFuzzing {
  private static final RequestValidator VALIDATOR =
      new RequestValidator(
          ModelCatalog.standard(),
          new DefaultImageSource(
              new DataUriImageSource(),
              (field, url) -> {
                throw new InvalidFieldException(field, "no fetching in the fuzz test");
              }));

  private DialectFuzzing() {}

  public static RequestValidator validator() {
    return VALIDATOR;
  }

  /** Reads the body with {@code reader} and validates the draft it gives. */
  public static void readAndValidate(byte[] input, Function<JsonFields, VideoRequestDraft> reader) {
    validate(input, body -> VALIDATOR.validate(reader.apply(body)));
  }

  /** Runs {@code dialect} on the body; only Reelgate's own errors may come out. */
  public static void validate(byte[] input, java.util.function.Consumer<JsonFields> dialect) {
    try {
      dialect.accept(JsonFields.parse(new String(input, StandardCharsets.UTF_8)));
    } catch (ReelgateException expected) {
      // a 400 (or the dialect's code) naming the field
    }
  }
}
