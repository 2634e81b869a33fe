package io.reelgate.server.files.s3;

import io.reelgate.server.files.Storage;
import io.reelgate.server.files.StorageKeys;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Objects in a bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage, R2...), one per key
 * under the configured prefix, through the AWS SDK v2. Results are still served through
 * Reelgate's own signed links, which read ranges of the object as the player asks for them: the
 * bucket stays private, and its endpoint need not be reachable by the clients.
 *
 * <p>An object appears whole or not at all, as S3 promises for every PUT, so no temporary name is
 * needed. Checksums are only sent and checked where the API requires them, as S3-compatible
 * servers do not all know the newer ones that the SDK would otherwise add to every upload.
 */
public final class S3Storage implements Storage, AutoCloseable {
  private static final Region FALLBACK_REGION = Region.US_EAST_1;

  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  /** Uses {@code s3} for {@code bucket}, its keys under {@code prefix} (empty for the root). */
  S3Storage(S3Client s3, String bucket, String prefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  /** A client for {@code config}; nothing is sent to the store before the first call. */
  public static S3Storage open(S3Config config) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .region(config.region() != null ? Region.of(config.region()) : defaultRegion())
            .credentialsProvider(credentials(config.credentials()))
            .forcePathStyle(config.pathStyle())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (config.endpoint() != null) builder.endpointOverride(config.endpoint());
    return new S3Storage(builder.build(), config.bucket(), config.prefix());
  }

  /**
   * Checks that the bucket exists and that the credentials may use it, so that a wrong setting
   * stops the server at its start rather than failing its first task.
   */
  public void checkAccess() throws IOException {
    try {
      s3.headBucket(b -> b.bucket(bucket));
    } catch (SdkException e) {
      String why = e instanceof S3Exception s3e ? "HTTP " + s3e.statusCode() : e.getMessage();
      throw new IOException("cannot use the bucket " + location() + " at " + endpoint() + ": " + why, e);
    }
  }

  /** {@link #checkAccess}: one HeadBucket. */
  @Override
  public void checkReachable() throws IOException {
    checkAccess();
  }

  /** {@code AWS_REGION} or the AWS profile's region; {@code us-east-1} when neither names one. */
  private static Region defaultRegion() {
    try {
      return new DefaultAwsRegionProviderChain().getRegion();
    } catch (SdkException e) {
      return FALLBACK_REGION;
    }
  }

  private static AwsCredentialsProvider credentials(S3Config.Credentials given) {
    if (given == null) return DefaultCredentialsProvider.builder().build();
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(given.accessKeyId(), given.secretAccessKey()));
  }

  /** The S3 API's address in use: the configured one, or AWS's for the region. */
  public String endpoint() {
    return s3.serviceClientConfiguration().endpointOverride().map(URI::toString)
        .orElse("AWS S3 in " + s3.serviceClientConfiguration().region());
  }

  /** {@code s3://bucket/prefix}. */
  public String location() {
    return S3Config.SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }

  /** Uploads the file; the file itself is left where it is. */
  @Override
  public void put(String key, Path file) throws IOException {
    String object = objectKey(key);
    try {
      s3.putObject(b -> b.bucket(bucket).key(object), RequestBody.fromFile(file));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (SdkException e) {
      throw failure("store", key, e);
    }
  }

  @Override
  public void put(String key, byte[] bytes) throws IOException {
    String object = objectKey(key);
    try {
      s3.putObject(b -> b.bucket(bucket).key(object), RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw failure("store", key, e);
    }
  }

  @Override
  public OptionalLong size(String key) throws IOException {
    String object = objectKey(key);
    try {
      return OptionalLong.of(s3.headObject(b -> b.bucket(bucket).key(object)).contentLength());
    } catch (NoSuchKeyException e) {
      return OptionalLong.empty();
    } catch (S3Exception e) {
      if (e.statusCode() == 404) return OptionalLong.empty();
      throw failure("look up", key, e);
    } catch (SdkException e) {
      throw failure("look up", key, e);
    }
  }

  /**
   * Streams the bytes from {@code offset}, at most {@code length} of them (fewer when the object
   * ends first), with one ranged GET. {@link FileNotFoundException} when there is no such key.
   */
  @Override
  public InputStream open(String key, long offset, long length) throws IOException {
    if (offset < 0 || length < 0) {
      throw new IllegalArgumentException("offset and length must not be negative: " + offset + ", " + length);
    }
    String object = objectKey(key);
    if (length == 0) {
      if (size(key).isEmpty()) throw new FileNotFoundException(key);
      return InputStream.nullInputStream();
    }
    long last = offset + length - 1;
    String range = "bytes=" + offset + "-" + (last < offset ? "" : Long.toString(last));
    try {
      ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(bucket).key(object).range(range));
      // A server that ignores the range sends the whole object: skip to the offset ourselves.
      long skip = in.response().contentRange() == null ? offset : 0;
      return new RangeInputStream(in, skip, length);
    } catch (NoSuchKeyException e) {
      throw notFound(key, e);
    } catch (S3Exception e) {
      if (e.statusCode() == 404) throw notFound(key, e);
      if (e.statusCode() == 416) return InputStream.nullInputStream(); // the offset is past the end
      throw failure("read", key, e);
    } catch (SdkException e) {
      throw failure("read", key, e);
    }
  }

  /** Deleting a key that is not there does nothing, as in S3 itself. */
  @Override
  public void delete(String key) throws IOException {
    String object = objectKey(key);
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(object));
    } catch (SdkException e) {
      throw failure("delete", key, e);
    }
  }

  @Override
  public void close() {
    s3.close();
  }

  @Override
  public String toString() {
    return location() + " at " + endpoint();
  }

  private String objectKey(String key) {
    StorageKeys.check(key);
    return prefix.isEmpty() ? key : prefix + "/" + key;
  }

  private static FileNotFoundException notFound(String key, Exception cause) {
    FileNotFoundException e = new FileNotFoundException(key);
    e.initCause(cause);
    return e;
  }

  private IOException failure(String action, String key, SdkException e) {
    String why = e instanceof S3Exception s3e && s3e.awsErrorDetails() != null
        ? s3e.statusCode() + " " + s3e.awsErrorDetails().errorCode() + ": " + s3e.awsErrorDetails().errorMessage()
        : e.getMessage();
    return new IOException("cannot " + action + " '" + key + "' in " + location() + ": " + why, e);
  }
}
