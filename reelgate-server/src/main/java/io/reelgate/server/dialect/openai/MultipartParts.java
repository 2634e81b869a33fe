package io.reelgate.server.dialect.openai;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.reelgate.core.error.ReelgateException;
import io.reelgate.server.http.MalformedRequestException;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * The parts of a {@code multipart/form-data} body, read whole through the request's stream (the
 * one the slow-body limits watch) and at most {@code maxBytes} of it, then parsed in memory: text
 * fields by name, and files (the parts with a file name) by name. The first part of a name wins,
 * as Javalin's {@code formParam} has it.
 */
final class MultipartParts {
  /** Parts a create may hold: a handful of fields and one picture; more is not a create. */
  private static final int MAX_PARTS = 100;

  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, Upload> files = new HashMap<>();

  /** A file part: its declared type (null when it names none) and its bytes. */
  record Upload(String contentType, byte[] bytes) {}

  private MultipartParts() {}

  static MultipartParts read(Context ctx, int maxBytes) {
    if (ctx.req().getContentLengthLong() > maxBytes) throw tooLarge(maxBytes);
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new MalformedRequestException("the request body cannot be read: " + e.getMessage());
    }
    if (body.length > maxBytes) throw tooLarge(maxBytes);
    MultipartConfigElement inMemory =
        new MultipartConfigElement(System.getProperty("java.io.tmpdir"), maxBytes, maxBytes, maxBytes);
    MultiPartFormInputStream form =
        new MultiPartFormInputStream(
            new ByteArrayInputStream(body), ctx.contentType(), inMemory, new File(System.getProperty("java.io.tmpdir")), MAX_PARTS);
    MultipartParts parts = new MultipartParts();
    try {
      for (Part part : form.getParts()) {
        byte[] content;
        try (InputStream in = part.getInputStream()) {
          content = in.readAllBytes();
        }
        if (part.getSubmittedFileName() != null) {
          parts.files.putIfAbsent(part.getName(), new Upload(part.getContentType(), content));
        } else {
          parts.texts.putIfAbsent(part.getName(), new String(content, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException | IllegalStateException e) {
      if (e.getCause() instanceof ReelgateException cause) throw cause;
      throw new MalformedRequestException("the multipart form cannot be read: " + e.getMessage());
    } finally {
      form.deleteParts(); // nothing goes to disk (the threshold is the whole body); every part is copied out above
    }
    return parts;
  }

  private static ContentTooLargeResponse tooLarge(int maxBytes) {
    return new ContentTooLargeResponse("the request body is larger than " + maxBytes / (1024 * 1024) + " MB");
  }

  /** The text of the first field named {@code name}, or null. */
  String text(String name) {
    return texts.get(name);
  }

  /** The first file part named {@code name}, or null. */
  Upload file(String name) {
    return files.get(name);
  }
}
