package io.reelgate.server.files.s3;

import java.net.URI;
import java.util.Objects;

/**
 * Where an {@link S3Storage} keeps its objects: a bucket and an optional key prefix, written
 * {@code s3://bucket[/prefix]}, with the settings that S3-compatible servers need. What is left
 * null is taken from the usual AWS settings ({@code AWS_ENDPOINT_URL_S3} or {@code
 * AWS_ENDPOINT_URL}, {@code AWS_REGION}, {@code AWS_ACCESS_KEY_ID} and {@code
 * AWS_SECRET_ACCESS_KEY}, {@code ~/.aws/config} and {@code ~/.aws/credentials}, an instance role).
 *
 * @param bucket the bucket, which must exist
 * @param prefix the folder of Reelgate's objects in the bucket, without slashes at either end; empty
 *     for the bucket's root
 * @param endpoint the S3 API's address, e.g. {@code http://minio:9000}; null for AWS's own (or
 *     {@code AWS_ENDPOINT_URL_S3}, {@code AWS_ENDPOINT_URL})
 * @param region the region to sign for; null for the AWS settings, {@code us-east-1} when they
 *     name none (S3-compatible servers mostly ignore it)
 * @param pathStyle address the bucket as {@code <endpoint>/<bucket>/<key>} rather than {@code
 *     <bucket>.<endpoint>/<key>}; most S3-compatible servers need it
 * @param credentials the access key; null for the AWS settings
 */
public record S3Config(
    String bucket, String prefix, URI endpoint, String region, boolean pathStyle, Credentials credentials) {
  public static final String SCHEME = "s3://";

  public S3Config {
    Objects.requireNonNull(bucket, "bucket");
    if (bucket.isBlank() || bucket.contains("/") || !bucket.strip().equals(bucket)) {
      throw new IllegalArgumentException("bad S3 bucket name '" + bucket + "'");
    }
    prefix = prefix == null ? "" : prefix.replaceAll("^/+|/+$", "");
    if (region != null && region.isBlank()) region = null;
  }

  /** {@code s3://bucket} or {@code s3://bucket/some/prefix}, with every other setting from AWS's. */
  public static S3Config parse(String location) {
    if (location == null || !location.startsWith(SCHEME)) {
      throw new IllegalArgumentException("an S3 storage is written s3://bucket[/prefix], not '" + location + "'");
    }
    String rest = location.substring(SCHEME.length());
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
    return new S3Config(bucket, prefix, null, null, false, null);
  }

  /** {@code s3://bucket/prefix}, as {@link #parse} reads it. */
  public String location() {
    return SCHEME + bucket + (prefix.isEmpty() ? "" : "/" + prefix);
  }

  public S3Config withEndpoint(URI endpoint) {
    return new S3Config(bucket, prefix, endpoint, region, pathStyle, credentials);
  }

  public S3Config withRegion(String region) {
    return new S3Config(bucket, prefix, endpoint, region, pathStyle, credentials);
  }

  public S3Config withPathStyle(boolean pathStyle) {
    return new S3Config(bucket, prefix, endpoint, region, pathStyle, credentials);
  }

  public S3Config withCredentials(Credentials credentials) {
    return new S3Config(bucket, prefix, endpoint, region, pathStyle, credentials);
  }

  /** An access key given outright rather than through the AWS settings (tests, mostly). */
  public record Credentials(String accessKeyId, String secretAccessKey) {
    public Credentials {
      Objects.requireNonNull(accessKeyId, "accessKeyId");
      Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    @Override
    public String toString() {
      return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
    }
  }
}
