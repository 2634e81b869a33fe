package io.reelgate.core.image;

import io.reelgate.core.error.InvalidFieldException;
import java.util.Base64;
import java.util.Locale;

/**
 * Decodes a {@code data:image/<type>;base64,<data>} URI. The claimed type only has to be an image
 * type: {@link ImageProbe} tells the real format from the bytes. Line breaks and spaces in the data
 * are ignored (some encoders wrap at 76 columns), and the URL-safe alphabet is accepted.
 */
public final class DataUriImageSource implements ImageSource {
  private final InputKind kind;
  private final long maxBytes;

  public DataUriImageSource() {
    this(InputKind.IMAGE);
  }

  DataUriImageSource(long maxBytes) {
    this(InputKind.IMAGE.withMaxBytes(maxBytes));
  }

  /** @param kind what the URIs hold: the media type they must claim and the cap */
  public DataUriImageSource(InputKind kind) {
    this.kind = kind;
    this.maxBytes = kind.maxBytes();
  }

  @Override
  public byte[] fetch(String field, String reference) {
    if (reference == null || !reference.regionMatches(true, 0, "data:", 0, 5)) {
      throw new InvalidFieldException(field, "not a data URI");
    }
    int comma = reference.indexOf(',');
    if (comma < 0) throw new InvalidFieldException(field, "the data URI has no ',' before its data");
    checkHeader(field, reference.substring(5, comma));

    // Size before decoding: every 4 characters hold 3 bytes. The first, rough test runs before
    // any copy is made and leaves room for line breaks; the exact one runs on the bare data.
    long maxEncoded = 4 * ((maxBytes + 2) / 3);
    int encodedLength = reference.length() - comma - 1;
    if (encodedLength > maxEncoded + maxEncoded / 16 + 64) throw tooLarge(field);
    String data = withoutWhitespace(reference.substring(comma + 1));
    if (data.length() > maxEncoded) throw tooLarge(field);
    if (data.isEmpty()) throw new InvalidFieldException(field, "the data URI holds no data");

    byte[] bytes;
    try {
      boolean urlSafe = data.indexOf('-') >= 0 || data.indexOf('_') >= 0;
      bytes = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(data);
    } catch (IllegalArgumentException e) {
      throw new InvalidFieldException(field, "the data URI is not valid base64: " + e.getMessage(), e);
    }
    if (bytes.length > maxBytes) throw tooLarge(field);
    return bytes;
  }

  /** {@code image/png;base64}, possibly with parameters between the type and {@code base64}. */
  private void checkHeader(String field, String header) {
    String[] parts = header.split(";", -1);
    String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
    if (!mediaType.startsWith(kind.mediaType() + "/")) {
      String got = mediaType.isEmpty() ? "no media type" : "media type '" + mediaType + "'";
      String article = kind.noun().startsWith("i") || kind.noun().startsWith("a") ? "an " : "a ";
      throw new InvalidFieldException(field, "the data URI must hold " + article + kind.noun() + " (data:" + kind.mediaType()
          + "/...;base64,...); it has " + got);
    }
    if (!parts[parts.length - 1].trim().equalsIgnoreCase("base64")) {
      throw new InvalidFieldException(
          field, "the data URI must be base64-encoded (data:" + mediaType + ";base64,...)");
    }
  }

  private static String withoutWhitespace(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') kept.append(c);
    }
    return kept.toString();
  }

  private InvalidFieldException tooLarge(String field) {
    return new InvalidFieldException(field, "the data URI holds more than " + megabytes(maxBytes) + " of " + kind.mediaType() + " data");
  }

  static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
