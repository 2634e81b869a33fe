package io.reelgate.server.links;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.reelgate.server.files.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /files/<key>?expires=..&signature=..}: the stored results behind signed links, with
 * single HTTP ranges (browsers seek videos with them). Bytes are streamed from the storage, never
 * held in memory. Errors are plain text, since a link is followed by browsers and players rather
 * than by a dialect's client: 403 for a tampered or expired link, 404 for a file that is gone,
 * 416 for a range past the end.
 */
public final class FileDownloads {
  private static final Logger LOG = LoggerFactory.getLogger(FileDownloads.class);
  public static final String PATH = "/files/<key>";

  private final Storage storage;
  private final LinkSigner links;

  public FileDownloads(Storage storage, LinkSigner links) {
    this.storage = storage;
    this.links = links;
  }

  public void register(Javalin app) {
    app.get(PATH, guarded(ctx -> serve(ctx, true)));
    app.head(PATH, guarded(ctx -> serve(ctx, false)));
  }

  private void serve(Context ctx, boolean withBody) throws IOException {
    String key = ctx.pathParam("key");
    links.verify(key, ctx.queryParam("expires"), ctx.queryParam("signature"));
    OptionalLong size = storage.size(key);
    if (size.isEmpty()) {
      ctx.status(404).result("this file no longer exists");
      return;
    }
    long total = size.getAsLong();
    ctx.header("Accept-Ranges", "bytes");
    ctx.header("Cache-Control", "private, max-age=" + links.ttl().toSeconds());
    switch (ByteRange.parse(ctx.header("Range"), total)) {
      case ByteRange.Unsatisfiable u -> {
        ctx.header("Content-Range", "bytes */" + total);
        ctx.status(416).result("the requested range is past the end of the file");
      }
      case ByteRange.Part p -> {
        ctx.status(206).header("Content-Range", p.range().contentRange(total));
        send(ctx, key, p.range().first(), p.range().length(), withBody);
      }
      case ByteRange.Whole w -> send(ctx, key, 0, total, withBody);
    }
  }

  private void send(Context ctx, String key, long offset, long length, boolean withBody) throws IOException {
    ctx.contentType(contentType(key));
    // Written to the servlet response itself: Javalin's own output stream may compress, which
    // would break Content-Length and ranges.
    ctx.res().setContentLengthLong(length);
    if (!withBody) return;
    try (InputStream in = storage.open(key, offset, length);
        OutputStream out = ctx.res().getOutputStream()) {
      in.transferTo(out);
    }
  }

  private static String contentType(String key) {
    String name = key.toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".mp4")) return "video/mp4";
    if (name.endsWith(".png")) return "image/png";
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
    if (name.endsWith(".webp")) return "image/webp";
    if (name.endsWith(".mp3")) return "audio/mpeg";
    if (name.endsWith(".wav")) return "audio/wav";
    return "application/octet-stream";
  }

  private static Handler guarded(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (LinkRefusedException e) {
        ctx.status(403).result(e.getMessage());
      } catch (IOException e) {
        if (ctx.res().isCommitted()) {
          // Mostly a player that closed the connection mid-download; nothing to tell anyone.
          LOG.debug("download of {} ended early: {}", ctx.path(), e.toString());
        } else {
          LOG.error("cannot read {} from storage", ctx.path(), e);
          ctx.status(500).result("internal error");
        }
      }
    };
  }
}
