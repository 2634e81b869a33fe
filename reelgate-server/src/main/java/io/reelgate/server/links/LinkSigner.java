package io.reelgate.server.links;

import io.reelgate.core.scenario.ScenarioName;
import io.reelgate.core.task.Task;
import io.reelgate.server.store.Settings;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed, expiring download links: {@code <publicUrl>/files/<key>?expires=<epoch s>&signature=<s>}
 * where {@code s} is the HMAC-SHA256 of {@code <key>\n<expires>} in unpadded base64url. The link is
 * the permission: whoever holds it may download until it expires, as with the providers' links.
 */
public final class LinkSigner {
  /** The name of the secret in the database's {@link Settings}. */
  public static final String SECRET_SETTING = "link_secret";
  private static final String HMAC = "HmacSHA256";

  /** Past this many entries the recent links are forgotten, and signed again as asked for. */
  private static final int MAX_RECENT_LINKS = 10_000;

  private final byte[] secret;
  private final Supplier<String> publicUrl;
  private final Duration ttl;
  private final Clock clock;
  /** Initialised once; each signature works on a clone, which costs far less than a new Mac. */
  private final Mac prototype;
  /** The last link signed for each stored object: a poll in the same second gets the same link. */
  private final ConcurrentHashMap<String, Link> recent = new ConcurrentHashMap<>();

  private record Link(long expires, String url) {}

  /**
   * @param publicUrl the scheme and host of the links, without a trailing slash; asked for each
   *     link, since with port 0 it is known only once the port is bound ({@link PublicUrl})
   */
  public LinkSigner(byte[] secret, Supplier<String> publicUrl, Duration ttl, Clock clock) {
    this.secret = secret.clone();
    this.publicUrl = publicUrl;
    this.ttl = ttl;
    this.clock = clock;
    try {
      this.prototype = Mac.getInstance(HMAC);
      prototype.init(new SecretKeySpec(this.secret, HMAC));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /**
   * The secret kept in the database, shared by every instance on it so that a link one hands out
   * works on all, and kept across restarts so that links handed out before still work. The first
   * start makes it: from {@code legacyFile} when a server of an earlier version kept it there (its
   * links keep working), otherwise 32 random bytes.
   */
  public static byte[] loadOrCreateSecret(Settings settings, Path legacyFile) {
    String hex = settings.getOrCreate(SECRET_SETTING, () -> legacySecret(legacyFile).orElseGet(LinkSigner::freshSecret));
    return HexFormat.of().parseHex(hex);
  }

  private static Optional<String> legacySecret(Path file) {
    if (file == null || !Files.isRegularFile(file)) return Optional.empty();
    try {
      String hex = Files.readString(file).trim();
      HexFormat.of().parseHex(hex);
      return Optional.of(hex);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read the link secret of an earlier version from " + file, e);
    }
  }

  private static String freshSecret() {
    byte[] fresh = new byte[32];
    new SecureRandom().nextBytes(fresh);
    return HexFormat.of().formatHex(fresh);
  }

  public Duration ttl() {
    return ttl;
  }

  /**
   * A link to the stored object {@code key}, valid for the configured time from now (to the
   * second: the links asked for within one second are the same link, signed once).
   */
  public String link(String key) {
    long expires = clock.instant().plus(ttl).getEpochSecond();
    Link last = recent.get(key);
    if (last != null && last.expires() == expires) return last.url();
    String url = publicUrl.get() + "/files/" + encodePath(key) + "?expires=" + expires + "&signature=" + sign(key, expires);
    if (recent.size() >= MAX_RECENT_LINKS) recent.clear();
    recent.put(key, new Link(expires, url));
    return url;
  }

  /**
   * The link to the video of {@code task}, which has one: as {@link #link}, but for a task of the
   * {@code expired-link} scenario a link that has already expired ({@link #expiredLink}).
   */
  public String resultLink(Task task) {
    boolean expired = task.request().scenario() != null && task.request().scenario().is(ScenarioName.EXPIRED_LINK);
    return expired ? expiredLink(task.state().resultKey()) : link(task.state().resultKey());
  }

  /**
   * A correctly signed link to {@code key} whose time ran out a second ago, as if handed out one
   * lifetime ago: the download answers 403, as an expired presigned link of the providers'
   * storage does. For the {@code expired-link} scenario; never kept among the recent links.
   */
  public String expiredLink(String key) {
    long expires = clock.instant().getEpochSecond() - 1;
    return publicUrl.get() + "/files/" + encodePath(key) + "?expires=" + expires + "&signature=" + sign(key, expires);
  }

  /** @throws LinkRefusedException when the signature is wrong or the link has expired */
  public void verify(String key, String expires, String signature) {
    if (expires == null || signature == null) {
      throw new LinkRefusedException("this link is not signed");
    }
    long expiresAt;
    try {
      expiresAt = Long.parseLong(expires);
    } catch (NumberFormatException e) {
      throw new LinkRefusedException("this link is not valid");
    }
    byte[] expected = sign(key, expiresAt).getBytes(StandardCharsets.US_ASCII);
    // Constant-time comparison, so the signature cannot be guessed byte by byte.
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      throw new LinkRefusedException("this link is not valid");
    }
    if (clock.instant().getEpochSecond() >= expiresAt) {
      throw new LinkRefusedException("this link has expired; ask for the task result again for a fresh one");
    }
  }

  private String sign(String key, long expires) {
    try {
      Mac mac = (Mac) prototype.clone();
      byte[] digest = mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the HMAC-SHA256 of this Java runtime cannot be cloned", e);
    }
  }

  private static String encodePath(String key) {
    StringBuilder path = new StringBuilder();
    for (String segment : key.split("/", -1)) {
      if (!path.isEmpty()) path.append('/');
      path.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }
}
