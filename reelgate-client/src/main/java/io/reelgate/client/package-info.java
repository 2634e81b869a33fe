/**
 * The Java SDK: a {@link io.reelgate.client.VideoClient} per dialect of the Hailuo video API
 * (MiniMax V1 and V2, Novita, Evolink, GPTProto) and of the OpenAI Videos API, against Reelgate or
 * the real provider alike, with one
 * request and task shape for all of them and one exception per kind of error answer. The public
 * types are the SDK's API; the dialect clients and the transport are package-private. Uses Jackson
 * and the JDK only: no other Reelgate module, so that an application can depend on it alone.
 */
package io.reelgate.client;
