package io.reelgate.server.dialect.openai;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelgate.server.RunningServer;
import io.reelgate.server.TinyRenders;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@TinyRenders
/**
 * A multipart create meets the same body limits as a JSON one: the slow-body cut-off (408), the
 * 64 MB cap however the body is framed (413, chunked included), and no smaller cap on a text field
 * (the SDK's {@code input_reference[image_url]} data URI), each answered in OpenAI's error shape.
 */
class OpenAiMultipartLimitsTest extends RunningServer {
  private static final String B = "XyZbound";

  private static String head(String framing) {
    return "POST /v1/videos HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ALICE + "\r\n"
        + "Content-Type: multipart/form-data; boundary=" + B + "\r\n" + framing + "\r\n\r\n";
  }

  private static String read(Socket s, int millis) throws Exception {
    s.setSoTimeout(millis);
    StringBuilder text = new StringBuilder();
    InputStream in = s.getInputStream();
    byte[] buf = new byte[8192];
    try {
      int n;
      while ((n = in.read(buf)) > 0) {
        text.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        if (text.indexOf("\r\n\r\n") > 0 && text.length() > text.indexOf("\r\n\r\n") + 10) break;
      }
    } catch (SocketTimeoutException e) {
      // what came is the answer
    }
    return text.toString();
  }

  /** Like SlowClientsTest for the other dialects: a body at 10 B/s must be cut off (408) within a few seconds. */
  @Test
  void a_slow_multipart_body_is_cut_off_like_a_json_one() throws Exception {
    try (Socket s = new Socket("localhost", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(head("Content-Length: 100000").getBytes(StandardCharsets.US_ASCII));
      out.write(("--" + B + "\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = "";
      for (int i = 0; i < 80 && answer.isEmpty(); i++) { // 8 s at 10 B/s
        try {
          out.write('a');
          out.flush();
        } catch (java.io.IOException closed) {
          break;
        }
        answer = read(s, 100);
      }
      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(answer).contains("\"error\"");
    }
  }

  /** A chunked multipart body has no Content-Length: the 64 MB check is skipped. 80 MB must be 413. */
  @Test
  void a_chunked_multipart_body_over_64_mb_is_refused() throws Exception {
    try (Socket s = new Socket("localhost", server.port())) {
      OutputStream out = s.getOutputStream();
      out.write(head("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      chunk(out, ("--" + B + "\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] mb = new byte[1024 * 1024];
      java.util.Arrays.fill(mb, (byte) 'a');
      int sent = 0;
      try {
        for (; sent < 80; sent++) chunk(out, mb);
        chunk(out, ("\r\n--" + B + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (java.io.IOException closed) {
        // the server may close as soon as the body is past the cap
      }
      String answer = read(s, 20000);
      assertThat(answer).startsWith("HTTP/1.1 413");
    }
  }

  /** The SDK sends input_reference={"image_url": "data:..."} as the text part input_reference[image_url]; a 300 KB picture. */
  @Test
  void a_data_uri_image_url_over_200_kb_in_the_form_is_not_an_internal_error() throws Exception {
    String dataUri = "data:image/png;base64," + "A".repeat(300_000);
    String body = "--" + B + "\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\na cat\r\n"
        + "--" + B + "\r\nContent-Disposition: form-data; name=\"input_reference[image_url]\"\r\n\r\n" + dataUri + "\r\n"
        + "--" + B + "--\r\n";
    java.net.http.HttpResponse<String> r = send(java.net.http.HttpRequest.newBuilder(uri("/v1/videos"))
        .header("Authorization", "Bearer " + ALICE)
        .header("Content-Type", "multipart/form-data; boundary=" + B)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).path("error").path("param").asText()).startsWith("input_reference");
  }

  private static void chunk(OutputStream out, byte[] data) throws java.io.IOException {
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
  }
}
