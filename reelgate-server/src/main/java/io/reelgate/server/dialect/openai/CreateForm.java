package io.reelgate.server.dialect.openai;

import io.javalin.http.Context;
import io.reelgate.core.error.InvalidFieldException;
import io.reelgate.core.image.ImageRules;
import io.reelgate.server.http.JsonFields;
import java.util.Base64;
import java.util.Locale;

/**
 * The fields of a create, whichever way they came: the {@code multipart/form-data} the SDK
 * always sends (an object as {@code input_reference[image_url]}, a file as a part named {@code
 * input_reference}), or a JSON object. A picture comes out as the reference the core reads, a URL
 * or a data URI: an upload is made a data URI, so that it meets every rule of the pictures given
 * any other way.
 */
interface CreateForm {
  /** The text of {@code field}, or null when absent. */
  String text(String field);

  /** As {@link #text}, a JSON number taken as its digits. */
  String textOrNumber(String field);

  /** The picture of {@code field} as a URL or a data URI, or null when absent. */
  String picture(String field);

  static boolean isMultipart(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
  }

  /**
   * The form of a multipart request, refused with 413 past {@code maxBytes}. The body is read
   * whole, and bounded, through the request's own stream, so that the slow-body limits (minimum
   * rate, deadline) hold as for a JSON body and a chunked body cannot grow past {@code maxBytes};
   * then parsed in memory (Jetty's own parser would read around those limits, and cap the text
   * fields, where an {@code input_reference[image_url]} data URI lives, at 200 kB).
   */
  static CreateForm multipart(Context ctx, int maxBytes) {
    MultipartParts parts = MultipartParts.read(ctx, maxBytes);
    return new CreateForm() {
      @Override
      public String text(String field) {
        return parts.text(field);
      }

      @Override
      public String textOrNumber(String field) {
        return text(field);
      }

      @Override
      public String picture(String field) {
        MultipartParts.Upload upload = parts.file(field);
        if (upload != null) return dataUri(field, upload);
        return reference(field, text(field + "[image_url]"), text(field + "[file_id]"));
      }
    };
  }

  static CreateForm of(JsonFields body) {
    return new CreateForm() {
      @Override
      public String text(String field) {
        return body.string(field);
      }

      @Override
      public String textOrNumber(String field) {
        try {
          return body.string(field);
        } catch (InvalidFieldException notText) {
          try {
            return Integer.toString(body.integer(field));
          } catch (InvalidFieldException notNumber) {
            throw new InvalidFieldException(field, "must be a string of whole seconds such as \"8\"");
          }
        }
      }

      @Override
      public String picture(String field) {
        try {
          String url = body.string(field);
          if (url != null) return reference(field, url, null);
        } catch (InvalidFieldException notText) {
          JsonFields object = body.object(field);
          return reference(field, object.string("image_url"), object.string("file_id"));
        }
        return null;
      }
    };
  }

  /** {@code image_url} as it is; {@code file_id} refused, as Reelgate has no Files API. */
  private static String reference(String field, String imageUrl, String fileId) {
    if (fileId != null) {
      throw new InvalidFieldException(
          field + ".file_id", "Reelgate has no Files API; upload the image as " + field + " or give " + field + ".image_url");
    }
    if (imageUrl != null && imageUrl.isBlank()) {
      throw new InvalidFieldException(field + ".image_url", "is empty; give a URL or a data:image/...;base64, URI");
    }
    return imageUrl;
  }

  /** An upload as a data URI; its bytes decide its format ({@code ImageProbe}), its declared type only has to allow an image. */
  private static String dataUri(String field, MultipartParts.Upload upload) {
    String type = upload.contentType() == null ? "" : upload.contentType().toLowerCase(Locale.ROOT).strip();
    if (!type.isEmpty() && !type.startsWith("image/") && !type.equals("application/octet-stream")) {
      throw new InvalidFieldException(field, "the upload is " + type + "; send a JPEG, PNG or WebP image");
    }
    if (upload.bytes().length > ImageRules.MAX_BYTES) {
      throw new InvalidFieldException(field, "the upload holds more than " + ImageRules.MAX_BYTES / (1024 * 1024) + " MB");
    }
    if (upload.bytes().length == 0) throw new InvalidFieldException(field, "the upload is empty");
    return dataUri(type.startsWith("image/") ? type : "image/upload", upload.bytes());
  }

  /** {@code bytes} as a base64 data URI of {@code mediaType}, an {@code image/} type. */
  static String dataUri(String mediaType, byte[] bytes) {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }
}
