package io.reelgate.core.net;

import io.reelgate.core.net.FetchException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one HTTP/1.x answer from a connection that the request asked to close: the status line,
 * the headers (bounded in size and number), and for a 2xx the body, framed by chunked transfer
 * coding, by Content-Length, or by the end of the connection, and cut off at the cap while it
 * streams in.
 */
final class Http1Reader {
  private static final int MAX_LINE = 8 * 1024;
  private static final int MAX_HEADER_BYTES = 64 * 1024;
  private static final int MAX_HEADERS = 100;

  private final InputStream in;
  private final String host;
  private int headerBytes;

  Http1Reader(InputStream in, String host) {
    this.in = in;
    this.host = host;
  }

  HttpResponse read(long maxBody) throws IOException, FetchException {
    return read(maxBody, false);
  }

  /**
   * The status and headers, and at most {@code maxBody} bytes of a 2xx body: past the cap the
   * body is not read, and a body that cannot be read to its end gives what came before (or none).
   */
  HttpResponse readPrefix(long maxBody) throws IOException, FetchException {
    return read(maxBody, true);
  }

  private HttpResponse read(long maxBody, boolean prefix) throws IOException, FetchException {
    int status;
    Map<String, List<String>> headers;
    do { // 1xx answers (100 Continue, 103 Early Hints) come before the real one
      status = statusLine(line());
      headers = headers();
    } while (status >= 100 && status < 200);
    if (status < 200 || status > 299 || status == 204) {
      return new HttpResponse(status, headers, new byte[0]);
    }
    if (!prefix) return new HttpResponse(status, headers, body(headers, maxBody, false));
    byte[] body;
    try {
      body = body(headers, maxBody, true);
    } catch (IOException | FetchException e) { // the answer was given; its body does not matter
      body = new byte[0];
    }
    return new HttpResponse(status, headers, body);
  }

  private int statusLine(String line) throws FetchException {
    // HTTP/1.1 200 OK
    if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
      throw bad("did not answer in HTTP/1.x");
    }
    String code = line.substring(9, 12);
    if (!code.chars().allMatch(c -> c >= '0' && c <= '9') || (line.length() > 12 && line.charAt(12) != ' ')) {
      throw bad("sent a malformed status line");
    }
    int status = Integer.parseInt(code);
    if (status < 100 || status == 101) throw bad("answered with status " + status);
    return status;
  }

  private Map<String, List<String>> headers() throws IOException, FetchException {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    int count = 0;
    for (String line = line(); !line.isEmpty(); line = line()) {
      if (++count > MAX_HEADERS) throw bad("sent more than " + MAX_HEADERS + " headers");
      int colon = line.indexOf(':');
      if (colon <= 0 || line.charAt(0) == ' ' || line.charAt(0) == '\t') throw bad("sent a malformed header");
      String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!name.chars().allMatch(c -> c > 0x20 && c < 0x7F)) throw bad("sent a malformed header");
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
    }
    return headers;
  }

  /** @param truncate stop at the cap with what was read, rather than refuse the body */
  private byte[] body(Map<String, List<String>> headers, long maxBody, boolean truncate) throws IOException, FetchException {
    List<String> encoding = headers.getOrDefault("content-encoding", List.of());
    for (String value : encoding) {
      if (!value.isEmpty() && !value.equalsIgnoreCase("identity")) {
        throw bad("sent a body with Content-Encoding " + value + " though identity was asked for");
      }
    }
    List<String> transfer = headers.get("transfer-encoding");
    if (transfer != null) {
      // Chunked wins over Content-Length (RFC 9112 6.3); any other transfer coding is refused.
      String codings = String.join(",", transfer).replace(" ", "").toLowerCase(Locale.ROOT);
      if (!codings.equals("chunked")) throw bad("sent a body with Transfer-Encoding " + codings);
      return chunked(maxBody, truncate);
    }
    List<String> lengths = headers.get("content-length");
    if (lengths != null) {
      long length = contentLength(lengths);
      if (length > maxBody && !truncate) throw tooLarge(maxBody);
      length = Math.min(length, maxBody);
      byte[] body = in.readNBytes((int) length);
      if (body.length < length) throw bad("closed the connection before the end of the body");
      return body;
    }
    return untilClose(maxBody, truncate);
  }

  private long contentLength(List<String> values) throws FetchException {
    String first = null;
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        String v = part.strip();
        if (first == null) first = v;
        else if (!first.equals(v)) throw bad("sent conflicting Content-Length headers");
      }
    }
    if (first == null || first.isEmpty() || first.length() > 18 || !first.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw bad("sent a malformed Content-Length");
    }
    return Long.parseLong(first);
  }

  private byte[] chunked(long maxBody, boolean truncate) throws IOException, FetchException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      headerBytes = 0; // each chunk-size line is bounded on its own
      String line = line();
      int semicolon = line.indexOf(';'); // chunk extensions are ignored
      String size = (semicolon < 0 ? line : line.substring(0, semicolon)).strip();
      if (size.isEmpty() || size.length() > 15 || !size.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
        throw bad("sent a malformed chunk size");
      }
      long length = Long.parseLong(size, 16);
      if (length == 0) break;
      if (body.size() + length > maxBody) {
        if (!truncate) throw tooLarge(maxBody);
        body.writeBytes(in.readNBytes((int) (maxBody - body.size())));
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes((int) length);
      if (chunk.length < length) throw bad("closed the connection in the middle of a chunk");
      body.writeBytes(chunk);
      if (!line().isEmpty()) throw bad("sent a chunk longer than its size");
    }
    headerBytes = 0;
    while (!line().isEmpty()) {
      // trailer fields: read and dropped
    }
    return body.toByteArray();
  }

  private byte[] untilClose(long maxBody, boolean truncate) throws IOException, FetchException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) > 0; ) {
      if (body.size() + (long) n > maxBody) {
        if (!truncate) throw tooLarge(maxBody);
        body.write(buffer, 0, (int) (maxBody - body.size()));
        return body.toByteArray();
      }
      body.write(buffer, 0, n);
    }
    return body.toByteArray();
  }

  /** A line ending in CRLF (or a bare LF), without it; ISO-8859-1 as HTTP headers are. */
  private String line() throws IOException, FetchException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) throw bad("closed the connection in the middle of its answer");
      if (++headerBytes > MAX_HEADER_BYTES) throw bad("sent more than " + MAX_HEADER_BYTES / 1024 + " KB of headers");
      if (b == '\n') break;
      if (line.size() >= MAX_LINE) throw bad("sent a line longer than " + MAX_LINE / 1024 + " KB");
      line.write(b);
    }
    byte[] bytes = line.toByteArray();
    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
  }

  private FetchException bad(String what) {
    return new FetchException(Kind.BAD_RESPONSE, host, host + " " + what);
  }

  private FetchException tooLarge(long maxBody) {
    return new FetchException(Kind.TOO_LARGE, host, "the body from " + host + " is larger than " + maxBody + " bytes");
  }
}
