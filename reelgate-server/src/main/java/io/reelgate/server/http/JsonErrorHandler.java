package io.reelgate.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers, for requests it refuses before any route sees them (a {@code %00}
 * or other malformed URI, a URI or headers too large, no {@code Host}): JSON in Reelgate's error
 * shape, {@code {"error": {"code": "HTTP_400", "message": "...", "field": null}}}, never Jetty's
 * HTML page. The request line is often not read at that point, so no dialect can be told apart;
 * the answer carries a fresh request id under both headers.
 */
public final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    String id = RequestIds.fresh();
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put(RequestIds.INCOMING_HEADER, id);
    fields.put("Trace-Id", id);
    return ByteBuffer.wrap(body(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest, HttpServletRequest request, HttpServletResponse response, int code, String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json");
    response.getOutputStream().write(body(code, message).getBytes(StandardCharsets.UTF_8));
  }

  private static String body(int status, String reason) {
    String message = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", "HTTP_" + status);
    error.put("message", message);
    error.put("field", null);
    try {
      return JSON.writeValueAsString(Map.of("error", error));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an error as JSON", e);
    }
  }
}
