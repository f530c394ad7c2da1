package dev.colony.protocol.api;

/** Every REST error body: {@code {"error": {"type": "...", "message": "..."}}}. */
public record ApiError(Detail error) {
    public static ApiError of(String type, String message) {
        return new ApiError(new Detail(type, message));
    }

    /** @param type a stable kebab-case kind clients can switch on */
    public record Detail(String type, String message) {}
}
