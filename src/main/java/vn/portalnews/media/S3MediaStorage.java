package vn.portalnews.media;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Media in an S3-compatible bucket. A PUT is atomic there: readers see the old object, or the whole new one. */
final class S3MediaStorage implements MediaStorage, AutoCloseable {

    private final S3Client client;
    private final String bucket;

    S3MediaStorage(MediaConfig.S3 config) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(config.timeout()).socketTimeout(config.timeout()))
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // a plain signed body with a Content-Length, which every S3-compatible server reads: several store
                // AWS's newer defaults (aws-chunked framing, trailing checksums) as-is, framing included
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .credentialsProvider(config.accessKey().isPresent() && config.secretKey().isPresent()
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()))
                        : DefaultCredentialsProvider.builder().build());
        config.endpoint().ifPresent(builder::endpointOverride);
        this.client = builder.build();
        this.bucket = config.bucket();
    }

    /** Creates the bucket when it is missing, so a fresh object store works without a manual step. */
    void ensureBucket() throws IOException {
        try {
            client.headBucket(request -> request.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            call(() -> client.createBucket(request -> request.bucket(bucket)));
        } catch (S3Exception error) {
            if (error.statusCode() != 404) {
                throw new IOException("S3 bucket " + bucket + " cannot be reached: " + error.getMessage(), error);
            }
            call(() -> client.createBucket(request -> request.bucket(bucket)));
        } catch (SdkException error) {
            throw new IOException("S3 cannot be reached: " + error.getMessage(), error);
        }
    }

    @Override
    public void put(String key, Path source, String contentType) throws IOException {
        call(() -> client.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(source)));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        call(() -> client.putObject(request -> request.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(bytes)));
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        HeadObjectResponse head;
        try {
            head = client.headObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception error) {
            if (error.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("S3 read failed: " + error.getMessage(), error);
        } catch (SdkException error) {
            throw new IOException("S3 cannot be reached: " + error.getMessage(), error);
        }
        long size = head.contentLength();
        return Optional.of(new StoredObject() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public Object entity(long offset, long length) throws IOException {
                GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
                if (offset != 0 || length != size) {
                    request.range("bytes=" + offset + "-" + (offset + length - 1));
                }
                try {
                    return client.getObject(request.build());
                } catch (SdkException error) {
                    throw new IOException("S3 read failed: " + error.getMessage(), error);
                }
            }
        });
    }

    @Override
    public Optional<byte[]> readSmall(String key, long maxBytes) throws IOException {
        Optional<StoredObject> object = open(key);
        if (object.isEmpty() || object.get().size() > maxBytes) {
            return Optional.empty();
        }
        try {
            return Optional.of(client.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (SdkException error) {
            throw new IOException("S3 read failed: " + error.getMessage(), error);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(() -> client.deleteObject(request -> request.bucket(bucket).key(key)));
    }

    @Override
    public void close() {
        client.close();
    }

    private static void call(Runnable operation) throws IOException {
        try {
            operation.run();
        } catch (SdkException error) {
            throw new IOException("S3 request failed: " + error.getMessage(), error);
        }
    }
}
