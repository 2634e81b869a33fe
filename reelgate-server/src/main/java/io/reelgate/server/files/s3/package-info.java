/**
 * Files in an S3-compatible bucket, through the AWS SDK's blocking client, for several instances.
 * Uses only {@code files}.
 */
package io.reelgate.server.files.s3;
