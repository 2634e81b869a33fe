package io.reelgate.server.files.s3;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobProviderMetadata;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-API server for tests: S3Proxy on an in-memory blob store, on a free loopback port,
 * started once per JVM and checking AWS V4 signatures with {@link #ACCESS_KEY} and {@link
 * #SECRET_KEY}. Each test takes a bucket of its own with {@link #createBucket()}.
 *
 * <p>Other JVMs (Reelgate instances started as processes) reach it through {@link
 * #environment()}, the usual AWS variables, and a path-style {@code --storage}.
 */
public final class S3Fixture {
  public static final String ACCESS_KEY = "reelgate-test-access";
  public static final String SECRET_KEY = "reelgate-test-secret-0123456789";
  public static final String REGION = "us-east-1";

  private static S3Fixture instance;
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private final S3Proxy proxy;
  private final URI endpoint;
  private final S3Client client;

  private S3Fixture() throws Exception {
    // The provider given outright: looking it up by name would load every provider that S3Proxy
    // lists, Azure's among them, whose SDK is left out.
    BlobStoreContext context =
        ContextBuilder.newBuilder(new TransientNio2BlobProviderMetadata())
            .credentials("unused", "unused")
            .build(BlobStoreContext.class);
    proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!proxy.getState().equals("STARTED")) {
      if (System.nanoTime() > deadline) throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
      Thread.sleep(10);
    }
    endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
    client =
        S3Client.builder()
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .endpointOverride(endpoint)
            .region(Region.of(REGION))
            .forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "s3-fixture-stop"));
  }

  /** The server of this JVM, started on the first call. */
  public static synchronized S3Fixture get() {
    if (instance == null) {
      try {
        instance = new S3Fixture();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the S3 test server", e);
      }
    }
    return instance;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return endpoint;
  }

  /** A new, empty bucket with a name of its own. */
  public String createBucket() {
    String bucket = "reelgate-test-" + BUCKETS.incrementAndGet();
    client.createBucket(b -> b.bucket(bucket));
    return bucket;
  }

  /** Where a Reelgate in this JVM stores into {@code bucket} under {@code prefix} (may be empty). */
  public S3Config config(String bucket, String prefix) {
    return new S3Config(bucket, prefix, endpoint, REGION, true, new S3Config.Credentials(ACCESS_KEY, SECRET_KEY));
  }

  /** The AWS variables that point another process at this server; pass {@code --s3-path-style}. */
  public Map<String, String> environment() {
    return Map.of(
        "AWS_ENDPOINT_URL", endpoint.toString(),
        "AWS_REGION", REGION,
        "AWS_ACCESS_KEY_ID", ACCESS_KEY,
        "AWS_SECRET_ACCESS_KEY", SECRET_KEY);
  }

  /** The keys of every object in {@code bucket}, prefixes included. */
  public List<String> objectKeys(String bucket) {
    return client.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).toList();
  }

  /** A client of this server, to look into buckets. */
  public S3Client client() {
    return client;
  }

  private void stop() {
    try {
      client.close();
      proxy.stop();
    } catch (Exception e) {
      // The JVM is exiting.
    }
  }
}
