/// The transport a `ClientConfiguration` uses unless given another.
///
/// `CurlTransport.shared` where the libcurl transport is built (Linux, macOS, Windows, … with the
/// package trait `LibcurlTransport`, on by default); a `URLSessionTransport` everywhere else — iOS,
/// tvOS, watchOS and visionOS, or any build with the trait turned off.
public enum DefaultTransport {
    /// A new default transport (the libcurl one shares the process-wide connection pool, like `CurlTransport.shared`).
    public static func make() -> any HTTPTransport {
        #if LibcurlTransport && !(os(iOS) || os(tvOS) || os(watchOS) || os(visionOS))
        CurlTransport()
        #else
        shared
        #endif
    }

    #if !(LibcurlTransport && !(os(iOS) || os(tvOS) || os(watchOS) || os(visionOS)))
    /// One session for every configuration that takes the default, so they share its connections.
    private static let shared = URLSessionTransport()
    #endif
}
