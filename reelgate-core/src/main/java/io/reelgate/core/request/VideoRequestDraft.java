package io.reelgate.core.request;

/**
 * A create request as a dialect read it off the wire, before validation: every field may be
 * null (absent). Field names in errors are the core's: {@code model, prompt, image, end_image,
 * duration, resolution}; a dialect renames them to its own wire names.
 */
public record VideoRequestDraft(
    String model,
    String prompt,
    String image,
    String endImage,
    Integer duration,
    String resolution,
    Boolean promptExpansion,
    Boolean fastPretreatment) {}
