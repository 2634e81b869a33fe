/**
 * Where input pictures and result videos are kept: the {@link io.reelgate.server.files.Storage}
 * interface and its keys; one sub-package per backend ({@code local}: a folder, {@code s3}: an
 * S3-compatible bucket), chosen once in the wiring. Uses nothing else of the server.
 */
package io.reelgate.server.files;
